//! The message catalogue: every piece of UI text, in 日本語, やさしい日本語 and
//! English, kept in `data/i18n/<section>.toml`:
//!
//! ```toml
//! # Optional: the section is only in the full build (see Cargo feature `full`).
//! build = "full"
//!
//! [found]
//! ja = "{count}件の相談窓口"
//! easy = "相談できる ところが {count}つ あります"
//! en = "{count} places to talk to"
//! ```
//!
//! A sentence with markup inside it is one message, never pieces glued
//! around the markup (the order of the words is the language's): each
//! `{placeholder}` is filled with a view (a name marked `lang="ja"`, a
//! phone link …), and the words between `[` and `]` are the marked span,
//! which the page wraps in a link, a `<strong>` …
//! (`src/components/sentence.rs`):
//!
//! ```toml
//! [unconfirmed]
//! ja = "様式1も[市のホームページ]からダウンロードできます。"
//! easy = "様式1は[市の ホームページ]から ダウンロード できます。"
//! en = "The form can also be downloaded from [the city's website]."
//! ```
//!
//! `[` and `]` are kept for marks: a text holds no other square bracket.
//!
//! [`check`] refuses a file where a key lacks a language, a text is empty,
//! the languages disagree on their `{placeholders}` or on how many marked
//! spans they have, or a text's marks are unbalanced, empty or hold a
//! placeholder; the build stops and `tests/i18n.rs` fails. [`to_rust`]
//! turns the sections into one struct each, with a field per plain message
//! and a method per message with placeholders (but not marks), so a
//! misspelt key is a compile error.
//!
//! One file of the folder is not a section: [`TERMS`], the preferred word
//! for each thing in each language, which `tests/i18n.rs` checks every text
//! against.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in the order of `Lang::ALL`.
pub const LANGS: [&str; 3] = ["ja", "easy", "en"];

/// The list of preferred terms in `data/i18n/`: not a catalogue section.
pub const TERMS: &str = "terms.toml";

/// One message in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The key, a snake_case Rust identifier.
    pub key: String,
    /// The texts, in the order of [`LANGS`].
    pub texts: [String; 3],
    /// The placeholders, in order of first appearance in Japanese.
    pub params: Vec<String>,
}

/// One catalogue file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The file name without `.toml`: the accessor function's name.
    pub name: String,
    /// Whether only the full build holds it.
    pub full_only: bool,
    /// The messages, sorted by key.
    pub messages: Vec<Message>,
}

/// Reads and checks every `*.toml` in `dir` but [`TERMS`]; the errors name
/// file and key.
pub fn load(dir: &Path) -> Result<Vec<Section>, Vec<String>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{} を読めません: {e}", dir.display())])?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .filter(|p| p.file_name().is_none_or(|name| name != TERMS))
        .collect();
    paths.sort();
    let mut sections = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        match std::fs::read_to_string(&path) {
            Ok(text) => match check(&name, &text) {
                Ok(section) => sections.push(section),
                Err(mut e) => errors.append(&mut e),
            },
            Err(e) => errors.push(format!("{}: 読めません: {e}", path.display())),
        }
    }
    if errors.is_empty() {
        Ok(sections)
    } else {
        Err(errors)
    }
}

/// Parses and checks one catalogue file named `name` (without `.toml`).
pub fn check(name: &str, text: &str) -> Result<Section, Vec<String>> {
    let file = format!("data/i18n/{name}.toml");
    let mut errors = Vec::new();
    if !is_identifier(name) {
        errors.push(format!(
            "{file}: ファイル名は英小文字・数字・_ だけにしてください"
        ));
    }
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => return Err(vec![format!("{file}: 読めません: {e}")]),
    };
    let mut full_only = false;
    let mut messages = Vec::new();
    for (key, value) in &table {
        if key == "build" {
            match value.as_str() {
                Some("full") => full_only = true,
                _ => errors.push(format!("{file}: build は \"full\" だけが使えます")),
            }
            continue;
        }
        let at = format!("{file} [{key}]");
        if !is_identifier(key) {
            errors.push(format!("{at}: キーは英小文字・数字・_ だけにしてください"));
            continue;
        }
        let Some(entry) = value.as_table() else {
            errors.push(format!("{at}: ja・easy・en の表にしてください"));
            continue;
        };
        for other in entry.keys() {
            if !LANGS.contains(&other.as_str()) {
                errors.push(format!(
                    "{at}: 知らない言語 {other}（ja・easy・en のどれか）"
                ));
            }
        }
        let mut texts: [String; 3] = Default::default();
        for (slot, lang) in texts.iter_mut().zip(LANGS) {
            match entry.get(lang).map(|v| v.as_str()) {
                None => errors.push(format!("{at}: {lang} がありません")),
                Some(None) => errors.push(format!("{at}: {lang} は文字列にしてください")),
                Some(Some(t)) if t.trim().is_empty() => {
                    errors.push(format!("{at}: {lang} が空です"));
                }
                Some(Some(t)) => *slot = t.to_owned(),
            }
        }
        let params = placeholders(&texts[0]);
        let wanted: BTreeSet<&String> = params.iter().collect();
        for (text, lang) in texts.iter().zip(LANGS).skip(1) {
            if text.is_empty() {
                continue;
            }
            let found = placeholders(text);
            let got: BTreeSet<&String> = found.iter().collect();
            if got != wanted {
                errors.push(format!(
                    "{at}: {lang} の差し込み {got:?} が ja の {wanted:?} と違います"
                ));
            }
        }
        check_marks(&at, &texts, &mut errors);
        if params.iter().any(|p| !is_identifier(p)) {
            errors.push(format!(
                "{at}: 差し込みの名前は英小文字・数字・_ だけにしてください"
            ));
        }
        messages.push(Message {
            key: key.clone(),
            texts,
            params,
        });
    }
    if errors.is_empty() {
        Ok(Section {
            name: name.to_owned(),
            full_only,
            messages,
        })
    } else {
        Err(errors)
    }
}

/// Refuses unbalanced, nested or empty marks, a placeholder inside a mark,
/// and a language with another number of marked spans than Japanese.
fn check_marks(at: &str, texts: &[String; 3], errors: &mut Vec<String>) {
    let mut wanted = None;
    for (text, lang) in texts.iter().zip(LANGS) {
        if text.is_empty() {
            continue;
        }
        let spans = match marked_spans(text) {
            Ok(spans) => spans,
            Err(why) => {
                errors.push(format!("{at}: {lang} の印 [ ] が対応していません（{why}）"));
                continue;
            }
        };
        for span in &spans {
            if span.trim().is_empty() {
                errors.push(format!("{at}: {lang} に中身のない印 [] があります"));
            } else if span.contains('{') {
                errors.push(format!(
                    "{at}: {lang} の印 [{span}] の中に差し込みは置けません"
                ));
            }
        }
        match wanted {
            None if lang == LANGS[0] => wanted = Some(spans.len()),
            Some(n) if n != spans.len() => errors.push(format!(
                "{at}: {lang} の印 [ ] は {} 個で、ja の {n} 個と違います",
                spans.len()
            )),
            _ => {}
        }
    }
}

/// The words of a text's `[marked spans]`, in order, or what is wrong with
/// its marks.
pub fn marked_spans(text: &str) -> Result<Vec<&str>, &'static str> {
    let mut spans = Vec::new();
    let mut open = None;
    for (at, c) in text.char_indices() {
        match (c, open) {
            ('[', None) => open = Some(at + 1),
            ('[', Some(_)) => return Err("[ の中にまた [ があります"),
            (']', None) => return Err("] の前に [ がありません"),
            (']', Some(start)) => {
                spans.push(&text[start..at]);
                open = None;
            }
            _ => {}
        }
    }
    match open {
        Some(_) => Err("[ が ] で閉じられていません"),
        None => Ok(spans),
    }
}

/// The `{name}` placeholders of a text, in order of first appearance.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        if !found.iter().any(|f| f == name) {
            found.push(name.to_owned());
        }
        rest = &after[close + 1..];
    }
    found
}

fn is_identifier(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The Rust type of a section's messages (`opening_hours` → `OpeningHours`).
pub fn type_name(section: &str) -> String {
    section
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The Rust source of the catalogue: a struct, a static and an accessor per
/// section (full-build sections behind `#[cfg(feature = "full")]`).
pub fn to_rust(sections: &[Section]) -> String {
    let mut out = String::from("// Generated from data/i18n by data/catalogue.rs. Do not edit.\n");
    for section in sections {
        let ty = type_name(&section.name);
        let cfg = if section.full_only {
            "#[cfg(feature = \"full\")]\n"
        } else {
            ""
        };
        _ = writeln!(
            out,
            "\n/// The messages of `data/i18n/{}.toml`.\n{cfg}#[derive(Debug)]\npub struct {ty} {{",
            section.name
        );
        for m in &section.messages {
            // A message with placeholders is read through its method, or
            // with markup in it through `sentence`; its template is public
            // too, for words filled in by the domain
            // (`hours_text::HoursWords`).
            _ = writeln!(
                out,
                "    /// {}\n    pub {}: &'static str,",
                doc(&m.texts[0]),
                m.key
            );
        }
        out.push_str("}\n");
        if section.messages.iter().any(has_method) {
            _ = writeln!(out, "\n{cfg}impl {ty} {{");
            for m in section.messages.iter().filter(|m| has_method(m)) {
                let args: Vec<String> = m.params.iter().map(|p| format!("{p}: &str")).collect();
                let mut body = format!("self.{}.to_owned()", m.key);
                for p in &m.params {
                    _ = write!(body, ".replace(\"{{{p}}}\", {p})");
                }
                _ = writeln!(
                    out,
                    "    /// {}\n    pub fn {}(&self, {}) -> String {{\n        {body}\n    }}",
                    doc(&m.texts[0]),
                    m.key,
                    args.join(", ")
                );
            }
            out.push_str("}\n");
        }
        let upper = section.name.to_ascii_uppercase();
        _ = writeln!(out, "\n{cfg}static {upper}: [{ty}; 3] = [");
        for i in 0..LANGS.len() {
            _ = writeln!(out, "    {ty} {{");
            for m in &section.messages {
                _ = writeln!(out, "        {}: {:?},", m.key, m.texts[i]);
            }
            out.push_str("    },\n");
        }
        out.push_str("];\n");
        _ = writeln!(
            out,
            "\n/// The messages of `data/i18n/{}.toml` in a language.\n{cfg}pub fn {}(lang: Lang) -> &'static {ty} {{\n    &{upper}[lang as usize]\n}}",
            section.name, section.name
        );
    }
    out
}

/// Whether a message gets a method that fills its placeholders: not one
/// with marks, which is shown through `sentence` (a method would leave the
/// brackets in).
fn has_method(m: &Message) -> bool {
    !m.params.is_empty() && !m.texts[0].contains('[')
}

fn doc(text: &str) -> String {
    // A mark is not a link of the documentation.
    text.replace('\n', " ")
        .replace('[', "\\[")
        .replace(']', "\\]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(placeholders("{a}と{b}と{a}"), vec!["a", "b"]);
        assert!(placeholders("なし").is_empty());
    }

    #[test]
    fn marked_spans_are_found_and_bad_marks_named() {
        assert_eq!(marked_spans("[a]と[b]"), Ok(vec!["a", "b"]));
        assert_eq!(marked_spans("なし"), Ok(vec![]));
        assert!(marked_spans("[a").is_err());
        assert!(marked_spans("a]").is_err());
        assert!(marked_spans("[a[b]]").is_err());
        assert!(marked_spans("]a[").is_err());
    }
}
