//! What the spots page says while the app holds no spot: what a spot is,
//! where the city's own list is, how to become one, and where to call now.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::i18n;
use crate::domain::registration::CITY_NETWORK_PAGE;
use crate::domain::route::Route;
use crate::state::{href, use_lang};

/// The empty directory, made useful.
#[component]
pub fn SpotsEmpty() -> impl IntoView {
    let t = i18n::spots(use_lang());
    view! {
        <section class="spots-empty" aria-labelledby="spots-empty-title">
            <h2 id="spots-empty-title">{t.empty_title}</h2>
            <p>
                {t.empty_sticker}
            </p>
            <p>
                {t.empty_city_list}
                <br />
                <a href=CITY_NETWORK_PAGE hreflang="ja" target="_blank" rel="noopener noreferrer">
                    {t.empty_city_link}
                </a>
            </p>
            <h3>{t.join_title}</h3>
            <p>
                {t.empty_join_text}
            </p>
            <p>
                <a class="text-button" href=href(Route::Register, "")>
                    {t.join_link}
                </a>
            </p>
            <h3>{t.empty_help_title}</h3>
            <p>
                <a class="text-button" href=href(Route::Home, "")>
                    {t.empty_help_link}
                </a>
            </p>
        </section>
    }
}
