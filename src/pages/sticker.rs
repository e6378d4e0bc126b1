//! ステッカー: the sticker studio.

use leptos::prelude::*;

/// Sticker page: design, check and print a 協力スポットステッカー.
#[component]
pub fn StickerPage() -> impl IntoView {
    view! {
        <h1>"ステッカー"</h1>
        <p class="lead">"協力スポットのステッカーを、この画面で作って印刷できます。"</p>
    }
}
