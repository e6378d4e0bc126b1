//! Opening hours as real Japanese lines have them: several periods a day,
//! periods past midnight (16:00–翌8:00), weekday rules, 平日 and 土日祝 that
//! know national holidays, monthly rules (毎月10日, 第1・第3月曜), 24 hours,
//! what happens on national holidays and on 12/29–1/3 (open as usual,
//! closed, or not known: then the state is not known on those days), and
//! dated special openings. Unknown hours stay unknown.
//!
//! In the data file a period is written as people write it, for example
//! `"平日 08:30-17:15"`, `"毎月10日 08:00-翌08:00"`, `"土日祝 24時間"`; the
//! build parses it with [`parse_period`] and ships the result as statics.

use super::calendar::{DAY, Date, JstTime, Weekday};
use super::holiday::is_holiday;

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

/// What a contact does on the days its source must speak of: national
/// holidays, and the year-end days 12/29–1/3 (when government offices are
/// closed, 行政機関の休日に関する法律).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayRule {
    /// Open as usual: the periods apply as written (平日 never includes a
    /// holiday; 土日祝 and 祝日 do).
    Open,
    /// Closed all day: no period starts.
    Closed,
    /// The source does not say: whether it is open is not known that day.
    Unknown,
}

impl DayRule {
    /// Every rule.
    pub const ALL: [DayRule; 3] = [DayRule::Open, DayRule::Closed, DayRule::Unknown];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            DayRule::Open => "open",
            DayRule::Closed => "closed",
            DayRule::Unknown => "unknown",
        }
    }

    /// The rule for an id.
    pub fn from_id(id: &str) -> Option<DayRule> {
        DayRule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// Whether `date` is one of the year-end days, 12/29–1/3.
pub fn is_year_end(date: Date) -> bool {
    (date.month == 12 && date.day >= 29) || (date.month == 1 && date.day <= 3)
}

/// A dated special opening, such as a week of 24 hours: open from `start`
/// to `end` (minutes since 1970-01-01 00:00 JST), whatever else applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Special {
    /// First open minute.
    pub start: i64,
    /// First minute after it.
    pub end: i64,
}

/// The hours of one contact method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    /// Not known to us: shown as unknown, never guessed.
    Unknown,
    /// Known periods, and what happens on holidays and at the year-end.
    Known {
        /// Opening periods.
        periods: &'static [Period],
        /// On national holidays (outside 12/29–1/3).
        holidays: DayRule,
        /// On 12/29–1/3; `Open` leaves them to the usual rules (a holiday
        /// among them follows `holidays`).
        year_end: DayRule,
        /// Dated special openings.
        special: &'static [Special],
    },
}

/// Whether a contact method is open at a moment, and what comes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenState {
    /// Hours are unknown.
    Unknown,
    /// Not known now: a national holiday or a year-end day whose rule is
    /// [`DayRule::Unknown`] (or a period that would have started on one).
    /// Never ranked as open; the catalogue words it (`i18n::line_status`).
    Unsure,
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
}

impl Hours {
    /// Every day, all day.
    pub const ALWAYS: Hours = Hours::Known {
        periods: &[Period {
            days: DaySet::Daily,
            start: 0,
            end: 1440,
        }],
        holidays: DayRule::Open,
        year_end: DayRule::Open,
        special: &[],
    };

    /// The state at `now`. Open wins (a special opening, or a period that
    /// started on a day that opens as usual); then unsure (a day whose rule
    /// is unknown, or a period that would have started on one); else closed.
    pub fn state(self, now: JstTime) -> OpenState {
        let Hours::Known { periods, .. } = self else {
            return OpenState::Unknown;
        };
        let at = now.minutes();
        if let Some(end) = self.open_end(at) {
            // Follow openings that continue without a gap.
            let horizon = at + 14 * DAY;
            let mut end = end;
            while end < horizon {
                match self.open_end(end) {
                    Some(next_end) if next_end > end => end = next_end,
                    _ => break,
                }
            }
            let until = (end < horizon).then(|| JstTime::from_minutes(end));
            return OpenState::Open { until };
        }
        let yesterday = now.date.add_days(-1);
        if self.rule(now.date) == DayRule::Unknown
            || (self.rule(yesterday) == DayRule::Unknown
                && covering(periods, yesterday, at).next().is_some())
        {
            return OpenState::Unsure;
        }
        // The next opening, unless a day of unknown state comes first.
        let unsure = (1..=62)
            .map(|n| now.date.add_days(n))
            .find(|d| self.rule(*d) == DayRule::Unknown)
            .map_or(i64::MAX, |d| d.days_since_epoch() * DAY);
        OpenState::Closed {
            next: self
                .next_start(now)
                .filter(|t| *t <= unsure)
                .map(JstTime::from_minutes),
        }
    }

    /// What applies on `date`: its day rule when it is a holiday or a
    /// year-end day, else [`DayRule::Open`].
    fn rule(self, date: Date) -> DayRule {
        match self {
            Hours::Known { year_end, .. } if year_end != DayRule::Open && is_year_end(date) => {
                year_end
            }
            Hours::Known { holidays, .. } if is_holiday(date) => holidays,
            _ => DayRule::Open,
        }
    }

    /// The end (in minutes since the JST epoch) of the latest-ending known
    /// opening at minute `at`.
    fn open_end(self, at: i64) -> Option<i64> {
        let Hours::Known {
            periods, special, ..
        } = self
        else {
            return None;
        };
        let today = JstTime::from_minutes(at).date;
        let specials = special
            .iter()
            .filter(|s| s.start <= at && at < s.end)
            .map(|s| s.end);
        [today, today.add_days(-1)]
            .into_iter()
            .filter(|day| self.rule(*day) == DayRule::Open)
            .flat_map(|day| covering(periods, day, at))
            .chain(specials)
            .max()
    }

    /// The first opening after `now`, within 62 days, in minutes.
    fn next_start(self, now: JstTime) -> Option<i64> {
        let Hours::Known {
            periods, special, ..
        } = self
        else {
            return None;
        };
        let at = now.minutes();
        let limit = now.date.add_days(63).days_since_epoch() * DAY;
        (0..=62)
            .map(|offset| now.date.add_days(offset))
            .filter(|day| self.rule(*day) == DayRule::Open)
            .flat_map(|day| {
                let midnight = day.days_since_epoch() * DAY;
                periods
                    .iter()
                    .filter(move |p| p.days.contains(day))
                    .map(move |p| midnight + i64::from(p.start))
            })
            .chain(special.iter().map(|s| s.start).filter(|s| *s < limit))
            .filter(|start| *start > at)
            .min()
    }

    /// The special opening that applies at `now`, if any (shown only then).
    pub fn special_at(self, now: JstTime) -> Option<Special> {
        let at = now.minutes();
        match self {
            Hours::Known { special, .. } => special
                .iter()
                .copied()
                .filter(|s| s.start <= at && at < s.end)
                .max_by_key(|s| s.end),
            Hours::Unknown => None,
        }
    }
}

/// The ends of the periods that start on `day` and cover minute `at`.
fn covering(periods: &[Period], day: Date, at: i64) -> impl Iterator<Item = i64> + '_ {
    let midnight = day.days_since_epoch() * DAY;
    periods
        .iter()
        .filter(move |p| p.days.contains(day))
        .map(move |p| (midnight + i64::from(p.start), midnight + i64::from(p.end)))
        .filter(move |(start, end)| *start <= at && at < *end)
        .map(|(_, end)| end)
}

/// Why a period in the data could not be read.
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

/// Parses a moment in Japan time, `YYYY-MM-DD HH:MM`, to minutes since
/// 1970-01-01 00:00 JST.
pub fn parse_datetime(text: &str) -> Option<i64> {
    let (date, clock) = text.trim().split_once(' ')?;
    let minute = parse_clock(clock).filter(|m| *m < 1440)?;
    Some(JstTime::at(Date::parse_iso(date)?, 0, minute).minutes())
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

/// Rust source for hours, for the build-time data conversion.
pub fn hours_to_rust(hours: Hours) -> String {
    let Hours::Known {
        periods,
        holidays,
        year_end,
        special,
    } = hours
    else {
        return "Hours::Unknown".to_owned();
    };
    let periods: Vec<String> = periods.iter().map(period_to_rust).collect();
    let special: Vec<String> = special
        .iter()
        .map(|s| format!("Special {{ start: {}, end: {} }}", s.start, s.end))
        .collect();
    format!(
        "Hours::Known {{ periods: &[{}], holidays: DayRule::{holidays:?}, year_end: DayRule::{year_end:?}, special: &[{}] }}",
        periods.join(", "),
        special.join(", ")
    )
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

    /// Hours that open as usual on holidays and at the year-end.
    fn hours(periods: &[&str]) -> Hours {
        hours_with(periods, DayRule::Open, DayRule::Open, &[])
    }

    fn hours_with(
        periods: &[&str],
        holidays: DayRule,
        year_end: DayRule,
        special: &[(&str, &str)],
    ) -> Hours {
        let periods: Vec<Period> = periods
            .iter()
            .map(|p| parse_period(p).expect("valid period"))
            .collect();
        let special: Vec<Special> = special
            .iter()
            .map(|(from, to)| Special {
                start: parse_datetime(from).expect("valid start"),
                end: parse_datetime(to).expect("valid end"),
            })
            .collect();
        Hours::Known {
            periods: periods.leak(),
            holidays,
            year_end,
            special: special.leak(),
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
            parse_datetime("2025-09-10 08:00"),
            Some(at(2025, 9, 10, 8, 0).minutes())
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
        for bad in [
            "2025-09-10",
            "2025-09-10 24:00",
            "2025-02-30 08:00",
            "2025/09/10 08:00",
            "2025-09-10 8時",
        ] {
            assert!(parse_datetime(bad).is_none(), "{bad} should be refused");
        }
    }

    #[test]
    fn several_periods_a_day() {
        let h = hours_with(
            &["火-土 09:00-12:00", "火-土 13:00-16:00"],
            DayRule::Closed,
            DayRule::Open,
            &[],
        );
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
        let h = hours(&["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"]);
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
        let h = hours(&["第1・第3月 10:00-16:00"]);
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
        let h = hours(&["平日 08:30-17:15"]);
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
        let h = hours(&["平日 18:00-翌08:30", "土日祝 24時間", "平日 00:00-08:30"]);
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
    fn a_night_period_at_the_edges_of_the_year_end_belongs_to_its_start_day() {
        let h = hours_with(&["毎日 18:00-翌08:30"], DayRule::Open, DayRule::Closed, &[]);
        // 12/28's night runs past midnight into 12/29, the first closed day.
        assert!(h.state(at(2026, 12, 28, 23, 59)).is_open());
        assert_eq!(
            h.state(at(2026, 12, 29, 0, 0)),
            OpenState::Open {
                until: Some(at(2026, 12, 29, 8, 30))
            }
        );
        assert!(!h.state(at(2026, 12, 29, 8, 30)).is_open());
        // No night starts on 12/29–1/3: 1/3's would run into 1/4.
        assert!(!h.state(at(2027, 1, 3, 23, 59)).is_open());
        assert_eq!(
            h.state(at(2027, 1, 4, 0, 0)),
            OpenState::Closed {
                next: Some(at(2027, 1, 4, 18, 0))
            }
        );
    }

    #[test]
    fn closed_on_holidays_and_at_the_year_end() {
        let h = hours_with(&["毎日 16:00-21:00"], DayRule::Open, DayRule::Closed, &[]);
        assert!(h.state(at(2026, 12, 28, 20, 0)).is_open());
        assert!(!h.state(at(2026, 12, 31, 20, 0)).is_open());
        assert_eq!(
            h.state(at(2026, 12, 29, 17, 0)),
            OpenState::Closed {
                next: Some(at(2027, 1, 4, 16, 0))
            }
        );
        let h = hours_with(
            &["月-金 08:30-17:15", "土 09:00-12:00"],
            DayRule::Closed,
            DayRule::Open,
            &[],
        );
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
    }

    #[test]
    fn unknown_holidays_and_year_end_are_never_open() {
        // 法テラス: 平日 9:00–21:00, 土 9:00–17:00; the source says nothing
        // of holidays or the year-end.
        let h = hours_with(
            &["平日 09:00-21:00", "土 09:00-17:00"],
            DayRule::Unknown,
            DayRule::Unknown,
            &[],
        );
        assert_eq!(h.state(at(2028, 4, 29, 10, 0)), OpenState::Unsure);
        assert_eq!(h.state(at(2028, 4, 29, 3, 0)), OpenState::Unsure);
        assert_eq!(h.state(at(2026, 12, 30, 10, 0)), OpenState::Unsure);
        assert!(
            h.state(at(2027, 3, 20, 10, 0)).is_open(),
            "a plain Saturday"
        );
        // Closed the evening before: the next opening is not promised while
        // unknown days come first.
        assert_eq!(
            h.state(at(2026, 12, 28, 22, 0)),
            OpenState::Closed { next: None }
        );
        assert_eq!(
            h.state(at(2028, 4, 28, 22, 0)),
            OpenState::Closed { next: None }
        );
        // Open up to an unknown day: open until its midnight.
        let h = hours_with(&["毎日 24時間"], DayRule::Open, DayRule::Unknown, &[]);
        assert_eq!(
            h.state(at(2026, 12, 28, 20, 0)),
            OpenState::Open {
                until: Some(at(2026, 12, 29, 0, 0))
            }
        );
        assert_eq!(
            h.state(at(2027, 1, 4, 0, 0)),
            OpenState::Open { until: None }
        );
        // A period past midnight that would have started on an unknown day.
        let h = hours_with(
            &["毎日 20:00-翌02:00"],
            DayRule::Unknown,
            DayRule::Open,
            &[],
        );
        assert_eq!(h.state(at(2026, 11, 24, 1, 0)), OpenState::Unsure);
        assert!(h.state(at(2026, 11, 23, 1, 0)).is_open(), "from the 22nd");
        assert!(!OpenState::Unsure.is_open());
    }

    #[test]
    fn year_end_closed_and_holidays_closed() {
        // みんなの人権110番: 平日 8:30–17:15, a ministry: closed 12/29–1/3.
        let h = hours_with(&["平日 08:30-17:15"], DayRule::Closed, DayRule::Closed, &[]);
        assert_eq!(
            h.state(at(2026, 12, 30, 10, 0)),
            OpenState::Closed {
                next: Some(at(2027, 1, 4, 8, 30))
            }
        );
        assert!(h.state(at(2026, 12, 28, 10, 0)).is_open());
        // Open as usual at the year-end: 1/1 still follows the holiday rule.
        let h = hours_with(&["毎日 16:00-21:00"], DayRule::Closed, DayRule::Open, &[]);
        assert!(h.state(at(2026, 12, 31, 17, 0)).is_open());
        assert!(!h.state(at(2027, 1, 1, 17, 0)).is_open());
        assert!(h.state(at(2027, 1, 2, 17, 0)).is_open());
    }

    #[test]
    fn special_openings_apply_only_while_they_last() {
        // いのちの電話: 24 hours from 2025-09-10 8:00 to 2025-09-17 8:00.
        let h = hours_with(
            &["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"],
            DayRule::Open,
            DayRule::Open,
            &[("2025-09-10 08:00", "2025-09-17 08:00")],
        );
        let inside = at(2025, 9, 12, 3, 0);
        assert_eq!(
            h.state(inside),
            OpenState::Open {
                until: Some(at(2025, 9, 17, 8, 0))
            }
        );
        assert!(h.special_at(inside).is_some());
        assert_eq!(h.special_at(at(2025, 9, 17, 8, 0)), None);
        assert!(!h.state(at(2025, 9, 18, 3, 0)).is_open());
        assert_eq!(
            h.state(at(2025, 9, 9, 22, 0)),
            OpenState::Closed {
                next: Some(at(2025, 9, 10, 8, 0))
            }
        );
        // A special opening on a day of unknown state is open.
        let h = hours_with(
            &["平日 09:00-17:00"],
            DayRule::Unknown,
            DayRule::Unknown,
            &[("2026-12-30 10:00", "2026-12-30 12:00")],
        );
        assert!(h.state(at(2026, 12, 30, 11, 0)).is_open());
        assert_eq!(h.state(at(2026, 12, 30, 12, 0)), OpenState::Unsure);
        assert_eq!(Hours::Unknown.special_at(at(2026, 1, 1, 0, 0)), None);
    }

    /// The oracle: for many random schedules (periods of every kind, past
    /// midnight, holiday and year-end rules, special openings) and random
    /// minutes over several years, `state` agrees with a brute-force scan,
    /// minute by minute, of the same rules: the kind of state, when an open
    /// line closes and when a closed one opens.
    #[test]
    fn state_agrees_with_a_minute_by_minute_scan() {
        let mut rng = Rng(0x5eed_2026_1230);
        for case in 0..3000 {
            let now = random_moment(&mut rng);
            let h = random_hours(&mut rng, now);
            let expected = brute_force(h, now);
            assert_eq!(
                h.state(now),
                expected,
                "case {case}: {h:?} at {now:?} ({:?})",
                now.date.weekday()
            );
        }
    }

    /// splitmix64: a small deterministic generator for the oracle.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn random_hours(rng: &mut Rng, now: JstTime) -> Hours {
        let periods: Vec<Period> = (0..1 + rng.below(3))
            .map(|_| {
                let days = match rng.below(7) {
                    0 => DaySet::Daily,
                    1 => DaySet::Heijitsu,
                    2 => DaySet::WeekendsAndHolidays,
                    3 => DaySet::Holidays,
                    4 => DaySet::Weekdays(1 + rng.below(127) as u8),
                    5 => DaySet::MonthDay(1 + rng.below(31) as u8),
                    _ => DaySet::NthWeekday {
                        nths: 1 + rng.below(31) as u8,
                        weekday: rng.below(7) as u8,
                    },
                };
                // Quarter hours, sometimes past midnight, sometimes all day.
                let start = (rng.below(96) * 15) as u16;
                let length = match rng.below(4) {
                    0 => 1440,
                    _ => (1 + rng.below(96)) as u16 * 15,
                };
                Period {
                    days,
                    start: if length == 1440 { 0 } else { start },
                    end: if length == 1440 { 1440 } else { start + length },
                }
            })
            .collect();
        let rule = |rng: &mut Rng| DayRule::ALL[rng.below(3) as usize];
        let (holidays, year_end) = (rule(rng), rule(rng));
        // Special openings: none, or one or two within three days of `now`,
        // from a quarter of an hour to eight days long.
        let quarter = now.minutes() - now.minutes() % 15;
        let special: Vec<Special> = (0..rng.below(3))
            .map(|_| {
                let start = quarter + (rng.below(577) as i64 - 288) * 15;
                Special {
                    start,
                    end: start + (1 + rng.below(768) as i64) * 15,
                }
            })
            .collect();
        Hours::Known {
            periods: periods.leak(),
            holidays,
            year_end,
            special: special.leak(),
        }
    }

    /// A minute in 2024–2031, a third of them near the year-end.
    fn random_moment(rng: &mut Rng) -> JstTime {
        let first = d(2024, 1, 1).days_since_epoch();
        let day = match rng.below(3) {
            0 => {
                let year = 2024 + rng.below(8) as i32;
                d(year, 12, 24).add_days(rng.below(14) as i64)
            }
            _ => Date::from_days_since_epoch(first + rng.below(8 * 365) as i64),
        };
        JstTime::from_minutes(day.days_since_epoch() * DAY + rng.below(1440) as i64)
    }

    /// What the rules say at one minute, from their definitions alone.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum Kind {
        Open,
        Unsure,
        Closed,
    }

    fn rule_on(holidays: DayRule, year_end: DayRule, day: Date) -> DayRule {
        let year_end_day = (day.month == 12 && day.day >= 29) || (day.month == 1 && day.day <= 3);
        if year_end_day && year_end != DayRule::Open {
            year_end
        } else if is_holiday(day) {
            holidays
        } else {
            DayRule::Open
        }
    }

    /// The rules of each day around `now`, computed once: each day's rule
    /// and the periods that start on it, as minutes since the JST epoch.
    struct Days {
        first: i64,
        days: Vec<(DayRule, Vec<(i64, i64)>)>,
        special: &'static [Special],
    }

    impl Days {
        fn new(h: Hours, now: JstTime) -> Days {
            let Hours::Known {
                periods,
                holidays,
                year_end,
                special,
            } = h
            else {
                unreachable!("known hours only")
            };
            let first = now.date.days_since_epoch() - 1;
            let days = (first..first + 65)
                .map(|n| {
                    let day = Date::from_days_since_epoch(n);
                    let starts = periods
                        .iter()
                        .filter(|p| p.days.contains(day))
                        .map(|p| (n * DAY + i64::from(p.start), n * DAY + i64::from(p.end)))
                        .collect();
                    (rule_on(holidays, year_end, day), starts)
                })
                .collect();
            Days {
                first,
                days,
                special,
            }
        }

        fn kind_at(&self, m: i64) -> Kind {
            if self.special.iter().any(|s| s.start <= m && m < s.end) {
                return Kind::Open;
            }
            let today = (m.div_euclid(DAY) - self.first) as usize;
            let mut unsure = self.days[today].0 == DayRule::Unknown;
            for (rule, periods) in &self.days[today - 1..=today] {
                for (start, end) in periods {
                    if *start <= m && m < *end {
                        match rule {
                            DayRule::Open => return Kind::Open,
                            DayRule::Unknown => unsure = true,
                            DayRule::Closed => {}
                        }
                    }
                }
            }
            if unsure { Kind::Unsure } else { Kind::Closed }
        }
    }

    /// The state by scanning minute by minute: open until the first minute
    /// that is not open (within 14 days); closed until the first minute
    /// that is not closed, if that is an opening within the 62 days after
    /// today.
    fn brute_force(h: Hours, now: JstTime) -> OpenState {
        let days = Days::new(h, now);
        let at = now.minutes();
        match days.kind_at(at) {
            Kind::Unsure => OpenState::Unsure,
            Kind::Open => {
                let horizon = at + 14 * DAY;
                let until = (at + 1..horizon).find(|m| days.kind_at(*m) != Kind::Open);
                OpenState::Open {
                    until: until.map(JstTime::from_minutes),
                }
            }
            Kind::Closed => {
                let limit = now.date.add_days(63).days_since_epoch() * DAY;
                let next = (at + 1..limit)
                    .find(|m| days.kind_at(*m) != Kind::Closed)
                    .filter(|m| days.kind_at(*m) == Kind::Open);
                OpenState::Closed {
                    next: next.map(JstTime::from_minutes),
                }
            }
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
