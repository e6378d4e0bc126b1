//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::href;

/// Not-found page: says so plainly and leads back to the consultation windows.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"ページが見つかりません"</h1>
        <p>"アドレスが変わったか、まちがっているようです。"</p>
        <p>
            <a href=href(Route::Home, "")>"相談窓口のページへ"</a>
        </p>
    }
}
