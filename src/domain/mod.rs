//! The pure core of the app: everything that can be computed without a
//! browser. Nothing in this module may depend on `leptos`, `web_sys`,
//! `wasm_bindgen`, `js_sys` or `gloo` (enforced by `tests/purity.rs`).

pub mod calendar;
pub mod category;
pub mod cp932;
pub mod csv;
pub mod data;
pub mod dial;
pub mod geo;
pub mod holiday;
pub mod hours_text;
pub mod i18n;
pub mod lang;
#[cfg(feature = "full")]
pub mod leaflet;
pub mod model;
pub mod phone;
pub mod public_url;
pub mod registration;
pub mod route;
pub mod schedule;
pub mod search;
pub mod source;
pub mod spot;
pub mod spot_data;
pub mod spot_source;
pub mod spreadsheet;
#[cfg(feature = "full")]
pub mod staff;
pub mod sticker;
pub mod storage;
#[cfg(test)]
pub(crate) mod test_rng;
pub mod text;
