//! Everything stored in the browser is declared in `src/domain/storage.rs`,
//! so the privacy page can list and erase all of it: no other source file may
//! spell out a storage key.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use tsunagaru_inochi::domain::storage::{ALL, CACHE_PREFIX, PREFIX};

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn storage_keys_are_declared_in_one_place() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let needle = format!("\"{PREFIX}");
    for file in files {
        if file.ends_with("domain/storage.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source file");
        assert!(
            !text.contains(&needle),
            "{} names a storage key; declare it in src/domain/storage.rs",
            file.display()
        );
    }
    assert!(!ALL.is_empty());
}

#[test]
fn the_service_worker_names_its_caches_with_the_declared_prefix() {
    let worker = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sw.js"))
        .expect("readable src/sw.js");
    assert!(
        worker.contains(&format!("const PREFIX = '{CACHE_PREFIX}';"))
            && worker.contains("const CACHE = `${PREFIX}${VERSION}`;"),
        "src/sw.js must name its caches with storage::CACHE_PREFIX"
    );
}
