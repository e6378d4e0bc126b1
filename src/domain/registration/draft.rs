//! The saved draft: what the person typed, exactly as typed, and how it is
//! kept in the browser's storage; the two ways of writing a date.
//!
//! The fields come from a data file the city may change between two visits,
//! so a saved draft also keeps each field's label: a value whose field no
//! longer exists is dropped on reading, and [`Stored::dropped`] names it
//! with the label it had, for the page to show; every other value is kept.

use std::fmt::Write as _;

use crate::domain::calendar::Date;
use crate::domain::text::{percent_decode, percent_encode};

use super::fields::{DATE_FIELD, FIELDS, FieldId, Mode, field};

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

/// The version tag of the saved-draft format: `2` keeps each field's label
/// (`key.label=…`) beside its value (`key=…`); `1`, without labels, is still
/// read.
const STORAGE_VERSION: &str = "2";

/// The suffix of the key that keeps a field's label in the saved draft.
const LABEL_SUFFIX: &str = ".label";

/// A saved value whose field the form no longer has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// The field's label when the value was saved (its key for a draft
    /// saved before labels were kept).
    pub label: String,
    /// The value, as typed (for checkboxes: the keys of the options).
    pub value: String,
}

/// A saved draft as read back: the draft, and what no field holds any more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// Every value whose field the form still has.
    pub draft: Draft,
    /// The values that were dropped, in the order they were saved.
    pub dropped: Vec<Dropped>,
}

impl Draft {
    /// A fresh form dated `today`, with what the data file puts in a new
    /// form (`default`: one sticker).
    pub fn new(today: Date) -> Draft {
        let mut draft = Draft::default();
        for f in &FIELDS {
            if !f.initial.is_empty() {
                draft.set(f.id, f.initial);
            }
        }
        draft.set(DATE_FIELD, iso(today));
        draft
    }

    /// The raw value of a field (for checkboxes: the checked keys).
    pub fn get(&self, id: FieldId) -> &str {
        self.values.get(id.index()).map_or("", String::as_str)
    }

    /// Sets the raw value of a field.
    pub fn set(&mut self, id: FieldId, value: impl Into<String>) {
        if let Some(slot) = self.values.get_mut(id.index()) {
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
        self.mode != Mode::default() || self.changed_from(&fresh).any(|id| id != DATE_FIELD)
    }

    /// The draft as text for the browser's storage:
    /// `v=2&mode=…&key=value&key.label=label…`, every value and label
    /// percent-encoded, so any text survives exactly. The label (Japanese,
    /// as the form says it) lets a later version of the form name a value
    /// whose field it no longer has.
    pub fn to_storage(&self) -> String {
        let mut out = format!("v={STORAGE_VERSION}&mode={}", self.mode.key());
        for f in &FIELDS {
            let value = self.get(f.id);
            if !value.is_empty() {
                _ = write!(
                    out,
                    "&{key}={}&{key}{LABEL_SUFFIX}={}",
                    percent_encode(value),
                    percent_encode(f.label_for(self.mode)),
                    key = f.key,
                );
            }
        }
        out
    }

    /// Reads a saved draft (see [`Draft::read_storage`]), without what
    /// was dropped.
    pub fn from_storage(text: &str) -> Option<Draft> {
        Draft::read_storage(text).map(|stored| stored.draft)
    }

    /// Reads a saved draft: the values of the fields the form has, and
    /// each value whose field it no longer has, with the label it had.
    /// Undecodable values are skipped; text in another format (or an
    /// unknown version) gives `None`.
    pub fn read_storage(text: &str) -> Option<Stored> {
        let mut pairs = text.split('&').filter_map(|p| p.split_once('='));
        match pairs.next() {
            Some(("v", "1" | "2")) => {}
            _ => return None,
        }
        let mut draft = Draft::default();
        let mut dropped: Vec<(&str, Dropped)> = Vec::new();
        let mut labels: Vec<(&str, String)> = Vec::new();
        for (key, value) in pairs {
            let Some(value) = percent_decode(value) else {
                continue;
            };
            if key == "mode" {
                draft.mode = Mode::from_key(&value).unwrap_or_default();
            } else if let Some(of) = key.strip_suffix(LABEL_SUFFIX) {
                labels.push((of, value));
            } else if let Some(id) = FieldId::of(key) {
                draft.set(id, value);
            } else if !value.is_empty() {
                let label = key.to_owned();
                dropped.push((key, Dropped { label, value }));
            }
        }
        for (key, gone) in &mut dropped {
            if let Some((_, label)) = labels.iter().find(|(of, l)| of == key && !l.is_empty()) {
                gone.label.clone_from(label);
            }
        }
        Some(Stored {
            draft,
            dropped: dropped.into_iter().map(|(_, d)| d).collect(),
        })
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
