//! The bundled consultation windows, converted from `data/windows.toml` at
//! build time (checked there; see `data/build.rs`), and their search index.

use std::sync::LazyLock;

use super::calendar::Date;
use super::category::{Audience, Category};
use super::model::{Area, Confidence, Contact, Method, Ordinary, Phone, Source, Window};
use super::phone::Cost;
#[allow(unused_imports)]
use super::schedule::{DayRule, DaySet, Hours, Period, Special};
use super::search::SearchIndex;

include!(concat!(env!("OUT_DIR"), "/windows.rs"));

/// The release shown in the footer: `TSUNAGARU_RELEASE` at build time, or
/// the crate's version.
pub const RELEASE: &str = match option_env!("TSUNAGARU_RELEASE") {
    Some(release) => release,
    None => env!("CARGO_PKG_VERSION"),
};

/// The id of たつの市 健康課, the network's own office.
pub const HEALTH_DIVISION_ID: &str = "tatsuno-kenko";

/// The id of the line shown when a search finds nothing: it takes any worry.
pub const ANY_WORRY_ID: &str = "yorisoi";

/// The search index over [`WINDOWS`], built on first use.
pub static INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::new(WINDOWS));

/// The window with `id`.
pub fn window(id: &str) -> Option<&'static Window> {
    WINDOWS.iter().find(|w| w.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_windows_exist() {
        assert!(window(HEALTH_DIVISION_ID).is_some());
        assert!(window(ANY_WORRY_ID).is_some());
    }
}
