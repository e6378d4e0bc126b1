//! The build writes one folder per routed page (so a static server answers
//! a reload of any section), each with the build that serves it; this checks
//! that list against `Route::ALL` and `Route::bundle`.
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::route::Route;

#[test]
fn post_build_writes_a_folder_for_every_route_with_its_build() {
    let script =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/post-build.mjs"))
            .expect("post-build script");
    let line = script
        .lines()
        .find(|l| l.contains("ROUTE_FOLDERS = ["))
        .expect("a ROUTE_FOLDERS line");
    // [['window', 'light'], ['spots', 'full'], …]
    let quoted: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    let mut folders: Vec<(String, String)> = quoted
        .chunks(2)
        .map(|pair| {
            (
                format!("{}/", pair[0]),
                pair.get(1).copied().unwrap_or("").to_owned(),
            )
        })
        .collect();
    folders.sort();
    let mut routes: Vec<(String, String)> = Route::ALL
        .iter()
        .filter(|r| !r.slug().is_empty())
        .map(|r| (r.slug().to_owned(), r.bundle().name().to_owned()))
        .collect();
    routes.sort();
    assert_eq!(folders, routes);
}
