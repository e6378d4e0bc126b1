//! One cooperating spot in the directory: name, kind, address, what it
//! offers, a call link, 「地図アプリで開く」, and 「この地図で見る」.
//!
//! A card holds no closure and no reactive binding of its own, because a
//! list may show a hundred of them on every keystroke: its buttons are
//! handled by the list ([`card_action`]), and the list marks the selected
//! card ([`mark_selected`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::geo::format_distance;
use crate::domain::phone::spoken;
use crate::domain::spot::{Spot, geo_uri, map_site_url};
use crate::domain::spot_data::SPOTS;

/// The class of the selected card.
const SELECTED: &str = "spot-card--selected";

/// The DOM id of a spot's card (ids are URL-safe, so valid in HTML).
pub fn card_id(spot: &Spot) -> String {
    format!("spot-{}", spot.id)
}

/// One spot in the list.
#[component]
pub fn SpotCard(
    /// The spot's position in [`SPOTS`].
    index: u32,
    /// Distance from the person, when the list is sorted by distance.
    distance: Option<f64>,
    /// Whether the card starts selected (later changes: [`mark_selected`]).
    selected: bool,
) -> impl IntoView {
    let Some(spot) = SPOTS.get(index as usize) else {
        return ().into_any();
    };
    let phone = spot.phone.map(|p| {
        let label = format!("{}に電話する {}", spot.name, spoken(p.display));
        view! {
            <a class="spot-card__call" href=p.tel aria-label=label>
                <span aria-hidden="true">"電話 "</span>
                {p.display}
            </a>
        }
    });
    let map_app = geo_uri(spot).map(|geo| {
        view! {
            <a
                class="spot-card__action"
                href=geo
                data-fallback=map_site_url(spot).unwrap_or_default()
                data-action="map-app"
            >
                "地図アプリで開く"
            </a>
        }
    });
    let on_map = spot.at.map(|_| {
        view! {
            <button
                type="button"
                class="spot-card__action"
                aria-controls="spot-map"
                data-action="show-on-map"
                data-index=index
            >
                "この地図で見る"
            </button>
        }
    });
    let website = (!spot.url.is_empty()).then(|| {
        view! {
            <a class="spot-card__action" href=spot.url target="_blank" rel="noopener noreferrer">
                "ホームページ"
            </a>
        }
    });
    view! {
        <li
            class=if selected { "spot-card spot-card--selected" } else { "spot-card" }
            id=card_id(spot)
            tabindex="-1"
            aria-current=selected.then_some("true")
        >
            <h3 class="spot-card__name">{spot.name}</h3>
            <p class="spot-card__meta">
                <span class="tag">{spot.kind.label()}</span>
                {distance
                    .map(|d| {
                        view! {
                            <span class="spot-card__distance">
                                {format!("ここから約{}", format_distance(d))}
                            </span>
                        }
                    })}
            </p>
            {(!spot.address.is_empty())
                .then(|| view! { <p class="spot-card__address">{spot.address}</p> })}
            {(!spot.offers.is_empty())
                .then(|| view! { <p class="spot-card__offers">{spot.offers}</p> })}
            {(!spot.note.is_empty()).then(|| view! { <p class="note">{spot.note}</p> })}
            <div class="spot-card__actions">{phone} {map_app} {on_map} {website}</div>
        </li>
    }
    .into_any()
}

/// What a click inside a list of cards asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardAction {
    /// 「この地図で見る」 on the spot at this position in [`SPOTS`].
    ShowOnMap(u32),
    /// 「地図アプリで開く」, handled already (see [`card_action`]).
    MapApp,
}

/// Handles a click that bubbled up to a list of cards. 「地図アプリで開く」
/// follows its `geo:` link only where a map app takes it (Android);
/// elsewhere (iPhone, computers) it opens the same place on the map site.
/// Either way nothing is fetched before the tap.
pub fn card_action(ev: &leptos::ev::MouseEvent) -> Option<CardAction> {
    let target = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()??;
    match target.get_attribute("data-action")?.as_str() {
        "show-on-map" => target
            .get_attribute("data-index")?
            .parse()
            .ok()
            .map(CardAction::ShowOnMap),
        "map-app" => {
            let fallback = target.get_attribute("data-fallback").unwrap_or_default();
            let window = web_sys::window()?;
            let android = window
                .navigator()
                .user_agent()
                .is_ok_and(|ua| ua.contains("Android"));
            if !android && !fallback.is_empty() {
                ev.prevent_default();
                if window
                    .open_with_url_and_target_and_features(&fallback, "_blank", "noopener")
                    .is_err()
                {
                    _ = window.location().set_href(&fallback);
                }
            }
            Some(CardAction::MapApp)
        }
        _ => None,
    }
}

/// Marks the card of the spot at `index` as selected (or not), if shown.
pub fn mark_selected(index: u32, selected: bool) {
    let Some(card) = SPOTS.get(index as usize).and_then(|spot| {
        web_sys::window()?
            .document()?
            .get_element_by_id(&card_id(spot))
    }) else {
        return;
    };
    let classes = card.class_list();
    if selected {
        _ = classes.add_1(SELECTED);
        _ = card.set_attribute("aria-current", "true");
    } else {
        _ = classes.remove_1(SELECTED);
        _ = card.remove_attribute("aria-current");
    }
}
