//! The footer: who runs the network and how to reach them.

use leptos::prelude::*;

/// Site footer with the city's contact for the network.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "つながるいのちサポートネットワークについてのお問い合わせ："
                <br />
                "たつの市 健康課（はつらつセンター内） 電話 "
                <a href="tel:0791632112">"0791-63-2112"</a>
            </p>
        </footer>
    }
}
