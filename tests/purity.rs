//! Guards the pure core: nothing under `src/domain/` or in the crate of
//! shared rules (`src/rules/`) may use a web crate, so both stay testable
//! with plain `cargo test`; the rules crate depends on serde alone.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const BANNED: [&str; 5] = ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_uses_no_web_crate() {
    let mut files = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/rules"), &mut files);
    assert!(!files.is_empty());
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for crate_name in BANNED {
                let used = code.contains(&format!("{crate_name}::"))
                    || code.contains(&format!("use {crate_name}"))
                    || code.contains(&format!("extern crate {crate_name}"));
                assert!(
                    !used,
                    "{}:{} uses `{crate_name}`: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_rules_crate_depends_on_serde_alone() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/Cargo.toml"))
            .expect("src/rules/Cargo.toml is readable");
    let manifest: toml::Table = toml::from_str(&manifest).expect("src/rules/Cargo.toml parses");
    let dependencies: Vec<&String> = manifest
        .get("dependencies")
        .and_then(|d| d.as_table())
        .map(|d| d.keys().collect())
        .unwrap_or_default();
    assert_eq!(dependencies, ["serde"]);
}
