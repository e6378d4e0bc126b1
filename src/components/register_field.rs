//! One field of the registration form: its label (with 必須 or 任意), a help
//! line, the control its kind calls for, and its error right below,
//! connected with `aria-describedby` and `aria-invalid`. Label, help line,
//! mark and options are in the current language (the field's texts come
//! from [`crate::domain::registration`]).
//!
//! The control starts with the draft's value and from then on only writes
//! to the draft: nothing is written back while the person types, so the
//! caret and Japanese input methods are left alone. (The page renders the
//! fields again when the mode changes or the draft is cleared.) Choices are
//! radio buttons or checkboxes, never drop-downs: every option is visible
//! and one tap away on a phone.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::registration::{Draft, Field, FieldId, Kind, Mode, badge};
use crate::state::use_lang;

/// DOM ids of the registration form's parts (the fields' own ids come from
/// their keys: see [`control_id`]).
pub mod ids {
    /// The form.
    pub const FORM: &str = "reg-form";
    /// The list of problems shown after a submit.
    pub const SUMMARY: &str = "reg-summary";
    /// The heading of the actions.
    pub const SEND_TITLE: &str = "reg-send-title";
    /// The heading of 「送信・提出が済んだら」.
    pub const DONE_TITLE: &str = "reg-done-title";
    /// The note on keeping the draft on the device.
    pub const SAVE_NOTE: &str = "reg-save-note";
    /// The note that the fields are not yet confirmed by the city.
    pub const UNCONFIRMED: &str = "reg-unconfirmed";
    /// The notice of values whose fields the form no longer has.
    pub const DROPPED: &str = "reg-dropped";
}

/// The DOM id of a field's control (of its first option, for groups of
/// radio buttons or checkboxes): where labels point and focus goes.
pub fn control_id(field: &Field, mode: Mode) -> String {
    match field.choices_for(mode).next() {
        Some(first) => choice_id(field, first.key),
        None => format!("reg-{}", field.key),
    }
}

fn choice_id(field: &Field, key: &str) -> String {
    format!("reg-{}-{key}", field.key)
}

/// A field of the registration form.
#[component]
pub fn RegisterField(
    /// The field to show (from `domain::registration::FIELDS`).
    field: &'static Field,
    /// Organisation or individual: the label, help and options follow it.
    mode: Mode,
    /// The draft; the control starts with its value and writes to it.
    draft: RwSignal<Draft>,
    /// The message to show next to the field, if any (in the current
    /// language).
    error: Memo<Option<String>>,
    /// Called when the person has finished with the field (a change was
    /// committed); from then on its errors show as they type.
    on_done: Callback<FieldId>,
) -> impl IntoView {
    let id = field.id;
    let hint_id = format!("reg-{}-hint", field.key);
    let error_id = format!("reg-{}-error", field.key);
    let described_by = format!("{hint_id} {error_id}");
    let invalid = move || error.with(Option::is_some);
    let aria_invalid = move || if invalid() { "true" } else { "false" };
    let value = draft.with_untracked(|d| d.get(id).to_owned());
    let lang = use_lang();
    let text = field.text_in(mode, lang);
    let label = text.label;
    let badge = view! {
        <span class="reg-badge" class:reg-badge--optional=!field.required>
            {badge(field.required, lang)}
        </span>
    };
    let hint = view! { <p id=hint_id class="reg-hint">{text.hint}</p> };
    let message = view! {
        <p id=error_id class="reg-error">
            {move || error.get()}
        </p>
    };

    if field.kind.choices().is_empty() {
        let input_id = format!("reg-{}", field.key);
        let write = move |ev| draft.update(|d| d.set(id, event_target_value(&ev)));
        let done = move |_| on_done.run(id);
        let control = if matches!(field.kind, Kind::LongText { .. }) {
            view! {
                <textarea
                    id=input_id.clone()
                    rows="5"
                    required=field.required
                    aria-describedby=described_by
                    aria-invalid=aria_invalid
                    prop:value=value
                    on:input=write
                    on:change=done
                ></textarea>
            }
            .into_any()
        } else {
            let (kind, inputmode, short) = match field.kind {
                Kind::Date => ("date", None, true),
                Kind::Email => ("email", None, false),
                Kind::Phone => ("tel", None, true),
                Kind::Postal | Kind::Count { .. } => ("text", Some("numeric"), true),
                _ => ("text", None, false),
            };
            view! {
                <input
                    id=input_id.clone()
                    type=kind
                    class:reg-input--short=short
                    inputmode=inputmode
                    autocomplete=field.autocomplete_for(mode)
                    required=field.required
                    aria-describedby=described_by
                    aria-invalid=aria_invalid
                    prop:value=value
                    on:input=write
                    on:change=done
                />
            }
            .into_any()
        };
        view! {
            <div class="reg-field" class:reg-field--invalid=invalid>
                <label class="reg-label" for=input_id>
                    {label}
                    {badge}
                </label>
                {hint}
                {control}
                {message}
            </div>
        }
        .into_any()
    } else {
        let multiple = matches!(field.kind, Kind::Checks(_));
        let options = field
            .choices_for(mode)
            .map(|choice| {
                let key = choice.key;
                let input_id = choice_id(field, key);
                let checked = if multiple {
                    draft.with_untracked(|d| d.is_checked(id, key))
                } else {
                    value == key
                };
                view! {
                    <div class="reg-option">
                        <input
                            id=input_id.clone()
                            type=if multiple { "checkbox" } else { "radio" }
                            name=format!("reg-{}", field.key)
                            value=key
                            prop:checked=checked
                            aria-invalid=move || multiple.then(aria_invalid)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                draft
                                    .update(|d| {
                                        if multiple {
                                            d.set_checked(id, key, on);
                                        } else if on {
                                            d.set(id, key);
                                        }
                                    });
                                on_done.run(id);
                            }
                        />
                        <label for=input_id>{choice.label_in(lang)}</label>
                    </div>
                }
            })
            .collect_view();
        // A radio group carries its own invalid state; checkboxes each do.
        view! {
            <fieldset
                class="reg-field reg-group"
                class:reg-field--invalid=invalid
                aria-describedby=described_by
                role=(!multiple).then_some("radiogroup")
                aria-invalid=move || (!multiple).then(aria_invalid)
            >
                <legend class="reg-label">{label} {badge}</legend>
                {hint}
                <div class="reg-options">{options}</div>
                {message}
            </fieldset>
        }
        .into_any()
    }
}
