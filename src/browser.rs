//! Small wrappers over browser APIs shared by pages: saving a file the app
//! made (a download that never leaves the device; full build) and copying
//! text, or selecting it where copying is refused.
//! Failures come back as messages for the log; callers tell the person.

#[cfg(feature = "full")]
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// A blob of `parts` with MIME type `mime`.
#[cfg(feature = "full")]
pub fn blob(parts: &js_sys::Array, mime: &str) -> Result<web_sys::Blob, String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(parts, &options).map_err(|e| format!("{e:?}"))
}

/// Offers a blob as a download named `file_name`.
#[cfg(feature = "full")]
pub fn save_blob(blob: &web_sys::Blob, file_name: &str) -> Result<(), String> {
    let js = |e: JsValue| format!("{e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js)?;
    let link = document
        .create_element("a")
        .map_err(js)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "not a link")?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_rel("noopener");
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

/// Offers `text` as a download named `file_name` with MIME type `mime`.
#[cfg(feature = "full")]
pub fn save_text(text: &str, mime: &str, file_name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    save_blob(&blob(&parts, mime)?, file_name)
}

/// Copies `text` to the clipboard, then calls `done(true)`, or
/// `done(false)` when the browser refused or has no clipboard (pages
/// served without https).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return done(false);
    };
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return done(false);
    }
    let written = navigator.clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
}

/// Selects the text of `node`, so a person can copy it by hand where the
/// browser refused to copy it.
pub fn select_text(node: &web_sys::Node) {
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        _ = selection.select_all_children(node);
    }
}
