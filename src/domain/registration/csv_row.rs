//! The registration as a row of the spot directory (its columns, its words
//! for 種別 and 地区), and the one-row CSV file the city adds to it.

use crate::domain::csv;
use crate::domain::spot::{self, COLUMNS};

use super::checks::{Registration, Value};
use super::draft::iso;
use super::fields::{FieldId, Mode};

/// Why a registration has no row for the spot directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotListed {
    /// Individuals are members of the network, not spots.
    Individual,
    /// The organisation did not agree to be published.
    Declined,
}

impl NotListed {
    /// The reason, in Japanese.
    pub const fn message(self) -> &'static str {
        match self {
            NotListed::Individual => {
                "個人の登録は協力スポット一覧に載らないため、一覧用のCSVはありません。"
            }
            NotListed::Declined => "名称などの公開を「否」にしたため、一覧用のCSVはありません。",
        }
    }
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
    /// The row for the spot directory, in [`COLUMNS`] order: what the city
    /// publishes (name, reading in katakana, kind, district, address,
    /// phone, the cooperation as 説明, the date). The id, coordinates, URL
    /// and 備考 are the city's to fill. 種別 and 地区 are in the directory's
    /// words ([`Registration::in_directory_words`]), so that once the city
    /// gives the row its id, the directory's import takes it as it is.
    pub fn directory_row(&self) -> Result<Vec<String>, NotListed> {
        if self.mode == Mode::Individual {
            return Err(NotListed::Individual);
        }
        if !self.value(FieldId::Publish).has("yes") {
            return Err(NotListed::Declined);
        }
        Ok(COLUMNS
            .iter()
            .map(|column| match *column {
                "名称" => self.text(FieldId::Name),
                "名称_カナ" => katakana(&self.text(FieldId::Kana)),
                "種別" => self.in_directory_words(FieldId::Category),
                "地区" => self.in_directory_words(FieldId::District),
                "所在地_連結表記" => self.text(FieldId::Address),
                "電話番号" => self.text(FieldId::Phone),
                "説明" => self.text(FieldId::Activities),
                "登録日" => self.date().map(iso).unwrap_or_default(),
                _ => String::new(),
            })
            .collect())
    }

    /// The chosen option of 種別 or 地区 in the directory's words: the form's
    /// 医療機関・薬局 is the directory's 医療機関, 龍野地区 is 龍野, a welfare
    /// or care 事業所 is a 企業・事業所. A choice the directory has no word
    /// for (学校・教育機関, その他, たつの市外) stays as the form wrote it, for
    /// the city to decide; the import names it until then.
    pub(super) fn in_directory_words(&self, id: FieldId) -> String {
        let key = match self.value(id) {
            Value::Choices(chosen) => chosen.first().map_or("", |c| c.key),
            _ => "",
        };
        let word = match (id, key) {
            (FieldId::Category, "welfare") => Some(spot::Kind::Company.label()),
            (FieldId::Category, key) => spot::Kind::from_id(key).map(spot::Kind::label),
            (FieldId::District, key) => spot::District::ALL
                .into_iter()
                .find(|d| d.id() == key)
                .map(spot::District::label),
            _ => None,
        };
        word.map_or_else(|| self.text(id), str::to_owned)
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
