//! The saved draft: what the person typed, exactly as typed, and how it is
//! kept in the browser's storage; the two ways of writing a date.

use std::fmt::Write as _;

use crate::domain::calendar::Date;
use crate::domain::text::{percent_decode, percent_encode};

use super::fields::{FIELDS, FieldId, Mode, field};

/// What the person typed, exactly as typed: the saved draft. Values of
/// fields the current mode hides are kept, so switching back restores them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Organisation or individual.
    pub mode: Mode,
    pub(super) values: Vec<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            mode: Mode::default(),
            values: vec![String::new(); FIELDS.len()],
        }
    }
}

/// Separates the keys of the checked options in a draft's value.
const CHECK_SEPARATOR: char = ' ';

/// The version tag of the saved-draft format.
const STORAGE_VERSION: &str = "1";

impl Draft {
    /// A fresh form dated `today`, asking for one sticker.
    pub fn new(today: Date) -> Draft {
        let mut draft = Draft::default();
        draft.set(FieldId::Date, iso(today));
        draft.set(FieldId::Stickers, "1");
        draft
    }

    /// The raw value of a field (for checkboxes: the checked keys).
    pub fn get(&self, id: FieldId) -> &str {
        self.values.get(id as usize).map_or("", String::as_str)
    }

    /// Sets the raw value of a field.
    pub fn set(&mut self, id: FieldId, value: impl Into<String>) {
        if let Some(slot) = self.values.get_mut(id as usize) {
            *slot = value.into();
        }
    }

    /// Whether option `key` of a checkbox field is checked.
    pub fn is_checked(&self, id: FieldId, key: &str) -> bool {
        self.get(id).split(CHECK_SEPARATOR).any(|k| k == key)
    }

    /// Checks or unchecks option `key` of a checkbox field, keeping the
    /// options in list order.
    pub fn set_checked(&mut self, id: FieldId, key: &str, on: bool) {
        let keys = field(id)
            .kind
            .choices()
            .iter()
            .map(|c| c.key)
            .filter(|k| {
                if *k == key {
                    on
                } else {
                    self.is_checked(id, k)
                }
            })
            .collect::<Vec<_>>();
        self.set(id, keys.join(&CHECK_SEPARATOR.to_string()));
    }

    /// The fields that hold something other than what `fresh` holds (what
    /// the person has typed since the form was new).
    pub fn changed_from<'a>(&'a self, fresh: &'a Draft) -> impl Iterator<Item = FieldId> + 'a {
        FIELDS
            .iter()
            .map(|f| f.id)
            .filter(move |id| self.get(*id) != fresh.get(*id))
    }

    /// Whether the person has chosen or typed anything (the date and the
    /// sticker count a new form starts with do not count).
    pub fn has_input(&self) -> bool {
        let fresh = Draft::new(Date {
            year: 2000,
            month: 1,
            day: 1,
        });
        self.mode != Mode::default() || self.changed_from(&fresh).any(|id| id != FieldId::Date)
    }

    /// The draft as text for the browser's storage: `v=1&mode=…&key=value…`,
    /// every value percent-encoded, so any text survives exactly.
    pub fn to_storage(&self) -> String {
        let mut out = format!("v={STORAGE_VERSION}&mode={}", self.mode.key());
        for f in &FIELDS {
            let value = self.get(f.id);
            if !value.is_empty() {
                _ = write!(out, "&{}={}", f.key, percent_encode(value));
            }
        }
        out
    }

    /// Reads a saved draft. Unknown keys and undecodable values are
    /// skipped; text in another format (or another version) gives `None`.
    pub fn from_storage(text: &str) -> Option<Draft> {
        let mut pairs = text.split('&').filter_map(|p| p.split_once('='));
        if pairs.next() != Some(("v", STORAGE_VERSION)) {
            return None;
        }
        let mut draft = Draft::default();
        for (key, value) in pairs {
            if key == "mode" {
                draft.mode = Mode::from_key(value).unwrap_or_default();
            } else if let (Some(f), Some(value)) =
                (FIELDS.iter().find(|f| f.key == key), percent_decode(value))
            {
                draft.set(f.id, value);
            }
        }
        Some(draft)
    }
}

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// The date as Japanese official papers write it: 令和8年11月25日 (令和元年
/// for its first year), or the Western year before 令和.
pub fn wareki(date: Date) -> String {
    let reiwa = Date {
        year: 2019,
        month: 5,
        day: 1,
    };
    let year = if date >= reiwa {
        match date.year - 2018 {
            1 => "令和元".to_owned(),
            n => format!("令和{n}"),
        }
    } else {
        date.year.to_string()
    };
    format!("{year}年{}月{}日", date.month, date.day)
}
