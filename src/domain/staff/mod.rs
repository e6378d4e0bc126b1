//! 市の担当者の方へ: what the city's staff do with the directory of
//! cooperating spots, in the browser, with the build's own rules (full build
//! only):
//!
//! - [`directory`]: check a directory file they choose (UTF-8 or Shift_JIS)
//!   exactly as the build does, list each problem with its row, keep the
//!   rows without one; give a new spot the next free id and add it;
//! - [`intake`]: read a registration the form produced (its one-row CSV, or
//!   the letter it e-mails), refusing one that may not be listed;
//! - [`roster`]: the city's printed 協力スポット一覧, by district;
//! - [`stickers`]: the A4 sticker sheets of chosen spots, each with its own
//!   `?s=<id>`.
//!
//! Nothing here reads or writes anything but the text it is given.

pub mod directory;
pub mod intake;
pub mod roster;
pub mod stickers;

#[cfg(test)]
mod tests {
    use super::directory::{check_file, city_boundary};
    use super::intake::read_registration;
    use crate::domain::calendar::Date;
    use crate::domain::geo::Boundary;
    use crate::domain::registration::{Draft, FieldId, validate};
    use crate::domain::test_rng::Rng;

    /// Texts people type, spreadsheet formulas and markup among them.
    const TYPED: [&str; 16] = [
        "たつの",
        "薬局",
        "=",
        "+",
        "-",
        "@",
        "'",
        "\"",
        ",",
        "<b>",
        "&amp;",
        " ",
        "　",
        "ｶﾞ",
        "１２",
        "😀",
    ];

    fn typed(rng: &mut Rng) -> String {
        (0..1 + rng.below(8)).map(|_| rng.pick(&TYPED)).collect()
    }

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn city() -> Boundary {
        city_boundary().unwrap_or(Boundary {
            polygons: Vec::new(),
        })
    }

    /// The staff page's fixtures (`tests/e2e/staff.spec.ts`) are what they
    /// claim: a directory with a bad district in row 3, a formula in row 4
    /// and one valid spot; what the form writes for a registration, as its
    /// CSV and as its letter.
    #[test]
    fn the_fixtures_of_the_staff_page_are_what_they_claim() {
        let d = check_file(&fixture("staff-directory.csv"), &city(), true)
            .unwrap_or_else(|e| panic!("{e}"));
        let issues: Vec<(Option<usize>, &str)> = d
            .report
            .issues
            .iter()
            .map(|i| (i.row, i.message.as_str()))
            .collect();
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert_eq!(issues[0].0, Some(3));
        assert!(
            issues[0]
                .1
                .starts_with("3行目「地区」: 「姫路」は地区にありません")
        );
        assert_eq!(issues[1].0, Some(4));
        assert!(
            issues[1]
                .1
                .starts_with("4行目「説明」: 「=」で始まるセルは")
        );
        let ids: Vec<&str> = d.ids().collect();
        assert_eq!(ids, vec!["staff-001"]);

        let mut draft = Draft::new(Date::new(2026, 11, 25).expect("a date"));
        draft.set(FieldId::Name, "サンプル会館");
        draft.set(FieldId::Kana, "さんぷるかいかん");
        draft.set(FieldId::Category, "public");
        draft.set(FieldId::RepresentativeName, "御津 花子");
        draft.set(FieldId::Postal, "671-1311");
        draft.set(FieldId::Address, "兵庫県たつの市御津町（サンプル住所）");
        draft.set(FieldId::District, "mitsu");
        draft.set(FieldId::Phone, "0791-63-2112");
        draft.set(FieldId::Activities, "sticker watch");
        draft.set(FieldId::Publish, "yes");
        let registration = validate(&draft).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            String::from_utf8(fixture("staff-registration.csv")).ok(),
            registration.directory_csv().ok()
        );

        let mut declined = Draft::new(Date::new(2026, 11, 25).expect("a date"));
        declined.set(FieldId::Name, "サンプル非公開商店");
        declined.set(FieldId::Kana, "さんぷるひこうかいしょうてん");
        declined.set(FieldId::Category, "shop");
        declined.set(FieldId::RepresentativeName, "龍野 太郎");
        declined.set(FieldId::Postal, "679-4192");
        declined.set(FieldId::Address, "兵庫県たつの市龍野町（サンプル住所）");
        declined.set(FieldId::District, "tatsuno");
        declined.set(FieldId::Phone, "0791-63-2112");
        declined.set(FieldId::Activities, "sticker");
        declined.set(FieldId::Publish, "no");
        let letter = validate(&declined).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            String::from_utf8(fixture("staff-letter-declined.txt")).ok(),
            Some(letter.plain_text())
        );
    }

    /// Whatever an organisation typed, its registration pasted as the CSV
    /// or as the letter is added, and the downloaded directory reads back
    /// clean with the spot as the form wrote it.
    #[test]
    fn a_registration_pasted_either_way_reads_back_from_the_downloaded_file() {
        let city = city();
        let empty = check_file(
            "ID,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考\r\n"
                .as_bytes(),
            &city,
            false,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mut rng = Rng(0xC0FFEE);
        let mut tried = 0;
        for round in 0..300 {
            let mut draft = Draft::new(Date::new(2026, 11, 25).expect("a date"));
            draft.set(FieldId::Name, typed(&mut rng));
            draft.set(FieldId::Kana, "たつの");
            draft.set(
                FieldId::Category,
                rng.pick(&["shop", "medical", "welfare", "public"]),
            );
            draft.set(FieldId::RepresentativeName, typed(&mut rng));
            draft.set(FieldId::Postal, "679-4100");
            draft.set(FieldId::Address, typed(&mut rng));
            draft.set(
                FieldId::District,
                rng.pick(&["tatsuno", "shingu", "ibogawa", "mitsu"]),
            );
            draft.set(
                FieldId::Phone,
                rng.pick(&["0791-63-2112", "+81 791 63 2112", "050-1234-5678"]),
            );
            draft.set(FieldId::Activities, "sticker refer");
            draft.set(FieldId::Publish, "yes");
            draft.set(
                FieldId::Notes,
                format!("{}\n{}", typed(&mut rng), typed(&mut rng)),
            );
            let Ok(registration) = validate(&draft) else {
                continue;
            };
            tried += 1;
            let row = registration.directory_row().unwrap_or_default();
            let csv = registration.directory_csv().unwrap_or_default();
            for pasted in [csv, registration.plain_text()] {
                let cells = read_registration(&pasted)
                    .unwrap_or_else(|e| panic!("round {round}: {e:?}\n{pasted}"));
                assert_eq!(cells, row, "round {round}");
                let added = empty
                    .add(&cells, &city, false)
                    .unwrap_or_else(|e| panic!("round {round}: {e:?}\n{pasted}"));
                let file = added.directory.file();
                let again =
                    check_file(file.as_bytes(), &city, false).unwrap_or_else(|e| panic!("{e}"));
                assert!(again.report.issues.is_empty(), "{:?}", again.report.issues);
                let spot = &again.report.rows[0];
                assert_eq!(spot.id, "spot-0001");
                assert_eq!(spot.name, row[1], "round {round}");
                assert_eq!(spot.address, row[5], "round {round}");
            }
        }
        assert!(tried > 200, "only {tried} drafts were valid");
    }
}
