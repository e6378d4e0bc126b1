//! Japanese national holidays (国民の祝日に関する法律), computed from the law's
//! rules as they changed since 1970: fixed dates, Happy Monday days, the
//! equinox days, 振替休日 (since 1973-04-12; the next day that is not a
//! holiday since 2007), 国民の休日 (since 1986) and the one-off days of the
//! imperial family. Checked against the Cabinet Office's list for 2026 and
//! 2027, and against an independent maintained list (1970–2050) in
//! `tests/holidays.rs`.

use super::calendar::{Date, Weekday};

/// Whether `date` is a national holiday (including substitute holidays).
pub fn is_holiday(date: Date) -> bool {
    if named_holiday(date) {
        return true;
    }
    // 振替休日: when a holiday falls on a Sunday, the next day becomes one
    // (since 1973-04-12); since 2007, the next day that is not a holiday.
    let mut back = date.add_days(-1);
    while named_holiday(back) {
        if back.weekday() == Weekday::Sun && back >= SUBSTITUTE_SINCE {
            return true;
        }
        if date.year < 2007 {
            break;
        }
        back = back.add_days(-1);
    }
    // 国民の休日: a day between two holidays (since 1986), not a Sunday.
    date.year >= 1986
        && date.weekday() != Weekday::Sun
        && named_holiday(date.add_days(-1))
        && named_holiday(date.add_days(1))
}

/// The day the law on 振替休日 came into force.
const SUBSTITUTE_SINCE: Date = Date {
    year: 1973,
    month: 4,
    day: 12,
};

fn nth_monday(date: Date, n: u8) -> bool {
    date.weekday() == Weekday::Mon && date.nth_in_month() == n
}

/// 春分日 / 秋分日 by the usual approximation, valid 1900–2099: `bases` are
/// for 1980 on and before 1980 (when the leap years are counted from 1983,
/// rounding towards zero).
fn equinox_day(year: i32, bases: [f64; 2]) -> u8 {
    let y = f64::from(year - 1980);
    let (base, leaps) = if year < 1980 {
        (bases[1], f64::from((year - 1983) / 4))
    } else {
        (bases[0], (y / 4.0).floor())
    };
    (base + 0.242_194 * y - leaps).floor() as u8
}

/// Whether `date` is one of the holidays the law names (元日, 成人の日 …).
fn named_holiday(date: Date) -> bool {
    let Date { year, month, day } = date;
    // Days set by special laws: the Olympic years moved three holidays, and
    // the imperial family's ceremonies.
    if matches!(
        (year, month, day),
        // 海の日, スポーツの日 and 山の日 of the Olympic years.
        (2020, 7, 23 | 24) | (2021, 7, 22 | 23) | (2020, 8, 10) | (2021, 8, 8)
            // 昭和天皇の大喪の礼, 即位礼正殿の儀 (1990, 2019), 皇太子徳仁親王の結婚の儀,
            // 天皇の即位の日.
            | (1989, 2, 24) | (1990, 11, 12) | (2019, 10, 22) | (1993, 6, 9) | (2019, 5, 1)
    ) {
        return true;
    }
    let olympic = year == 2020 || year == 2021;
    let happy_monday = year >= 2000;
    match (month, day) {
        // 元日, 建国記念の日, 憲法記念日, こどもの日, 文化の日, 勤労感謝の日; 4/29:
        // 天皇誕生日 to 1988, みどりの日 to 2006, then 昭和の日.
        (1, 1) | (2, 11) | (4, 29) | (5, 3) | (5, 5) | (11, 3) | (11, 23) => true,
        // 成人の日: 1/15, the second Monday from 2000.
        (1, d) => {
            if happy_monday {
                nth_monday(date, 2)
            } else {
                d == 15
            }
        }
        // 天皇誕生日 from 2020; 1989–2018 on 12/23.
        (2, 23) => year >= 2020,
        (12, 23) => (1989..=2018).contains(&year),
        // 春分の日.
        (3, d) => d == equinox_day(year, [20.8431, 20.8357]),
        // みどりの日 on 5/4 from 2007.
        (5, 4) => year >= 2007,
        // 海の日: 7/20 from 1996, the third Monday from 2003.
        (7, d) => {
            !olympic
                && if year >= 2003 {
                    nth_monday(date, 3)
                } else {
                    year >= 1996 && d == 20
                }
        }
        // 山の日 from 2016.
        (8, 11) => !olympic && year >= 2016,
        // 敬老の日: 9/15, the third Monday from 2003; 秋分の日.
        (9, d) => {
            (if year >= 2003 {
                nth_monday(date, 3)
            } else {
                d == 15
            }) || d == equinox_day(year, [23.2488, 23.2588])
        }
        // 体育の日: 10/10, the second Monday from 2000; スポーツの日 from 2020.
        (10, d) => {
            !olympic
                && if happy_monday {
                    nth_monday(date, 2)
                } else {
                    d == 10
                }
        }
        _ => false,
    }
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
    fn substitute_and_citizens_holidays() {
        assert!(
            !named_holiday(d(2026, 5, 6)) && is_holiday(d(2026, 5, 6)),
            "振替休日"
        );
        assert!(
            !named_holiday(d(2026, 9, 22)) && is_holiday(d(2026, 9, 22)),
            "国民の休日"
        );
        assert!(is_holiday(d(2027, 3, 22)), "振替休日");
        assert!(named_holiday(d(2026, 11, 23)));
        assert!(!is_holiday(d(2026, 11, 24)));
    }

    #[test]
    fn the_rules_as_they_were() {
        // Before 2007 a Sunday holiday moved to the Monday only.
        assert!(is_holiday(d(2003, 11, 24)));
        assert!(!is_holiday(d(1973, 2, 12)), "before the law of 1973-04-12");
        // 5/4 was a holiday only between two others (1986–2006), then みどりの日.
        assert!(!is_holiday(d(1985, 5, 4)));
        assert!(is_holiday(d(1988, 5, 4)));
        assert!(!is_holiday(d(2003, 5, 4)), "a Sunday");
        assert!(is_holiday(d(2008, 5, 4)));
        // Fixed dates before Happy Monday; the imperial ceremonies.
        assert!(named_holiday(d(1999, 1, 15)), "成人の日");
        assert!(named_holiday(d(1999, 10, 10)), "体育の日");
        assert!(
            !named_holiday(d(2019, 4, 30)) && is_holiday(d(2019, 4, 30)),
            "国民の休日"
        );
        assert!(is_holiday(d(1989, 2, 24)) && is_holiday(d(2019, 10, 22)));
        assert!(named_holiday(d(1979, 9, 24)), "秋分の日");
    }

    #[test]
    fn olympic_years_moved_three_holidays() {
        assert!(is_holiday(d(2021, 7, 23)));
        assert!(!is_holiday(d(2021, 10, 11)));
        assert!(is_holiday(d(2021, 8, 9)), "振替 for 山の日 on a Sunday");
    }
}
