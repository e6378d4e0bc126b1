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

#[test]
fn english_texts_are_english() {
    let sections = catalogue::load(&root().join("data/i18n")).unwrap_or_default();
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

fn is_japanese(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The string literals of Rust source, with their line numbers; comments and
/// char literals are skipped.
fn string_literals(code: &str) -> Vec<(usize, String)> {
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
            out.push((start_line, literal));
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
            out.push((start_line, literal));
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
