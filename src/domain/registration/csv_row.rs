//! The registration as a row of the spot directory (its columns, its words
//! for 種別 and 地区), and the one-row CSV file the city adds to it.
//!
//! The row goes to the city, so it is in the directory's Japanese words
//! whatever the language of the screen, by design.

use crate::domain::csv;
use crate::domain::spot::COLUMNS;

use super::checks::{Registration, Value};
use super::draft::iso;
use super::fields::{FIELDS, Field, Kind, Mode};

/// Why a registration has no row for the spot directory (the page says
/// why with `NotListed::message_in`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotListed {
    /// Individuals are members of the network, not spots.
    Individual,
    /// The organisation did not agree to be published.
    Declined,
}

/// Hiragana to katakana (for the directory's 名称_カナ column, which is in
/// full-width katakana as the open-data standard asks).
pub fn katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ぁ'..='ゖ' | 'ゝ' | 'ゞ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

impl Registration {
    /// The row for the spot directory, in [`COLUMNS`] order: each column
    /// holds the field that names it in the data file (`column`): the
    /// name, its reading in katakana, the kind and district in the
    /// directory's words (`Choice::directory`), the address, the phone,
    /// the cooperation as 説明, the date as `YYYY-MM-DD`. The id and the
    /// coordinates are the city's to fill. Once the city gives the row its
    /// id, the directory's import takes it as it is.
    pub fn directory_row(&self) -> Result<Vec<String>, NotListed> {
        if self.mode == Mode::Individual {
            return Err(NotListed::Individual);
        }
        if let Some(consent) = FIELDS.iter().find(|f| !f.publish_when.is_empty())
            && !self.value(consent.id).has(consent.publish_when)
        {
            return Err(NotListed::Declined);
        }
        Ok(COLUMNS
            .iter()
            .map(|column| {
                FIELDS
                    .iter()
                    .find(|f| f.column == *column)
                    .map_or_else(String::new, |f| self.in_directory_words(f))
            })
            .collect())
    }

    /// A field's value as the directory writes it: a date as `2026-11-25`,
    /// a reading in katakana, an option in the directory's word when the
    /// data file gives one (the form's 医療機関・薬局 is the directory's
    /// 医療機関, 龍野地区 is 龍野). An option the directory has no word for
    /// (学校・教育機関, その他, たつの市外) stays as the form wrote it, for
    /// the city to decide; the import names it until then.
    pub(super) fn in_directory_words(&self, f: &Field) -> String {
        match (self.value(f.id), f.kind) {
            (Value::Date(date), _) => iso(*date),
            (Value::Text(text), Kind::Kana { .. }) => katakana(text),
            (Value::Choices(chosen), _) => chosen
                .iter()
                .map(|c| {
                    if c.directory.is_empty() {
                        c.japanese()
                    } else {
                        c.directory
                    }
                })
                .collect::<Vec<_>>()
                .join("、"),
            (value, _) => value.display(),
        }
    }

    /// The one-row CSV file: byte order mark, the directory's header, the
    /// row (see [`Registration::directory_row`]).
    pub fn directory_csv(&self) -> Result<String, NotListed> {
        self.directory_row()
            .map(|row| csv::document(&COLUMNS, &[row]))
    }

    /// The name of the downloaded CSV row: `tsunagaru-spot-20261125.csv`.
    pub fn csv_file_name(&self) -> String {
        format!("tsunagaru-spot-{}.csv", self.compact_date())
    }
}
