//! 公開用の協力スポット一覧: the checked directory as the city's printed
//! list (A4, by district, with the date), printed or saved as a
//! self-contained HTML file, and as the open-data CSV of the spots page.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::browser::save_text;
use crate::components::spots_download::SpotsDownload;
use crate::components::staff_check::Checked;
use crate::components::staff_print::{PrintJob, print};
use crate::domain::i18n;
use crate::domain::staff::roster::{file_name, roster_document, roster_html};
use crate::state::{jst_now, use_lang};

/// Printing and saving the list.
#[component]
pub fn StaffRoster(
    /// The checked directory.
    current: RwSignal<Option<Checked>>,
    /// The page's print area.
    job: RwSignal<PrintJob>,
) -> impl IntoView {
    let t = i18n::staff(use_lang());
    let saved = RwSignal::new(String::new());
    // The list is the city's: only of a file the build would take.
    let spots = move || current.with(|c| c.as_ref().filter(|c| c.is_clean()).map(|c| c.spots));
    let print_list = move |_| {
        if let Some(spots) = spots() {
            print(job, PrintJob::Roster(roster_html(spots, jst_now().date)));
        }
    };
    let save = move |_| {
        let Some(spots) = spots() else {
            return;
        };
        let date = jst_now().date;
        let name = file_name(date);
        saved.set(
            match save_text(
                &roster_document(spots, date),
                "text/html;charset=utf-8",
                &name,
            ) {
                Ok(()) => t.saved(&name),
                Err(e) => {
                    log::error!("saving the list: {e}");
                    t.save_failed.to_owned()
                }
            },
        );
    };
    view! {
        <section class="staff-section" aria-labelledby="staff-roster-title">
            <h2 id="staff-roster-title">{t.roster_title}</h2>
            <p>{t.roster_text}</p>
            {move || {
                spots()
                    .is_none()
                    .then(|| view! { <p class="staff-note">{t.roster_needs_clean}</p> })
            }}
            <p class="staff-actions">
                <button
                    type="button"
                    class="text-button sticker-primary"
                    disabled=move || spots().is_none()
                    on:click=print_list
                >
                    {t.roster_print}
                </button>
                <button
                    type="button"
                    class="text-button"
                    disabled=move || spots().is_none()
                    on:click=save
                >
                    {t.roster_save}
                </button>
            </p>
            <p class="staff-hint" role="status">
                {move || saved.get()}
            </p>
            {move || spots().map(|spots| view! { <SpotsDownload spots /> })}
        </section>
    }
}
