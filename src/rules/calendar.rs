//! Japan time: civil dates and minutes of the day in JST (UTC+9, no daylight
//! saving), computed from a UNIX timestamp so the phone's own time zone never
//! matters.

/// Minutes in a day.
pub const DAY: i64 = 1440;
const JST_OFFSET_MINUTES: i64 = 9 * 60;

/// A day of the week, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// 月
    Mon,
    /// 火
    Tue,
    /// 水
    Wed,
    /// 木
    Thu,
    /// 金
    Fri,
    /// 土
    Sat,
    /// 日
    Sun,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// 0 for Monday … 6 for Sunday.
    pub const fn index(self) -> u8 {
        self as u8
    }

    /// The one-character Japanese name: 月, 火, …
    pub const fn kanji(self) -> char {
        match self {
            Weekday::Mon => '月',
            Weekday::Tue => '火',
            Weekday::Wed => '水',
            Weekday::Thu => '木',
            Weekday::Fri => '金',
            Weekday::Sat => '土',
            Weekday::Sun => '日',
        }
    }

    /// The short English name: Mon, Tue, …
    pub const fn short_en(self) -> &'static str {
        match self {
            Weekday::Mon => "Mon",
            Weekday::Tue => "Tue",
            Weekday::Wed => "Wed",
            Weekday::Thu => "Thu",
            Weekday::Fri => "Fri",
            Weekday::Sat => "Sat",
            Weekday::Sun => "Sun",
        }
    }

    /// The full English name: Monday, Tuesday, …
    pub const fn name_en(self) -> &'static str {
        match self {
            Weekday::Mon => "Monday",
            Weekday::Tue => "Tuesday",
            Weekday::Wed => "Wednesday",
            Weekday::Thu => "Thursday",
            Weekday::Fri => "Friday",
            Weekday::Sat => "Saturday",
            Weekday::Sun => "Sunday",
        }
    }

    /// Reads a one-character Japanese weekday name.
    pub fn from_kanji(c: char) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|w| w.kanji() == c)
    }
}

/// A date in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, for example 2026.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|()| day >= 1 && day <= days_in_month(year, month))
            .map(|()| Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The day `n` days later (or earlier, for negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    /// Which occurrence of its weekday this day is in its month (1 = first).
    pub fn nth_in_month(self) -> u8 {
        (self.day - 1) / 7 + 1
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// A moment in Japan time, to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct JstTime {
    /// The date in Japan.
    pub date: Date,
    /// Minutes since midnight in Japan, 0–1439.
    pub minute: u16,
}

impl JstTime {
    /// Japan time at a UNIX timestamp in milliseconds (as `Date.now()` gives).
    pub fn from_unix_ms(ms: f64) -> JstTime {
        let minutes = (ms / 60_000.0).floor() as i64 + JST_OFFSET_MINUTES;
        JstTime::from_minutes(minutes)
    }

    /// Japan time from minutes since 1970-01-01 00:00 JST.
    pub fn from_minutes(minutes: i64) -> JstTime {
        JstTime {
            date: Date::from_days_since_epoch(minutes.div_euclid(DAY)),
            minute: minutes.rem_euclid(DAY) as u16,
        }
    }

    /// Minutes since 1970-01-01 00:00 JST.
    pub fn minutes(self) -> i64 {
        self.date.days_since_epoch() * DAY + i64::from(self.minute)
    }

    /// A time on a date, `hh:mm` in Japan.
    pub fn at(date: Date, hour: u16, minute: u16) -> JstTime {
        JstTime {
            date,
            minute: hour * 60 + minute,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    #[test]
    fn epoch_round_trip_over_many_years() {
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(d(2026, 11, 25).weekday(), Weekday::Wed);
        assert_eq!(d(2026, 1, 1).weekday(), Weekday::Thu);
        assert_eq!(d(2027, 1, 1).weekday(), Weekday::Fri);
        assert_eq!(d(2024, 2, 29).weekday(), Weekday::Thu);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(Date::new(2028, 2, 29).is_some());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::parse_iso("2026-11-25").is_some());
        assert!(Date::parse_iso("2026/11/25").is_none());
    }

    #[test]
    fn japan_time_from_utc_timestamps() {
        // 2026-11-28T14:00:00Z is Saturday 23:00 in Japan.
        let t = JstTime::from_unix_ms(1_795_874_400_000.0);
        assert_eq!(t.date, d(2026, 11, 28));
        assert_eq!(t.minute, 23 * 60);
        assert_eq!(t.date.weekday(), Weekday::Sat);
        // 15:00Z is already Sunday in Japan.
        let t = JstTime::from_unix_ms(1_795_878_000_000.0);
        assert_eq!(t.date, d(2026, 11, 29));
        assert_eq!(t.minute, 0);
    }

    #[test]
    fn english_names() {
        assert_eq!(Weekday::Sat.short_en(), "Sat");
        assert_eq!(Weekday::Mon.name_en(), "Monday");
    }

    #[test]
    fn nth_weekday_in_month() {
        assert_eq!(d(2026, 12, 7).nth_in_month(), 1);
        assert_eq!(d(2026, 12, 21).nth_in_month(), 3);
        assert_eq!(d(2026, 12, 29).nth_in_month(), 5);
    }
}
