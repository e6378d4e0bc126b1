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

    /// The form's field with `key` (data/form.toml).
    fn id(key: &str) -> FieldId {
        FieldId::of(key).unwrap_or_else(|| panic!("the form has no field {key}"))
    }
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
        draft.set(id("name"), "サンプル会館");
        draft.set(id("kana"), "さんぷるかいかん");
        draft.set(id("category"), "public");
        draft.set(id("rep_name"), "御津 花子");
        draft.set(id("postal"), "671-1311");
        draft.set(id("address"), "兵庫県たつの市御津町（サンプル住所）");
        draft.set(id("district"), "mitsu");
        draft.set(id("phone"), "0791-63-2112");
        draft.set(id("activities"), "sticker watch");
        draft.set(id("publish"), "yes");
        let registration = validate(&draft).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            String::from_utf8(fixture("staff-registration.csv")).ok(),
            registration.directory_csv().ok()
        );

        let mut declined = Draft::new(Date::new(2026, 11, 25).expect("a date"));
        declined.set(id("name"), "サンプル非公開商店");
        declined.set(id("kana"), "さんぷるひこうかいしょうてん");
        declined.set(id("category"), "shop");
        declined.set(id("rep_name"), "龍野 太郎");
        declined.set(id("postal"), "679-4192");
        declined.set(id("address"), "兵庫県たつの市龍野町（サンプル住所）");
        declined.set(id("district"), "tatsuno");
        declined.set(id("phone"), "0791-63-2112");
        declined.set(id("activities"), "sticker");
        declined.set(id("publish"), "no");
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
            draft.set(id("name"), typed(&mut rng));
            draft.set(id("kana"), "たつの");
            draft.set(
                id("category"),
                rng.pick(&["shop", "medical", "welfare", "public"]),
            );
            draft.set(id("rep_name"), typed(&mut rng));
            draft.set(id("postal"), "679-4100");
            draft.set(id("address"), typed(&mut rng));
            draft.set(
                id("district"),
                rng.pick(&["tatsuno", "shingu", "ibogawa", "mitsu"]),
            );
            draft.set(
                id("phone"),
                rng.pick(&["0791-63-2112", "+81 791 63 2112", "050-1234-5678"]),
            );
            draft.set(id("activities"), "sticker refer");
            draft.set(id("publish"), "yes");
            draft.set(
                id("notes"),
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
