//! The registration form's data file (`data/form.toml`): the shipped file
//! passes the build's checks and is what the app holds, and each kind of
//! mistake the city could make stops the build with a Japanese message
//! (the build runs the same `validate` as these tests).
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::registration::source::{FormFile, to_rust, validate};
use tsunagaru_inochi::domain::registration::{
    CONFIRMED, FIELDS, FORM_NUMBER, FORM_TITLE, Mode, SECTIONS,
};

fn shipped() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/form.toml"))
        .expect("data/form.toml is readable")
}

fn parse(text: &str) -> FormFile {
    toml::from_str(text).unwrap_or_else(|e| panic!("data/form.toml parses: {e}"))
}

/// The shipped file with `from` (which it must hold once) replaced by `to`.
fn edited(from: &str, to: &str) -> String {
    let text = shipped();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} is in the file once"
    );
    text.replacen(from, to, 1)
}

/// The build's messages for a file.
fn refused(text: &str) -> Vec<String> {
    validate(&parse(text)).expect_err("the build refuses it")
}

fn assert_refused(text: &str, words: &[&str]) {
    let errors = refused(text);
    assert!(
        errors
            .iter()
            .any(|e| words.iter().all(|w| e.contains(w)) && e.starts_with("data/form.toml")),
        "no message with {words:?} in {errors:#?}"
    );
}

#[test]
fn the_shipped_file_passes_and_is_what_the_app_holds() {
    let file = parse(&shipped());
    validate(&file).unwrap_or_else(|e| panic!("data/form.toml:\n  {}", e.join("\n  ")));
    assert_eq!(file.field.len(), FIELDS.len());
    for (source, field) in file.field.iter().zip(&FIELDS) {
        assert_eq!(source.key, field.key);
        assert_eq!(
            source.label.as_ref().and_then(|l| l.ja.as_deref()),
            Some(field.label[0])
        );
    }
    assert_eq!(file.section.len(), SECTIONS.len());
    assert_eq!(file.confirmed, CONFIRMED);
    assert_eq!(file.title, FORM_TITLE);
    assert_eq!(file.number, FORM_NUMBER);
    assert_eq!(
        file.mode.person.as_ref().map(|m| m.name.as_str()),
        Some(Mode::Individual.name())
    );
}

/// The setting the city changes once 健康課 has confirmed the fields: the
/// app's `CONFIRMED` follows it, and the page's note
/// (`components::register_unconfirmed`, tests/web.rs) shows only while it
/// is false.
#[test]
fn confirmed_is_a_setting_of_the_file() {
    let unconfirmed = to_rust(&parse(&edited("confirmed = false", "confirmed = false")));
    assert!(unconfirmed.contains("pub const CONFIRMED: bool = false;"));
    let text = edited("confirmed = false", "confirmed = true");
    let file = parse(&text);
    assert!(validate(&file).is_ok());
    let rust = to_rust(&file);
    assert!(rust.contains("pub const CONFIRMED: bool = true;"));
    // Nothing else changes with it.
    assert_eq!(
        rust.replace("CONFIRMED: bool = true", "CONFIRMED: bool = false"),
        unconfirmed
    );
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/pages/register.rs"
    ))
    .expect("the page");
    assert!(page.contains("<RegisterUnconfirmed confirmed=CONFIRMED />"));
}

#[test]
fn an_unknown_check_is_refused() {
    assert_refused(
        &edited(
            "key = \"fax\"\nsection = \"place\"\nkind = \"phone\"",
            "key = \"fax\"\nsection = \"place\"\nkind = \"fax_number\"",
        ),
        &[
            "項目",
            "「fax」",
            "kind「fax_number」という確かめ方はありません",
        ],
    );
    assert_refused(
        &edited("kind = \"kana\"\nmax = 100", "kind = \"kana\""),
        &["「kana」", "max（最大の文字数）が必要です"],
    );
    assert_refused(
        &edited("min = 0\nmax = 99", "min = 100\nmax = 99"),
        &["「stickers」", "min（100）が max（99）より大きく"],
    );
}

#[test]
fn a_missing_label_in_any_language_is_refused() {
    for (from, words) in [
        (
            "label.en = \"Fax number\"\n",
            ["「fax」", "label.en がありません"],
        ),
        (
            "label.easy = \"FAXの 番号\"\n",
            ["「fax」", "label.easy がありません"],
        ),
        (
            "label.ja = \"FAX番号\"\n",
            ["「fax」", "label.ja がありません"],
        ),
        (
            "hint.easy = \"社長、店長、会長 など。\"\n",
            ["「rep_title」", "hint.easy がありません"],
        ),
        (
            "label.en = \"Outside Tatsuno City\"\n",
            ["選択肢「outside」", "label.en がありません"],
        ),
        (
            "label_person.en = \"Your address\"\n",
            ["「address」", "label_person.en がありません"],
        ),
        (
            "label.en = \"Anything else\"\n",
            ["まとまり5「other」", "label.en がありません"],
        ),
        (
            "label.en = \"An individual\"\n",
            ["[mode.person]", "label.en がありません"],
        ),
    ] {
        assert_refused(&edited(from, ""), &words);
    }
    assert_refused(
        &edited("label.en = \"Fax number\"", "label.en = \" \""),
        &["「fax」", "label.en が空です"],
    );
}

#[test]
fn a_duplicate_key_is_refused() {
    assert_refused(
        &edited("key = \"fax\"", "key = \"phone\""),
        &["「phone」", "同じ key の項目がほかにもあります"],
    );
    assert_refused(
        &edited("key = \"mitsu\"", "key = \"shingu\""),
        &["選択肢「shingu」", "同じ key の選択肢がほかにもあります"],
    );
    assert_refused(
        &edited(
            "key = \"other\"\nlabel.ja = \"その他\"\nlabel.easy = \"その他\"\nlabel.en = \"Anything else\"",
            "key = \"contact\"\nlabel.ja = \"その他\"\nlabel.easy = \"その他\"\nlabel.en = \"Anything else\"",
        ),
        &["まとまり", "同じ key のまとまりがほかにもあります"],
    );
    // Keys the saved draft uses for itself, and keys that are not safe in
    // a URL or a DOM id.
    assert_refused(
        &edited("key = \"fax\"", "key = \"mode\""),
        &["key「mode」は保存に使うため使えません"],
    );
    assert_refused(
        &edited("key = \"fax\"", "key = \"FAX番号\""),
        &["key は英小文字・数字・_ で書いてください"],
    );
}

#[test]
fn an_unknown_choice_value_is_refused() {
    assert_refused(
        &edited("publish_when = \"yes\"", "publish_when = \"maybe\""),
        &[
            "「publish」",
            "publish_when「maybe」という選択肢がありません",
        ],
    );
    assert_refused(
        &edited("default = \"1\"", "default = \"100\""),
        &["「stickers」", "default「100」は min〜max の数に"],
    );
    assert_refused(
        &edited(
            "column = \"地区\"\n",
            "column = \"地区\"\ndefault = \"himeji\"\n",
        ),
        &["「district」", "default「himeji」という選択肢がありません"],
    );
    assert_refused(
        &edited("directory = \"御津\"", "directory = \"姫路\""),
        &[
            "選択肢「mitsu」",
            "directory「姫路」は協力スポット一覧の言葉にありません",
        ],
    );
    assert_refused(
        &edited(
            "for = \"org\"\ncolumn = \"種別\"",
            "for = \"company\"\ncolumn = \"種別\"",
        ),
        &["「category」", "for「company」は使えません"],
    );
}

#[test]
fn other_mistakes_are_refused_with_the_item_named() {
    // A section that does not exist.
    assert_refused(
        &edited(
            "key = \"notes\"\nsection = \"other\"",
            "key = \"notes\"\nsection = \"others\"",
        ),
        &["「notes」", "section「others」というまとまりがありません"],
    );
    // A directory column that does not exist, or holds two fields.
    assert_refused(
        &edited("column = \"説明\"", "column = \"協力内容\""),
        &["「activities」", "column「協力内容」は使えません"],
    );
    assert_refused(
        &edited("column = \"説明\"", "column = \"名称\""),
        &["column「名称」に入れる項目がほかにもあります"],
    );
    assert_refused(
        &edited("column = \"説明\"", "column = \"緯度\""),
        &["column「緯度」は使えません"],
    );
    // The form's date and name are needed once each.
    assert_refused(
        &edited("role = \"name\"\n", ""),
        &["role = \"name\" の項目は1つにしてください（いま0つ）"],
    );
    // Choices only for the choice kinds, and a choice field needs some.
    assert_refused(
        &edited("kind = \"checks\"", "kind = \"long_text\"\nmax = 10"),
        &["「activities」", "選択肢 [[field.choice]] は使えません"],
    );
    // An autofill token browsers do not know.
    assert_refused(
        &edited("autocomplete = \"tel\"", "autocomplete = \"phone\""),
        &["「phone」", "autocomplete「phone」は"],
    );
    // The first sentence must name who joins.
    assert_refused(
        &edited("{who}として", "協力機関として"),
        &["declaration に {who}"],
    );
    // A misspelt setting is not read at all (the build says so).
    let typo = edited(
        "required = true\nrole = \"date\"",
        "requried = true\nrole = \"date\"",
    );
    assert!(toml::from_str::<FormFile>(&typo).is_err());
}

#[test]
fn a_field_added_to_the_file_is_accepted_and_written_as_rust() {
    let text = shipped()
        + "\n[[field]]\nkey = \"website\"\nsection = \"place\"\nkind = \"text\"\nmax = 200\n\
           column = \"URL\"\nautocomplete = \"url\"\nlabel.ja = \"ホームページ\"\n\
           label.easy = \"ホームページ\"\nlabel.en = \"Website\"\n";
    let file = parse(&text);
    validate(&file).unwrap_or_else(|e| panic!("{e:#?}"));
    let rust = to_rust(&file);
    assert!(rust.contains(&format!("pub static FIELDS: [Field; {}]", FIELDS.len() + 1)));
    assert!(rust.contains("key: \"website\""));
    assert!(rust.contains("column: \"URL\""));
}
