//! The footer: who runs the network and how to reach them, privacy, the
//! release, and putting the app on the home screen.

use leptos::prelude::*;

use crate::components::install_hint::InstallHint;
use crate::domain::data::{HEALTH_DIVISION_ID, RELEASE, window};
use crate::domain::route::Route;
use crate::state::href;

/// Site footer with the city's contact for the network (from the data file,
/// like every other number in the app).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <footer class="site-footer">
            <p>
                "つながるいのちサポートネットワークについてのお問い合わせ："
                <br />
                {office
                    .map(|(w, phone)| {
                        view! {
                            {format!("{} 電話 ", w.name)}
                            <a href=phone.tel>{phone.display}</a>
                        }
                    })}
            </p>
            <InstallHint />
            <p class="site-footer__meta">
                <a href=href(Route::Privacy, "")>{Route::Privacy.label()}</a>
                <span class="site-footer__release">{format!("版 {RELEASE}")}</span>
            </p>
        </footer>
    }
}
