//! The spot-aware welcome: a sticker's QR code opens the app with
//! `?s=<spot id>`, and the home page says where the person is, gently,
//! above the crisis lines. An unknown or malformed id shows nothing.
//!
//! Only the small id → name table is used here, never the directory or the
//! map, so the first visit stays light.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::spot::{SPOT_PARAM, greeting};
use crate::domain::spot_data::spot_name;
use crate::domain::text::percent_encode;
use crate::state::{href, use_location};

/// 「〇〇は、つながるいのちサポートネットワークの協力スポットです」, when the
/// page was opened from a spot's sticker.
#[component]
pub fn SpotGreeting() -> impl IntoView {
    let location = use_location();
    let spot = Memo::new(move |_| {
        let id = location.query_value(SPOT_PARAM)?;
        spot_name(&id).map(|name| (id, name))
    });
    move || {
        spot.get().map(|(id, name)| {
            let link = href(
                Route::Spots,
                &format!("{SPOT_PARAM}={}", percent_encode(&id)),
            );
            view! {
                <p class="spot-greeting">
                    <span class="spot-greeting__text">{greeting(name)}</span>
                    " "
                    <a class="spot-greeting__link" href=link>
                        "協力スポットの一覧で見る"
                    </a>
                </p>
            }
        })
    }
}
