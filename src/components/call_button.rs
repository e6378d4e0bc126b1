//! The big tap-to-call button: number, cost, and a note for 「つながらなかった時は」.

use leptos::prelude::*;

use crate::domain::i18n;
use crate::domain::model::{Phone, Window};
use crate::domain::phone::spoken_in;
use crate::state::{remember_call, use_lang};

/// A `tel:` link sized for a thumb, saying what the call costs.
#[component]
pub fn CallButton(
    /// The window being called (remembered so the app can offer the next
    /// open line if this one does not connect).
    window: &'static Window,
    /// The number to call.
    phone: Phone,
) -> impl IntoView {
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
