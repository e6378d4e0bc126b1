//! The header with 「すぐに閉じる」, the network's name, the language switch
//! and the main navigation.

use leptos::prelude::*;

use crate::components::lang_switch::LangSwitch;
use crate::components::quick_exit::QuickExit;
use crate::domain::i18n::{self, route_label};
use crate::domain::route::Route;
use crate::state::{href, use_lang};

/// Site header: 「すぐに閉じる」 (first, so it is the first control after the
/// skip link; fixed on screen), the name つながるいのち, the language switch
/// and links to the five sections.
#[component]
pub fn SiteHeader(
    /// The page being shown, marked with `aria-current="page"`.
    #[prop(into)]
    current: Signal<Route>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::common(lang);
    view! {
        <header class="site-header">
            <QuickExit />
            <a class="site-title" href=href(Route::Home, "")>
                <span class="site-title__name">{t.site_name}</span>
                <span class="site-title__sub">{t.site_sub}</span>
            </a>
            <LangSwitch />
            <nav class="site-nav" aria-label=t.main_menu>
                <ul>
                    {Route::SECTIONS
                        .into_iter()
                        .map(|section| {
                            let is_current = move || {
                                let here = current.get();
                                here == section || (section == Route::Home && here == Route::Window)
                            };
                            view! {
                                <li>
                                    <a
                                        href=href(section, "")
                                        aria-current=move || is_current().then_some("page")
                                    >
                                        {route_label(section, lang)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
