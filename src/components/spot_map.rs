//! The offline map: the city outline drawn from the build's simplified
//! boundary, a pin for every listed spot that has coordinates, the selected
//! spot, and the person's position when they chose 「近い順」. No tiles, no
//! request: everything is drawn from data bundled in the app.
//!
//! The pins are one SVG path (a round dot per spot), so ten thousand of them
//! draw as fast as ten; a tap picks the nearest pin within a thumb's reach.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::geo::{LatLon, meet, nearest};
use crate::domain::spot_data::{MAP_OUTLINE, MAP_PROJECTION, SPOTS};

/// The credit the boundary data's licence asks for wherever the map is shown.
pub const MAP_CREDIT: &str = "出典：「国土数値情報（行政区域データ）」（国土交通省）（https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03.html）を加工して作成";

/// How far from a pin (in CSS pixels) a tap still picks it.
const TAP_REACH_PX: f64 = 24.0;

/// The map of the city with the listed spots.
#[component]
pub fn SpotMap(
    /// The listed spots (positions in [`SPOTS`]).
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
    let p = MAP_PROJECTION;
    let view_box = format!("0 0 {:.1} {:.1}", p.width, p.height);
    let pins = Memo::new(move |_| hits.with(|h| pins_path(h)));
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
    let selected_name = move || {
        selected
            .get()
            .and_then(|i| SPOTS.get(i as usize))
            .map(|s| format!("地図で選んでいるスポット：{}", s.name))
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
                    {move || format!("たつの市の地図。協力スポット{}件の位置", placed.get())}
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
                    "点をタップすると、一覧のそのスポットを表示します。"
                    {move || {
                        let n = unplaced();
                        (n > 0).then(|| format!("位置の登録がない{n}件は一覧だけに載っています。"))
                    }}
                </p>
                <p class="spot-map__credit">{MAP_CREDIT}</p>
            </figcaption>
        </figure>
    }
}

fn spot_at(index: u32) -> Option<LatLon> {
    SPOTS.get(index as usize).and_then(|s| s.at)
}

/// One path with a zero-length segment per pin, in tenths of a map unit;
/// with round line caps each becomes a dot.
fn pins_path(hits: &[u32]) -> String {
    use std::fmt::Write as _;
    let mut d = String::with_capacity(hits.len() * 14);
    for &i in hits {
        if let Some(at) = spot_at(i) {
            let (x, y) = MAP_PROJECTION.project(at);
            _ = write!(d, "M{} {}h0", (x * 10.0) as i32, (y * 10.0) as i32);
        }
    }
    d
}
