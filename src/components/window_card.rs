//! A consultation window in a list: name, what it helps with, whether it is
//! open now, and the call button. Also [`WindowName`], a window's name as
//! every page shows it.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::model::{Method, Window};
use crate::state::{use_lang, use_now};

/// A window's name in the current language. In English the Japanese name
/// follows in brackets, marked `lang="ja"`: people may need to say it on
/// the phone.
#[component]
pub fn WindowName(
    /// The window to name.
    window: &'static Window,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        {window.name_in(lang)}
        {(lang == Lang::En)
            .then(|| {
                view! {
                    " ("
                    <span lang="ja">{window.name}</span>
                    ")"
                }
            })}
    }
}

/// One window in a result list.
#[component]
pub fn WindowCard(
    /// The window to show.
    window: &'static Window,
) -> impl IntoView {
    let now = use_now();
    let lang = use_lang();
    let phone = window.main_phone();
    let methods = Method::ALL.into_iter().filter(|m| window.offers(*m));
    view! {
        <li class="window-card">
            <h3 class="window-card__name">
                <a href=format!("window/?id={}", window.id)>
                    <WindowName window=window />
                </a>
            </h3>
            <p class="window-card__helps">{window.helps_in(lang)}</p>
            <p class="window-card__meta">
                <span class="tag">{i18n::area_label(window.area, lang)}</span>
                {methods
                    .map(|m| view! { <span class="tag">{i18n::method_label(m, lang)}</span> })
                    .collect_view()}
            </p>
            {phone
                .map(|(contact, number)| {
                    view! {
                        <div class="window-card__call">
                            <p class="line-card__status">
                                {move || i18n::line_status(contact, now.0.get(), lang)}
                            </p>
                            <CallButton window=window phone=number />
                        </div>
                    }
                })}
        </li>
    }
}
