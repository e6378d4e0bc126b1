//! The message catalogue: all UI text in 日本語, やさしい日本語 and English.
//!
//! The texts live in `data/i18n/<section>.toml`; the build checks them (a
//! key missing in any language stops it, see `data/catalogue.rs`) and
//! generates one struct per section. A page reads its section once:
//!
//! ```ignore
//! let t = i18n::common(lang);
//! view! { <h1>{t.route_home}</h1> }
//! ```
//!
//! The functions below name the app's own enums (pages, worries, costs, …)
//! in a language (`data/i18n/labels.toml`),
//! and word the state and hours of a contact.

use super::calendar::JstTime;
use super::category::{Audience, Category};
use super::hours_text::{self, HoursWords};
use super::lang::Lang;
use super::model::{Area, Contact, Method};
use super::phone::{self, Cost};
use super::route::Route;
use super::schedule::{DayRule, Hours, OpenState};
#[cfg(feature = "full")]
use super::spot::{District, Kind};

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// The name of a page, for the navigation and the document title.
pub fn route_label(route: Route, lang: Lang) -> &'static str {
    let t = common(lang);
    match route {
        Route::Home => t.route_home,
        Route::Window => t.route_window,
        Route::Spots => t.route_spots,
        Route::Sticker => t.route_sticker,
        Route::Leaflet => t.route_leaflet,
        Route::Register => t.route_register,
        Route::About => t.route_about,
        Route::Privacy => t.route_privacy,
        Route::Guide => t.route_guide,
        Route::Staff => t.route_staff,
        Route::NotFound => t.route_not_found,
    }
}

/// The name of a kind of partner spot, on the spots page: in 日本語 the
/// directory's own word ([`Kind::label`]).
#[cfg(feature = "full")]
pub fn spot_kind_label(kind: Kind, lang: Lang) -> &'static str {
    let t = spots(lang);
    match kind {
        Kind::Company => t.kind_company,
        Kind::Shop => t.kind_shop,
        Kind::Medical => t.kind_medical,
        Kind::Group => t.kind_group,
        Kind::Public => t.kind_public,
        Kind::Individual => t.kind_individual,
    }
}

/// The name of a district of the city, on the spots page: in 日本語 the
/// directory's own word ([`District::label`]), in やさしい日本語 with its
/// reading.
#[cfg(feature = "full")]
pub fn district_label(district: District, lang: Lang) -> &'static str {
    let t = spots(lang);
    match district {
        District::Tatsuno => t.district_tatsuno,
        District::Shingu => t.district_shingu,
        District::Ibogawa => t.district_ibogawa,
        District::Mitsu => t.district_mitsu,
    }
}

/// The name of a worry category: its button, its heading, the leaflet's.
pub fn category_label(category: Category, lang: Lang) -> &'static str {
    let t = labels(lang);
    match category {
        Category::Crisis => t.category_crisis,
        Category::Mental => t.category_mental,
        Category::Money => t.category_money,
        Category::Work => t.category_work,
        Category::Family => t.category_family,
        Category::Parenting => t.category_parenting,
        Category::School => t.category_school,
        Category::Violence => t.category_violence,
        Category::Health => t.category_health,
        Category::Care => t.category_care,
        Category::Rights => t.category_rights,
        Category::Lgbtq => t.category_lgbtq,
        Category::Legal => t.category_legal,
        Category::Unsure => t.category_unsure,
    }
}

/// Who a window is for.
pub fn audience_label(audience: Audience, lang: Lang) -> &'static str {
    let t = labels(lang);
    match audience {
        Audience::Anyone => t.audience_anyone,
        Audience::Young => t.audience_young,
        Audience::Women => t.audience_women,
        Audience::Workers => t.audience_workers,
        Audience::Elderly => t.audience_elderly,
        Audience::ForeignLanguage => t.audience_foreign_language,
        Audience::SexualMinority => t.audience_sexual_minority,
        Audience::Supporters => t.audience_supporters,
    }
}

/// Where a window serves.
pub fn area_label(area: Area, lang: Lang) -> &'static str {
    let t = labels(lang);
    match area {
        Area::National => t.area_national,
        Area::Hyogo => t.area_hyogo,
        Area::Harima => t.area_harima,
        Area::Tatsuno => t.area_tatsuno,
    }
}

/// How a window is reached.
pub fn method_label(method: Method, lang: Lang) -> &'static str {
    let t = labels(lang);
    match method {
        Method::Phone => t.method_phone,
        Method::Chat => t.method_chat,
        Method::Mail => t.method_mail,
        Method::Visit => t.method_visit,
        Method::Web => t.method_web,
    }
}

/// What a call costs, short, as on a call button.
pub fn cost_label(cost: Cost, lang: Lang) -> &'static str {
    let t = labels(lang);
    match cost {
        Cost::Free => t.cost_free,
        Cost::Navi => t.cost_navi,
        Cost::Normal => t.cost_normal,
        Cost::Varies => t.cost_varies,
    }
}

/// What a call costs, as a sentence.
pub fn cost_explain(cost: Cost, lang: Lang) -> &'static str {
    let t = labels(lang);
    match cost {
        Cost::Free => t.cost_free_explain,
        Cost::Navi => t.cost_navi_explain,
        Cost::Normal => t.cost_normal_explain,
        Cost::Varies => t.cost_varies_explain,
    }
}

/// A number's digits spelled out for screen readers in `lang`: 「0 1 2 0、
/// 2 7 9、3 3 8」, `hash 8 0 0 8`.
pub fn spoken_number(display: &str, lang: Lang) -> String {
    let t = labels(lang);
    phone::spoken(display, t.number_hash, t.number_groups)
}

/// The words hours are written with in `lang` (`data/i18n/opening_hours.toml`).
pub fn hours_words(lang: Lang) -> HoursWords<'static> {
    let t = opening_hours(lang);
    HoursWords {
        every_day: t.every_day,
        heijitsu: t.heijitsu,
        weekends_holidays: t.weekends_holidays,
        holidays_only: t.holidays_only,
        weekdays: t.weekdays,
        weekday_range: t.weekday_range,
        day_separator: t.day_separator,
        month_day: t.month_day,
        ordinal_one: t.ordinal_one,
        ordinal_two: t.ordinal_two,
        ordinal_few: t.ordinal_few,
        ordinal_other: t.ordinal_other,
        nth_weekday: t.nth_weekday,
        nth: t.nth,
        nth_separator: t.nth_separator,
        weekdays_nth: t.weekdays_nth,
        all_day: t.all_day,
        period: t.period,
        next_day: t.next_day,
        hours_unknown: t.hours_unknown,
        state_unknown: t.state_unknown,
        state_always: t.state_always,
        state_open_until: t.state_open_until,
        state_closed: t.state_closed,
        state_closed_until: t.state_closed_until,
        tomorrow: t.tomorrow,
        date_time: t.date_time,
        months: t.months,
        weekdays_date: t.weekdays_date,
    }
}

/// What a contact's status line says at `now`: whether it is open; on a
/// holiday or year-end day its source does not speak of, 「年末年始・祝日は
/// 窓口にご確認ください」 (never 「受付中」); when its hours are not known but
/// its note says why (「受付時間は、つながる先の都道府県によって違います。」),
/// that note.
pub fn line_status(contact: &Contact, now: JstTime, lang: Lang) -> String {
    match contact.hours.state(now) {
        OpenState::Unsure => home(lang).status_holiday.to_owned(),
        OpenState::Unknown if !contact.hours_note.is_empty() => {
            contact.hours_note_in(lang).to_owned()
        }
        state => hours_text::open_state(state, now, &hours_words(lang)),
    }
}

/// A contact's hours in `lang`: a special opening while it lasts, each
/// period, then what happens on holidays and at the year-end
/// (「祝日・年末年始（12/29〜1/3）：休み」).
pub fn hours_lines(hours: Hours, now: JstTime, lang: Lang) -> Vec<String> {
    let t = home(lang);
    let words = hours_words(lang);
    let special = hours
        .special_at(now)
        .map(|s| t.special_open(&hours_text::when(now, JstTime::from_minutes(s.end), &words)));
    let mut lines: Vec<String> = special
        .into_iter()
        .chain(hours_text::hours(hours, &words))
        .collect();
    // A seasonal contact (only dated periods) has no days to speak of.
    if let Hours::Known {
        periods: [_, ..],
        holidays,
        year_end,
        ..
    } = hours
    {
        let rule = |r| match r {
            DayRule::Open => t.rule_open,
            DayRule::Closed => t.rule_closed,
            DayRule::Unknown => t.rule_unknown,
        };
        if holidays == year_end {
            lines.push(format!("{}{}", t.days_both, rule(holidays)));
        } else {
            lines.push(format!("{}{}", t.days_holidays, rule(holidays)));
            lines.push(format!("{}{}", t.days_year_end, rule(year_end)));
        }
    }
    lines
}

/// A piece of a catalogue text: words as they are, a `{placeholder}` (by
/// name), or the words of a `[marked span]` (see `data/catalogue.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// Words shown as they are.
    Words(&'a str),
    /// The name of a placeholder, without its braces.
    Value(&'a str),
    /// The words of the marked span, without its brackets.
    Marked(&'a str),
}

/// The pieces of a catalogue text, in order, borrowed from it. A `{` or `[`
/// that is never closed is words to the end (the build refuses such a text).
pub fn parts(text: &str) -> impl Iterator<Item = Part<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let close = |c| rest.find(c);
        let (part, len) = match rest.as_bytes().first()? {
            b'{' => close('}').map(|end| (Part::Value(&rest[1..end]), end + 1)),
            b'[' => close(']').map(|end| (Part::Marked(&rest[1..end]), end + 1)),
            _ => None,
        }
        .unwrap_or_else(|| {
            // Up to the next `{` or `[` that is not the first character.
            let end = rest
                .char_indices()
                .skip(1)
                .find(|&(_, c)| c == '{' || c == '[')
                .map_or(rest.len(), |(at, _)| at);
            (Part::Words(&rest[..end]), end)
        });
        rest = &rest[len..];
        Some(part)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_splits_into_words_values_and_a_marked_span() {
        use Part::{Marked, Value, Words};
        let all = |text| parts(text).collect::<Vec<_>>();
        assert_eq!(
            all("Ask {office} (phone {phone})."),
            vec![
                Words("Ask "),
                Value("office"),
                Words(" (phone "),
                Value("phone"),
                Words(").")
            ]
        );
        assert_eq!(
            all("[x]と{a}{b}"),
            vec![Marked("x"), Words("と"), Value("a"), Value("b")]
        );
        assert_eq!(all("words"), vec![Words("words")]);
        assert_eq!(all(""), vec![]);
        // Unclosed: words to the end, nothing lost.
        assert_eq!(all("a{b"), vec![Words("a"), Words("{b")]);
        assert_eq!(all("a[b"), vec![Words("a"), Words("[b")]);
        assert_eq!(all("{"), vec![Words("{")]);
    }

    /// The parts put back together, braces and brackets restored.
    fn rejoin(text: &str) -> String {
        parts(text)
            .map(|p| match p {
                Part::Words(w) => w.to_owned(),
                Part::Value(name) => format!("{{{name}}}"),
                Part::Marked(w) => format!("[{w}]"),
            })
            .collect()
    }

    /// Every text of up to five characters from `a{}[]あ` comes back whole
    /// (nothing dropped or doubled, whatever the marks).
    #[test]
    fn the_parts_of_any_text_give_it_back() {
        const ALPHABET: [char; 6] = ['a', '{', '}', '[', ']', '\u{3042}'];
        let mut texts = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| ALPHABET.iter().map(move |c| format!("{t}{c}")))
                .collect();
            for text in &longer {
                assert_eq!(rejoin(text), *text);
                assert!(parts(text).all(|p| p != Part::Words("")), "{text}");
            }
            texts = longer;
        }
    }

    /// The texts with markup in them, in every language.
    #[cfg(feature = "full")]
    #[test]
    fn the_parts_of_the_catalogue_give_it_back() {
        for lang in Lang::ALL {
            let r = register(lang);
            for text in [r.intro, r.unconfirmed, r.to_known, r.ask, r.long] {
                assert_eq!(rejoin(text), text);
            }
            let u = register(lang).unconfirmed;
            assert_eq!(parts(u).filter(|p| matches!(p, Part::Marked(_))).count(), 1);
        }
    }

    use crate::domain::calendar::Date;
    use crate::domain::data::window;

    /// The names of the app's own kinds of things, in every language: none
    /// empty, English in ASCII, no two worries with the same name in one
    /// language, and the facts they carry (0570, かけ放題) in each.
    #[test]
    fn the_apps_own_names_in_every_language() {
        use crate::domain::category::{Audience, Category};
        use crate::domain::model::{Area, Method};
        use crate::domain::phone::Cost;
        use std::collections::HashSet;
        for lang in Lang::ALL {
            let names: Vec<&str> = Category::ALL
                .into_iter()
                .map(|c| category_label(c, lang))
                .chain(Audience::ALL.into_iter().map(|a| audience_label(a, lang)))
                .chain(Area::ALL.into_iter().map(|a| area_label(a, lang)))
                .chain(Method::ALL.into_iter().map(|m| method_label(m, lang)))
                .chain(Cost::ALL.into_iter().map(|c| cost_label(c, lang)))
                .chain(Cost::ALL.into_iter().map(|c| cost_explain(c, lang)))
                .collect();
            assert!(names.iter().all(|n| !n.is_empty()), "{lang:?}");
            if lang == Lang::En {
                assert!(names.iter().all(|n| n.is_ascii()), "{names:?}");
            }
            let worries: HashSet<&str> = Category::ALL
                .into_iter()
                .map(|c| category_label(c, lang))
                .collect();
            assert_eq!(worries.len(), Category::ALL.len(), "{lang:?}");
            assert!(cost_explain(Cost::Navi, lang).contains("0570"), "{lang:?}");
        }
        assert!(cost_explain(Cost::Navi, Lang::Ja).contains("かけ放題"));
        assert!(cost_explain(Cost::Navi, Lang::Easy).contains("かけ放題"));
        assert!(cost_explain(Cost::Navi, Lang::En).contains("unlimited"));
        assert_eq!(
            category_label(Category::Money, Lang::En),
            "Debt, money and living costs"
        );
        assert_eq!(area_label(Area::Harima, Lang::Ja), "播磨・西播磨");
        assert_eq!(method_label(Method::Visit, Lang::Easy), "行って 相談");
        assert_eq!(cost_label(Cost::Free, Lang::Easy), "電話代 無料");
        let [ja, easy, en] = Lang::ALL.map(|lang| spoken_number("#8008-12", lang));
        assert_eq!(
            (ja.as_str(), en.as_str()),
            ("シャープ 8 0 0 8、1 2", "hash 8 0 0 8, 1 2")
        );
        assert_eq!(easy, ja);
    }

    /// The kinds and districts of partner spots: in 日本語 the directory's
    /// own words, in やさしい日本語 a district with its reading, in English
    /// ASCII but for the long vowel of Shingū.
    #[cfg(feature = "full")]
    #[test]
    fn kinds_and_districts_are_named_in_every_language() {
        for k in Kind::ALL {
            let [ja, easy, en] = Lang::ALL.map(|lang| spot_kind_label(k, lang));
            assert_eq!(ja, k.label());
            assert!(!easy.is_empty() && en.is_ascii(), "{easy} {en}");
        }
        for d in District::ALL {
            let [ja, easy, _] = Lang::ALL.map(|lang| district_label(d, lang));
            assert_eq!(ja, d.label());
            assert!(easy.starts_with(d.label()), "{easy}");
        }
        let names = |lang| {
            (
                spot_kind_label(Kind::Public, lang),
                district_label(District::Shingu, lang),
            )
        };
        assert_eq!(
            Lang::ALL.map(names)[1],
            ("市などの 施設", "新宮（しんぐう）")
        );
        assert_eq!(Lang::ALL.map(names)[2], ("Public facility", "Shingū"));
    }

    fn jst(y: i32, m: u8, d: u8, hh: u16) -> JstTime {
        JstTime::at(Date::new(y, m, d).expect("a date"), hh, 0)
    }

    fn main_contact(id: &str) -> &'static Contact {
        window(id)
            .and_then(|w| w.main_phone())
            .map(|(c, _)| c)
            .expect("a phone")
    }

    #[test]
    fn a_line_whose_source_is_silent_asks_to_check_on_holidays() {
        let houterasu = main_contact("houterasu");
        for lang in Lang::ALL {
            assert_eq!(
                line_status(houterasu, jst(2028, 4, 29, 10), lang),
                home(lang).status_holiday
            );
        }
        assert_eq!(
            line_status(houterasu, jst(2026, 12, 30, 10), Lang::Ja),
            "年末年始・祝日は窓口にご確認ください"
        );
        assert_eq!(
            hours_lines(houterasu.hours, jst(2026, 12, 30, 10), Lang::Ja),
            vec![
                "平日 9:00〜21:00",
                "土 9:00〜17:00",
                "祝日・年末年始（12/29〜1/3）：窓口にご確認ください"
            ]
        );
        let childline = main_contact("childline");
        assert_eq!(
            hours_lines(childline.hours, jst(2026, 12, 30, 10), Lang::En),
            vec![
                "Every day 16:00–21:00",
                "Public holidays: open at the same hours",
                "New Year (Dec 29 – Jan 3): closed"
            ]
        );
        let jinken = main_contact("jinken-110");
        assert_eq!(
            line_status(jinken, jst(2026, 12, 30, 10), Lang::Ja),
            "いまは受付時間外・1/4(月) 8:30から"
        );
    }

    #[test]
    fn a_routed_number_says_its_hours_depend_on_where_it_goes() {
        let kokoro = main_contact("kokoro-dial");
        let now = jst(2026, 11, 28, 23);
        assert_eq!(
            line_status(kokoro, now, Lang::Ja),
            "受付時間は、つながる先の都道府県によって違います。"
        );
        assert_eq!(
            line_status(kokoro, now, Lang::En),
            "Hours depend on the prefecture the call goes to."
        );
    }

    #[test]
    fn a_special_opening_is_listed_only_while_it_lasts() {
        let inochi = main_contact("inochi-free");
        let during = hours_lines(inochi.hours, jst(2025, 9, 12, 3), Lang::Ja);
        assert_eq!(during[0], "特別受付：9/17(水) 8:00まで24時間");
        let after = hours_lines(inochi.hours, jst(2025, 9, 17, 8), Lang::Ja);
        assert_eq!(after[0], "毎日 16:00〜21:00");
        assert!(!after.iter().any(|l| l.contains("特別")));
        assert_eq!(
            line_status(inochi, jst(2025, 9, 12, 3), Lang::Ja),
            "受付中（9/17(水) 8:00まで）"
        );
    }
}
