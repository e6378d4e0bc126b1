//! The directory as open data: a CSV file made on the phone from the
//! bundled spots (nothing is fetched), in the columns of the Digital
//! Agency's facility list, UTF-8 with a BOM so spreadsheets read Japanese.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::spot::{CSV_FILE_NAME, directory_csv};
use crate::domain::spot_data::SPOTS;

/// The download button and what the file is.
#[component]
pub fn SpotsDownload() -> impl IntoView {
    let status = RwSignal::new(String::new());
    let download = move |_| {
        status.set(match save_csv(&directory_csv(SPOTS), CSV_FILE_NAME) {
            Ok(()) => format!("{CSV_FILE_NAME} を保存しました。"),
            Err(e) => {
                log::error!("CSV download: {e}");
                "保存できませんでした。別のブラウザでお試しください。".to_owned()
            }
        });
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

/// Offers `text` as a CSV download named `file_name`.
fn save_csv(text: &str, file_name: &str) -> Result<(), String> {
    let js = |e: JsValue| format!("{e:?}");
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js)?;
    let link = document
        .create_element("a")
        .map_err(js)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "not a link")?;
    link.set_href(&url);
    link.set_download(file_name);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link).map_err(js)?;
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(60_000, move || {
        _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
