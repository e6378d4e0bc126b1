//! The directory as a list: grouped by district with counts, or, once the
//! person shared their position, one list nearest first. Each group shows
//! its first [`PAGE`] spots and a button for more, so even a directory of
//! ten thousand renders at once and a keystroke builds few cards.
//!
//! A page of cards is one HTML string from the domain
//! ([`crate::domain::spot::card_html`], every text escaped, in the page's
//! language), which the
//! browser builds far faster than node by node; so the cards carry no
//! closures: one listener per list handles their buttons, and one effect
//! marks the selected card.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::geo::LatLon;
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::spot::{
    CardLabels, District, Kind, SELECTED_CARD_CLASS, Spot, by_distance, card_html, card_id,
    group_by_district,
};
use crate::domain::spot_data::SPOTS;
use crate::state::use_lang;

/// How many spots a group shows before 「さらに表示」.
pub const PAGE: usize = 20;

/// From how many cards a list lets the browser skip laying out the cards
/// out of view (CSS `content-visibility`): it halves the work of a
/// keystroke at a full page, and is not worth it for a few cards.
const LONG_LIST: usize = 8;

/// The list of spots.
#[component]
pub fn SpotList(
    /// The directory (the bundled one unless given: the staff page previews
    /// a file it checked).
    #[prop(default = SPOTS)]
    spots: &'static [Spot],
    /// The spots to list (positions in `spots`, in list order).
    #[prop(into)]
    hits: Signal<Vec<u32>>,
    /// The person's position, when they chose 「近い順」.
    #[prop(into)]
    here: Signal<Option<LatLon>>,
    /// The selected spot.
    #[prop(into)]
    selected: Signal<Option<u32>>,
    /// Shows a spot on the map.
    #[prop(into)]
    on_show_on_map: Callback<u32>,
) -> impl IntoView {
    Effect::new(move |previous: Option<Option<u32>>| {
        let now = selected.get();
        if let Some(Some(before)) = previous
            && Some(before) != now
        {
            mark_selected(spots, before, false);
        }
        if let Some(now) = now {
            mark_selected(spots, now, true);
        }
        now
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(index) = card_action(&ev) {
            on_show_on_map.run(index);
        }
    };
    view! {
        <div class="spot-list" on:click=on_click>
            {move || match here.get() {
                None => view! { <DistrictGroups spots hits selected /> }.into_any(),
                Some(from) => view! { <NearestFirst spots hits from selected /> }.into_any(),
            }}
        </div>
    }
}

/// The spots by district, each district with its count.
#[component]
fn DistrictGroups(
    spots: &'static [Spot],
    hits: Signal<Vec<u32>>,
    selected: Signal<Option<u32>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::spots(lang);
    let groups = Memo::new(move |_| hits.with(|h| group_by_district(spots, h)));
    let districts =
        move || -> Vec<District> { groups.with(|g| g.iter().map(|(d, _)| *d).collect()) };
    view! {
        <For
            each=districts
            key=|d| *d
            children=move |district: District| {
                let members = Memo::new(move |_| {
                    groups
                        .with(|g| {
                            g.iter()
                                .find(|(d, _)| *d == district)
                                .map(|(_, m)| m.iter().map(|&i| (i, None)).collect())
                                .unwrap_or_default()
                        })
                });
                let title_id = format!("district-{}", district.id());
                let labelled_by = title_id.clone();
                view! {
                    <section class="spot-group" aria-labelledby=labelled_by>
                        <h2 class="spot-group__title" id=title_id>
                            {i18n::district_label(district, lang)}
                            <span class="spot-group__count">
                                {move || t.group_count(&members.with(Vec::len).to_string())}
                            </span>
                        </h2>
                        <Paged spots items=members selected />
                    </section>
                }
            }
        />
    }
}

/// The spots nearest first, with their distances.
#[component]
fn NearestFirst(
    spots: &'static [Spot],
    hits: Signal<Vec<u32>>,
    from: LatLon,
    selected: Signal<Option<u32>>,
) -> impl IntoView {
    let t = i18n::spots(use_lang());
    let sorted = Memo::new(move |_| hits.with(|h| by_distance(spots, h, from)));
    view! {
        <section class="spot-group" aria-labelledby="nearest-title">
            <h2 class="spot-group__title" id="nearest-title">
                {t.nearest_title}
            </h2>
            <Paged spots items=sorted selected />
        </section>
    }
}

/// A list that shows [`PAGE`] items more at a time (and always the selected
/// one).
#[component]
fn Paged(
    spots: &'static [Spot],
    /// Spots and their distances, in order.
    #[prop(into)]
    items: Signal<Vec<(u32, Option<f64>)>>,
    selected: Signal<Option<u32>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::spots(lang);
    let labels = card_labels(lang);
    let shown = RwSignal::new(PAGE);
    // The cards shown, in one memo: the markup below depends on it alone.
    // (Reading both this memo and `items` there once missed a change: a
    // memo that another source has already refreshed does not report its
    // change to a second reader in reactive_graph 0.2.)
    let visible = Memo::new(move |_| {
        items.with(|all| {
            let position = selected
                .get()
                .and_then(|s| all.iter().position(|(i, _)| *i == s));
            let count = shown
                .get()
                .max(position.map_or(0, |p| p + 1))
                .min(all.len());
            all[..count].to_vec()
        })
    });
    let html = move || {
        let chosen = selected.get_untracked();
        visible.with(|shown| {
            shown
                .iter()
                .filter_map(|&(i, d)| {
                    spots
                        .get(i as usize)
                        .map(|s| card_html(s, i, d, chosen == Some(i), &labels))
                })
                .collect::<String>()
        })
    };
    let remaining = move || items.with(Vec::len).saturating_sub(visible.with(Vec::len));
    view! {
        <ul
            class="spot-cards"
            class:spot-cards--long=move || { visible.with(Vec::len) > LONG_LIST }
            inner_html=html
        ></ul>
        {move || {
            let n = remaining();
            (n > 0)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="text-button spot-group__more"
                            on:click=move |_| shown.update(|s| *s += PAGE)
                        >
                            {t.more(&n.to_string())}
                        </button>
                    }
                })
        }}
    }
}

/// The words on the cards in `lang`, from the catalogue.
pub fn card_labels(lang: Lang) -> CardLabels {
    let t = i18n::spots(lang);
    CardLabels {
        lang,
        kinds: Kind::ALL.map(|k| i18n::spot_kind_label(k, lang)),
        call: t.card_call("{name}"),
        distance: t.card_distance("{distance}"),
        map_app: t.card_map_app,
        show_on_map: t.card_show_on_map,
        website: t.card_website,
        spoken: i18n::home(lang).spoken("{digits}"),
        number_hash: i18n::labels(lang).number_hash,
        number_groups: i18n::labels(lang).number_groups,
    }
}

/// Handles a click that bubbled up from a card: returns the spot whose
/// 「この地図で見る」 was tapped. 「地図アプリで開く」 follows its `geo:` link
/// only where a map app takes it (Android); elsewhere (iPhone, computers)
/// it opens the same place on the map site. Nothing is fetched before the
/// tap.
fn card_action(ev: &leptos::ev::MouseEvent) -> Option<u32> {
    let target = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()??;
    match target.get_attribute("data-action")?.as_str() {
        "show-on-map" => target.get_attribute("data-index")?.parse().ok(),
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
            None
        }
        _ => None,
    }
}

/// Marks the card of the spot at `index` as selected (or not), if shown.
fn mark_selected(spots: &[Spot], index: u32, selected: bool) {
    let Some(card) = spots.get(index as usize).and_then(|spot| {
        web_sys::window()?
            .document()?
            .get_element_by_id(&card_id(spot))
    }) else {
        return;
    };
    let classes = card.class_list();
    if selected {
        _ = classes.add_1(SELECTED_CARD_CLASS);
        _ = card.set_attribute("aria-current", "true");
    } else {
        _ = classes.remove_1(SELECTED_CARD_CLASS);
        _ = card.remove_attribute("aria-current");
    }
}
