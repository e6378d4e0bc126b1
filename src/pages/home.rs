//! 相談窓口: the page a sticker's QR code opens (with `?s=<spot id>`, it
//! first says which cooperating spot the person is at). Crisis lines first, then
//! finding the window that fits a worry by category or by typing. The
//! category (`c`) and filters (`a`, `m`) live in the URL, so a link or a
//! reload shows the same results. What the person types never does: it is
//! kept for this tab only (`state::typed_text`), out of the history.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::crisis_lines::CrisisLines;
use crate::components::not_connected::NotConnected;
use crate::components::spot_greeting::SpotGreeting;
use crate::components::window_card::WindowCard;
use crate::domain::category::{Audience, Category};
use crate::domain::data::{ANY_WORRY_ID, INDEX, WINDOWS};
use crate::domain::i18n::{self, route_label};
use crate::domain::model::{Method, Window};
use crate::domain::route::Route;
use crate::domain::search::{Filters, fallback_lines, windows_for_category};
use crate::state::{
    keep_typed_text, keys, query_value, typed_text, use_lang, use_location, use_now,
    with_query_value,
};

/// URL parameters of the home page.
pub mod params {
    /// Worry category id.
    pub const CATEGORY: &str = "c";
    /// The search, in links of earlier versions: taken out of the address
    /// on arrival, unused.
    pub const QUERY: &str = "q";
    /// Audience filter id.
    pub const AUDIENCE: &str = "a";
    /// Contact-method filter id.
    pub const METHOD: &str = "m";
}

/// Home page: whom to call now, and the consultation windows by worry.
#[component]
pub fn HomePage() -> impl IntoView {
    let location = use_location();
    let query = RwSignal::new(typed_text(keys::SEARCH));
    // A search in an old link leaves the address at once, unused.
    let current = location.0.with_untracked(|l| l.query.clone());
    if query_value(&current, params::QUERY).is_some() {
        location.replace_query(&with_query_value(&current, params::QUERY, ""));
    }
    let category = Memo::new(move |_| {
        location
            .query_value(params::CATEGORY)
            .and_then(|c| Category::from_id(&c))
    });

    let lang = use_lang();
    let t = i18n::home(lang);
    view! {
        <h1 class="page-title">{route_label(Route::Home, lang)}</h1>
        <NotConnected />
        <CrisisLines />
        // A sticker's ?s=<id> greets after the crisis lines: they come
        // first, and nothing pushes them down when the app starts.
        <SpotGreeting />
        <section class="finder" aria-labelledby="finder-title">
            <h2 id="finder-title">{t.finder_title}</h2>
            <SearchBox query=query />
            {move || {
                if !query.get().trim().is_empty() {
                    view! { <SearchResults query=query /> }.into_any()
                } else if let Some(category) = category.get() {
                    view! { <CategoryResults category=category /> }.into_any()
                } else {
                    view! { <CategoryGrid /> }.into_any()
                }
            }}
        </section>
    }
}

/// The search field; what is typed stays in this tab (see the module).
#[component]
fn SearchBox(
    /// The current search text.
    query: RwSignal<String>,
) -> impl IntoView {
    let t = i18n::home(use_lang());
    let on_input = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let text = input.value();
        keep_typed_text(keys::SEARCH, &text);
        query.set(text);
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-input">{t.search_label}</label>
            <input
                id="search-input"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=on_input
            />
        </form>
    }
}

/// The grid of worry categories.
#[component]
fn CategoryGrid() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::home(lang);
    view! {
        <ul class="category-grid" aria-label=t.categories>
            {Category::ALL
                .into_iter()
                .map(|c| {
                    view! {
                        <li>
                            <a class="category-grid__item" href=format!("./?c={}", c.id())>
                                {i18n::category_label(c, lang)}
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// The windows of one category, with audience and method filters.
#[component]
fn CategoryResults(
    /// The chosen category.
    category: Category,
) -> impl IntoView {
    let location = use_location();
    let now = use_now();
    let lang = use_lang();
    let t = i18n::home(lang);
    let filters = Memo::new(move |_| Filters {
        audience: location
            .query_value(params::AUDIENCE)
            .and_then(|a| Audience::from_id(&a)),
        method: location
            .query_value(params::METHOD)
            .and_then(|m| Method::from_id(&m)),
    });
    let set_filter = move |name: &'static str| {
        move |ev: leptos::ev::Event| {
            let Some(select) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            let current = location.0.with_untracked(|l| l.query.clone());
            location.replace_query(&with_query_value(&current, name, &select.value()));
        }
    };
    let list =
        Memo::new(move |_| windows_for_category(WINDOWS, category, filters.get(), now.0.get()));
    view! {
        <div class="category-results">
            <p class="back-link">
                <a href="./">{t.back_to_categories}</a>
            </p>
            <h3 class="category-results__title">{i18n::category_label(category, lang)}</h3>
            <div class="filters">
                <label>
                    {t.audience}
                    <select on:change=set_filter(params::AUDIENCE)>
                        <option value="" selected=move || filters.get().audience.is_none()>
                            {t.all}
                        </option>
                        {Audience::ALL
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <option
                                        value=a.id()
                                        selected=move || filters.get().audience == Some(a)
                                    >
                                        {i18n::audience_label(a, lang)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {t.method}
                    <select on:change=set_filter(params::METHOD)>
                        <option value="" selected=move || filters.get().method.is_none()>
                            {t.all}
                        </option>
                        {[Method::Phone, Method::Chat, Method::Mail, Method::Visit]
                            .into_iter()
                            .map(|m| {
                                view! {
                                    <option
                                        value=m.id()
                                        selected=move || filters.get().method == Some(m)
                                    >
                                        {i18n::method_label(m, lang)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="result-count" role="status">
                {move || t.count(&list.get().len().to_string())}
            </p>
            <WindowList windows=Signal::derive(move || list.get()) />
        </div>
    }
}

/// Free-text results; an empty result still offers the crisis lines.
#[component]
fn SearchResults(
    /// The search text.
    query: RwSignal<String>,
) -> impl IntoView {
    let now = use_now();
    let hits = Memo::new(move |_| {
        INDEX
            .search(&query.get())
            .into_iter()
            .map(|h| &WINDOWS[h.index])
            // A seasonal line (#9999) is offered only during its periods.
            .filter(|w| w.in_season(now.0.get()))
            .collect::<Vec<_>>()
    });
    let fallback = Signal::derive(|| fallback_lines(WINDOWS, ANY_WORRY_ID));
    let t = i18n::home(use_lang());
    view! {
        <p class="result-count" role="status">
            {move || {
                let n = hits.get().len();
                if n == 0 {
                    t.search_none(&query.get())
                } else {
                    t.search_count(&query.get(), &n.to_string())
                }
            }}
        </p>
        {move || {
            if hits.get().is_empty() {
                view! {
                    <p>{t.search_fallback}</p>
                    <WindowList windows=fallback />
                }
                    .into_any()
            } else {
                view! { <WindowList windows=Signal::derive(move || hits.get()) /> }.into_any()
            }
        }}
    }
}

/// A list of window cards.
#[component]
fn WindowList(
    /// The windows, in display order.
    #[prop(into)]
    windows: Signal<Vec<&'static Window>>,
) -> impl IntoView {
    view! {
        <ul class="window-list">
            {move || {
                windows.get().into_iter().map(|w| view! { <WindowCard window=w /> }).collect_view()
            }}
        </ul>
    }
}
