//! 協力スポット: the directory of cooperating spots as a map and a list,
//! offline. The kind (`k`) and the selected spot (`s`, also what a sticker's
//! QR code sends) live in the URL; the name typed in the search stays out of
//! it, kept for this tab only (`state::typed_text`); the person's position
//! for 「近い順」 lives only in this page's memory.
//!
//! Only the full build holds this page (see `Route::bundle`), and its words
//! (`data/i18n/spots.toml`).
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::nearby_sort::NearbySort;
use crate::components::spot_filters::SpotFilters;
use crate::components::spot_list::SpotList;
use crate::components::spot_map::SpotMap;
use crate::components::spots_download::SpotsDownload;
use crate::components::spots_empty::SpotsEmpty;
use crate::domain::geo::LatLon;
use crate::domain::i18n;
use crate::domain::route::Route;
use crate::domain::spot::{Kind, SPOT_PARAM, SpotQuery, card_id};
use crate::domain::spot_data::{SPOTS, SPOTS_ARE_SAMPLE, spot_index};
use crate::state::{
    href, keep_typed_text, keys, typed_text, use_lang, use_location, with_query_value,
};

/// URL parameters of the spots page.
pub mod params {
    /// The search, in links of earlier versions: taken out of the address
    /// on arrival, unused.
    pub const QUERY: &str = "q";
    /// Kind id ([`crate::domain::spot::Kind::id`]).
    pub const KIND: &str = "k";
    /// The selected spot's id.
    pub const SPOT: &str = crate::domain::spot::SPOT_PARAM;
}

/// Spots page: where the network's stickers and leaflets are.
#[component]
pub fn SpotsPage() -> impl IntoView {
    let t = i18n::spots(use_lang());
    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <p>
            <a href=href(Route::Leaflet, "")>{t.leaflet_link}</a>
        </p>
        {SPOTS_ARE_SAMPLE
            .then(|| {
                view! {
                    <p class="sample-notice" role="note">
                        {t.sample_notice}
                    </p>
                }
            })}
        {if SPOTS.is_empty() {
            view! { <SpotsEmpty /> }.into_any()
        } else {
            view! { <Directory /> }.into_any()
        }}
    }
}

/// The filters, the map, the list and the download.
#[component]
fn Directory() -> impl IntoView {
    let t = i18n::spots(use_lang());
    let location = use_location();
    let query = RwSignal::new(typed_text(keys::SPOTS_SEARCH));
    let kind = Memo::new(move |_| {
        location
            .query_value(params::KIND)
            .and_then(|k| Kind::from_id(&k))
    });
    let selected = Memo::new(move |_| {
        location
            .query_value(params::SPOT)
            .and_then(|id| spot_index(&id))
    });
    let hits = Memo::new(move |_| SpotQuery::new(&query.get(), kind.get()).filter(SPOTS));
    let here = RwSignal::new(None::<LatLon>);

    let set_param = move |name: &'static str, value: &str| {
        let current = location.0.with_untracked(|l| l.query.clone());
        location.replace_query(&with_query_value(&current, name, value));
    };
    Effect::new(move |_| {
        if location.query_value(params::QUERY).is_some() {
            set_param(params::QUERY, "");
        }
    });
    let select = move |index: u32| {
        if let Some(spot) = SPOTS.get(index as usize) {
            set_param(SPOT_PARAM, spot.id);
        }
    };
    // A pin tapped: show the spot in the list.
    let on_pin = Callback::new(move |index: u32| {
        select(index);
        if let Some(spot) = SPOTS.get(index as usize) {
            let id = card_id(spot);
            request_animation_frame(move || bring_into_view(&id, true));
        }
    });
    // 「この地図で見る」: show the spot on the map.
    let on_show_on_map = Callback::new(move |index: u32| {
        select(index);
        request_animation_frame(|| bring_into_view("spot-map", false));
    });
    // Opened with ?s=<id> (a sticker, or a link from home): show that spot.
    if let Some(index) = selected.get_untracked()
        && let Some(spot) = SPOTS.get(index as usize)
    {
        let id = card_id(spot);
        request_animation_frame(move || bring_into_view(&id, false));
    }

    let count = move || {
        // Read what `hits` derives from before `hits` itself: a memo that
        // another source has already refreshed does not report its change
        // (reactive_graph 0.2), so this order keeps the line up to date.
        let narrowed = !SpotQuery::new(&query.get(), kind.get()).is_empty();
        let n = hits.with(Vec::len);
        if !narrowed {
            t.count_all(&n.to_string())
        } else if n == 0 {
            t.count_none.to_owned()
        } else {
            t.count_found(&n.to_string())
        }
    };

    view! {
        <SpotFilters
            query=query
            kind=kind
            on_query=Callback::new(move |text: String| {
                keep_typed_text(keys::SPOTS_SEARCH, &text);
                query.set(text);
            })
            on_kind=Callback::new(move |k: Option<Kind>| {
                set_param(params::KIND, k.map_or("", Kind::id))
            })
        />
        <NearbySort here=here />
        <p class="result-count" role="status">
            {count}
        </p>
        <div class="spots-layout">
            <SpotMap hits=hits selected=selected here=here on_select=on_pin />
            <SpotList hits=hits here=here selected=selected on_show_on_map=on_show_on_map />
        </div>
        <SpotsDownload />
        <section class="spots-join" aria-labelledby="spots-join-title">
            <h2 id="spots-join-title">{t.join_title}</h2>
            <p>{t.join_text}</p>
            <p>
                <a class="text-button" href=href(Route::Register, "")>
                    {t.join_link}
                </a>
            </p>
        </section>
    }
}

/// Scrolls the element with `id` into view; `focus` also moves the keyboard
/// and screen-reader position there (for a pin tapped on the map).
fn bring_into_view(id: &str, focus: bool) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if focus && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        _ = element.focus();
    }
}
