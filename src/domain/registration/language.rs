//! The page in the person's language.
//!
//! The page speaks the person's language; what is sent to the city stays in
//! the form's Japanese (the other files of this module). A field's label,
//! help line and options, and the modes and sections, are in the three
//! languages in the data file (`data/form.toml`, see `fields.rs`); the
//! messages (a [`Problem`] worded, in 日本語 too) and the marks come from
//! the catalogue's `register` section (data/i18n/register.toml), which only
//! the full build holds, as only it has the registration page.

#[cfg(feature = "full")]
use crate::domain::i18n;
use crate::domain::lang::Lang;
#[cfg(feature = "full")]
use crate::domain::phone::PhoneProblem;

#[cfg(feature = "full")]
use super::checks::{FieldError, Problem, field_problem};
#[cfg(feature = "full")]
use super::csv_row::NotListed;
#[cfg(feature = "full")]
use super::draft::Draft;
use super::fields::{Choice, Field, Mode, for_mode};
#[cfg(feature = "full")]
use super::fields::{FieldId, field};

/// A field's label and help line on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// The label.
    pub label: &'static str,
    /// The help line (may be empty).
    pub hint: &'static str,
}

impl Field {
    /// The label and help line for a registration of `mode`, in `lang`.
    pub fn text_in(&self, mode: Mode, lang: Lang) -> FieldText {
        FieldText {
            label: for_mode(&self.label, &self.label_person, mode)[lang as usize],
            hint: for_mode(&self.hint, &self.hint_person, mode)[lang as usize],
        }
    }
}

impl Choice {
    /// What the option says on the page, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        self.label[lang as usize]
    }
}

/// The mark after a label: required or optional, in `lang`.
#[cfg(feature = "full")]
pub fn badge(required: bool, lang: Lang) -> &'static str {
    let t = i18n::register(lang);
    if required { t.required } else { t.optional }
}

#[cfg(feature = "full")]
impl NotListed {
    /// The reason, in `lang`.
    pub fn message_in(self, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match self {
            NotListed::Individual => t.not_listed_individual,
            NotListed::Declined => t.not_listed_declined,
        }
    }
}

#[cfg(feature = "full")]
impl Problem {
    /// The message for the field labelled `label` (in `lang` too), in
    /// `lang`: the catalogue's `err_*` with the problem's numbers.
    pub fn message(self, label: &str, lang: Lang) -> String {
        let t = i18n::register(lang);
        match self {
            Problem::Missing => t.err_missing(label),
            Problem::NotChosen => t.err_not_chosen(label),
            Problem::NoneChecked => t.err_none_checked(label),
            Problem::TooLong { max, now } => t.err_too_long(&max.to_string(), &now.to_string()),
            Problem::Kana => t.err_kana.to_owned(),
            Problem::Postal => t.err_postal.to_owned(),
            Problem::Phone(p) => match p {
                PhoneProblem::TooLong => t.err_phone_too_long,
                PhoneProblem::Characters => t.err_phone_characters,
                PhoneProblem::Empty => t.err_phone_empty,
                PhoneProblem::NotJapan => t.err_phone_not_japan,
                PhoneProblem::NoAreaCode => t.err_phone_no_area_code,
                PhoneProblem::TooShort => t.err_phone_too_short,
                PhoneProblem::TooManyDigits => t.err_phone_too_many_digits,
                PhoneProblem::Invalid => t.err_phone_invalid,
            }
            .to_owned(),
            Problem::EmailNoAt => t.err_email_no_at.to_owned(),
            Problem::EmailForm => t.err_email_form.to_owned(),
            Problem::Date => t.err_date.to_owned(),
            Problem::Count { min, max } => t.err_count(&min.to_string(), &max.to_string()),
        }
    }
}

#[cfg(feature = "full")]
impl FieldError {
    /// The message for a registration of `mode`, in `lang`.
    pub fn message_in(&self, mode: Mode, lang: Lang) -> String {
        let label = field(self.id).text_in(mode, lang).label;
        self.problem.message(label, lang)
    }
}

/// The problem with one field of a draft, in `lang`, if any.
#[cfg(feature = "full")]
pub fn field_error_in(draft: &Draft, id: FieldId, lang: Lang) -> Option<String> {
    let label = field(id).text_in(draft.mode, lang).label;
    field_problem(draft, id).map(|p| p.message(label, lang))
}
