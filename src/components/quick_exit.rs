//! すぐに閉じる: leave the app at once for a neutral page, for a person who
//! must not be seen reading it (the GOV.UK "Exit this page" pattern).

use leptos::prelude::*;

use crate::domain::i18n;
use crate::domain::route::QUICK_EXIT_URL;
use crate::state::{forget_this_visit, use_lang};

/// Presses of Escape within this many milliseconds count as one gesture.
const ESCAPE_WINDOW_MS: f64 = 2_000.0;

/// Forgets what this visit kept (the searches typed, the last call), blanks
/// the page, then replaces it (in place, so Back does not return to it) with
/// a neutral page. Back to an earlier page of the app finds nothing typed:
/// typed text is never in a URL.
pub fn quick_exit() {
    forget_this_visit();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(document) = window.document() {
        document.set_title("");
        if let Some(body) = document.body() {
            body.set_inner_html("");
        }
    }
    _ = window.location().replace(QUICK_EXIT_URL);
}

/// The always-visible 「すぐに閉じる」 button, and the Escape key pressed
/// three times in a row, anywhere in the app.
#[component]
pub fn QuickExit() -> impl IntoView {
    let presses = StoredValue::new(Vec::<f64>::new());
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.repeat() {
            return;
        }
        let now = js_sys::Date::now();
        let count = presses.try_update_value(|p| {
            p.retain(|t| now - t < ESCAPE_WINDOW_MS);
            p.push(now);
            p.len()
        });
        if count.unwrap_or(0) >= 3 {
            quick_exit();
        }
    });
    on_cleanup(move || keys.remove());
    let t = i18n::common(use_lang());
    view! {
        <button
            type="button"
            class="quick-exit"
            aria-describedby="quick-exit-note"
            on:click=move |_| quick_exit()
        >
            {t.quick_exit}
        </button>
        <span id="quick-exit-note" class="visually-hidden">
            {t.quick_exit_note}
        </span>
    }
}
