//! Browser-side state shared across pages: where we are (route and query).
//!
//! The app routes itself instead of pulling in a router crate: it needs only
//! a handful of static pages under a sub-path that is known only at run time
//! (read from `<base href>`), and every byte counts on a weak phone. The
//! pure part (which path is which page) lives in [`crate::domain::route`].

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::calendar::JstTime;
use crate::domain::lang::{self, Lang};
use crate::domain::route::{Bundle, Route, base_path_of, relative_to_base};
#[cfg(feature = "full")]
use crate::domain::storage;

/// Where the app is: the page and the query string (without `?`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The routed page.
    pub route: Route,
    /// The raw query string, for example `c=money&a=young`.
    pub query: String,
}

/// Context newtype holding the current [`Location`].
#[derive(Clone, Copy)]
pub struct CurrentLocation(pub RwSignal<Location>);

/// The path of the app's base URL, for example `/tsunagaru/`.
pub fn base_path() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .map_or_else(|| "/".to_owned(), |uri| base_path_of(&uri))
}

/// Reads the browser's address into a [`Location`].
pub fn read_location() -> Location {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Location {
            route: Route::Home,
            query: String::new(),
        };
    };
    let pathname = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let route = relative_to_base(&pathname, &base_path())
        .map_or(Route::NotFound, Route::from_relative_path);
    Location {
        route,
        query: search.trim_start_matches('?').to_owned(),
    }
}

/// The href of a page, relative to `<base href>`: valid from every page.
pub fn href(route: Route, query: &str) -> String {
    let path = match route.slug() {
        "" => "./",
        slug => slug,
    };
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// Provides [`CurrentLocation`] and keeps it in step with the address bar:
/// back/forward buttons, and clicks on links that stay inside the app.
pub fn provide_location() -> CurrentLocation {
    let current = CurrentLocation(RwSignal::new(read_location()));
    provide_context(current);

    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        current.0.set(read_location());
    });
    let click = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(href) = internal_link_target(&ev) {
            ev.prevent_default();
            current.navigate(&href);
        }
    });
    // The app lives as long as the page; the listeners must too.
    std::mem::forget(popstate);
    std::mem::forget(click);
    current
}

/// Whether this build holds `route` (see [`crate::domain::route::Bundle`]).
pub const fn in_this_build(route: Route) -> bool {
    cfg!(feature = "full") || matches!(route.bundle(), Bundle::Light)
}

/// Reads the current location from context.
pub fn use_location() -> CurrentLocation {
    expect_context::<CurrentLocation>()
}

impl CurrentLocation {
    /// Goes to `href` (absolute, or relative to the base) without reloading.
    pub fn navigate(self, href: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let pushed = window.history().is_ok_and(|h| {
            h.push_state_with_url(&JsValue::NULL, "", Some(href))
                .is_ok()
        });
        if !pushed {
            // Not a same-origin URL: let the browser handle it.
            _ = window.location().set_href(href);
            return;
        }
        self.0.set(read_location());
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Replaces the query string of the current page (for a filter, where a
    /// choice must not become a history entry). Never for typed text: that
    /// stays out of URLs (see [`typed_text`]).
    pub fn replace_query(self, query: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let pathname = window.location().pathname().unwrap_or_default();
        let url = if query.is_empty() {
            pathname
        } else {
            format!("{pathname}?{query}")
        };
        if let Ok(history) = window.history() {
            _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        self.0.set(read_location());
    }

    /// The value of query parameter `name` on the current page, tracked.
    pub fn query_value(self, name: &str) -> Option<String> {
        query_value(&self.0.with(|l| l.query.clone()), name)
    }
}

/// The target of a plain left click on a link to another page of the app,
/// or `None` when the browser should handle the click itself.
fn internal_link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let element = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = element
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let raw = anchor.get_attribute("href").unwrap_or_default();
    if raw.starts_with('#') {
        // In-page links (the skip link): with <base href> they would
        // resolve to the home page, so move focus instead.
        let id = raw.trim_start_matches('#');
        if let Some(target) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            ev.prevent_default();
            _ = target.focus();
        }
        return None;
    }
    let window = web_sys::window()?;
    let location = window.location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    let pathname = anchor.pathname();
    let rel = relative_to_base(&pathname, &base_path())?;
    let route = Route::from_relative_path(rel);
    if route == Route::NotFound || !in_this_build(route) {
        // Pages of the other build load as a normal navigation.
        return None;
    }
    Some(anchor.href())
}

/// The value of query parameter `name` in a raw query string.
pub fn query_value(query: &str, name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(query)
        .ok()?
        .get(name)
}

/// A query string with `name` set to `value` (or removed when empty),
/// keeping the other parameters.
pub fn with_query_value(query: &str, name: &str, value: &str) -> String {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return String::new();
    };
    if value.is_empty() {
        params.delete(name);
    } else {
        params.set(name, value);
    }
    params.to_string().into()
}

/// Context newtype: the language the app speaks. A change re-renders the
/// whole app (see `App`), so pages read it once with [`use_lang`].
#[derive(Clone, Copy)]
pub struct CurrentLang(pub RwSignal<Lang>);

/// Provides [`CurrentLang`]: the language kept on this device, else one
/// that suits the browser (see [`lang::initial`]).
pub fn provide_lang() -> CurrentLang {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(keys::LANGUAGE).ok().flatten());
    let languages: Vec<String> = window
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    let current = CurrentLang(RwSignal::new(lang::initial(stored.as_deref(), &languages)));
    mark_document_lang(current.0.get_untracked());
    provide_context(current);
    current
}

impl CurrentLang {
    /// Switches to `lang` and keeps the choice on this device.
    pub fn choose(self, lang: Lang) {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            _ = storage.set_item(keys::LANGUAGE, lang.id());
        }
        mark_document_lang(lang);
        self.0.set(lang);
    }
}

/// Sets `<html lang>` so screen readers and fonts follow the language.
fn mark_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        _ = root.set_attribute("lang", lang.tag());
    }
}

/// The language to render in. Untracked: the app re-renders as a whole when
/// it changes.
pub fn use_lang() -> Lang {
    use_context::<CurrentLang>().map_or_else(Lang::default, |l| l.0.get_untracked())
}

/// Context newtype: the current time in Japan, refreshed every 30 seconds so
/// open/closed states change while the page is open.
#[derive(Clone, Copy)]
pub struct Now(pub RwSignal<JstTime>);

/// Japan time from the browser's clock.
pub fn jst_now() -> JstTime {
    JstTime::from_unix_ms(js_sys::Date::now())
}

/// Provides [`Now`] and keeps it ticking.
pub fn provide_now() -> Now {
    let now = Now(RwSignal::new(jst_now()));
    provide_context(now);
    let ticker = gloo::timers::callback::Interval::new(30_000, move || now.0.set(jst_now()));
    // The clock runs as long as the page.
    ticker.forget();
    now
}

/// Reads the current Japan time from context.
pub fn use_now() -> Now {
    expect_context::<Now>()
}

/// Keys of everything the app keeps in the browser's storage; declared with
/// their purpose in [`crate::domain::storage`] (the privacy page lists them).
pub mod keys {
    use crate::domain::storage;

    /// sessionStorage: the last call button tapped.
    pub const LAST_CALL: &str = storage::LAST_CALL.key;
    /// localStorage: the printer correction for stickers.
    pub const STICKER_PRINT_CORRECTION: &str = storage::STICKER_PRINT_CORRECTION.key;
    /// localStorage: the choices of the leaflet page.
    pub const LEAFLET_CHOICES: &str = storage::LEAFLET_CHOICES.key;
    /// localStorage: the registration form's draft.
    pub const REGISTER_DRAFT: &str = storage::REGISTER_DRAFT.key;
    /// localStorage: the language chosen with the switch.
    pub const LANGUAGE: &str = storage::LANGUAGE.key;
    /// sessionStorage: the search typed on the home page.
    pub const SEARCH: &str = storage::SEARCH.key;
    /// sessionStorage: the name typed in the spots search.
    #[cfg(feature = "full")]
    pub const SPOTS_SEARCH: &str = storage::SPOTS_SEARCH.key;
}

/// This tab's sessionStorage.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Text typed in this tab (a search), kept for a reload of the tab but never
/// in the URL or the history; empty when there is none.
pub fn typed_text(key: &str) -> String {
    session()
        .and_then(|s| s.get_item(key).ok().flatten())
        .unwrap_or_default()
}

/// Keeps `value` as [`typed_text`] under `key` (removes it when empty).
pub fn keep_typed_text(key: &str, value: &str) {
    if let Some(storage) = session() {
        _ = if value.is_empty() {
            storage.remove_item(key)
        } else {
            storage.set_item(key, value)
        };
    }
}

/// Removes every key of the app from `storage`; whether all of them went.
#[cfg(feature = "full")]
fn remove_app_keys(storage: &web_sys::Storage) -> bool {
    let len = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(storage::PREFIX))
        .collect();
    let mut ok = true;
    for key in keys {
        ok &= storage.remove_item(&key).is_ok();
    }
    ok
}

/// Forgets what this tab kept (searches typed, the last call): the traces
/// of this visit, all of this tab's sessionStorage. What is saved on purpose
/// in localStorage (the registration draft, the language, the sticker
/// correction) stays.
pub fn forget_this_visit() {
    if let Some(storage) = session() {
        _ = storage.clear();
    }
}

/// Erases everything the app stored on this device (both stores, every key
/// with the app's prefix, declared or not). Returns whether it all went.
#[cfg(feature = "full")]
pub fn erase_stored_data() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut ok = true;
    for storage in [window.local_storage(), window.session_storage()] {
        if let Ok(Some(storage)) = storage {
            ok &= remove_app_keys(&storage);
        }
    }
    ok
}

/// The stored items that are present on this device now.
#[cfg(feature = "full")]
pub fn stored_items_present() -> Vec<storage::StoredItem> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    storage::ALL
        .iter()
        .copied()
        .filter(|item| {
            let store = match item.area {
                storage::Area::Local => window.local_storage(),
                storage::Area::Session => window.session_storage(),
            };
            matches!(store, Ok(Some(s)) if s.get_item(item.key).ok().flatten().is_some())
        })
        .collect()
}

/// Remembers that a call button of window `id` was tapped just now.
pub fn remember_call(id: &str) {
    if let Some(storage) = session() {
        // Whole milliseconds: integer formatting keeps float code out of
        // the first-visit build.
        let now = js_sys::Date::now() as u64;
        _ = storage.set_item(keys::LAST_CALL, &format!("{id}|{now}"));
    }
}

/// The window id of a call tapped within the last `minutes` minutes.
pub fn recent_call(minutes: u64) -> Option<String> {
    let value = session()?.get_item(keys::LAST_CALL).ok()??;
    let (id, at) = value.split_once('|')?;
    let at: u64 = at.parse().ok()?;
    let age = (js_sys::Date::now() as u64).checked_sub(at)?;
    (age < minutes * 60_000).then(|| id.to_owned())
}

/// Forgets the last call (the person dismissed the offer).
pub fn forget_call() {
    if let Some(storage) = session() {
        _ = storage.remove_item(keys::LAST_CALL);
    }
}
