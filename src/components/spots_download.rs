//! The directory as open data: a CSV file made on the phone from the
//! bundled spots (nothing is fetched), in the columns of the Digital
//! Agency's facility list, UTF-8 with a BOM so spreadsheets read Japanese.
//! The file keeps that list's Japanese column names in every language: it
//! is the city's open-data format.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::browser::save_text;
use crate::domain::i18n;
use crate::domain::spot::{CSV_FILE_NAME, Spot, directory_csv};
use crate::domain::spot_data::SPOTS;
use crate::state::use_lang;

/// The download button and what the file is.
#[component]
pub fn SpotsDownload(
    /// The directory (the bundled one unless given: the staff page offers
    /// the file it checked).
    #[prop(default = SPOTS)]
    spots: &'static [Spot],
) -> impl IntoView {
    let t = i18n::spots(use_lang());
    let status = RwSignal::new(String::new());
    let download = move |_| {
        let csv = directory_csv(spots);
        status.set(
            match save_text(&csv, "text/csv;charset=utf-8", CSV_FILE_NAME) {
                Ok(()) => t.download_saved(CSV_FILE_NAME),
                Err(e) => {
                    log::error!("CSV download: {e}");
                    t.download_failed.to_owned()
                }
            },
        );
    };
    view! {
        <section class="spots-download" aria-labelledby="spots-download-title">
            <h2 id="spots-download-title">{t.download_title}</h2>
            <p>{t.download_text(&spots.len().to_string())}</p>
            <button type="button" class="text-button" on:click=download>
                {t.download_button}
            </button>
            <p class="note" role="status">{move || status.get()}</p>
        </section>
    }
}
