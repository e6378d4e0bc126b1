//! Japanese national holidays (国民の祝日に関する法律), computed from the law's
//! rules: fixed dates, Happy Monday days, the equinox days, 振替休日 and
//! 国民の休日. Checked against the Cabinet Office's list for 2026 and 2027.

use super::calendar::{Date, Weekday};

/// The name of the national holiday on `date`, if it is one.
pub fn holiday_name(date: Date) -> Option<&'static str> {
    if let Some(name) = named_holiday(date) {
        return Some(name);
    }
    // 振替休日: when a holiday falls on a Sunday, the next day that is not a
    // holiday becomes one (since 2007, this can move past several holidays).
    if date.year >= 2007 {
        let mut back = date.add_days(-1);
        while named_holiday(back).is_some() {
            if back.weekday() == Weekday::Sun {
                return Some("休日（振替休日）");
            }
            back = back.add_days(-1);
        }
    }
    // 国民の休日: a day between two holidays.
    if date.weekday() != Weekday::Sun
        && named_holiday(date.add_days(-1)).is_some()
        && named_holiday(date.add_days(1)).is_some()
    {
        return Some("休日（国民の休日）");
    }
    None
}

/// Whether `date` is a national holiday (including substitute holidays).
pub fn is_holiday(date: Date) -> bool {
    holiday_name(date).is_some()
}

fn nth_monday(date: Date, n: u8) -> bool {
    date.weekday() == Weekday::Mon && date.nth_in_month() == n
}

/// 春分日 / 秋分日 by the usual approximation, valid 1980–2099.
fn equinox_day(year: i32, base: f64) -> u8 {
    let y = f64::from(year - 1980);
    (base + 0.242_194 * y - (y / 4.0).floor()).floor() as u8
}

fn named_holiday(date: Date) -> Option<&'static str> {
    let Date { year, month, day } = date;
    // The Olympic years moved three holidays by special law.
    let moved = match (year, month, day) {
        (2020, 7, 23) | (2021, 7, 22) => Some("海の日"),
        (2020, 7, 24) | (2021, 7, 23) => Some("スポーツの日"),
        (2020, 8, 10) | (2021, 8, 8) => Some("山の日"),
        _ => None,
    };
    if moved.is_some() {
        return moved;
    }
    let olympic = year == 2020 || year == 2021;
    let name = match (month, day) {
        (1, 1) => "元日",
        (1, _) if nth_monday(date, 2) => "成人の日",
        (2, 11) => "建国記念の日",
        (2, 23) if year >= 2020 => "天皇誕生日",
        (3, d) if d == equinox_day(year, 20.8431) => "春分の日",
        (4, 29) => "昭和の日",
        (5, 3) => "憲法記念日",
        (5, 4) => "みどりの日",
        (5, 5) => "こどもの日",
        (7, _) if !olympic && nth_monday(date, 3) => "海の日",
        (8, 11) if !olympic && year >= 2016 => "山の日",
        (9, _) if nth_monday(date, 3) => "敬老の日",
        (9, d) if d == equinox_day(year, 23.2488) => "秋分の日",
        (10, _) if !olympic && nth_monday(date, 2) => {
            if year >= 2020 {
                "スポーツの日"
            } else {
                "体育の日"
            }
        }
        (11, 3) => "文化の日",
        (11, 23) => "勤労感謝の日",
        (12, 23) if (1989..=2018).contains(&year) => "天皇誕生日",
        _ => return None,
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).expect("valid test date")
    }

    /// 内閣府「国民の祝日について」: the official lists for 2026 and 2027.
    #[rustfmt::skip]
    const OFFICIAL: [(i32, u8, u8); 35] = [
        (2026, 1, 1), (2026, 1, 12), (2026, 2, 11), (2026, 2, 23), (2026, 3, 20),
        (2026, 4, 29), (2026, 5, 3), (2026, 5, 4), (2026, 5, 5), (2026, 5, 6),
        (2026, 7, 20), (2026, 8, 11), (2026, 9, 21), (2026, 9, 22), (2026, 9, 23),
        (2026, 10, 12), (2026, 11, 3), (2026, 11, 23),
        (2027, 1, 1), (2027, 1, 11), (2027, 2, 11), (2027, 2, 23), (2027, 3, 21),
        (2027, 3, 22), (2027, 4, 29), (2027, 5, 3), (2027, 5, 4), (2027, 5, 5),
        (2027, 7, 19), (2027, 8, 11), (2027, 9, 20), (2027, 9, 23), (2027, 10, 11),
        (2027, 11, 3), (2027, 11, 23),
    ];

    #[test]
    fn matches_the_official_list_for_2026_and_2027() {
        let mut found = Vec::new();
        let mut day = d(2026, 1, 1);
        while day.year <= 2027 {
            if is_holiday(day) {
                found.push((day.year, day.month, day.day));
            }
            day = day.add_days(1);
        }
        assert_eq!(found, OFFICIAL.to_vec());
    }

    #[test]
    fn names_the_special_days() {
        assert_eq!(holiday_name(d(2026, 5, 6)), Some("休日（振替休日）"));
        assert_eq!(holiday_name(d(2026, 9, 22)), Some("休日（国民の休日）"));
        assert_eq!(holiday_name(d(2027, 3, 22)), Some("休日（振替休日）"));
        assert_eq!(holiday_name(d(2026, 11, 23)), Some("勤労感謝の日"));
        assert_eq!(holiday_name(d(2026, 11, 24)), None);
    }

    #[test]
    fn olympic_years_moved_three_holidays() {
        assert!(is_holiday(d(2021, 7, 23)));
        assert!(!is_holiday(d(2021, 10, 11)));
        assert!(is_holiday(d(2021, 8, 9)), "振替 for 山の日 on a Sunday");
    }
}
