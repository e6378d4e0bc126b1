//! The big tap-to-call button: number, cost, and a note for 「つながらなかった時は」.
//! On an iPhone or iPad, which does not dial a short code (`#8891`) from a
//! link, the code is shown large to copy and dial in the Phone app, with
//! the same line's ordinary number as the button where the data has one.

use leptos::prelude::*;

use crate::browser::{copy_text, select_text};
use crate::domain::dial::{is_short_code, link_dials};
use crate::domain::i18n;
use crate::domain::model::{Phone, Window};
use crate::domain::phone::spoken_in;
use crate::state::{remember_call, use_lang};

/// Whether a tap on a `tel:` link to `number` dials it on this phone.
pub fn link_dials_here(number: &str) -> bool {
    if !is_short_code(number) {
        return true;
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return true;
    };
    link_dials(
        number,
        &navigator.user_agent().unwrap_or_default(),
        navigator.max_touch_points(),
    )
}

/// A `tel:` link sized for a thumb, saying what the call costs; or, where
/// the link would not dial, the short code to copy.
#[component]
pub fn CallButton(
    /// The window being called (remembered so the app can offer the next
    /// open line if this one does not connect).
    window: &'static Window,
    /// The number to call.
    phone: Phone,
) -> impl IntoView {
    if link_dials_here(phone.display) {
        view! { <TelLink window=window phone=phone /> }.into_any()
    } else {
        view! { <ShortCode window=window phone=phone /> }.into_any()
    }
}

/// The `tel:` link itself.
#[component]
fn TelLink(window: &'static Window, phone: Phone) -> impl IntoView {
    // The name read aloud: who is called, the number as written (so voice
    // control can say what is seen), the digits one by one, and the cost.
    let id = window.id;
    let lang = use_lang();
    let t = i18n::home(lang);
    view! {
        <a class="call-button" href=phone.tel on:click=move |_| remember_call(id)>
            <span class="visually-hidden">{t.call(window.name_in(lang))}</span>
            <span class="call-button__number">{phone.display}</span>
            <span class="visually-hidden">{t.spoken(&spoken_in(phone.display, lang))}</span>
            <span class="call-button__cost">{phone.cost.label_in(lang)}</span>
        </a>
    }
}

/// A short code on a phone whose links cannot dial it: the code large,
/// how to dial it, 「番号をコピー」 (announced when done), and the ordinary
/// number of the same line as the button.
#[component]
fn ShortCode(window: &'static Window, phone: Phone) -> impl IntoView {
    let id = window.id;
    let lang = use_lang();
    let t = i18n::home(lang);
    let number = phone.display;
    let said = RwSignal::new(String::new());
    let code = NodeRef::<leptos::html::P>::new();
    let copy = move |_| {
        // Dialling happens in the Phone app: coming back offers the next line.
        remember_call(id);
        copy_text(number, move |copied| {
            if copied {
                said.set(t.short_code_copied(number));
            } else {
                if let Some(code) = code.get_untracked() {
                    select_text(&code);
                }
                said.set(t.short_code_selected(number));
            }
        });
    };
    view! {
        <div class="short-code">
            <p class="short-code__number" node_ref=code>
                {number}
            </p>
            <p class="short-code__how">{t.short_code_how(number)}</p>
            <button type="button" class="text-button" on:click=copy>
                {t.copy_number}
            </button>
            <p class="short-code__said" role="status">
                {move || said.get()}
            </p>
            {phone
                .ordinary
                .map(|o| {
                    view! {
                        <p class="short-code__or">{t.ordinary_call(o.label_in(lang))}</p>
                        <TelLink window=window phone=o.phone />
                    }
                })}
        </div>
    }
}
