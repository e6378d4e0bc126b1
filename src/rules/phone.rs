//! Phone numbers: which writings are dialable in Japan, the `tel:` link for
//! each, and what a call costs, because cost stops people from calling.

use super::text::narrow;

/// What calling a number costs the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cost {
    /// Toll-free: 0120, 0800, and lines like 189 that are free by law.
    Free,
    /// ナビダイヤル (0570): charged per call, never covered by flat-rate
    /// ("かけ放題") mobile plans.
    Navi,
    /// An ordinary call: charged as the caller's plan charges.
    Normal,
    /// A short number whose charge depends on the line and the area.
    Varies,
}

impl Cost {
    /// Every cost, in the order of the data file's documentation.
    pub const ALL: [Cost; 4] = [Cost::Free, Cost::Navi, Cost::Normal, Cost::Varies];

    /// The id used in the data file.
    pub const fn id(self) -> &'static str {
        match self {
            Cost::Free => "free",
            Cost::Navi => "navi",
            Cost::Normal => "normal",
            Cost::Varies => "varies",
        }
    }

    /// The cost for an id.
    pub fn from_id(id: &str) -> Option<Cost> {
        Cost::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Why a phone number in the data is not dialable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneError(pub String);

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A checked number: the writing to show, the `tel:` URI and the cost a
/// number of its kind has unless the data says otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPhone {
    /// The digits (and a leading `#`) to dial.
    pub dial: String,
    /// The `tel:` URI.
    pub tel_uri: String,
    /// What a number of this kind costs.
    pub default_cost: Cost,
}

/// Checks that `display` (as written in the data, with hyphens) is a number
/// a phone in Japan can dial, and derives its `tel:` link and usual cost.
pub fn check_phone(display: &str) -> Result<CheckedPhone, PhoneError> {
    let fail = |why: &str| Err(PhoneError(format!("電話番号「{display}」: {why}")));
    if display.trim() != display || display.is_empty() {
        return fail("前後の空白や空の番号は使えません");
    }
    if let Some(short) = display.strip_prefix('#') {
        if short.len() == 4 && short.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(CheckedPhone {
                dial: display.to_owned(),
                tel_uri: format!("tel:%23{short}"),
                default_cost: Cost::Varies,
            });
        }
        return fail("# の後は4けたの数字です");
    }
    if !display.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return fail("半角数字とハイフンだけで書いてください");
    }
    if display.starts_with('-') || display.ends_with('-') || display.contains("--") {
        return fail("ハイフンの位置がおかしいです");
    }
    let digits: String = display.chars().filter(char::is_ascii_digit).collect();
    let tel_uri = format!("tel:{digits}");
    let ok = |cost| {
        Ok(CheckedPhone {
            dial: digits.clone(),
            tel_uri: tel_uri.clone(),
            default_cost: cost,
        })
    };
    match digits.len() {
        3 if matches!(digits.as_str(), "110" | "119" | "118" | "189" | "188") => {
            ok(if digits == "188" {
                Cost::Normal
            } else {
                Cost::Free
            })
        }
        3 => fail("この3けたの番号は相談先の番号ではありません"),
        10 if digits.starts_with("0120") => ok(Cost::Free),
        10 if digits.starts_with("0570") => ok(Cost::Navi),
        11 if digits.starts_with("0800") => ok(Cost::Free),
        11 if ["050", "070", "080", "090"]
            .iter()
            .any(|p| digits.starts_with(p)) =>
        {
            ok(Cost::Normal)
        }
        // 0A0 (020, 050, 060, 070, 080, 090) numbers have 11 digits.
        10 if digits.starts_with('0')
            && !digits.starts_with("00")
            && digits.as_bytes().get(2) != Some(&b'0')
            && !digits.starts_with("0120")
            && !digits.starts_with("0570")
            && !digits.starts_with("0800") =>
        {
            ok(Cost::Normal)
        }
        _ => fail("けた数が日本の電話番号として正しくありません"),
    }
}

// ------------------------------------------------ numbers as people write them

/// Why a number typed in the registration form or written in the spot
/// directory is not a phone number in Japan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneProblem {
    /// Longer than any writing of a number.
    TooLong,
    /// Letters or signs.
    Characters,
    /// Only `+`.
    Empty,
    /// An international number outside Japan.
    NotJapan,
    /// No area code (does not start with 0).
    NoAreaCode,
    /// Too few digits.
    TooShort,
    /// Too many digits.
    TooManyDigits,
    /// Digits that are no number in Japan.
    Invalid,
}

impl PhoneProblem {
    /// Every problem.
    pub const ALL: [PhoneProblem; 8] = [
        PhoneProblem::TooLong,
        PhoneProblem::Characters,
        PhoneProblem::Empty,
        PhoneProblem::NotJapan,
        PhoneProblem::NoAreaCode,
        PhoneProblem::TooShort,
        PhoneProblem::TooManyDigits,
        PhoneProblem::Invalid,
    ];

    /// The problem as a Japanese sentence, for the directory's checks (the
    /// build's and the staff page's; Japanese by design, for the city). The
    /// registration form words it from the catalogue (`err_phone_*`), in
    /// the same Japanese.
    pub const fn japanese(self) -> &'static str {
        match self {
            PhoneProblem::TooLong => "電話番号が長すぎます。",
            PhoneProblem::Characters => "電話番号は数字とハイフンで入力してください。",
            PhoneProblem::Empty => "電話番号を入力してください。",
            PhoneProblem::NotJapan => "日本の電話番号を入力してください。",
            PhoneProblem::NoAreaCode => "市外局番（0から始まる番号）から入力してください。",
            PhoneProblem::TooShort => "けた数が足りません。市外局番から入力してください。",
            PhoneProblem::TooManyDigits => "けた数が多すぎます。",
            PhoneProblem::Invalid => "電話番号として正しくありません。けた数を確かめてください。",
        }
    }
}

/// The many dashes people and input methods type between digits.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
            | '\u{30FC}'
            | '\u{FE63}'
            | '\u{FF70}'
    )
}

/// A phone or fax number in Japan in any common writing, as the written
/// number [`check_phone`] accepts: the one rule of the registration form
/// and of the spot directory (checked at build time), so a number the form
/// wrote is a number the directory takes.
///
/// Digits of either width; dashes, spaces, dots or parentheses between
/// groups; `+81` (with or without `(0)`), written back in the domestic form
/// (`0791-…`), so a number never starts with `+`. The person's own grouping
/// is kept, or groups are added when the prefix makes them certain (mobile
/// and 050 IP phones, toll-free, ナビダイヤル and たつの市's own 0791). The
/// number must have its area code: 10 or 11 digits starting with 0.
pub fn normalize(text: &str) -> Result<String, PhoneProblem> {
    let text = narrow(text);
    let text = text.trim();
    if text.chars().count() > 30 {
        return Err(PhoneProblem::TooLong);
    }
    let mut groups: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut international = false;
    for (i, c) in text.chars().enumerate() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if c == '+' && i == 0 {
            international = true;
        } else if is_dash(c) || matches!(c, ' ' | '(' | ')' | '.') {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
        } else {
            return Err(PhoneProblem::Characters);
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    if international {
        // +81 (0)791 … → 0791 …
        let Some(first) = groups.first_mut() else {
            return Err(PhoneProblem::Empty);
        };
        let Some(rest) = first.strip_prefix("81") else {
            return Err(PhoneProblem::NotJapan);
        };
        *first = rest.to_owned();
        groups.retain(|g| !g.is_empty());
        if groups.first().is_some_and(|g| g == "0") {
            groups.remove(0);
        }
        if let Some(first) = groups.first_mut() {
            first.insert(0, '0');
        }
    }
    let digits = groups.concat();
    if !digits.starts_with('0') {
        return Err(PhoneProblem::NoAreaCode);
    }
    if digits.len() < 10 {
        return Err(PhoneProblem::TooShort);
    }
    if digits.len() > 11 {
        return Err(PhoneProblem::TooManyDigits);
    }
    let written = if groups.len() > 1 {
        groups.join("-")
    } else {
        group_digits(&digits)
    };
    match check_phone(&written) {
        Ok(_) => Ok(written),
        Err(_) => Err(PhoneProblem::Invalid),
    }
}

/// Hyphens where the grouping is certain from the prefix alone.
fn group_digits(digits: &str) -> String {
    let split = |sizes: &[usize]| {
        let mut out = Vec::new();
        let mut at = 0;
        for size in sizes {
            out.push(digits.get(at..at + size).unwrap_or_default());
            at += size;
        }
        out.join("-")
    };
    let len = digits.len();
    let starts = |p: &str| digits.starts_with(p);
    if len == 11 && starts("0800") {
        split(&[4, 3, 4])
    } else if len == 11 && (starts("050") || starts("070") || starts("080") || starts("090")) {
        split(&[3, 4, 4])
    } else if len == 10 && (starts("0120") || starts("0570")) {
        split(&[4, 3, 3])
    } else if len == 10 && starts("0791") {
        split(&[4, 2, 4])
    } else {
        digits.to_owned()
    }
}

/// The digits of a number spelled out one by one, for screen readers: each
/// digit of each group apart, `#` read as `hash` (「シャープ」), groups joined
/// by `between` (「0 1 2 0、2 7 9、3 3 8」). The words come from the
/// catalogue (`i18n::spoken_number`).
pub fn spoken(display: &str, hash: &str, between: &str) -> String {
    display
        .split('-')
        .map(|group| {
            group
                .chars()
                .map(|c| {
                    if c == '#' {
                        hash.to_owned()
                    } else {
                        c.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(between)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_kinds_of_numbers_lines_use() {
        let free = check_phone("0120-279-338").expect("dialable");
        assert_eq!(free.tel_uri, "tel:0120279338");
        assert_eq!(free.default_cost, Cost::Free);
        assert_eq!(
            check_phone("0120-0-78310").map(|p| p.dial),
            Ok("0120078310".to_owned())
        );
        assert_eq!(
            check_phone("0570-064-556").map(|p| p.default_cost),
            Ok(Cost::Navi)
        );
        assert_eq!(
            check_phone("078-382-3566").map(|p| p.default_cost),
            Ok(Cost::Normal)
        );
        assert_eq!(
            check_phone("0791-63-2112").map(|p| p.tel_uri),
            Ok("tel:0791632112".to_owned())
        );
        assert_eq!(check_phone("189").map(|p| p.default_cost), Ok(Cost::Free));
        // 050: IP phones, which many small businesses use.
        assert_eq!(
            check_phone("050-1234-5678").map(|p| (p.tel_uri, p.default_cost)),
            Ok(("tel:05012345678".to_owned(), Cost::Normal))
        );
        let short = check_phone("#8008").expect("dialable");
        assert_eq!(short.tel_uri, "tel:%238008");
        assert_eq!(short.default_cost, Cost::Varies);
    }

    #[test]
    fn refuses_undialable_numbers() {
        for bad in [
            "",
            " 0120-279-338",
            "0120-279-33",
            "0120-279-3388",
            "0570-064-55",
            "03-1234-567",
            "0120--279-338",
            "-0120-279-338",
            "0120 279 338",
            "０１２０-279-338",
            "#80",
            "#80081",
            "123",
            "1234",
            "00-1234-5678",
            "0120-279-338 (24h)",
            "050-123-4567",
            "090-123-4567",
            "0201234567",
        ] {
            assert!(check_phone(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn spells_numbers_for_screen_readers() {
        assert_eq!(spoken("0120-279-338", "#", "/"), "0 1 2 0/2 7 9/3 3 8");
        assert_eq!(spoken("#8008", "hash", ", "), "hash 8 0 0 8");
        assert_eq!(spoken("189", "hash", ", "), "1 8 9");
    }

    #[test]
    fn every_cost_reads_back_from_its_id() {
        for cost in Cost::ALL {
            assert_eq!(Cost::from_id(cost.id()), Some(cost));
        }
    }
}
