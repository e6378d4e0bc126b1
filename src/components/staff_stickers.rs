//! 新しいスポットのステッカー: the staff pick spots of the checked file
//! (the ones added on this page first, then the newest) and print their
//! stickers on A4 sheets, each spot's own name and `?s=<id>`, through the
//! sticker studio's layout and its saved printer correction.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::components::sentence::sentence;
use crate::components::staff_check::Checked;
use crate::components::staff_print::{PrintJob, print};
use crate::components::sticker_size_copies::{SizeCopies, StickerSizeCopies};
use crate::domain::i18n;
use crate::domain::public_url::{PUBLIC_URL, concern};
use crate::domain::route::Route;
use crate::domain::spot::Spot;
use crate::domain::staff::stickers::{Chosen, sticker_pages};
use crate::domain::sticker::qr_url;
use crate::pages::sticker::{app_base_url, load_correction};
use crate::state::{href, use_lang};

/// How many spots the list shows before 「さらに表示」.
const PAGE: usize = 20;

/// Choosing spots and printing their stickers.
#[component]
pub fn StaffStickers(
    /// The checked directory.
    current: RwSignal<Option<Checked>>,
    /// The ids added on this page (chosen at once).
    added: RwSignal<Vec<String>>,
    /// The page's print area.
    job: RwSignal<PrintJob>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::staff(lang);
    let st = i18n::sticker(lang);
    let base = PUBLIC_URL.map_or_else(app_base_url, str::to_owned);
    let chosen = RwSignal::new(Vec::<String>::new());
    let size_copies = SizeCopies::default();
    let SizeCopies { size, copies, .. } = size_copies;
    let shown = RwSignal::new(PAGE);
    // A spot added here is one to print.
    Effect::new(move |_| {
        let ids = added.get();
        chosen.update(|c| {
            for id in ids {
                if !c.contains(&id) {
                    c.push(id);
                }
            }
        });
    });
    // The spots in the order offered: added here, then the newest.
    let offered = Memo::new(move |_| {
        current.with(|c| {
            c.as_ref()
                .map(|c| offer_order(c.spots, &added.get()))
                .unwrap_or_default()
        })
    });
    // Where the QR codes lead (`?s=` and each spot's id).
    let target = qr_url(&base, "ID").unwrap_or_default();
    let target_warning = concern(&target).map(|_| t.stickers_target_warning);
    let print_stickers = move |_| {
        let Ok(copies) = copies.get_untracked() else {
            return;
        };
        let spots = current.with_untracked(|c| c.as_ref().map(|c| c.spots).unwrap_or(&[]));
        let picked: Vec<Chosen> = chosen.with_untracked(|ids| {
            ids.iter()
                .filter_map(|id| spots.iter().find(|s| s.id == id))
                .map(|s| Chosen {
                    id: s.id.to_owned(),
                    name: s.name.to_owned(),
                })
                .collect()
        });
        match sticker_pages(
            &picked,
            &base,
            size.get_untracked(),
            copies,
            load_correction(),
        ) {
            Ok(pages) => print(job, PrintJob::Stickers(pages.concat())),
            Err(e) => log::error!("stickers: {e}"),
        }
    };
    let picked_count = move || {
        current.with(|c| {
            c.as_ref().map_or(0, |c| {
                chosen.with(|ids| {
                    ids.iter()
                        .filter(|id| c.spots.iter().any(|s| s.id == *id))
                        .count()
                })
            })
        })
    };

    view! {
        <section class="staff-section" aria-labelledby="staff-stickers-title">
            <h2 id="staff-stickers-title">{t.stickers_title}</h2>
            <p>{t.stickers_text}</p>
            {move || {
                let spots = offered.get();
                if spots.is_empty() {
                    return view! { <p class="staff-note">{t.stickers_none}</p> }.into_any();
                }
                let more = spots.len().saturating_sub(shown.get());
                view! {
                    <fieldset class="staff-choices">
                        <legend>{t.stickers_legend}</legend>
                        {spots
                            .into_iter()
                            .take(shown.get())
                            .map(|s| {
                                let id = s.id;
                                let box_id = format!("staff-sticker-{id}");
                                view! {
                                    <div class="staff-choice">
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            prop:checked=move || chosen.with(|c| c.iter().any(|x| x == id))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| {
                                                    c.retain(|x| x != id);
                                                    if on {
                                                        c.push(id.to_owned());
                                                    }
                                                });
                                            }
                                        />
                                        <label for=box_id>
                                            <span lang="ja">{s.name}</span>
                                            " "
                                            <span class="staff-choice__id">{format!("({id})")}</span>
                                        </label>
                                    </div>
                                }
                            })
                            .collect_view()}
                        {(more > 0)
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="text-button"
                                        on:click=move |_| shown.update(|n| *n += PAGE)
                                    >
                                        {t.stickers_more(&more.to_string())}
                                    </button>
                                }
                            })}
                    </fieldset>
                }
                    .into_any()
            }}
            <StickerSizeCopies
                ids="staff-sticker"
                look="staff"
                chosen=size_copies
                copies_label=t.stickers_copies_label
                note=move |per_sheet, n| {
                    t.stickers_copies_note(&per_sheet.to_string(), &n.to_string())
                }
            />
            <p class="staff-hint">
                {st.qr_target} " " <code>{target}</code>
            </p>
            <p class="staff-hint staff-error" role="status">
                {target_warning}
            </p>
            <p class="staff-hint">
                {sentence(
                    t.stickers_correction,
                    |_| (),
                    |words| view! { <a href=href(Route::Sticker, "")>{words}</a> },
                )}
            </p>
            <p>
                <button
                    type="button"
                    class="text-button sticker-primary"
                    disabled=move || picked_count() == 0 || copies.with(Result::is_err)
                    on:click=print_stickers
                >
                    {move || t.stickers_print(&picked_count().to_string())}
                </button>
            </p>
        </section>
    }
}

/// The spots to offer: those added on this page (newest first), then the
/// rest by 登録日, newest first (in list order when the same).
fn offer_order(spots: &'static [Spot], added: &[String]) -> Vec<&'static Spot> {
    let mut offered: Vec<&'static Spot> = spots.iter().collect();
    offered.sort_by(|a, b| {
        let rank = |s: &Spot| added.iter().rposition(|id| id == s.id);
        rank(b)
            .cmp(&rank(a))
            .then_with(|| b.registered.cmp(a.registered))
    });
    offered
}
