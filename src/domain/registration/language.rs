//! The page in the person's language.
//!
//! The page speaks the person's language (the catalogue's `register`
//! section, data/i18n/register.toml); what is sent to the city stays in the
//! form's Japanese (the other files of this module). The light build holds
//! no registration page and so no `register` section: there a field speaks
//! the form's own Japanese.

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
use super::fields::{Choice, Field, Mode};
#[cfg(feature = "full")]
use super::fields::{FieldId, Section, field};

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
        field_text(self, mode, lang)
    }
}

impl Choice {
    /// What the option says on the page, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        choice_label(self, lang)
    }
}

/// The mark after a label: required or optional, in `lang`.
pub fn badge(required: bool, lang: Lang) -> &'static str {
    badge_text(required, lang)
}

#[cfg(not(feature = "full"))]
fn field_text(f: &Field, mode: Mode, _lang: Lang) -> FieldText {
    FieldText {
        label: f.label_for(mode),
        hint: f.hint_for(mode),
    }
}

#[cfg(not(feature = "full"))]
fn choice_label(c: &Choice, _lang: Lang) -> &'static str {
    c.label
}

#[cfg(not(feature = "full"))]
fn badge_text(required: bool, _lang: Lang) -> &'static str {
    if required { "必須" } else { "任意" }
}

#[cfg(feature = "full")]
fn field_text(f: &Field, mode: Mode, lang: Lang) -> FieldText {
    let t = i18n::register(lang);
    let person = mode == Mode::Individual;
    let (label, hint) = match f.id {
        FieldId::Date => (t.label_date, ""),
        FieldId::Name if person => (t.label_name_person, t.hint_name),
        FieldId::Name => (t.label_name, t.hint_name),
        FieldId::Kana => (t.label_kana, t.hint_kana),
        FieldId::Category => (t.label_category, ""),
        FieldId::RepresentativeTitle => (t.label_rep_title, t.hint_rep_title),
        FieldId::RepresentativeName => (t.label_rep_name, ""),
        FieldId::Postal => (t.label_postal, t.hint_postal),
        FieldId::Address if person => (t.label_address_person, t.hint_address),
        FieldId::Address => (t.label_address, t.hint_address),
        FieldId::District if person => (t.label_district, t.hint_district_person),
        FieldId::District => (t.label_district, t.hint_district),
        FieldId::Phone => (t.label_phone, t.hint_phone),
        FieldId::Fax => (t.label_fax, ""),
        FieldId::Email => (t.label_email, ""),
        FieldId::ContactName => (t.label_contact_name, t.hint_contact_name),
        FieldId::ContactPhone => (t.label_contact_phone, t.hint_contact_phone),
        FieldId::Activities => (t.label_activities, t.hint_activities),
        FieldId::Stickers => (t.label_stickers, t.hint_stickers),
        FieldId::Publish => (t.label_publish, t.hint_publish),
        FieldId::Notes => (t.label_notes, t.hint_notes),
    };
    FieldText { label, hint }
}

#[cfg(feature = "full")]
fn choice_label(c: &Choice, lang: Lang) -> &'static str {
    let t = i18n::register(lang);
    match c.key {
        "company" => t.choice_company,
        "shop" => t.choice_shop,
        "medical" => t.choice_medical,
        "welfare" => t.choice_welfare,
        "school" => t.choice_school,
        "group" => t.choice_group,
        "public" => t.choice_public,
        "other" => t.choice_other,
        "tatsuno" => t.choice_tatsuno,
        "shingu" => t.choice_shingu,
        "ibogawa" => t.choice_ibogawa,
        "mitsu" => t.choice_mitsu,
        "outside" => t.choice_outside,
        "sticker" => t.choice_sticker,
        "leaflets" => t.choice_leaflets,
        "listen" => t.choice_listen,
        "refer" => t.choice_refer,
        "watch" => t.choice_watch,
        "awareness" => t.choice_awareness,
        "yes" => t.choice_yes,
        "no" => t.choice_no,
        // Every option has its text (a test goes through them).
        _ => c.label,
    }
}

#[cfg(feature = "full")]
fn badge_text(required: bool, lang: Lang) -> &'static str {
    let t = i18n::register(lang);
    if required { t.required } else { t.optional }
}

#[cfg(feature = "full")]
impl Mode {
    /// The choice as the form offers it, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match self {
            Mode::Organisation => t.mode_org,
            Mode::Individual => t.mode_person,
        }
    }
}

#[cfg(feature = "full")]
impl Section {
    /// The legend of the section for a registration of `mode`, in `lang`.
    pub fn label_in(self, mode: Mode, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match (self, mode) {
            (Section::Applicant, _) => t.section_applicant,
            (Section::Place, Mode::Organisation) => t.section_place_org,
            (Section::Place, Mode::Individual) => t.section_place_person,
            (Section::Contact, _) => t.section_contact,
            (Section::Cooperation, _) => t.section_cooperation,
            (Section::Other, _) => t.section_other,
        }
    }
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
    /// `lang`: in 日本語 exactly [`Problem::japanese`].
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
