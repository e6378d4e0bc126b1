//! 登録を一覧に加える: the staff paste the registration form's CSV row (or
//! choose its file), or the letter the form e-mailed; it is checked, given
//! the next free id and added to the checked directory, which then
//! downloads as UTF-8 with a byte order mark. A registration that said 「否」
//! to publication, or a person's, is refused with the reason.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::browser::save_text;
use crate::components::file_pick::FilePick;
use crate::components::staff_check::Checked;
use crate::domain::cp932::decode;
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::registration::NotListed;
use crate::domain::spot_data::SPOTS_ARE_SAMPLE;
use crate::domain::staff::directory::{Added, FILE_NAME, NotAdded, city_boundary};
use crate::domain::staff::intake::{Refusal, read_registration};
use crate::state::use_lang;

/// DOM ids.
mod ids {
    pub const PASTED: &str = "staff-registration";
    pub const PASTED_HINT: &str = "staff-registration-hint";
}

/// What became of the last registration.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Added with this id, on this row.
    Added { id: String, row: usize },
    /// Not added: why, and the details (Japanese when `japanese`).
    Refused {
        why: String,
        details: Vec<String>,
        japanese: bool,
    },
}

/// Pasting or choosing a registration, adding it, saving the directory.
#[component]
pub fn StaffAdd(
    /// The directory being worked on; replaced by the one with the spot.
    current: RwSignal<Option<Checked>>,
    /// The ids added on this page, newest last.
    added: RwSignal<Vec<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::staff(lang);
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let saved = RwSignal::new(String::new());

    let on_file = move |(_, bytes): (String, Vec<u8>)| match decode(&bytes) {
        Ok((text, _)) => pasted.set(text),
        Err(why) => outcome.set(Some(Outcome::Refused {
            why: t.check_unreadable.to_owned(),
            details: vec![why],
            japanese: true,
        })),
    };
    let add = move |_| {
        saved.set(String::new());
        let result = current.with_untracked(|c| {
            let c = c.as_ref()?;
            Some(add_to(c, &pasted.get_untracked(), lang))
        });
        match result {
            None => outcome.set(Some(Outcome::Refused {
                why: t.add_needs_directory.to_owned(),
                details: Vec::new(),
                japanese: false,
            })),
            Some(Ok((checked, id, row))) => {
                current.set(Some(checked));
                added.update(|a| a.push(id.clone()));
                pasted.set(String::new());
                outcome.set(Some(Outcome::Added { id, row }));
            }
            Some(Err(refused)) => outcome.set(Some(refused)),
        }
    };
    let save = move |_| {
        let file = current.with_untracked(|c| {
            c.as_ref()
                .filter(|c| c.is_clean())
                .map(|c| c.directory.file())
        });
        let Some(file) = file else {
            return;
        };
        saved.set(
            match save_text(&file, "text/csv;charset=utf-8", FILE_NAME) {
                Ok(()) => t.saved(FILE_NAME),
                Err(e) => {
                    log::error!("saving the directory: {e}");
                    t.save_failed.to_owned()
                }
            },
        );
    };
    let clean = move || current.with(|c| c.as_ref().is_some_and(Checked::is_clean));

    view! {
        <section class="staff-section" aria-labelledby="staff-add-title">
            <h2 id="staff-add-title">{t.add_title}</h2>
            <p>{t.add_text}</p>
            <p>{t.add_declined_text}</p>
            <div class="staff-field">
                <label for=ids::PASTED>{t.add_paste_label}</label>
                <textarea
                    id=ids::PASTED
                    rows="6"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby=ids::PASTED_HINT
                    bind:value=pasted
                ></textarea>
                <p id=ids::PASTED_HINT class="staff-hint">
                    {t.add_paste_hint}
                </p>
            </div>
            <FilePick
                id="staff-registration-file"
                label=t.add_file_label
                hint=t.add_file_hint
                on_file=on_file
            />
            <p>
                <button
                    type="button"
                    class="text-button sticker-primary"
                    disabled=move || pasted.with(|p| p.trim().is_empty())
                    on:click=add
                >
                    {t.add_button}
                </button>
            </p>
            <div class="staff-result" role="status">
                {move || outcome.get().map(|o| show(o, lang))}
            </div>
            <h3>{t.save_directory_title}</h3>
            <p>{t.save_directory_text}</p>
            <p>
                <button
                    type="button"
                    class="text-button"
                    disabled=move || !clean()
                    on:click=save
                >
                    {t.save_directory_button}
                </button>
            </p>
            <p class="staff-hint" role="status">
                {move || saved.get()}
            </p>
        </section>
    }
}

/// Reads `pasted` and adds it to `c`: the new directory, the id and row.
fn add_to(c: &Checked, pasted: &str, lang: Lang) -> Result<(Checked, String, usize), Outcome> {
    let t = i18n::staff(lang);
    let refused = |why: String, details: Vec<String>, japanese: bool| Outcome::Refused {
        why,
        details,
        japanese,
    };
    let cells = read_registration(pasted).map_err(|r| match r {
        Refusal::NotRecognised => refused(t.refuse_not_recognised.to_owned(), Vec::new(), false),
        Refusal::RowCount(n) => refused(t.refuse_row_count(&n.to_string()), Vec::new(), false),
        Refusal::Width { found, expected } => refused(
            t.refuse_width(&found.to_string(), &expected.to_string()),
            Vec::new(),
            false,
        ),
        Refusal::Unreadable(why) => refused(t.refuse_unreadable.to_owned(), vec![why], true),
        Refusal::NotListed(NotListed::Declined) => {
            refused(t.refuse_declined.to_owned(), Vec::new(), false)
        }
        Refusal::NotListed(NotListed::Individual) => {
            refused(t.refuse_individual.to_owned(), Vec::new(), false)
        }
        Refusal::Invalid { mode, errors } => refused(
            t.refuse_invalid.to_owned(),
            errors.iter().map(|e| e.message_in(mode, lang)).collect(),
            false,
        ),
    })?;
    let boundary = city_boundary().map_err(|e| refused(e, Vec::new(), true))?;
    match c.directory.add(&cells, &boundary, SPOTS_ARE_SAMPLE) {
        Ok(Added { directory, id, row }) => Ok((Checked::new(c.name.clone(), directory), id, row)),
        Err(NotAdded::DirectoryHasIssues) => Err(refused(
            t.refuse_directory_issues.to_owned(),
            Vec::new(),
            false,
        )),
        Err(NotAdded::AlreadyListed { row, id }) => Err(refused(
            t.refuse_already_listed(&row.to_string(), &id),
            Vec::new(),
            false,
        )),
        Err(NotAdded::Issues(issues)) => Err(refused(
            t.refuse_issues.to_owned(),
            issues.into_iter().map(|i| i.message).collect(),
            true,
        )),
    }
}

fn show(outcome: Outcome, lang: Lang) -> impl IntoView {
    let t = i18n::staff(lang);
    match outcome {
        Outcome::Added { id, row } => view! {
            <p class="staff-ok">{t.added(&id, &row.to_string())}</p>
        }
        .into_any(),
        Outcome::Refused {
            why,
            details,
            japanese,
        } => view! {
            <p class="staff-error">{why}</p>
            {(!details.is_empty())
                .then(|| {
                    view! {
                        <ul class="staff-issues" lang=japanese.then_some("ja")>
                            {details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                        </ul>
                    }
                })}
        }
        .into_any(),
    }
}
