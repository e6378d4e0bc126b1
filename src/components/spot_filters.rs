//! Narrowing the directory: a name search that forgives kana and width,
//! and the kind of spot.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n;
use crate::domain::spot::Kind;
use crate::state::use_lang;

/// The search field and the 種別 choice. Spot names are Japanese, so the
/// field takes Japanese text (`lang="ja"`) whatever the page's language.
#[component]
pub fn SpotFilters(
    /// The search text.
    #[prop(into)]
    query: Signal<String>,
    /// The chosen kind (none: every kind).
    #[prop(into)]
    kind: Signal<Option<Kind>>,
    /// Called with the text on every keystroke.
    #[prop(into)]
    on_query: Callback<String>,
    /// Called with the chosen kind.
    #[prop(into)]
    on_kind: Callback<Option<Kind>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::spots(lang);
    let typed = move |ev: leptos::ev::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            on_query.run(input.value());
        }
    };
    let chosen = move |ev: leptos::ev::Event| {
        if let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            on_kind.run(Kind::from_id(&select.value()));
        }
    };
    view! {
        <form class="spot-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="spot-filters__field">
                <label for="spot-search">{t.search_label}</label>
                <input
                    id="spot-search"
                    type="search"
                    enterkeyhint="search"
                    autocomplete="off"
                    lang="ja"
                    prop:value=move || query.get()
                    on:input=typed
                />
            </div>
            <div class="spot-filters__field">
                <label for="spot-kind">{t.kind_label}</label>
                <select id="spot-kind" on:change=chosen>
                    <option value="" selected=move || kind.get().is_none()>
                        {t.kind_all}
                    </option>
                    {Kind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.id() selected=move || kind.get() == Some(k)>
                                    {i18n::spot_kind_label(k, lang)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </form>
    }
}
