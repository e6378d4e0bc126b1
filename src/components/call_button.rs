//! The big tap-to-call button: number, cost, and a note for 「つながらなかった時は」.
//! On an iPhone or iPad, which does not dial a short code (`#8891`) from a
//! link, the code is shown large to copy and dial in the Phone app, with
//! the same line's ordinary number as the button where the data has one.
//!
//! The markup comes from `domain::dial` as plain HTML (the static first
//! screen writes the same), which keeps this component, on every list of
//! the first download, small; one click handler serves its link and button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{copy_text, select_text};
use crate::domain::dial::{
    LinkWords, call_link_html, is_short_code, link_dials, or_html, short_code_html,
};
use crate::domain::i18n;
use crate::domain::model::{Phone, Window};
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
    /// Also offer the ordinary number given for a short code on phones
    /// that dial the code itself (the window's own page).
    #[prop(optional)]
    with_ordinary: bool,
) -> impl IntoView {
    let id = window.id;
    let lang = use_lang();
    let t = i18n::home(lang);
    // The name read aloud: who is called, the number as written (so voice
    // control can say what is seen), the digits one by one, and the cost.
    let link = move |phone: Phone| {
        let words = LinkWords {
            call: &t.call(window.name_in(lang)),
            spoken: &t.spoken(&i18n::spoken_number(phone.display, lang)),
            cost: i18n::cost_label(phone.cost, lang),
        };
        call_link_html(phone.tel, phone.display, words)
    };
    let number = phone.display;
    let dials = link_dials_here(number);
    let or = phone
        .ordinary
        .filter(|_| with_ordinary || !dials)
        .map(|o| (t.ordinary_call(o.label_in(lang)), link(o.phone)));
    let html = if dials {
        let mut html = link(phone);
        if let Some((or, link)) = or {
            html.push_str(&or_html(&or, &link));
        }
        html
    } else {
        short_code_html(
            number,
            &t.short_code_how(number),
            t.copy_number,
            or.as_ref().map(|(or, link)| (or.as_str(), link.as_str())),
        )
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let (Some(block), Some(target)) = (ev.current_target(), ev.target()) else {
            return;
        };
        let block: web_sys::Element = block.unchecked_into();
        let target: web_sys::Element = target.unchecked_into();
        let Ok(Some(hit)) = target.closest("a, button") else {
            return;
        };
        // Dialling happens through the link or in the Phone app: coming
        // back offers the next open line.
        remember_call(id);
        if hit.tag_name() != "BUTTON" {
            return;
        }
        copy_text(number, move |copied| {
            let said = if copied {
                t.short_code_copied(number)
            } else {
                // The code itself (the block's first child): selected, to
                // copy by hand.
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
    view! {
        <div
            class=if dials { "call" } else { "short-code" }
            inner_html=html
            on:click=on_click
        ></div>
    }
}

/// Whether a tap on a `tel:` link to `number` dials it on this phone (an
/// iPhone does not dial a short code).
fn link_dials_here(number: &str) -> bool {
    !is_short_code(number)
        || web_sys::window().map(|w| w.navigator()).is_none_or(|n| {
            link_dials(
                number,
                &n.user_agent().unwrap_or_default(),
                n.max_touch_points(),
            )
        })
}
