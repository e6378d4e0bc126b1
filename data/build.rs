//! Build step for the bundled data: parses `data/windows.toml`, refuses to
//! build when any entry fails the checks in `src/domain/source.rs`, warns
//! about stale entries, and writes
//! - `$OUT_DIR/windows.rs`: the windows as Rust statics (no parser ships),
//! - `target/generated/boot.html`: the static first screen (header and
//!   crisis lines) that `.ci/post-build.mjs` puts into `index.html`.
//!
//! The domain modules are compiled in here as they are in the app, so the
//! build and the app share one definition of every rule.
#![allow(dead_code, unused_imports)]

#[path = "../src/domain/calendar.rs"]
mod calendar;
#[path = "../src/domain/category.rs"]
mod category;
#[path = "../src/domain/holiday.rs"]
mod holiday;
#[path = "../src/domain/model.rs"]
mod model;
#[path = "../src/domain/phone.rs"]
mod phone;
#[path = "../src/domain/route.rs"]
mod route;
#[path = "../src/domain/schedule.rs"]
mod schedule;
#[path = "../src/domain/source.rs"]
mod source;
#[path = "../src/domain/text.rs"]
mod text;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let manifest = Path::new(&manifest);
    let data_path = manifest.join("data/windows.toml");
    println!("cargo:rerun-if-changed=data/windows.toml");
    println!("cargo:rerun-if-changed=src/domain");
    let boot_path = manifest.join("target/generated/boot.html");
    println!("cargo:rerun-if-changed={}", boot_path.display());

    let text = std::fs::read_to_string(&data_path).expect("data/windows.toml is readable");
    let file: source::SourceFile = match toml::from_str(&text) {
        Ok(file) => file,
        Err(err) => panic!("data/windows.toml を読めません:\n{err}"),
    };
    match source::validate(&file, source::today_from_system_clock()) {
        Ok(report) => {
            for stale in report.stale {
                println!("cargo:warning=12か月以上確認していない窓口: {stale}");
            }
        }
        Err(errors) => panic!(
            "data/windows.toml に誤りがあります:\n  {}",
            errors.join("\n  ")
        ),
    }

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        Path::new(&out_dir).join("windows.rs"),
        source::to_rust(&file),
    )
    .expect("OUT_DIR is writable");

    let boot = boot_html(&file);
    if std::fs::read_to_string(&boot_path).ok().as_deref() != Some(boot.as_str()) {
        std::fs::create_dir_all(boot_path.parent().expect("a parent folder"))
            .expect("target/generated can be created");
        std::fs::write(&boot_path, boot).expect("target/generated is writable");
    }
}

/// The first screen as static HTML, with the same markup as the app's
/// `SiteHeader` and crisis block, so nothing moves when the app takes over.
fn boot_html(file: &source::SourceFile) -> String {
    let mut nav = String::new();
    for section in route::Route::SECTIONS {
        let href = match section.slug() {
            "" => "./",
            slug => slug,
        };
        _ = write!(nav, "<li><a href=\"{href}\">{}</a></li>", section.label());
    }
    format!(
        "<header class=\"site-header\"><a class=\"site-title\" href=\"./\">\
<span class=\"site-title__name\">つながるいのち</span>\
<span class=\"site-title__sub\">たつの市 サポートネットワーク</span></a>\
<nav class=\"site-nav\" aria-label=\"メインメニュー\"><ul>{nav}</ul></nav></header>\
<main class=\"boot-main\"><h1 class=\"page-title\">相談窓口</h1>{}</main>",
        source::crisis_html(file)
    )
}
