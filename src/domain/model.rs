//! The consultation windows as the app holds them: plain `'static` data,
//! generated at build time from `data/windows.toml` (see [`super::source`]).

use super::calendar::Date;
use super::category::{Audience, Category};
use super::phone::Cost;
use super::schedule::Hours;

/// Where a window serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// 全国
    National,
    /// 兵庫県
    Hyogo,
    /// たつの市
    Tatsuno,
}

impl Area {
    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            Area::National => "national",
            Area::Hyogo => "hyogo",
            Area::Tatsuno => "tatsuno",
        }
    }

    /// The area for an id.
    pub fn from_id(id: &str) -> Option<Area> {
        [Area::National, Area::Hyogo, Area::Tatsuno]
            .into_iter()
            .find(|a| a.id() == id)
    }

    /// The label in Japanese.
    pub const fn label(self) -> &'static str {
        match self {
            Area::National => "全国",
            Area::Hyogo => "兵庫県",
            Area::Tatsuno => "たつの市",
        }
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

    /// The label in Japanese.
    pub const fn label(self) -> &'static str {
        match self {
            Method::Phone => "電話",
            Method::Chat => "SNS・チャット",
            Method::Mail => "メール",
            Method::Visit => "窓口",
            Method::Web => "ウェブ",
        }
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
}

/// One way to reach a window, with its own hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// Phone, chat, mail, visit or web.
    pub method: Method,
    /// A short label when a window has several of one kind (「岩手・宮城・福島から」).
    pub label: &'static str,
    /// The number, for phone contacts.
    pub phone: Option<Phone>,
    /// The page, for chat, mail and web contacts.
    pub url: Option<&'static str>,
    /// When it answers.
    pub hours: Hours,
    /// What the hours do not say (「受付は21:30まで」), or empty.
    pub hours_note: &'static str,
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
}

/// A consultation window (相談窓口).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Stable id, used in URLs (`window/?id=…`).
    pub id: &'static str,
    /// The name people know it by.
    pub name: &'static str,
    /// The reading of the name in hiragana.
    pub reading: &'static str,
    /// Who runs it.
    pub organisation: &'static str,
    /// What it helps with, in plain words.
    pub helps: &'static str,
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
}

impl Window {
    /// The first phone contact and its number, for call buttons.
    pub fn main_phone(&self) -> Option<(&'static Contact, Phone)> {
        let contacts: &'static [Contact] = self.contacts;
        contacts.iter().find_map(|c| c.phone.map(|p| (c, p)))
    }

    /// Whether the window offers a method.
    pub fn offers(&self, method: Method) -> bool {
        self.contacts.iter().any(|c| c.method == method)
    }
}
