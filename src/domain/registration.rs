//! 登録: the registration form つながるいのちサポートネットワーク協力機関登録届出書
//! （様式1）, with which an organisation or an individual joins the network.
//!
//! Everything the form knows lives here, so the city can adjust it in one
//! place: the field list ([`FIELDS`]), which fields an individual sees,
//! validation (each [`Problem`] with its message in Japanese and, for the
//! page, in the person's language), normalisation (postal codes, phone
//! numbers, kana, e-mail, dates), the saved draft, and the four ways out:
//! the plain-text letter, the `mailto:` URL, the one-row CSV in the spot
//! directory's columns ([`super::spot::COLUMNS`]) and the printable A4
//! document.
//!
//! Raw input is a [`Draft`] (strings exactly as typed); [`validate`] turns
//! it into a [`Registration`] (checked, normalised values) or the list of
//! field errors in form order.
//!
//! What is sent to the city is always the Japanese form; only the page
//! speaks the person's language (the field's texts: [`Field::text_in`],
//! [`Choice::label_in`], `Problem::message`, from data/i18n/register.toml).

use std::fmt::Write as _;

use super::calendar::Date;
use super::csv;
#[cfg(feature = "full")]
use super::i18n;
use super::lang::Lang;
use super::phone::{self, PhoneProblem, is_dash};
use super::spot::{self, COLUMNS};
use super::text::{escape_markup, fold, narrow, percent_decode, percent_encode};

// ---------------------------------------------------------------- settings

/// The e-mail address of たつの市 健康課, set at build time with the
/// environment variable `TSUNAGARU_KENKO_EMAIL` (see the README). Our
/// sources do not publish it, so while it is unset the mail app opens with
/// an empty recipient and the page says where to send the letter. A value
/// that is not a plain address (letters, digits, `.`, `_`, `+`, `-`, one
/// `@`, a dotted domain) fails the build.
pub const KENKO_EMAIL: Option<&str> = configured_address(option_env!("TSUNAGARU_KENKO_EMAIL"));

const fn configured_address(value: Option<&'static str>) -> Option<&'static str> {
    match value {
        Some(address) if !address.is_empty() => {
            assert!(
                is_plain_address(address.as_bytes()),
                "TSUNAGARU_KENKO_EMAIL must be a plain e-mail address such as name@example.jp"
            );
            Some(address)
        }
        _ => None,
    }
}

/// Whether `bytes` is a plain address: `local@domain.tld` with letters,
/// digits, `.`, `_`, `+` and `-` only, no empty or hyphen-edged labels.
const fn is_plain_address(bytes: &[u8]) -> bool {
    let mut at = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let allowed = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-');
        if b == b'@' {
            if at.is_some() {
                return false;
            }
            at = Some(i);
        } else if !allowed {
            return false;
        }
        i += 1;
    }
    let Some(at) = at else {
        return false;
    };
    if at == 0 || bytes[0] == b'.' || bytes[at - 1] == b'.' {
        return false;
    }
    // The domain: dotted labels of letters, digits and inner hyphens.
    let mut dots = 0;
    let mut label_len = 0;
    let mut prev = b'.';
    let mut j = at + 1;
    while j < bytes.len() {
        let b = bytes[j];
        if b == b'.' {
            if label_len == 0 || prev == b'-' {
                return false;
            }
            dots += 1;
            label_len = 0;
        } else if b == b'-' || b.is_ascii_alphanumeric() {
            if label_len == 0 && b == b'-' {
                return false;
            }
            label_len += 1;
        } else {
            return false;
        }
        prev = b;
        j += 1;
    }
    dots > 0 && label_len > 0 && prev != b'-'
}

/// URLs longer than this may be cut by some mail apps (and by Windows'
/// hand-over of `mailto:` links); beyond it the page warns and offers the
/// other ways (copy the text, attach the document).
pub const MAILTO_SAFE_LENGTH: usize = 1800;

/// The form's official title.
pub const FORM_TITLE: &str = "つながるいのちサポートネットワーク協力機関登録届出書";

/// The form's number.
pub const FORM_NUMBER: &str = "様式1";

/// The last line of the letter (as Japanese documents end), which shows
/// whether a mail app cut the letter short.
pub const LETTER_END: &str = "以上";

/// Who the letter is addressed to (the division that receives it).
pub const ADDRESSEE: &str = "たつの市 健康課";

/// The division that receives the form, as the page names it.
pub const DIVISION: &str = "健康課";

// ---------------------------------------------------------------- the form

/// Who is registering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// An organisation, group, business or shop (a 協力スポット).
    #[default]
    Organisation,
    /// A person who wants to help on their own.
    Individual,
}

impl Mode {
    /// Both modes, in the order the form offers them.
    pub const ALL: [Mode; 2] = [Mode::Organisation, Mode::Individual];

    /// The key used in saved drafts.
    pub const fn key(self) -> &'static str {
        match self {
            Mode::Organisation => "org",
            Mode::Individual => "person",
        }
    }

    /// The mode for a key.
    pub fn from_key(key: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The choice as the form offers it.
    pub const fn label(self) -> &'static str {
        match self {
            Mode::Organisation => "機関・団体・店舗として",
            Mode::Individual => "個人として",
        }
    }

    /// The kind of registration, as the letter names it.
    pub const fn name(self) -> &'static str {
        match self {
            Mode::Organisation => "機関・団体・店舗",
            Mode::Individual => "個人",
        }
    }

    /// Who joins, in the letter's opening sentence.
    const fn joins_as(self) -> &'static str {
        match self {
            Mode::Organisation => "協力機関",
            Mode::Individual => "個人",
        }
    }
}

/// Which registrations a field or an option belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    /// Organisations and individuals.
    Both,
    /// Organisations only.
    Organisation,
}

impl Applies {
    /// Whether a registration of `mode` has it.
    pub const fn to(self, mode: Mode) -> bool {
        matches!(
            (self, mode),
            (Applies::Both, _) | (Applies::Organisation, Mode::Organisation)
        )
    }
}

/// One option of a choice field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable key, used in saved drafts and DOM ids (ASCII, no spaces).
    pub key: &'static str,
    /// What the form and the letter show.
    pub label: &'static str,
    /// Who sees it.
    pub applies: Applies,
}

const fn choice(key: &'static str, label: &'static str) -> Choice {
    Choice {
        key,
        label,
        applies: Applies::Both,
    }
}

/// 種別: the kinds of organisation the city's page names (企業、各種団体、
/// 事業所、店舗、ボランティア等の活動しているグループ), a little finer.
pub const CATEGORIES: [Choice; 8] = [
    choice("company", "企業・事業所"),
    choice("shop", "店舗"),
    choice("medical", "医療機関・薬局"),
    choice("welfare", "福祉・介護の事業所"),
    choice("school", "学校・教育機関"),
    choice("group", "団体・ボランティアグループ"),
    choice("public", "公共機関"),
    choice("other", "その他"),
];

/// 地区: the four districts of たつの市 (the towns that formed it), and
/// outside the city for people who work or study there.
pub const DISTRICTS: [Choice; 5] = [
    choice("tatsuno", "龍野地区"),
    choice("shingu", "新宮地区"),
    choice("ibogawa", "揖保川地区"),
    choice("mitsu", "御津地区"),
    choice("outside", "たつの市外"),
];

/// What a member of the network does, as the city's page lists it. Posting
/// the sticker and setting out leaflets need a place, so only organisations
/// see them.
pub const ACTIVITIES: [Choice; 6] = [
    Choice {
        key: "sticker",
        label: "ステッカーの掲示",
        applies: Applies::Organisation,
    },
    Choice {
        key: "leaflets",
        label: "相談先チラシ等の設置",
        applies: Applies::Organisation,
    },
    choice("listen", "さりげない声かけ・傾聴"),
    choice("refer", "相談窓口の紹介・受診勧奨"),
    choice("watch", "見守り"),
    choice("awareness", "自殺予防の普及啓発"),
];

/// Consent to publish: 可 / 否.
pub const PUBLISH: [Choice; 2] = [choice("yes", "可"), choice("no", "否")];

/// What kind of value a field takes, and so how it is checked and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of free text, up to `max` characters.
    Text {
        /// Longest value, in characters.
        max: usize,
    },
    /// Several lines of free text, up to `max` characters.
    LongText {
        /// Longest value, in characters.
        max: usize,
    },
    /// A reading in kana (ふりがな), kept in hiragana.
    Kana {
        /// Longest value, in characters.
        max: usize,
    },
    /// A calendar date.
    Date,
    /// A Japanese postal code, kept as `123-4567`.
    Postal,
    /// A phone or fax number in Japan, kept with hyphens.
    Phone,
    /// An e-mail address.
    Email,
    /// One of a list (radio buttons on the page); the document names the
    /// chosen one.
    Select(&'static [Choice]),
    /// One of a few (radio buttons); the document shows every option with
    /// ☑ or ☐, as a paper form does.
    Radio(&'static [Choice]),
    /// Any of a list, as checkboxes (at least one when required); the
    /// document shows every option with ☑ or ☐.
    Checks(&'static [Choice]),
    /// A whole number of things.
    Count {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
        /// The counter word shown after the number (「枚」).
        unit: &'static str,
    },
}

impl Kind {
    /// The options of a choice field (empty for the others).
    pub const fn choices(self) -> &'static [Choice] {
        match self {
            Kind::Select(c) | Kind::Radio(c) | Kind::Checks(c) => c,
            _ => &[],
        }
    }

    /// Whether the letter writes the value on lines of its own.
    const fn multiline(self) -> bool {
        matches!(self, Kind::LongText { .. } | Kind::Checks(_))
    }
}

/// The groups of the form (each a fieldset with a legend), in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Who registers.
    Applicant,
    /// Where they are and how to reach them.
    Place,
    /// The person the city talks to.
    Contact,
    /// What they will do.
    Cooperation,
    /// Anything else.
    Other,
}

impl Section {
    /// Every section, in form order.
    pub const ALL: [Section; 5] = [
        Section::Applicant,
        Section::Place,
        Section::Contact,
        Section::Cooperation,
        Section::Other,
    ];

    /// The legend of the section for a registration of `mode`.
    pub const fn label(self, mode: Mode) -> &'static str {
        match (self, mode) {
            (Section::Applicant, _) => "届出者",
            (Section::Place, Mode::Organisation) => "所在地と連絡先",
            (Section::Place, Mode::Individual) => "住所と連絡先",
            (Section::Contact, _) => "担当者",
            (Section::Cooperation, _) => "協力の内容",
            (Section::Other, _) => "その他",
        }
    }

    /// The fields of the section that a registration of `mode` has.
    pub fn fields(self, mode: Mode) -> impl Iterator<Item = &'static Field> {
        FIELDS
            .iter()
            .filter(move |f| f.section == self && f.applies.to(mode))
    }
}

/// Every field of the form, in form order (the order of [`FIELDS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    /// 届出日
    Date,
    /// 名称 / 氏名
    Name,
    /// ふりがな
    Kana,
    /// 種別
    Category,
    /// 代表者の職名
    RepresentativeTitle,
    /// 代表者の氏名
    RepresentativeName,
    /// 郵便番号
    Postal,
    /// 所在地 / 住所
    Address,
    /// 地区
    District,
    /// 電話番号
    Phone,
    /// FAX番号
    Fax,
    /// メールアドレス
    Email,
    /// 担当者の氏名
    ContactName,
    /// 担当者の電話番号
    ContactPhone,
    /// 協力できること
    Activities,
    /// 希望するステッカーの枚数
    Stickers,
    /// 名称などの公開（可・否）
    Publish,
    /// 備考
    Notes,
}

/// One field: its names, kind, rules and hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Which field.
    pub id: FieldId,
    /// Stable key, used in saved drafts and DOM ids.
    pub key: &'static str,
    /// The label (for organisations, and for individuals unless
    /// `individual_label` is set).
    pub label: &'static str,
    /// The label for individuals, or empty for the same.
    pub individual_label: &'static str,
    /// A short help line under the label, or empty.
    pub hint: &'static str,
    /// The help line for individuals, or empty for the same.
    pub individual_hint: &'static str,
    /// The group it belongs to.
    pub section: Section,
    /// Its kind of value.
    pub kind: Kind,
    /// Whether it must be filled.
    pub required: bool,
    /// Who sees it.
    pub applies: Applies,
    /// The HTML `autocomplete` token (for organisations).
    pub autocomplete: &'static str,
    /// The `autocomplete` token for individuals, or empty for the same.
    pub individual_autocomplete: &'static str,
}

impl Field {
    /// The label for a registration of `mode`.
    pub const fn label_for(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Individual if !self.individual_label.is_empty() => self.individual_label,
            _ => self.label,
        }
    }

    /// The help line for a registration of `mode` (may be empty).
    pub const fn hint_for(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Individual if !self.individual_hint.is_empty() => self.individual_hint,
            _ => self.hint,
        }
    }

    /// The `autocomplete` token for a registration of `mode`.
    pub const fn autocomplete_for(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Individual if !self.individual_autocomplete.is_empty() => {
                self.individual_autocomplete
            }
            _ => self.autocomplete,
        }
    }

    /// The options of a choice field that a registration of `mode` offers.
    pub fn choices_for(&self, mode: Mode) -> impl Iterator<Item = &'static Choice> {
        self.kind
            .choices()
            .iter()
            .filter(move |c| c.applies.to(mode))
    }
}

const BLANK: Field = Field {
    id: FieldId::Date,
    key: "",
    label: "",
    individual_label: "",
    hint: "",
    individual_hint: "",
    section: Section::Applicant,
    kind: Kind::Text { max: 100 },
    required: false,
    applies: Applies::Both,
    autocomplete: "off",
    individual_autocomplete: "",
};

/// The form, in order. This is the one place that says which fields exist,
/// who sees them, and what they accept; the page, the letter, the document
/// and the checks all follow it.
pub static FIELDS: [Field; 18] = [
    Field {
        id: FieldId::Date,
        key: "date",
        label: "届出日",
        kind: Kind::Date,
        required: true,
        ..BLANK
    },
    Field {
        id: FieldId::Name,
        key: "name",
        label: "名称",
        individual_label: "氏名",
        hint: "店舗や支店は、その名前まで書いてください。",
        kind: Kind::Text { max: 100 },
        required: true,
        autocomplete: "organization",
        individual_autocomplete: "name",
        ..BLANK
    },
    Field {
        id: FieldId::Kana,
        key: "kana",
        label: "ふりがな",
        hint: "ひらがなかカタカナで書いてください。",
        kind: Kind::Kana { max: 100 },
        required: true,
        ..BLANK
    },
    Field {
        id: FieldId::Category,
        key: "category",
        label: "種別",
        kind: Kind::Select(&CATEGORIES),
        required: true,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::RepresentativeTitle,
        key: "rep_title",
        label: "代表者の職名",
        hint: "代表取締役、店長、会長など。",
        kind: Kind::Text { max: 50 },
        applies: Applies::Organisation,
        autocomplete: "organization-title",
        ..BLANK
    },
    Field {
        id: FieldId::RepresentativeName,
        key: "rep_name",
        label: "代表者の氏名",
        kind: Kind::Text { max: 50 },
        required: true,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::Postal,
        key: "postal",
        label: "郵便番号",
        hint: "7けたの数字です。ハイフンはあってもなくてもかまいません。",
        section: Section::Place,
        kind: Kind::Postal,
        required: true,
        autocomplete: "postal-code",
        ..BLANK
    },
    Field {
        id: FieldId::Address,
        key: "address",
        label: "所在地",
        individual_label: "住所",
        hint: "市町名から、番地・建物名まで書いてください。",
        section: Section::Place,
        kind: Kind::Text { max: 150 },
        required: true,
        autocomplete: "street-address",
        ..BLANK
    },
    Field {
        id: FieldId::District,
        key: "district",
        label: "地区",
        hint: "所在地のある地区を選んでください。",
        individual_hint: "お住まいの地区を選んでください。市外から通勤・通学している方は「たつの市外」です。",
        section: Section::Place,
        kind: Kind::Select(&DISTRICTS),
        required: true,
        ..BLANK
    },
    Field {
        id: FieldId::Phone,
        key: "phone",
        label: "電話番号",
        hint: "市外局番から書いてください。",
        section: Section::Place,
        kind: Kind::Phone,
        required: true,
        autocomplete: "tel",
        ..BLANK
    },
    Field {
        id: FieldId::Fax,
        key: "fax",
        label: "FAX番号",
        section: Section::Place,
        kind: Kind::Phone,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::Email,
        key: "email",
        label: "メールアドレス",
        section: Section::Place,
        kind: Kind::Email,
        autocomplete: "email",
        ..BLANK
    },
    Field {
        id: FieldId::ContactName,
        key: "contact_name",
        label: "担当者の氏名",
        hint: "代表者と同じときは空欄でかまいません。",
        section: Section::Contact,
        kind: Kind::Text { max: 50 },
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::ContactPhone,
        key: "contact_phone",
        label: "担当者の連絡先（電話番号）",
        hint: "上の電話番号と同じときは空欄でかまいません。",
        section: Section::Contact,
        kind: Kind::Phone,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::Activities,
        key: "activities",
        label: "協力できること",
        hint: "できることをすべて選んでください（1つ以上）。",
        section: Section::Cooperation,
        kind: Kind::Checks(&ACTIVITIES),
        required: true,
        ..BLANK
    },
    Field {
        id: FieldId::Stickers,
        key: "stickers",
        label: "希望するステッカーの枚数",
        hint: "掲示する場所の数です（0〜99枚）。",
        section: Section::Cooperation,
        kind: Kind::Count {
            min: 0,
            max: 99,
            unit: "枚",
        },
        required: true,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::Publish,
        key: "publish",
        label: "名称などの公開",
        hint: "「可」のときは、名称・種別・地区・所在地・電話番号・協力できることを、市のホームページとこのアプリの協力スポット一覧に載せます。",
        section: Section::Cooperation,
        kind: Kind::Radio(&PUBLISH),
        required: true,
        applies: Applies::Organisation,
        ..BLANK
    },
    Field {
        id: FieldId::Notes,
        key: "notes",
        label: "備考",
        hint: "連絡のつきやすい曜日や時間帯など、伝えたいことがあれば書いてください。",
        section: Section::Other,
        kind: Kind::LongText { max: 1000 },
        ..BLANK
    },
];

/// The field with id `id`.
pub fn field(id: FieldId) -> &'static Field {
    // FIELDS is in FieldId order (checked by a test).
    &FIELDS[id as usize]
}

/// The fields a registration of `mode` has, in form order.
pub fn fields_for(mode: Mode) -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(move |f| f.applies.to(mode))
}

// ---------------------------------------------------------------- the draft

/// What the person typed, exactly as typed: the saved draft. Values of
/// fields the current mode hides are kept, so switching back restores them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Organisation or individual.
    pub mode: Mode,
    values: Vec<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            mode: Mode::default(),
            values: vec![String::new(); FIELDS.len()],
        }
    }
}

/// Separates the keys of the checked options in a draft's value.
const CHECK_SEPARATOR: char = ' ';

/// The version tag of the saved-draft format.
const STORAGE_VERSION: &str = "1";

impl Draft {
    /// A fresh form dated `today`, asking for one sticker.
    pub fn new(today: Date) -> Draft {
        let mut draft = Draft::default();
        draft.set(FieldId::Date, iso(today));
        draft.set(FieldId::Stickers, "1");
        draft
    }

    /// The raw value of a field (for checkboxes: the checked keys).
    pub fn get(&self, id: FieldId) -> &str {
        self.values.get(id as usize).map_or("", String::as_str)
    }

    /// Sets the raw value of a field.
    pub fn set(&mut self, id: FieldId, value: impl Into<String>) {
        if let Some(slot) = self.values.get_mut(id as usize) {
            *slot = value.into();
        }
    }

    /// Whether option `key` of a checkbox field is checked.
    pub fn is_checked(&self, id: FieldId, key: &str) -> bool {
        self.get(id).split(CHECK_SEPARATOR).any(|k| k == key)
    }

    /// Checks or unchecks option `key` of a checkbox field, keeping the
    /// options in list order.
    pub fn set_checked(&mut self, id: FieldId, key: &str, on: bool) {
        let keys = field(id)
            .kind
            .choices()
            .iter()
            .map(|c| c.key)
            .filter(|k| {
                if *k == key {
                    on
                } else {
                    self.is_checked(id, k)
                }
            })
            .collect::<Vec<_>>();
        self.set(id, keys.join(&CHECK_SEPARATOR.to_string()));
    }

    /// The fields that hold something other than what `fresh` holds (what
    /// the person has typed since the form was new).
    pub fn changed_from<'a>(&'a self, fresh: &'a Draft) -> impl Iterator<Item = FieldId> + 'a {
        FIELDS
            .iter()
            .map(|f| f.id)
            .filter(move |id| self.get(*id) != fresh.get(*id))
    }

    /// Whether the person has chosen or typed anything (the date and the
    /// sticker count a new form starts with do not count).
    pub fn has_input(&self) -> bool {
        let fresh = Draft::new(Date {
            year: 2000,
            month: 1,
            day: 1,
        });
        self.mode != Mode::default() || self.changed_from(&fresh).any(|id| id != FieldId::Date)
    }

    /// The draft as text for the browser's storage: `v=1&mode=…&key=value…`,
    /// every value percent-encoded, so any text survives exactly.
    pub fn to_storage(&self) -> String {
        let mut out = format!("v={STORAGE_VERSION}&mode={}", self.mode.key());
        for f in &FIELDS {
            let value = self.get(f.id);
            if !value.is_empty() {
                _ = write!(out, "&{}={}", f.key, percent_encode(value));
            }
        }
        out
    }

    /// Reads a saved draft. Unknown keys and undecodable values are
    /// skipped; text in another format (or another version) gives `None`.
    pub fn from_storage(text: &str) -> Option<Draft> {
        let mut pairs = text.split('&').filter_map(|p| p.split_once('='));
        if pairs.next() != Some(("v", STORAGE_VERSION)) {
            return None;
        }
        let mut draft = Draft::default();
        for (key, value) in pairs {
            if key == "mode" {
                draft.mode = Mode::from_key(value).unwrap_or_default();
            } else if let (Some(f), Some(value)) =
                (FIELDS.iter().find(|f| f.key == key), percent_decode(value))
            {
                draft.set(f.id, value);
            }
        }
        Some(draft)
    }
}

/// `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// The date as Japanese official papers write it: 令和8年11月25日 (令和元年
/// for its first year), or the Western year before 令和.
pub fn wareki(date: Date) -> String {
    let reiwa = Date {
        year: 2019,
        month: 5,
        day: 1,
    };
    let year = if date >= reiwa {
        match date.year - 2018 {
            1 => "令和元".to_owned(),
            n => format!("令和{n}"),
        }
    } else {
        date.year.to_string()
    };
    format!("{year}年{}月{}日", date.month, date.day)
}

// ---------------------------------------------------------------- checking

/// A checked, normalised value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An optional field left empty.
    Empty,
    /// Text: one line, or lines joined by `\n` for long text.
    Text(String),
    /// A date.
    Date(Date),
    /// The chosen options in list order (exactly one for a drop-down or
    /// radio buttons).
    Choices(Vec<&'static Choice>),
    /// A number of things, with its counter word.
    Count(u32, &'static str),
}

impl Value {
    /// The value as the letter and the document write it on one line.
    pub fn display(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(text) => text.clone(),
            Value::Date(date) => wareki(*date),
            Value::Choices(chosen) => chosen
                .iter()
                .map(|c| c.label)
                .collect::<Vec<_>>()
                .join("、"),
            Value::Count(n, unit) => format!("{n}{unit}"),
        }
    }

    /// Whether option `key` is among the chosen.
    fn has(&self, key: &str) -> bool {
        matches!(self, Value::Choices(chosen) if chosen.iter().any(|c| c.key == key))
    }
}

/// What is wrong with one field, to show next to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub id: FieldId,
    /// The message, in Japanese.
    pub message: String,
    /// What is wrong, for the message in another language
    /// (`Problem::message`).
    pub problem: Problem,
}

/// What can be wrong with a value. The Japanese message is
/// [`Problem::japanese`]; the page shows `Problem::message` in the
/// person's language (the same Japanese in 日本語).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required text is empty.
    Missing,
    /// A required choice is not made.
    NotChosen,
    /// No option of a required checkbox field is checked.
    NoneChecked,
    /// Longer than the field takes.
    TooLong {
        /// The most characters the field takes.
        max: usize,
        /// How many there are.
        now: usize,
    },
    /// ふりがな with something other than kana.
    Kana,
    /// Not a postal code.
    Postal,
    /// Not a phone number in Japan (the rule of [`phone::normalize`]).
    Phone(PhoneProblem),
    /// An e-mail address without `@`.
    EmailNoAt,
    /// An e-mail address of the wrong shape.
    EmailForm,
    /// Not a date.
    Date,
    /// Not a count in the range.
    Count {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
}

impl Problem {
    /// The message in Japanese, for the field labelled `label`.
    pub fn japanese(self, label: &str) -> String {
        match self {
            Problem::Missing => format!("{label}を入力してください。"),
            Problem::NotChosen => format!("{label}を選んでください。"),
            Problem::NoneChecked => format!("{label}を1つ以上選んでください。"),
            Problem::TooLong { max, now } => {
                format!("{max}文字以内にしてください（いま{now}文字です）。")
            }
            Problem::Kana => "ひらがなかカタカナで入力してください。".to_owned(),
            Problem::Postal => {
                "郵便番号は7けたの数字で入力してください（例: 123-4567）。".to_owned()
            }
            Problem::Phone(p) => p.japanese().to_owned(),
            Problem::EmailNoAt => "メールアドレスに「@」がありません。".to_owned(),
            Problem::EmailForm => {
                "メールアドレスの形が正しくありません（例: name@example.jp）。".to_owned()
            }
            Problem::Date => "日付を正しく入力してください（例: 2026-11-25）。".to_owned(),
            Problem::Count { min, max } => format!("{min}〜{max}の数字で入力してください。"),
        }
    }
}

/// A checked registration: every field its mode has, normalised, in form
/// order. Made only by [`validate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    mode: Mode,
    values: Vec<(FieldId, Value)>,
}

/// Checks a whole draft: the registration, or every problem in form order
/// (the first is where the focus goes).
pub fn validate(draft: &Draft) -> Result<Registration, Vec<FieldError>> {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for f in fields_for(draft.mode) {
        match check(f, draft) {
            Ok(value) => values.push((f.id, value)),
            Err(problem) => errors.push(FieldError {
                id: f.id,
                message: problem.japanese(f.label_for(draft.mode)),
                problem,
            }),
        }
    }
    if errors.is_empty() {
        Ok(Registration {
            mode: draft.mode,
            values,
        })
    } else {
        Err(errors)
    }
}

/// The problem with one field of a draft, in Japanese, if any (`None` also
/// when the draft's mode does not have the field).
pub fn field_error(draft: &Draft, id: FieldId) -> Option<String> {
    field_problem(draft, id).map(|p| p.japanese(field(id).label_for(draft.mode)))
}

/// What is wrong with one field of a draft, if anything (`None` also when
/// the draft's mode does not have the field).
pub fn field_problem(draft: &Draft, id: FieldId) -> Option<Problem> {
    let f = field(id);
    if !f.applies.to(draft.mode) {
        return None;
    }
    check(f, draft).err()
}

fn check(f: &Field, draft: &Draft) -> Result<Value, Problem> {
    let raw = draft.get(f.id);
    let missing = |problem: Problem| {
        if f.required {
            Err(problem)
        } else {
            Ok(Value::Empty)
        }
    };
    match f.kind {
        Kind::Select(_) | Kind::Radio(_) => {
            match f.choices_for(draft.mode).find(|c| c.key == raw.trim()) {
                Some(c) => Ok(Value::Choices(vec![c])),
                None => missing(Problem::NotChosen),
            }
        }
        Kind::Checks(_) => {
            let chosen = f
                .choices_for(draft.mode)
                .filter(|c| draft.is_checked(f.id, c.key))
                .collect::<Vec<_>>();
            if chosen.is_empty() {
                missing(Problem::NoneChecked)
            } else {
                Ok(Value::Choices(chosen))
            }
        }
        kind => {
            let text = match kind {
                Kind::LongText { .. } => multi_line(raw),
                _ => one_line(raw),
            };
            if text.is_empty() {
                return missing(Problem::Missing);
            }
            match kind {
                Kind::Text { max } | Kind::LongText { max } => {
                    within(&text, max).map(|()| Value::Text(text))
                }
                Kind::Kana { max } => {
                    let kana = checked_kana(&text)?;
                    within(&kana, max).map(|()| Value::Text(kana))
                }
                Kind::Date => checked_date(&text).map(Value::Date),
                Kind::Postal => checked_postal(&text).map(Value::Text),
                Kind::Phone => checked_phone(&text).map(Value::Text),
                Kind::Email => checked_email(&text).map(Value::Text),
                Kind::Count { min, max, unit } => {
                    checked_count(&text, min, max).map(|n| Value::Count(n, unit))
                }
                Kind::Select(_) | Kind::Radio(_) | Kind::Checks(_) => Ok(Value::Empty),
            }
        }
    }
}

fn within(text: &str, max: usize) -> Result<(), Problem> {
    let now = text.chars().count();
    if now > max {
        Err(Problem::TooLong { max, now })
    } else {
        Ok(())
    }
}

/// Characters that must never reach the outputs: controls (other than the
/// line breaks [`multi_line`] keeps) and Unicode noncharacters.
fn is_unwanted(c: char) -> bool {
    let n = c as u32;
    c.is_control() || (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// One line of text: every line break (CRLF counts once) and tab becomes a
/// space, other control characters go, and the ends are trimmed.
pub fn one_line(raw: &str) -> String {
    multi_line(raw).replace('\n', " ")
}

/// Lines of text: every kind of line break becomes `\n` (CRLF counts
/// once), tabs become spaces, other control characters go, and blank
/// space at the start and end is trimmed.
pub fn multi_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_line_break(c) {
            out.push('\n');
        } else if c == '\t' {
            out.push(' ');
        } else if !is_unwanted(c) {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// ふりがな in hiragana: katakana (full- or half-width) becomes hiragana,
/// spaces collapse, and 「・」 stays. Anything but kana is refused.
pub fn normalize_kana(text: &str) -> Result<String, String> {
    checked_kana(text).map_err(|p| p.japanese(""))
}

fn checked_kana(text: &str) -> Result<String, Problem> {
    let kana = text
        .split(['・', '･'])
        .map(|part| {
            fold(part)
                .chars()
                .map(|c| match c {
                    'ヽ' => 'ゝ',
                    'ヾ' => 'ゞ',
                    c => c,
                })
                .collect::<String>()
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("・");
    let ok = !kana.is_empty()
        && kana
            .chars()
            .all(|c| matches!(c, 'ぁ'..='ゖ' | 'ゝ' | 'ゞ' | 'ー' | 'ヷ'..='ヺ' | ' ' | '・'));
    if ok { Ok(kana) } else { Err(Problem::Kana) }
}

/// Hiragana to katakana (for the directory's 名称_カナ column, which is in
/// full-width katakana as the open-data standard asks).
pub fn katakana(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ぁ'..='ゖ' | 'ゝ' | 'ゞ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// A postal code as `123-4567`: seven digits of either width, with or
/// without 〒 and one dash (or space) after the third digit.
pub fn normalize_postal(text: &str) -> Result<String, String> {
    checked_postal(text).map_err(|p| p.japanese(""))
}

fn checked_postal(text: &str) -> Result<String, Problem> {
    let text = narrow(text);
    let body = text.trim().trim_start_matches('〒').trim();
    let mut digits = String::new();
    let mut dashes = 0;
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if (is_dash(c) || c == ' ') && digits.len() == 3 && dashes == 0 {
            dashes += 1;
        } else {
            digits.clear();
            break;
        }
    }
    if digits.len() == 7 {
        Ok(format!("{}-{}", &digits[..3], &digits[3..]))
    } else {
        Err(Problem::Postal)
    }
}

/// A phone or fax number in Japan in any common writing, normalised by
/// [`phone::normalize`], the rule the spot directory's import uses too
/// (050 IP numbers are accepted; `+81` is written back as `0…`).
pub fn normalize_phone(text: &str) -> Result<String, String> {
    checked_phone(text).map_err(|p| p.japanese(""))
}

fn checked_phone(text: &str) -> Result<String, Problem> {
    phone::normalize(text).map_err(Problem::Phone)
}

/// An e-mail address: full-width letters are narrowed, the domain is
/// lower-cased; `local@domain.tld` with the usual characters.
pub fn normalize_email(text: &str) -> Result<String, String> {
    checked_email(text).map_err(|p| p.japanese(""))
}

fn checked_email(text: &str) -> Result<String, Problem> {
    let text = narrow(text);
    let text = text.trim();
    let bad = || Err(Problem::EmailForm);
    let Some((local, domain)) = text.split_once('@') else {
        return Err(Problem::EmailNoAt);
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let domain = domain.to_ascii_lowercase();
    let labels = domain.split('.').collect::<Vec<_>>();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if local_ok && domain_ok && text.len() <= 254 {
        Ok(format!("{local}@{domain}"))
    } else {
        bad()
    }
}

/// A date written `2026-11-25`, `2026/11/25`, `2026年11月25日` or
/// `令和8年11月25日` (digits of either width).
pub fn normalize_date(text: &str) -> Result<Date, String> {
    checked_date(text).map_err(|p| p.japanese(""))
}

fn checked_date(text: &str) -> Result<Date, Problem> {
    let bad = || Err(Problem::Date);
    let text = narrow(text);
    let text = text.trim();
    let (offset, rest) = match text.strip_prefix("令和") {
        Some(rest) => (2018, rest.replacen('元', "1", 1)),
        None => (0, text.to_owned()),
    };
    let parts = rest
        .split(['-', '/', '.', '年', '月', '日'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>();
    let [year, month, day] = parts[..] else {
        return bad();
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let year_len = if offset > 0 { 2 } else { 4 };
    let (Some(y), Some(m), Some(d)) = (number(year, year_len), number(month, 2), number(day, 2))
    else {
        return bad();
    };
    let year = i32::from(y) + offset;
    if !(2000..=2099).contains(&year) || (offset > 0 && y == 0) {
        return bad();
    }
    match (u8::try_from(m), u8::try_from(d)) {
        (Ok(m), Ok(d)) => Date::new(year, m, d).map_or_else(bad, Ok),
        _ => bad(),
    }
}

/// A count between `min` and `max`, digits of either width, 「枚」 allowed.
pub fn normalize_count(text: &str, min: u32, max: u32) -> Result<u32, String> {
    checked_count(text, min, max).map_err(|p| p.japanese(""))
}

fn checked_count(text: &str, min: u32, max: u32) -> Result<u32, Problem> {
    let text = narrow(text);
    let digits = text.trim().trim_end_matches('枚').trim();
    let n = (!digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<u32>().ok())
        .flatten();
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(Problem::Count { min, max }),
    }
}

// ---------------------------------------------------------------- outputs

/// A `mailto:` URL, and whether it is long enough that some mail apps may
/// cut it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailto {
    /// The URL.
    pub url: String,
    /// Longer than [`MAILTO_SAFE_LENGTH`].
    pub too_long: bool,
}

/// Why a registration has no row for the spot directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotListed {
    /// Individuals are members of the network, not spots.
    Individual,
    /// The organisation did not agree to be published.
    Declined,
}

impl NotListed {
    /// The reason, in Japanese.
    pub const fn message(self) -> &'static str {
        match self {
            NotListed::Individual => {
                "個人の登録は協力スポット一覧に載らないため、一覧用のCSVはありません。"
            }
            NotListed::Declined => "名称などの公開を「否」にしたため、一覧用のCSVはありません。",
        }
    }
}

impl Registration {
    /// Organisation or individual.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The value of a field (`Empty` for a field this mode does not have).
    pub fn value(&self, id: FieldId) -> &Value {
        self.values
            .iter()
            .find(|(i, _)| *i == id)
            .map_or(&Value::Empty, |(_, v)| v)
    }

    /// Every field of the registration with its value, in form order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static Field, &Value)> {
        self.values.iter().map(|(id, v)| (field(*id), v))
    }

    fn text(&self, id: FieldId) -> String {
        self.value(id).display()
    }

    fn date(&self) -> Option<Date> {
        match self.value(FieldId::Date) {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The opening sentence of the letter and the document.
    fn declaration(&self) -> String {
        format!(
            "つながるいのちサポートネットワークの目的に賛同し、{}として登録したいので、次のとおり届け出ます。",
            self.mode.joins_as()
        )
    }

    /// The e-mail subject.
    pub fn subject(&self) -> String {
        format!("{FORM_TITLE}（{}）", self.text(FieldId::Name))
    }

    /// The whole registration as plain text (LF line ends), for the e-mail
    /// body and the clipboard. A one-line value follows its 【label】; a
    /// multi-line value (checked options, notes) follows on lines indented
    /// by two spaces, so no value can start a line that looks like a label.
    /// Empty optional fields are left out. The letter ends with 「以上」, so
    /// a letter cut short by a mail app shows it.
    pub fn plain_text(&self) -> String {
        let mut out = format!(
            "{ADDRESSEE} 御中\n\n{}\n\n■{FORM_TITLE}（{FORM_NUMBER}）\n【登録の区分】{}\n",
            self.declaration(),
            self.mode.name()
        );
        for (f, value) in self.entries() {
            let label = f.label_for(self.mode);
            match value {
                Value::Empty => {}
                Value::Choices(chosen) if f.kind.multiline() => {
                    _ = writeln!(out, "【{label}】");
                    for c in chosen {
                        _ = writeln!(out, "  ・{}", c.label);
                    }
                }
                Value::Text(text) if f.kind.multiline() => {
                    _ = writeln!(out, "【{label}】");
                    for line in text.split('\n') {
                        _ = writeln!(out, "  {line}");
                    }
                }
                other => {
                    _ = writeln!(out, "【{label}】{}", one_line(&other.display()));
                }
            }
        }
        out.push_str(LETTER_END);
        out.push('\n');
        out
    }

    /// The `mailto:` URL that opens the mail app with the letter, addressed
    /// to `to` (or to nobody).
    pub fn mailto(&self, to: Option<&str>) -> Mailto {
        mailto(to, &self.subject(), &self.plain_text())
    }

    /// The row for the spot directory, in [`COLUMNS`] order: what the city
    /// publishes (name, reading in katakana, kind, district, address,
    /// phone, the cooperation as 説明, the date). The id, coordinates, URL
    /// and 備考 are the city's to fill. 種別 and 地区 are in the directory's
    /// words ([`Registration::in_directory_words`]), so that once the city
    /// gives the row its id, the directory's import takes it as it is.
    pub fn directory_row(&self) -> Result<Vec<String>, NotListed> {
        if self.mode == Mode::Individual {
            return Err(NotListed::Individual);
        }
        if !self.value(FieldId::Publish).has("yes") {
            return Err(NotListed::Declined);
        }
        Ok(COLUMNS
            .iter()
            .map(|column| match *column {
                "名称" => self.text(FieldId::Name),
                "名称_カナ" => katakana(&self.text(FieldId::Kana)),
                "種別" => self.in_directory_words(FieldId::Category),
                "地区" => self.in_directory_words(FieldId::District),
                "所在地_連結表記" => self.text(FieldId::Address),
                "電話番号" => self.text(FieldId::Phone),
                "説明" => self.text(FieldId::Activities),
                "登録日" => self.date().map(iso).unwrap_or_default(),
                _ => String::new(),
            })
            .collect())
    }

    /// The chosen option of 種別 or 地区 in the directory's words: the form's
    /// 医療機関・薬局 is the directory's 医療機関, 龍野地区 is 龍野, a welfare
    /// or care 事業所 is a 企業・事業所. A choice the directory has no word
    /// for (学校・教育機関, その他, たつの市外) stays as the form wrote it, for
    /// the city to decide; the import names it until then.
    fn in_directory_words(&self, id: FieldId) -> String {
        let key = match self.value(id) {
            Value::Choices(chosen) => chosen.first().map_or("", |c| c.key),
            _ => "",
        };
        let word = match (id, key) {
            (FieldId::Category, "welfare") => Some(spot::Kind::Company.label()),
            (FieldId::Category, key) => spot::Kind::from_id(key).map(spot::Kind::label),
            (FieldId::District, key) => spot::District::ALL
                .into_iter()
                .find(|d| d.id() == key)
                .map(spot::District::label),
            _ => None,
        };
        word.map_or_else(|| self.text(id), str::to_owned)
    }

    /// The one-row CSV file: byte order mark, the directory's header, the
    /// row (see [`Registration::directory_row`]).
    pub fn directory_csv(&self) -> Result<String, NotListed> {
        self.directory_row()
            .map(|row| csv::document(&COLUMNS, &[row]))
    }

    /// The name of the downloaded document: `tsunagaru-todoke-20261125.html`
    /// (ASCII only, so every system keeps it).
    pub fn document_file_name(&self) -> String {
        format!("tsunagaru-todoke-{}.html", self.compact_date())
    }

    /// The name of the downloaded CSV row: `tsunagaru-spot-20261125.csv`.
    pub fn csv_file_name(&self) -> String {
        format!("tsunagaru-spot-{}.csv", self.compact_date())
    }

    fn compact_date(&self) -> String {
        self.date().map(iso).unwrap_or_default().replace('-', "")
    }

    /// The filled form as markup for an A4 page (an `<article>` styled by
    /// [`SHEET_CSS`]); every value is escaped, so it shows as text.
    pub fn sheet_html(&self) -> String {
        let e = escape_markup;
        let mut out = String::with_capacity(4096);
        _ = write!(
            out,
            "<article class=\"todoke\" lang=\"ja\">\
             <p class=\"todoke-number\">{FORM_NUMBER}</p>\
             <h1 class=\"todoke-title\">{}</h1>\
             <p class=\"todoke-date\">{}</p>\
             <p class=\"todoke-to\">たつの市長 様</p>\
             <p class=\"todoke-lead\">{}</p>\
             <table class=\"todoke-table\"><tbody>\
             <tr><th scope=\"row\">登録の区分</th><td>{}</td></tr>",
            e(FORM_TITLE),
            e(&self.text(FieldId::Date)),
            e(&self.declaration()),
            Mode::ALL
                .iter()
                .map(|m| format!("{} {}", check_mark(*m == self.mode), e(m.name())))
                .collect::<Vec<_>>()
                .join("　"),
        );
        for section in Section::ALL {
            let fields = section
                .fields(self.mode)
                .filter(|f| f.id != FieldId::Date)
                .collect::<Vec<_>>();
            if fields.is_empty() {
                continue;
            }
            _ = write!(
                out,
                "<tr class=\"todoke-section\"><th colspan=\"2\" scope=\"colgroup\">{}</th></tr>",
                e(section.label(self.mode))
            );
            for f in fields {
                _ = write!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    e(f.label_for(self.mode)),
                    self.cell(f)
                );
            }
        }
        out.push_str("</tbody></table></article>");
        out
    }

    /// One cell of the document: choices show every option with ☑ or ☐,
    /// long text keeps its lines.
    fn cell(&self, f: &Field) -> String {
        let value = self.value(f.id);
        match f.kind {
            Kind::Checks(_) | Kind::Radio(_) => {
                let tag = if matches!(f.kind, Kind::Checks(_)) {
                    "todoke-choice todoke-choice--line"
                } else {
                    "todoke-choice"
                };
                f.choices_for(self.mode)
                    .map(|c| {
                        format!(
                            "<span class=\"{tag}\">{} {}</span>",
                            check_mark(value.has(c.key)),
                            escape_markup(c.label)
                        )
                    })
                    .collect()
            }
            Kind::LongText { .. } => escape_markup(&value.display()).replace('\n', "<br/>"),
            _ => escape_markup(&value.display()),
        }
    }

    /// The filled form as a self-contained HTML file for A4 paper: no
    /// scripts, no external files; print it from any browser.
    pub fn document_html(&self) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/>\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
             <title>{}（{}）</title><style>{PAGE_CSS}{SHEET_CSS}</style></head>\
             <body>{}</body></html>\n",
            escape_markup(FORM_TITLE),
            escape_markup(&self.text(FieldId::Name)),
            self.sheet_html()
        )
    }
}

fn check_mark(on: bool) -> &'static str {
    if on { "☑" } else { "☐" }
}

/// The page of the downloaded document: A4 on paper, a sheet on screen.
const PAGE_CSS: &str = "@page { size: A4; margin: 15mm; }\n\
html { background: #e8e8e8; }\n\
body { margin: 0; padding: 8mm 0; }\n\
@media print { html { background: #ffffff; } body { padding: 0; } }\n\
@media screen { .todoke { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; \
padding: 15mm; box-shadow: 0 1px 6px rgb(0 0 0 / 0.3); } }\n";

/// The look of the filled form (the `.todoke` sheet), kept in one file,
/// `style/todoke.css`: embedded in the downloaded document here, and linked
/// by the app for its print view.
pub const SHEET_CSS: &str = include_str!("../../style/todoke.css");

/// A `mailto:` URL (RFC 6068) with a subject and a body. Line breaks in the
/// body become CRLF; every value is percent-encoded, so no field can add a
/// header or a recipient. `to` is encoded too (an `@` stays readable).
pub fn mailto(to: Option<&str>, subject: &str, body: &str) -> Mailto {
    let mut url = String::from("mailto:");
    if let Some(to) = to {
        url.push_str(&percent_encode(to).replace("%40", "@"));
    }
    url.push_str("?subject=");
    url.push_str(&percent_encode(&one_line(subject)));
    url.push_str("&body=");
    url.push_str(&percent_encode(&crlf(body)));
    let too_long = url.len() > MAILTO_SAFE_LENGTH;
    Mailto { url, too_long }
}

/// Every line break as CRLF, as mail wants.
fn crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\r\n");
            }
            '\n' => out.push_str("\r\n"),
            c => out.push(c),
        }
    }
    out
}

// ------------------------------------------------ in the person's language
//
// The page speaks the person's language (the catalogue's `register`
// section, data/i18n/register.toml); what is sent to the city stays in the
// Japanese above. The light build holds no registration page and so no
// `register` section: there a field speaks the form's own Japanese.

/// A field's label and help line on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// The label.
    pub label: &'static str,
    /// The help line (may be empty).
    pub hint: &'static str,
}

impl Field {
    /// The label and help line for a registration of `mode`, in `lang`.
    pub fn text_in(&self, mode: Mode, lang: Lang) -> FieldText {
        field_text(self, mode, lang)
    }
}

impl Choice {
    /// What the option says on the page, in `lang`.
    pub fn label_in(&self, lang: Lang) -> &'static str {
        choice_label(self, lang)
    }
}

/// The mark after a label: required or optional, in `lang`.
pub fn badge(required: bool, lang: Lang) -> &'static str {
    badge_text(required, lang)
}

#[cfg(not(feature = "full"))]
fn field_text(f: &Field, mode: Mode, _lang: Lang) -> FieldText {
    FieldText {
        label: f.label_for(mode),
        hint: f.hint_for(mode),
    }
}

#[cfg(not(feature = "full"))]
fn choice_label(c: &Choice, _lang: Lang) -> &'static str {
    c.label
}

#[cfg(not(feature = "full"))]
fn badge_text(required: bool, _lang: Lang) -> &'static str {
    if required { "必須" } else { "任意" }
}

#[cfg(feature = "full")]
fn field_text(f: &Field, mode: Mode, lang: Lang) -> FieldText {
    let t = i18n::register(lang);
    let person = mode == Mode::Individual;
    let (label, hint) = match f.id {
        FieldId::Date => (t.label_date, ""),
        FieldId::Name if person => (t.label_name_person, t.hint_name),
        FieldId::Name => (t.label_name, t.hint_name),
        FieldId::Kana => (t.label_kana, t.hint_kana),
        FieldId::Category => (t.label_category, ""),
        FieldId::RepresentativeTitle => (t.label_rep_title, t.hint_rep_title),
        FieldId::RepresentativeName => (t.label_rep_name, ""),
        FieldId::Postal => (t.label_postal, t.hint_postal),
        FieldId::Address if person => (t.label_address_person, t.hint_address),
        FieldId::Address => (t.label_address, t.hint_address),
        FieldId::District if person => (t.label_district, t.hint_district_person),
        FieldId::District => (t.label_district, t.hint_district),
        FieldId::Phone => (t.label_phone, t.hint_phone),
        FieldId::Fax => (t.label_fax, ""),
        FieldId::Email => (t.label_email, ""),
        FieldId::ContactName => (t.label_contact_name, t.hint_contact_name),
        FieldId::ContactPhone => (t.label_contact_phone, t.hint_contact_phone),
        FieldId::Activities => (t.label_activities, t.hint_activities),
        FieldId::Stickers => (t.label_stickers, t.hint_stickers),
        FieldId::Publish => (t.label_publish, t.hint_publish),
        FieldId::Notes => (t.label_notes, t.hint_notes),
    };
    FieldText { label, hint }
}

#[cfg(feature = "full")]
fn choice_label(c: &Choice, lang: Lang) -> &'static str {
    let t = i18n::register(lang);
    match c.key {
        "company" => t.choice_company,
        "shop" => t.choice_shop,
        "medical" => t.choice_medical,
        "welfare" => t.choice_welfare,
        "school" => t.choice_school,
        "group" => t.choice_group,
        "public" => t.choice_public,
        "other" => t.choice_other,
        "tatsuno" => t.choice_tatsuno,
        "shingu" => t.choice_shingu,
        "ibogawa" => t.choice_ibogawa,
        "mitsu" => t.choice_mitsu,
        "outside" => t.choice_outside,
        "sticker" => t.choice_sticker,
        "leaflets" => t.choice_leaflets,
        "listen" => t.choice_listen,
        "refer" => t.choice_refer,
        "watch" => t.choice_watch,
        "awareness" => t.choice_awareness,
        "yes" => t.choice_yes,
        "no" => t.choice_no,
        // Every option has its text (a test goes through them).
        _ => c.label,
    }
}

#[cfg(feature = "full")]
fn badge_text(required: bool, lang: Lang) -> &'static str {
    let t = i18n::register(lang);
    if required { t.required } else { t.optional }
}

#[cfg(feature = "full")]
impl Mode {
    /// The choice as the form offers it, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match self {
            Mode::Organisation => t.mode_org,
            Mode::Individual => t.mode_person,
        }
    }
}

#[cfg(feature = "full")]
impl Section {
    /// The legend of the section for a registration of `mode`, in `lang`.
    pub fn label_in(self, mode: Mode, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match (self, mode) {
            (Section::Applicant, _) => t.section_applicant,
            (Section::Place, Mode::Organisation) => t.section_place_org,
            (Section::Place, Mode::Individual) => t.section_place_person,
            (Section::Contact, _) => t.section_contact,
            (Section::Cooperation, _) => t.section_cooperation,
            (Section::Other, _) => t.section_other,
        }
    }
}

#[cfg(feature = "full")]
impl NotListed {
    /// The reason, in `lang`.
    pub fn message_in(self, lang: Lang) -> &'static str {
        let t = i18n::register(lang);
        match self {
            NotListed::Individual => t.not_listed_individual,
            NotListed::Declined => t.not_listed_declined,
        }
    }
}

#[cfg(feature = "full")]
impl Problem {
    /// The message for the field labelled `label` (in `lang` too), in
    /// `lang`: in 日本語 exactly [`Problem::japanese`].
    pub fn message(self, label: &str, lang: Lang) -> String {
        let t = i18n::register(lang);
        match self {
            Problem::Missing => t.err_missing(label),
            Problem::NotChosen => t.err_not_chosen(label),
            Problem::NoneChecked => t.err_none_checked(label),
            Problem::TooLong { max, now } => t.err_too_long(&max.to_string(), &now.to_string()),
            Problem::Kana => t.err_kana.to_owned(),
            Problem::Postal => t.err_postal.to_owned(),
            Problem::Phone(p) => match p {
                PhoneProblem::TooLong => t.err_phone_too_long,
                PhoneProblem::Characters => t.err_phone_characters,
                PhoneProblem::Empty => t.err_phone_empty,
                PhoneProblem::NotJapan => t.err_phone_not_japan,
                PhoneProblem::NoAreaCode => t.err_phone_no_area_code,
                PhoneProblem::TooShort => t.err_phone_too_short,
                PhoneProblem::TooManyDigits => t.err_phone_too_many_digits,
                PhoneProblem::Invalid => t.err_phone_invalid,
            }
            .to_owned(),
            Problem::EmailNoAt => t.err_email_no_at.to_owned(),
            Problem::EmailForm => t.err_email_form.to_owned(),
            Problem::Date => t.err_date.to_owned(),
            Problem::Count { min, max } => t.err_count(&min.to_string(), &max.to_string()),
        }
    }
}

#[cfg(feature = "full")]
impl FieldError {
    /// The message for a registration of `mode`, in `lang`.
    pub fn message_in(&self, mode: Mode, lang: Lang) -> String {
        let label = field(self.id).text_in(mode, lang).label;
        self.problem.message(label, lang)
    }
}

/// The problem with one field of a draft, in `lang`, if any.
#[cfg(feature = "full")]
pub fn field_error_in(draft: &Draft, id: FieldId, lang: Lang) -> Option<String> {
    let label = field(id).text_in(draft.mode, lang).label;
    field_problem(draft, id).map(|p| p.message(label, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    // ------------------------------------------------------ normalisation

    #[test]
    fn postal_codes_in_any_writing() {
        for (input, want) in [
            ("6794100", "679-4100"),
            ("679-4100", "679-4100"),
            ("６７９－４１００", "679-4100"),
            ("〒679-4100", "679-4100"),
            ("〒 ６７９ー４１００ ", "679-4100"),
            ("679 4100", "679-4100"),
            ("679‐4100", "679-4100"),
        ] {
            assert_eq!(normalize_postal(input).as_deref(), Ok(want), "{input}");
        }
        for bad in [
            "",
            "67941",
            "67941000",
            "6794-100",
            "679--4100",
            "abc-defg",
            "679-41OO",
            "٦٧٩٤١٠٠",
        ] {
            assert!(normalize_postal(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn phone_numbers_in_any_common_writing() {
        for (input, want) in [
            ("0791632112", "0791-63-2112"),
            ("0791-63-2112", "0791-63-2112"),
            ("０７９１－６３－２１１２", "0791-63-2112"),
            ("(0791) 63-2112", "0791-63-2112"),
            ("（０７９１）６３ー２１１２", "0791-63-2112"),
            ("+81 791 63 2112", "0791-63-2112"),
            ("+81-(0)791-63-2112", "0791-63-2112"),
            ("09012345678", "090-1234-5678"),
            ("090.1234.5678", "090-1234-5678"),
            ("05012345678", "050-1234-5678"),
            ("0120279338", "0120-279-338"),
            ("08001234567", "0800-123-4567"),
            ("0792345678", "0792345678"),
            ("079-234-5678", "079-234-5678"),
        ] {
            assert_eq!(normalize_phone(input).as_deref(), Ok(want), "{input}");
        }
        for bad in [
            "",
            "189",
            "#8008",
            "791632112",
            "079163211",
            "079163211234",
            "0120-27-93381",
            "+1 555 0100",
            "0791-63-2112 内線3",
            "0791-63-2112\r\nBcc: x@example.jp",
            "00-1234-5678",
            &"0".repeat(40),
        ] {
            assert!(normalize_phone(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn kana_becomes_hiragana() {
        for (input, want) in [
            ("たつの", "たつの"),
            ("タツノ", "たつの"),
            ("ﾀﾂﾉ ﾔｯｷｮｸ", "たつの やっきょく"),
            ("ﾊﾟﾝ　ヤ", "ぱん や"),
            ("ラ・ムー", "ら・むー"),
            ("ヴォーカル", "ゔぉーかる"),
            ("  いすゞ  ", "いすゞ"),
        ] {
            assert_eq!(normalize_kana(input).as_deref(), Ok(want), "{input}");
        }
        for bad in [
            "",
            "龍野",
            "tatsuno",
            "ＴＡＴＳＵＮＯ",
            "たつの1",
            "<script>",
            "・",
        ] {
            assert!(normalize_kana(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(
            katakana("たつの やっきょく・いすゞ"),
            "タツノ ヤッキョク・イスヾ"
        );
    }

    #[test]
    fn email_addresses() {
        for (input, want) in [
            ("name@example.jp", "name@example.jp"),
            ("Ｎａｍｅ＠ＥＸＡＭＰＬＥ．ｊｐ", "Name@example.jp"),
            (
                " first.last+tag@mail.example.co.jp ",
                "first.last+tag@mail.example.co.jp",
            ),
        ] {
            assert_eq!(normalize_email(input).as_deref(), Ok(want), "{input}");
        }
        for bad in [
            "",
            "name",
            "name@",
            "@example.jp",
            "a@b@example.jp",
            "name@localhost",
            "name@-example.jp",
            "name@example..jp",
            ".name@example.jp",
            "na..me@example.jp",
            "na me@example.jp",
            "name@example.jp\r\nBcc: x@example.jp",
            "name@example.jp?cc=x@example.jp",
            "名前@example.jp",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn dates_and_the_japanese_era() {
        for (input, want) in [
            ("2026-11-25", day(2026, 11, 25)),
            ("2026/1/5", day(2026, 1, 5)),
            ("２０２６年１１月２５日", day(2026, 11, 25)),
            ("令和8年11月25日", day(2026, 11, 25)),
            ("令和元年5月1日", day(2019, 5, 1)),
            ("2028-02-29", day(2028, 2, 29)),
        ] {
            assert_eq!(normalize_date(input), Ok(want), "{input}");
        }
        for bad in [
            "",
            "2026-02-29",
            "2026-13-01",
            "2026-11",
            "26-11-25",
            "令和0年1月1日",
            "1999-01-01",
            "2026-11-25-1",
            "きょう",
        ] {
            assert!(normalize_date(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(wareki(day(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(wareki(day(2026, 11, 25)), "令和8年11月25日");
        assert_eq!(wareki(day(2019, 4, 30)), "2019年4月30日");
        assert_eq!(iso(day(2026, 1, 5)), "2026-01-05");
    }

    #[test]
    fn counts() {
        assert_eq!(normalize_count("3", 0, 99), Ok(3));
        assert_eq!(normalize_count("１２枚", 0, 99), Ok(12));
        assert_eq!(normalize_count("0", 0, 99), Ok(0));
        for bad in ["", "-1", "100", "3.5", "三", "99999999999"] {
            assert!(normalize_count(bad, 0, 99).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn text_is_cleaned_but_kept() {
        assert_eq!(one_line("  a\r\nb\tc\u{0}d\u{2028}e  "), "a b cd e");
        assert_eq!(
            multi_line("\n一行目\r\n二行目\r三行目\u{2029}四\u{7}\n\n"),
            "一行目\n二行目\n三行目\n四"
        );
        assert_eq!(one_line("<script>&#%0A"), "<script>&#%0A");
        let mut d = organisation();
        d.set(FieldId::Name, "a\r\nBcc: x@example.jp");
        assert_eq!(valid(&d).text(FieldId::Name), "a Bcc: x@example.jp");
    }

    #[test]
    fn lengths_are_limited_with_a_clear_message() {
        let mut d = organisation();
        d.set(FieldId::Notes, "あ".repeat(1000));
        assert!(validate(&d).is_ok());
        d.set(FieldId::Notes, "あ".repeat(1001));
        assert_eq!(
            field_error(&d, FieldId::Notes).as_deref(),
            Some("1000文字以内にしてください（いま1001文字です）。")
        );
        d.set(FieldId::Name, "😀".repeat(1000));
        assert!(field_error(&d, FieldId::Name).is_some());
    }

    // ------------------------------------------------------------ outputs

    /// Splits a `mailto:` URL into its decoded recipient and parameters.
    fn decode_mailto(url: &str) -> (String, Vec<(String, String)>) {
        let rest = url.strip_prefix("mailto:").expect("a mailto URL");
        let (to, query) = rest.split_once('?').expect("parameters");
        let params = query
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').expect("key=value");
                (
                    percent_decode(k).expect("decodable key"),
                    percent_decode(v).expect("decodable value"),
                )
            })
            .collect();
        (percent_decode(to).expect("decodable recipient"), params)
    }

    /// Reads the letter back into (label, value) pairs; multi-line values
    /// are their indented lines joined by `\n`.
    fn parse_letter(text: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut in_fields = false;
        for line in text.split('\n') {
            if line.starts_with('■') {
                in_fields = true;
                continue;
            }
            if line == LETTER_END {
                break;
            }
            if !in_fields || line.is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix('【') {
                let (label, value) = rest.split_once('】').expect("a closed label");
                out.push((label.to_owned(), value.to_owned()));
            } else {
                let item = line.strip_prefix("  ").expect("an indented line");
                let last = out.last_mut().expect("a label before");
                if !last.1.is_empty() {
                    last.1.push('\n');
                }
                last.1.push_str(item);
            }
        }
        out
    }

    /// What the letter must say: every non-empty field of `r`.
    fn expected_letter(r: &Registration) -> Vec<(String, String)> {
        let mut out = vec![("登録の区分".to_owned(), r.mode().name().to_owned())];
        for (f, v) in r.entries() {
            let text = match v {
                Value::Empty => continue,
                Value::Choices(chosen) if matches!(f.kind, Kind::Checks(_)) => chosen
                    .iter()
                    .map(|c| format!("・{}", c.label))
                    .collect::<Vec<_>>()
                    .join("\n"),
                other => other.display(),
            };
            out.push((f.label_for(r.mode()).to_owned(), text));
        }
        out
    }

    /// The mail URL of `r` decodes to exactly its fields, addressed to `to`
    /// only, with CRLF line ends.
    fn assert_mail_round_trip(r: &Registration, to: Option<&str>) {
        let mail = r.mailto(to);
        assert!(mail.url.starts_with("mailto:"));
        // Nothing but unreserved characters and escapes after the scheme,
        // apart from the one `?`, the `=`s, the `&` between the two
        // parameters and the recipient's `@`.
        let tail = &mail.url["mailto:".len()..];
        assert!(
            tail.bytes().all(|b| b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'-' | b'.' | b'_' | b'~' | b'%' | b'?' | b'=' | b'&' | b'@'
                )),
            "unencoded character in {tail}"
        );
        assert_eq!(tail.matches('?').count(), 1);
        assert_eq!(tail.matches('&').count(), 1);
        let (recipient, params) = decode_mailto(&mail.url);
        assert_eq!(recipient, to.unwrap_or(""));
        let keys = params.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>();
        assert_eq!(keys, ["subject", "body"]);
        assert_eq!(params[0].1, r.subject());
        assert!(!params[0].1.contains(['\r', '\n']));
        let body = &params[1].1;
        assert_eq!(body.matches('\r').count(), body.matches("\r\n").count());
        assert_eq!(body.matches('\n').count(), body.matches("\r\n").count());
        let body = body.replace("\r\n", "\n");
        assert_eq!(body, r.plain_text());
        assert_eq!(parse_letter(&body), expected_letter(r));
        assert_eq!(mail.too_long, mail.url.len() > MAILTO_SAFE_LENGTH);
    }

    #[test]
    fn the_mail_link_decodes_to_the_fields() {
        let r = valid(&organisation());
        assert_mail_round_trip(&r, None);
        assert_mail_round_trip(&r, Some("kenko@example.jp"));
        let mail = r.mailto(None);
        assert!(mail.url.starts_with("mailto:?subject=%E3%81%A4"));
        assert!(mail.url.contains("%0D%0A"));
        assert!(!mail.url.contains('+') && !mail.url.contains('#'));
        let text = r.plain_text();
        assert!(text.ends_with("\n以上\n"));
        assert!(text.starts_with("たつの市 健康課 御中\n\n"));
        assert!(text.contains("【名称】たつの薬局 本町店\n"));
        assert!(
            text.contains("【協力できること】\n  ・ステッカーの掲示\n  ・さりげない声かけ・傾聴\n")
        );
        assert!(text.contains("【備考】\n  平日の午後に\n  ご連絡ください。\n"));
        assert!(!text.contains("FAX"));
        assert_mail_round_trip(&valid(&person()), None);
    }

    #[test]
    fn reserved_characters_are_escaped_in_the_mail_link() {
        let mut d = organisation();
        d.set(FieldId::Name, "A&B=C?D#E%F+G H");
        d.set(
            FieldId::Notes,
            "%0D%0ABcc: x@example.jp\n&cc=y@example.jp&body=z",
        );
        let r = valid(&d);
        let url = r.mailto(Some("kenko@example.jp")).url;
        assert!(url.contains("A%26B%3DC%3FD%23E%25F%2BG%20H"));
        assert!(url.contains("%250D%250ABcc%3A%20x%40example.jp%0D%0A%20%20%26cc%3Dy"));
        assert!(url.starts_with("mailto:kenko@example.jp?subject="));
        assert_mail_round_trip(&r, Some("kenko@example.jp"));
    }

    #[test]
    fn long_letters_are_flagged() {
        // Every Japanese character takes nine characters of URL, so most
        // complete letters pass the limit; a short one does not.
        let short = mailto(None, "件名", "本文");
        assert_eq!(
            short.url,
            "mailto:?subject=%E4%BB%B6%E5%90%8D&body=%E6%9C%AC%E6%96%87"
        );
        assert!(!short.too_long);
        let mut d = organisation();
        d.set(FieldId::Notes, "長".repeat(300));
        let mail = valid(&d).mailto(None);
        assert!(mail.url.len() > MAILTO_SAFE_LENGTH);
        assert!(mail.too_long);
    }

    #[test]
    fn the_configured_address_is_checked() {
        for good in ["kenko@example.jp", "a.b+c_d-e@mail.example.co.jp"] {
            assert!(is_plain_address(good.as_bytes()), "{good}");
        }
        for bad in [
            "",
            "kenko",
            "@example.jp",
            "kenko@",
            "kenko@example",
            "a@b@example.jp",
            "kenko@example.jp?cc=x@example.jp",
            "kenko@example.jp&body=x",
            "kenko@-example.jp",
            "kenko@example-.jp",
            "kenko@example..jp",
            "kenko@example.jp.",
            ".kenko@example.jp",
            "kenko.@example.jp",
            "ken ko@example.jp",
            "kenko%40example.jp",
        ] {
            assert!(!is_plain_address(bad.as_bytes()), "{bad:?} accepted");
        }
        assert_eq!(configured_address(None), None);
        assert_eq!(configured_address(Some("")), None);
        assert_eq!(
            configured_address(Some("kenko@example.jp")),
            Some("kenko@example.jp")
        );
        if let Some(address) = KENKO_EMAIL {
            assert!(is_plain_address(address.as_bytes()));
        }
    }

    /// The CSV file parses back to the header and exactly the row.
    fn assert_csv_round_trip(r: &Registration) {
        let Ok(text) = r.directory_csv() else {
            return;
        };
        let records = csv::parse(&text).expect("parsable CSV");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].fields, COLUMNS);
        for cell in &records[1].fields {
            assert_eq!(
                csv::formula_start(cell),
                None,
                "{cell:?} would run as a formula"
            );
        }
        // A cell that would start a formula is written with a leading `'`,
        // which reading takes off again.
        let cells: Vec<&str> = records[1]
            .fields
            .iter()
            .map(|f| csv::cell_text(f))
            .collect();
        let row = r.directory_row().expect("a row");
        assert_eq!(cells, row);
        let at = |name: &str| {
            let i = COLUMNS.iter().position(|c| *c == name).expect("a column");
            cells[i].to_owned()
        };
        assert_eq!(at("名称"), r.text(FieldId::Name));
        assert_eq!(at("名称_カナ"), katakana(&r.text(FieldId::Kana)));
        assert_eq!(at("種別"), r.in_directory_words(FieldId::Category));
        assert_eq!(at("地区"), r.in_directory_words(FieldId::District));
        assert_eq!(at("所在地_連結表記"), r.text(FieldId::Address));
        assert_eq!(at("電話番号"), r.text(FieldId::Phone));
        assert_eq!(at("説明"), r.text(FieldId::Activities));
        for left in ["ID", "緯度", "経度", "URL", "備考"] {
            assert_eq!(at(left), "", "{left} is the city's to fill");
        }
    }

    #[test]
    fn the_csv_row_is_the_directorys_format() {
        let r = valid(&organisation());
        let text = r.directory_csv().expect("an organisation that agreed");
        assert!(text.starts_with("\u{FEFF}ID,名称,名称_カナ,種別,地区,所在地_連結表記,"));
        assert!(text.ends_with("\r\n"));
        let row = r.directory_row().expect("a row");
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[2], "タツノヤッキョク ホンマチテン");
        assert_eq!((row[3].as_str(), row[4].as_str()), ("医療機関", "龍野"));
        assert_eq!(row[11], "2026-11-25");
        assert_csv_round_trip(&r);

        let mut declined = organisation();
        declined.set(FieldId::Publish, "no");
        assert_eq!(valid(&declined).directory_row(), Err(NotListed::Declined));
        assert_eq!(valid(&person()).directory_csv(), Err(NotListed::Individual));
        assert!(!NotListed::Declined.message().is_empty());
        assert_eq!(r.document_file_name(), "tsunagaru-todoke-20261125.html");
        assert_eq!(r.csv_file_name(), "tsunagaru-spot-20261125.csv");
    }

    #[test]
    fn kind_and_district_are_in_the_directorys_words() {
        let words = |category: &str, district: &str| {
            let mut d = organisation();
            d.set(FieldId::Category, category);
            d.set(FieldId::District, district);
            let row = valid(&d).directory_row().expect("a row");
            (row[3].clone(), row[4].clone())
        };
        for (category, kind) in [
            ("company", "企業・事業所"),
            ("shop", "店舗"),
            ("medical", "医療機関"),
            ("welfare", "企業・事業所"),
            ("group", "団体・グループ"),
            ("public", "公共施設"),
            // No word in the directory: the city decides.
            ("school", "学校・教育機関"),
            ("other", "その他"),
        ] {
            assert_eq!(words(category, "tatsuno").0, kind, "{category}");
            let listed = spot::Kind::from_label(kind).is_some();
            assert_eq!(listed, !["school", "other"].contains(&category));
        }
        for (district, word) in [
            ("tatsuno", "龍野"),
            ("shingu", "新宮"),
            ("ibogawa", "揖保川"),
            ("mitsu", "御津"),
            ("outside", "たつの市外"),
        ] {
            assert_eq!(words("shop", district).1, word, "{district}");
        }
    }

    /// The text of an element and its descendants.
    fn text_of(node: roxmltree::Node) -> String {
        node.descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect()
    }

    /// The sheet is well-formed markup whose table cells hold exactly the
    /// values as text, and nothing but the elements it writes itself.
    fn assert_sheet_shows_text(r: &Registration) {
        let sheet = r.sheet_html();
        let doc = roxmltree::Document::parse(&sheet).expect("well-formed sheet");
        let allowed = [
            "article", "p", "h1", "table", "tbody", "tr", "th", "td", "span", "br",
        ];
        for node in doc.descendants().filter(roxmltree::Node::is_element) {
            let name = node.tag_name().name();
            assert!(allowed.contains(&name), "unexpected element <{name}>");
            for attr in node.attributes() {
                assert!(
                    ["class", "lang", "scope", "colspan"].contains(&attr.name()),
                    "unexpected attribute {}",
                    attr.name()
                );
            }
        }
        let rows = doc
            .descendants()
            .filter(|n| n.has_tag_name("tr"))
            .filter_map(|tr| {
                let th = tr.children().find(|n| n.has_tag_name("th"))?;
                let td = tr.children().find(|n| n.has_tag_name("td"))?;
                Some((text_of(th), td))
            })
            .collect::<Vec<_>>();
        for (f, value) in r.entries().filter(|(f, _)| f.id != FieldId::Date) {
            let label = f.label_for(r.mode());
            let (_, td) = rows
                .iter()
                .find(|(th, _)| th == label)
                .unwrap_or_else(|| panic!("no row for {label}"));
            match f.kind {
                Kind::LongText { .. } => {
                    let lines = td
                        .children()
                        .filter(|n| n.is_text())
                        .filter_map(|n| n.text())
                        .collect::<Vec<_>>();
                    let want = value.display();
                    let want = want
                        .split('\n')
                        .filter(|l| !l.is_empty())
                        .collect::<Vec<_>>();
                    assert_eq!(lines, want);
                }
                Kind::Checks(_) | Kind::Radio(_) => {
                    for c in f.choices_for(r.mode()) {
                        let mark = check_mark(value.has(c.key));
                        assert!(text_of(*td).contains(&format!("{mark} {}", c.label)));
                    }
                }
                _ => assert_eq!(text_of(*td), value.display(), "{label}"),
            }
        }
        let date = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("todoke-date"))
            .expect("a date");
        assert_eq!(text_of(date), r.text(FieldId::Date));
    }

    #[test]
    fn the_a4_document_shows_the_values_as_text() {
        let mut d = organisation();
        d.set(FieldId::Name, "<script>alert(1)</script> & \"駅前\" 'x'");
        d.set(FieldId::Notes, "1行目 <b>太字</b>\n2行目 &amp;");
        let r = valid(&d);
        assert_sheet_shows_text(&r);
        let sheet = r.sheet_html();
        assert!(
            sheet.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;駅前&quot; &#39;x&#39;"
            )
        );
        assert!(sheet.contains("1行目 &lt;b&gt;太字&lt;/b&gt;<br/>2行目 &amp;amp;"));
        assert!(sheet.contains("☑ ステッカーの掲示"));
        assert!(sheet.contains("☐ 相談先チラシ等の設置"));
        assert!(sheet.contains("☑ 可"));
        assert!(sheet.contains("☐ 否"));
        assert_sheet_shows_text(&valid(&person()));

        let html = r.document_html();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/>")
        );
        assert!(html.contains("@page { size: A4; margin: 15mm; }"));
        assert!(html.contains(SHEET_CSS));
        // Self-contained: no script, no link to anything.
        for absent in ["<script", "src=", "href=", "url(", "@import", "http"] {
            assert!(!html.contains(absent), "{absent} in the document");
        }
    }

    #[test]
    fn drafts_survive_storage_exactly() {
        let mut d = organisation();
        d.set(FieldId::Notes, "a&b=c%d\r\n\u{0}😀\u{2028}<script>");
        d.set(FieldId::Fax, "=&");
        let text = d.to_storage();
        assert!(text.starts_with("v=1&mode=org&date=2026-11-25&"));
        assert_eq!(Draft::from_storage(&text), Some(d.clone()));
        let p = person();
        assert_eq!(Draft::from_storage(&p.to_storage()), Some(p));
        // Other formats and versions are not read; unknown or broken
        // entries are skipped.
        assert_eq!(Draft::from_storage(""), None);
        assert_eq!(Draft::from_storage("v=2&mode=org"), None);
        assert_eq!(Draft::from_storage("{\"name\":\"x\"}"), None);
        let read = Draft::from_storage("v=1&mode=alien&name=%E3%81%82&kana=%E3&zip=1&phone")
            .expect("a draft");
        assert_eq!(read.mode, Mode::Organisation);
        assert_eq!(read.get(FieldId::Name), "あ");
        assert_eq!(read.get(FieldId::Kana), "");
        let fresh = Draft::new(day(2026, 11, 25));
        assert_eq!(fresh.changed_from(&fresh).count(), 0);
        assert!(!fresh.has_input());
        let mut dated = fresh.clone();
        dated.set(FieldId::Date, "2027-01-01");
        assert!(!dated.has_input());
        dated.mode = Mode::Individual;
        assert!(dated.has_input());
        assert!(organisation().has_input());
        assert_eq!(
            organisation().changed_from(&fresh).count(),
            FIELDS.len() - 4
        );
    }

    #[test]
    fn percent_coding_round_trips() {
        for text in ["", "abc", "あ😀\r\n%+&=#?", "%", "%%41"] {
            assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
        }
        assert_eq!(percent_encode("a b+c"), "a%20b%2Bc");
        for broken in ["%", "%4", "%GG", "%+1", "%E3%81", "%FF"] {
            assert_eq!(percent_decode(broken), None, "{broken}");
        }
    }

    // ------------------------------------------------- hostile input fuzz

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
            FieldId::Name,
            FieldId::RepresentativeTitle,
            FieldId::RepresentativeName,
            FieldId::Address,
            FieldId::ContactName,
            FieldId::Notes,
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
                FieldId::Postal,
                rng.pick(&["６７９４１００", "〒679 4100", "679ー4100"]),
            );
            d.set(
                FieldId::Phone,
                rng.pick(&["０７９１６３２１１２", "+81 791 63 2112", "(0791)63-2112"]),
            );
            d.set(
                FieldId::Kana,
                rng.pick(&["ﾀﾂﾉ", "タツノ・ヤ", "　たつの　"]),
            );
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
                            e.message.contains("文字以内") || e.message.contains("入力して"),
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
                        assert!(e.message.ends_with('。'), "{e:?}");
                        assert_eq!(field_error(&d, e.id).as_ref(), Some(&e.message));
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
            let mut text = String::from(rng.pick(&["v=1&", "", "v=1&mode=person&"]));
            text.push_str(&hostile_text(&mut rng));
            text.push_str(rng.pick(&["&name=%", "&notes=%E3%8", "&kana==", "&=&"]));
            if let Some(d) = Draft::from_storage(&text) {
                _ = validate(&d);
            }
        }
    }
}
