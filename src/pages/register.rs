//! 登録: the registration form 協力機関登録届出書（様式1）, for an organisation
//! or an individual who wants to join the network.
//!
//! Everything the form knows (fields, checks, the letter, the document, the
//! CSV row) lives in [`crate::domain::registration`]; this page holds the
//! draft, keeps it on the device as it is typed, and shows errors: for a
//! field once the person has finished with it (then live as they type),
//! and for every field on submit, with focus on the first. The filled A4
//! form is always in the page but shown only in print media, so printing
//! (also with the browser's own command) prints the 届出書.
//!
//! The page speaks the current language; what is sent to the city stays in
//! Japanese. A change of language renders the page again from the draft
//! kept on the device, so nothing typed is lost. When the form's fields
//! have changed since the draft was kept (the city edits them in
//! `data/form.toml`), the page names each value no field holds any more.
//!
//! Until 健康課 confirms the fields (`confirmed` in the data file), the page
//! says that the city's own 様式1 is always accepted, with a link to it.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::register_field::{RegisterField, control_id, ids};
use crate::components::register_send::RegisterSend;
use crate::components::register_unconfirmed::RegisterUnconfirmed;
use crate::components::sentence::sentence;
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::registration::{
    CONFIRMED, DIVISION, Draft, Dropped, FIELDS, FORM_NUMBER, FORM_TITLE, FieldId, Mode,
    Registration, SECTIONS, Stored, field, field_error_in, validate,
};
use crate::state::{jst_now, keys, use_lang};

/// Register page: join the network as an organisation or an individual.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::register(lang);
    let (restored, dropped) = match load_draft() {
        Some(Stored { draft, dropped }) => (Some(draft).filter(Draft::has_input), dropped),
        None => (None, Vec::new()),
    };
    let notice = RwSignal::new(restored.is_some().then_some(t.restored));
    // Restored values count as finished with: their problems show at once.
    let touched = RwSignal::new(
        restored
            .as_ref()
            .map(|d| {
                FIELDS
                    .iter()
                    .map(|f| f.id)
                    .filter(|id| !d.get(*id).is_empty())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let draft = RwSignal::new(restored.unwrap_or_else(fresh_draft));
    let (revision, set_revision) = signal(0_u32);
    let submitted = RwSignal::new(false);
    let saved = RwSignal::new(true);

    let mode = Memo::new(move |_| draft.with(|d| d.mode));
    let result = Memo::new(move |_| draft.with(validate));

    // Nothing is lost: every change is kept on the device at once.
    Effect::new(move |_| saved.set(draft.with(save_draft)));

    let mark_done = Callback::new(move |id: FieldId| {
        // A note about the form as it was ("no problems", "restored") is
        // stale once the person changes something.
        notice.set(None);
        touched.update(|t| {
            if !t.contains(&id) {
                t.push(id);
            }
        });
    });
    // A submit: every problem shows, focus goes to the first.
    let check = Callback::new(move |()| {
        let first =
            result.with_untracked(|r| r.as_ref().err().and_then(|e| e.first()).map(|e| e.id));
        submitted.set(first.is_some());
        match first {
            Some(id) => {
                touched.set(FIELDS.iter().map(|f| f.id).collect());
                let target = control_id(field(id), mode.get_untracked());
                // After the error texts are in the page, so the field is
                // announced with its message.
                request_animation_frame(move || focus(&target));
                false
            }
            None => true,
        }
    });
    let reset = move |message: &'static str| {
        forget_draft();
        draft.set(fresh_draft());
        touched.set(Vec::new());
        submitted.set(false);
        set_revision.update(|r| *r += 1);
        notice.set(Some(message));
    };
    let clear = move |_| {
        if confirm(t.confirm_clear) {
            reset(t.cleared);
        }
    };
    let sent = Callback::new(move |()| {
        if confirm(t.confirm_sent) {
            reset(t.cleared_thanks);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if check.run(()) {
            notice.set(Some(t.no_problems));
            focus(ids::SEND_TITLE);
        }
    };

    // The fields, rendered again only when the mode changes or the draft
    // is replaced (typing never re-renders a control).
    let sections = move || {
        revision.track();
        let m = mode.get();
        SECTIONS
            .iter()
            .filter(|section| section.fields(m).next().is_some())
            .map(|section| {
                let fields = section
                    .fields(m)
                    .map(|f| {
                        let id = f.id;
                        let error = Memo::new(move |_| {
                            if touched.with(|t| t.contains(&id)) {
                                draft.with(|d| field_error_in(d, id, lang))
                            } else {
                                None
                            }
                        });
                        view! {
                            <RegisterField
                                field=f
                                mode=m
                                draft=draft
                                error=error
                                on_done=mark_done
                            />
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="reg-section">
                        <legend>{section.label_in(m, lang)}</legend>
                        {fields}
                    </fieldset>
                }
            })
            .collect_view()
    };

    let summary = move || {
        if !submitted.get() {
            return None;
        }
        let errors = result.with(|r| r.as_ref().err().cloned())?;
        let m = mode.get();
        Some(view! {
            <div id=ids::SUMMARY class="reg-summary">
                <p class="reg-summary__title">{t.summary_count(&errors.len().to_string())}</p>
                <ul>
                    {errors
                        .into_iter()
                        .map(|e| {
                            let f = field(e.id);
                            view! {
                                <li>
                                    <a href=format!("#{}", control_id(f, m))>
                                        {format!(
                                            "{}: {}",
                                            f.text_in(m, lang).label,
                                            e.message_in(m, lang),
                                        )}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        })
    };

    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        // The official form and the division keep their Japanese names.
        <p>
            {sentence(
                t.intro,
                |name| {
                    let words = match name {
                        "form" => format!("{FORM_TITLE}（{FORM_NUMBER}）"),
                        _ => DIVISION.to_owned(),
                    };
                    view! { <span lang="ja">{words}</span> }
                },
                |_| (),
            )}
        </p>
        <RegisterUnconfirmed confirmed=CONFIRMED />
        {(lang != Lang::Ja).then(|| view! { <p class="reg-note">{t.sent_in_japanese}</p> })}
        <p id=ids::SAVE_NOTE class="reg-note" class:reg-warning=move || !saved.get()>
            {move || if saved.get() { t.saved_note } else { t.not_saved }}
        </p>
        <p class="reg-notice" role="status">
            {move || notice.get()}
        </p>
        {(!dropped.is_empty()).then(|| dropped_notice(&dropped, lang))}
        <form id=ids::FORM class="reg-form" novalidate on:submit=submit>
            <fieldset class="reg-section reg-mode">
                <legend>{t.mode_legend}</legend>
                <div class="reg-options">
                    {Mode::ALL
                        .into_iter()
                        .map(|m| {
                            let input_id = format!("reg-mode-{}", m.key());
                            view! {
                                <div class="reg-option">
                                    <input
                                        id=input_id.clone()
                                        type="radio"
                                        name="reg-mode"
                                        value=m.key()
                                        prop:checked=move || mode.get() == m
                                        on:change=move |_| draft.update(|d| d.mode = m)
                                    />
                                    <label for=input_id>{m.label_in(lang)}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {sections}
            {summary}
            <div class="reg-actions">
                <button type="submit" class="reg-button reg-button--primary">
                    {t.check_button}
                </button>
                <button type="button" class="reg-button" on:click=clear>
                    {t.clear_button}
                </button>
            </div>
        </form>
        <RegisterSend registration=result mode=mode on_check=check on_sent=sent />
        // Shown only in print media (style/register.css): the filled form.
        <div
            class="register-print"
            aria-hidden="true"
            inner_html=move || {
                result.with(|r| r.as_ref().map(Registration::sheet_html).unwrap_or_default())
            }
        ></div>
    }
}

/// The values kept on the device whose fields the form no longer has:
/// each with the label it had (the form's Japanese) and what was typed, so
/// the person can copy it where it now belongs.
fn dropped_notice(dropped: &[Dropped], lang: Lang) -> impl IntoView + use<> {
    let t = i18n::register(lang);
    let items = dropped
        .iter()
        .map(|d| {
            view! {
                <li>
                    <span lang="ja">{d.label.clone()}</span>
                    {t.dropped_separator}
                    <span class="reg-dropped__value">{d.value.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div id=ids::DROPPED class="reg-dropped">
            <p>{t.dropped_notice}</p>
            <ul>{items}</ul>
        </div>
    }
}

/// A new, empty form dated today (in Japan).
fn fresh_draft() -> Draft {
    Draft::new(jst_now().date)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept on this device, if any, and what no field holds any more.
fn load_draft() -> Option<Stored> {
    let text = local_storage()?
        .get_item(keys::REGISTER_DRAFT)
        .ok()
        .flatten()?;
    Draft::read_storage(&text)
}

/// Keeps the draft on this device (a draft with nothing typed is not
/// kept). `false` when the browser refuses to store it.
fn save_draft(draft: &Draft) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let stored = if draft.has_input() {
        storage.set_item(keys::REGISTER_DRAFT, &draft.to_storage())
    } else {
        storage.remove_item(keys::REGISTER_DRAFT)
    };
    stored
        .map_err(|e| log::error!("keeping the registration draft: {e:?}"))
        .is_ok()
}

/// Deletes the draft kept on this device.
fn forget_draft() {
    if let Some(storage) = local_storage() {
        _ = storage.remove_item(keys::REGISTER_DRAFT);
    }
}

/// Asks the person to confirm (the browser's own dialog).
fn confirm(question: &str) -> bool {
    web_sys::window().is_some_and(|w| w.confirm_with_message(question).unwrap_or(false))
}

/// Moves focus to the element with `id`.
fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        _ = element.focus();
    }
}
