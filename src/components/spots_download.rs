//! The directory as open data: a CSV file made on the phone from the
//! bundled spots (nothing is fetched), in the columns of the Digital
//! Agency's facility list, UTF-8 with a BOM so spreadsheets read Japanese.

use leptos::prelude::*;

use crate::browser::save_text;
use crate::domain::spot::{CSV_FILE_NAME, directory_csv};
use crate::domain::spot_data::SPOTS;

/// The download button and what the file is.
#[component]
pub fn SpotsDownload() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let download = move |_| {
        let csv = directory_csv(SPOTS);
        status.set(
            match save_text(&csv, "text/csv;charset=utf-8", CSV_FILE_NAME) {
                Ok(()) => format!("{CSV_FILE_NAME} を保存しました。"),
                Err(e) => {
                    log::error!("CSV download: {e}");
                    "保存できませんでした。別のブラウザでお試しください。".to_owned()
                }
            },
        );
    };
    view! {
        <section class="spots-download" aria-labelledby="spots-download-title">
            <h2 id="spots-download-title">"オープンデータ"</h2>
            <p>
                {format!(
                    "協力スポット{}件の一覧を、表計算ソフトで開けるCSVファイルで保存できます。列は、デジタル庁の自治体標準オープンデータセット（施設一覧）にそろえています。",
                    SPOTS.len(),
                )}
            </p>
            <button type="button" class="text-button" on:click=download>
                "一覧をCSVで保存"
            </button>
            <p class="note" role="status">{move || status.get()}</p>
        </section>
    }
}
