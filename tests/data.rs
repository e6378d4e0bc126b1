//! The bundled consultation windows, as the app ships them: every entry was
//! already checked by the build (data/build.rs); these tests check what the
//! app promises residents on top of that, and list entries that are due for
//! a new check.
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::calendar::{Date, JstTime, Weekday};
use tsunagaru_inochi::domain::category::Category;
use tsunagaru_inochi::domain::data::{ANY_WORRY_ID, HEALTH_DIVISION_ID, INDEX, WINDOWS, window};
use tsunagaru_inochi::domain::holiday::is_holiday;
use tsunagaru_inochi::domain::i18n::category_label;
use tsunagaru_inochi::domain::lang::Lang;
use tsunagaru_inochi::domain::schedule::{Hours, OpenState};
use tsunagaru_inochi::domain::search::{Filters, is_open_now, windows_for_category};
use tsunagaru_inochi::domain::source::{SourceFile, today_from_system_clock, validate};

#[test]
fn the_data_file_passes_every_check_and_stale_entries_are_listed() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/windows.toml"))
        .expect("data file");
    let file: SourceFile = toml::from_str(&text).expect("parses");
    let report = validate(&file, today_from_system_clock()).expect("valid");
    if report.stale.is_empty() {
        eprintln!("stale entries (verified more than 12 months ago): none");
    } else {
        eprintln!("stale entries (verified more than 12 months ago):");
        for line in &report.stale {
            eprintln!("  {line}");
        }
    }
    // 「要確認」: the city's yearly check (README) of secondary facts whose
    // own date is more than three years old.
    if report.recheck.is_empty() {
        eprintln!("secondary facts older than 3 years (要確認): none");
    } else {
        eprintln!("secondary facts older than 3 years (要確認):");
        for line in &report.recheck {
            eprintln!("  {line}");
        }
    }
    assert_eq!(file.window.len(), WINDOWS.len());
}

fn data_file() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/windows.toml"))
        .expect("data file")
}

/// What residents read first (name, what it helps with) comes in やさしい日本語
/// and English too; the build refuses a window without them.
#[test]
fn the_build_refuses_a_window_without_its_translations() {
    let text = data_file();
    for field in ["name_en", "helps_easy", "helps_en", "organisation_en"] {
        // Drop the field from the first window only.
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{field} = ")))
            .expect("the field is in the file");
        let without = text.replacen(&format!("{line}\n"), "", 1);
        let file: SourceFile = toml::from_str(&without).expect("parses");
        let errors = validate(&file, today_from_system_clock()).expect_err("refused");
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("window[1] (yorisoi)") && e.contains(field)),
            "{field}: {errors:?}"
        );
    }
    // A contact's label needs its translations too.
    let line = text
        .lines()
        .find(|l| l.starts_with("label_en = "))
        .expect("a translated label");
    let file: SourceFile =
        toml::from_str(&text.replacen(&format!("{line}\n"), "", 1)).expect("parses");
    let errors = validate(&file, today_from_system_clock()).expect_err("refused");
    assert!(errors.iter().any(|e| e.contains("label_en")), "{errors:?}");
}

#[test]
fn every_window_speaks_three_languages() {
    for w in WINDOWS {
        for lang in Lang::ALL {
            assert!(!w.name_in(lang).is_empty(), "{} name {lang:?}", w.id);
            assert!(!w.helps_in(lang).is_empty(), "{} helps {lang:?}", w.id);
            assert!(!w.organisation_in(lang).is_empty(), "{} {lang:?}", w.id);
            assert_eq!(w.note_in(lang).is_empty(), w.note.is_empty(), "{}", w.id);
            for c in w.contacts {
                assert_eq!(c.label_in(lang).is_empty(), c.label.is_empty(), "{}", w.id);
                assert_eq!(
                    c.hours_note_in(lang).is_empty(),
                    c.hours_note.is_empty(),
                    "{}",
                    w.id
                );
            }
        }
        assert!(!w.name_en.chars().any(is_japanese), "{}", w.id);
        assert!(!w.helps_en.chars().any(is_japanese), "{}", w.id);
    }
    let yorisoi = window(ANY_WORRY_ID).expect("よりそいホットライン");
    assert_eq!(yorisoi.name_in(Lang::En), "Yorisoi Hotline");
    assert_eq!(yorisoi.name_in(Lang::Easy), "よりそいホットライン");
}

fn is_japanese(c: char) -> bool {
    ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[test]
fn english_words_lead_to_the_right_windows() {
    let ids = |q: &str| -> Vec<&str> {
        INDEX
            .search(q)
            .iter()
            .map(|h| WINDOWS[h.index].id)
            .collect()
    };
    assert!(ids("debt").contains(&"houterasu"));
    assert!(ids("money").contains(&"houterasu"));
    assert_eq!(ids("Yorisoi").first(), Some(&"yorisoi"));
    let hotlines = ids("hotline");
    assert!(hotlines.contains(&"yorisoi") && hotlines.contains(&"shohi-188"));
    assert!(ids("suicide").contains(&"inochi-sos"));
    assert!(ids("bullying").contains(&"kodomo-sos"));
    assert!(ids("domestic violence").contains(&"dv-plus"));
    assert!(ids("foreign language").contains(&"yorisoi"));
    for (i, w) in WINDOWS.iter().enumerate() {
        assert!(
            INDEX.search(w.name_en).iter().any(|h| h.index == i),
            "{} not found by its English name",
            w.id
        );
    }
}

#[test]
fn typed_apostrophes_and_combining_marks_find_the_same_windows() {
    let ids = |q: &str| -> Vec<&str> {
        INDEX
            .search(q)
            .iter()
            .map(|h| WINDOWS[h.index].id)
            .collect()
    };
    // iPhones type the curly apostrophe (U+2019).
    let straight = ids("can't sleep");
    assert!(!straight.is_empty());
    assert_eq!(ids("can\u{2019}t sleep"), straight);
    assert_eq!(ids("CAN\u{2019}T SLEEP"), straight);
    // Kana with a combining voiced mark (U+3099, U+309A), as some
    // keyboards and copied text write them.
    for (marked, composed) in [
        ("ハ\u{309A}ワハラ", "パワハラ"),
        ("き\u{3099}ゃくたい", "ぎゃくたい"),
        ("ＤＶ そうた\u{3099}ん", "DV そうだん"),
    ] {
        let found = ids(composed);
        assert!(!found.is_empty(), "{composed}");
        assert_eq!(ids(marked), found, "{composed}");
    }
}

#[test]
fn every_window_is_found_by_its_own_name() {
    for (i, w) in WINDOWS.iter().enumerate() {
        let hits = INDEX.search(w.name);
        assert!(
            hits.iter().any(|h| h.index == i),
            "{} not found by its name",
            w.id
        );
        let hits = INDEX.search(w.reading);
        assert!(
            hits.iter().any(|h| h.index == i),
            "{} not found by its reading",
            w.id
        );
    }
}

#[test]
fn every_worry_has_somewhere_to_call() {
    for category in Category::ALL {
        let phones = WINDOWS
            .iter()
            .filter(|w| w.categories.contains(&category) && w.main_phone().is_some())
            .count();
        assert!(
            phones >= 1,
            "no phone line for {}",
            category_label(category, Lang::Ja)
        );
    }
}

#[test]
fn crisis_lines_are_phones_and_one_answers_around_the_clock() {
    let crisis: Vec<_> = WINDOWS.iter().filter(|w| w.crisis).collect();
    assert!(crisis.len() >= 4);
    assert!(crisis.iter().all(|w| w.main_phone().is_some()));
    let any = window(ANY_WORRY_ID).expect("よりそいホットライン");
    assert!(any.crisis);
    assert_eq!(
        any.main_phone().map(|(_, p)| p.display),
        Some("0120-279-338")
    );
}

#[test]
fn the_local_window_is_the_health_division() {
    let local = window(HEALTH_DIVISION_ID).expect("健康課");
    assert_eq!(
        local.main_phone().map(|(_, p)| p.display),
        Some("0791-63-2112")
    );
}

#[test]
fn everyday_words_lead_to_the_right_windows() {
    let ids = |q: &str| -> Vec<&str> {
        INDEX
            .search(q)
            .iter()
            .map(|h| WINDOWS[h.index].id)
            .collect()
    };
    assert!(ids("しゃっきん").contains(&"houterasu"));
    assert!(ids("パワハラ").contains(&"roudou-hotline") || ids("パワハラ").contains(&"jinken-110"));
    let crisis = ids("しにたい");
    assert!(crisis.contains(&"inochi-sos") && crisis.contains(&"yorisoi"));
    assert!(ids("ｲｼﾞﾒ").contains(&"kodomo-sos"));
}

/// Every number that ships must appear, digit for digit, in one of the two
/// researched facts files (shared/data/consultation-facts.md and
/// consultation-facts-2026-12.md), when they are present.
#[test]
fn every_number_comes_from_the_researched_facts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/");
    let facts: Vec<String> = ["consultation-facts.md", "consultation-facts-2026-12.md"]
        .iter()
        .filter_map(|name| std::fs::read_to_string(format!("{dir}{name}")).ok())
        .collect();
    if facts.len() < 2 {
        eprintln!("the facts files are not beside the project: cross-check skipped");
        return;
    }
    for w in WINDOWS {
        for c in w.contacts {
            if let Some(p) = c.phone {
                assert!(
                    facts.iter().any(|f| f.contains(p.display)),
                    "{} {}: number not written this way in either facts file",
                    w.id,
                    p.display
                );
                if let Some(o) = p.ordinary {
                    assert!(
                        facts
                            .iter()
                            .any(|f| f.contains(o.phone.display) && f.contains(o.source.url)),
                        "{} {}: ordinary number or its source not in the facts file",
                        w.id,
                        o.phone.display
                    );
                }
            }
        }
    }
}

/// How many windows each worry shows (open or not). Every worry should offer
/// at least three; the counts are printed, and a worry under three is named.
#[test]
fn every_worry_shows_its_count_of_lines() {
    let mut under_three = Vec::new();
    eprintln!("windows per worry:");
    for category in Category::ALL {
        let count = WINDOWS
            .iter()
            .filter(|w| w.categories.contains(&category))
            .count();
        eprintln!(
            "  {} ({}): {count}",
            category_label(category, Lang::Ja),
            category.id()
        );
        if count < 3 {
            under_three.push(category_label(category, Lang::Ja));
        }
    }
    if !under_three.is_empty() {
        eprintln!("worries with fewer than three windows: {under_three:?}");
    }
    // Every worry keeps at least one (every_worry_has_somewhere_to_call).
    assert!(
        Category::ALL
            .iter()
            .all(|c| WINDOWS.iter().any(|w| w.categories.contains(c)))
    );
}

fn jst(y: i32, m: u8, d: u8, hh: u16, mm: u16) -> JstTime {
    JstTime::at(Date::new(y, m, d).expect("a date"), hh, mm)
}

fn main_hours(id: &str) -> Hours {
    window(id)
        .and_then(|w| w.main_phone())
        .map(|(c, _)| c.hours)
        .unwrap_or_else(|| panic!("{id} has a phone"))
}

/// Government offices are closed 12/29–1/3 (行政機関の休日に関する法律):
/// みんなの人権110番 (平日 8:30–17:15, 法務省) is not open on 12/30, and is
/// not ranked among the open lines of its worry.
#[test]
fn a_ministry_line_is_not_open_at_the_year_end() {
    let now = jst(2026, 12, 30, 10, 0);
    assert!(
        main_hours("jinken-110")
            .state(jst(2026, 12, 28, 10, 0))
            .is_open()
    );
    for id in ["jinken-110", "josei-jinken", "kodomo-jinken"] {
        assert_eq!(
            main_hours(id).state(now),
            OpenState::Closed {
                next: Some(jst(2027, 1, 4, 8, 30))
            },
            "{id} on 12/30"
        );
    }
    let rights = windows_for_category(WINDOWS, Category::Rights, Filters::default(), now);
    let open: Vec<&str> = rights
        .iter()
        .filter(|w| is_open_now(w, now))
        .map(|w| w.id)
        .collect();
    assert!(!open.contains(&"jinken-110"), "{open:?}");
}

/// 法テラス's 「土 9:00–17:00」 says nothing about holidays: on a Saturday that
/// is a national holiday it is not shown as open.
#[test]
fn a_saturday_line_is_not_open_on_a_holiday_saturday() {
    // 2028-04-29 (昭和の日) is the first Saturday holiday after 2027.
    let holiday_saturday = jst(2028, 4, 29, 10, 0);
    assert!(is_holiday(holiday_saturday.date) && holiday_saturday.date.weekday() == Weekday::Sat);
    assert!(
        main_hours("houterasu")
            .state(jst(2027, 3, 20, 10, 0))
            .is_open()
    );
    assert!(!main_hours("houterasu").state(holiday_saturday).is_open());
    // Not known, rather than closed: the source does not say.
    assert_eq!(
        main_hours("houterasu").state(holiday_saturday),
        OpenState::Unsure
    );
}

/// Every phone contact with hours says what happens on national holidays
/// and on 12/29–1/3; the build refuses one that does not.
#[test]
fn every_phone_with_hours_says_what_happens_on_holidays_and_at_the_year_end() {
    let text = data_file();
    let file: SourceFile = toml::from_str(&text).expect("parses");
    for w in &file.window {
        for c in w.contact.iter().filter(|c| c.hours.is_some()) {
            assert!(c.holidays.is_some() && c.year_end.is_some(), "{}", w.id);
        }
    }
    for field in ["holidays = ", "year_end = "] {
        let line = text
            .lines()
            .find(|l| l.starts_with(field))
            .expect("the field is in the file");
        let file: SourceFile =
            toml::from_str(&text.replacen(&format!("{line}\n"), "", 1)).expect("parses");
        let errors = validate(&file, today_from_system_clock()).expect_err("refused");
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("window[1] (yorisoi) contact[1]")),
            "{errors:?}"
        );
    }
}

/// 孤独・孤立相談ダイヤル (#9999) runs only in announced periods: it has no
/// standing hours, and no list offers it outside a period.
#[test]
fn the_seasonal_line_shows_only_during_its_periods() {
    let w = window("kodoku-9999").expect("#9999");
    assert!(w.contacts.iter().all(|c| matches!(
        c.hours,
        Hours::Known { periods: &[], special, .. } if !special.is_empty()
    )));
    assert!(w.is_seasonal());
    let during = jst(2023, 12, 20, 3, 0);
    let after = jst(2026, 12, 8, 20, 0);
    assert!(w.in_season(during) && !w.in_season(after));
    let listed = |now| {
        windows_for_category(WINDOWS, Category::Mental, Filters::default(), now)
            .iter()
            .any(|x| x.id == w.id)
    };
    assert!(listed(during));
    assert!(!listed(after));
    // Every other window is standing.
    assert_eq!(WINDOWS.iter().filter(|w| w.is_seasonal()).count(), 1);
}

/// What a call costs follows from the number: if こころの健康相談統一ダイヤル
/// gains a free-dial number (planned for FY2026), changing the number in the
/// data file is all it takes. (The number below is made up for the test and
/// never shipped.)
#[test]
fn the_cost_follows_from_the_number() {
    use tsunagaru_inochi::domain::phone::Cost;
    use tsunagaru_inochi::domain::source::to_rust;
    let kokoro = window("kokoro-dial").expect("統一ダイヤル");
    assert_eq!(kokoro.main_phone().map(|(_, p)| p.cost), Some(Cost::Navi));
    let text = data_file();
    let block = |rust: &str| -> String {
        let at = rust.find("id: \"kokoro-dial\"").expect("the window");
        rust[at..]
            .split("    Window {")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let now: SourceFile = toml::from_str(&text).expect("parses");
    assert!(block(&to_rust(&now)).contains("cost: Cost::Navi"));
    let free: SourceFile =
        toml::from_str(&text.replace("\"0570-064-556\"", "\"0120-000-000\"")).expect("parses");
    validate(&free, today_from_system_clock()).expect("a free number needs no other change");
    let rust = block(&to_rust(&free));
    assert!(rust.contains("cost: Cost::Free"), "{rust}");
    assert!(!rust.contains("Cost::Navi"));
}

/// iPhones do not dial a short code from a link; where the facts give an
/// ordinary number for the same line, it ships with its own source, and no
/// other short code gets one.
#[test]
fn short_codes_carry_the_ordinary_numbers_the_facts_give_and_no_others() {
    let mut short = Vec::new();
    for w in WINDOWS {
        for c in w.contacts {
            let Some(p) = c.phone else { continue };
            if p.display.starts_with('#') {
                short.push((p.display, p.ordinary.map(|o| o.phone.display)));
            } else {
                assert!(p.ordinary.is_none(), "{}: only short codes", w.id);
            }
        }
    }
    short.sort();
    assert_eq!(
        short,
        [
            ("#7330", None),
            ("#8008", None),
            ("#8103", None),
            ("#8891", Some("0120-8891-77")),
            ("#9110", None),
            ("#9999", None),
        ]
    );
    let (_, phone) = window("one-stop-8891")
        .and_then(|w| w.main_phone())
        .expect("#8891");
    let ordinary = phone.ordinary.expect("0120-8891-77");
    assert_eq!(ordinary.phone.tel, "tel:0120889177");
    assert_eq!(
        ordinary.source.url,
        "https://laundrybox.jp/magazine/seiboryokuniattara/"
    );
    assert!(!ordinary.source.as_of.is_empty());
}
