//! Hostile input: whatever is typed, the checks hold and every output stays
//! whole.

use super::*;
use crate::domain::registration::checks::{is_line_break, is_unwanted};

use super::outputs::{assert_csv_round_trip, assert_mail_round_trip, assert_sheet_shows_text};

use crate::domain::test_rng::Rng;

const HOSTILE: [&str; 40] = [
    "\r",
    "\n",
    "\r\n",
    "%0A",
    "%0D%0A",
    "%",
    "%25",
    "?",
    "&",
    "=",
    "#",
    "+",
    " ",
    "　",
    "\t",
    "\"",
    "'",
    "<script>",
    "</textarea>",
    "&amp;",
    "<b>",
    "😀",
    "👨‍👩‍👧",
    "🇯🇵",
    "０",
    "１２３",
    "ｶﾞ",
    "ﾀﾂﾉ",
    "たつの",
    "龍野",
    ",",
    ";",
    ":",
    "@",
    "\u{0}",
    "\u{7F}",
    "\u{85}",
    "\u{2028}",
    "\u{202E}",
    "\u{FFFF}",
];

fn hostile_text(rng: &mut Rng) -> String {
    if rng.below(10) == 0 {
        return rng.pick(&HOSTILE).repeat(1000);
    }
    (0..rng.below(14)).map(|_| rng.pick(&HOSTILE)).collect()
}

/// Every output of a registration holds together, whatever it holds.
fn assert_outputs_hold(r: &Registration) {
    assert_mail_round_trip(r, None);
    assert_mail_round_trip(r, Some("kenko@example.jp"));
    assert_csv_round_trip(r);
    assert_sheet_shows_text(r);
    let html = r.document_html();
    assert!(!html.contains("<script"));
}

#[test]
fn fuzz_hostile_free_text_in_a_valid_form() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let free = [
        id("name"),
        id("rep_title"),
        id("rep_name"),
        id("address"),
        id("contact_name"),
        id("notes"),
    ];
    let mut accepted = 0;
    for round in 0..400 {
        let mut d = if round % 3 == 0 {
            person()
        } else {
            organisation()
        };
        for id in free {
            d.set(id, hostile_text(&mut rng));
        }
        // Structured fields in odd but valid writings.
        d.set(
            id("postal"),
            rng.pick(&["６７９４１００", "〒679 4100", "679ー4100"]),
        );
        d.set(
            id("phone"),
            rng.pick(&["０７９１６３２１１２", "+81 791 63 2112", "(0791)63-2112"]),
        );
        d.set(id("kana"), rng.pick(&["ﾀﾂﾉ", "タツノ・ヤ", "　たつの　"]));
        match validate(&d) {
            Ok(r) => {
                accepted += 1;
                for id in free {
                    let v = r.value(id).display();
                    assert!(!v.chars().any(is_unwanted_or_break(id)), "{v:?}");
                }
                assert_outputs_hold(&r);
            }
            Err(errors) => {
                // Only emptiness and length can fail free text here.
                for e in errors {
                    assert!(free.contains(&e.id), "{e:?}");
                    assert!(
                        matches!(e.problem, Problem::TooLong { .. } | Problem::Missing),
                        "{e:?}"
                    );
                }
            }
        }
    }
    assert!(accepted > 50, "only {accepted} drafts were valid");
}

/// Characters a cleaned value of field `id` must not hold.
fn is_unwanted_or_break(id: FieldId) -> impl Fn(char) -> bool {
    move |c| {
        let line_break = c != '\n' && is_line_break(c);
        let newline = c == '\n' && !matches!(field(id).kind, Kind::LongText { .. });
        (is_unwanted(c) && c != '\n') || line_break || newline || c == '\t'
    }
}

#[test]
fn fuzz_hostile_values_in_every_field_never_break_anything() {
    let mut rng = Rng(0x0BAD_F00D_DEAD_BEEF);
    for round in 0..600 {
        let mut d = organisation();
        if round % 2 == 0 {
            d.mode = Mode::Individual;
        }
        // A random subset of fields gets hostile text, the rest stays valid.
        for f in &FIELDS {
            if rng.below(3) == 0 {
                d.set(f.id, hostile_text(&mut rng));
            }
        }
        let result = validate(&d);
        match &result {
            Ok(r) => assert_outputs_hold(r),
            Err(errors) => {
                assert!(!errors.is_empty());
                for e in errors {
                    assert!(field(e.id).applies.to(d.mode));
                    assert_eq!(field_problem(&d, e.id), Some(e.problem));
                    #[cfg(feature = "full")]
                    assert!(e.message_in(d.mode, Lang::Ja).ends_with('。'), "{e:?}");
                }
            }
        }
        // The draft itself always survives storage.
        assert_eq!(Draft::from_storage(&d.to_storage()), Some(d.clone()));
    }
}

#[test]
fn fuzz_storage_text_never_panics() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF0);
    for _ in 0..500 {
        let mut text = String::from(rng.pick(&["v=1&", "", "v=2&mode=person&", "v=2&"]));
        text.push_str(&hostile_text(&mut rng));
        text.push_str(rng.pick(&[
            "&name=%",
            "&notes=%E3%8",
            "&kana==",
            "&=&",
            "&gone=x&gone.label=%",
            "&.label=y",
        ]));
        if let Some(stored) = Draft::read_storage(&text) {
            _ = validate(&stored.draft);
        }
    }
}
