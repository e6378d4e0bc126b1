//! The header with the network's name and the main navigation.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::href;

/// Site header: the name つながるいのち and links to the five sections.
#[component]
pub fn SiteHeader(
    /// The page being shown, marked with `aria-current="page"`.
    #[prop(into)]
    current: Signal<Route>,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-title" href=href(Route::Home, "")>
                <span class="site-title__name">"つながるいのち"</span>
                <span class="site-title__sub">"たつの市 サポートネットワーク"</span>
            </a>
            <nav class="site-nav" aria-label="メインメニュー">
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
                                        {section.label()}
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
