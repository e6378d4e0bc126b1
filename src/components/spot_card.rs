//! One cooperating spot in the directory: name, kind, address, what it
//! offers, a call link, 「地図アプリで開く」, and 「この地図で見る」.

use leptos::prelude::*;

use crate::domain::geo::format_distance;
use crate::domain::phone::spoken;
use crate::domain::spot::{Spot, geo_uri, map_site_url};
use crate::domain::spot_data::SPOTS;

/// The DOM id of a spot's card (ids are URL-safe, so valid in HTML).
pub fn card_id(spot: &Spot) -> String {
    format!("spot-{}", spot.id)
}

/// One spot in the list; highlighted while it is the selected one.
#[component]
pub fn SpotCard(
    /// The spot's position in [`SPOTS`].
    index: u32,
    /// Distance from the person, when the list is sorted by distance.
    distance: Option<f64>,
    /// The selected spot (tapped on the map, or opened with `?s=`).
    #[prop(into)]
    selected: Signal<Option<u32>>,
    /// Shows the spot on the offline map.
    #[prop(into)]
    on_show_on_map: Callback<u32>,
) -> impl IntoView {
    let Some(spot) = SPOTS.get(index as usize) else {
        return ().into_any();
    };
    let is_selected = move || selected.get() == Some(index);
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
        let fallback = map_site_url(spot).unwrap_or_default();
        let on_click = {
            let fallback = fallback.clone();
            move |ev: leptos::ev::MouseEvent| open_map_app(&ev, &fallback)
        };
        view! {
            <a class="spot-card__action" href=geo data-fallback=fallback on:click=on_click>
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
                on:click=move |_| on_show_on_map.run(index)
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
            class="spot-card"
            id=card_id(spot)
            tabindex="-1"
            class:spot-card--selected=is_selected
            aria-current=move || is_selected().then_some("true")
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

/// Follows a `geo:` link only where a map app takes it (Android); elsewhere
/// (iPhone, computers) opens the same place on the map site instead. Either
/// way nothing is fetched before the tap.
fn open_map_app(ev: &leptos::ev::MouseEvent, fallback: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let android = window
        .navigator()
        .user_agent()
        .is_ok_and(|ua| ua.contains("Android"));
    if android || fallback.is_empty() {
        return;
    }
    ev.prevent_default();
    if window
        .open_with_url_and_target_and_features(fallback, "_blank", "noopener")
        .is_err()
    {
        _ = window.location().set_href(fallback);
    }
}
