//! The registration form's tests: the form and its languages here; the
//! normalisation of what is typed, the outputs (letter, mail link, CSV row,
//! A4 document, saved draft) and hostile input in their own files.

mod fuzz;
mod normalisation;
mod outputs;

use super::*;
use crate::domain::calendar::Date;
#[cfg(feature = "full")]
use crate::domain::lang::Lang;
#[cfg(feature = "full")]
use crate::domain::phone::PhoneProblem;

/// The field with `key` (the data file's key).
fn id(key: &str) -> FieldId {
    FieldId::of(key).unwrap_or_else(|| panic!("data/form.toml has no field {key}"))
}

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("valid test date")
}

/// A complete organisation's draft, written the way people type.
fn organisation() -> Draft {
    let mut d = Draft::new(day(2026, 11, 25));
    d.set(id("name"), "たつの薬局 本町店");
    d.set(id("kana"), "ﾀﾂﾉﾔｯｷｮｸ ﾎﾝﾏﾁﾃﾝ");
    d.set(id("category"), "medical");
    d.set(id("rep_title"), "代表取締役");
    d.set(id("rep_name"), "龍野 一郎");
    d.set(id("postal"), "〒６７９ー４１００");
    d.set(id("address"), "たつの市龍野町");
    d.set(id("district"), "tatsuno");
    d.set(id("phone"), "０７９１（００）００００");
    d.set(id("email"), "ＩＮＦＯ＠Example.JP");
    d.set(id("activities"), "sticker listen");
    d.set(id("stickers"), "２");
    d.set(id("publish"), "yes");
    d.set(id("notes"), "平日の午後に\r\nご連絡ください。");
    d
}

fn person() -> Draft {
    let mut d = Draft::new(day(2026, 11, 25));
    d.mode = Mode::Individual;
    d.set(id("name"), "揖保 花子");
    d.set(id("kana"), "いぼ はなこ");
    d.set(id("postal"), "6794100");
    d.set(id("address"), "たつの市揖保川町");
    d.set(id("district"), "ibogawa");
    d.set(id("phone"), "090-0000-0000");
    d.set(id("activities"), "watch");
    d
}

fn valid(draft: &Draft) -> Registration {
    match validate(draft) {
        Ok(r) => r,
        Err(errors) => panic!("expected a valid draft, got {errors:?}"),
    }
}

// ------------------------------------------------------------ the form

#[test]
fn fields_follow_the_enum_and_keys_are_unique() {
    for (i, f) in FIELDS.iter().enumerate() {
        assert_eq!(f.id.index(), i, "{} is out of order", f.key);
        assert_eq!(field(f.id).key, f.key);
        assert_eq!(FieldId::of(f.key), Some(f.id));
        assert!(!f.key.is_empty() && f.label.iter().all(|l| !l.is_empty()));
        assert!(f.key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
    }
    let mut keys = FIELDS.iter().map(|f| f.key).collect::<Vec<_>>();
    keys.push("mode");
    keys.push("v");
    let n = keys.len();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), n);
    for f in &FIELDS {
        let mut choice_keys = f.kind.choices().iter().map(|c| c.key).collect::<Vec<_>>();
        assert!(
            choice_keys
                .iter()
                .all(|k| { !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase()) })
        );
        let n = choice_keys.len();
        choice_keys.sort_unstable();
        choice_keys.dedup();
        assert_eq!(choice_keys.len(), n);
    }
}

#[test]
fn the_activities_are_the_ones_on_the_citys_page() {
    let labels = field(id("activities"))
        .kind
        .choices()
        .iter()
        .map(Choice::japanese)
        .collect::<Vec<_>>();
    assert_eq!(
        labels,
        [
            "ステッカーの掲示",
            "相談先チラシ等の設置",
            "さりげない声かけ・傾聴",
            "相談窓口の紹介・受診勧奨",
            "見守り",
            "自殺予防の普及啓発",
        ]
    );
}

#[test]
fn individuals_see_only_what_applies_to_them() {
    let keys = |mode| fields_for(mode).map(|f| f.key).collect::<Vec<_>>();
    assert_eq!(keys(Mode::Organisation).len(), FIELDS.len());
    assert_eq!(
        keys(Mode::Individual),
        [
            "date",
            "name",
            "kana",
            "postal",
            "address",
            "district",
            "phone",
            "email",
            "activities",
            "notes"
        ]
    );
    let activities = field(id("activities"));
    assert_eq!(activities.choices_for(Mode::Individual).count(), 4);
    assert_eq!(field(id("name")).label_for(Mode::Individual), "氏名");
    assert_eq!(field(id("address")).label_for(Mode::Individual), "住所");
    assert_eq!(field(id("name")).autocomplete_for(Mode::Individual), "name");
    assert_eq!(
        field(id("name")).autocomplete_for(Mode::Organisation),
        "organization"
    );
    let contact = SECTIONS
        .iter()
        .find(|s| s.key == "contact")
        .expect("a section");
    assert_eq!(contact.fields(Mode::Individual).count(), 0);
    // A value typed in the other mode is kept but not checked or sent.
    let mut d = person();
    d.set(id("rep_name"), "");
    d.set(id("activities"), "sticker watch");
    let r = valid(&d);
    assert_eq!(r.value(id("rep_name")), &Value::Empty);
    assert_eq!(r.text(id("activities")), "見守り");
    assert_eq!(field_problem(&d, id("rep_name")), None);
}

#[test]
fn a_complete_draft_is_normalised() {
    let r = valid(&organisation());
    assert_eq!(r.text(id("date")), "令和8年11月25日");
    assert_eq!(r.text(id("kana")), "たつのやっきょく ほんまちてん");
    assert_eq!(r.text(id("category")), "医療機関・薬局");
    assert_eq!(r.text(id("postal")), "679-4100");
    assert_eq!(r.text(id("phone")), "0791-00-0000");
    assert_eq!(r.text(id("email")), "INFO@example.jp");
    assert_eq!(
        r.text(id("activities")),
        "ステッカーの掲示、さりげない声かけ・傾聴"
    );
    assert_eq!(r.text(id("stickers")), "2枚");
    assert_eq!(r.text(id("publish")), "可");
    assert_eq!(r.text(id("notes")), "平日の午後に\nご連絡ください。");
    assert_eq!(r.value(id("fax")), &Value::Empty);
    assert_eq!(r.mode(), Mode::Organisation);
}

#[test]
fn an_empty_form_names_every_required_field_in_order() {
    let mut d = Draft::default();
    d.set(id("stickers"), "");
    let errors = validate(&d).err().unwrap_or_default();
    let ids = errors.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(
        ids,
        [
            id("date"),
            id("name"),
            id("kana"),
            id("category"),
            id("rep_name"),
            id("postal"),
            id("address"),
            id("district"),
            id("phone"),
            id("activities"),
            id("stickers"),
            id("publish"),
        ]
    );
    assert_eq!(errors[1].problem, Problem::Missing);
    assert_eq!(errors[3].problem, Problem::NotChosen);
    assert_eq!(errors[9].problem, Problem::NoneChecked);
    #[cfg(feature = "full")]
    {
        let ja = |e: &FieldError| e.message_in(d.mode, Lang::Ja);
        assert_eq!(ja(&errors[1]), "名称を入力してください。");
        assert_eq!(ja(&errors[3]), "種別を選んでください。");
        assert_eq!(ja(&errors[9]), "協力できることを1つ以上選んでください。");
    }
    let p = Draft {
        mode: Mode::Individual,
        ..Draft::default()
    };
    assert_eq!(field_problem(&p, id("name")), Some(Problem::Missing));
    #[cfg(feature = "full")]
    assert_eq!(
        field_error_in(&p, id("name"), Lang::Ja).as_deref(),
        Some("氏名を入力してください。")
    );
    assert_eq!(field_problem(&p, id("category")), None);
}

#[test]
fn unknown_choices_are_not_accepted() {
    let mut d = organisation();
    d.set(id("category"), "<script>");
    d.set(id("publish"), "maybe");
    d.set(id("activities"), "sticker,listen");
    let errors = validate(&d).err().unwrap_or_default();
    let ids = errors.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids, [id("category"), id("activities"), id("publish")]);
}

#[test]
fn checkboxes_keep_list_order() {
    let mut d = Draft::default();
    d.set_checked(id("activities"), "watch", true);
    d.set_checked(id("activities"), "sticker", true);
    d.set_checked(id("activities"), "listen", true);
    assert_eq!(d.get(id("activities")), "sticker listen watch");
    d.set_checked(id("activities"), "listen", false);
    assert!(d.is_checked(id("activities"), "watch"));
    assert!(!d.is_checked(id("activities"), "listen"));
    assert!(!d.is_checked(id("activities"), "stick"));
    d.set_checked(id("activities"), "nonsense", true);
    assert_eq!(d.get(id("activities")), "sticker watch");
}

// ------------------------------------------------ the page's languages

/// Every kind of problem, with the fields' labels it may name.
#[cfg(feature = "full")]
const PROBLEMS: [Problem; 18] = [
    Problem::Missing,
    Problem::NotChosen,
    Problem::NoneChecked,
    Problem::TooLong { max: 50, now: 51 },
    Problem::Kana,
    Problem::Postal,
    Problem::Phone(PhoneProblem::ALL[0]),
    Problem::Phone(PhoneProblem::ALL[1]),
    Problem::Phone(PhoneProblem::ALL[2]),
    Problem::Phone(PhoneProblem::ALL[3]),
    Problem::Phone(PhoneProblem::ALL[4]),
    Problem::Phone(PhoneProblem::ALL[5]),
    Problem::Phone(PhoneProblem::ALL[6]),
    Problem::Phone(PhoneProblem::ALL[7]),
    Problem::EmailNoAt,
    Problem::EmailForm,
    Problem::Date,
    Problem::Count { min: 0, max: 99 },
];

/// Every problem is a sentence in every language, with its numbers.
#[cfg(feature = "full")]
#[test]
fn every_problem_reads_as_a_sentence() {
    for p in PROBLEMS {
        for (lang, end) in [(Lang::Ja, '。'), (Lang::Easy, '。'), (Lang::En, '.')] {
            let m = p.message("名称", lang);
            assert!(m.ends_with(end), "{p:?} {lang:?}: {m}");
        }
    }
    let too_long = Problem::TooLong { max: 50, now: 51 };
    assert_eq!(
        too_long.message("", Lang::Ja),
        "50文字以内にしてください（いま51文字です）。"
    );
    assert_eq!(
        too_long.message("", Lang::En),
        "Please keep it to 50 characters (it has 51 now)."
    );
    assert_eq!(
        Problem::Count { min: 1, max: 9 }.message("", Lang::Easy),
        "1から 9までの 数字で 書いて ください。"
    );
}

/// In 日本語 the page says exactly what the form itself says (the
/// letter's labels, the options, the messages); in やさしい日本語 and
/// English every label, option and message has its own text.
#[cfg(feature = "full")]
#[test]
fn the_page_speaks_the_forms_japanese_and_every_language() {
    for mode in Mode::ALL {
        for f in fields_for(mode) {
            let ja = f.text_in(mode, Lang::Ja);
            assert_eq!(ja.label, f.label_for(mode), "{}", f.key);
            assert_eq!(ja.hint, f.hint_for(mode), "{}", f.key);
            for lang in [Lang::Easy, Lang::En] {
                let text = f.text_in(mode, lang);
                assert!(!text.label.is_empty(), "{}", f.key);
                assert_eq!(text.hint.is_empty(), ja.hint.is_empty(), "{}", f.key);
            }
            assert_ne!(f.text_in(mode, Lang::En).label, ja.label, "{}", f.key);
            for c in f.kind.choices() {
                assert_eq!(c.label_in(Lang::Ja), c.japanese(), "{}", c.key);
                assert_ne!(c.label_in(Lang::En), c.japanese(), "{}", c.key);
                assert!(!c.label_in(Lang::Easy).is_empty());
            }
        }
        assert_eq!(mode.label_in(Lang::Ja), mode.label());
        assert_ne!(mode.label_in(Lang::En), mode.label());
        for section in &SECTIONS {
            assert_eq!(section.label_in(mode, Lang::Ja), section.label(mode));
        }
    }
    // A phone number is refused in the same Japanese by the form and by
    // the directory's checks (which the build prints to the city).
    for p in PhoneProblem::ALL {
        assert_eq!(Problem::Phone(p).message("", Lang::Ja), p.japanese());
    }
    for n in [NotListed::Individual, NotListed::Declined] {
        for lang in Lang::ALL {
            assert!(!n.message_in(lang).is_empty());
        }
    }
    assert_eq!(badge(true, Lang::Ja), "必須");
    assert_eq!(badge(false, Lang::Ja), "任意");
}

#[cfg(feature = "full")]
#[test]
fn errors_follow_the_language_and_the_letter_stays_japanese() {
    let mut d = organisation();
    d.set(id("postal"), "679-41");
    d.set(id("name"), "");
    assert_eq!(
        field_error_in(&d, id("postal"), Lang::En).as_deref(),
        Some("Please enter the postal code as 7 digits (for example 123-4567).")
    );
    assert_eq!(
        field_error_in(&d, id("name"), Lang::En).as_deref(),
        Some("Please fill in “Name of the organisation”.")
    );
    assert_eq!(
        field_error_in(&d, id("name"), Lang::Ja).as_deref(),
        Some("名称を入力してください。")
    );
    let errors = validate(&d).err().unwrap_or_default();
    assert_eq!(
        errors[0].message_in(d.mode, Lang::Ja),
        "名称を入力してください。"
    );
    assert_eq!(
        errors[0].message_in(Mode::Individual, Lang::En),
        "Please fill in “Your name”."
    );
    assert_eq!(field_error_in(&d, id("kana"), Lang::En), None);
}
