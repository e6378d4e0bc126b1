//! 「近い順」: the person may share their position to sort the list by
//! distance. Only on their tap; the position stays in this page's memory,
//! is used for arithmetic on the phone, and is never sent or stored.
//! Refusing, or a phone that cannot tell, leaves everything else working.
#![cfg(feature = "full")]

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::domain::geo::LatLon;
use crate::domain::i18n;
use crate::state::use_lang;

/// Where asking for the position stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Locating {
    /// Not asked (or the person went back to districts).
    Idle,
    /// Waiting for the phone.
    Asking,
    /// Sorted by distance.
    Done,
    /// The person (or the browser) did not allow it.
    Denied,
    /// The phone could not tell where it is.
    Unavailable,
    /// This browser has no geolocation.
    Unsupported,
}

/// The 「近い順」 button, its privacy promise, and what happened.
#[component]
pub fn NearbySort(
    /// The person's position; set here, read by the list and the map.
    here: RwSignal<Option<LatLon>>,
) -> impl IntoView {
    let t = i18n::spots(use_lang());
    let state = RwSignal::new(if here.get_untracked().is_some() {
        Locating::Done
    } else {
        Locating::Idle
    });
    let ask = move |_| {
        state.set(Locating::Asking);
        locate(move |result| match result {
            Ok(position) => {
                here.set(Some(position));
                state.set(Locating::Done);
            }
            Err(failure) => {
                here.set(None);
                state.set(failure);
            }
        });
    };
    let back = move |_| {
        here.set(None);
        state.set(Locating::Idle);
    };
    let message = move || match state.get() {
        Locating::Idle => "",
        Locating::Asking => t.nearby_asking,
        Locating::Done => t.nearby_done,
        Locating::Denied => t.nearby_denied,
        Locating::Unavailable => t.nearby_unavailable,
        Locating::Unsupported => t.nearby_unsupported,
    };
    let sorted = move || state.get() == Locating::Done && here.get().is_some();

    view! {
        <div class="nearby">
            {move || {
                if sorted() {
                    view! {
                        <button type="button" class="text-button" on:click=back>
                            {t.nearby_back}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="text-button nearby__ask"
                            disabled=move || state.get() == Locating::Asking
                            on:click=ask
                        >
                            {t.nearby_ask}
                        </button>
                    }
                        .into_any()
                }
            }}
            <p class="nearby__privacy">
                {t.nearby_privacy}
            </p>
            <p
                class="nearby__status"
                class:nearby__status--problem=move || {
                    matches!(
                        state.get(),
                        Locating::Denied | Locating::Unavailable | Locating::Unsupported
                    )
                }
                role="status"
            >
                {message}
            </p>
        </div>
    }
}

/// Asks the browser once for the position (coarse is enough: the nearest
/// spots are what matters) and reports the outcome to `done`.
fn locate(done: impl FnOnce(Result<LatLon, Locating>) + 'static) {
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = {
        let done = Rc::clone(&done);
        move |result| {
            if let Some(f) = done.borrow_mut().take() {
                f(result);
            }
        }
    };
    let Some(geolocation) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        finish(Err(Locating::Unsupported));
        return;
    };
    let on_success = {
        let finish = finish.clone();
        Closure::once_into_js(move |position: wasm_bindgen::JsValue| {
            // Browsers name the class GeolocationPosition; web-sys's stable
            // binding calls it Position. Same fields.
            let coords = position.unchecked_into::<web_sys::Position>().coords();
            let at = LatLon {
                lat: coords.latitude(),
                lon: coords.longitude(),
            };
            finish(if at.is_valid() {
                Ok(at)
            } else {
                Err(Locating::Unavailable)
            });
        })
    };
    let on_error = {
        let finish = finish.clone();
        Closure::once_into_js(move |error: wasm_bindgen::JsValue| {
            let code = error.unchecked_into::<web_sys::PositionError>().code();
            finish(Err(if code == web_sys::PositionError::PERMISSION_DENIED {
                Locating::Denied
            } else {
                Locating::Unavailable
            }));
        })
    };
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(false);
    options.set_timeout(20_000);
    options.set_maximum_age(300_000);
    let asked = geolocation.get_current_position_with_error_callback_and_options(
        on_success.unchecked_ref(),
        Some(on_error.unchecked_ref()),
        &options,
    );
    if asked.is_err() {
        finish(Err(Locating::Unsupported));
    }
}
