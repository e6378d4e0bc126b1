//! The build writes one folder per routed page (so a static server answers
//! a reload of any section); this checks that list against `Route::ALL`.
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::route::Route;

#[test]
fn post_build_writes_a_folder_for_every_route() {
    let script =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/post-build.mjs"))
            .expect("post-build script");
    let line = script
        .lines()
        .find(|l| l.contains("ROUTE_FOLDERS = ["))
        .expect("a ROUTE_FOLDERS line");
    let mut folders: Vec<String> = line
        .split('\'')
        .skip(1)
        .step_by(2)
        .map(|f| format!("{f}/"))
        .collect();
    folders.sort();
    let mut slugs: Vec<String> = Route::ALL
        .iter()
        .map(|r| r.slug().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    slugs.sort();
    assert_eq!(folders, slugs);
}
