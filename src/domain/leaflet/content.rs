//! What the printed layouts say: which lines they list, in which order and
//! group, and each line's number, cost and hours, straight from the bundled
//! data (`data/windows.toml`). A leaflet stays on a counter for months, so
//! every line is listed whatever its state at the time of printing, always
//! with its hours as the data describes them ([`hours_text::hours`]).
//!
//! [`hours_text::hours`]: crate::domain::hours_text::hours

use crate::domain::calendar::Date;
use crate::domain::category::{Audience, Category};
use crate::domain::data::HEALTH_DIVISION_ID;
use crate::domain::hours_text;
use crate::domain::i18n::{self, Leaflet};
use crate::domain::lang::Lang;
use crate::domain::model::{Confidence, Contact, Method, Window};
use crate::domain::phone::Cost;
use crate::domain::schedule::Hours;

use super::typeset::{Block, Row, Style};

/// How many crisis lines a pocket card and a poster carry.
pub const SHORT_LIST: usize = 3;

/// The phone contacts of a window, in data order.
pub fn phones(window: &Window) -> impl Iterator<Item = &'static Contact> {
    let contacts: &'static [Contact] = window.contacts;
    contacts
        .iter()
        .filter(|c| c.method == Method::Phone && c.phone.is_some())
}

/// Whether a window goes on paper: it has a phone contact, and it is a
/// standing line. A line that runs only in announced periods (#9999) is left
/// off: a leaflet hangs for months, most of them outside any period.
fn has_phone(window: &Window) -> bool {
    !window.is_seasonal() && phones(window).next().is_some()
}

fn foreign(window: &Window) -> bool {
    window.audiences.contains(&Audience::ForeignLanguage)
}

/// In English, the lines that help in foreign languages come first; the
/// order is otherwise the data's.
fn english_first(mut list: Vec<&Window>, lang: Lang) -> Vec<&Window> {
    if lang == Lang::En {
        list.sort_by_key(|w| !foreign(w));
    }
    list
}

/// The lines of 「今すぐ話したいとき」: every crisis line with a phone.
pub fn crisis_lines(windows: &[Window], lang: Lang) -> Vec<&Window> {
    english_first(
        windows
            .iter()
            .filter(|w| w.crisis && has_phone(w))
            .collect(),
        lang,
    )
}

/// The three crisis lines of a card or a poster: lines whose facts are
/// confirmed on the operator's page first (a card is kept for months and has
/// no room for a caveat), free calls before charged ones, then in data order
/// (in English, the foreign-language lines before all).
pub fn short_crisis_lines(windows: &[Window], lang: Lang) -> Vec<&Window> {
    let mut list = crisis_lines(windows, lang);
    list.sort_by_key(|w| {
        let free = w.main_phone().is_some_and(|(_, p)| p.cost == Cost::Free);
        let confirmed = w.source.confidence == Confidence::Verified;
        (lang == Lang::En && !foreign(w), !confirmed, !free)
    });
    list.truncate(SHORT_LIST);
    list
}

/// たつの市 健康課, the network's own office.
pub fn health_division(windows: &[Window]) -> Option<&Window> {
    windows
        .iter()
        .find(|w| w.id == HEALTH_DIVISION_ID && has_phone(w))
}

/// The lines for worries, grouped: each line with a phone that is neither a
/// crisis line nor the health division goes once, under the first of its
/// own categories that is chosen (`None`: every category). Groups follow
/// the order of the category grid; a chosen category with no line of its
/// own is kept (empty), so the leaflet can point to the crisis lines.
pub fn worry_groups<'a>(
    windows: &'a [Window],
    chosen: Option<&[Category]>,
    lang: Lang,
) -> Vec<(Category, Vec<&'a Window>)> {
    let picked = |c: &Category| chosen.is_none_or(|list| list.contains(c));
    let mut groups: Vec<(Category, Vec<&'a Window>)> = Category::ALL
        .into_iter()
        .filter(|c| picked(c))
        .map(|c| (c, Vec::new()))
        .collect();
    for window in windows {
        if window.crisis || window.id == HEALTH_DIVISION_ID || !has_phone(window) {
            continue;
        }
        let Some(first) = window.categories.iter().find(|c| picked(c)) else {
            continue;
        };
        if let Some((_, list)) = groups.iter_mut().find(|(c, _)| c == first) {
            list.push(window);
        }
    }
    groups
        .into_iter()
        .filter(|(_, list)| chosen.is_some() || !list.is_empty())
        .map(|(c, list)| (c, english_first(list, lang)))
        .collect()
}

/// The hours of a contact as printed: its periods and closures on one line
/// ([`hours_text::hours`]), then the note on them; when the data knows no
/// hours but its note says what they depend on, the note alone.
///
/// [`hours_text::hours`]: crate::domain::hours_text::hours
pub fn hours_lines(contact: &Contact, lang: Lang) -> Vec<String> {
    hours_with_note(contact, lang, false)
}

/// [`hours_lines`] with only the first sentence of the note, which says
/// what the hours are (a card has no room for what follows).
pub fn short_hours_lines(contact: &Contact, lang: Lang) -> Vec<String> {
    hours_with_note(contact, lang, true)
}

fn hours_with_note(contact: &Contact, lang: Lang, short: bool) -> Vec<String> {
    let mut note = contact.hours_note_in(lang);
    if short {
        note = first_sentence(note);
    }
    let mut lines = Vec::with_capacity(2);
    if contact.hours != Hours::Unknown || note.is_empty() {
        lines.push(hours_text::hours(contact.hours, &i18n::hours_words(lang)).join(" / "));
    }
    if !note.is_empty() {
        lines.push(note.to_owned());
    }
    lines
}

/// The first sentence of `text` (up to 「。」 or ". "), or all of it.
fn first_sentence(text: &str) -> &str {
    let end = text
        .find('。')
        .map(|i| i + '。'.len_utf8())
        .or_else(|| text.find(". ").map(|i| i + 1))
        .unwrap_or(text.len());
    &text[..end]
}

/// The oldest check date of the lines printed: every fact on the page was
/// checked on that day or later.
pub fn verified(windows: &[&Window]) -> Option<Date> {
    windows
        .iter()
        .map(|w| w.source.verified)
        .min_by_key(|d| d.days_since_epoch())
}

/// A date as printed: 「2026年11月25日」, `25 Nov 2026`.
pub fn date_text(date: Date, lang: Lang) -> String {
    let month = i18n::hours_words(lang).month(date.month);
    i18n::leaflet(lang).print_date(&date.year.to_string(), month, &date.day.to_string())
}

/// The sizes a window's block is set in, mm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    /// The window's name.
    pub name: f64,
    /// Hours, costs, labels and notes.
    pub text: f64,
    /// Phone numbers.
    pub number: f64,
}

/// A window as a block: its name (in English, the Japanese name people say
/// on the phone, then the English one) with where secondary facts come
/// from; and for every phone its label, the number with its cost, and its
/// hours.
pub fn window_block(window: &Window, lang: Lang, sizes: Sizes) -> Block {
    full_block(window, lang, sizes, usize::MAX)
}

/// [`window_block`] with the main number only (posters: large type).
pub fn main_number_block(window: &Window, lang: Lang, sizes: Sizes) -> Block {
    full_block(window, lang, sizes, 1)
}

fn full_block(window: &Window, lang: Lang, sizes: Sizes, numbers: usize) -> Block {
    let t = i18n::leaflet(lang);
    let small = Style::plain(sizes.text);
    // In English, the Japanese name people say on the phone, then the
    // English one; elsewhere the name, then where secondary facts come from.
    // English names the lines that help in foreign languages.
    let (after, source_after) = match lang {
        Lang::En if foreign(window) => (
            format!("{}{}{}", window.name_en, t.print_separator, t.print_foreign),
            true,
        ),
        Lang::En => (window.name_en.to_owned(), true),
        _ => (source_note(window, lang), false),
    };
    let mut rows = vec![Row::Inline {
        first: window.name_in(said(lang)).to_owned(),
        first_style: Style::bold(sizes.name),
        after,
        after_style: small,
    }];
    for contact in phones(window).take(numbers) {
        let Some(phone) = contact.phone else {
            continue;
        };
        let label = contact.label_in(lang);
        if !label.is_empty() {
            rows.push(Row::Text(label.to_owned(), small));
        }
        rows.push(Row::Inline {
            first: phone.display.to_owned(),
            first_style: Style::bold(sizes.number).class("number"),
            after: i18n::cost_label(phone.cost, lang).to_owned(),
            after_style: small,
        });
        for line in hours_lines(contact, lang) {
            rows.push(Row::Text(line, small));
        }
    }
    let note = source_note(window, lang);
    if source_after
        && !note.is_empty()
        && let Some(Row::Text(last, _)) = rows.last_mut()
    {
        last.push(' ');
        last.push_str(&note);
    }
    Block {
        rows,
        class: "entry",
        window: window.id,
        heading: false,
        bar: false,
    }
}

/// The language a window's name is printed in: the Japanese name people
/// say on the phone stays in English.
fn said(lang: Lang) -> Lang {
    if lang == Lang::En { Lang::Ja } else { lang }
}

/// Where a window's facts come from, when that is not its own page.
fn source_note(window: &Window, lang: Lang) -> String {
    if window.source.confidence == Confidence::Secondary {
        i18n::leaflet(lang).print_secondary(window.source.as_of_in(lang))
    } else {
        String::new()
    }
}

/// What a compact block shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compact {
    /// How many of the window's numbers.
    pub numbers: usize,
    /// Where secondary facts come from.
    pub source: bool,
    /// The cost of an ordinary call (else only free and charged-extra
    /// calls say what they cost).
    pub ordinary_cost: bool,
    /// In English, the English name after the Japanese one.
    pub english_name: bool,
    /// Notes on the hours cut to their first sentence.
    pub short_notes: bool,
}

impl Compact {
    /// The list of all worries on the leaflet: everything.
    pub const LIST: Compact = Compact {
        numbers: usize::MAX,
        source: true,
        ordinary_cost: true,
        english_name: true,
        short_notes: false,
    };
    /// A pocket card: the main number, what it costs when that is not an
    /// ordinary call, and the hours.
    pub const CARD: Compact = Compact {
        numbers: 1,
        source: false,
        ordinary_cost: false,
        english_name: false,
        short_notes: true,
    };
}

/// A compact block (the list of all worries, cards): the name with the
/// number after it, then the cost with the hours; each further number with
/// its label.
pub fn compact_block(window: &Window, lang: Lang, sizes: Sizes, shown: Compact) -> Block {
    let t = i18n::leaflet(lang);
    let small = Style::plain(sizes.text);
    let separator = t.print_separator;
    let mut rows = Vec::new();
    for (i, contact) in phones(window).take(shown.numbers).enumerate() {
        let Some(phone) = contact.phone else {
            continue;
        };
        let first = if i == 0 {
            let name = window.name_in(said(lang));
            if lang == Lang::En && shown.english_name {
                format!("{name} {}", window.name_en)
            } else {
                name.to_owned()
            }
        } else {
            contact.label_in(lang).to_owned()
        };
        rows.push(Row::Inline {
            first,
            first_style: Style::bold(sizes.name),
            after: phone.display.to_owned(),
            after_style: Style::bold(sizes.number).class("number"),
        });
        // The cost, the hours and their note in one paragraph.
        let mut parts = Vec::with_capacity(3);
        if shown.ordinary_cost || phone.cost != Cost::Normal {
            parts.push(i18n::cost_label(phone.cost, lang).to_owned());
        }
        parts.extend(hours_with_note(contact, lang, shown.short_notes));
        rows.push(Row::Text(parts.join(separator), small));
    }
    let note = source_note(window, lang);
    if shown.source
        && !note.is_empty()
        && let Some(Row::Text(last, _)) = rows.last_mut()
    {
        *last = t.print_with_source(last, &note);
    }
    if lang == Lang::En
        && foreign(window)
        && let Some(Row::Text(last, _)) = rows.last_mut()
    {
        last.push_str(separator);
        last.push_str(t.print_foreign);
    }
    Block {
        rows,
        class: "entry",
        window: window.id,
        heading: false,
        bar: false,
    }
}

/// A heading block (a tinted bar).
pub fn heading(text: &str, size: f64) -> Block {
    Block {
        rows: vec![Row::Text(text.to_owned(), Style::bold(size))],
        class: "heading",
        window: "",
        heading: true,
        bar: true,
    }
}

/// A heading on a bar with a lead after it (on the same line when it fits).
pub fn heading_with_lead(text: &str, size: f64, lead: &str, lead_size: f64) -> Block {
    Block {
        rows: vec![Row::Inline {
            first: text.to_owned(),
            first_style: Style::bold(size),
            after: lead.to_owned(),
            after_style: Style::plain(lead_size),
        }],
        ..heading(text, size)
    }
}

/// A small heading: bold text over a rule.
pub fn subheading(text: &str, size: f64) -> Block {
    Block {
        bar: false,
        ..heading(text, size)
    }
}

/// The printed words in `lang`.
pub fn words(lang: Lang) -> &'static Leaflet {
    i18n::leaflet(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::data::WINDOWS;

    fn ids(list: &[&Window]) -> Vec<&'static str> {
        list.iter().map(|w| w.id).collect()
    }

    #[test]
    fn the_crisis_block_is_never_empty_and_english_puts_foreign_languages_first() {
        for lang in Lang::ALL {
            let lines = crisis_lines(WINDOWS, lang);
            assert!(lines.len() >= SHORT_LIST, "{lang:?}");
            assert!(lines.iter().all(|w| w.crisis && has_phone(w)));
        }
        let en = crisis_lines(WINDOWS, Lang::En);
        let first_plain = en.iter().position(|w| !foreign(w)).unwrap_or(en.len());
        assert!(en[..first_plain].iter().all(|w| foreign(w)));
        assert!(en[first_plain..].iter().all(|w| !foreign(w)));
        assert!(foreign(en[0]), "a foreign-language crisis line exists");
    }

    #[test]
    fn cards_carry_three_crisis_lines_free_first() {
        for lang in Lang::ALL {
            let short = short_crisis_lines(WINDOWS, lang);
            assert_eq!(short.len(), SHORT_LIST);
            assert!(short.iter().all(|w| w.crisis));
            let confirmed = |w: &&Window| w.source.confidence == Confidence::Verified;
            let first_unconfirmed = short.iter().position(|w| !confirmed(w));
            if let Some(at) = first_unconfirmed {
                assert!(short[at..].iter().all(|w| !confirmed(w)), "{lang:?}");
            }
        }
        // #いのちSOS is free, but its hours are unconfirmed: a confirmed line
        // goes before it.
        assert_eq!(
            ids(&short_crisis_lines(WINDOWS, Lang::Ja)),
            ["yorisoi", "inochi-free", "hyogo-inochi"]
        );
    }

    #[test]
    fn every_worry_line_goes_once_under_a_chosen_worry() {
        let all = worry_groups(WINDOWS, None, Lang::Ja);
        let listed: Vec<&str> = all
            .iter()
            .flat_map(|(_, l)| l.iter().map(|w| w.id))
            .collect();
        let mut unique = listed.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), listed.len(), "no line twice");
        for w in WINDOWS {
            let expected = !w.crisis && w.id != HEALTH_DIVISION_ID && has_phone(w);
            assert_eq!(listed.contains(&w.id), expected, "{}", w.id);
            if w.is_seasonal() {
                assert!(!listed.contains(&w.id), "{}: a seasonal line", w.id);
                assert!(!crisis_lines(WINDOWS, Lang::Ja).iter().any(|c| c.id == w.id));
            }
        }
        assert!(
            WINDOWS.iter().any(|w| w.is_seasonal()),
            "#9999 is in the data"
        );
        // A bar picks money and work: every line listed serves one of them.
        let chosen = [Category::Money, Category::Work];
        let groups = worry_groups(WINDOWS, Some(&chosen), Lang::Ja);
        assert_eq!(
            groups.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
            chosen.to_vec()
        );
        for (c, list) in &groups {
            assert!(!list.is_empty());
            assert!(list.iter().all(|w| w.categories.contains(c)));
        }
        // A worry served only by crisis lines is kept, empty.
        let groups = worry_groups(WINDOWS, Some(&[Category::Unsure]), Lang::Ja);
        assert_eq!(groups.len(), 1);
    }

    #[test]
    fn a_note_is_cut_after_its_first_sentence() {
        assert_eq!(
            first_sentence("受付時間は市役所の開庁時間です。くわしくは電話でおたずねください。"),
            "受付時間は市役所の開庁時間です。"
        );
        assert_eq!(
            first_sentence("Open during city office hours. Please call to ask."),
            "Open during city office hours."
        );
        assert_eq!(first_sentence("no end"), "no end");
    }

    #[test]
    fn dates_in_three_languages() {
        let date = Date::new(2026, 11, 25).expect("a date");
        assert_eq!(date_text(date, Lang::Ja), "2026年11月25日");
        assert_eq!(date_text(date, Lang::En), "25 Nov 2026");
        let printed: Vec<&Window> = WINDOWS.iter().collect();
        assert!(verified(&printed).is_some());
        assert_eq!(verified(&[]), None);
    }
}
