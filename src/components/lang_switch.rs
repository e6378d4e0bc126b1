//! The language switch: 日本語 / やさしい日本語 / English.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::state::CurrentLang;

/// Three buttons, each named in its own language, the current one pressed.
/// The choice is kept on this device; the app re-renders in it and focus
/// returns to the button that was pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let current = expect_context::<CurrentLang>();
    let now = current.0.get_untracked();
    view! {
        <div class="lang-switch" role="group" aria-label=i18n::common(now).language>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            lang=lang.tag()
                            data-lang=lang.id()
                            aria-pressed=if lang == now { "true" } else { "false" }
                            on:click=move |_| {
                                if lang != current.0.get_untracked() {
                                    current.choose(lang);
                                    refocus(lang);
                                }
                            }
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Focuses the new switch's button for `lang` once the app has re-rendered.
fn refocus(lang: Lang) {
    let selector = format!(".lang-switch [data-lang=\"{}\"]", lang.id());
    request_animation_frame(move || {
        if let Some(button) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            _ = button.focus();
        }
    });
}
