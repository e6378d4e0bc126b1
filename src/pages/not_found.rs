//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::domain::i18n::{self, route_label};
use crate::domain::route::Route;
use crate::state::{href, use_lang};

/// Not-found page: says so plainly and leads back to the consultation windows.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::common(lang);
    view! {
        <h1>{route_label(Route::NotFound, lang)}</h1>
        <p>{t.not_found_lead}</p>
        <p>
            <a href=href(Route::Home, "")>{t.not_found_back}</a>
        </p>
    }
}
