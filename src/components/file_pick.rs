//! Choosing a file, or dropping it on the field: its name and bytes, read
//! in the browser. Nothing is sent anywhere.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::i18n;
use crate::state::use_lang;

/// A file input that also takes a file dropped on it.
#[component]
pub fn FilePick(
    /// The input's DOM id.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// The line under it.
    hint: &'static str,
    /// Called with the file's name and bytes.
    #[prop(into)]
    on_file: Callback<(String, Vec<u8>)>,
) -> impl IntoView {
    let t = i18n::staff(use_lang());
    let over = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let read = move |file: web_sys::File| {
        let name = file.name();
        let bytes = JsFuture::from(file.array_buffer());
        leptos::task::spawn_local(async move {
            match bytes.await {
                Ok(buffer) => {
                    failed.set(false);
                    on_file.run((name, js_sys::Uint8Array::new(&buffer).to_vec()));
                }
                Err(e) => {
                    log::error!("reading {name}: {e:?}");
                    failed.set(true);
                }
            }
        });
    };
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read(file);
        }
        // The same file, saved again after a fix, can be chosen again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            read(file);
        }
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div
            class="file-pick"
            class:file-pick--over=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <label for=id>{label}</label>
            <input
                id=id
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                aria-describedby=hint_id.clone()
                on:change=on_change
            />
            <p id=hint_id class="file-pick__hint">
                {hint}
            </p>
            <p class="file-pick__error" role="alert">
                {move || failed.get().then_some(t.file_unreadable)}
            </p>
        </div>
    }
}
