//! The footer: who runs the network and how to reach them, privacy, the
//! page for the city's staff, the release, and putting the app on the home
//! screen.

use leptos::prelude::*;

use crate::components::install_hint::InstallHint;
use crate::components::window_card::WindowName;
use crate::domain::data::{HEALTH_DIVISION_ID, RELEASE, window};
use crate::domain::i18n::{self, route_label};
use crate::domain::route::Route;
use crate::state::{href, use_lang};

/// Site footer with the city's contact for the network (from the data file,
/// like every other number in the app).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::common(lang);
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <footer class="site-footer">
            <p>
                {t.footer_contact}
                <br />
                {office
                    .map(|(w, phone)| {
                        view! {
                            <WindowName window=w />
                            {format!(" {} ", t.footer_phone)}
                            <a href=phone.tel>{phone.display}</a>
                        }
                    })}
            </p>
            <InstallHint />
            <p class="site-footer__meta">
                <a href=href(Route::Privacy, "")>{route_label(Route::Privacy, lang)}</a>
                <a href=href(Route::Staff, "")>{route_label(Route::Staff, lang)}</a>
                <span class="site-footer__release">{t.release(RELEASE)}</span>
            </p>
        </footer>
    }
}
