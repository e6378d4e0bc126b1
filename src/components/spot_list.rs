//! The directory as a list: grouped by district with counts, or, once the
//! person shared their position, one list nearest first. Each group shows
//! its first [`PAGE`] spots and a button for more, so even a directory of
//! ten thousand renders at once and each keystroke builds few cards.

use leptos::prelude::*;

use crate::components::spot_card::{CardAction, SpotCard, card_action, mark_selected};
use crate::domain::geo::LatLon;
use crate::domain::spot::{District, by_distance, group_by_district};
use crate::domain::spot_data::SPOTS;

/// How many spots a group shows before 「さらに表示」.
pub const PAGE: usize = 20;

/// The list of spots.
#[component]
pub fn SpotList(
    /// The spots to list (positions in [`SPOTS`], in list order).
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
    // One effect marks the selected card, rather than one per card.
    Effect::new(move |previous: Option<Option<u32>>| {
        let now = selected.get();
        if let Some(Some(before)) = previous
            && Some(before) != now
        {
            mark_selected(before, false);
        }
        if let Some(now) = now {
            mark_selected(now, true);
        }
        now
    });
    // One listener for the buttons of every card.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(CardAction::ShowOnMap(index)) = card_action(&ev) {
            on_show_on_map.run(index);
        }
    };
    view! {
        <div class="spot-list" on:click=on_click>
            {move || match here.get() {
                None => view! { <DistrictGroups hits selected /> }.into_any(),
                Some(from) => view! { <NearestFirst hits from selected /> }.into_any(),
            }}
        </div>
    }
}

/// The spots by district, each district with its count.
#[component]
fn DistrictGroups(hits: Signal<Vec<u32>>, selected: Signal<Option<u32>>) -> impl IntoView {
    let groups = Memo::new(move |_| hits.with(|h| group_by_district(SPOTS, h)));
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
                                    .map(|(_, m)| m.clone())
                                    .unwrap_or_default()
                            })
                    });
                    let title_id = format!("district-{}", district.id());
                    let labelled_by = title_id.clone();
                    view! {
                        <section class="spot-group" aria-labelledby=labelled_by>
                            <h2 class="spot-group__title" id=title_id>
                                {district.label()}
                                <span class="spot-group__count">
                                    {move || format!("{}件", members.with(Vec::len))}
                                </span>
                            </h2>
                            <Paged
                                items=Signal::derive(move || {
                                    members.get().into_iter().map(|i| (i, None)).collect()
                                })
                                selected
                            />
                        </section>
                    }
                }
            />
    }
}

/// The spots nearest first, with their distances.
#[component]
fn NearestFirst(
    hits: Signal<Vec<u32>>,
    from: LatLon,
    selected: Signal<Option<u32>>,
) -> impl IntoView {
    let sorted = Signal::derive(move || hits.with(|h| by_distance(SPOTS, h, from)));
    view! {
        <section class="spot-group" aria-labelledby="nearest-title">
            <h2 class="spot-group__title" id="nearest-title">
                "現在地から近い順"
            </h2>
            <Paged items=sorted selected />
        </section>
    }
}

/// A list that shows [`PAGE`] items more at a time (and always the selected
/// one).
#[component]
fn Paged(
    /// Spots and their distances, in order.
    items: Signal<Vec<(u32, Option<f64>)>>,
    selected: Signal<Option<u32>>,
) -> impl IntoView {
    let shown = RwSignal::new(PAGE);
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
    let remaining = move || items.with(Vec::len).saturating_sub(visible.with(Vec::len));
    view! {
        <ul class="spot-cards">
            <For
                each=move || visible.get()
                key=|(i, d)| (*i, d.map(f64::to_bits))
                children=move |(index, distance): (u32, Option<f64>)| {
                    view! {
                        <SpotCard
                            index=index
                            distance=distance
                            selected=selected.get_untracked() == Some(index)
                        />
                    }
                }
            />
        </ul>
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
                            {format!("さらに表示（残り{n}件）")}
                        </button>
                    }
                })
        }}
    }
}
