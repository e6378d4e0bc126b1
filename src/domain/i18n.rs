//! The message catalogue: all UI text in 日本語, やさしい日本語 and English.
//!
//! The texts live in `data/i18n/<section>.toml`; the build checks them (a
//! key missing in any language stops it, see `data/catalogue.rs`) and
//! generates one struct per section. A page reads its section once:
//!
//! ```ignore
//! let t = i18n::common(lang);
//! view! { <h1>{t.route_home}</h1> }
//! ```
//!
//! The functions below name the app's own enums (pages, …) in a language.

use super::lang::Lang;
use super::route::Route;

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// The name of a page, for the navigation and the document title.
pub fn route_label(route: Route, lang: Lang) -> &'static str {
    let t = common(lang);
    match route {
        Route::Home => t.route_home,
        Route::Window => t.route_window,
        Route::Spots => t.route_spots,
        Route::Sticker => t.route_sticker,
        Route::Leaflet => t.route_leaflet,
        Route::Register => t.route_register,
        Route::About => t.route_about,
        Route::Privacy => t.route_privacy,
        Route::Guide => t.route_guide,
        Route::NotFound => t.route_not_found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_page_names_match_the_static_first_screen() {
        // The build writes the first screen's navigation from Route::label;
        // the app must not rename a link when it takes over.
        for route in Route::ALL {
            assert_eq!(route_label(route, Lang::Ja), route.label());
        }
    }
}
