//! National holidays against an independent, maintained list: the dates of
//! the npm package `@holiday-jp/holiday_jp` (a test-only dependency in
//! tests/e2e/package.json, installed by `.ci/setup.sh`), year by year, over
//! every year the list covers. Our rules are computed from the law; the list
//! is kept by hand from the Cabinet Office's announcements.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use tsunagaru_inochi::domain::calendar::Date;
use tsunagaru_inochi::domain::holiday::is_holiday;

const LIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/e2e/node_modules/@holiday-jp/holiday_jp/lib/holidays.js"
);

/// The dates of the list: its keys, `"YYYY-MM-DD": {`.
fn listed() -> Option<BTreeSet<Date>> {
    let text = match std::fs::read_to_string(LIST) {
        Ok(text) => text,
        // CI installs the npm tools before the native tests: there the list
        // must be present. Elsewhere, say why the check did not run.
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("{LIST} is not installed (bash .ci/setup.sh test): check skipped");
            return None;
        }
        Err(err) => panic!("{LIST}: {err}"),
    };
    let dates: BTreeSet<Date> = text
        .lines()
        .filter_map(|line| {
            let key = line.trim().strip_suffix(": {")?;
            Date::parse_iso(key.trim_matches('"'))
        })
        .collect();
    assert!(dates.len() > 1000, "the list was not read: {LIST}");
    Some(dates)
}

#[test]
fn national_holidays_agree_with_the_maintained_list_in_every_year_it_covers() {
    let Some(list) = listed() else { return };
    let (first, last) = (
        list.first().expect("dates").year,
        list.last().expect("dates").year,
    );
    assert!(first <= 1970 && last >= 2050, "{first}–{last}");
    let mut wrong = Vec::new();
    for year in first..=last {
        let mut day = Date::new(year, 1, 1).expect("a date");
        let mut ours = BTreeSet::new();
        while day.year == year {
            if is_holiday(day) {
                ours.insert(day);
            }
            day = day.add_days(1);
        }
        let theirs: BTreeSet<Date> = list.iter().filter(|d| d.year == year).copied().collect();
        let iso = |d: &Date| format!("{}-{:02}-{:02}", d.year, d.month, d.day);
        let missing: Vec<String> = theirs.difference(&ours).map(iso).collect();
        let extra: Vec<String> = ours.difference(&theirs).map(iso).collect();
        if !missing.is_empty() || !extra.is_empty() {
            wrong.push(format!(
                "{year}: missing {missing:?}, not holidays {extra:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}
