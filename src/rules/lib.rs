//! The rules that the build (`data/build.rs`) and the app share, as one
//! crate that both depend on: the calendar and Japan's holidays, opening
//! hours and their wording, phone numbers and what a call costs, the data
//! files' formats and checks (`data/windows.toml`, `data/spots.csv`,
//! `data/form.toml`), the map's projection, escaping.
//!
//! The build checks the data with these rules and writes it as Rust statics;
//! the app (`src/domain`, which re-exports every module here under the same
//! name) applies the same rules to the same data. Nothing here may depend on
//! `leptos`, `web_sys`, `wasm_bindgen`, `js_sys` or `gloo` (enforced by
//! `tests/purity.rs`), nor on the generated data or the message catalogue:
//! words come in as arguments (`hours_text::HoursWords`).

pub mod calendar;
pub mod category;
pub mod csv;
pub mod dial;
pub mod geo;
pub mod holiday;
pub mod hours_text;
pub mod lang;
pub mod model;
pub mod phone;
pub mod public_url;
pub mod registration;
pub mod route;
pub mod schedule;
pub mod source;
pub mod spot;
pub mod spot_source;
pub mod spreadsheet;
#[cfg(any(test, feature = "test-rng"))]
pub mod test_rng;
pub mod text;
