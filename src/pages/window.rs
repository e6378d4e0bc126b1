//! One consultation window in detail.

use leptos::prelude::*;

/// Window page: contact methods, hours, cost and source of one window.
#[component]
pub fn WindowPage() -> impl IntoView {
    view! {
        <h1>"相談窓口の詳細"</h1>
    }
}
