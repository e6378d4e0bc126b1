//! 相談窓口: the page a sticker's QR code opens.

use leptos::prelude::*;

/// Home page: whom to call now, and the consultation windows by worry.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>"相談窓口"</h1>
        <p class="lead">"ひとりで抱えこまずに、話してみませんか。あなたの悩みに合う相談先があります。"</p>
    }
}
