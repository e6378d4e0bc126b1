//! Finding the right window: free-text search that forgives how people
//! write, in Japanese or in English, and the order windows are shown in for
//! a worry category.

use super::calendar::JstTime;
use super::category::{Audience, Category};
use super::i18n;
use super::lang::Lang;
use super::model::{Method, Window};
use super::text::fold;

/// Folded text of one window, prepared once so a keystroke only compares.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    /// The English name.
    name_en: String,
    reading: String,
    keywords: Vec<String>,
    body: String,
    /// Indexes into `SearchIndex::categories`: its categories and audiences.
    categories: Vec<usize>,
}

/// A search index over a list of windows.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Folded labels and keywords (Japanese and English) of every category,
    /// by `Category::ALL` index, then the words of every audience (「外国人」
    /// finds the lines in foreign languages), by `Audience::ALL` index after
    /// the categories.
    categories: Vec<Vec<String>>,
}

/// One search result: the index of a window in the searched list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the windows the index was built from.
    pub index: usize,
    /// Higher is better.
    pub score: u32,
}

impl SearchIndex {
    /// Prepares `windows` for searching.
    pub fn new(windows: &[Window]) -> SearchIndex {
        let categories = Category::ALL
            .iter()
            .map(|c| {
                let mut words = vec![
                    fold(i18n::category_label(*c, Lang::Ja)),
                    fold(i18n::category_label(*c, Lang::En)),
                ];
                words.extend(c.keywords().iter().map(|k| fold(k)));
                words.extend(c.keywords_en().iter().map(|k| fold(k)));
                words
            })
            .chain(
                Audience::ALL
                    .iter()
                    .map(|a| a.keywords().iter().map(|k| fold(k)).collect()),
            )
            .collect();
        let entries = windows
            .iter()
            .map(|w| Entry {
                name: fold(w.name),
                name_en: fold(w.name_en),
                reading: fold(w.reading),
                keywords: w.keywords.iter().map(|k| fold(k)).collect(),
                body: fold(&format!(
                    "{} {} {} {}",
                    w.organisation, w.helps, w.organisation_en, w.helps_en
                )),
                categories: w
                    .categories
                    .iter()
                    .filter_map(|c| Category::ALL.iter().position(|x| x == c))
                    .chain(w.audiences.iter().filter_map(|a| {
                        let i = Audience::ALL.iter().position(|x| x == a)?;
                        Some(Category::ALL.len() + i)
                    }))
                    .collect(),
            })
            .collect();
        SearchIndex {
            entries,
            categories,
        }
    }

    /// Windows matching every word of `query`, best first. An empty query
    /// matches nothing (the caller shows its default view instead).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let folded = fold(query);
        let mut terms: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
        // 「can't sleep」 means `sleep`: English words that carry no worry of
        // their own are left out, unless nothing else was typed.
        if terms.iter().any(|t| !STOP_WORDS.contains(t)) {
            terms.retain(|t| !STOP_WORDS.contains(t));
        }
        if terms.is_empty() {
            return Vec::new();
        }
        // Which categories each term points at, computed once per query.
        let term_categories: Vec<Vec<bool>> = terms
            .iter()
            .map(|t| {
                self.categories
                    .iter()
                    .map(|words| words.iter().any(|w| category_word_matches(w, t)))
                    .collect()
            })
            .collect();
        // Sorted as (u32, usize) keys like every list here: one copy of the
        // sort code in the first download. Best score first, then data order.
        let mut hits: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                let mut score = 0;
                for (term, cats) in terms.iter().zip(&term_categories) {
                    let s = term_score(entry, term, cats);
                    if s == 0 {
                        return None;
                    }
                    score += s;
                }
                Some((u32::MAX - score, index))
            })
            .collect();
        hits.sort_unstable();
        hits.into_iter()
            .map(|(key, index)| Hit {
                index,
                score: u32::MAX - key,
            })
            .collect()
    }
}

/// English words that say nothing about a worry (folded: lower case).
const STOP_WORDS: [&str; 26] = [
    "a", "about", "am", "an", "and", "at", "can't", "cannot", "cant", "for", "i", "i'm", "im",
    "in", "is", "it", "me", "my", "of", "on", "or", "the", "to", "want", "with", "don't",
];

/// Whether a search term means a category word: the word contains the term
/// (people type the start of a word), or the term contains a word of two
/// or more characters (「借金がつらい」 contains 「借金」, `debts` contains
/// `debt`).
fn category_word_matches(word: &str, term: &str) -> bool {
    has(word, term) || (word.chars().count() >= 2 && has(term, word))
}

/// Whether `text` contains `part`. Japanese has no spaces between words, so
/// any position counts; a part in Latin letters or digits must start a word
/// of the text (`work` is in `working`, not in `network`; `dv` is not in
/// `advice`), which keeps English matches meaningful.
fn has(text: &str, part: &str) -> bool {
    let Some(first) = part.chars().next() else {
        return true;
    };
    if !first.is_ascii_alphanumeric() {
        return text.contains(part);
    }
    text.match_indices(part).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|before| !before.is_ascii_alphanumeric())
    })
}

fn term_score(entry: &Entry, term: &str, term_categories: &[bool]) -> u32 {
    let mut score = 0;
    if entry.name.starts_with(term)
        || entry.reading.starts_with(term)
        || entry.name_en.starts_with(term)
    {
        score += 150;
    } else if has(&entry.name, term) || has(&entry.reading, term) || has(&entry.name_en, term) {
        score += 100;
    }
    if entry.keywords.iter().any(|k| k == term) {
        score += 80;
    } else if entry
        .keywords
        .iter()
        .any(|k| has(k, term) || (k.chars().count() >= 2 && has(term, k)))
    {
        score += 60;
    }
    if entry.categories.iter().any(|&c| term_categories[c]) {
        score += 50;
    }
    if has(&entry.body, term) {
        score += 20;
    }
    score
}

/// Filters for a list of windows: one audience and one contact method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only windows for this audience.
    pub audience: Option<Audience>,
    /// Only windows reachable this way.
    pub method: Option<Method>,
}

impl Filters {
    /// Whether `window` passes the filters.
    pub fn allows(&self, window: &Window) -> bool {
        self.audience.is_none_or(|a| window.audiences.contains(&a))
            && self.method.is_none_or(|m| window.offers(m))
    }
}

/// Whether any contact of `window` is open at `now`.
pub fn is_open_now(window: &Window, now: JstTime) -> bool {
    window.contacts.iter().any(|c| c.hours.state(now).is_open())
}

/// The windows of a category as shown to a resident: open now first, then
/// crisis lines, then the rest, each group in data order.
pub fn windows_for_category(
    windows: &[Window],
    category: Category,
    filters: Filters,
    now: JstTime,
) -> Vec<&Window> {
    let list = windows
        .iter()
        .enumerate()
        .filter(|(_, w)| w.categories.contains(&category) && filters.allows(w) && w.in_season(now))
        .map(|(i, w)| {
            (
                u32::from(!is_open_now(w, now)) * 2 + u32::from(!w.crisis),
                i,
            )
        })
        .collect();
    in_order(windows, list)
}

/// The crisis lines: open now first, then by data order.
pub fn crisis_lines(windows: &[Window], now: JstTime) -> Vec<&Window> {
    let list = windows
        .iter()
        .enumerate()
        .filter(|(_, w)| w.crisis && w.in_season(now))
        .map(|(i, w)| (u32::from(!is_open_now(w, now)), i))
        .collect();
    in_order(windows, list)
}

/// The windows of `list` (a rank, smallest first, and an index into
/// `windows`), by rank then data order. Every list here sorts `(u32, usize)`
/// pairs, so the first download holds the sort code once.
fn in_order(windows: &[Window], mut list: Vec<(u32, usize)>) -> Vec<&Window> {
    list.sort_unstable();
    list.into_iter().map(|(_, i)| &windows[i]).collect()
}

/// What an empty search offers instead of nothing: the crisis lines, then
/// the line for any worry (`any_worry_id`) if it is not one of them.
pub fn fallback_lines<'a>(windows: &'a [Window], any_worry_id: &str) -> Vec<&'a Window> {
    let mut list: Vec<&Window> = windows.iter().filter(|w| w.crisis).collect();
    if let Some(any) = windows.iter().find(|w| w.id == any_worry_id && !w.crisis) {
        list.push(any);
    }
    list
}

/// After a call that did not connect: the next line that is open now and
/// shares a worry with `tried`, preferring crisis lines; `None` if none is.
pub fn next_open_line<'a>(windows: &'a [Window], tried: &str, now: JstTime) -> Option<&'a Window> {
    let tried_window = windows.iter().find(|w| w.id == tried)?;
    windows
        .iter()
        .filter(|w| w.id != tried && w.main_phone().is_some())
        .filter(|w| {
            w.categories
                .iter()
                .any(|c| tried_window.categories.contains(c))
        })
        .filter(|w| {
            w.main_phone()
                .is_some_and(|(c, _)| c.hours.state(now).is_open())
        })
        .min_by_key(|w| !w.crisis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::Date;
    use crate::domain::model::{Area, Confidence, Contact, Phone, Source};
    use crate::domain::phone::Cost;
    use crate::domain::schedule::Hours;

    const PHONE: [Contact; 1] = [Contact {
        method: Method::Phone,
        label: "",
        label_easy: "",
        label_en: "",
        phone: Some(Phone {
            display: "0120-000-000",
            tel: "tel:0120000000",
            cost: Cost::Free,
            ordinary: None,
        }),
        url: None,
        hours: Hours::ALWAYS,
        hours_note: "",
        hours_note_easy: "",
        hours_note_en: "",
    }];
    const CLOSED_PHONE: [Contact; 1] = [Contact {
        method: Method::Phone,
        label: "",
        label_easy: "",
        label_en: "",
        phone: Some(Phone {
            display: "0120-000-001",
            tel: "tel:0120000001",
            cost: Cost::Free,
            ordinary: None,
        }),
        url: None,
        hours: Hours::Unknown,
        hours_note: "",
        hours_note_easy: "",
        hours_note_en: "",
    }];

    fn window(
        id: &'static str,
        name: &'static str,
        reading: &'static str,
        categories: &'static [Category],
        crisis: bool,
    ) -> Window {
        Window {
            id,
            name,
            name_easy: name,
            name_en: match id {
                "a" => "Inochi no Denwa",
                "b" => "Houterasu",
                "c" => "Labour hotline",
                "d" => "Yorisoi Hotline",
                _ => "Test line",
            },
            reading,
            organisation: "テスト",
            organisation_easy: "テスト",
            organisation_en: "Test organisation",
            helps: "テスト用の説明",
            helps_easy: "テストの ための 説明",
            helps_en: match id {
                "b" => "Where to go with legal trouble such as debt",
                _ => "A description for tests",
            },
            categories,
            audiences: &[Audience::Anyone],
            area: Area::National,
            crisis,
            contacts: &PHONE,
            keywords: &[],
            source: Source {
                url: "https://example.jp/",
                verified: Date {
                    year: 2026,
                    month: 11,
                    day: 25,
                },
                confidence: Confidence::Verified,
                as_of: "",
                as_of_easy: "",
                as_of_en: "",
            },
            note: "",
            note_easy: "",
            note_en: "",
        }
    }

    fn sample() -> Vec<Window> {
        vec![
            window(
                "a",
                "いのちの電話",
                "いのちのでんわ",
                &[Category::Crisis, Category::Mental],
                true,
            ),
            window(
                "b",
                "法テラス",
                "ほうてらす",
                &[Category::Legal, Category::Money],
                false,
            ),
            window(
                "c",
                "労働ホットライン",
                "ろうどうほっとらいん",
                &[Category::Work],
                false,
            ),
            window(
                "d",
                "よりそいホットライン",
                "よりそいほっとらいん",
                &[Category::Unsure, Category::Crisis],
                true,
            ),
        ]
    }

    /// Saturday 2026-11-28, 23:00 in Japan.
    fn saturday_23() -> JstTime {
        JstTime::at(
            Date {
                year: 2026,
                month: 11,
                day: 28,
            },
            23,
            0,
        )
    }

    fn names(windows: &[Window], hits: &[Hit]) -> Vec<&'static str> {
        hits.iter().map(|h| windows[h.index].id).collect()
    }

    #[test]
    fn everyday_words_find_their_category() {
        let w = sample();
        let index = SearchIndex::new(&w);
        assert_eq!(names(&w, &index.search("しゃっきん")), ["b"]);
        assert_eq!(names(&w, &index.search("ｼｬｯｷﾝ")), ["b"]);
        assert_eq!(names(&w, &index.search("パワハラ")), ["c"]);
        assert_eq!(names(&w, &index.search("しにたい")), ["a", "d"]);
        // A sentence with two worries finds both: money and the crisis lines.
        assert_eq!(names(&w, &index.search("借金がつらい")), ["a", "b", "d"]);
    }

    #[test]
    fn names_and_readings_rank_first() {
        let w = sample();
        let index = SearchIndex::new(&w);
        let hits = index.search("ほっとらいん");
        assert_eq!(names(&w, &hits), ["c", "d"]);
        assert_eq!(names(&w, &index.search("ホウテラス")), ["b"]);
        assert_eq!(names(&w, &index.search("よりそい")).first(), Some(&"d"));
    }

    #[test]
    fn english_words_find_names_descriptions_and_categories() {
        let w = sample();
        let index = SearchIndex::new(&w);
        assert_eq!(names(&w, &index.search("Yorisoi")), ["d"]);
        assert_eq!(names(&w, &index.search("hotline")), ["c", "d"]);
        assert_eq!(names(&w, &index.search("HOUTERASU")), ["b"]);
        // Words of a category's English label and keywords.
        assert_eq!(names(&w, &index.search("debt")), ["b"]);
        assert_eq!(names(&w, &index.search("debts")), ["b"]);
        assert_eq!(names(&w, &index.search("money")), ["b"]);
        assert_eq!(names(&w, &index.search("work")), ["c"]);
        assert_eq!(names(&w, &index.search("suicide")), ["a", "d"]);
        // Words that say nothing about a worry are left out.
        assert_eq!(names(&w, &index.search("about my debts")), ["b"]);
        assert_eq!(names(&w, &index.search("can't sleep")), ["a"]);
        // Latin letters match at the start of a word only.
        assert!(index.search("otline").is_empty());
        assert!(has("dv相談", "dv") && has("私はdv", "dv") && !has("advice", "dv"));
        assert!(has("network", "net") && !has("network", "work"));
    }

    #[test]
    fn every_word_must_match() {
        let w = sample();
        let index = SearchIndex::new(&w);
        assert!(index.search("法テラス パワハラ").is_empty());
        assert!(index.search("   ").is_empty());
        assert!(index.search("zzzz").is_empty());
    }

    #[test]
    fn category_lists_put_open_lines_first_then_crisis() {
        static CATS: [Category; 1] = [Category::Crisis];
        let mut closed = window("x", "閉じている", "とじている", &CATS, true);
        closed.contacts = &CLOSED_PHONE;
        let open_plain = window("y", "開いている", "ひらいている", &CATS, false);
        let open_crisis = window("z", "開いている危機", "ひらいている", &CATS, true);
        let list = [closed, open_plain, open_crisis];
        let now = saturday_23();
        let ids: Vec<&str> = windows_for_category(&list, Category::Crisis, Filters::default(), now)
            .iter()
            .map(|w| w.id)
            .collect();
        assert_eq!(ids, ["z", "y", "x"]);
        assert_eq!(
            crisis_lines(&list, now)
                .iter()
                .map(|w| w.id)
                .collect::<Vec<_>>(),
            ["z", "x"]
        );
    }

    #[test]
    fn filters_by_method_and_audience() {
        let w = sample();
        let f = Filters {
            method: Some(Method::Chat),
            audience: None,
        };
        assert!(!f.allows(&w[0]));
        let f = Filters {
            method: Some(Method::Phone),
            audience: Some(Audience::Anyone),
        };
        assert!(f.allows(&w[0]));
        let f = Filters {
            method: None,
            audience: Some(Audience::Women),
        };
        assert!(!f.allows(&w[0]));
    }

    #[test]
    fn an_empty_search_falls_back_to_crisis_lines_and_the_any_worry_line() {
        let w = sample();
        let ids = |any: &str| {
            fallback_lines(&w, any)
                .iter()
                .map(|w| w.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("d"), ["a", "d"], "a crisis line is not listed twice");
        assert_eq!(ids("b"), ["a", "d", "b"]);
    }

    #[test]
    fn next_open_line_shares_a_worry() {
        let w = sample();
        let now = saturday_23();
        assert_eq!(next_open_line(&w, "a", now).map(|w| w.id), Some("d"));
        assert_eq!(next_open_line(&w, "c", now).map(|w| w.id), None);
        assert_eq!(next_open_line(&w, "nope", now).map(|w| w.id), None);
    }
}
