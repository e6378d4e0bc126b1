//! The big tap-to-call button: number, cost, and a note for 「つながらなかった時は」.
//! On an iPhone or iPad, which does not dial a short code (`#8891`) from a
//! link, the code is shown large to copy and dial in the Phone app, with
//! the same line's ordinary number as the button where the data has one.

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{copy_text, select_text};
use crate::domain::dial::{LinkWords, call_link_html, is_short_code, link_dials, short_code_html};
use crate::domain::i18n;
use crate::domain::model::{Phone, Window};
use crate::domain::phone::spoken_in;
use crate::state::{remember_call, use_lang};

/// A `tel:` link sized for a thumb, saying what the call costs; or, where
/// the link would not dial (a short code on an iPhone), the code to copy,
/// how to dial it, and the ordinary number of the same line as the link.
#[component]
pub fn CallButton(
    /// The window being called (remembered so the app can offer the next
    /// open line if this one does not connect).
    window: &'static Window,
    /// The number to call.
    phone: Phone,
) -> impl IntoView {
    let id = window.id;
    let lang = use_lang();
    let t = i18n::home(lang);
    // The name read aloud: who is called, the number as written (so voice
    // control can say what is seen), the digits one by one, and the cost.
    let link = move |phone: Phone| {
        view! {
            <a class="call-button" href=phone.tel on:click=move |_| remember_call(id)>
                <span class="visually-hidden">{t.call(window.name_in(lang))}</span>
                <span class="call-button__number">{phone.display}</span>
                <span class="visually-hidden">{t.spoken(&spoken_in(phone.display, lang))}</span>
                <span class="call-button__cost">{phone.cost.label_in(lang)}</span>
            </a>
        }
    };
    let number = phone.display;
    if !is_short_code(number) || link_dials_here(number) {
        return Either::Left(link(phone));
    }
    // Plain markup (dial::short_code_html) keeps this rare block small in
    // the first download; one click handler serves its button and link.
    let or = phone.ordinary.map(|o| {
        let words = LinkWords {
            call: &t.call(window.name_in(lang)),
            spoken: &t.spoken(&spoken_in(o.phone.display, lang)),
            cost: o.phone.cost.label_in(lang),
        };
        (
            t.ordinary_call(o.label_in(lang)),
            call_link_html(o.phone.tel, o.phone.display, words),
        )
    });
    let html = short_code_html(
        number,
        &t.short_code_how(number),
        t.copy_number,
        or.as_ref().map(|(or, link)| (or.as_str(), link.as_str())),
    );
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let (Some(block), Some(target)) = (ev.current_target(), ev.target()) else {
            return;
        };
        let block: web_sys::Element = block.unchecked_into();
        let target: web_sys::Element = target.unchecked_into();
        let Ok(Some(hit)) = target.closest("a, button") else {
            return;
        };
        // Dialling happens in the Phone app or through the link: coming back
        // offers the next open line.
        remember_call(id);
        if hit.tag_name() != "BUTTON" {
            return;
        }
        copy_text(number, move |copied| {
            let said = if copied {
                t.short_code_copied(number)
            } else {
                // The code itself: selected, to copy by hand.
                if let Some(code) = block.first_element_child() {
                    select_text(&code);
                }
                t.short_code_selected(number)
            };
            if let Ok(Some(status)) = block.query_selector("[role=status]") {
                status.set_text_content(Some(&said));
            }
        });
    };
    Either::Right(view! { <div class="short-code" inner_html=html on:click=on_click></div> })
}

/// Whether a tap on a `tel:` link to `number` dials it on this phone (an
/// iPhone does not dial a short code).
fn link_dials_here(number: &str) -> bool {
    web_sys::window().map(|w| w.navigator()).is_none_or(|n| {
        link_dials(
            number,
            &n.user_agent().unwrap_or_default(),
            n.max_touch_points(),
        )
    })
}
