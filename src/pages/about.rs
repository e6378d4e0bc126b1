//! このネットワークについて.

use leptos::prelude::*;

/// About page: what the network is and how it works.
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <h1>"このネットワークについて"</h1>
        <p class="lead">
            "つながるいのちサポートネットワークは、悩みを抱える人に地域で気づき、相談先につなぐための、たつの市のネットワークです（令和元年3月から）。"
        </p>
    }
}
