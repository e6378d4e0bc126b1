//! The footer: who runs the network and how to reach them.

use leptos::prelude::*;

use crate::domain::data::{HEALTH_DIVISION_ID, window};

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
        </footer>
    }
}
