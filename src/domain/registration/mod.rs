//! 登録: the registration form つながるいのちサポートネットワーク協力機関登録届出書
//! （様式1）, with which an organisation or an individual joins the network.
//!
//! Everything the form knows lives here. The field list ([`FIELDS`]: which
//! fields exist, who sees them, what they accept, their words in three
//! languages and their options) comes from `data/form.toml`, which the city
//! edits without touching Rust; the build checks it ([`source`]). Here:
//! validation (each [`Problem`] a fact, which the page words in the
//! person's language from the catalogue), normalisation (postal codes, phone
//! numbers, kana, e-mail, dates), the saved draft, and the four ways out:
//! the plain-text letter, the `mailto:` URL, the one-row CSV in the spot
//! directory's columns ([`super::spot::COLUMNS`]) and the printable A4
//! document.
//!
//! Raw input is a [`Draft`] (strings exactly as typed); [`validate`] turns
//! it into a [`Registration`] (checked, normalised values) or the list of
//! field errors in form order.
//!
//! What is sent to the city (the letter, the CSV row, the A4 document:
//! `mail.rs`, `csv_row.rs`, `document.rs`) is always the Japanese form, by
//! design, whatever the language of the screen; only the page speaks the
//! person's language (the field's texts: [`Field::text_in`],
//! [`Choice::label_in`] from the data file; `Problem::message` and
//! `NotListed::message_in` from data/i18n/register.toml).
//!
//! One file per concern: `source.rs` (the data file's format and checks),
//! `fields.rs` (the form: modes, options, kinds, sections, [`FIELDS`]),
//! `draft.rs` (what was typed, kept on the device),
//! `checks.rs` (validation and normalisation), `mail.rs` (the letter and
//! its `mailto:` URL), `csv_row.rs` (the row for the spot directory),
//! `document.rs` (the printable A4 document), `language.rs` (the page's
//! words in the person's language). The settings below are shared.

mod checks;
mod csv_row;
mod document;
mod draft;
mod fields;
mod language;
mod mail;
pub use rules::registration::source;

#[cfg(test)]
mod tests;

pub use checks::{
    FieldError, Problem, Registration, Value, field_problem, multi_line, normalize_count,
    normalize_date, normalize_email, normalize_kana, normalize_phone, normalize_postal, one_line,
    validate,
};
pub use csv_row::{NotListed, katakana};
pub use document::SHEET_CSS;
pub use draft::{Draft, Dropped, Stored, iso, wareki};
pub use fields::{
    Applies, CONFIRMED, Choice, DATE_FIELD, FIELDS, FORM_NUMBER, FORM_TITLE, Field, FieldId, Kind,
    Mode, ModeWords, NAME_FIELD, Role, SECTIONS, Section, Words, field, fields_for,
};
pub use language::FieldText;
#[cfg(feature = "full")]
pub use language::{badge, field_error_in};
pub use mail::{Mailto, mailto};

// ---------------------------------------------------------------- settings

/// The e-mail address of たつの市 健康課, set at build time with the
/// environment variable `TSUNAGARU_KENKO_EMAIL` (see the README). Our
/// sources do not publish it, so while it is unset the mail app opens with
/// an empty recipient and the page says where to send the letter. A value
/// that is not a plain address (letters, digits, `.`, `_`, `+`, `-`, one
/// `@`, a dotted domain) fails the build.
pub const KENKO_EMAIL: Option<&str> = configured_address(option_env!("TSUNAGARU_KENKO_EMAIL"));

const fn configured_address(value: Option<&'static str>) -> Option<&'static str> {
    match value {
        Some(address) if !address.is_empty() => {
            assert!(
                is_plain_address(address.as_bytes()),
                "TSUNAGARU_KENKO_EMAIL must be a plain e-mail address such as name@example.jp"
            );
            Some(address)
        }
        _ => None,
    }
}

/// Whether `bytes` is a plain address: `local@domain.tld` with letters,
/// digits, `.`, `_`, `+` and `-` only, no empty or hyphen-edged labels.
const fn is_plain_address(bytes: &[u8]) -> bool {
    let mut at = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let allowed = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-');
        if b == b'@' {
            if at.is_some() {
                return false;
            }
            at = Some(i);
        } else if !allowed {
            return false;
        }
        i += 1;
    }
    let Some(at) = at else {
        return false;
    };
    if at == 0 || bytes[0] == b'.' || bytes[at - 1] == b'.' {
        return false;
    }
    // The domain: dotted labels of letters, digits and inner hyphens.
    let mut dots = 0;
    let mut label_len = 0;
    let mut prev = b'.';
    let mut j = at + 1;
    while j < bytes.len() {
        let b = bytes[j];
        if b == b'.' {
            if label_len == 0 || prev == b'-' {
                return false;
            }
            dots += 1;
            label_len = 0;
        } else if b == b'-' || b.is_ascii_alphanumeric() {
            if label_len == 0 && b == b'-' {
                return false;
            }
            label_len += 1;
        } else {
            return false;
        }
        prev = b;
        j += 1;
    }
    dots > 0 && label_len > 0 && prev != b'-'
}

/// URLs longer than this may be cut by some mail apps (and by Windows'
/// hand-over of `mailto:` links); beyond it the page warns and offers the
/// other ways (copy the text, attach the document).
pub const MAILTO_SAFE_LENGTH: usize = 1800;

/// The city's page about the network: it publishes the list of spots and
/// the city's own 様式1 (Word and PDF), which is always accepted.
pub const CITY_NETWORK_PAGE: &str =
    "https://www.city.tatsuno.lg.jp/soshiki/1018/gyomu/1/4/4329.html";

/// The last line of the letter (as Japanese documents end), which shows
/// whether a mail app cut the letter short.
pub const LETTER_END: &str = "以上";

/// Who the letter is addressed to (the division that receives it).
pub const ADDRESSEE: &str = "たつの市 健康課";

/// The division that receives the form, as the page names it.
pub const DIVISION: &str = "健康課";
