//! The pure core of the app: everything that can be computed without a
//! browser. Nothing in this module may depend on `leptos`, `web_sys`,
//! `wasm_bindgen`, `js_sys` or `gloo` (enforced by `tests/purity.rs`).
//!
//! The rules the build shares (calendar, hours, phone numbers, the data
//! files' checks, …) are the crate `rules` (`src/rules`), re-exported here
//! under their own names; the modules below them use the build's output:
//! the windows, spots, form and catalogue as Rust statics.

pub use rules::{
    calendar, category, csv, dial, geo, holiday, hours_text, lang, model, phone, public_url, route,
    schedule, source, spot, spot_source, spreadsheet, text,
};

pub mod cp932;
pub mod data;
pub mod i18n;
#[cfg(feature = "full")]
pub mod leaflet;
pub mod registration;
pub mod search;
pub mod spot_data;
#[cfg(feature = "full")]
pub mod staff;
pub mod sticker;
pub mod storage;
#[cfg(test)]
pub(crate) use rules::test_rng;
