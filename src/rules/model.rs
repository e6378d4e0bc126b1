//! The consultation windows as the app holds them: plain `'static` data,
//! generated at build time from `data/windows.toml` (see [`super::source`]).

use super::calendar::{Date, JstTime};
use super::category::{Audience, Category};
use super::lang::Lang;
use super::phone::Cost;
use super::schedule::Hours;

/// Where a window serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// 全国
    National,
    /// 兵庫県
    Hyogo,
    /// 播磨・西播磨 (姫路 and the towns around it, たつの市 included)
    Harima,
    /// たつの市
    Tatsuno,
}

impl Area {
    /// Every area, widest first.
    pub const ALL: [Area; 4] = [Area::National, Area::Hyogo, Area::Harima, Area::Tatsuno];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            Area::National => "national",
            Area::Hyogo => "hyogo",
            Area::Harima => "harima",
            Area::Tatsuno => "tatsuno",
        }
    }

    /// The area for an id.
    pub fn from_id(id: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// How a person can reach a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// 電話
    Phone,
    /// SNS・チャット
    Chat,
    /// メール
    Mail,
    /// 窓口 (visit in person)
    Visit,
    /// A web page that lists further ways to reach help.
    Web,
}

impl Method {
    /// Every method, in filter order.
    pub const ALL: [Method; 5] = [
        Method::Phone,
        Method::Chat,
        Method::Mail,
        Method::Visit,
        Method::Web,
    ];

    /// The id used in the data file and in URLs.
    pub const fn id(self) -> &'static str {
        match self {
            Method::Phone => "phone",
            Method::Chat => "chat",
            Method::Mail => "mail",
            Method::Visit => "visit",
            Method::Web => "web",
        }
    }

    /// The method for an id.
    pub fn from_id(id: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// A phone number that passed the build's checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As written for people: `0120-279-338`.
    pub display: &'static str,
    /// The `tel:` URI.
    pub tel: &'static str,
    /// What a call costs.
    pub cost: Cost,
    /// For a short code (`#8891`): an ordinary number of the same line,
    /// for phones whose links cannot dial `#` (see [`super::dial`]).
    pub ordinary: Option<&'static Ordinary>,
}

/// An ordinary number that reaches the same line as a short code, with its
/// own source (it may come from another page than the window's facts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ordinary {
    /// The number (never a short code itself).
    pub phone: Phone,
    /// Which lines it is given for (「NTTひかり電話などからかける時」).
    pub label: &'static str,
    /// `label` in やさしい日本語.
    pub label_easy: &'static str,
    /// `label` in English.
    pub label_en: &'static str,
    /// Where the number comes from.
    pub source: Source,
}

impl Ordinary {
    /// The label in `lang`.
    pub const fn label_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.label, self.label_easy, self.label_en)
    }
}

/// One way to reach a window, with its own hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Phone, chat, mail, visit or web.
    pub method: Method,
    /// A short label when a window has several of one kind (「岩手・宮城・福島から」).
    pub label: &'static str,
    /// `label` in やさしい日本語.
    pub label_easy: &'static str,
    /// `label` in English.
    pub label_en: &'static str,
    /// The number, for phone contacts.
    pub phone: Option<Phone>,
    /// The page, for chat, mail and web contacts.
    pub url: Option<&'static str>,
    /// When it answers.
    pub hours: Hours,
    /// What the hours do not say (「受付は21:30まで」), or empty.
    pub hours_note: &'static str,
    /// `hours_note` in やさしい日本語.
    pub hours_note_easy: &'static str,
    /// `hours_note` in English.
    pub hours_note_en: &'static str,
}

impl Contact {
    /// The label in `lang` (empty when there is none).
    pub const fn label_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.label, self.label_easy, self.label_en)
    }

    /// The note on the hours in `lang` (empty when there is none).
    pub const fn hours_note_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.hours_note, self.hours_note_easy, self.hours_note_en)
    }
}

/// How sure we are of a window's facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Seen on the official or operator page cited.
    Verified,
    /// Seen only in a secondary source (news, another body's page); shown
    /// with the source's own date.
    Secondary,
}

/// Where a window's facts come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The page the facts were read from.
    pub url: &'static str,
    /// When we last checked the facts against it.
    pub verified: Date,
    /// Verified or secondary.
    pub confidence: Confidence,
    /// For secondary facts: the date of the source, as written (「2022年8月」).
    pub as_of: &'static str,
    /// `as_of` in やさしい日本語.
    pub as_of_easy: &'static str,
    /// `as_of` in English.
    pub as_of_en: &'static str,
}

impl Source {
    /// The date of a secondary source in `lang`.
    pub const fn as_of_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.as_of, self.as_of_easy, self.as_of_en)
    }
}

/// A consultation window (相談窓口). Two windows are equal when their ids
/// are (ids are unique: the build checks), which keeps comparisons in the
/// UI's memos small.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// Stable id, used in URLs (`window/?id=…`).
    pub id: &'static str,
    /// The name people know it by.
    pub name: &'static str,
    /// The name in やさしい日本語 (usually the same proper name).
    pub name_easy: &'static str,
    /// The name in English: the official English name, or a faithful
    /// description.
    pub name_en: &'static str,
    /// The reading of the name in hiragana.
    pub reading: &'static str,
    /// Who runs it.
    pub organisation: &'static str,
    /// Who runs it, in やさしい日本語.
    pub organisation_easy: &'static str,
    /// Who runs it, in English.
    pub organisation_en: &'static str,
    /// What it helps with, in plain words.
    pub helps: &'static str,
    /// What it helps with, in やさしい日本語.
    pub helps_easy: &'static str,
    /// What it helps with, in English.
    pub helps_en: &'static str,
    /// Worry categories.
    pub categories: &'static [Category],
    /// Who it is for.
    pub audiences: &'static [Audience],
    /// Where it serves.
    pub area: Area,
    /// One of the lines for 「今すぐ話したい」.
    pub crisis: bool,
    /// Ways to reach it.
    pub contacts: &'static [Contact],
    /// Extra words people may search for it by.
    pub keywords: &'static [&'static str],
    /// Where the facts come from.
    pub source: Source,
    /// Anything else a caller should know, or empty.
    pub note: &'static str,
    /// `note` in やさしい日本語.
    pub note_easy: &'static str,
    /// `note` in English.
    pub note_en: &'static str,
}

impl PartialEq for Window {
    fn eq(&self, other: &Window) -> bool {
        self.id == other.id
    }
}

impl Eq for Window {}

impl Window {
    /// The name in `lang`. In English, show [`Window::name`] beside it:
    /// people may need to say it on the phone.
    pub const fn name_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.name, self.name_easy, self.name_en)
    }

    /// What it helps with, in `lang`.
    pub const fn helps_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.helps, self.helps_easy, self.helps_en)
    }

    /// Who runs it, in `lang`.
    pub const fn organisation_in(&self, lang: Lang) -> &'static str {
        lang.pick(
            self.organisation,
            self.organisation_easy,
            self.organisation_en,
        )
    }

    /// The note in `lang` (empty when there is none).
    pub const fn note_in(&self, lang: Lang) -> &'static str {
        lang.pick(self.note, self.note_easy, self.note_en)
    }

    /// The first phone contact and its number, for call buttons.
    pub fn main_phone(&self) -> Option<(&'static Contact, Phone)> {
        let contacts: &'static [Contact] = self.contacts;
        contacts.iter().find_map(|c| c.phone.map(|p| (c, p)))
    }

    /// Whether the window runs only in dated periods (#9999): no contact
    /// has standing hours, every one has special periods.
    pub fn is_seasonal(&self) -> bool {
        !self.contacts.is_empty()
            && self.contacts.iter().all(|c| {
                matches!(c.hours, Hours::Known { periods: &[], special, .. } if !special.is_empty())
            })
    }

    /// Whether the window is offered at `now`: always, unless it is
    /// seasonal and none of its periods is running.
    pub fn in_season(&self, now: JstTime) -> bool {
        !self.is_seasonal() || self.contacts.iter().any(|c| c.hours.state(now).is_open())
    }

    /// Whether the window offers a method.
    pub fn offers(&self, method: Method) -> bool {
        self.contacts.iter().any(|c| c.method == method)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back() {
        for area in Area::ALL {
            assert_eq!(Area::from_id(area.id()), Some(area));
        }
        for method in Method::ALL {
            assert_eq!(Method::from_id(method.id()), Some(method));
        }
    }
}
