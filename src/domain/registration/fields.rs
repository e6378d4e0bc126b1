//! The form itself: who registers ([`Mode`]), the options of the choice
//! fields, the kinds of value, the sections, and [`FIELDS`], the one list
//! that says which fields exist, who sees them and what they accept.

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
    pub(super) const fn joins_as(self) -> &'static str {
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
    pub(super) const fn multiline(self) -> bool {
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
        hint: "「可」のときは、名称を市のホームページに掲載します。名称・種別・地区・所在地・電話番号・協力できることは、このアプリの協力スポット一覧に載ります。名称のほかの項目が市のホームページに載るかは確認中です。",
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
