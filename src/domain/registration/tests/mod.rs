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
use crate::domain::phone::PhoneProblem;

fn day(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).expect("valid test date")
}

/// A complete organisation's draft, written the way people type.
fn organisation() -> Draft {
    let mut d = Draft::new(day(2026, 11, 25));
    d.set(FieldId::Name, "たつの薬局 本町店");
    d.set(FieldId::Kana, "ﾀﾂﾉﾔｯｷｮｸ ﾎﾝﾏﾁﾃﾝ");
    d.set(FieldId::Category, "medical");
    d.set(FieldId::RepresentativeTitle, "代表取締役");
    d.set(FieldId::RepresentativeName, "龍野 一郎");
    d.set(FieldId::Postal, "〒６７９ー４１００");
    d.set(FieldId::Address, "たつの市龍野町");
    d.set(FieldId::District, "tatsuno");
    d.set(FieldId::Phone, "０７９１（００）００００");
    d.set(FieldId::Email, "ＩＮＦＯ＠Example.JP");
    d.set(FieldId::Activities, "sticker listen");
    d.set(FieldId::Stickers, "２");
    d.set(FieldId::Publish, "yes");
    d.set(FieldId::Notes, "平日の午後に\r\nご連絡ください。");
    d
}

fn person() -> Draft {
    let mut d = Draft::new(day(2026, 11, 25));
    d.mode = Mode::Individual;
    d.set(FieldId::Name, "揖保 花子");
    d.set(FieldId::Kana, "いぼ はなこ");
    d.set(FieldId::Postal, "6794100");
    d.set(FieldId::Address, "たつの市揖保川町");
    d.set(FieldId::District, "ibogawa");
    d.set(FieldId::Phone, "090-0000-0000");
    d.set(FieldId::Activities, "watch");
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
        assert_eq!(f.id as usize, i, "{} is out of order", f.key);
        assert_eq!(field(f.id).key, f.key);
        assert!(!f.key.is_empty() && !f.label.is_empty());
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
    let labels = ACTIVITIES.iter().map(|c| c.label).collect::<Vec<_>>();
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
    let activities = field(FieldId::Activities);
    assert_eq!(activities.choices_for(Mode::Individual).count(), 4);
    assert_eq!(field(FieldId::Name).label_for(Mode::Individual), "氏名");
    assert_eq!(field(FieldId::Address).label_for(Mode::Individual), "住所");
    assert_eq!(
        field(FieldId::Name).autocomplete_for(Mode::Individual),
        "name"
    );
    assert_eq!(
        field(FieldId::Name).autocomplete_for(Mode::Organisation),
        "organization"
    );
    assert_eq!(Section::Contact.fields(Mode::Individual).count(), 0);
    // A value typed in the other mode is kept but not checked or sent.
    let mut d = person();
    d.set(FieldId::RepresentativeName, "");
    d.set(FieldId::Activities, "sticker watch");
    let r = valid(&d);
    assert_eq!(r.value(FieldId::RepresentativeName), &Value::Empty);
    assert_eq!(r.text(FieldId::Activities), "見守り");
    assert_eq!(field_error(&d, FieldId::RepresentativeName), None);
}

#[test]
fn a_complete_draft_is_normalised() {
    let r = valid(&organisation());
    assert_eq!(r.text(FieldId::Date), "令和8年11月25日");
    assert_eq!(r.text(FieldId::Kana), "たつのやっきょく ほんまちてん");
    assert_eq!(r.text(FieldId::Category), "医療機関・薬局");
    assert_eq!(r.text(FieldId::Postal), "679-4100");
    assert_eq!(r.text(FieldId::Phone), "0791-00-0000");
    assert_eq!(r.text(FieldId::Email), "INFO@example.jp");
    assert_eq!(
        r.text(FieldId::Activities),
        "ステッカーの掲示、さりげない声かけ・傾聴"
    );
    assert_eq!(r.text(FieldId::Stickers), "2枚");
    assert_eq!(r.text(FieldId::Publish), "可");
    assert_eq!(r.text(FieldId::Notes), "平日の午後に\nご連絡ください。");
    assert_eq!(r.value(FieldId::Fax), &Value::Empty);
    assert_eq!(r.mode(), Mode::Organisation);
}

#[test]
fn an_empty_form_names_every_required_field_in_order() {
    let mut d = Draft::default();
    d.set(FieldId::Stickers, "");
    let errors = validate(&d).err().unwrap_or_default();
    let ids = errors.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(
        ids,
        [
            FieldId::Date,
            FieldId::Name,
            FieldId::Kana,
            FieldId::Category,
            FieldId::RepresentativeName,
            FieldId::Postal,
            FieldId::Address,
            FieldId::District,
            FieldId::Phone,
            FieldId::Activities,
            FieldId::Stickers,
            FieldId::Publish,
        ]
    );
    assert_eq!(errors[1].message, "名称を入力してください。");
    assert_eq!(errors[3].message, "種別を選んでください。");
    assert_eq!(errors[9].message, "協力できることを1つ以上選んでください。");
    let p = Draft {
        mode: Mode::Individual,
        ..Draft::default()
    };
    assert_eq!(
        field_error(&p, FieldId::Name).as_deref(),
        Some("氏名を入力してください。")
    );
    assert_eq!(field_error(&p, FieldId::Category), None);
}

#[test]
fn unknown_choices_are_not_accepted() {
    let mut d = organisation();
    d.set(FieldId::Category, "<script>");
    d.set(FieldId::Publish, "maybe");
    d.set(FieldId::Activities, "sticker,listen");
    let errors = validate(&d).err().unwrap_or_default();
    let ids = errors.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(
        ids,
        [FieldId::Category, FieldId::Activities, FieldId::Publish]
    );
}

#[test]
fn checkboxes_keep_list_order() {
    let mut d = Draft::default();
    d.set_checked(FieldId::Activities, "watch", true);
    d.set_checked(FieldId::Activities, "sticker", true);
    d.set_checked(FieldId::Activities, "listen", true);
    assert_eq!(d.get(FieldId::Activities), "sticker listen watch");
    d.set_checked(FieldId::Activities, "listen", false);
    assert!(d.is_checked(FieldId::Activities, "watch"));
    assert!(!d.is_checked(FieldId::Activities, "listen"));
    assert!(!d.is_checked(FieldId::Activities, "stick"));
    d.set_checked(FieldId::Activities, "nonsense", true);
    assert_eq!(d.get(FieldId::Activities), "sticker watch");
}

// ------------------------------------------------ the page's languages

/// Every kind of problem, with the fields' labels it may name.
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

#[test]
fn every_problem_reads_as_a_sentence_in_japanese() {
    for p in PROBLEMS {
        let m = p.japanese("名称");
        assert!(m.ends_with('。'), "{p:?}");
    }
    assert_eq!(
        Problem::TooLong { max: 50, now: 51 }.japanese(""),
        "50文字以内にしてください（いま51文字です）。"
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
                assert_eq!(c.label_in(Lang::Ja), c.label, "{}", c.key);
                assert_ne!(c.label_in(Lang::En), c.label, "{}", c.key);
                assert!(!c.label_in(Lang::Easy).is_empty());
            }
        }
        assert_eq!(mode.label_in(Lang::Ja), mode.label());
        assert_ne!(mode.label_in(Lang::En), mode.label());
        for section in Section::ALL {
            assert_eq!(section.label_in(mode, Lang::Ja), section.label(mode));
        }
    }
    for p in PROBLEMS {
        assert_eq!(p.message("名称", Lang::Ja), p.japanese("名称"), "{p:?}");
        assert!(!p.message("Name", Lang::En).is_empty());
        assert!(!p.message("名前", Lang::Easy).is_empty());
    }
    for n in [NotListed::Individual, NotListed::Declined] {
        assert_eq!(n.message_in(Lang::Ja), n.message());
    }
    assert_eq!(badge(true, Lang::Ja), "必須");
    assert_eq!(badge(false, Lang::Ja), "任意");
}

#[cfg(feature = "full")]
#[test]
fn errors_follow_the_language_and_the_letter_stays_japanese() {
    let mut d = organisation();
    d.set(FieldId::Postal, "679-41");
    d.set(FieldId::Name, "");
    assert_eq!(
        field_error_in(&d, FieldId::Postal, Lang::En).as_deref(),
        Some("Please enter the postal code as 7 digits (for example 123-4567).")
    );
    assert_eq!(
        field_error_in(&d, FieldId::Name, Lang::En).as_deref(),
        Some("Please fill in “Name of the organisation”.")
    );
    assert_eq!(
        field_error_in(&d, FieldId::Name, Lang::Ja),
        field_error(&d, FieldId::Name)
    );
    let errors = validate(&d).err().unwrap_or_default();
    assert_eq!(errors[0].message_in(d.mode, Lang::Ja), errors[0].message);
    assert_eq!(
        errors[0].message_in(Mode::Individual, Lang::En),
        "Please fill in “Your name”."
    );
    assert_eq!(field_error_in(&d, FieldId::Kana, Lang::En), None);
}
