//! The message catalogue (`data/i18n/`): every key in every language, and
//! no UI text written anywhere else.
#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

#[path = "../data/catalogue.rs"]
mod catalogue;

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_key_has_every_language() {
    let sections = catalogue::load(&root().join("data/i18n"))
        .unwrap_or_else(|errors| panic!("data/i18n:\n  {}", errors.join("\n  ")));
    assert!(sections.iter().any(|s| s.name == "common"));
    for section in &sections {
        for message in &section.messages {
            for (text, lang) in message.texts.iter().zip(catalogue::LANGS) {
                assert!(
                    !text.trim().is_empty(),
                    "{} [{}] {lang}",
                    section.name,
                    message.key
                );
            }
        }
    }
}

#[test]
fn a_missing_language_is_refused() {
    let errors = catalogue::check(
        "sample",
        "[greeting]\nja = \"こんにちは\"\neasy = \"こんにちは\"\n",
    )
    .expect_err("en is missing");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("[greeting]") && e.contains("en がありません"))
    );

    let errors = catalogue::check(
        "sample",
        "[greeting]\nja = \"a\"\neasy = \"\"\nen = \"b\"\n",
    )
    .expect_err("easy is empty");
    assert!(errors.iter().any(|e| e.contains("easy が空です")));

    let errors = catalogue::check(
        "sample",
        "[found]\nja = \"{count}件\"\neasy = \"{count}つ\"\nen = \"{n} found\"\n",
    )
    .expect_err("en names another placeholder");
    assert!(errors.iter().any(|e| e.contains("en の差し込み")));

    let errors = catalogue::check(
        "sample",
        "[hi]\nja = \"a\"\neasy = \"b\"\nen = \"c\"\nfr = \"d\"\n",
    )
    .expect_err("an unknown language");
    assert!(errors.iter().any(|e| e.contains("fr")));

    assert!(
        catalogue::check(
            "sample",
            "build = \"full\"\n[hi]\nja = \"a\"\neasy = \"b\"\nen = \"c\"\n"
        )
        .is_ok_and(|s| s.full_only && s.messages.len() == 1)
    );
}

/// A catalogue file with one message `[note]` in the three languages.
fn one_message(ja: &str, easy: &str, en: &str) -> Result<catalogue::Section, Vec<String>> {
    catalogue::check(
        "sample",
        &format!("[note]\nja = {ja:?}\neasy = {easy:?}\nen = {en:?}\n"),
    )
}

#[test]
fn marks_must_balance_and_agree_between_languages() {
    let refused = |ja, easy, en, why: &str| {
        let errors = one_message(ja, easy, en).expect_err(why);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("data/i18n/sample.toml [note]: ") && e.contains(why)),
            "{why}: {errors:?}"
        );
    };
    refused(
        "[市のページ]から",
        "[市の ページ]から",
        "from the city's page",
        "en の印 [ ] は 0 個で、ja の 1 個と違います",
    );
    refused(
        "[市のページ]から",
        "[市の ページ]から",
        "from [the city's] [page]",
        "en の印 [ ] は 2 個で、ja の 1 個と違います",
    );
    refused(
        "[市のページ]から",
        "[市の ページ から",
        "from [the city's page]",
        "easy の印 [ ] が対応していません",
    );
    refused(
        "市のページ]から",
        "[市の ページ]から",
        "from [the city's page]",
        "ja の印 [ ] が対応していません",
    );
    refused(
        "[[市の]ページ]から",
        "[市の ページ]から",
        "from [the city's page]",
        "ja の印 [ ] が対応していません",
    );
    refused(
        "[]から",
        "[]から",
        "from []",
        "ja に中身のない印 [] があります",
    );
    refused(
        "[{name}]から",
        "[{name}]から",
        "from [{name}]",
        "の中に差し込みは置けません",
    );

    // Marks that agree: no method that would keep the brackets, only the
    // template for `sentence`.
    let section = one_message(
        "[市のページ]から{count}件",
        "[市の ページ]から {count}つ",
        "{count} from [the city's page]",
    )
    .expect("balanced marks that agree");
    let rust = catalogue::to_rust(&[section]);
    assert!(rust.contains("pub note: &'static str"), "{rust}");
    assert!(!rust.contains("pub fn note("), "{rust}");
}

#[test]
fn english_texts_are_english() {
    let sections = catalogue::load(&root().join("data/i18n")).unwrap_or_default();
    // The registration form's words (data/form.toml) too.
    for text in form_texts(&root().join("data/form.toml")) {
        if text.lang == "en" {
            let kana = text
                .text
                .chars()
                .filter(|c| ('\u{3040}'..='\u{30ff}').contains(c))
                .count();
            assert!(
                kana * 3 < text.text.chars().count(),
                "{} looks untranslated: {}",
                text.place,
                text.text
            );
        }
    }
    for section in &sections {
        for message in &section.messages {
            let en = &message.texts[2];
            let kana = en
                .chars()
                .filter(|c| ('\u{3040}'..='\u{30ff}').contains(c))
                .count();
            // A Japanese name may be quoted in 「」, but the sentence is English.
            assert!(
                kana * 3 < en.chars().count(),
                "{} [{}] en looks untranslated: {en}",
                section.name,
                message.key
            );
        }
    }
}

#[test]
fn every_key_is_used() {
    let sections = catalogue::load(&root().join("data/i18n")).unwrap_or_default();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap_or_default())
        .collect();
    for section in &sections {
        for message in &section.messages {
            assert!(
                code.contains(&format!(".{}", message.key)),
                "data/i18n/{}.toml [{}] is not used in src/",
                section.name,
                message.key
            );
        }
    }
}

/// One entry of `data/i18n/terms.toml`.
#[derive(Debug, serde::Deserialize)]
struct Term {
    concept: String,
    lang: String,
    #[serde(rename = "use")]
    preferred: String,
    avoid: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
struct Terms {
    term: Vec<Term>,
}

/// A text shown to people: where it comes from, its language and itself.
struct Text {
    place: String,
    lang: &'static str,
    text: String,
}

fn terms() -> Vec<Term> {
    let path = root().join("data/i18n").join(catalogue::TERMS);
    let text = std::fs::read_to_string(&path).expect("readable data/i18n/terms.toml");
    let terms: Terms = toml::from_str(&text).expect("data/i18n/terms.toml parses");
    terms.term
}

/// Every catalogue text, in its language.
fn catalogue_texts(dir: &Path) -> Vec<Text> {
    let sections = catalogue::load(dir)
        .unwrap_or_else(|errors| panic!("data/i18n:\n  {}", errors.join("\n  ")));
    let mut out = Vec::new();
    for section in &sections {
        for message in &section.messages {
            for (text, lang) in message.texts.iter().zip(catalogue::LANGS) {
                out.push(Text {
                    place: format!("data/i18n/{}.toml [{}] {lang}", section.name, message.key),
                    lang,
                    text: text.clone(),
                });
            }
        }
    }
    out
}

/// The texts of the consultation windows that people read, in their
/// language (`helps`, `helps_easy`, `helps_en`, …). A name or organisation
/// without its やさしい日本語 is shown as it is in Japanese there too.
fn window_texts(file: &Path) -> Vec<Text> {
    const FIELDS: [&str; 7] = [
        "name",
        "organisation",
        "helps",
        "note",
        "as_of",
        "label",
        "hours_note",
    ];
    fn walk(table: &toml::Table, place: &str, out: &mut Vec<Text>) {
        for field in FIELDS {
            for (suffix, lang) in [("", "ja"), ("_easy", "easy"), ("_en", "en")] {
                let value = table
                    .get(&format!("{field}{suffix}"))
                    .and_then(|v| v.as_str());
                let value = match (value, lang) {
                    (None, "easy") if matches!(field, "name" | "organisation") => {
                        table.get(field).and_then(|v| v.as_str())
                    }
                    (value, _) => value,
                };
                if let Some(text) = value {
                    out.push(Text {
                        place: format!("{place} {field}{suffix}"),
                        lang,
                        text: text.to_owned(),
                    });
                }
            }
        }
        for (key, value) in table {
            let nested: Vec<&toml::Table> = match value {
                toml::Value::Table(t) => vec![t],
                toml::Value::Array(items) => items.iter().filter_map(|i| i.as_table()).collect(),
                _ => continue,
            };
            for (n, t) in nested.into_iter().enumerate() {
                let id = t.get("id").and_then(|v| v.as_str()).unwrap_or_default();
                walk(t, &format!("{place} {key}[{}]{id}", n + 1), out);
            }
        }
    }
    let text = std::fs::read_to_string(file).expect("readable data/windows.toml");
    let table: toml::Table = toml::from_str(&text).expect("data/windows.toml parses");
    let mut out = Vec::new();
    walk(&table, "data/windows.toml", &mut out);
    out
}

/// The words of the registration form (`data/form.toml`): every table with
/// `ja`, `easy` and `en` (a label, a hint, an option), in its language.
fn form_texts(file: &Path) -> Vec<Text> {
    fn walk(value: &toml::Value, place: &str, out: &mut Vec<Text>) {
        match value {
            toml::Value::Table(table) => {
                for lang in catalogue::LANGS {
                    if let Some(text) = table.get(lang).and_then(|v| v.as_str()) {
                        out.push(Text {
                            place: format!("{place}.{lang}"),
                            lang,
                            text: text.to_owned(),
                        });
                    }
                }
                for (key, nested) in table {
                    walk(nested, &format!("{place} {key}"), out);
                }
            }
            toml::Value::Array(items) => {
                for item in items {
                    let id = item.get("key").and_then(|k| k.as_str()).unwrap_or_default();
                    walk(item, &format!("{place}「{id}」"), out);
                }
            }
            _ => {}
        }
    }
    let text = std::fs::read_to_string(file).expect("readable data/form.toml");
    let table: toml::Value = toml::from_str(&text).expect("data/form.toml parses");
    let mut out = Vec::new();
    walk(&table, "data/form.toml", &mut out);
    out
}

/// Each use of a word to avoid, and each preferred word no text holds.
fn term_problems(terms: &[Term], texts: &[Text]) -> Vec<String> {
    let fold = |lang: &str, text: &str| {
        if lang == "en" {
            text.to_lowercase()
        } else {
            text.to_owned()
        }
    };
    let mut problems = Vec::new();
    for term in terms {
        let mut used = false;
        for text in texts.iter().filter(|t| t.lang == term.lang) {
            let mut words = fold(&term.lang, &text.text);
            for right in &term.except {
                words = words.replace(&fold(&term.lang, right), "");
            }
            used |= words.contains(&fold(&term.lang, &term.preferred));
            for wrong in &term.avoid {
                if words.contains(&fold(&term.lang, wrong)) {
                    problems.push(format!(
                        "{}: 「{wrong}」→「{}」 ({}): {}",
                        text.place, term.preferred, term.concept, text.text
                    ));
                }
            }
        }
        if !used {
            problems.push(format!(
                "data/i18n/terms.toml: no {} text says 「{}」 ({})",
                term.lang, term.preferred, term.concept
            ));
        }
    }
    problems
}

#[test]
fn one_word_for_each_thing_in_each_language() {
    let terms = terms();
    assert!(!terms.is_empty());
    for term in &terms {
        assert!(
            catalogue::LANGS.contains(&term.lang.as_str()),
            "terms.toml: unknown language {} ({})",
            term.lang,
            term.concept
        );
        assert!(
            !term.avoid.is_empty(),
            "terms.toml: {} has nothing to avoid",
            term.concept
        );
    }
    let mut texts = catalogue_texts(&root().join("data/i18n"));
    texts.extend(window_texts(&root().join("data/windows.toml")));
    texts.extend(form_texts(&root().join("data/form.toml")));
    let problems = term_problems(&terms, &texts);
    assert!(
        problems.is_empty(),
        "a thing is named in two ways (data/i18n/terms.toml):\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_term_check_finds_a_second_word_and_skips_the_exceptions() {
    let term = |lang: &str, preferred: &str, avoid: &[&str], except: &[&str]| Term {
        concept: "a window".to_owned(),
        lang: lang.to_owned(),
        preferred: preferred.to_owned(),
        avoid: avoid.iter().map(|w| (*w).to_owned()).collect(),
        except: except.iter().map(|w| (*w).to_owned()).collect(),
    };
    let text = |lang: &'static str, text: &str| Text {
        place: "sample".to_owned(),
        lang,
        text: text.to_owned(),
    };
    let terms = [
        term("easy", "相談できる ところ", &["相談先"], &[]),
        term("ja", "相談窓口", &["相談先"], &["相談先チラシ"]),
        term("en", "partner spot", &["cooperating spot"], &[]),
    ];
    let texts = [
        text("easy", "相談できる ところに 電話します。"),
        text("easy", "相談先に 電話します。"),
        text("ja", "相談窓口と相談先チラシ"),
        text("en", "A partner spot."),
        text("en", "Cooperating spots: 3"),
    ];
    let problems = term_problems(&terms, &texts);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("「相談先」→「相談できる ところ」"));
    assert!(problems[1].contains("「cooperating spot」→「partner spot」"));
    // A preferred word no text says any more is reported too.
    let problems = term_problems(&terms[..1], &texts[1..2]);
    assert!(
        problems.iter().any(|p| p.contains("no easy text says")),
        "{problems:?}"
    );
}

/// The UI layer: every text it shows comes from the catalogue.
const UI: [&str; 7] = [
    "src/app.rs",
    "src/browser.rs",
    "src/pwa.rs",
    "src/state.rs",
    "src/components",
    "src/pages",
    "src/main.rs",
];

#[test]
fn ui_code_writes_no_japanese_text() {
    let mut files = Vec::new();
    for entry in UI {
        let path = root().join(entry);
        if path.is_dir() {
            rust_files(&path, &mut files);
        } else {
            files.push(path);
        }
    }
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable file");
        for (line, literal) in string_literals(&text) {
            if literal.chars().any(is_japanese) {
                found.push(format!(
                    "{}:{line}: \"{literal}\"",
                    file.strip_prefix(root()).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "UI text belongs in data/i18n (see src/domain/i18n.rs):\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_literal_scanner_skips_comments_and_finds_strings() {
    let code = "// \"コメント\"\nlet a = \"https://x\"; /* \"ブロック\" */ let b = \"本文\";\nlet c = r#\"生\"#;\n";
    let found = string_literals(code);
    assert_eq!(
        found,
        vec![
            (2, "https://x".to_owned()),
            (2, "本文".to_owned()),
            (3, "生".to_owned())
        ]
    );
}

/// The domain files (`src/domain` and the shared rules, `src/rules`) that may
/// hold sentences, each with why. Everything else returns facts (a kind, a problem, a date), and the
/// catalogue words them: `src/domain/i18n.rs` names them, or the UI.
const DOMAIN_WORDS: [(&str, &str); 12] = [
    // What goes to the city is Japanese whatever the screen's language.
    ("src/domain/registration/mail.rs", "the letter to 健康課"),
    ("src/domain/registration/csv_row.rs", "the directory row"),
    ("src/domain/registration/document.rs", "the A4 form"),
    ("src/domain/sticker/art.rs", "the sticker's printed words"),
    ("src/domain/staff/roster.rs", "the city's 協力スポット一覧"),
    // The build's checks of the data files, in Japanese for the city, and
    // the Rust source it writes from them.
    ("src/rules/source.rs", "data/windows.toml"),
    ("src/rules/spot_source.rs", "data/spots.csv"),
    ("src/rules/registration/source.rs", "data/form.toml"),
    ("src/rules/spreadsheet.rs", "the Shift_JIS table"),
    // The glue to the catalogue, and the languages' own names.
    ("src/domain/i18n.rs", "the catalogue's accessors"),
    ("src/rules/hours_text.rs", "the hours words"),
    ("src/rules/lang.rs", "each language named in itself"),
];

/// Whether a string literal reads as an English sentence: two words of
/// ASCII letters in a row, one of them in lower case (not a format spec,
/// a URL, markup, or a list of names such as a font stack).
fn is_english_sentence(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '<' | '{' => depth += 1,
            '>' | '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text
        .split(' ')
        .filter(|w| !w.contains("://"))
        .map(|w| w.trim_matches(['(', ')', ',', '.', ':', ';', '?', '!', '“', '”']))
        .collect();
    let word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic());
    let lower = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase());
    words
        .windows(2)
        .any(|p| word(p[0]) && word(p[1]) && (lower(p[0]) || lower(p[1])))
}

/// Whether a string literal reads as やさしい日本語: words separated by
/// ASCII spaces (分かち書き: a space after a word that ends in kana), or a
/// reading in brackets after kanji (「龍野（たつの）」).
fn is_easy_japanese(literal: &str) -> bool {
    let kana = |c: char| ('\u{3040}'..='\u{30ff}').contains(&c);
    let chars: Vec<char> = literal.chars().collect();
    let spaced = chars
        .windows(3)
        .any(|w| kana(w[0]) && w[1] == ' ' && is_japanese(w[2]));
    let reading = chars.windows(3).enumerate().any(|(i, w)| {
        ('\u{4e00}'..='\u{9fff}').contains(&w[0])
            && w[1] == '（'
            && chars[i + 2..]
                .iter()
                .take_while(|c| **c != '）')
                .all(|c| ('\u{3040}'..='\u{309f}').contains(c))
            && chars[i + 2..].contains(&'）')
    });
    spaced || reading
}

/// A literal that is a developer's message (a panic, an assertion, an
/// `expect`), not a word on screen: the code before it, back to the start of
/// its statement, calls one of these.
fn is_developer_message(before: &str) -> bool {
    let start = before.rfind([';', '{', '}']).map_or(0, |i| i + 1);
    let statement = &before[start..];
    [
        "expect(",
        "panic!(",
        "assert!(",
        "assert_eq!(",
        "unreachable!(",
    ]
    .iter()
    .any(|call| statement.contains(call))
}

/// A file's code without its inline test module (`#[cfg(test)] mod … {`,
/// the end of the file by convention).
fn without_tests(code: &str) -> &str {
    let mut from = 0;
    while let Some(i) = code[from..].find("#[cfg(test)]") {
        let at = from + i;
        let rest = code[at + "#[cfg(test)]".len()..].trim_start();
        let line = rest.lines().next().unwrap_or_default();
        if line.starts_with("mod ") && line.contains('{') {
            return &code[..at];
        }
        from = at + 1;
    }
    code
}

/// The sentences of a domain file's code (its tests left out): each with
/// its line and what it reads as.
fn domain_sentences(code: &str) -> Vec<(usize, &'static str, String)> {
    let code = without_tests(code);
    string_literals_at(code)
        .into_iter()
        .filter(|(_, at, _)| !is_developer_message(&code[..*at]))
        .filter_map(|(line, _, literal)| {
            let kind = if is_english_sentence(&literal) {
                "English"
            } else if is_easy_japanese(&literal) {
                "やさしい日本語"
            } else {
                return None;
            };
            Some((line, kind, literal))
        })
        .collect()
}

#[test]
fn the_domain_holds_no_english_or_easy_sentences() {
    let mut files = Vec::new();
    rust_files(&root().join("src/domain"), &mut files);
    rust_files(&root().join("src/rules"), &mut files);
    for (allowed, _) in DOMAIN_WORDS {
        assert!(
            files.iter().any(|f| f.ends_with(allowed)),
            "{allowed} is allowed words but is gone"
        );
    }
    let mut found = Vec::new();
    for file in &files {
        let name = file.strip_prefix(root()).unwrap_or(file);
        let tests = name.iter().any(|part| part == "tests")
            || ["tests.rs", "test_rng.rs"]
                .iter()
                .any(|t| name.ends_with(t));
        if tests || DOMAIN_WORDS.iter().any(|(f, _)| name.ends_with(f)) {
            continue;
        }
        let code = std::fs::read_to_string(file).expect("readable file");
        for (line, kind, literal) in domain_sentences(&code) {
            found.push(format!("{}:{line}: {kind}: \"{literal}\"", name.display()));
        }
    }
    assert!(
        found.is_empty(),
        "words belong in data/i18n; the domain returns facts and \
         src/domain/i18n.rs names them:\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_sentence_check_tells_words_from_code() {
    for english in [
        "Company or workplace",
        "Help in foreign languages",
        "A call costs {cost}.",
        "<b>Call us</b> now",
    ] {
        assert!(is_english_sentence(english), "{english}");
    }
    for code in [
        "{name} {count}",
        "https://www.example.jp/a b",
        r#"<text x="1" font-weight="bold">"#,
        "'Hiragino Sans', 'Yu Gothic', sans-serif",
        "Shop",
        "tatsuno-tsunagaru-spots.csv",
        "geo:{lat},{lon}?q={lat},{lon}({})",
        "OK Go",
    ] {
        assert!(!is_english_sentence(code), "{code}");
    }
    for easy in ["市などの 施設", "龍野（たつの）", "書いて ください。"] {
        assert!(is_easy_japanese(easy), "{easy}");
    }
    for ja in [
        "たつの市 健康課",
        "平日 9:00〜21:00",
        "（例: 123-4567）",
        "個人",
    ] {
        assert!(!is_easy_japanese(ja), "{ja}");
    }
    let code = "const A: &str = \"Shop or store\";\n\
                fn f() { x.expect(\"a spot is there\"); }\n\
                #[cfg(test)]\nmod tests;\n\
                #[cfg(test)]\nmod tests {\n    const B: &str = \"in a test\";\n}\n";
    let found: Vec<String> = domain_sentences(code)
        .into_iter()
        .map(|(_, _, literal)| literal)
        .collect();
    assert_eq!(found, ["Shop or store"]);
}

fn is_japanese(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The string literals of Rust source, with their line numbers; comments and
/// char literals are skipped.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    string_literals_at(code)
        .into_iter()
        .map(|(line, _, literal)| (line, literal))
        .collect()
}

/// [`string_literals`] with where each starts (a byte offset in `code`).
fn string_literals_at(code: &str) -> Vec<(usize, usize, String)> {
    let offsets: Vec<usize> = code.char_indices().map(|(i, _)| i).collect();
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start_line = line;
            let mut literal = String::new();
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) {
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                literal.push(chars[j]);
                j += 1;
            }
            out.push((start_line, offsets[i], literal));
            i = j + 1 + hashes;
        } else if c == '"' {
            let start_line = line;
            let mut literal = String::new();
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    literal.push(chars[j]);
                    j += 1;
                }
                if chars.get(j) == Some(&'\n') {
                    line += 1;
                }
                if let Some(&ch) = chars.get(j) {
                    literal.push(ch);
                }
                j += 1;
            }
            out.push((start_line, offsets[i], literal));
            i = j + 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            match (next, chars.get(i + 2)) {
                (Some('\\'), _) => {
                    let mut j = i + 2;
                    while j < chars.len() && chars[j] != '\'' {
                        j += 1;
                    }
                    i = j + 1;
                }
                (Some(_), Some('\'')) => i += 3,
                _ => i += 1,
            }
        } else {
            i += 1;
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_forms_words_are_found_in_every_language() {
    let texts = form_texts(&root().join("data/form.toml"));
    let find = |lang: &str, words: &str| {
        texts
            .iter()
            .find(|t| t.lang == lang && t.text == words)
            .map(|t| t.place.clone())
    };
    assert_eq!(
        find("en", "Fax number").as_deref(),
        Some("data/form.toml field「fax」 label.en")
    );
    assert!(find("easy", "相談の チラシ などを 置く").is_some());
    assert!(find("ja", "個人として").is_some());
}

/// A sentence is one catalogue message (`src/components/sentence.rs`): no
/// text run of a view (an element's children up to a block element or a
/// line break) puts an inline element (a link, `<strong>`, `<span lang>`,
/// `<code>` …) among two or more catalogue reads, as pieces glued around it
/// would.
#[test]
fn no_sentence_is_glued_from_pieces_around_markup() {
    let types = section_types();
    let mut files = Vec::new();
    rust_files(&root().join("src/components"), &mut files);
    rust_files(&root().join("src/pages"), &mut files);
    assert!(files.len() > 20);
    let mut found = Vec::new();
    for file in &files {
        let code = std::fs::read_to_string(file).expect("readable file");
        for line in glued_sentences(&code, &types) {
            found.push(format!(
                "{}:{line}",
                file.strip_prefix(root()).unwrap_or(file).display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "a sentence glued from several messages around markup; make it one \
         message with {{placeholders}} or a [marked span] (src/components/sentence.rs):\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_glue_check_finds_pieces_around_markup() {
    let types = section_types();
    // The registration page's addressee, as it was written in pieces.
    let pieces = r#"
        let t = i18n::register(lang);
        view! {
            <p class="reg-note">
                {t.to_known_1} <span lang="ja">{ADDRESSEE}</span> {t.to_known_2}
                <span class="reg-address">{address}</span> {t.to_known_3}
            </p>
        }
    "#;
    assert_eq!(glued_sentences(pieces, &types), vec![5]);
    // A bold lead and the rest of its sentence; a link inside a nested view.
    let lead = r#"
        fn guide(t: &'static Guide) -> impl IntoView {
            view! {
                <p>
                    <strong>{t.die_lead}</strong>
                    {t.die_text}
                </p>
                {office.map(|(w, p)| view! { {t.contact_label} <a href=p.tel>{w}</a> {t.contact_phone} })}
            }
        }
    "#;
    assert_eq!(glued_sentences(lead, &types), vec![5, 8]);
    // One message with its markup; separate lines and list items; markup
    // in attributes and comments; a read that is not the catalogue's.
    let fine = r#"
        let t = i18n::about(lang);
        view! {
            <p>{sentence(t.help_now, |_| (), |w| view! { <a href="./">{w}</a> })}</p>
            <p>{t.city_list}<br /><a href=PAGE>{t.city_link}</a></p>
            <ul><li>{t.spot_1}</li><li><a href=x>{t.spot_2}</a></li></ul>
            // {t.a} <a>{t.b}</a>
            <p title=t.a>{t.b} <code>{x}</code></p>
            <p>{phone.display} <a href=x>{window.name}</a> {t.c}</p>
            <p class="stored">
                <span class="what">{t.what}</span>
                <span class="when">{if x > 1 { t.one } else { t.more }}</span>
            </p>
        }
    "#;
    assert_eq!(glued_sentences(fine, &types), Vec::<usize>::new());
}

/// The Rust type of each catalogue section (`about` → `About`).
fn section_types() -> Vec<String> {
    catalogue::load(&root().join("data/i18n"))
        .unwrap_or_default()
        .iter()
        .map(|s| catalogue::type_name(&s.name))
        .collect()
}

/// The lines of `code` where a text run of a `view!` holds an inline
/// element and two or more catalogue reads (see
/// [`no_sentence_is_glued_from_pieces_around_markup`]). A read is a
/// `{…}` child that names `i18n::` or a variable holding a section
/// (`let t = i18n::register(lang)`, `t: &'static About`).
fn glued_sentences(code: &str, types: &[String]) -> Vec<usize> {
    let chars: Vec<char> = blank_comments(code).chars().collect();
    let text: String = chars.iter().collect();
    let readers = section_readers(&text, types);
    let line_at = |at: usize| 1 + chars[..at].iter().filter(|&&c| c == '\n').count();
    let mut lines = Vec::new();
    let mut from = 0;
    while let Some(found) = find(&chars, from, "view!") {
        from = found + 5;
        let Some(open) = (from..chars.len()).find(|&i| !chars[i].is_whitespace()) else {
            break;
        };
        if chars[open] != '{' {
            continue;
        }
        let close = matching_brace(&chars, open);
        for at in glued_runs(&chars[open + 1..close], &readers) {
            lines.push(line_at(open + 1 + at));
        }
    }
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// What a run of children holds so far.
#[derive(Default)]
struct Run {
    reads: usize,
    inline: usize,
    first_read: Option<usize>,
}

/// The positions (of their first read) of the glued runs of one view body.
fn glued_runs(body: &[char], readers: &[String]) -> Vec<usize> {
    const INLINE: [&str; 12] = [
        "a", "abbr", "b", "cite", "code", "em", "i", "kbd", "mark", "q", "strong", "time",
    ];
    const VOID: [&str; 8] = ["br", "hr", "img", "input", "wbr", "meta", "link", "source"];
    let mut found = Vec::new();
    let mut flush = |run: &mut Run| {
        if run.inline > 0 && run.reads >= 2 {
            found.extend(run.first_read);
        }
        *run = Run::default();
    };
    // The open elements: whether each is inline, and its run.
    let mut stack: Vec<(bool, Run)> = vec![(false, Run::default())];
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if let Some(after) = skip_literal(body, i) {
            i = after;
        } else if c == '{' {
            let close = matching_brace(body, i);
            let block: String = body[i + 1..close].iter().collect();
            if is_read(&block, readers) {
                let run = &mut stack.last_mut().expect("the body's frame").1;
                run.reads += 1;
                run.first_read.get_or_insert(i);
            }
            i = close + 1;
        } else if c == '<' && body.get(i + 1) == Some(&'/') {
            i = tag_end(body, i + 2) + 1;
            if stack.len() > 1 {
                let (inline, mut run) = stack.pop().expect("an open element");
                let parent = &mut stack.last_mut().expect("the body's frame").1;
                if inline {
                    parent.reads += run.reads;
                    parent.inline += 1 + run.inline;
                    if let Some(at) = run.first_read {
                        parent.first_read.get_or_insert(at);
                    }
                } else {
                    flush(&mut run);
                }
            }
        } else if c == '<' {
            let name: String = body[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '_' || **c == '-')
                .collect();
            let end = tag_end(body, i + 1);
            let tag: String = body[i..end].iter().collect();
            let inline =
                INLINE.contains(&name.as_str()) || (name == "span" && tag.contains(" lang="));
            let closed = body[end - 1] == '/' || VOID.contains(&name.as_str());
            let run = &mut stack.last_mut().expect("the body's frame").1;
            match (inline, closed) {
                (true, true) => run.inline += 1,
                (true, false) => stack.push((true, Run::default())),
                (false, true) => flush(run),
                (false, false) => {
                    flush(run);
                    stack.push((false, Run::default()));
                }
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    while let Some((_, mut run)) = stack.pop() {
        flush(&mut run);
    }
    found
}

/// Whether a `{…}` child reads the catalogue.
fn is_read(block: &str, readers: &[String]) -> bool {
    block.contains("i18n::")
        || readers.iter().any(|r| {
            block.match_indices(&format!("{r}.")).any(|(at, _)| {
                !block[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            })
        })
}

/// The variables that hold a catalogue section in `code`.
fn section_readers(code: &str, types: &[String]) -> Vec<String> {
    let ident_before = |at: usize| -> String {
        let head = code[..at].trim_end();
        let start = head
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        head[start..].to_owned()
    };
    let mut readers = Vec::new();
    for (at, _) in code.match_indices("= i18n::") {
        let name = ident_before(at);
        if code[..at].trim_end().ends_with(&format!("let {name}")) {
            readers.push(name);
        }
    }
    for ty in types {
        for pattern in [format!(": &'static {ty}"), format!(": &'static i18n::{ty}")] {
            for (at, _) in code.match_indices(&pattern) {
                let rest = &code[at + pattern.len()..];
                if !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    readers.push(ident_before(at));
                }
            }
        }
    }
    readers.sort();
    readers.dedup();
    readers
}

/// `code` with its comments replaced by spaces (lines kept).
fn blank_comments(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if let Some(after) = skip_literal(&chars, i) {
            i = after;
        } else if chars[i] == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                out[i] = ' ';
                i += 1;
            }
        } else if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] != '\n' {
                    out[i] = ' ';
                }
                i += 1;
            }
            for c in out.iter_mut().skip(i).take(2) {
                *c = ' ';
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    out.into_iter().collect()
}

/// After a string or char literal that starts at `i`, if one does.
fn skip_literal(chars: &[char], i: usize) -> Option<usize> {
    match chars[i] {
        '"' => {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            Some(j + 1)
        }
        'r' if matches!(chars.get(i + 1), Some('"' | '#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
        {
            let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                return None;
            }
            let mut j = i + 2 + hashes;
            while j < chars.len()
                && !(chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')))
            {
                j += 1;
            }
            Some(j + 1 + hashes)
        }
        '\'' => match (chars.get(i + 1), chars.get(i + 2)) {
            (Some('\\'), _) => {
                let mut j = i + 2;
                while j < chars.len() && chars[j] != '\'' {
                    j += 1;
                }
                Some(j + 1)
            }
            (Some(_), Some('\'')) => Some(i + 3),
            _ => None,
        },
        _ => None,
    }
}

/// The `}` that closes the `{` at `open` (or the end).
fn matching_brace(chars: &[char], open: usize) -> usize {
    let mut depth = 0;
    let mut i = open;
    while i < chars.len() {
        if let Some(after) = skip_literal(chars, i) {
            i = after;
            continue;
        }
        match chars[i] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.len().saturating_sub(1)
}

/// The `>` that ends a tag whose name starts at `from`: the first outside
/// brackets, literals, `=>` and `->`.
fn tag_end(chars: &[char], from: usize) -> usize {
    let mut depth = 0usize;
    let mut i = from;
    while i < chars.len() {
        if let Some(after) = skip_literal(chars, i) {
            i = after;
            continue;
        }
        match chars[i] {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            '>' if depth == 0 && !matches!(chars.get(i.wrapping_sub(1)), Some('=' | '-')) => {
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    chars.len().saturating_sub(1)
}

/// Where `needle` starts in `chars` at or after `from`.
fn find(chars: &[char], from: usize, needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    (from..chars.len().saturating_sub(needle.len() - 1)).find(|&i| chars[i..].starts_with(&needle))
}
