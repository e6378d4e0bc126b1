//! The offline map: the city outline drawn from the build's simplified
//! boundary, a pin for every listed spot that has coordinates, the selected
//! spot, and the person's position when they chose 「近い順」. No tiles, no
//! request: everything is drawn from data bundled in the app.
//!
//! The pins are one SVG path (a round dot per spot), so ten thousand of them
//! draw as fast as ten; a tap picks the nearest pin within a thumb's reach.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use crate::domain::geo::MAP_CREDIT;
use crate::domain::geo::{LatLon, meet, nearest};
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::spot::{Spot, around_placeholder};
use crate::domain::spot_data::{MAP_OUTLINE, MAP_PROJECTION, SPOTS};
use crate::state::use_lang;

/// How far from a pin (in CSS pixels) a tap still picks it.
const TAP_REACH_PX: f64 = 24.0;

/// The map of the city with the listed spots.
#[component]
pub fn SpotMap(
    /// The directory (the bundled one unless given: the staff page previews
    /// a file it checked).
    #[prop(default = SPOTS)]
    spots: &'static [Spot],
    /// The listed spots (positions in `spots`).
    #[prop(into)]
    hits: Signal<Vec<u32>>,
    /// The selected spot.
    #[prop(into)]
    selected: Signal<Option<u32>>,
    /// The person's position, if they shared it for 「近い順」.
    #[prop(into)]
    here: Signal<Option<LatLon>>,
    /// Called with the spot whose pin was tapped.
    #[prop(into)]
    on_select: Callback<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::spots(lang);
    let p = MAP_PROJECTION;
    let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
    let spot_at = move |index: u32| spots.get(index as usize).and_then(|s| s.at);
    let pins = Memo::new(move |_| hits.with(|h| pins_path(spots, h)));
    let placed =
        Memo::new(move |_| hits.with(|h| h.iter().filter(|&&i| spot_at(i).is_some()).count()));
    let unplaced = move || hits.with(Vec::len) - placed.get();

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(svg) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        let (scale, ox, oy) = meet(p.width, p.height, rect.width(), rect.height());
        if scale <= 0.0 {
            return;
        }
        let at = (
            (f64::from(ev.client_x()) - rect.left() - ox) / scale,
            (f64::from(ev.client_y()) - rect.top() - oy) / scale,
        );
        let picked = hits.with_untracked(|h| {
            let points = h
                .iter()
                .filter_map(|&i| spot_at(i).map(|at| (i, p.project(at))));
            nearest(points, at, TAP_REACH_PX / scale)
        });
        if let Some(i) = picked {
            on_select.run(i);
        }
    };

    let marker = move || {
        let (x, y) = p.project(selected.get().and_then(spot_at)?);
        Some(view! {
            <g class="spot-map__selected" aria-hidden="true">
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="16" class="spot-map__halo" />
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="8" class="spot-map__pin-selected" />
            </g>
        })
    };
    let here_marker = move || {
        let (x, y) = p.project(here.get()?);
        Some(view! {
            <g class="spot-map__here" aria-hidden="true">
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="12" class="spot-map__here-halo" />
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="6" class="spot-map__here-dot" />
            </g>
        })
    };
    // 「地図で選んでいるスポット：<name>」, the name marked Japanese.
    let selected_name = move || {
        let spot = selected.get().and_then(|i| spots.get(i as usize))?;
        let message = t.map_selected("{name}");
        let (before, after) = around_placeholder(&message, "name");
        let (before, after) = (before.to_owned(), after.to_owned());
        Some(view! { {before}<span lang="ja">{spot.name}</span>{after} })
    };

    view! {
        <figure class="spot-map" id="spot-map">
            <svg
                class="spot-map__svg"
                viewBox=view_box
                role="img"
                aria-labelledby="spot-map-title"
                on:click=on_click
            >
                <title id="spot-map-title">
                    {move || t.map_title(&placed.get().to_string())}
                </title>
                <path class="spot-map__city" d=MAP_OUTLINE fill-rule="evenodd" />
                // Pins are written in tenths of a unit (integers format
                // fast), once, and drawn twice: a halo, then the dots.
                <defs>
                    <path id="spot-map-pins" class="spot-map__pins" d=move || pins.get() />
                </defs>
                <g transform="scale(0.1)">
                    <use href="#spot-map-pins" class="spot-map__pins-halo" />
                    <use href="#spot-map-pins" class="spot-map__pins-dots" />
                </g>
                {here_marker}
                {marker}
            </svg>
            <figcaption class="spot-map__caption">
                <p class="spot-map__status" role="status">{selected_name}</p>
                <p>
                    {t.map_hint}
                    {move || {
                        let n = unplaced();
                        // Japanese runs sentences together; English spaces them.
                        let gap = if lang == Lang::En { " " } else { "" };
                        (n > 0).then(|| format!("{gap}{}", t.map_unplaced(&n.to_string())))
                    }}
                </p>
                // The credit stays word for word; in English, said to be so.
                <p class="spot-map__credit">
                    {(lang == Lang::En).then(|| format!("{} ", t.map_source))}
                    <span lang="ja">{MAP_CREDIT}</span>
                </p>
            </figcaption>
        </figure>
    }
}

/// One path with a zero-length segment per pin, in tenths of a map unit;
/// with round line caps each becomes a dot.
fn pins_path(spots: &[Spot], hits: &[u32]) -> String {
    use std::fmt::Write as _;
    let mut d = String::with_capacity(hits.len() * 14);
    for &i in hits {
        if let Some(at) = spots.get(i as usize).and_then(|s| s.at) {
            let (x, y) = MAP_PROJECTION.project(at);
            _ = write!(d, "M{} {}h0", (x * 10.0) as i32, (y * 10.0) as i32);
        }
    }
    d
}
