//! The registration form's data file, `data/form.toml`, that the city
//! edits: its format, the checks it must pass before it ships (every
//! message in Japanese by design, for the city's staff, naming the item at
//! fault),
//! and the Rust statics the build writes from it (`data/build.rs`, which
//! compiles this file as the app does), so the app parses nothing at run
//! time. The header of `data/form.toml` explains every setting.
//!
//! The checks: every text in 日本語, やさしい日本語 and English; unique keys
//! (URL- and DOM-safe); a known section, kind and audience for every field,
//! with the settings its kind needs (a longest length, a range); choices
//! exactly for the choice kinds; a default, a `publish_when` or a
//! directory word that the field can hold; exactly one form date and one
//! name; directory columns that exist, at most one field each.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde::Deserialize;

use super::super::spot::{self, COLUMNS};

/// The file, as the messages name it.
pub const FILE: &str = "data/form.toml";

/// The languages of every text, in the order of `Lang::ALL`.
pub const LANGS: [&str; 3] = ["ja", "easy", "en"];

/// The kinds of value a field may take (`kind`).
pub const KINDS: [&str; 10] = [
    "text",
    "long_text",
    "kana",
    "date",
    "postal",
    "phone",
    "email",
    "choice",
    "checks",
    "count",
];

/// The kinds that take a longest length (`max`).
const SIZED: [&str; 3] = ["text", "long_text", "kana"];

/// The directory's columns that are the city's to fill.
const CITY_COLUMNS: [&str; 3] = ["ID", "緯度", "経度"];

/// Keys the saved draft uses for itself (`domain::registration::Draft`).
const RESERVED_KEYS: [&str; 2] = ["v", "mode"];

/// The browser's autofill tokens a field may ask for (HTML's
/// `autocomplete`), the ones a registration can use.
const AUTOCOMPLETE: [&str; 24] = [
    "off",
    "on",
    "name",
    "honorific-prefix",
    "given-name",
    "additional-name",
    "family-name",
    "nickname",
    "organization-title",
    "organization",
    "street-address",
    "address-line1",
    "address-line2",
    "address-line3",
    "address-level1",
    "address-level2",
    "address-level3",
    "postal-code",
    "country-name",
    "email",
    "tel",
    "tel-national",
    "url",
    "bday",
];

/// The largest `max` for a text, and for a count (the check reads at most
/// four digits).
const MAX_TEXT: u32 = 10_000;
const MAX_COUNT: u32 = 9_999;

/// A text in the three languages, as written (`label.ja = "…"`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// 日本語.
    pub ja: Option<String>,
    /// やさしい日本語.
    pub easy: Option<String>,
    /// English.
    pub en: Option<String>,
}

impl Words {
    fn get(&self, lang: &str) -> Option<&str> {
        match lang {
            "ja" => self.ja.as_deref(),
            "easy" => self.easy.as_deref(),
            _ => self.en.as_deref(),
        }
    }
}

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormFile {
    /// Whether 健康課 has confirmed that the fields are those of 様式1.
    #[serde(default)]
    pub confirmed: bool,
    /// The form's title.
    #[serde(default)]
    pub title: String,
    /// The form's number (様式1).
    #[serde(default)]
    pub number: String,
    /// The letter's first sentence, with `{who}`.
    #[serde(default)]
    pub declaration: String,
    /// The two kinds of registration.
    #[serde(default)]
    pub mode: Modes,
    /// The groups of fields, in order.
    #[serde(default)]
    pub section: Vec<SourceSection>,
    /// The fields, in order.
    #[serde(default)]
    pub field: Vec<SourceField>,
}

/// `[mode.org]` and `[mode.person]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modes {
    /// An organisation, group, business or shop.
    pub org: Option<SourceMode>,
    /// An individual.
    pub person: Option<SourceMode>,
}

/// One kind of registration.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceMode {
    /// The choice on the page.
    pub label: Option<Words>,
    /// The kind as the letter names it.
    #[serde(default)]
    pub name: String,
    /// Who joins, in the first sentence.
    #[serde(default)]
    pub joins_as: String,
}

/// One group of fields.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSection {
    /// Its key.
    #[serde(default)]
    pub key: String,
    /// Its heading.
    pub label: Option<Words>,
    /// Its heading for individuals.
    pub label_person: Option<Words>,
}

/// One field.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceField {
    /// Its key (saved drafts, DOM ids).
    #[serde(default)]
    pub key: String,
    /// The section's key.
    #[serde(default)]
    pub section: String,
    /// One of [`KINDS`].
    #[serde(default)]
    pub kind: String,
    /// Longest text, or largest count.
    pub max: Option<u32>,
    /// Smallest count.
    pub min: Option<u32>,
    /// The counter word after a count.
    pub unit: Option<String>,
    /// A choice shows every option with ☑ or ☐ on the A4 document.
    #[serde(default)]
    pub marks: bool,
    /// Must be filled.
    #[serde(default)]
    pub required: bool,
    /// `both` or `org`.
    #[serde(rename = "for")]
    pub applies: Option<String>,
    /// Its name.
    pub label: Option<Words>,
    /// Its name for individuals.
    pub label_person: Option<Words>,
    /// The help line.
    pub hint: Option<Words>,
    /// The help line for individuals.
    pub hint_person: Option<Words>,
    /// What a new form holds.
    #[serde(rename = "default")]
    pub initial: Option<String>,
    /// `date` or `name`.
    pub role: Option<String>,
    /// The spot directory's column.
    pub column: Option<String>,
    /// The choice that allows publishing.
    pub publish_when: Option<String>,
    /// The browser's autofill token.
    pub autocomplete: Option<String>,
    /// The autofill token for individuals.
    pub autocomplete_person: Option<String>,
    /// The options, in order.
    #[serde(default)]
    pub choice: Vec<SourceChoice>,
}

/// One option of a choice field.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceChoice {
    /// Its key.
    #[serde(default)]
    pub key: String,
    /// What it says.
    pub label: Option<Words>,
    /// `both` or `org`.
    #[serde(rename = "for")]
    pub applies: Option<String>,
    /// The directory's word for it.
    pub directory: Option<String>,
}

impl SourceField {
    fn for_org_only(&self) -> bool {
        self.applies.as_deref() == Some("org")
    }
}

/// Letters, digits and `_`, starting with a letter.
fn is_key(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Checks a text in three languages; `required` when it must be there.
fn check_words(words: Option<&Words>, name: &str, required: bool, e: &mut impl FnMut(String)) {
    match words {
        None if required => e(format!("{name}.ja・{name}.easy・{name}.en がありません")),
        None => {}
        Some(w) => {
            for lang in LANGS {
                match w.get(lang) {
                    None => e(format!("{name}.{lang} がありません")),
                    Some(t) if t.trim().is_empty() => e(format!("{name}.{lang} が空です")),
                    Some(_) => {}
                }
            }
        }
    }
}

fn check_applies(value: Option<&str>, e: &mut impl FnMut(String)) {
    if let Some(v) = value
        && v != "both"
        && v != "org"
    {
        e(format!("for「{v}」は使えません（\"both\" か \"org\"）"));
    }
}

/// Checks the whole file. Returns every problem, each naming the item, so
/// the whole file can be fixed in one pass.
pub fn validate(file: &FormFile) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    for (name, value) in [
        ("title", &file.title),
        ("number", &file.number),
        ("declaration", &file.declaration),
    ] {
        if value.trim().is_empty() {
            errors.push(format!("{FILE}: {name} がありません"));
        }
    }
    if !file.declaration.trim().is_empty() && !file.declaration.contains("{who}") {
        errors.push(format!(
            "{FILE}: declaration に {{who}}（登録の区分の joins_as が入る所）がありません"
        ));
    }
    for (key, mode) in [("org", &file.mode.org), ("person", &file.mode.person)] {
        let mut e = |why: String| errors.push(format!("{FILE} [mode.{key}]: {why}"));
        let Some(mode) = mode else {
            e("がありません".to_owned());
            continue;
        };
        check_words(mode.label.as_ref(), "label", true, &mut e);
        for (name, value) in [("name", &mode.name), ("joins_as", &mode.joins_as)] {
            if value.trim().is_empty() {
                e(format!("{name} がありません"));
            }
        }
    }
    let mut sections = BTreeSet::new();
    if file.section.is_empty() {
        errors.push(format!("{FILE}: まとまり [[section]] が一つもありません"));
    }
    for (n, s) in file.section.iter().enumerate() {
        let mut e = |why: String| {
            errors.push(format!("{FILE} まとまり{}「{}」: {why}", n + 1, s.key));
        };
        if !is_key(&s.key) {
            e("key は英小文字・数字・_ で書いてください".to_owned());
        } else if !sections.insert(s.key.as_str()) {
            e("同じ key のまとまりがほかにもあります".to_owned());
        }
        check_words(s.label.as_ref(), "label", true, &mut e);
        check_words(s.label_person.as_ref(), "label_person", false, &mut e);
    }
    if file.field.is_empty() {
        errors.push(format!("{FILE}: 項目 [[field]] が一つもありません"));
    }
    let mut keys = BTreeSet::new();
    let mut columns = BTreeSet::new();
    for (n, f) in file.field.iter().enumerate() {
        let mut e = |why: String| {
            errors.push(format!("{FILE} 項目{}「{}」: {why}", n + 1, f.key));
        };
        if !is_key(&f.key) {
            e("key は英小文字・数字・_ で書いてください".to_owned());
        } else if RESERVED_KEYS.contains(&f.key.as_str()) {
            e(format!("key「{}」は保存に使うため使えません", f.key));
        } else if !keys.insert(f.key.as_str()) {
            e("同じ key の項目がほかにもあります".to_owned());
        }
        if !sections.contains(f.section.as_str()) {
            e(format!(
                "section「{}」というまとまりがありません（[[section]] の key のどれか）",
                f.section
            ));
        }
        check_applies(f.applies.as_deref(), &mut e);
        check_words(f.label.as_ref(), "label", true, &mut e);
        check_words(f.hint.as_ref(), "hint", false, &mut e);
        for (name, words) in [
            ("label_person", &f.label_person),
            ("hint_person", &f.hint_person),
        ] {
            check_words(words.as_ref(), name, false, &mut e);
            if words.is_some() && f.for_org_only() {
                e(format!(
                    "for = \"org\" の項目に {name} は使えません（個人には出ません）"
                ));
            }
        }
        if f.autocomplete_person.is_some() && f.for_org_only() {
            e("for = \"org\" の項目に autocomplete_person は使えません".to_owned());
        }
        for token in [&f.autocomplete, &f.autocomplete_person]
            .into_iter()
            .flatten()
        {
            if !AUTOCOMPLETE.contains(&token.as_str()) {
                e(format!(
                    "autocomplete「{token}」はブラウザの自動入力の種類にありません（{}）",
                    AUTOCOMPLETE.join("・")
                ));
            }
        }
        check_kind(f, &mut e);
        check_choices(f, &mut e);
        check_initial(f, &mut e);
        check_role(f, &mut e);
        if let Some(column) = &f.column {
            if !COLUMNS.contains(&column.as_str()) || CITY_COLUMNS.contains(&column.as_str()) {
                let usable = COLUMNS
                    .iter()
                    .filter(|c| !CITY_COLUMNS.contains(c))
                    .copied()
                    .collect::<Vec<_>>();
                e(format!(
                    "column「{column}」は使えません（協力スポット一覧の列 {} のどれか）",
                    usable.join("・")
                ));
            } else if !columns.insert(column.as_str()) {
                e(format!(
                    "column「{column}」に入れる項目がほかにもあります（1つの列に1つの項目）"
                ));
            }
        }
    }
    for role in ["date", "name"] {
        let count = file
            .field
            .iter()
            .filter(|f| f.role.as_deref() == Some(role))
            .count();
        if count != 1 {
            errors.push(format!(
                "{FILE}: role = \"{role}\" の項目は1つにしてください（いま{count}つ）"
            ));
        }
    }
    let publish = file
        .field
        .iter()
        .filter(|f| f.publish_when.is_some())
        .count();
    if publish > 1 {
        errors.push(format!(
            "{FILE}: publish_when の項目は1つだけにしてください（いま{publish}つ）"
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The kind and the settings it needs.
fn check_kind(f: &SourceField, e: &mut impl FnMut(String)) {
    let kind = f.kind.as_str();
    if kind.is_empty() {
        e(format!(
            "kind がありません（{} のどれか）",
            KINDS.join("・")
        ));
        return;
    }
    if !KINDS.contains(&kind) {
        e(format!(
            "kind「{kind}」という確かめ方はありません（{} のどれか）",
            KINDS.join("・")
        ));
        return;
    }
    if SIZED.contains(&kind) {
        match f.max {
            None => e(format!(
                "kind = \"{kind}\" には max（最大の文字数）が必要です"
            )),
            Some(0) => e("max は1以上にしてください".to_owned()),
            Some(max) if max > MAX_TEXT => e(format!("max は{MAX_TEXT}以下にしてください")),
            Some(_) => {}
        }
    } else if kind == "count" {
        match (f.min, f.max) {
            (Some(min), Some(max)) if min > max => {
                e(format!("min（{min}）が max（{max}）より大きくなっています"));
            }
            (Some(_), Some(max)) if max > MAX_COUNT => {
                e(format!("max は{MAX_COUNT}以下にしてください"));
            }
            (Some(_), Some(_)) => {}
            _ => e("kind = \"count\" には min と max が必要です".to_owned()),
        }
    } else if f.max.is_some() {
        e(format!("kind = \"{kind}\" に max は使えません"));
    }
    if kind != "count" && (f.min.is_some() || f.unit.is_some()) {
        e("min・unit は kind = \"count\" の項目だけに使えます".to_owned());
    }
    if f.marks && kind != "choice" {
        e("marks は kind = \"choice\" の項目だけに使えます".to_owned());
    }
}

/// The options of a choice field, and the words for the directory.
fn check_choices(f: &SourceField, e: &mut impl FnMut(String)) {
    let choosing = matches!(f.kind.as_str(), "choice" | "checks");
    if !choosing {
        if f.publish_when.is_some() {
            e("publish_when は kind = \"choice\" の項目だけに使えます".to_owned());
        }
        if !f.choice.is_empty() {
            e(format!(
                "kind = \"{}\" の項目に選択肢 [[field.choice]] は使えません",
                f.kind
            ));
        }
        return;
    }
    if f.choice.is_empty() {
        e("選択肢 [[field.choice]] がありません".to_owned());
        return;
    }
    if !f.for_org_only() && f.choice.iter().all(|c| c.applies.as_deref() == Some("org")) {
        e("個人が選べる選択肢がありません（for = \"org\" でない選択肢が必要です）".to_owned());
    }
    let words: Option<Vec<&str>> = match f.column.as_deref() {
        Some("種別") => Some(
            spot::Kind::ALL
                .iter()
                .filter(|k| **k != spot::Kind::Individual)
                .map(|k| k.label())
                .collect(),
        ),
        Some("地区") => Some(spot::District::ALL.iter().map(|d| d.label()).collect()),
        _ => None,
    };
    let mut keys = BTreeSet::new();
    for c in &f.choice {
        let mut e = |why: String| e(format!("選択肢「{}」: {why}", c.key));
        if !is_key(&c.key) {
            e("key は英小文字・数字・_ で書いてください".to_owned());
        } else if !keys.insert(c.key.as_str()) {
            e("同じ key の選択肢がほかにもあります".to_owned());
        }
        check_words(c.label.as_ref(), "label", true, &mut e);
        check_applies(c.applies.as_deref(), &mut e);
        if let Some(word) = &c.directory {
            match &words {
                None => e(
                    "directory は column が 種別 か 地区 の項目の選択肢だけに使えます".to_owned(),
                ),
                Some(allowed) if !allowed.contains(&word.as_str()) => e(format!(
                    "directory「{word}」は協力スポット一覧の言葉にありません（{} のどれか）",
                    allowed.join("・")
                )),
                Some(_) => {}
            }
        }
    }
    if let Some(value) = &f.publish_when {
        if f.kind != "choice" {
            e("publish_when は kind = \"choice\" の項目だけに使えます".to_owned());
        } else if !keys.contains(value.as_str()) {
            e(format!(
                "publish_when「{value}」という選択肢がありません（選択肢の key のどれか）"
            ));
        }
    }
}

/// What a new form holds.
fn check_initial(f: &SourceField, e: &mut impl FnMut(String)) {
    let Some(value) = &f.initial else {
        return;
    };
    let is_choice = |key: &str| f.choice.iter().any(|c| c.key == key);
    match f.kind.as_str() {
        "text" | "long_text" | "kana" => {
            if f.max
                .is_some_and(|max| value.chars().count() > max as usize)
            {
                e("default が max より長くなっています".to_owned());
            }
        }
        "count" => {
            let n = (!value.is_empty()
                && value.len() <= 4
                && value.bytes().all(|b| b.is_ascii_digit()))
            .then(|| value.parse::<u32>().ok())
            .flatten();
            let inside = match (n, f.min, f.max) {
                (Some(n), Some(min), Some(max)) => (min..=max).contains(&n),
                _ => false,
            };
            if !inside {
                e(format!("default「{value}」は min〜max の数にしてください"));
            }
        }
        "choice" => {
            if !is_choice(value) {
                e(format!(
                    "default「{value}」という選択肢がありません（選択肢の key のどれか）"
                ));
            }
        }
        "checks" => {
            for key in value.split(' ').filter(|k| !k.is_empty()) {
                if !is_choice(key) {
                    e(format!(
                        "default の「{key}」という選択肢がありません（選択肢の key を空白で区切って）"
                    ));
                }
            }
        }
        kind => e(format!("kind = \"{kind}\" の項目に default は使えません")),
    }
}

/// `role`: what the form needs of its date and its name.
fn check_role(f: &SourceField, e: &mut impl FnMut(String)) {
    let Some(role) = f.role.as_deref() else {
        return;
    };
    let kind = match role {
        "date" => "date",
        "name" => "text",
        other => {
            e(format!(
                "role「{other}」は使えません（\"date\" か \"name\"）"
            ));
            return;
        }
    };
    if f.kind != kind || !f.required || f.for_org_only() {
        e(format!(
            "role = \"{role}\" の項目は kind = \"{kind}\"、required = true、for = \"both\" にしてください"
        ));
    }
    if role == "date" && f.initial.is_some() {
        e("role = \"date\" の項目には今日の日付が入るので、default は使えません".to_owned());
    }
}

// ------------------------------------------------------------ to Rust

fn words_to_rust(words: Option<&Words>) -> String {
    let get = |lang| words.and_then(|w| w.get(lang)).unwrap_or_default();
    format!("[{:?}, {:?}, {:?}]", get("ja"), get("easy"), get("en"))
}

fn applies_to_rust(value: Option<&str>) -> &'static str {
    if value == Some("org") {
        "Applies::Organisation"
    } else {
        "Applies::Both"
    }
}

/// The Rust source of a checked file (see [`validate`]): the settings, the
/// modes' words, the sections, one static per option list, and `FIELDS`.
pub fn to_rust(file: &FormFile) -> String {
    let mut out = String::from("// Generated by data/build.rs from data/form.toml. Do not edit.\n");
    _ = writeln!(
        out,
        "/// Whether 健康課 has confirmed that the fields are those of the city's 様式1 (`confirmed`).\n\
         pub const CONFIRMED: bool = {};\n\
         /// The form's official title.\npub const FORM_TITLE: &str = {:?};\n\
         /// The form's number.\npub const FORM_NUMBER: &str = {:?};\n\
         /// The letter's first sentence; `{{who}}` is the mode's `joins_as`.\n\
         pub const DECLARATION: &str = {:?};",
        file.confirmed, file.title, file.number, file.declaration
    );
    out.push_str("/// The words of each mode, in the order of `Mode::ALL`.\npub static MODES: [ModeWords; 2] = [\n");
    for mode in [&file.mode.org, &file.mode.person] {
        let (label, name, joins_as) = mode.as_ref().map_or((None, "", ""), |m| {
            (m.label.as_ref(), m.name.as_str(), m.joins_as.as_str())
        });
        _ = writeln!(
            out,
            "    ModeWords {{ label: {}, name: {name:?}, joins_as: {joins_as:?} }},",
            words_to_rust(label)
        );
    }
    out.push_str("];\n");
    _ = writeln!(
        out,
        "/// The groups of the form, in order.\npub static SECTIONS: [Section; {}] = [",
        file.section.len()
    );
    for s in &file.section {
        _ = writeln!(
            out,
            "    Section {{ key: {:?}, label: {}, label_person: {} }},",
            s.key,
            words_to_rust(s.label.as_ref()),
            words_to_rust(s.label_person.as_ref())
        );
    }
    out.push_str("];\n");
    for (n, f) in file.field.iter().enumerate() {
        if f.choice.is_empty() {
            continue;
        }
        _ = writeln!(out, "static CHOICES_{n}: [Choice; {}] = [", f.choice.len());
        for c in &f.choice {
            _ = writeln!(
                out,
                "    Choice {{ key: {:?}, label: {}, applies: {}, directory: {:?} }},",
                c.key,
                words_to_rust(c.label.as_ref()),
                applies_to_rust(c.applies.as_deref()),
                c.directory.as_deref().unwrap_or_default()
            );
        }
        out.push_str("];\n");
    }
    let position = |role: &str| {
        file.field
            .iter()
            .position(|f| f.role.as_deref() == Some(role))
            .unwrap_or_default()
    };
    _ = writeln!(
        out,
        "/// The form's date (`role = \"date\"`).\npub const DATE_FIELD: FieldId = FieldId({});\n\
         /// The name of who registers (`role = \"name\"`).\npub const NAME_FIELD: FieldId = FieldId({});",
        position("date"),
        position("name")
    );
    _ = writeln!(
        out,
        "/// The form, in order: the one list that says which fields exist, who\n\
         /// sees them and what they accept.\npub static FIELDS: [Field; {}] = [",
        file.field.len()
    );
    for (n, f) in file.field.iter().enumerate() {
        let max = f.max.unwrap_or(1);
        let kind = match f.kind.as_str() {
            "text" => format!("Kind::Text {{ max: {max} }}"),
            "long_text" => format!("Kind::LongText {{ max: {max} }}"),
            "kana" => format!("Kind::Kana {{ max: {max} }}"),
            "date" => "Kind::Date".to_owned(),
            "postal" => "Kind::Postal".to_owned(),
            "phone" => "Kind::Phone".to_owned(),
            "email" => "Kind::Email".to_owned(),
            "choice" if f.marks => format!("Kind::Radio(&CHOICES_{n})"),
            "choice" => format!("Kind::Select(&CHOICES_{n})"),
            "checks" => format!("Kind::Checks(&CHOICES_{n})"),
            _ => format!(
                "Kind::Count {{ min: {}, max: {max}, unit: {:?} }}",
                f.min.unwrap_or_default(),
                f.unit.as_deref().unwrap_or_default()
            ),
        };
        let role = match f.role.as_deref() {
            Some("date") => "Role::Date",
            Some("name") => "Role::Name",
            _ => "Role::Other",
        };
        _ = writeln!(
            out,
            "    Field {{\n        id: FieldId({n}),\n        key: {:?},\n        label: {},\n        \
             label_person: {},\n        hint: {},\n        hint_person: {},\n        section: {:?},\n        \
             kind: {kind},\n        required: {},\n        applies: {},\n        autocomplete: {:?},\n        \
             autocomplete_person: {:?},\n        role: {role},\n        column: {:?},\n        initial: {:?},\n        \
             publish_when: {:?},\n    }},",
            f.key,
            words_to_rust(f.label.as_ref()),
            words_to_rust(f.label_person.as_ref()),
            words_to_rust(f.hint.as_ref()),
            words_to_rust(f.hint_person.as_ref()),
            f.section,
            f.required,
            applies_to_rust(f.applies.as_deref()),
            f.autocomplete.as_deref().unwrap_or("off"),
            f.autocomplete_person.as_deref().unwrap_or_default(),
            f.column.as_deref().unwrap_or_default(),
            f.initial.as_deref().unwrap_or_default(),
            f.publish_when.as_deref().unwrap_or_default(),
        );
    }
    out.push_str("];\n");
    out
}
