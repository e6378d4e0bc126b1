//! The app shell: header and navigation, the routed page, the footer.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};

use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::update_notice::UpdateNotice;
use crate::domain::i18n::{self, route_label};
use crate::domain::lang::Lang;
use crate::domain::route::Route;
use crate::first_screen::{self, Kept, Part};
use crate::pages::{home::HomePage, not_found::NotFoundPage, window::WindowPage};
use crate::pwa::use_service_worker;
use crate::state::{provide_lang, provide_location, provide_now, use_lang};

/// Mounts the app once the static first screen (the crisis lines written
/// into `index.html` by the build) has been painted, so that screen is what
/// a person sees first, however slow the phone; the app then takes it over
/// (see [`first_screen`]).
pub fn mount_after_first_paint() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The first frame callback runs before that frame paints; the second
    // one runs after it.
    let second = Closure::once_into_js(mount);
    let first = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            _ = w.request_animation_frame(second.unchecked_ref());
        }
    });
    if window
        .request_animation_frame(first.unchecked_ref())
        .is_err()
    {
        mount();
    }
}

fn mount() {
    leptos::mount::mount_to_body(App);
    first_screen::release();
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let location = provide_location();
    let lang = provide_lang();
    provide_now();
    let service_worker = use_service_worker();
    let route = Memo::new(move |_| location.0.with(|l| l.route));
    // The static first screen (crisis lines readable before the app loaded)
    // is the home page in Japanese: kept there, replaced anywhere else.
    first_screen::take_over(
        lang.0.get_untracked() == Lang::Ja && location.0.with_untracked(|l| l.route) == Route::Home,
    );

    // The page title names the section, for tabs, history and screen readers.
    Effect::new(move |_| {
        let lang = lang.0.get();
        let t = i18n::common(lang);
        let title = match route.get() {
            Route::Home => t.title_home.to_owned(),
            other => format!("{}{}", route_label(other, lang), t.title_suffix),
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });

    // A new language renders everything again: pages read their texts once
    // (`use_lang`), and what people typed is kept in storage.
    move || {
        lang.0.track();
        let t = i18n::common(use_lang());
        let page = move || match route.get() {
            Route::Home => view! { <HomePage /> }.into_any(),
            Route::Window => view! { <WindowPage /> }.into_any(),
            Route::NotFound => view! { <NotFoundPage /> }.into_any(),
            section => full_build_page(section),
        };
        // The static first screen's <main> while it is kept, else a new one.
        let main = Kept::new(
            Part::Main,
            "<main id=\"main\" tabindex=\"-1\"></main>".to_owned(),
            page,
        );
        view! {
            <a class="skip-link" href="#main">{t.skip_to_main}</a>
            <SiteHeader current=route />
            {main}
            <SiteFooter />
            <UpdateNotice service_worker=service_worker />
        }
    }
}

/// A page of the full build (see [`crate::domain::route::Bundle`]).
#[cfg(feature = "full")]
fn full_build_page(route: Route) -> AnyView {
    use crate::pages::{
        about::AboutPage, guide::GuidePage, leaflet::LeafletPage, privacy::PrivacyPage,
        register::RegisterPage, spots::SpotsPage, staff::StaffPage, sticker::StickerPage,
    };
    match route {
        Route::Spots => view! { <SpotsPage /> }.into_any(),
        Route::Sticker => view! { <StickerPage /> }.into_any(),
        Route::Leaflet => view! { <LeafletPage /> }.into_any(),
        Route::Register => view! { <RegisterPage /> }.into_any(),
        Route::About => view! { <AboutPage /> }.into_any(),
        Route::Guide => view! { <GuidePage /> }.into_any(),
        Route::Privacy => view! { <PrivacyPage /> }.into_any(),
        Route::Staff => view! { <StaffPage /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    }
}

/// The light build does not hold this page: load it from its own folder,
/// which the full build serves (history navigation can land here).
#[cfg(not(feature = "full"))]
fn full_build_page(_route: Route) -> AnyView {
    if let Some(window) = web_sys::window() {
        _ = window.location().reload();
    }
    view! { <p class="loading" role="status">{i18n::common(use_lang()).loading}</p> }.into_any()
}
