//! Build step for the bundled data: parses `data/windows.toml`, refuses to
//! build when any entry fails the checks in `src/rules/source.rs`, warns
//! about stale entries, and writes
//! - `$OUT_DIR/windows.rs`: the windows as Rust statics (no parser ships),
//! - `target/generated/boot.html`: the static first screen (header and
//!   crisis lines) that `.ci/post-build.mjs` puts into `index.html`.
//!
//! It does the same for the directory of cooperating spots: reads
//! `data/spots.csv` (UTF-8 or Shift_JIS, see `src/rules/spreadsheet.rs`; it
//! writes the Shift_JIS table the app reads files with, `$OUT_DIR/cp932.rs`), or the test
//! fixture named by `TSUNAGARU_SPOTS_CSV`, refuses to build when a row fails
//! the checks in `src/rules/spot_source.rs` (each error names its row and
//! column), and writes
//! - `$OUT_DIR/spots.rs`: the spots as Rust statics,
//! - `$OUT_DIR/spot_map.rs`: the offline map's projection and the city
//!   outline (`data/geo/`) simplified into one SVG path.
//!
//! It checks the registration form (`data/form.toml`, the city's reading
//! of 様式1) with `src/rules/registration/source.rs`, refuses to build when
//! an item is malformed, and writes `$OUT_DIR/form.rs`: the fields, their
//! words and options as Rust statics.
//!
//! And it checks the message catalogue (`data/i18n/`, see
//! `data/catalogue.rs`) and writes `$OUT_DIR/i18n.rs`, and the sticker's
//! QR target `TSUNAGARU_PUBLIC_URL` when it is set
//! (`src/rules/public_url.rs`).
//!
//! The rules are the crate `rules` (`src/rules`), which the app depends on
//! too, so the build and the app share one definition of every rule.

#[path = "catalogue.rs"]
mod catalogue;

use rules::{
    geo, hours_text, lang, phone, public_url, registration, route, source, spot_source,
    spreadsheet, text,
};

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let manifest = Path::new(&manifest);
    let data_path = manifest.join("data/windows.toml");
    println!("cargo:rerun-if-changed=data/windows.toml");
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
            for recheck in report.recheck {
                println!("cargo:warning={recheck}");
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

    let sections = messages(manifest, Path::new(&out_dir));
    let boot = boot_html(&file, &sections);
    if std::fs::read_to_string(&boot_path).ok().as_deref() != Some(boot.as_str()) {
        std::fs::create_dir_all(boot_path.parent().expect("a parent folder"))
            .expect("target/generated can be created");
        std::fs::write(&boot_path, boot).expect("target/generated is writable");
    }

    spots(manifest, Path::new(&out_dir));
    form(manifest, Path::new(&out_dir));
    public_url();
}

/// The registration form (`data/form.toml`): refuses to build when an item
/// fails the checks of `src/rules/registration/source.rs`, and writes
/// `$OUT_DIR/form.rs`.
fn form(manifest: &Path, out_dir: &Path) {
    use registration::source;
    println!("cargo:rerun-if-changed={}", source::FILE);
    let text = std::fs::read_to_string(manifest.join(source::FILE))
        .unwrap_or_else(|e| panic!("{} を読めません: {e}", source::FILE));
    let file: source::FormFile = match toml::from_str(&text) {
        Ok(file) => file,
        Err(err) => panic!("{} を読めません:\n{err}", source::FILE),
    };
    if let Err(errors) = source::validate(&file) {
        panic!(
            "{} に誤りがあります:\n  {}",
            source::FILE,
            errors.join("\n  ")
        );
    }
    if !file.confirmed {
        println!(
            "cargo:warning={}: 項目は健康課の確認待ちです（confirmed = false）。登録の画面に、市の様式1も使えるという一文が出ます",
            source::FILE
        );
    }
    std::fs::write(out_dir.join("form.rs"), source::to_rust(&file)).expect("OUT_DIR is writable");
}

/// The app's public address for the sticker's QR code (read by the app
/// with `option_env!`): refuses to build when it is set to anything but a
/// public `https://` folder.
fn public_url() {
    println!("cargo:rerun-if-env-changed={}", public_url::SETTING);
    if let Ok(value) = std::env::var(public_url::SETTING)
        && !value.is_empty()
        && let Err(why) = public_url::check_setting(&value)
    {
        panic!("{why}");
    }
}

/// The message catalogue (`data/i18n/`, see `data/catalogue.rs`): refuses to
/// build when a key lacks a language, and writes `$OUT_DIR/i18n.rs`.
fn messages(manifest: &Path, out_dir: &Path) -> Vec<catalogue::Section> {
    println!("cargo:rerun-if-changed=data/i18n");
    match catalogue::load(&manifest.join("data/i18n")) {
        Ok(sections) => {
            std::fs::write(out_dir.join("i18n.rs"), catalogue::to_rust(&sections))
                .expect("OUT_DIR is writable");
            sections
        }
        Err(errors) => panic!(
            "data/i18n の文言に誤りがあります:\n  {}",
            errors.join("\n  ")
        ),
    }
}

/// The environment variable that names a test fixture to build with instead
/// of `data/spots.csv` (a path, relative to the project folder or absolute).
const FIXTURE_VAR: &str = "TSUNAGARU_SPOTS_CSV";

/// Checks the directory and the boundary and writes their Rust statics.
fn spots(manifest: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-env-changed={FIXTURE_VAR}");
    let fixture = std::env::var(FIXTURE_VAR)
        .ok()
        .filter(|v| !v.trim().is_empty());
    let (csv_path, shown) = match &fixture {
        Some(path) => (manifest.join(path), path.clone()),
        None => (manifest.join("data/spots.csv"), "data/spots.csv".to_owned()),
    };
    println!("cargo:rerun-if-changed={}", csv_path.display());
    let geo_name = "data/geo/tatsuno-boundary.geojson";
    println!("cargo:rerun-if-changed={geo_name}");

    let geojson = std::fs::read_to_string(manifest.join(geo_name))
        .unwrap_or_else(|e| panic!("{geo_name} を読めません: {e}"));
    let boundary = geo::Boundary::from_geojson(&geojson)
        .unwrap_or_else(|e| panic!("{geo_name} を読めません: {e}"));

    let bytes = std::fs::read(&csv_path).unwrap_or_else(|e| panic!("{shown} を読めません: {e}"));
    let cp932 = cp932_table();
    std::fs::write(out_dir.join("cp932.rs"), spreadsheet::to_rust(&cp932))
        .expect("OUT_DIR is writable");
    let (text, _) = spreadsheet::decode(&bytes, &cp932).unwrap_or_else(|e| panic!("{shown}: {e}"));
    let imported = match spot_source::read(&text, &boundary) {
        Ok(imported) => imported,
        Err(errors) => panic!("{shown} に誤りがあります:\n  {}", errors.join("\n  ")),
    };
    for warning in &imported.warnings {
        println!("cargo:warning={shown}: {warning}");
    }
    if let Err(errors) = spot_source::check_sample_policy(&imported.rows, fixture.is_some()) {
        panic!("{shown}:\n  {}", errors.join("\n  "));
    }
    if fixture.is_some() {
        println!(
            "cargo:warning=協力スポットはテスト用のサンプル {shown} から作っています（本番には使えません）"
        );
    }

    std::fs::write(
        out_dir.join("spots.rs"),
        spot_source::to_rust(&imported.rows, &shown, fixture.is_some()),
    )
    .expect("OUT_DIR is writable");
    std::fs::write(
        out_dir.join("spot_map.rs"),
        spot_source::map_to_rust(&boundary, geo_name),
    )
    .expect("OUT_DIR is writable");
}

/// Shift_JIS (cp932) as a table, read from `encoding_rs` (WHATWG's
/// Shift_JIS, which is Windows' cp932): the build reads `data/spots.csv`
/// with it, and the app gets it as `$OUT_DIR/cp932.rs`.
fn cp932_table() -> Box<spreadsheet::Cp932> {
    use spreadsheet::{LEADS, NONE, TRAILS, is_lead, is_trail, pair_index};
    let one_char = |bytes: &[u8]| -> u16 {
        let text =
            encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes);
        let mut chars = text.as_deref().unwrap_or("").chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => u16::try_from(u32::from(c)).unwrap_or(NONE),
            _ => NONE,
        }
    };
    let mut table = Box::new(spreadsheet::Cp932 {
        single: [NONE; 256],
        double: [NONE; LEADS * TRAILS],
    });
    for b in 0..=255u8 {
        if !is_lead(b) {
            table.single[b as usize] = one_char(&[b]);
        }
        for t in (0..=255u8).filter(|&t| is_lead(b) && is_trail(t)) {
            table.double[pair_index(b, t)] = one_char(&[b, t]);
        }
    }
    table
}

/// The first screen as static HTML, with the same markup as the app's
/// `SiteHeader` and crisis block, so nothing moves when the app takes over:
/// on the home page in Japanese the app keeps this `<main>` and crisis block
/// (`src/first_screen.rs`), and draws its own header in this one's place.
fn boot_html(file: &source::SourceFile, sections: &[catalogue::Section]) -> String {
    // The crisis block's words in Japanese, as the app shows them.
    let word = |section: &str, key: &str| -> &str {
        sections
            .iter()
            .filter(|s| s.name == section)
            .flat_map(|s| &s.messages)
            .find(|m| m.key == key)
            .map_or_else(
                || panic!("data/i18n/{section}.toml: [{key}] がありません"),
                |m| m.texts[0].as_str(),
            )
    };
    let home = |key: &str| word("home", key);
    let words = source::CrisisWords {
        title: home("crisis_title"),
        lead: home("crisis_lead"),
        emergency: home("emergency"),
        costs: phone::Cost::ALL.map(|c| word("labels", &format!("cost_{}", c.id()))),
        hours: hours_text::HoursWords::from_lookup(|key| word("opening_hours", key)),
        number_hash: word("labels", "number_hash"),
        number_groups: word("labels", "number_groups"),
    };
    // The screen is the home page's, as the app marks it in the menu. Each
    // section is named as the app names it (common.toml route_<folder>,
    // route_home for the home page).
    let mut nav = String::new();
    for section in route::Route::SECTIONS {
        let (href, current) = match section.slug() {
            "" => ("./", " aria-current=\"page\""),
            slug => (slug, ""),
        };
        let folder = section.slug().trim_end_matches('/');
        let key = format!("route_{}", if folder.is_empty() { "home" } else { folder });
        _ = write!(
            nav,
            "<li><a href=\"{href}\"{current}>{}</a></li>",
            text::escape_markup(word("common", &key))
        );
    }
    // The language switch as the app draws it (components/lang_switch.rs);
    // it works once the app has loaded, a moment later.
    let mut langs = String::new();
    for lang in lang::Lang::ALL {
        _ = write!(
            langs,
            "<button type=\"button\" lang=\"{}\" data-lang=\"{}\" aria-pressed=\"{}\">{}</button>",
            lang.tag(),
            lang.id(),
            lang == lang::Lang::Ja,
            lang.native_name()
        );
    }
    // Escaped, as every word written into HTML.
    let common = |key: &str| text::escape_markup(word("common", key));
    format!(
        "<header class=\"site-header\"><a class=\"site-title\" href=\"./\">\
<span class=\"site-title__name\">{}</span>\
<span class=\"site-title__sub\">{}</span></a>\
<div class=\"lang-switch\" role=\"group\" aria-label=\"{}\">{langs}</div>\
<nav class=\"site-nav\" aria-label=\"{}\"><ul>{nav}</ul></nav></header>\
<main><h1 class=\"page-title\">{}</h1>{}</main>",
        common("site_name"),
        common("site_sub"),
        common("language"),
        common("main_menu"),
        common("route_home"),
        source::crisis_html(file, &words)
    )
}
