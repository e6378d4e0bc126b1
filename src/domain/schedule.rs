//! Opening hours as real Japanese lines have them: several periods a day,
//! periods past midnight (16:00–翌8:00), weekday rules, 平日 and 土日祝 that
//! know national holidays, monthly rules (毎月10日, 第1・第3月曜), 24 hours,
//! and closures (祝日, 12/29–1/3). Unknown hours stay unknown.
//!
//! In the data file a period is written as people write it, for example
//! `"平日 08:30-17:15"`, `"毎月10日 08:00-翌08:00"`, `"土日祝 24時間"`; the
//! build parses it with [`parse_period`] and ships the result as statics.

use std::fmt::Write as _;

use super::calendar::{DAY, Date, JstTime, Weekday, month_short_en};
use super::holiday::is_holiday;
use super::lang::Lang;

/// Which days a period starts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DaySet {
    /// 毎日: every day.
    Daily,
    /// 平日: Monday to Friday, except national holidays.
    Heijitsu,
    /// 土日祝: Saturdays, Sundays and national holidays.
    WeekendsAndHolidays,
    /// 祝日: national holidays only.
    Holidays,
    /// Listed weekdays (bit 0 = Monday … bit 6 = Sunday), holidays included.
    Weekdays(u8),
    /// 毎月N日: one day of every month.
    MonthDay(u8),
    /// 第N曜: the listed occurrences (bit 0 = first … bit 4 = fifth) of a
    /// weekday (0 = Monday) in every month.
    NthWeekday {
        /// Occurrence bits.
        nths: u8,
        /// Weekday index, 0 = Monday.
        weekday: u8,
    },
}

impl DaySet {
    /// Whether a period of this set starts on `date`.
    pub fn contains(self, date: Date) -> bool {
        let weekday = date.weekday();
        match self {
            DaySet::Daily => true,
            DaySet::Heijitsu => weekday.index() < 5 && !is_holiday(date),
            DaySet::WeekendsAndHolidays => weekday.index() >= 5 || is_holiday(date),
            DaySet::Holidays => is_holiday(date),
            DaySet::Weekdays(mask) => mask & (1 << weekday.index()) != 0,
            DaySet::MonthDay(day) => date.day == day,
            DaySet::NthWeekday { nths, weekday: w } => {
                weekday.index() == w && nths & (1 << (date.nth_in_month() - 1)) != 0
            }
        }
    }

    /// How the days are written in Japanese.
    pub fn describe(self) -> String {
        match self {
            DaySet::Daily => "毎日".to_owned(),
            DaySet::Heijitsu => "平日".to_owned(),
            DaySet::WeekendsAndHolidays => "土日祝".to_owned(),
            DaySet::Holidays => "祝日".to_owned(),
            DaySet::Weekdays(mask) => {
                let days: Vec<String> = Weekday::ALL
                    .into_iter()
                    .filter(|w| mask & (1 << w.index()) != 0)
                    .map(|w| w.kanji().to_string())
                    .collect();
                days.join("・")
            }
            DaySet::MonthDay(day) => format!("毎月{day}日"),
            DaySet::NthWeekday { nths, weekday } => {
                let nth: Vec<String> = (0..5)
                    .filter(|i| nths & (1 << i) != 0)
                    .map(|i| format!("第{}", i + 1))
                    .collect();
                format!(
                    "{}{}曜",
                    nth.join("・"),
                    Weekday::ALL[usize::from(weekday)].kanji()
                )
            }
        }
    }
}

impl DaySet {
    /// How the days are written in `lang`: 「平日」, 「月曜日〜金曜日（祝日は
    /// のぞく）」, `Weekdays (not public holidays)`.
    pub fn describe_in(self, lang: Lang) -> String {
        match lang {
            Lang::Ja => self.describe(),
            Lang::Easy => match self {
                DaySet::Daily => "毎日".to_owned(),
                DaySet::Heijitsu => "月曜日〜金曜日（祝日は のぞく）".to_owned(),
                DaySet::WeekendsAndHolidays => "土曜日・日曜日・祝日".to_owned(),
                DaySet::Holidays => "祝日".to_owned(),
                DaySet::Weekdays(mask) => {
                    weekday_list(mask, "〜", "・", |w| format!("{}曜日", w.kanji()))
                }
                DaySet::MonthDay(day) => format!("毎月 {day}日"),
                DaySet::NthWeekday { nths, weekday } => {
                    let nth: Vec<String> = (0..5)
                        .filter(|i| nths & (1 << i) != 0)
                        .map(|i| format!("{}回目", i + 1))
                        .collect();
                    format!(
                        "毎月 {}の {}曜日",
                        nth.join("と "),
                        Weekday::ALL[usize::from(weekday)].kanji()
                    )
                }
            },
            Lang::En => match self {
                DaySet::Daily => "Every day".to_owned(),
                DaySet::Heijitsu => "Weekdays (not public holidays)".to_owned(),
                DaySet::WeekendsAndHolidays => "Weekends and public holidays".to_owned(),
                DaySet::Holidays => "Public holidays".to_owned(),
                DaySet::Weekdays(mask) => {
                    weekday_list(mask, "–", ", ", |w| w.short_en().to_owned())
                }
                DaySet::MonthDay(day) => format!("The {} of every month", ordinal(day)),
                DaySet::NthWeekday { nths, weekday } => {
                    let nth: Vec<String> = (0..5u8)
                        .filter(|i| nths & (1 << i) != 0)
                        .map(|i| ordinal(i + 1))
                        .collect();
                    format!(
                        "The {} {} of the month",
                        nth.join(" and "),
                        Weekday::ALL[usize::from(weekday)].name_en()
                    )
                }
            },
        }
    }
}

/// The weekdays of `mask`: runs of three or more as a range (火曜日〜土曜日,
/// Tue–Sat), the others listed.
fn weekday_list(
    mask: u8,
    range: &str,
    separator: &str,
    name: impl Fn(Weekday) -> String,
) -> String {
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
            parts.push(format!(
                "{}{range}{}",
                name(Weekday::ALL[i]),
                name(Weekday::ALL[end])
            ));
        } else {
            parts.extend((i..=end).map(|d| name(Weekday::ALL[d])));
        }
        i = end + 1;
    }
    parts.join(separator)
}

/// 1st, 2nd, 3rd, 4th … 21st, 22nd, 31st.
fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// One opening period: from `start` to `end` minutes after midnight of a day
/// in `days`. `end` may pass midnight (up to 48:00) for 16:00–翌8:00.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// Days the period starts on.
    pub days: DaySet,
    /// Start, minutes after midnight (0–1439).
    pub start: u16,
    /// End, minutes after the start day's midnight (start < end ≤ start + 1440).
    pub end: u16,
}

/// Days on which no period starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closure {
    /// 祝日休み.
    Holidays,
    /// A yearly range of dates, inclusive, that may wrap the year (12/29–1/3).
    Dates {
        /// First closed day (month, day).
        from: (u8, u8),
        /// Last closed day (month, day).
        to: (u8, u8),
    },
}

impl Closure {
    /// Whether `date` is closed.
    pub fn contains(self, date: Date) -> bool {
        match self {
            Closure::Holidays => is_holiday(date),
            Closure::Dates { from, to } => {
                let md = (date.month, date.day);
                if from <= to {
                    from <= md && md <= to
                } else {
                    md >= from || md <= to
                }
            }
        }
    }

    /// How the closure is written in Japanese.
    pub fn describe(self) -> String {
        match self {
            Closure::Holidays => "祝日".to_owned(),
            Closure::Dates { from, to } => format!("{}/{}〜{}/{}", from.0, from.1, to.0, to.1),
        }
    }

    /// How the closure is written in `lang`: 「12月29日〜1月3日」,
    /// `Dec 29 – Jan 3`.
    pub fn describe_in(self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::Ja, _) => self.describe(),
            (Lang::Easy, Closure::Holidays) => "祝日".to_owned(),
            (Lang::Easy, Closure::Dates { from, to }) => {
                format!("{}月{}日〜{}月{}日", from.0, from.1, to.0, to.1)
            }
            (Lang::En, Closure::Holidays) => "public holidays".to_owned(),
            (Lang::En, Closure::Dates { from, to }) => format!(
                "{} {} – {} {}",
                month_short_en(from.0),
                from.1,
                month_short_en(to.0),
                to.1
            ),
        }
    }
}

/// The hours of one contact method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    /// Not known to us: shown as unknown, never guessed.
    Unknown,
    /// Known periods and closures.
    Known {
        /// Opening periods.
        periods: &'static [Period],
        /// Days on which no period starts.
        closed: &'static [Closure],
    },
}

/// Whether a contact method is open at a moment, and what comes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenState {
    /// Hours are unknown.
    Unknown,
    /// Open; `until` is when it next closes, `None` if not within two weeks
    /// (24 hours a day).
    Open {
        /// Next closing time.
        until: Option<JstTime>,
    },
    /// Closed; `next` is when it next opens, if within the next 62 days.
    Closed {
        /// Next opening time.
        next: Option<JstTime>,
    },
}

impl OpenState {
    /// Whether the line is open.
    pub fn is_open(self) -> bool {
        matches!(self, OpenState::Open { .. })
    }

    /// A short Japanese status for a call button, relative to `now`:
    /// 「受付中（21:00まで）」, 「24時間受付」, 「受付時間外・明日 9:00から」…
    pub fn describe(self, now: JstTime) -> String {
        self.describe_in(now, Lang::Ja)
    }
}

impl OpenState {
    /// The status for a call button in `lang`, relative to `now`:
    /// `Open now (until 21:00)`, `Open 24 hours`, `Closed now · opens
    /// tomorrow 9:00`; 「いま 電話できます（21:00まで）」…
    pub fn describe_in(self, now: JstTime, lang: Lang) -> String {
        // Unknown, always open, open until (before, after), closed, and
        // what joins the next opening (before, after).
        let [unknown, always, open, until, closed, next, from] = match lang {
            Lang::Ja => [
                "受付時間は窓口にご確認ください",
                "24時間受付中",
                "受付中（",
                "まで）",
                "いまは受付時間外",
                "・",
                "から",
            ],
            Lang::Easy => [
                "電話できる 時間は 確かめて ください",
                "24時間 いつでも 電話できます",
                "いま 電話できます（",
                "まで）",
                "いまは 時間外です",
                "・",
                "から",
            ],
            Lang::En => [
                "Please check the hours with the service",
                "Open 24 hours",
                "Open now (until ",
                ")",
                "Closed now",
                " · opens ",
                "",
            ],
        };
        match self {
            OpenState::Unknown => unknown.to_owned(),
            OpenState::Open { until: None } => always.to_owned(),
            OpenState::Open { until: Some(t) } => format!("{open}{}{until}", when_in(now, t, lang)),
            OpenState::Closed { next: Some(t) } => {
                format!("{closed}{next}{}{from}", when_in(now, t, lang))
            }
            OpenState::Closed { next: None } => closed.to_owned(),
        }
    }
}

/// A moment relative to `now`: 「21:00」 today, 「明日 9:00」 / 「あした
/// 9:00」 / `tomorrow 9:00`, or 「12/1(火) 9:00」 / 「12月1日(火) 9:00」 /
/// `Tue 1 Dec 9:00`.
fn when_in(now: JstTime, t: JstTime, lang: Lang) -> String {
    let clock = format!("{}:{:02}", t.minute / 60, t.minute % 60);
    let (month, day, weekday) = (t.date.month, t.date.day, t.date.weekday());
    match t.date.days_since_epoch() - now.date.days_since_epoch() {
        0 => clock,
        1 => format!("{} {clock}", lang.pick("明日", "あした", "tomorrow")),
        _ => match lang {
            Lang::Ja => format!("{month}/{day}({}) {clock}", weekday.kanji()),
            Lang::Easy => format!("{month}月{day}日({}) {clock}", weekday.kanji()),
            Lang::En => format!(
                "{} {day} {} {clock}",
                weekday.short_en(),
                month_short_en(month)
            ),
        },
    }
}

impl Hours {
    /// Every day, all day.
    pub const ALWAYS: Hours = Hours::Known {
        periods: &[Period {
            days: DaySet::Daily,
            start: 0,
            end: 1440,
        }],
        closed: &[],
    };

    /// The state at `now`.
    pub fn state(self, now: JstTime) -> OpenState {
        let Hours::Known { periods, closed } = self else {
            return OpenState::Unknown;
        };
        let at = now.minutes();
        match self.open_interval_containing(periods, closed, at) {
            Some(end) => {
                // Follow periods that continue without a gap.
                let horizon = at + 14 * DAY;
                let mut end = end;
                while end < horizon {
                    match self.open_interval_containing(periods, closed, end) {
                        Some(next_end) if next_end > end => end = next_end,
                        _ => break,
                    }
                }
                let until = (end < horizon).then(|| JstTime::from_minutes(end));
                OpenState::Open { until }
            }
            None => OpenState::Closed {
                next: next_start(periods, closed, now),
            },
        }
    }

    /// The end (in minutes since the JST epoch) of the latest-ending period
    /// that is open at minute `at`.
    fn open_interval_containing(
        self,
        periods: &[Period],
        closed: &[Closure],
        at: i64,
    ) -> Option<i64> {
        let today = JstTime::from_minutes(at).date;
        let mut best = None;
        for back in [0, 1] {
            let day = today.add_days(-back);
            if closed.iter().any(|c| c.contains(day)) {
                continue;
            }
            let midnight = day.days_since_epoch() * DAY;
            for p in periods.iter().filter(|p| p.days.contains(day)) {
                let (start, end) = (midnight + i64::from(p.start), midnight + i64::from(p.end));
                if start <= at && at < end {
                    best = best.max(Some(end));
                }
            }
        }
        best
    }

    /// Each period in Japanese, for example 「平日 8:30〜17:15」.
    pub fn describe(self) -> Vec<String> {
        self.describe_in(Lang::Ja)
    }

    /// Each period in `lang`, then the closures: `Every day 16:00–21:00`,
    /// `Closed: Dec 29 – Jan 3`; 「毎日 16:00〜21:00」, 「休み：12月29日〜1月3日」.
    pub fn describe_in(self, lang: Lang) -> Vec<String> {
        let Hours::Known { periods, closed } = self else {
            return vec![
                lang.pick(
                    "受付時間は確認できていません",
                    "電話できる 時間は わかりません",
                    "Hours not confirmed",
                )
                .to_owned(),
            ];
        };
        let mut lines: Vec<String> = periods
            .iter()
            .map(|p| describe_period_in(*p, lang))
            .collect();
        if !closed.is_empty() {
            let days: Vec<String> = closed.iter().map(|c| c.describe_in(lang)).collect();
            let (closed, separator) =
                lang.pick(("休み：", "、"), ("休み：", "、"), ("Closed: ", ", "));
            lines.push(format!("{closed}{}", days.join(separator)));
        }
        lines
    }
}

/// One period in `lang`: 「平日 8:30〜17:15」, 「毎日 16:00〜翌8:00」, `Every
/// day 16:00–8:00 next day`, `Every day, 24 hours`.
fn describe_period_in(p: Period, lang: Lang) -> String {
    let days = p.days.describe_in(lang);
    if p.start == 0 && p.end == 1440 {
        return format!("{days}{}", lang.pick(" 24時間", " 24時間", ", 24 hours"));
    }
    let clock = |minutes: u16| {
        let m = minutes % 1440;
        let clock = format!("{}:{:02}", m / 60, m % 60);
        if minutes < 1440 {
            clock
        } else {
            match lang {
                Lang::Ja => format!("翌{clock}"),
                Lang::Easy => format!("つぎの 日の {clock}"),
                Lang::En => format!("{clock} next day"),
            }
        }
    };
    let to = lang.pick("〜", "〜", "–");
    format!("{days} {}{to}{}", clock(p.start), clock(p.end))
}

fn next_start(periods: &[Period], closed: &[Closure], now: JstTime) -> Option<JstTime> {
    let at = now.minutes();
    (0..=62)
        .flat_map(|offset| {
            let day = now.date.add_days(offset);
            let open_day = !closed.iter().any(|c| c.contains(day));
            let midnight = day.days_since_epoch() * DAY;
            periods
                .iter()
                .filter(move |p| open_day && p.days.contains(day))
                .map(move |p| midnight + i64::from(p.start))
        })
        .filter(|start| *start > at)
        .min()
        .map(JstTime::from_minutes)
}

/// Why a period or closure in the data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleError(pub String);

impl std::fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err<T>(text: &str, why: &str) -> Result<T, ScheduleError> {
    Err(ScheduleError(format!("「{text}」: {why}")))
}

/// Parses one period: `<days> <HH:MM>-<[翌]HH:MM>` or `<days> 24時間`.
///
/// Days are 毎日, 平日, 土日祝, 祝日, weekday lists (`月・木・金`, `月木金`),
/// ranges (`火-土`), `毎月10日` and `第1・第3月`.
pub fn parse_period(text: &str) -> Result<Period, ScheduleError> {
    let Some((days_text, time_text)) = text.trim().split_once(char::is_whitespace) else {
        return err(text, "曜日と時間の間に空白が必要です");
    };
    let days = parse_days(days_text.trim())
        .ok_or_else(|| ScheduleError(format!("「{text}」: 曜日「{days_text}」が読めません")))?;
    let time_text = time_text.trim();
    if time_text == "24時間" {
        return Ok(Period {
            days,
            start: 0,
            end: 1440,
        });
    }
    let Some((from, to)) = time_text.split_once('-') else {
        return err(text, "時間は 08:30-17:15 の形で書いてください");
    };
    let start = parse_clock(from).filter(|m| *m < 1440);
    let end = match to.strip_prefix('翌') {
        Some(next_day) => parse_clock(next_day).map(|m| m + 1440),
        None => parse_clock(to),
    };
    let (Some(start), Some(end)) = (start, end) else {
        return err(text, "時刻が読めません");
    };
    if end <= start {
        return err(
            text,
            "終わりが始まりより前です（日をまたぐ時は「翌」を付けます）",
        );
    }
    if end > start + 1440 {
        return err(text, "一つの時間帯が24時間を超えています");
    }
    Ok(Period { days, start, end })
}

/// Parses a closure: `祝日` or `12/29-1/3`.
pub fn parse_closure(text: &str) -> Result<Closure, ScheduleError> {
    let text = text.trim();
    if text == "祝日" {
        return Ok(Closure::Holidays);
    }
    let parse_md = |s: &str| -> Option<(u8, u8)> {
        let (m, d) = s.trim().split_once('/')?;
        let (m, d) = (m.parse().ok()?, d.parse().ok()?);
        Date::new(2024, m, d).map(|_| (m, d))
    };
    let Some((from, to)) = text.split_once('-') else {
        return err(text, "休みは「祝日」か「12/29-1/3」の形で書いてください");
    };
    match (parse_md(from), parse_md(to)) {
        (Some(from), Some(to)) => Ok(Closure::Dates { from, to }),
        _ => err(text, "日付が読めません"),
    }
}

fn parse_clock(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
}

fn parse_days(text: &str) -> Option<DaySet> {
    match text {
        "毎日" => return Some(DaySet::Daily),
        "平日" => return Some(DaySet::Heijitsu),
        "土日祝" => return Some(DaySet::WeekendsAndHolidays),
        "祝日" => return Some(DaySet::Holidays),
        _ => {}
    }
    if let Some(day) = text.strip_prefix("毎月").and_then(|t| t.strip_suffix('日')) {
        let day: u8 = day.parse().ok()?;
        return (1..=31).contains(&day).then_some(DaySet::MonthDay(day));
    }
    if text.starts_with('第') {
        let weekday = Weekday::from_kanji(text.chars().last()?)?;
        let body: String = text.chars().take(text.chars().count() - 1).collect();
        let mut nths = 0u8;
        for part in body.split('・') {
            let n: u8 = part.strip_prefix('第')?.parse().ok()?;
            if !(1..=5).contains(&n) {
                return None;
            }
            nths |= 1 << (n - 1);
        }
        return Some(DaySet::NthWeekday {
            nths,
            weekday: weekday.index(),
        });
    }
    if let Some((a, b)) = text.split_once('-') {
        let (a, b) = (single_weekday(a)?, single_weekday(b)?);
        if a.index() > b.index() {
            return None;
        }
        let mask = (a.index()..=b.index()).fold(0u8, |m, i| m | (1 << i));
        return Some(DaySet::Weekdays(mask));
    }
    let mut mask = 0u8;
    for c in text.chars().filter(|c| *c != '・') {
        let bit = 1 << Weekday::from_kanji(c)?.index();
        if mask & bit != 0 {
            return None;
        }
        mask |= bit;
    }
    (mask != 0).then_some(DaySet::Weekdays(mask))
}

fn single_weekday(text: &str) -> Option<Weekday> {
    let mut chars = text.chars();
    let w = Weekday::from_kanji(chars.next()?)?;
    chars.next().is_none().then_some(w)
}

/// Rust source for a period, for the build-time data conversion.
pub fn period_to_rust(p: &Period) -> String {
    let days = match p.days {
        DaySet::Daily => "DaySet::Daily".to_owned(),
        DaySet::Heijitsu => "DaySet::Heijitsu".to_owned(),
        DaySet::WeekendsAndHolidays => "DaySet::WeekendsAndHolidays".to_owned(),
        DaySet::Holidays => "DaySet::Holidays".to_owned(),
        DaySet::Weekdays(m) => format!("DaySet::Weekdays({m})"),
        DaySet::MonthDay(d) => format!("DaySet::MonthDay({d})"),
        DaySet::NthWeekday { nths, weekday } => {
            format!("DaySet::NthWeekday {{ nths: {nths}, weekday: {weekday} }}")
        }
    };
    format!(
        "Period {{ days: {days}, start: {}, end: {} }}",
        p.start, p.end
    )
}

/// Rust source for a closure, for the build-time data conversion.
pub fn closure_to_rust(c: &Closure) -> String {
    match c {
        Closure::Holidays => "Closure::Holidays".to_owned(),
        Closure::Dates { from, to } => {
            let mut s = String::new();
            _ = write!(
                s,
                "Closure::Dates {{ from: ({}, {}), to: ({}, {}) }}",
                from.0, from.1, to.0, to.1
            );
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    fn at(y: i32, m: u8, day: u8, hh: u16, mm: u16) -> JstTime {
        JstTime::at(d(y, m, day), hh, mm)
    }

    fn hours(periods: &[&str], closed: &[&str]) -> Hours {
        let periods: Vec<Period> = periods
            .iter()
            .map(|p| parse_period(p).expect("valid period"))
            .collect();
        let closed: Vec<Closure> = closed
            .iter()
            .map(|c| parse_closure(c).expect("valid closure"))
            .collect();
        Hours::Known {
            periods: periods.leak(),
            closed: closed.leak(),
        }
    }

    #[test]
    fn parses_the_ways_lines_write_their_hours() {
        assert_eq!(
            parse_period("毎日 16:00-21:00"),
            Ok(Period {
                days: DaySet::Daily,
                start: 960,
                end: 1260
            })
        );
        assert_eq!(
            parse_period("毎月10日 08:00-翌08:00"),
            Ok(Period {
                days: DaySet::MonthDay(10),
                start: 480,
                end: 1920
            })
        );
        assert_eq!(
            parse_period("月・木・金 24時間").map(|p| p.days),
            Ok(DaySet::Weekdays(0b1_1001))
        );
        assert_eq!(
            parse_period("火-土 09:00-12:00").map(|p| p.days),
            Ok(DaySet::Weekdays(0b11_1110))
        );
        assert_eq!(
            parse_period("第1・第3月 10:00-16:00").map(|p| p.days),
            Ok(DaySet::NthWeekday {
                nths: 0b101,
                weekday: 0
            })
        );
        assert_eq!(parse_period("平日 18:00-翌08:30").map(|p| p.end), Ok(1950));
        assert_eq!(
            parse_period("火水土日 06:00-翌00:00").map(|p| p.end),
            Ok(1440)
        );
        assert_eq!(
            parse_closure("12/29-1/3"),
            Ok(Closure::Dates {
                from: (12, 29),
                to: (1, 3)
            })
        );
    }

    #[test]
    fn rejects_impossible_schedules() {
        for bad in [
            "毎日 21:00-16:00",
            "毎日 25:00-26:00",
            "毎日 09:60-10:00",
            "毎日 10:00-翌11:00",
            "毎月32日 10:00-11:00",
            "第6月 10:00-11:00",
            "金-月 10:00-11:00",
            "月月 10:00-11:00",
            "ときどき 10:00-11:00",
            "毎日10:00-11:00",
            "毎日 10時-11時",
        ] {
            assert!(parse_period(bad).is_err(), "{bad} should be refused");
        }
        assert!(parse_closure("2/30-3/1").is_err());
        assert!(parse_closure("年末年始").is_err());
    }

    #[test]
    fn several_periods_a_day() {
        let h = hours(&["火-土 09:00-12:00", "火-土 13:00-16:00"], &["祝日"]);
        // Wednesday 2026-11-25.
        assert!(h.state(at(2026, 11, 25, 11, 59)).is_open());
        assert_eq!(
            h.state(at(2026, 11, 25, 12, 30)),
            OpenState::Closed {
                next: Some(at(2026, 11, 25, 13, 0))
            }
        );
        // Monday: next is Tuesday 9:00.
        assert_eq!(
            h.state(at(2026, 11, 30, 10, 0)),
            OpenState::Closed {
                next: Some(at(2026, 12, 1, 9, 0))
            }
        );
    }

    #[test]
    fn periods_past_midnight_belong_to_their_start_day() {
        let h = hours(&["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"], &[]);
        assert!(h.state(at(2026, 12, 10, 8, 0)).is_open());
        assert!(
            h.state(at(2026, 12, 11, 7, 59)).is_open(),
            "the 10th's period runs to 8:00 on the 11th"
        );
        assert!(!h.state(at(2026, 12, 11, 8, 0)).is_open());
        assert!(!h.state(at(2026, 12, 9, 23, 0)).is_open());
        assert_eq!(
            h.state(at(2026, 12, 10, 17, 0)),
            OpenState::Open {
                until: Some(at(2026, 12, 11, 8, 0))
            },
            "overlapping periods: open until the later end"
        );
        assert_eq!(
            h.state(at(2026, 12, 9, 22, 0)),
            OpenState::Closed {
                next: Some(at(2026, 12, 10, 8, 0))
            }
        );
    }

    #[test]
    fn first_and_third_monday() {
        let h = hours(&["第1・第3月 10:00-16:00"], &[]);
        assert!(h.state(at(2026, 12, 7, 10, 0)).is_open());
        assert!(!h.state(at(2026, 12, 14, 10, 0)).is_open());
        assert!(h.state(at(2026, 12, 21, 15, 59)).is_open());
        assert_eq!(
            h.state(at(2026, 12, 22, 10, 0)),
            OpenState::Closed {
                next: Some(at(2027, 1, 4, 10, 0))
            }
        );
    }

    #[test]
    fn weekdays_know_national_holidays() {
        let h = hours(&["平日 08:30-17:15"], &[]);
        assert!(h.state(at(2026, 11, 24, 9, 0)).is_open());
        assert!(
            !h.state(at(2026, 11, 23, 9, 0)).is_open(),
            "勤労感謝の日 is not 平日"
        );
        assert_eq!(
            h.state(at(2026, 11, 22, 9, 0)),
            OpenState::Closed {
                next: Some(at(2026, 11, 24, 8, 30))
            }
        );
    }

    #[test]
    fn weekend_and_holiday_nights_join_up() {
        // 兵庫県いのちと心のサポートダイヤル: 平日 18:00–翌8:30, 土日祝 終日.
        let h = hours(
            &["平日 18:00-翌08:30", "土日祝 24時間", "平日 00:00-08:30"],
            &[],
        );
        // Friday 2026-11-27 20:00: open through the weekend until Monday 8:30.
        assert_eq!(
            h.state(at(2026, 11, 27, 20, 0)),
            OpenState::Open {
                until: Some(at(2026, 11, 30, 8, 30))
            }
        );
        // Monday 11-23 is a holiday: open all day.
        assert!(h.state(at(2026, 11, 23, 12, 0)).is_open());
        assert!(!h.state(at(2026, 11, 24, 12, 0)).is_open());
    }

    #[test]
    fn closures_by_holiday_and_by_date_range() {
        let h = hours(&["毎日 16:00-21:00"], &["12/29-1/3"]);
        assert!(h.state(at(2026, 12, 28, 20, 0)).is_open());
        assert!(!h.state(at(2026, 12, 31, 20, 0)).is_open());
        assert_eq!(
            h.state(at(2026, 12, 29, 17, 0)),
            OpenState::Closed {
                next: Some(at(2027, 1, 4, 16, 0))
            }
        );
        let h = hours(&["月-金 08:30-17:15", "土 09:00-12:00"], &["祝日"]);
        assert!(
            h.state(at(2027, 3, 20, 10, 0)).is_open(),
            "a Saturday that is no holiday"
        );
        assert!(
            !h.state(at(2026, 11, 23, 10, 0)).is_open(),
            "Monday 勤労感謝の日 is closed"
        );
        assert!(h.state(at(2026, 11, 24, 10, 0)).is_open());
    }

    #[test]
    fn always_and_unknown() {
        assert_eq!(
            Hours::ALWAYS.state(at(2026, 1, 1, 3, 0)),
            OpenState::Open { until: None }
        );
        assert_eq!(
            Hours::Unknown.state(at(2026, 1, 1, 3, 0)),
            OpenState::Unknown
        );
        assert_eq!(
            Hours::Unknown.describe(),
            vec!["受付時間は確認できていません".to_owned()]
        );
    }

    #[test]
    fn describes_states_for_call_buttons() {
        let now = at(2026, 11, 28, 23, 0);
        assert_eq!(
            OpenState::Open { until: None }.describe(now),
            "24時間受付中"
        );
        assert_eq!(
            OpenState::Open {
                until: Some(at(2026, 11, 29, 8, 0))
            }
            .describe(now),
            "受付中（明日 8:00まで）"
        );
        assert_eq!(
            OpenState::Closed {
                next: Some(at(2026, 12, 1, 9, 0))
            }
            .describe(now),
            "いまは受付時間外・12/1(火) 9:00から"
        );
    }

    #[test]
    fn describes_hours_in_japanese() {
        let h = hours(
            &["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"],
            &["12/29-1/3"],
        );
        assert_eq!(
            h.describe(),
            vec![
                "毎日 16:00〜21:00",
                "毎月10日 8:00〜翌8:00",
                "休み：12/29〜1/3"
            ]
        );
    }

    #[test]
    fn describes_hours_in_english_and_easy_japanese() {
        let h = hours(
            &["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"],
            &["12/29-1/3"],
        );
        assert_eq!(
            h.describe_in(Lang::En),
            vec![
                "Every day 16:00–21:00",
                "The 10th of every month 8:00–8:00 next day",
                "Closed: Dec 29 – Jan 3"
            ]
        );
        assert_eq!(
            h.describe_in(Lang::Easy),
            vec![
                "毎日 16:00〜21:00",
                "毎月 10日 8:00〜つぎの 日の 8:00",
                "休み：12月29日〜1月3日"
            ]
        );
        assert_eq!(h.describe_in(Lang::Ja), h.describe());
        let h = hours(&["毎日 24時間"], &[]);
        assert_eq!(h.describe_in(Lang::En), vec!["Every day, 24 hours"]);
        assert_eq!(h.describe_in(Lang::Easy), vec!["毎日 24時間"]);
        let h = hours(
            &[
                "平日 18:00-翌08:30",
                "土日祝 24時間",
                "火-土 09:00-12:00",
                "月・木・金 24時間",
            ],
            &["祝日"],
        );
        assert_eq!(
            h.describe_in(Lang::En),
            vec![
                "Weekdays (not public holidays) 18:00–8:30 next day",
                "Weekends and public holidays, 24 hours",
                "Tue–Sat 9:00–12:00",
                "Mon, Thu, Fri, 24 hours",
                "Closed: public holidays"
            ]
        );
        assert_eq!(
            h.describe_in(Lang::Easy),
            vec![
                "月曜日〜金曜日（祝日は のぞく） 18:00〜つぎの 日の 8:30",
                "土曜日・日曜日・祝日 24時間",
                "火曜日〜土曜日 9:00〜12:00",
                "月曜日・木曜日・金曜日 24時間",
                "休み：祝日"
            ]
        );
        let h = hours(&["第1・第3月 10:00-16:00", "火水土日 06:00-翌00:00"], &[]);
        assert_eq!(
            h.describe_in(Lang::En),
            vec![
                "The 1st and 3rd Monday of the month 10:00–16:00",
                "Tue, Wed, Sat, Sun 6:00–0:00 next day"
            ]
        );
        assert_eq!(
            h.describe_in(Lang::Easy)[0],
            "毎月 1回目と 3回目の 月曜日 10:00〜16:00"
        );
        assert_eq!(
            Hours::Unknown.describe_in(Lang::En),
            vec!["Hours not confirmed"]
        );
        assert_eq!(
            Hours::Unknown.describe_in(Lang::Easy),
            vec!["電話できる 時間は わかりません"]
        );
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(2), "2nd");
        assert_eq!(ordinal(3), "3rd");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
    }

    #[test]
    fn describes_states_in_english_and_easy_japanese() {
        let now = at(2026, 11, 28, 23, 0);
        let open_24 = OpenState::Open { until: None };
        let until_tomorrow = OpenState::Open {
            until: Some(at(2026, 11, 29, 8, 0)),
        };
        let until_today = OpenState::Open {
            until: Some(at(2026, 11, 28, 23, 30)),
        };
        let next_tuesday = OpenState::Closed {
            next: Some(at(2026, 12, 1, 9, 0)),
        };
        let next_tomorrow = OpenState::Closed {
            next: Some(at(2026, 11, 29, 16, 0)),
        };
        assert_eq!(open_24.describe_in(now, Lang::En), "Open 24 hours");
        assert_eq!(
            until_tomorrow.describe_in(now, Lang::En),
            "Open now (until tomorrow 8:00)"
        );
        assert_eq!(
            until_today.describe_in(now, Lang::En),
            "Open now (until 23:30)"
        );
        assert_eq!(
            next_tuesday.describe_in(now, Lang::En),
            "Closed now · opens Tue 1 Dec 9:00"
        );
        assert_eq!(
            next_tomorrow.describe_in(now, Lang::En),
            "Closed now · opens tomorrow 16:00"
        );
        assert_eq!(
            OpenState::Closed { next: None }.describe_in(now, Lang::En),
            "Closed now"
        );
        assert_eq!(
            OpenState::Unknown.describe_in(now, Lang::En),
            "Please check the hours with the service"
        );
        assert_eq!(
            open_24.describe_in(now, Lang::Easy),
            "24時間 いつでも 電話できます"
        );
        assert_eq!(
            until_tomorrow.describe_in(now, Lang::Easy),
            "いま 電話できます（あした 8:00まで）"
        );
        assert_eq!(
            next_tuesday.describe_in(now, Lang::Easy),
            "いまは 時間外です・12月1日(火) 9:00から"
        );
        assert_eq!(
            OpenState::Unknown.describe_in(now, Lang::Easy),
            "電話できる 時間は 確かめて ください"
        );
        for state in [open_24, until_tomorrow, next_tuesday, OpenState::Unknown] {
            assert_eq!(state.describe_in(now, Lang::Ja), state.describe(now));
        }
    }

    #[test]
    fn rust_source_round_trip_shape() {
        let p = parse_period("第1・第3月 10:00-16:00").expect("valid");
        assert_eq!(
            period_to_rust(&p),
            "Period { days: DaySet::NthWeekday { nths: 5, weekday: 0 }, start: 600, end: 960 }"
        );
    }
}
