//! The stickers' size and how many to print: a size select, and a copies
//! field whose note says how many fit on an A4 page (or why the number is
//! refused). The sticker studio and the staff page's stickers use it.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::i18n;
use crate::domain::sticker::{StickerError, StickerSize, parse_copies, sheet_layout};
use crate::state::use_lang;

/// The chosen size and copies, and what follows from them.
#[derive(Clone, Copy)]
pub struct SizeCopies {
    /// The chosen size.
    pub size: RwSignal<StickerSize>,
    /// The copies as typed (empty: one page's worth).
    copies_text: RwSignal<String>,
    /// How many stickers of the size one page holds.
    pub per_sheet: Memo<usize>,
    /// The copies read from the typed text, or why they are refused.
    pub copies: Memo<Result<usize, StickerError>>,
}

impl Default for SizeCopies {
    /// The default size, and no copies typed.
    fn default() -> Self {
        let size = RwSignal::new(StickerSize::default());
        let copies_text = RwSignal::new(String::new());
        SizeCopies {
            size,
            copies_text,
            per_sheet: Memo::new(move |_| sheet_layout(size.get()).per_sheet()),
            copies: Memo::new(move |_| parse_copies(&copies_text.get(), size.get())),
        }
    }
}

/// The size select and the copies field.
#[component]
pub fn StickerSizeCopies(
    /// The start of the DOM ids: `{ids}-size`, `{ids}-copies` and
    /// `{ids}-copies-note`.
    ids: &'static str,
    /// The start of the page's class names: `{look}-field`, `{look}-hint`.
    look: &'static str,
    /// The size and copies, chosen here.
    chosen: SizeCopies,
    /// The copies field's label.
    copies_label: &'static str,
    /// The note under the field, from the stickers a page holds and the
    /// copies.
    note: impl Fn(usize, usize) -> String + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let SizeCopies {
        size,
        copies_text,
        per_sheet,
        copies,
    } = chosen;
    let size_id = format!("{ids}-size");
    let copies_id = format!("{ids}-copies");
    let note_id = format!("{ids}-copies-note");
    let field = format!("{look}-field");
    view! {
        <div class=field.clone()>
            <label for=size_id.clone()>{i18n::sticker(lang).size_label}</label>
            <select
                id=size_id
                prop:value=move || size.get().key()
                on:change=move |ev| {
                    if let Some(s) = StickerSize::from_key(&event_target_value(&ev)) {
                        size.set(s);
                    }
                }
            >
                {StickerSize::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option value=s.key() selected=move || size.get() == s>
                                {s.label_in(lang)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class=field>
            <label for=copies_id.clone()>{copies_label}</label>
            <input
                id=copies_id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                placeholder=move || per_sheet.get().to_string()
                aria-describedby=note_id.clone()
                aria-invalid=move || copies.get().is_err().to_string()
                bind:value=copies_text
            />
            <p id=note_id class=format!("{look}-hint") aria-live="polite">
                {move || match copies.get() {
                    Ok(n) => note(per_sheet.get(), n),
                    Err(e) => e.message(lang),
                }}
            </p>
        </div>
    }
}
