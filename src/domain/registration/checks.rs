//! Checking and normalising: a [`Draft`] becomes a [`Registration`]
//! (checked, normalised values) or the list of field errors in form order.
//! Postal codes, phone numbers, kana, e-mail addresses, dates and counts in
//! any common writing. What is wrong is a fact, a [`Problem`]; the page
//! words it in the person's language from the catalogue
//! (`data/i18n/register.toml`, see `language.rs`).

use crate::domain::calendar::Date;
use crate::domain::phone::{self, PhoneProblem, is_dash};
use crate::domain::text::{fold, narrow};

use super::draft::{Draft, wareki};
use super::fields::{
    Choice, DATE_FIELD, Field, FieldId, Kind, Mode, NAME_FIELD, field, fields_for,
};

/// A checked, normalised value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An optional field left empty.
    Empty,
    /// Text: one line, or lines joined by `\n` for long text.
    Text(String),
    /// A date.
    Date(Date),
    /// The chosen options in list order (exactly one for a drop-down or
    /// radio buttons).
    Choices(Vec<&'static Choice>),
    /// A number of things, with its counter word.
    Count(u32, &'static str),
}

impl Value {
    /// The value as the letter and the document write it on one line.
    pub fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(text) => text.clone(),
            Value::Date(date) => wareki(*date),
            Value::Choices(chosen) => chosen
                .iter()
                .map(|c| c.japanese())
                .collect::<Vec<_>>()
                .join("、"),
            Value::Count(n, unit) => format!("{n}{unit}"),
        }
    }

    /// Whether option `key` is among the chosen.
    pub(super) fn has(&self, key: &str) -> bool {
        matches!(self, Value::Choices(chosen) if chosen.iter().any(|c| c.key == key))
    }
}

/// What is wrong with one field, to show next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub id: FieldId,
    /// What is wrong (worded by `FieldError::message_in`).
    pub problem: Problem,
}

/// What can be wrong with a value. The page words it in the person's
/// language with the field's label (`Problem::message`: the catalogue's
/// `err_*`, with `{label}`, `{max}`, `{now}`, `{min}` filled in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required text is empty.
    Missing,
    /// A required choice is not made.
    NotChosen,
    /// No option of a required checkbox field is checked.
    NoneChecked,
    /// Longer than the field takes.
    TooLong {
        /// The most characters the field takes.
        max: usize,
        /// How many there are.
        now: usize,
    },
    /// ふりがな with something other than kana.
    Kana,
    /// Not a postal code.
    Postal,
    /// Not a phone number in Japan (the rule of [`phone::normalize`]).
    Phone(PhoneProblem),
    /// An e-mail address without `@`.
    EmailNoAt,
    /// An e-mail address of the wrong shape.
    EmailForm,
    /// Not a date.
    Date,
    /// Not a count in the range.
    Count {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
}

/// A checked registration: every field its mode has, normalised, in form
/// order. Made only by [`validate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub(super) mode: Mode,
    values: Vec<(FieldId, Value)>,
}

impl Registration {
    /// Organisation or individual.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The value of a field (`Empty` for a field this mode does not have).
    pub fn value(&self, id: FieldId) -> &Value {
        self.values
            .iter()
            .find(|(i, _)| *i == id)
            .map_or(&Value::Empty, |(_, v)| v)
    }

    /// Every field of the registration with its value, in form order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static Field, &Value)> {
        self.values.iter().map(|(id, v)| (field(*id), v))
    }

    pub(super) fn text(&self, id: FieldId) -> String {
        self.value(id).display()
    }

    /// The name of who registers, as written.
    pub(super) fn name(&self) -> String {
        self.text(NAME_FIELD)
    }

    pub(super) fn date(&self) -> Option<Date> {
        match self.value(DATE_FIELD) {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }
}

/// Checks a whole draft: the registration, or every problem in form order
/// (the first is where the focus goes).
pub fn validate(draft: &Draft) -> Result<Registration, Vec<FieldError>> {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for f in fields_for(draft.mode) {
        match check(f, draft) {
            Ok(value) => values.push((f.id, value)),
            Err(problem) => errors.push(FieldError { id: f.id, problem }),
        }
    }
    if errors.is_empty() {
        Ok(Registration {
            mode: draft.mode,
            values,
        })
    } else {
        Err(errors)
    }
}

/// What is wrong with one field of a draft, if anything (`None` also when
/// the draft's mode does not have the field).
pub fn field_problem(draft: &Draft, id: FieldId) -> Option<Problem> {
    let f = field(id);
    if !f.applies.to(draft.mode) {
        return None;
    }
    check(f, draft).err()
}

fn check(f: &Field, draft: &Draft) -> Result<Value, Problem> {
    let raw = draft.get(f.id);
    let missing = |problem: Problem| {
        if f.required {
            Err(problem)
        } else {
            Ok(Value::Empty)
        }
    };
    match f.kind {
        Kind::Select(_) | Kind::Radio(_) => {
            match f.choices_for(draft.mode).find(|c| c.key == raw.trim()) {
                Some(c) => Ok(Value::Choices(vec![c])),
                None => missing(Problem::NotChosen),
            }
        }
        Kind::Checks(_) => {
            let chosen = f
                .choices_for(draft.mode)
                .filter(|c| draft.is_checked(f.id, c.key))
                .collect::<Vec<_>>();
            if chosen.is_empty() {
                missing(Problem::NoneChecked)
            } else {
                Ok(Value::Choices(chosen))
            }
        }
        kind => {
            let text = match kind {
                Kind::LongText { .. } => multi_line(raw),
                _ => one_line(raw),
            };
            if text.is_empty() {
                return missing(Problem::Missing);
            }
            match kind {
                Kind::Text { max } | Kind::LongText { max } => {
                    within(&text, max).map(|()| Value::Text(text))
                }
                Kind::Kana { max } => {
                    let kana = normalize_kana(&text)?;
                    within(&kana, max).map(|()| Value::Text(kana))
                }
                Kind::Date => normalize_date(&text).map(Value::Date),
                Kind::Postal => normalize_postal(&text).map(Value::Text),
                Kind::Phone => normalize_phone(&text).map(Value::Text),
                Kind::Email => normalize_email(&text).map(Value::Text),
                Kind::Count { min, max, unit } => {
                    normalize_count(&text, min, max, unit).map(|n| Value::Count(n, unit))
                }
                Kind::Select(_) | Kind::Radio(_) | Kind::Checks(_) => Ok(Value::Empty),
            }
        }
    }
}

fn within(text: &str, max: usize) -> Result<(), Problem> {
    let now = text.chars().count();
    if now > max {
        Err(Problem::TooLong { max, now })
    } else {
        Ok(())
    }
}

/// Characters that must never reach the outputs: controls (other than the
/// line breaks [`multi_line`] keeps) and Unicode noncharacters.
pub(super) fn is_unwanted(c: char) -> bool {
    let n = c as u32;
    c.is_control() || (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

pub(super) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// One line of text: every line break (CRLF counts once) and tab becomes a
/// space, other control characters go, and the ends are trimmed.
pub fn one_line(raw: &str) -> String {
    multi_line(raw).replace('\n', " ")
}

/// Lines of text: every kind of line break becomes `\n` (CRLF counts
/// once), tabs become spaces, other control characters go, and blank
/// space at the start and end is trimmed.
pub fn multi_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_line_break(c) {
            out.push('\n');
        } else if c == '\t' {
            out.push(' ');
        } else if !is_unwanted(c) {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// ふりがな in hiragana: katakana (full- or half-width) becomes hiragana,
/// spaces collapse, and 「・」 stays. Anything but kana is refused.
pub fn normalize_kana(text: &str) -> Result<String, Problem> {
    let kana = text
        .split(['・', '･'])
        .map(|part| {
            fold(part)
                .chars()
                .map(|c| match c {
                    'ヽ' => 'ゝ',
                    'ヾ' => 'ゞ',
                    c => c,
                })
                .collect::<String>()
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("・");
    let ok = !kana.is_empty()
        && kana
            .chars()
            .all(|c| matches!(c, 'ぁ'..='ゖ' | 'ゝ' | 'ゞ' | 'ー' | 'ヷ'..='ヺ' | ' ' | '・'));
    if ok { Ok(kana) } else { Err(Problem::Kana) }
}

/// A postal code as `123-4567`: seven digits of either width, with or
/// without 〒 and one dash (or space) after the third digit.
pub fn normalize_postal(text: &str) -> Result<String, Problem> {
    let text = narrow(text);
    let body = text.trim().trim_start_matches('〒').trim();
    let mut digits = String::new();
    let mut dashes = 0;
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if (is_dash(c) || c == ' ') && digits.len() == 3 && dashes == 0 {
            dashes += 1;
        } else {
            digits.clear();
            break;
        }
    }
    if digits.len() == 7 {
        Ok(format!("{}-{}", &digits[..3], &digits[3..]))
    } else {
        Err(Problem::Postal)
    }
}

/// A phone or fax number in Japan in any common writing, normalised by
/// [`phone::normalize`], the rule the spot directory's import uses too
/// (050 IP numbers are accepted; `+81` is written back as `0…`).
pub fn normalize_phone(text: &str) -> Result<String, Problem> {
    phone::normalize(text).map_err(Problem::Phone)
}

/// An e-mail address: full-width letters are narrowed, the domain is
/// lower-cased; `local@domain.tld` with the usual characters.
pub fn normalize_email(text: &str) -> Result<String, Problem> {
    let text = narrow(text);
    let text = text.trim();
    let bad = || Err(Problem::EmailForm);
    let Some((local, domain)) = text.split_once('@') else {
        return Err(Problem::EmailNoAt);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let domain = domain.to_ascii_lowercase();
    let labels = domain.split('.').collect::<Vec<_>>();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if local_ok && domain_ok && text.len() <= 254 {
        Ok(format!("{local}@{domain}"))
    } else {
        bad()
    }
}

/// A date written `2026-11-25`, `2026/11/25`, `2026年11月25日` or
/// `令和8年11月25日` (digits of either width).
pub fn normalize_date(text: &str) -> Result<Date, Problem> {
    let bad = || Err(Problem::Date);
    let text = narrow(text);
    let text = text.trim();
    let (offset, rest) = match text.strip_prefix("令和") {
        Some(rest) => (2018, rest.replacen('元', "1", 1)),
        None => (0, text.to_owned()),
    };
    let parts = rest
        .split(['-', '/', '.', '年', '月', '日'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>();
    let [year, month, day] = parts[..] else {
        return bad();
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let year_len = if offset > 0 { 2 } else { 4 };
    let (Some(y), Some(m), Some(d)) = (number(year, year_len), number(month, 2), number(day, 2))
    else {
        return bad();
    };
    let year = i32::from(y) + offset;
    if !(2000..=2099).contains(&year) || (offset > 0 && y == 0) {
        return bad();
    }
    match (u8::try_from(m), u8::try_from(d)) {
        (Ok(m), Ok(d)) => Date::new(year, m, d).map_or_else(bad, Ok),
        _ => bad(),
    }
}

/// A count between `min` and `max`, digits of either width, followed by
/// the counter word `unit` (「枚」) or not.
pub fn normalize_count(text: &str, min: u32, max: u32, unit: &str) -> Result<u32, Problem> {
    let text = narrow(text);
    let text = text.trim();
    let digits = if unit.is_empty() {
        text
    } else {
        text.strip_suffix(unit).unwrap_or(text).trim()
    };
    let n = (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<u32>().ok())
        .flatten();
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(Problem::Count { min, max }),
    }
}
