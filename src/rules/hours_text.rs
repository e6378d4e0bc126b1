//! How opening hours and the open state of a line are written: the rules of
//! [`super::schedule`] put into the words of the catalogue
//! (`data/i18n/opening_hours.toml`). The words come in as [`HoursWords`], so the
//! build (the static first screen, in Japanese) and the app (every
//! language) write hours the same way, and no language is written here.

use super::calendar::{Date, JstTime, Weekday};
use super::schedule::{DaySet, Hours, OpenState, Period};

/// The words hours are written with, in one language. Templates hold named
/// placeholders (`{time}`, `{days}` …); lists are comma-separated.
#[derive(Clone, Copy, Debug)]
pub struct HoursWords<'a> {
    /// 毎日.
    pub every_day: &'a str,
    /// 平日.
    pub heijitsu: &'a str,
    /// 土日祝.
    pub weekends_holidays: &'a str,
    /// 祝日.
    pub holidays_only: &'a str,
    /// The weekdays in a list of days, from Monday.
    pub weekdays: &'a str,
    /// Three or more weekdays in a row: `{from}`, `{to}`.
    pub weekday_range: &'a str,
    /// Between the days of a list.
    pub day_separator: &'a str,
    /// One day of every month: `{day}`.
    pub month_day: &'a str,
    /// Ordinal numbers (`{n}`), by the number's ordinal category.
    pub ordinal_one: &'a str,
    /// See `ordinal_one`.
    pub ordinal_two: &'a str,
    /// See `ordinal_one`.
    pub ordinal_few: &'a str,
    /// See `ordinal_one`.
    pub ordinal_other: &'a str,
    /// The listed occurrences of a weekday in a month: `{nths}`, `{weekday}`.
    pub nth_weekday: &'a str,
    /// One occurrence: `{n}`.
    pub nth: &'a str,
    /// Between occurrences.
    pub nth_separator: &'a str,
    /// The weekdays in `nth_weekday`, from Monday.
    pub weekdays_nth: &'a str,
    /// A period of a whole day: `{days}`.
    pub all_day: &'a str,
    /// A period: `{days}`, `{from}`, `{to}`.
    pub period: &'a str,
    /// A time on the next day: `{time}`.
    pub next_day: &'a str,
    /// Hours the data does not know.
    pub hours_unknown: &'a str,
    /// The state when it is not known.
    pub state_unknown: &'a str,
    /// Open around the clock.
    pub state_always: &'a str,
    /// Open until `{time}`.
    pub state_open_until: &'a str,
    /// Closed, with no known next opening.
    pub state_closed: &'a str,
    /// Closed until `{time}`.
    pub state_closed_until: &'a str,
    /// A time tomorrow: `{time}`.
    pub tomorrow: &'a str,
    /// A later time: `{month}`, `{day}`, `{weekday}`, `{time}`.
    pub date_time: &'a str,
    /// The months in `date_time`, from January.
    pub months: &'a str,
    /// The weekdays in `date_time`, from Monday.
    pub weekdays_date: &'a str,
}

impl<'a> HoursWords<'a> {
    /// The words, each read by its catalogue key.
    pub fn from_lookup(word: impl Fn(&str) -> &'a str) -> HoursWords<'a> {
        HoursWords {
            every_day: word("every_day"),
            heijitsu: word("heijitsu"),
            weekends_holidays: word("weekends_holidays"),
            holidays_only: word("holidays_only"),
            weekdays: word("weekdays"),
            weekday_range: word("weekday_range"),
            day_separator: word("day_separator"),
            month_day: word("month_day"),
            ordinal_one: word("ordinal_one"),
            ordinal_two: word("ordinal_two"),
            ordinal_few: word("ordinal_few"),
            ordinal_other: word("ordinal_other"),
            nth_weekday: word("nth_weekday"),
            nth: word("nth"),
            nth_separator: word("nth_separator"),
            weekdays_nth: word("weekdays_nth"),
            all_day: word("all_day"),
            period: word("period"),
            next_day: word("next_day"),
            hours_unknown: word("hours_unknown"),
            state_unknown: word("state_unknown"),
            state_always: word("state_always"),
            state_open_until: word("state_open_until"),
            state_closed: word("state_closed"),
            state_closed_until: word("state_closed_until"),
            tomorrow: word("tomorrow"),
            date_time: word("date_time"),
            months: word("months"),
            weekdays_date: word("weekdays_date"),
        }
    }

    /// The name of a month (1–12) as a date writes it: 「11」, `Nov`.
    pub fn month(&self, month: u8) -> &'a str {
        HoursWords::item(self.months, usize::from(month).wrapping_sub(1))
    }

    /// Item `index` of a comma-separated list (empty past its end).
    fn item(list: &'a str, index: usize) -> &'a str {
        list.split(',').nth(index).unwrap_or_default()
    }

    /// `n` as an ordinal number: 1st, 2nd, 3rd, 4th … 11th … 21st.
    fn ordinal(&self, n: u8) -> String {
        // The ordinal categories of the number (one, two, few, other).
        let template = match (n % 10, n % 100) {
            (_, 11..=13) => self.ordinal_other,
            (1, _) => self.ordinal_one,
            (2, _) => self.ordinal_two,
            (3, _) => self.ordinal_few,
            _ => self.ordinal_other,
        };
        fill(template, &[("n", &n.to_string())])
    }
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A clock time: 9:00, 21:30.
fn clock(minutes: u16) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// The days a period starts on: 「平日」, 「月・木・金」, `Tue–Sat`,
/// 「第1・第3月曜」, `The 10th of every month`.
pub fn days(set: DaySet, w: &HoursWords) -> String {
    match set {
        DaySet::Daily => w.every_day.to_owned(),
        DaySet::Heijitsu => w.heijitsu.to_owned(),
        DaySet::WeekendsAndHolidays => w.weekends_holidays.to_owned(),
        DaySet::Holidays => w.holidays_only.to_owned(),
        DaySet::Weekdays(mask) => weekday_list(mask, w),
        DaySet::MonthDay(day) => fill(w.month_day, &[("day", &w.ordinal(day))]),
        DaySet::NthWeekday { nths, weekday } => {
            let nth: Vec<String> = (0..5u8)
                .filter(|i| nths & (1 << i) != 0)
                .map(|i| fill(w.nth, &[("n", &w.ordinal(i + 1))]))
                .collect();
            fill(
                w.nth_weekday,
                &[
                    ("nths", &nth.join(w.nth_separator)),
                    (
                        "weekday",
                        HoursWords::item(w.weekdays_nth, usize::from(weekday)),
                    ),
                ],
            )
        }
    }
}

/// The weekdays of `mask`: runs of three or more as a range (火〜土,
/// Tue–Sat), the others listed.
fn weekday_list(mask: u8, w: &HoursWords) -> String {
    let name = |i: usize| HoursWords::item(w.weekdays, i);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < 7 {
        if mask & (1 << i) == 0 {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < 7 && mask & (1 << (end + 1)) != 0 {
            end += 1;
        }
        if end - i >= 2 {
            parts.push(fill(
                w.weekday_range,
                &[("from", name(i)), ("to", name(end))],
            ));
        } else {
            parts.extend((i..=end).map(|d| name(d).to_owned()));
        }
        i = end + 1;
    }
    parts.join(w.day_separator)
}

/// One period: 「平日 8:30〜17:15」, 「毎日 16:00〜翌8:00」, `Every day,
/// 24 hours`.
pub fn period(p: Period, w: &HoursWords) -> String {
    let days = days(p.days, w);
    if p.start == 0 && p.end == 1440 {
        return fill(w.all_day, &[("days", &days)]);
    }
    let time = |minutes: u16| {
        if minutes < 1440 {
            clock(minutes)
        } else {
            fill(w.next_day, &[("time", &clock(minutes % 1440))])
        }
    };
    fill(
        w.period,
        &[
            ("days", &days),
            ("from", &time(p.start)),
            ("to", &time(p.end)),
        ],
    )
}

/// Each period of the hours, or that they are not known.
pub fn hours(h: Hours, w: &HoursWords) -> Vec<String> {
    let Hours::Known { periods, .. } = h else {
        return vec![w.hours_unknown.to_owned()];
    };
    periods.iter().map(|p| period(*p, w)).collect()
}

/// The state for a call button, relative to `now`: 「受付中（21:00まで）」,
/// `Closed now · opens tomorrow 9:00`.
pub fn open_state(state: OpenState, now: JstTime, w: &HoursWords) -> String {
    match state {
        OpenState::Unknown | OpenState::Unsure => w.state_unknown.to_owned(),
        OpenState::Open { until: None } => w.state_always.to_owned(),
        OpenState::Open { until: Some(t) } => {
            fill(w.state_open_until, &[("time", &when(now, t, w))])
        }
        OpenState::Closed { next: Some(t) } => {
            fill(w.state_closed_until, &[("time", &when(now, t, w))])
        }
        OpenState::Closed { next: None } => w.state_closed.to_owned(),
    }
}

/// A moment relative to `now`: 「21:00」 today, 「明日 9:00」, or
/// 「12/1(火) 9:00」 / `Tue 1 Dec 9:00`.
pub fn when(now: JstTime, t: JstTime, w: &HoursWords) -> String {
    let time = clock(t.minute);
    let date: Date = t.date;
    match date.days_since_epoch() - now.date.days_since_epoch() {
        0 => time,
        1 => fill(w.tomorrow, &[("time", &time)]),
        _ => {
            let weekday: Weekday = date.weekday();
            fill(
                w.date_time,
                &[
                    ("month", w.month(date.month)),
                    ("day", &date.day.to_string()),
                    (
                        "weekday",
                        HoursWords::item(w.weekdays_date, usize::from(weekday.index())),
                    ),
                    ("time", &time),
                ],
            )
        }
    }
}

/// The words of the catalogue's `data/i18n/opening_hours.toml` in `lang`,
/// read as the build reads them: the tests word hours as the app does.
#[cfg(test)]
pub(crate) fn catalogue_words(lang: crate::lang::Lang) -> HoursWords<'static> {
    let file: toml::Table = toml::from_str(include_str!("../../data/i18n/opening_hours.toml"))
        .expect("the catalogue file parses");
    let column = ["ja", "easy", "en"][lang as usize];
    HoursWords::from_lookup(|key| {
        let text = file
            .get(key)
            .and_then(|entry| entry.get(column))
            .and_then(|text| text.as_str())
            .unwrap_or_else(|| panic!("opening_hours.toml [{key}] {column}"));
        String::leak(text.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::catalogue_words as words;
    use super::*;
    use crate::lang::Lang;
    use crate::schedule::{DayRule, parse_period};

    fn at(y: i32, m: u8, day: u8, hh: u16, mm: u16) -> JstTime {
        JstTime::at(Date::new(y, m, day).expect("valid test date"), hh, mm)
    }

    /// Hours of `texts`, written as in the data file.
    fn periods(texts: &[&str]) -> Hours {
        let periods: Vec<Period> = texts
            .iter()
            .map(|p| parse_period(p).expect("valid period"))
            .collect();
        Hours::Known {
            periods: periods.leak(),
            holidays: DayRule::Open,
            year_end: DayRule::Open,
            special: &[],
        }
    }

    /// Every entry of every language is read, and every list is complete.
    #[test]
    fn every_word_is_there_in_every_language() {
        for lang in Lang::ALL {
            let w = words(lang);
            let lists = [
                (w.weekdays, 7),
                (w.weekdays_nth, 7),
                (w.weekdays_date, 7),
                (w.months, 12),
            ];
            for (list, len) in lists {
                assert_eq!(
                    list.split(',').filter(|i| !i.is_empty()).count(),
                    len,
                    "{lang:?} {list}"
                );
            }
            assert!(!w.every_day.is_empty() && !w.state_closed_until.is_empty());
            assert_eq!((w.month(0), w.month(13)), ("", ""), "{lang:?}");
        }
        let [ja, _, en] = Lang::ALL.map(words);
        assert_eq!(
            (ja.month(11), en.month(1), en.month(12)),
            ("11", "Jan", "Dec")
        );
    }

    /// The moment the states are told at: 23:00 on Saturday 28 November 2026.
    fn now() -> JstTime {
        at(2026, 11, 28, 23, 0)
    }

    /// The states the tests tell at [`now`]: open all day, open until 8:00
    /// tomorrow, open until 23:30 today, opening on Tuesday at 9:00, and
    /// opening tomorrow at 16:00.
    fn states() -> [OpenState; 5] {
        [
            OpenState::Open { until: None },
            OpenState::Open {
                until: Some(at(2026, 11, 29, 8, 0)),
            },
            OpenState::Open {
                until: Some(at(2026, 11, 28, 23, 30)),
            },
            OpenState::Closed {
                next: Some(at(2026, 12, 1, 9, 0)),
            },
            OpenState::Closed {
                next: Some(at(2026, 11, 29, 16, 0)),
            },
        ]
    }

    /// Each state, told at [`now`] in `lang`, is its words.
    fn assert_states(lang: Lang, cases: &[(OpenState, &str)]) {
        let w = words(lang);
        for &(state, expected) in cases {
            assert_eq!(open_state(state, now(), &w), expected, "{lang:?} {state:?}");
        }
    }

    /// Each case's hours, in `lang`, are its lines.
    fn assert_hours(lang: Lang, cases: &[(Hours, &[&str])]) {
        let w = words(lang);
        for &(h, expected) in cases {
            assert_eq!(hours(h, &w), expected, "{lang:?} {h:?}");
        }
    }

    /// Japanese writes three weekdays in a row as a range, as the data
    /// file does (「火-土」), and lists the others.
    #[test]
    fn weekdays_in_a_row_are_a_range() {
        assert_hours(
            Lang::Ja,
            &[
                (periods(&["火-土 09:00-12:00"]), &["火〜土 9:00〜12:00"]),
                (
                    periods(&["月・木・金 24時間", "火水土日 06:00-翌00:00"]),
                    &["月・木・金 24時間", "火・水・土・日 6:00〜翌0:00"],
                ),
                (
                    periods(&["第1・第3月 10:00-16:00"]),
                    &["第1・第3月曜 10:00〜16:00"],
                ),
                (Hours::Unknown, &["受付時間は確認できていません"]),
            ],
        );
    }

    #[test]
    fn describes_states_for_call_buttons() {
        let [open_24, until_tomorrow, _, next_tuesday, _] = states();
        assert_states(
            Lang::Ja,
            &[
                (open_24, "24時間受付中"),
                (until_tomorrow, "受付中（明日 8:00まで）"),
                (next_tuesday, "いまは受付時間外・12/1(火) 9:00から"),
            ],
        );
    }

    #[test]
    fn describes_hours_in_japanese() {
        let h = periods(&["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"]);
        assert_hours(
            Lang::Ja,
            &[(h, &["毎日 16:00〜21:00", "毎月10日 8:00〜翌8:00"])],
        );
    }

    #[test]
    fn describes_hours_in_each_language() {
        let [ja, easy, en] = Lang::ALL.map(words);
        let daily = periods(&["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"]);
        let all_day = periods(&["毎日 24時間"]);
        let week = periods(&[
            "平日 18:00-翌08:30",
            "土日祝 24時間",
            "火-土 09:00-12:00",
            "月・木・金 24時間",
        ]);
        let monthly = periods(&["第1・第3月 10:00-16:00", "火水土日 06:00-翌00:00"]);
        assert_hours(
            Lang::En,
            &[
                (
                    daily,
                    &[
                        "Every day 16:00–21:00",
                        "The 10th of every month 8:00–8:00 next day",
                    ],
                ),
                (all_day, &["Every day, 24 hours"]),
                (
                    week,
                    &[
                        "Weekdays (not public holidays) 18:00–8:30 next day",
                        "Weekends and public holidays, 24 hours",
                        "Tue–Sat 9:00–12:00",
                        "Mon, Thu, Fri, 24 hours",
                    ],
                ),
                (
                    monthly,
                    &[
                        "The 1st and 3rd Monday of the month 10:00–16:00",
                        "Tue, Wed, Sat, Sun 6:00–0:00 next day",
                    ],
                ),
                (Hours::Unknown, &["Hours not confirmed"]),
            ],
        );
        assert_hours(
            Lang::Easy,
            &[
                (
                    daily,
                    &["毎日 16:00〜21:00", "毎月 10日 8:00〜つぎの 日の 8:00"],
                ),
                (all_day, &["毎日 24時間"]),
                (
                    week,
                    &[
                        "月曜日〜金曜日（祝日は のぞく） 18:00〜つぎの 日の 8:30",
                        "土曜日・日曜日・祝日 24時間",
                        "火曜日〜土曜日 9:00〜12:00",
                        "月曜日・木曜日・金曜日 24時間",
                    ],
                ),
                (Hours::Unknown, &["電話できる 時間は わかりません"]),
            ],
        );
        assert_eq!(
            hours(monthly, &easy)[0],
            "毎月 1回目と 3回目の 月曜日 10:00〜16:00"
        );
        assert_eq!(
            hours(daily, &ja),
            ["毎日 16:00〜21:00", "毎月10日 8:00〜翌8:00"]
        );
        for (n, expected) in [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (11, "11th"),
            (22, "22nd"),
        ] {
            assert_eq!(en.ordinal(n), expected);
        }
    }

    #[test]
    fn describes_states_in_each_language() {
        let [
            open_24,
            until_tomorrow,
            until_today,
            next_tuesday,
            next_tomorrow,
        ] = states();
        assert_states(
            Lang::En,
            &[
                (open_24, "Open 24 hours"),
                (until_tomorrow, "Open now (until tomorrow 8:00)"),
                (until_today, "Open now (until 23:30)"),
                (next_tuesday, "Closed now · opens Tue 1 Dec 9:00"),
                (next_tomorrow, "Closed now · opens tomorrow 16:00"),
                (OpenState::Closed { next: None }, "Closed now"),
                (
                    OpenState::Unknown,
                    "Please check the hours with the service",
                ),
            ],
        );
        assert_states(
            Lang::Easy,
            &[
                (open_24, "24時間 いつでも 電話できます"),
                (until_tomorrow, "いま 電話できます（あした 8:00まで）"),
                (next_tuesday, "いまは 時間外です・12月1日(火) 9:00から"),
                (OpenState::Unknown, "電話できる 時間は 確かめて ください"),
            ],
        );
        assert_states(
            Lang::Ja,
            &[
                (open_24, "24時間受付中"),
                (until_tomorrow, "受付中（明日 8:00まで）"),
                (next_tuesday, "いまは受付時間外・12/1(火) 9:00から"),
                (OpenState::Unknown, "受付時間は窓口にご確認ください"),
            ],
        );
    }
}
