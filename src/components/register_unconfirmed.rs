//! The registration page's note while 健康課 has not confirmed the form's
//! fields (`confirmed` in `data/form.toml`): one calm sentence that the
//! city's own 様式1 (Word or PDF) can be downloaded from the city's page and
//! is always accepted, with the link. Once the fields are confirmed the
//! note is not there at all.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::components::register_field::ids;
use crate::components::sentence::sentence;
use crate::domain::i18n;
use crate::domain::registration::CITY_NETWORK_PAGE;
use crate::state::use_lang;

/// The note, unless `confirmed` (the page passes the data file's setting).
#[component]
pub fn RegisterUnconfirmed(
    /// Whether 健康課 has confirmed the fields.
    confirmed: bool,
) -> impl IntoView {
    let t = i18n::register(use_lang());
    (!confirmed).then(|| {
        view! {
            <p id=ids::UNCONFIRMED class="reg-note">
                {sentence(
                    t.unconfirmed,
                    |_| (),
                    |words| {
                        view! {
                            <a
                                href=CITY_NETWORK_PAGE
                                hreflang="ja"
                                target="_blank"
                                rel="noopener noreferrer"
                            >
                                {words}
                            </a>
                        }
                    },
                )}
            </p>
        }
    })
}
