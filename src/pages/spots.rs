//! 協力スポット: the directory of cooperating spots.

use leptos::prelude::*;

/// Spots page: where the network's stickers and leaflets are.
#[component]
pub fn SpotsPage() -> impl IntoView {
    view! {
        <h1>"協力スポット"</h1>
        <p class="lead">
            "協力スポットは、つながるいのちサポートネットワークの目的に賛同し、市に登録した事業所・店舗・団体・個人です。ステッカーが目印です。"
        </p>
    }
}
