//! A directory file the staff chose, checked exactly as the build checks
//! `data/spots.csv`: the same decoding ([`decode`]), the same checks
//! ([`check`]) and the same rule about sample names
//! ([`check_sample_policy`]). And a new spot added to it: the next free
//! id, one more row in the file's own columns, the whole file checked
//! again.

use super::super::cp932::decode;
use super::super::csv;
use super::super::geo::Boundary;
use super::super::spot::{COLUMNS, is_valid_id};
use super::super::spot_source::{Issue, Report, check, check_sample_policy};
use super::super::spreadsheet::Encoding;

/// The city boundary the build checks coordinates against
/// (`data/geo/`), bundled with the staff page.
pub const BOUNDARY_GEOJSON: &str = include_str!("../../../data/geo/tatsuno-boundary.geojson");

/// The city boundary, read from [`BOUNDARY_GEOJSON`].
pub fn city_boundary() -> Result<Boundary, String> {
    Boundary::from_geojson(BOUNDARY_GEOJSON)
}

/// The name the updated directory downloads as: the file it replaces.
pub const FILE_NAME: &str = "spots.csv";

/// The id a directory without numbered ids starts with.
pub const FIRST_ID: &str = "spot-0001";

/// A checked directory file.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    /// The file's text, decoded, without a byte order mark.
    pub text: String,
    /// How the file was written.
    pub encoding: Encoding,
    /// What the checks found: the rows without a problem, every problem.
    pub report: Report,
}

/// Decodes and checks a directory file. `sample` says whether this build
/// is a test build (its spots are the fictitious 「サンプル」 ones): then,
/// as when the build reads a fixture, every name must say 「サンプル」;
/// otherwise none may. `Err` only when the bytes are not text (the reason,
/// in Japanese).
pub fn check_file(bytes: &[u8], boundary: &Boundary, sample: bool) -> Result<Directory, String> {
    let (text, encoding) = decode(bytes)?;
    let text = text
        .strip_prefix(csv::BOM)
        .map_or_else(|| text.clone(), str::to_owned);
    Ok(check_text(text, encoding, boundary, sample))
}

fn check_text(text: String, encoding: Encoding, boundary: &Boundary, sample: bool) -> Directory {
    let mut report = check(&text, boundary);
    let mut policy = Vec::new();
    report.rows.retain(
        |row| match check_sample_policy(std::slice::from_ref(row), sample) {
            Ok(()) => true,
            Err(messages) => {
                policy.extend(messages.into_iter().map(|message| Issue {
                    row: Some(row.row),
                    message,
                }));
                false
            }
        },
    );
    report.issues.extend(policy);
    // File order; the problems of one row in the order they were found.
    report.issues.sort_by_key(|i| i.row);
    Directory {
        text,
        encoding,
        report,
    }
}

/// Why a registration was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAdded {
    /// The directory itself has problems: fix them first, so that what is
    /// downloaded is a file the build accepts.
    DirectoryHasIssues,
    /// The directory already has a spot of this name at this address.
    AlreadyListed {
        /// Its spreadsheet row.
        row: usize,
        /// Its id.
        id: String,
    },
    /// The new row fails the directory's checks (for example a 種別 the
    /// directory has no word for): every problem, with the new row's number.
    Issues(Vec<Issue>),
}

/// A directory with one more spot.
#[derive(Clone, Debug, PartialEq)]
pub struct Added {
    /// The new directory, checked.
    pub directory: Directory,
    /// The new spot's id.
    pub id: String,
    /// Its spreadsheet row.
    pub row: usize,
}

impl Directory {
    /// The ids of the spots.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.report.rows.iter().map(|r| r.id.as_str())
    }

    /// The id the next spot gets ([`next_free_id`]).
    pub fn next_id(&self) -> String {
        next_free_id(self.ids())
    }

    /// The file to download: UTF-8 with a byte order mark (what a
    /// spreadsheet opens as Japanese), exactly the text that was checked.
    pub fn file(&self) -> String {
        format!("{}{}", csv::BOM, self.text)
    }

    /// The spot `cells` (in [`COLUMNS`] order, as a registration gives
    /// them) added as the last row, in the file's own column order (columns
    /// the directory does not use stay empty). An empty `ID` gets the next
    /// free id. The whole file is checked again; the spot is added only if
    /// it passes.
    pub fn add(
        &self,
        cells: &[String],
        boundary: &Boundary,
        sample: bool,
    ) -> Result<Added, NotAdded> {
        if !self.report.issues.is_empty() {
            return Err(NotAdded::DirectoryHasIssues);
        }
        let cell = |column: &str| {
            COLUMNS
                .iter()
                .position(|c| *c == column)
                .and_then(|i| cells.get(i))
                .map_or("", |c| c.trim())
        };
        let (name, address) = (cell("名称"), cell("所在地_連結表記"));
        if let Some(listed) = self
            .report
            .rows
            .iter()
            .find(|r| !name.is_empty() && r.name == name && r.address == address)
        {
            return Err(NotAdded::AlreadyListed {
                row: listed.row,
                id: listed.id.clone(),
            });
        }
        let id = match cell("ID") {
            "" => self.next_id(),
            given => given.to_owned(),
        };
        let header = csv::parse(&self.text)
            .ok()
            .and_then(|records| records.into_iter().next())
            .map(|r| r.fields)
            .unwrap_or_default();
        let line: Vec<&str> = header
            .iter()
            .map(|name| match name.trim() {
                "ID" => id.as_str(),
                name => cell(name),
            })
            .collect();
        let mut text = self.text.trim_end_matches(['\r', '\n']).to_owned();
        text.push_str("\r\n");
        text.push_str(&csv::row(&line));
        let directory = check_text(text, Encoding::Utf8, boundary, sample);
        if !directory.report.issues.is_empty() {
            return Err(NotAdded::Issues(directory.report.issues));
        }
        let row = directory
            .report
            .rows
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.row)
            .unwrap_or_default();
        Ok(Added { directory, id, row })
    }
}

/// The next id in the directory's own numbering: the ids that end in
/// digits are grouped by what comes before the digits; the largest group
/// (the first one in file order when two are as large) gets its highest
/// number plus one, with as many digits as its longest number
/// (`sample-009` → `sample-010`). Without numbered ids: [`FIRST_ID`]. The
/// result is never an id already in `ids`.
pub fn next_free_id<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.into_iter().collect();
    // (prefix, how many, highest number, widest number), in file order.
    let mut groups: Vec<(&str, usize, u64, usize)> = Vec::new();
    for id in &ids {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (prefix, number) = id.split_at(id.len() - digits);
        let Ok(n) = number.parse::<u64>() else {
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == prefix) {
            Some(g) => {
                g.1 += 1;
                g.2 = g.2.max(n);
                g.3 = g.3.max(digits);
            }
            None => groups.push((prefix, 1, n, digits)),
        }
    }
    let mut best: Option<(&str, usize, u64, usize)> = None;
    for g in groups {
        if best.is_none_or(|b| g.1 > b.1) {
            best = Some(g);
        }
    }
    // Of `ids.len() + 1` numbers in a row, one is free.
    let free = |prefix: &str, from: u64, width: usize| {
        (from..=u64::MAX)
            .take(ids.len() + 1)
            .map(|n| format!("{prefix}{n:0width$}"))
            .find(|id| !ids.contains(&id.as_str()) && is_valid_id(id))
    };
    best.and_then(|(prefix, _, highest, width)| free(prefix, highest.saturating_add(1), width))
        // No room left in that numbering: the default one.
        .or_else(|| free("spot-", 1, 4))
        .unwrap_or_else(|| FIRST_ID.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::spot::MAX_ID_LEN;

    const HEADER: &str =
        "ID,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考\r\n";

    fn city() -> Boundary {
        city_boundary().unwrap_or(Boundary {
            polygons: Vec::new(),
        })
    }

    fn checked(body: &str, sample: bool) -> Directory {
        check_file(format!("{HEADER}{body}").as_bytes(), &city(), sample)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn cells(values: &[(&str, &str)]) -> Vec<String> {
        COLUMNS
            .iter()
            .map(|c| {
                values
                    .iter()
                    .find(|(k, _)| k == c)
                    .map_or(String::new(), |(_, v)| (*v).to_owned())
            })
            .collect()
    }

    #[test]
    fn the_next_free_id_follows_the_directorys_numbering() {
        assert_eq!(next_free_id([]), FIRST_ID);
        assert_eq!(next_free_id(["shop", "cafe"]), FIRST_ID);
        assert_eq!(
            next_free_id(["sample-001", "sample-009", "sample-003"]),
            "sample-010"
        );
        assert_eq!(next_free_id(["s-9", "s-10"]), "s-11");
        assert_eq!(next_free_id(["sample-999"]), "sample-1000");
        // The largest group wins; a lone odd id does not.
        assert_eq!(
            next_free_id(["x-99", "spot-0001", "spot-0002"]),
            "spot-0003"
        );
        // Two groups as large: the first in the file.
        assert_eq!(next_free_id(["b-1", "a-7", "b-2", "a-8"]), "b-3");
        // Never an id that is taken, even by another group's writing.
        assert_eq!(next_free_id(["a-1", "a-01", "a-2", "a-002"]), "a-003");
        // The result is always a valid id.
        let long = format!("{}9", "x".repeat(MAX_ID_LEN - 1));
        let next = next_free_id([long.as_str()]);
        assert!(is_valid_id(&next), "{next}");
        assert_ne!(next, long);
    }

    #[test]
    fn the_next_free_id_is_always_free_and_valid() {
        use crate::domain::test_rng::Rng;
        let mut rng = Rng(0x05EE_D1D5);
        let prefixes = ["sample-", "spot-", "s", "", "a.b_", "x-0", "店"];
        for _ in 0..2000 {
            let ids: Vec<String> = (0..rng.below(12))
                .map(|_| {
                    let digits = rng.below(6);
                    let number: String = (0..digits)
                        .map(|_| char::from(b'0' + rng.below(10) as u8))
                        .collect();
                    format!("{}{number}", rng.pick(&prefixes))
                })
                .collect();
            let next = next_free_id(ids.iter().map(String::as_str));
            assert!(is_valid_id(&next), "{ids:?} → {next}");
            assert!(!ids.contains(&next), "{ids:?} → {next}");
        }
    }

    #[test]
    fn a_file_is_checked_as_the_build_checks_it() {
        let d = checked(
            concat!(
                "sample-1,サンプル薬局,,店舗,龍野,,,,,,,,\r\n",
                "sample-2,サンプル書店,,店舗,姫路,,,,,,,,\r\n",
                "sample-3,本物の店,,店舗,龍野,,,,,,,,\r\n",
                "sample-4,サンプル医院,,医療機関,新宮,,,,,,@SUM(1),,\r\n",
            ),
            true,
        );
        let ids: Vec<&str> = d.ids().collect();
        assert_eq!(ids, vec!["sample-1"]);
        let found: Vec<(Option<usize>, &str)> = d
            .report
            .issues
            .iter()
            .map(|i| (i.row, &i.message[..i.message.find(':').unwrap_or(0)]))
            .collect();
        assert_eq!(
            found,
            vec![
                (Some(3), "3行目「地区」"),
                (Some(4), "4行目「名称」"),
                (Some(5), "5行目「説明」")
            ]
        );
        // A real directory may not hold a sample.
        let real = checked("sample-1,サンプル薬局,,店舗,龍野,,,,,,,,\r\n", false);
        assert!(real.report.rows.is_empty());
        assert!(real.report.issues[0].message.contains("本番のデータ"));
    }

    #[test]
    fn shift_jis_and_a_bom_are_read() {
        let text = format!("{HEADER}sample-1,サンプル薬局,,店舗,龍野,,,,,,,,\r\n");
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
        let d = check_file(&bytes, &city(), true).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.encoding, Encoding::ShiftJis);
        assert_eq!(d.report.rows.len(), 1);
        assert_eq!(d.text, text);
        let with_bom = format!("\u{FEFF}{text}");
        let d = check_file(with_bom.as_bytes(), &city(), true).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, text, "the BOM is not part of the text");
        assert!(d.file().starts_with('\u{FEFF}'));
        assert!(check_file(b"\xFF\xFEI\0", &city(), true).is_err());
    }

    #[test]
    fn a_spot_is_added_with_the_next_id_in_the_files_own_columns() {
        let text = "名称,ID,地区,種別,名称_カナ,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考,全国地方公共団体コード\r\nサンプル薬局,sample-007,龍野,店舗,,,,,,,,,,282294\r\n\r\n";
        let d = check_file(text.as_bytes(), &city(), true).unwrap_or_else(|e| panic!("{e}"));
        let new = cells(&[
            ("名称", "サンプル=商店"),
            ("種別", "店舗"),
            ("地区", "御津"),
            ("電話番号", "0791-63-2112"),
            ("説明", "=1+1"),
        ]);
        let added = d
            .add(&new, &city(), true)
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(added.id, "sample-008");
        assert_eq!(added.row, 3);
        let file = added.directory.file();
        assert!(file.starts_with('\u{FEFF}'));
        assert!(
            file.ends_with("サンプル=商店,sample-008,御津,店舗,,,,,0791-63-2112,,'=1+1,,,\r\n"),
            "{file}"
        );
        // The downloaded file reads back clean, with both spots.
        let again = check_file(file.as_bytes(), &city(), true).unwrap_or_else(|e| panic!("{e}"));
        assert!(again.report.issues.is_empty(), "{:?}", again.report.issues);
        assert_eq!(again.report.rows.len(), 2);
        assert_eq!(
            again
                .report
                .rows
                .iter()
                .find(|r| r.id == "sample-008")
                .map(|r| r.offers.as_str()),
            Some("=1+1")
        );
        // The next one gets the next id.
        let third = added
            .directory
            .add(
                &cells(&[("名称", "サンプル書店"), ("種別", "店舗"), ("地区", "新宮")]),
                &city(),
                true,
            )
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(third.id, "sample-009");
    }

    #[test]
    fn a_spot_that_fails_the_checks_or_is_listed_already_is_not_added() {
        let d = checked(
            "sample-1,サンプル薬局,,店舗,龍野,たつの市龍野町,,,,,,,\r\n",
            true,
        );
        let school = cells(&[
            ("名称", "サンプル学園"),
            ("種別", "学校・教育機関"),
            ("地区", "たつの市外"),
        ]);
        match d.add(&school, &city(), true) {
            Err(NotAdded::Issues(issues)) => {
                assert_eq!(issues.len(), 2, "{issues:?}");
                assert!(issues.iter().all(|i| i.row == Some(3)));
                assert!(issues[0].message.starts_with("3行目「種別」"));
                assert!(issues[1].message.starts_with("3行目「地区」"));
            }
            other => panic!("{other:?}"),
        }
        let again = cells(&[
            ("名称", "サンプル薬局"),
            ("種別", "店舗"),
            ("地区", "龍野"),
            ("所在地_連結表記", "たつの市龍野町"),
        ]);
        assert_eq!(
            d.add(&again, &city(), true),
            Err(NotAdded::AlreadyListed {
                row: 2,
                id: "sample-1".to_owned()
            })
        );
        let taken = cells(&[
            ("ID", "sample-1"),
            ("名称", "サンプル書店"),
            ("種別", "店舗"),
            ("地区", "龍野"),
        ]);
        assert!(matches!(
            d.add(&taken, &city(), true),
            Err(NotAdded::Issues(_))
        ));
        let broken = checked("sample-1,サンプル薬局,,店舗,姫路,,,,,,,,\r\n", true);
        assert_eq!(
            broken.add(&again, &city(), true),
            Err(NotAdded::DirectoryHasIssues)
        );
    }
}
