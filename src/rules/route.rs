//! The app's URLs: one enum for every routed page, and the pure mapping
//! between a path (relative to wherever the app is deployed) and a page.
//!
//! Every page is a folder with its own `index.html` in the build output
//! (`spots/index.html`, …), so a plain static server with no rewrite rules
//! answers a direct visit or a reload of any section. The list of folders the
//! build writes is checked against [`Route::ALL`] by `tests/routes.rs`.

/// Where 「すぐに閉じる」 goes: a neutral page (a weather forecast) that
/// anyone might be reading. The only address outside the app it ever
/// opens, and only when the person asks to leave.
pub const QUICK_EXIT_URL: &str = "https://weather.yahoo.co.jp/weather/";

/// Which of the two release builds serves a page.
///
/// A resident who scans a sticker needs only the consultation windows, so
/// that is all the first visit downloads: the light build. The sections for
/// spots (directory, sticker studio, registration, about) come from the full
/// build, which holds every page; the build writes each section's folder with
/// the build that serves it (`.ci/post-build.mjs`, checked by `tests/routes.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// Home and the window pages: the first visit.
    Light,
    /// Every page.
    Full,
}

impl Bundle {
    /// The name used by the build scripts.
    pub const fn name(self) -> &'static str {
        match self {
            Bundle::Light => "light",
            Bundle::Full => "full",
        }
    }
}

/// A routed page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// 相談窓口: crisis lines, worry categories and search (the QR target).
    Home,
    /// One consultation window, chosen by the `id` query parameter.
    Window,
    /// 協力スポット: the directory of cooperating spots.
    Spots,
    /// ステッカー: the sticker studio.
    Sticker,
    /// 相談先チラシ: the leaflet, pocket cards and poster a spot prints.
    Leaflet,
    /// 登録: the registration form (様式1).
    Register,
    /// このネットワークについて.
    About,
    /// プライバシー: what the app keeps on the device, and erasing it.
    Privacy,
    /// 協力スポットの方へ: a printable guide for spot staff.
    Guide,
    /// 市の担当者の方へ: the city's staff check the directory, add a
    /// registration, print stickers and the public list.
    Staff,
    /// A path that is none of the above.
    NotFound,
}

impl Route {
    /// Every page that has a URL, in navigation order.
    pub const ALL: [Route; 10] = [
        Route::Home,
        Route::Window,
        Route::Spots,
        Route::Sticker,
        Route::Leaflet,
        Route::Register,
        Route::About,
        Route::Privacy,
        Route::Guide,
        Route::Staff,
    ];

    /// The five sections shown in the main navigation.
    pub const SECTIONS: [Route; 5] = [
        Route::Home,
        Route::Spots,
        Route::Sticker,
        Route::Register,
        Route::About,
    ];

    /// The path of this page relative to the app's base URL: `""` for the
    /// home page, otherwise a folder name with a trailing slash.
    pub const fn slug(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "",
            Route::Window => "window/",
            Route::Spots => "spots/",
            Route::Sticker => "sticker/",
            Route::Leaflet => "leaflet/",
            Route::Register => "register/",
            Route::About => "about/",
            Route::Privacy => "privacy/",
            Route::Guide => "guide/",
            Route::Staff => "staff/",
        }
    }

    /// The build that serves this page.
    pub const fn bundle(self) -> Bundle {
        match self {
            Route::Home | Route::Window | Route::NotFound => Bundle::Light,
            Route::Spots
            | Route::Sticker
            | Route::Leaflet
            | Route::Register
            | Route::About
            | Route::Guide
            | Route::Privacy
            | Route::Staff => Bundle::Full,
        }
    }

    /// Finds the page for a path relative to the base URL. Leading slashes,
    /// a missing trailing slash and a trailing `index.html` are all accepted,
    /// because people type, shorten and bookmark URLs in all of those ways.
    pub fn from_relative_path(path: &str) -> Route {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let folder = path.trim_end_matches('/');
        if folder.is_empty() {
            return Route::Home;
        }
        Route::ALL
            .into_iter()
            .find(|route| route.slug().trim_end_matches('/') == folder)
            .unwrap_or(Route::NotFound)
    }
}

/// Splits a full pathname into the part below `base_path`, the path of the
/// app's base URL (for example `/tsunagaru/`). Returns `None` when the
/// pathname is outside the app.
pub fn relative_to_base<'a>(pathname: &'a str, base_path: &str) -> Option<&'a str> {
    let base = base_path.trim_end_matches('/');
    let rest = pathname.strip_prefix(base)?;
    if rest.is_empty() || rest.starts_with('/') {
        Some(rest.trim_start_matches('/'))
    } else {
        None
    }
}

/// The base path of a document whose `<base href>` resolved to `base_uri`
/// (an absolute URL). Returns the path with a trailing slash.
pub fn base_path_of(base_uri: &str) -> String {
    let after_scheme = base_uri
        .split_once("://")
        .map_or(base_uri, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // A base of `…/index.html` means its folder.
    let folder = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    folder.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips_through_its_slug() {
        for route in Route::ALL {
            assert_eq!(Route::from_relative_path(route.slug()), route, "{route:?}");
        }
    }

    #[test]
    fn accepts_the_ways_people_write_a_section_url() {
        for path in ["spots", "spots/", "/spots/", "spots/index.html"] {
            assert_eq!(Route::from_relative_path(path), Route::Spots, "{path}");
        }
        for path in ["", "/", "index.html"] {
            assert_eq!(Route::from_relative_path(path), Route::Home, "{path}");
        }
        assert_eq!(Route::from_relative_path("nothing-here/"), Route::NotFound);
        assert_eq!(Route::from_relative_path("spots/extra/"), Route::NotFound);
    }

    #[test]
    fn slugs_are_unique_folders() {
        let mut seen = std::collections::HashSet::new();
        for route in Route::ALL {
            assert!(seen.insert(route.slug()), "duplicate slug {}", route.slug());
            assert!(route.slug().is_empty() || route.slug().ends_with('/'));
        }
    }

    #[test]
    fn sections_are_routes() {
        for section in Route::SECTIONS {
            assert!(Route::ALL.contains(&section));
        }
    }

    #[test]
    fn strips_the_deployment_sub_path() {
        assert_eq!(
            relative_to_base("/tsunagaru/spots/", "/tsunagaru/"),
            Some("spots/")
        );
        assert_eq!(relative_to_base("/tsunagaru/", "/tsunagaru/"), Some(""));
        assert_eq!(relative_to_base("/tsunagaru", "/tsunagaru/"), Some(""));
        assert_eq!(relative_to_base("/spots/", "/"), Some("spots/"));
        assert_eq!(relative_to_base("/tsunagaru-old/", "/tsunagaru/"), None);
        assert_eq!(relative_to_base("/other/", "/tsunagaru/"), None);
    }

    #[test]
    fn finds_the_base_path_of_a_base_uri() {
        assert_eq!(
            base_path_of("http://127.0.0.1:8080/tsunagaru/"),
            "/tsunagaru/"
        );
        assert_eq!(
            base_path_of("https://example.jp/a/b/index.html?x=1"),
            "/a/b/"
        );
        assert_eq!(base_path_of("https://example.jp"), "/");
    }
}
