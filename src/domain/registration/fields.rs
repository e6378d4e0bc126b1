//! The form itself: who registers ([`Mode`]), the kinds of value, the
//! sections and [`FIELDS`], the one list that says which fields exist, who
//! sees them and what they accept. The list, its words in the three
//! languages and its options come from `data/form.toml`, which the city
//! edits; the build checks it (`source.rs`) and writes it as the statics
//! included here, so nothing is parsed at run time.

use crate::domain::lang::Lang;

/// A text in the three languages, in the order of [`Lang::ALL`] (日本語,
/// やさしい日本語, English); all empty for "none" or "the same".
pub type Words = [&'static str; 3];

/// Who is registering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// An organisation, group, business or shop (a 協力スポット).
    #[default]
    Organisation,
    /// A person who wants to help on their own.
    Individual,
}

/// The words of a mode (`[mode.org]`, `[mode.person]` in the data file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModeWords {
    /// The choice on the page, in each language.
    pub label: Words,
    /// The kind of registration, as the letter names it.
    pub name: &'static str,
    /// Who joins, in the letter's opening sentence.
    pub joins_as: &'static str,
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

    fn words(self) -> &'static ModeWords {
        &MODES[self as usize]
    }

    /// The choice as the form offers it (in Japanese).
    pub fn label(self) -> &'static str {
        self.label_in(Lang::Ja)
    }

    /// The choice as the form offers it, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        self.words().label[lang as usize]
    }

    /// The kind of registration, as the letter names it.
    pub fn name(self) -> &'static str {
        self.words().name
    }

    /// Who joins, in the letter's opening sentence.
    pub(super) fn joins_as(self) -> &'static str {
        self.words().joins_as
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
    /// What the option says, in each language; the letter and the
    /// document say the Japanese.
    pub label: Words,
    /// Who sees it.
    pub applies: Applies,
    /// The spot directory's word for it (種別, 地区), or empty for the
    /// Japanese label.
    pub directory: &'static str,
}

impl Choice {
    /// What the form, the letter and the document say (Japanese).
    pub const fn japanese(&self) -> &'static str {
        self.label[0]
    }
}

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
        /// The counter word shown after the number (「枚」), or empty.
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

/// One group of the form (a fieldset with a legend on the page, a heading
/// row in the document).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Its key in the data file.
    pub key: &'static str,
    /// The legend, in each language.
    pub label: Words,
    /// The legend for individuals, or empty for the same.
    pub label_person: Words,
}

impl Section {
    /// The legend for a registration of `mode` (in Japanese).
    pub fn label(&self, mode: Mode) -> &'static str {
        self.label_in(mode, Lang::Ja)
    }

    /// The legend for a registration of `mode`, in `lang`.
    pub fn label_in(&self, mode: Mode, lang: Lang) -> &'static str {
        for_mode(&self.label, &self.label_person, mode)[lang as usize]
    }

    /// The fields of the section that a registration of `mode` has.
    pub fn fields(&self, mode: Mode) -> impl Iterator<Item = &'static Field> + use<> {
        let key = self.key;
        FIELDS
            .iter()
            .filter(move |f| f.section == key && f.applies.to(mode))
    }
}

/// The words for individuals when they have their own, else the common ones.
pub(super) const fn for_mode<'a>(common: &'a Words, person: &'a Words, mode: Mode) -> &'a Words {
    match mode {
        Mode::Individual if !person[0].is_empty() => person,
        _ => common,
    }
}

/// A field: its place in [`FIELDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId(u8);

impl FieldId {
    /// The field with `key`, if the form has it.
    pub fn of(key: &str) -> Option<FieldId> {
        FIELDS.iter().find(|f| f.key == key).map(|f| f.id)
    }

    /// Its place in [`FIELDS`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// What the form needs a field for, beyond showing and sending it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Nothing more.
    Other,
    /// 届出日: the form's date (the document's corner, file names; a new
    /// form holds today).
    Date,
    /// 名称・氏名: the mail's subject and the document's title.
    Name,
}

/// One field: its names, kind, rules and hints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Which field.
    pub id: FieldId,
    /// Stable key, used in saved drafts and DOM ids.
    pub key: &'static str,
    /// The label in each language; the letter and the document say the
    /// Japanese.
    pub label: Words,
    /// The label for individuals, or empty for the same.
    pub label_person: Words,
    /// A short help line under the label, or empty.
    pub hint: Words,
    /// The help line for individuals, or empty for the same.
    pub hint_person: Words,
    /// The key of the section it belongs to.
    pub section: &'static str,
    /// Its kind of value.
    pub kind: Kind,
    /// Whether it must be filled.
    pub required: bool,
    /// Who sees it.
    pub applies: Applies,
    /// The HTML `autocomplete` token (for organisations).
    pub autocomplete: &'static str,
    /// The `autocomplete` token for individuals, or empty for the same.
    pub autocomplete_person: &'static str,
    /// What else the form needs it for.
    pub role: Role,
    /// The spot directory's column it fills, or empty.
    pub column: &'static str,
    /// What a new form holds (for checkboxes: keys separated by spaces).
    pub initial: &'static str,
    /// The option that allows publishing (only for the consent), or empty.
    pub publish_when: &'static str,
}

impl Field {
    /// The label for a registration of `mode` (in Japanese, as the letter
    /// and the document write it).
    pub fn label_for(&self, mode: Mode) -> &'static str {
        for_mode(&self.label, &self.label_person, mode)[0]
    }

    /// The help line for a registration of `mode` (in Japanese; may be
    /// empty).
    pub fn hint_for(&self, mode: Mode) -> &'static str {
        for_mode(&self.hint, &self.hint_person, mode)[0]
    }

    /// The `autocomplete` token for a registration of `mode`.
    pub const fn autocomplete_for(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Individual if !self.autocomplete_person.is_empty() => self.autocomplete_person,
            _ => self.autocomplete,
        }
    }

    /// The options of a choice field that a registration of `mode` offers.
    pub fn choices_for(&self, mode: Mode) -> impl Iterator<Item = &'static Choice> + use<> {
        self.kind
            .choices()
            .iter()
            .filter(move |c| c.applies.to(mode))
    }
}

include!(concat!(env!("OUT_DIR"), "/form.rs"));

/// The field with id `id`.
pub fn field(id: FieldId) -> &'static Field {
    &FIELDS[id.index()]
}

/// The fields a registration of `mode` has, in form order.
pub fn fields_for(mode: Mode) -> impl Iterator<Item = &'static Field> {
    FIELDS.iter().filter(move |f| f.applies.to(mode))
}
