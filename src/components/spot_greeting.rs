//! The spot-aware welcome: a sticker's QR code opens the app with
//! `?s=<spot id>`, and the home page says where the person is, gently,
//! above the crisis lines. An unknown or malformed id shows nothing.
//!
//! Only the small id → name table is used here, never the directory or the
//! map, so the first visit stays light; for the same reason its words are in
//! `data/i18n/greeting.toml`, a section of the light build.

use leptos::prelude::*;

use crate::domain::i18n;
use crate::domain::route::Route;
use crate::domain::spot::{SPOT_PARAM, around_placeholder};
use crate::domain::spot_data::spot_name;
use crate::domain::text::percent_encode;
use crate::state::{href, use_lang, use_location};

/// 「〇〇は協力スポットです」 and a link to it in the list, when the
/// page was opened from a spot's sticker. The spot's name is kept as the
/// spot wrote it, marked Japanese.
#[component]
pub fn SpotGreeting() -> impl IntoView {
    let location = use_location();
    let t = i18n::greeting(use_lang());
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
            let message = t.spot_greeting("{name}");
            let (before, after) = around_placeholder(&message, "name");
            let (before, after) = (before.to_owned(), after.to_owned());
            view! {
                <p class="spot-greeting">
                    <span class="spot-greeting__text">
                        {before}<span lang="ja">{name}</span>{after}
                    </span>
                    " "
                    <a class="spot-greeting__link" href=link>
                        {t.spot_greeting_link}
                    </a>
                </p>
            }
        })
    }
}
