//! 「つながらなかった時は」: lines are often busy. When the person comes back
//! to the app within a few minutes of tapping a call button, offer the next
//! line that is open now for the same worry.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::domain::data::{WINDOWS, window};
use crate::domain::i18n;
use crate::domain::search::next_open_line;
use crate::state::{forget_call, recent_call, use_lang, use_now};

/// How long after tapping a call button the offer is shown.
const WITHIN_MINUTES: u64 = 10;

/// The calm offer of another open line, shown only after a recent call.
#[component]
pub fn NotConnected() -> impl IntoView {
    let now = use_now();
    let lang = use_lang();
    let t = i18n::home(lang);
    let tried = RwSignal::new(recent_call(WITHIN_MINUTES));
    // Coming back from the phone app makes the page visible again (the
    // event bubbles from the document to the window).
    let visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let document = leptos::prelude::document();
        if document.visibility_state() == web_sys::VisibilityState::Visible {
            tried.set(recent_call(WITHIN_MINUTES));
        }
    });
    let focus = window_event_listener(leptos::ev::focus, move |_| {
        tried.set(recent_call(WITHIN_MINUTES));
    });
    on_cleanup(move || {
        visible.remove();
        focus.remove();
    });

    move || {
        let tried_id = tried.get()?;
        let tried_window = window(&tried_id)?;
        let next = next_open_line(WINDOWS, &tried_id, now.0.get())?;
        let (_, phone) = next.main_phone()?;
        Some(view! {
            <aside class="not-connected" aria-labelledby="not-connected-title">
                <h2 id="not-connected-title">{t.not_connected_title}</h2>
                <p>
                    {t.not_connected_text(tried_window.name_in(lang), next.name_in(lang))}
                </p>
                <CallButton window=next phone=phone />
                <button
                    type="button"
                    class="text-button"
                    on:click=move |_| {
                        forget_call();
                        tried.set(None);
                    }
                >
                    {t.close}
                </button>
            </aside>
        })
    }
}
