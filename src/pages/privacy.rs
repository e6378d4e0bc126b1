//! プライバシーと保存データ: what the app does not do, what it keeps on this
//! device and why (from [`crate::domain::storage`]), one button that erases
//! all of it (the offline copy too), and what the browser keeps anyway.
//! Served by the full build: a first visit does not need it.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::i18n::{self, route_label};
use crate::domain::route::Route;
use crate::domain::storage::{self, ALL, Area, StoredItem};
use crate::pwa::erase_offline_copy;
use crate::state::{erase_stored_data, stored_items_present, use_lang};

/// Privacy page: no tracking, the list of stored items and erasing them, a
/// shared phone, and what the browser keeps.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::privacy(lang);
    let (present, set_present) = signal(stored_items_present());
    let (confirming, set_confirming) = signal(false);
    let (status, set_status) = signal(String::new());
    let erase = move |_| {
        let stored = erase_stored_data();
        set_present.set(stored_items_present());
        set_confirming.set(false);
        leptos::task::spawn_local(async move {
            let offline = erase_offline_copy().await;
            set_status.set(
                if stored && offline {
                    t.erased
                } else {
                    t.erase_failed
                }
                .to_owned(),
            );
        });
    };
    let is_present = move |item: StoredItem| present.with(|p| p.contains(&item));

    view! {
        <h1>{route_label(Route::Privacy, lang)}</h1>

        <section aria-labelledby="privacy-no-tracking">
            <h2 id="privacy-no-tracking">{t.no_tracking_title}</h2>
            <ul>
                <li>{t.no_tracking_1}</li>
                <li>{t.no_tracking_2}</li>
                <li>{t.no_tracking_3}</li>
                <li>{t.no_tracking_4}</li>
            </ul>
        </section>

        <section aria-labelledby="privacy-offline">
            <h2 id="privacy-offline">{t.offline_title}</h2>
            <p>{t.offline_text}</p>
        </section>

        <section aria-labelledby="privacy-stored">
            <h2 id="privacy-stored">{t.stored_title}</h2>
            <p>{t.stored_lead}</p>
            <ul class="stored-items">
                {ALL
                    .iter()
                    .map(|item| {
                        let item = *item;
                        view! {
                            <li>
                                <span class="stored-items__what">{purpose(item, t)}</span>
                                <span class="stored-items__when">
                                    {match item.area {
                                        Area::Local => t.lifetime_local,
                                        Area::Session => t.lifetime_session,
                                    }}
                                </span>
                                <span class="stored-items__state">
                                    {move || {
                                        if is_present(item) { t.present } else { t.absent }
                                    }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="erase">
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="text-button erase__start"
                                on:click=move |_| {
                                    set_status.set(String::new());
                                    set_confirming.set(true);
                                }
                            >
                                {t.erase_start}
                            </button>
                        }
                    }
                >
                    <p id="erase-question">
                        {t.erase_question}
                    </p>
                    <div class="erase__actions" role="group" aria-labelledby="erase-question">
                        <button type="button" class="text-button erase__confirm" on:click=erase>
                            {t.erase_confirm}
                        </button>
                        <button
                            type="button"
                            class="text-button"
                            on:click=move |_| set_confirming.set(false)
                        >
                            {t.erase_cancel}
                        </button>
                    </div>
                </Show>
                <p class="erase__status" role="status">
                    {move || status.get()}
                </p>
            </div>
        </section>

        <section aria-labelledby="privacy-shared">
            <h2 id="privacy-shared">{t.shared_title}</h2>
            <p>{t.shared_text}</p>
        </section>

        <section aria-labelledby="privacy-browser">
            <h2 id="privacy-browser">{t.browser_title}</h2>
            <p>{t.browser_lead}</p>
            <ul>
                <li>{t.browser_history}</li>
                <li>{t.browser_suggestions}</li>
                <li>{t.browser_keyboard}</li>
            </ul>
            <p>{t.private_lead}</p>
            <ul>
                <li>{t.private_safari}</li>
                <li>{t.private_chrome}</li>
            </ul>
        </section>
    }
}

/// What a stored item holds and why, in the page's language.
fn purpose(item: StoredItem, t: &'static i18n::Privacy) -> &'static str {
    match item.key {
        k if k == storage::LANGUAGE.key => t.stored_language,
        k if k == storage::SEARCH.key => t.stored_search,
        k if k == storage::SPOTS_SEARCH.key => t.stored_spots_search,
        k if k == storage::LAST_CALL.key => t.stored_last_call,
        k if k == storage::REGISTER_DRAFT.key => t.stored_register_draft,
        k if k == storage::STICKER_PRINT_CORRECTION.key => t.stored_sticker_correction,
        k if k == storage::LEAFLET_CHOICES.key => t.stored_leaflet_choices,
        _ => item.purpose,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lang::Lang;

    #[test]
    fn every_stored_item_is_explained_in_every_language() {
        for lang in Lang::ALL {
            for item in ALL {
                let text = purpose(*item, i18n::privacy(lang));
                assert!(!text.is_empty());
                if lang == Lang::En {
                    assert_ne!(text, item.purpose, "{} has no English purpose", item.key);
                }
            }
        }
        assert_eq!(
            purpose(storage::LANGUAGE, i18n::privacy(Lang::Ja)),
            storage::LANGUAGE.purpose
        );
    }
}
