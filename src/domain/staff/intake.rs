//! A registration as the city's staff receive it, read into a row of the
//! directory ([`COLUMNS`] order):
//!
//! - the one-row CSV the registration form downloads
//!   (`tsunagaru-spot-….csv`: a byte order mark, the directory's header,
//!   the row; [`Registration::directory_csv`]), pasted whole or as its row
//!   alone, or chosen as a file;
//! - the letter the form e-mails or copies ([`Registration::plain_text`]:
//!   `【名称】たつの薬局` …), pasted as it arrived.
//!
//! The form writes a CSV row only for an organisation that agreed to be
//! listed. A letter says who registered and whether they agreed: it is read
//! back into the form's own draft, checked by the form's own rules
//! ([`validate`]) and turned into the row by the form's own function
//! ([`Registration::directory_row`]); a person's registration, or one that
//! said 「否」 to publication, is refused with the form's reason
//! ([`NotListed`]), since it must never appear in the public list.

use super::super::csv;
use super::super::registration::{
    Draft, FieldError, Kind, LETTER_END, Mode, NotListed, Registration, fields_for, validate,
};
use super::super::spot::COLUMNS;

/// Why a pasted text gives no row for the directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Neither the form's CSV nor its letter.
    NotRecognised,
    /// The CSV has no row, or more than one (one registration at a time).
    RowCount(usize),
    /// A row without the header and not as wide as the form's row.
    Width {
        /// Items found.
        found: usize,
        /// Items expected.
        expected: usize,
    },
    /// The CSV cannot be read (an unclosed quote): where, in Japanese.
    Unreadable(String),
    /// A registration that may not be listed: a person, or an
    /// organisation that said 「否」 to publication.
    NotListed(NotListed),
    /// A letter that fails the form's own checks.
    Invalid {
        /// Organisation or individual.
        mode: Mode,
        /// Each field's problem.
        errors: Vec<FieldError>,
    },
}

/// The directory row of the registration in `text` (the form's CSV or its
/// letter): [`COLUMNS`] order, cell texts (a cell the form neutralised with
/// a leading `'` is read without it); `ID` is empty unless the text gave
/// one.
pub fn read_registration(text: &str) -> Result<Vec<String>, Refusal> {
    let text = text.strip_prefix(csv::BOM).unwrap_or(text);
    if text.lines().any(|l| label_of(l).is_some()) {
        from_letter(text)
    } else if text.trim().is_empty() {
        Err(Refusal::NotRecognised)
    } else {
        from_csv(text)
    }
}

fn from_csv(text: &str) -> Result<Vec<String>, Refusal> {
    let records = csv::parse(text).map_err(|e| Refusal::Unreadable(e.to_string()))?;
    let mut records: Vec<Vec<String>> = records
        .into_iter()
        .map(|r| r.fields)
        .filter(|f| f.iter().any(|c| !c.trim().is_empty()))
        .collect();
    let is_header = |fields: &[String]| {
        ["ID", "名称"]
            .iter()
            .all(|name| fields.iter().any(|f| f.trim() == *name))
    };
    let header: Vec<String> = if records.first().is_some_and(|r| is_header(r)) {
        records
            .remove(0)
            .iter()
            .map(|f| f.trim().to_owned())
            .collect()
    } else {
        COLUMNS.iter().map(|c| (*c).to_owned()).collect()
    };
    let [row] = records.as_slice() else {
        return Err(Refusal::RowCount(records.len()));
    };
    if row.len() != header.len() {
        return Err(Refusal::Width {
            found: row.len(),
            expected: header.len(),
        });
    }
    Ok(COLUMNS
        .iter()
        .map(|column| {
            header
                .iter()
                .position(|h| h == column)
                .and_then(|i| row.get(i))
                .map_or(String::new(), |cell| csv::cell_text(cell.trim()).to_owned())
        })
        .collect())
}

/// `【label】rest` → (label, rest).
fn label_of(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix('【')?;
    let (label, value) = rest.split_once('】')?;
    Some((label.trim(), value.trim()))
}

/// Reads the letter back into the form's draft, field by field (a label
/// the form does not know is left aside), then lets the form decide.
fn from_letter(text: &str) -> Result<Vec<String>, Refusal> {
    let lines: Vec<&str> = text.lines().collect();
    let mode = lines
        .iter()
        .filter_map(|l| label_of(l))
        .find(|(label, _)| *label == "登録の区分")
        .and_then(|(_, value)| Mode::ALL.into_iter().find(|m| m.name() == value))
        .unwrap_or_default();
    let mut draft = Draft::default();
    draft.mode = mode;
    let mut i = 0;
    while i < lines.len() {
        let Some((label, value)) = label_of(lines[i]) else {
            i += 1;
            continue;
        };
        // A value of several lines follows its label, indented.
        let mut more = Vec::new();
        i += 1;
        while i < lines.len() && label_of(lines[i]).is_none() && lines[i].trim() != LETTER_END {
            more.push(lines[i].strip_prefix("  ").unwrap_or(lines[i]));
            i += 1;
        }
        let Some(field) = fields_for(mode).find(|f| f.label_for(mode) == label) else {
            continue;
        };
        match field.kind {
            Kind::Select(_) | Kind::Radio(_) => {
                let key = field
                    .choices_for(mode)
                    .find(|c| c.japanese() == value)
                    .map_or(value, |c| c.key);
                draft.set(field.id, key);
            }
            Kind::Checks(_) => {
                for item in more.iter().chain([&value]) {
                    let item = item.trim().trim_start_matches('・').trim();
                    if let Some(c) = field.choices_for(mode).find(|c| c.japanese() == item) {
                        draft.set_checked(field.id, c.key, true);
                    }
                }
            }
            Kind::LongText { .. } => {
                let lines: Vec<&str> = std::iter::once(value)
                    .filter(|v| !v.is_empty())
                    .chain(more.iter().copied())
                    .collect();
                draft.set(field.id, lines.join("\n"));
            }
            _ => draft.set(field.id, value),
        }
    }
    // The reasons a registration is never listed come first, whatever
    // else the letter says.
    if mode == Mode::Individual {
        return Err(Refusal::NotListed(NotListed::Individual));
    }
    // The form's consent to publication (`publish_when` in data/form.toml):
    // anything but the option that allows it, or no answer, is a 「否」.
    if let Some(consent) = fields_for(mode).find(|f| !f.publish_when.is_empty())
        && draft.get(consent.id).trim() != consent.publish_when
    {
        return Err(Refusal::NotListed(NotListed::Declined));
    }
    let registration: Registration =
        validate(&draft).map_err(|errors| Refusal::Invalid { mode, errors })?;
    registration.directory_row().map_err(Refusal::NotListed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Date;
    use crate::domain::registration::FieldId;

    /// The form's field with `key` (data/form.toml).
    fn id(key: &str) -> FieldId {
        FieldId::of(key).unwrap_or_else(|| panic!("the form has no field {key}"))
    }

    /// An organisation's draft as the form holds it, agreeing to be listed.
    fn organisation() -> Draft {
        let mut d = Draft::new(Date::new(2026, 11, 25).expect("a date"));
        d.set(id("name"), "=HYPERLINK(\"x\") たつの薬局, 本町店");
        d.set(id("kana"), "たつのやっきょく");
        d.set(id("category"), "medical");
        d.set(id("rep_name"), "龍野 一郎");
        d.set(id("postal"), "679-4100");
        d.set(id("address"), "たつの市龍野町富永1005-1");
        d.set(id("district"), "tatsuno");
        d.set(id("phone"), "0791-63-2112");
        d.set(id("activities"), "sticker listen watch");
        d.set(id("stickers"), "3");
        d.set(id("publish"), "yes");
        d.set(id("notes"), "平日の午後は\n電話がつながりやすいです。");
        d
    }

    fn registration(draft: &Draft) -> Registration {
        validate(draft).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn expected_row(draft: &Draft) -> Vec<String> {
        registration(draft)
            .directory_row()
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn the_forms_csv_file_or_its_row_alone_gives_the_forms_row() {
        let draft = organisation();
        let file = registration(&draft)
            .directory_csv()
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(read_registration(&file), Ok(expected_row(&draft)));
        let row_alone = &file[file.find("\r\n").unwrap_or(0) + 2..];
        assert_eq!(read_registration(row_alone), Ok(expected_row(&draft)));
        // As a spreadsheet may save it: LF, no BOM.
        let lf = file.trim_start_matches('\u{FEFF}').replace("\r\n", "\n");
        assert_eq!(read_registration(&lf), Ok(expected_row(&draft)));
    }

    #[test]
    fn the_forms_letter_gives_the_forms_row() {
        let draft = organisation();
        let letter = registration(&draft).plain_text();
        assert_eq!(read_registration(&letter), Ok(expected_row(&draft)));
        // As a mail program may deliver it: CRLF, indentation lost.
        let mailed = letter.replace('\n', "\r\n").replace("\r\n  ", "\r\n");
        assert_eq!(read_registration(&mailed), Ok(expected_row(&draft)));
    }

    #[test]
    fn a_registration_that_said_no_to_publication_is_refused() {
        let mut draft = organisation();
        draft.set(id("publish"), "no");
        let letter = registration(&draft).plain_text();
        assert!(letter.contains("【名称などの公開】否"), "{letter}");
        assert_eq!(
            read_registration(&letter),
            Err(Refusal::NotListed(NotListed::Declined))
        );
        // Even when something else in it is wrong too.
        let broken = letter.replace("【電話番号】0791-63-2112", "【電話番号】12");
        assert_eq!(
            read_registration(&broken),
            Err(Refusal::NotListed(NotListed::Declined))
        );
    }

    #[test]
    fn a_persons_registration_is_refused() {
        let mut draft = organisation();
        draft.mode = Mode::Individual;
        let letter = registration(&draft).plain_text();
        assert_eq!(
            read_registration(&letter),
            Err(Refusal::NotListed(NotListed::Individual))
        );
    }

    #[test]
    fn a_letter_that_fails_the_forms_checks_names_the_fields() {
        let letter = registration(&organisation())
            .plain_text()
            .replace("【電話番号】0791-63-2112", "【電話番号】63-2112");
        match read_registration(&letter) {
            Err(Refusal::Invalid { mode, errors }) => {
                assert_eq!(mode, Mode::Organisation);
                assert_eq!(errors.len(), 1, "{errors:?}");
                assert_eq!(errors[0].id, id("phone"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(read_registration(""), Err(Refusal::NotRecognised));
        assert_eq!(read_registration(" \r\n"), Err(Refusal::NotRecognised));
        assert_eq!(
            read_registration("a,b,c\r\n"),
            Err(Refusal::Width {
                found: 3,
                expected: 13
            })
        );
        let header = COLUMNS.join(",");
        assert_eq!(
            read_registration(&format!("{header}\r\n")),
            Err(Refusal::RowCount(0))
        );
        let row = ",a,,店舗,龍野,,,,,,,,";
        assert_eq!(
            read_registration(&format!("{header}\r\n{row}\r\n{row}\r\n")),
            Err(Refusal::RowCount(2))
        );
        assert!(matches!(
            read_registration("\"open"),
            Err(Refusal::Unreadable(_))
        ));
    }
}
