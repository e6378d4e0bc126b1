//! The directory of cooperating spots: the real data file, the test
//! fixture in both encodings a spreadsheet writes, the city boundary, and
//! what the list does with the spots (search, districts, distance, CSV).
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::cp932;
use tsunagaru_inochi::domain::csv;
use tsunagaru_inochi::domain::geo::{Boundary, LatLon};
use tsunagaru_inochi::domain::spot::{
    COLUMNS, District, Kind, Spot, SpotQuery, by_distance, directory_csv, group_by_district,
};
use tsunagaru_inochi::domain::spot_data::{SPOTS, SPOTS_ARE_SAMPLE};
use tsunagaru_inochi::domain::spot_source::{SAMPLE_MARK, SpotRow, check_sample_policy, read};
use tsunagaru_inochi::domain::spreadsheet;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn file(path: &str) -> Vec<u8> {
    std::fs::read(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn boundary() -> Boundary {
    let text = String::from_utf8(file("data/geo/tatsuno-boundary.geojson")).expect("UTF-8");
    Boundary::from_geojson(&text).expect("the boundary reads")
}

fn import(path: &str) -> (Vec<SpotRow>, spreadsheet::Encoding) {
    let (text, encoding) = cp932::decode(&file(path)).expect("decodes");
    let rows = read(&text, &boundary())
        .unwrap_or_else(|e| panic!("{path}:\n{}", e.join("\n")))
        .rows;
    (rows, encoding)
}

fn fixture_spots() -> &'static [Spot] {
    let (rows, _) = import("tests/fixtures/spots-sample.csv");
    Box::leak(
        rows.into_iter()
            .map(SpotRow::leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

#[test]
fn the_real_directory_is_the_header_alone_and_holds_no_sample() {
    let bytes = file("data/spots.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(
        !text.contains(SAMPLE_MARK),
        "data/spots.csv must hold no sample spot"
    );
    let records = csv::parse(&text).expect("parses");
    assert_eq!(
        records.len(),
        1,
        "no invented entries: the city's list is not available"
    );
    assert_eq!(records[0].fields, COLUMNS.to_vec());
    let (rows, _) = import("data/spots.csv");
    assert!(rows.is_empty());
}

#[test]
fn this_build_holds_the_real_directory_unless_built_with_a_fixture() {
    let rows: Vec<SpotRow> = Vec::new();
    assert_eq!(check_sample_policy(&rows, SPOTS_ARE_SAMPLE), Ok(()));
    for s in SPOTS {
        assert_eq!(s.name.contains(SAMPLE_MARK), SPOTS_ARE_SAMPLE, "{}", s.id);
    }
}

#[test]
fn the_fixture_reads_the_same_in_utf8_and_shift_jis() {
    let (utf8, e1) = import("tests/fixtures/spots-sample.csv");
    let (sjis, e2) = import("tests/fixtures/spots-sample.cp932.csv");
    assert_eq!(e1, spreadsheet::Encoding::Utf8);
    assert_eq!(e2, spreadsheet::Encoding::ShiftJis);
    assert_eq!(utf8.len(), 10);
    assert_eq!(utf8, sjis);
    assert_eq!(check_sample_policy(&utf8, true), Ok(()));
    // Quoted fields: a comma in a name, a line break and quotes in 説明.
    let by_id = |id: &str| utf8.iter().find(|r| r.id == id).expect(id);
    assert_eq!(by_id("sample-003").name, "サンプル書店, 駅前店");
    assert_eq!(
        by_id("sample-004").offers,
        "待合室に相談窓口の一覧があります。\n受付で声をかけてください。"
    );
    assert!(by_id("sample-005").offers.contains("\"だれでも\""));
    assert_eq!(by_id("sample-002").registered, "2024-05-10");
}

#[test]
fn shift_jis_errors_name_the_row_and_column_too() {
    let text = "ID,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考\r\n\
                s-1,サンプル,,店舗,姫路,,,,,,,,\r\n";
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(text);
    let (decoded, encoding) = cp932::decode(&bytes).expect("decodes");
    assert_eq!(encoding, spreadsheet::Encoding::ShiftJis);
    let errors = read(&decoded, &boundary()).err().unwrap_or_default();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("2行目「地区」: 「姫路」は地区にありません"),
        "{errors:?}"
    );
}

#[test]
fn undecodable_files_are_refused_with_a_reason() {
    assert!(cp932::decode(b"\xFF\xFEI\0D\0").is_err(), "UTF-16");
    assert!(
        cp932::decode(b"ID\r\n\x82").is_err(),
        "a cut Shift_JIS character"
    );
    assert_eq!(
        cp932::decode(b"ID\r\n").map(|(_, e)| e),
        Ok(spreadsheet::Encoding::Utf8)
    );
}

#[test]
fn the_boundary_holds_the_city_and_not_its_neighbours() {
    let b = boundary();
    let inside = [
        (34.8581, 134.5456, "市役所"),
        (34.9178, 134.5531, "播磨新宮駅あたり"),
        (34.7650, 134.5040, "室津"),
    ];
    for (lat, lon, name) in inside {
        assert!(b.accepts(LatLon { lat, lon }), "{name}");
    }
    let outside = [
        (34.8267, 134.6906, "姫路駅"),
        (34.8100, 134.4000, "相生市側"),
        (34.7000, 134.5000, "播磨灘"),
    ];
    for (lat, lon, name) in outside {
        assert!(!b.accepts(LatLon { lat, lon }), "{name}");
    }
}

#[test]
fn every_fixture_spot_is_found_by_its_name_and_reading() {
    let spots = fixture_spots();
    for (i, s) in spots.iter().enumerate() {
        for q in [s.name, s.kana] {
            let hits = SpotQuery::new(q, None).filter(spots);
            assert!(hits.contains(&(i as u32)), "{} by {q}", s.id);
        }
    }
    let ids = |q: &str, k: Option<Kind>| -> Vec<&str> {
        SpotQuery::new(q, k)
            .filter(spots)
            .iter()
            .map(|&i| spots[i as usize].id)
            .collect()
    };
    assert_eq!(ids("ﾋﾞﾖｳｼﾂ", None), vec!["sample-009"]);
    assert_eq!(ids("しょてん", None), vec!["sample-003"]);
    assert_eq!(ids("", Some(Kind::Medical)).len(), 2);
    assert_eq!(ids("さんぷる", Some(Kind::Shop)).len(), 3);
}

#[test]
fn the_fixture_groups_into_the_four_districts() {
    let spots = fixture_spots();
    let all: Vec<u32> = (0..spots.len() as u32).collect();
    let groups: Vec<(District, usize)> = group_by_district(spots, &all)
        .into_iter()
        .map(|(d, m)| (d, m.len()))
        .collect();
    assert_eq!(
        groups,
        vec![
            (District::Tatsuno, 3),
            (District::Shingu, 3),
            (District::Ibogawa, 2),
            (District::Mitsu, 2)
        ]
    );
}

#[test]
fn near_murotsu_the_murotsu_spots_come_first() {
    let spots = fixture_spots();
    let all: Vec<u32> = (0..spots.len() as u32).collect();
    let here = LatLon {
        lat: 34.7765,
        lon: 134.5105,
    };
    let sorted = by_distance(spots, &all, here);
    let ids: Vec<&str> = sorted.iter().map(|(i, _)| spots[*i as usize].id).collect();
    assert_eq!(&ids[..2], &["sample-006", "sample-008"]);
    // The two without coordinates come last.
    assert_eq!(sorted.iter().filter(|(_, d)| d.is_none()).count(), 2);
    assert!(sorted[8].1.is_none() && sorted[9].1.is_none());
    let distances: Vec<f64> = sorted.iter().filter_map(|(_, d)| *d).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn the_csv_download_reads_back_as_the_same_directory() {
    let (rows, _) = import("tests/fixtures/spots-sample.csv");
    let spots = fixture_spots();
    let text = directory_csv(spots);
    assert!(text.starts_with('\u{FEFF}'));
    let again = read(&text, &boundary())
        .expect("the export passes the import")
        .rows;
    let strip = |r: &SpotRow| SpotRow {
        row: 0,
        ..r.clone()
    };
    assert_eq!(
        again.iter().map(strip).collect::<Vec<_>>(),
        rows.iter().map(strip).collect::<Vec<_>>()
    );
}

#[test]
fn a_neutralised_fixture_cell_reads_as_its_text_and_downloads_neutralised() {
    // The fixture holds a note as the app's own CSV writes a cell that
    // starts with `=`: with a leading `'`.
    let spots = fixture_spots();
    let spot = spots
        .iter()
        .find(|s| s.id == "sample-010")
        .expect("sample-010");
    assert!(spot.note.starts_with("=1+1（"), "{}", spot.note);
    let text = directory_csv(spots);
    assert!(text.contains(",2025-02-01,'=1+1（"), "{text}");
}

/// The cards as the list builds them, with the catalogue's words: Japanese
/// as it always was, and in English every word English except what the
/// spot typed, which is marked Japanese.
#[cfg(feature = "full")]
#[test]
fn fixture_cards_in_japanese_and_english() {
    use tsunagaru_inochi::components::spot_list::card_labels;
    use tsunagaru_inochi::domain::lang::Lang;
    use tsunagaru_inochi::domain::spot::card_html;

    let spots = fixture_spots();
    let pharmacy = spots
        .iter()
        .find(|s| s.id == "sample-001")
        .expect("the fixture's pharmacy");

    let ja = card_html(pharmacy, 0, Some(1234.0), false, &card_labels(Lang::Ja));
    for words in [
        ">店舗</span>",
        "ここから約1.2 km",
        "サンプル薬局 本町店に電話する、",
        "（0 7 9 1、6 3、2 1 1 2）",
        ">地図アプリで開く</a>",
        ">この地図で見る</button>",
    ] {
        assert!(ja.contains(words), "{words} in {ja}");
    }
    assert!(!ja.contains("lang="));

    let en = card_html(pharmacy, 0, Some(1234.0), false, &card_labels(Lang::En));
    for words in [
        r#"<h3 class="spot-card__name" lang="ja">サンプル薬局 本町店</h3>"#,
        ">Shop</span>",
        "About 1.2 km from here",
        r#"Call <span lang="ja">サンプル薬局 本町店</span>, "#,
        "(0 7 9 1, 6 3, 2 1 1 2)",
        r#"<p class="spot-card__address" lang="ja">"#,
        r#"<p class="note" lang="ja">"#,
    ] {
        assert!(en.contains(words), "{words} in {en}");
    }

    let easy = card_html(pharmacy, 0, None, false, &card_labels(Lang::Easy));
    assert!(easy.contains(">お店</span>"), "{easy}");
    assert!(!easy.contains("lang="));
}

// ------------------------------------ the registration form's row and the import

mod from_the_form {
    use super::*;
    use tsunagaru_inochi::domain::calendar::Date;
    use tsunagaru_inochi::domain::registration::{Draft, FieldId, normalize_phone, validate};

    /// The form's field with `key` (data/form.toml).
    fn id(key: &str) -> FieldId {
        FieldId::of(key).unwrap_or_else(|| panic!("data/form.toml has no field {key}"))
    }

    /// An organisation's draft as the form holds it, agreeing to be listed.
    fn organisation(name: &str, phone: &str) -> Draft {
        let mut d = Draft::new(Date::new(2026, 11, 25).expect("a date"));
        d.set(id("name"), name);
        d.set(id("kana"), "ﾀﾂﾉﾔｯｷｮｸ");
        d.set(id("category"), "medical");
        d.set(id("rep_name"), "龍野 一郎");
        d.set(id("postal"), "679-4100");
        d.set(id("address"), "たつの市龍野町");
        d.set(id("district"), "tatsuno");
        d.set(id("phone"), phone);
        d.set(id("activities"), "sticker listen");
        d.set(id("publish"), "yes");
        d
    }

    /// The form's one-row CSV, with the id the city gives typed into its
    /// first cell, read by the directory's import.
    fn imported(draft: &Draft) -> (String, Result<Vec<SpotRow>, Vec<String>>) {
        let registration = validate(draft).expect("a valid draft");
        let text = registration.directory_csv().expect("a listed organisation");
        let header_end = text.find("\r\n").expect("a header") + 2;
        assert_eq!(
            &text[header_end..=header_end],
            ",",
            "the ID is the city's to fill"
        );
        let file = format!("{}spot-new{}", &text[..header_end], &text[header_end..]);
        (text, read(&file, &boundary()).map(|i| i.rows))
    }

    #[test]
    fn a_row_from_the_form_with_an_050_number_passes_the_import() {
        let (_, rows) = imported(&organisation("たつの薬局", "050-1234-5678"));
        let rows = rows.unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.name, "たつの薬局");
        assert_eq!(r.kana, "タツノヤッキョク");
        assert_eq!((r.kind, r.district), (Kind::Medical, District::Tatsuno));
        assert_eq!(
            r.phone,
            Some(("050-1234-5678".to_owned(), "tel:05012345678".to_owned()))
        );
        assert_eq!(r.registered, "2026-11-25");
    }

    #[test]
    fn formula_text_from_the_form_is_neutralised_and_reads_back_whole() {
        let name = "=HYPERLINK(\"https://example.com\",\"@薬局\")";
        let mut draft = organisation(name, "+81 791 63 2112");
        draft.set(id("address"), "-1 たつの市龍野町");
        let (text, rows) = imported(&draft);
        for record in csv::parse(&text).expect("parses") {
            for cell in record.fields {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?} would run as a formula"
                );
            }
        }
        // The number is written in the domestic form, readable as it is.
        assert!(text.contains(",0791-63-2112,"), "{text}");
        let rows = rows.unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(rows[0].name, name);
        assert_eq!(rows[0].address, "-1 たつの市龍野町");
    }

    /// Random writings of phone numbers as people type them: a prefix, some
    /// digits of either width, separators, now and then something odd.
    fn random_phone(seed: &mut u64) -> String {
        const PREFIXES: [&str; 12] = [
            "0791",
            "050",
            "090",
            "0120",
            "0570",
            "0800",
            "079",
            "+81 791",
            "+81-(0)50",
            "０７９１",
            "(0791)",
            "",
        ];
        const SEPARATORS: [&str; 8] = ["", "", "", "-", "ー", " ", ".", "）"];
        const ODD: [&str; 8] = ["#", "a", "+", "=", "@", "内線", "\t", "'"];
        let mut next = |n: usize| {
            *seed ^= *seed >> 12;
            *seed ^= *seed << 25;
            *seed ^= *seed >> 27;
            (seed.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
        };
        let mut out = PREFIXES[next(PREFIXES.len())].to_owned();
        for _ in 0..5 + next(5) {
            out.push_str(SEPARATORS[next(SEPARATORS.len())]);
            let digit = char::from(b'0' + next(10) as u8);
            if next(4) == 0 {
                out.extend(char::from_u32(digit as u32 + 0xFEE0));
            } else {
                out.push(digit);
            }
        }
        if next(8) == 0 {
            let at = next(out.chars().count() + 1);
            let (head, tail): (String, String) = {
                let chars: Vec<char> = out.chars().collect();
                (chars[..at].iter().collect(), chars[at..].iter().collect())
            };
            out = format!("{head}{}{tail}", ODD[next(ODD.len())]);
        }
        out
    }

    #[test]
    fn the_form_and_the_import_agree_on_every_phone_number() {
        let mut seed = 0x0050_1234_5678_0791_u64;
        let mut accepted = 0;
        for _ in 0..3000 {
            let written = random_phone(&mut seed);
            let form = normalize_phone(&written).ok();
            let file = format!(
                "{}{}",
                csv::row(&COLUMNS),
                csv::row(&[
                    "s-1",
                    "サンプル",
                    "",
                    "店舗",
                    "龍野",
                    "",
                    "",
                    "",
                    &written,
                    "",
                    "",
                    "",
                    ""
                ])
            );
            let import = match read(&file, &boundary()) {
                Ok(i) => i.rows[0].phone.clone().map(|p| p.0),
                Err(_) => None,
            };
            let blank = written.trim().is_empty();
            if blank {
                assert_eq!(import, None, "{written:?}");
                continue;
            }
            assert_eq!(form, import, "{written:?}: the form and the import differ");
            accepted += usize::from(form.is_some());
        }
        assert!(accepted > 100, "only {accepted} numbers were valid");
    }
}
