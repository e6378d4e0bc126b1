//! Phone numbers: which writings are dialable in Japan, the `tel:` link for
//! each, and what a call costs, because cost stops people from calling.

use super::lang::Lang;

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
        [Cost::Free, Cost::Navi, Cost::Normal, Cost::Varies]
            .into_iter()
            .find(|c| c.id() == id)
    }

    /// The short label on a call button.
    pub const fn label(self) -> &'static str {
        match self {
            Cost::Free => "通話無料",
            Cost::Navi => "通話料あり（ナビダイヤル）",
            Cost::Normal => "通話料がかかります",
            Cost::Varies => "通話料がかかる場合があります",
        }
    }

    /// The short label on a call button, in `lang`.
    pub const fn label_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Ja, _) => self.label(),
            (Lang::Easy, Cost::Free) => "電話代 無料",
            (Lang::Easy, Cost::Navi) => "電話代が かかります（ナビダイヤル）",
            (Lang::Easy, Cost::Normal) => "電話代が かかります",
            (Lang::Easy, Cost::Varies) => "電話代が かかる ことが あります",
            (Lang::En, Cost::Free) => "Free call",
            (Lang::En, Cost::Navi) => "Call charges apply (Navi Dial)",
            (Lang::En, Cost::Normal) => "Call charges apply",
            (Lang::En, Cost::Varies) => "Call charges may apply",
        }
    }

    /// A sentence that explains the cost, in `lang`.
    pub const fn explain_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Ja, _) => self.explain(),
            (Lang::Easy, Cost::Free) => "電話代は かかりません。",
            (Lang::Easy, Cost::Navi) => {
                "0570で はじまる 番号（ナビダイヤル）は 電話代が かかります。スマホの 「かけ放題」でも 無料に なりません。"
            }
            (Lang::Easy, Cost::Normal) => "ふつうの 電話と 同じ 電話代が かかります。",
            (Lang::Easy, Cost::Varies) => {
                "電話の 会社や 場所に よって、電話代が かかる ことが あります。"
            }
            (Lang::En, Cost::Free) => "The call is free.",
            (Lang::En, Cost::Navi) => {
                "Navi Dial numbers (0570) always cost a call charge, even on mobile plans with unlimited calls."
            }
            (Lang::En, Cost::Normal) => "It costs the same as an ordinary call.",
            (Lang::En, Cost::Varies) => {
                "There may be a call charge, depending on your phone line and area."
            }
        }
    }

    /// A sentence that explains the cost.
    pub const fn explain(self) -> &'static str {
        match self {
            Cost::Free => "通話料はかかりません。",
            Cost::Navi => {
                "ナビダイヤル（0570）は通話料がかかり、携帯電話の「かけ放題」プランでも無料になりません。"
            }
            Cost::Normal => "ふつうの電話と同じ通話料がかかります。",
            Cost::Varies => "回線や地域によって通話料がかかる場合があります。",
        }
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
        11 if ["070", "080", "090"].iter().any(|p| digits.starts_with(p)) => ok(Cost::Normal),
        10 if digits.starts_with('0')
            && !digits.starts_with("00")
            && !digits.starts_with("0120")
            && !digits.starts_with("0570")
            && !digits.starts_with("0800") =>
        {
            ok(Cost::Normal)
        }
        _ => fail("けた数が日本の電話番号として正しくありません"),
    }
}

/// The digits of a number spelled out one by one, for screen readers:
/// 「0 1 2 0、2 7 9、3 3 8」.
pub fn spoken(display: &str) -> String {
    spell(display, "シャープ", "、")
}

/// The digits of a number spelled out one by one in `lang`, for screen
/// readers: 「0 1 2 0、2 7 9、3 3 8」, or `0 1 2 0, 2 7 9, 3 3 8` and
/// `hash 8 0 0 8` in English.
pub fn spoken_in(display: &str, lang: Lang) -> String {
    match lang {
        Lang::En => spell(display, "hash", ", "),
        Lang::Ja | Lang::Easy => spoken(display),
    }
}

/// Each digit of each group apart, `#` read as `hash`, groups joined by
/// `between`.
fn spell(display: &str, hash: &str, between: &str) -> String {
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
        ] {
            assert!(check_phone(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn spells_numbers_for_screen_readers() {
        assert_eq!(spoken("0120-279-338"), "0 1 2 0、2 7 9、3 3 8");
        assert_eq!(spoken("#8008"), "シャープ 8 0 0 8");
    }

    #[test]
    fn spells_numbers_in_english() {
        assert_eq!(spoken_in("0120-279-338", Lang::En), "0 1 2 0, 2 7 9, 3 3 8");
        assert_eq!(spoken_in("#8008", Lang::En), "hash 8 0 0 8");
        assert_eq!(spoken_in("189", Lang::En), "1 8 9");
        assert_eq!(
            spoken_in("0120-279-338", Lang::Easy),
            spoken("0120-279-338")
        );
    }

    #[test]
    fn costs_are_explained_in_every_language() {
        assert_eq!(Cost::Free.label_in(Lang::En), "Free call");
        assert_eq!(Cost::Free.explain_in(Lang::En), "The call is free.");
        assert_eq!(Cost::Free.label_in(Lang::Easy), "電話代 無料");
        assert!(Cost::Navi.explain_in(Lang::En).contains("0570"));
        assert!(Cost::Navi.explain_in(Lang::En).contains("unlimited"));
        assert!(Cost::Navi.explain_in(Lang::Easy).contains("かけ放題"));
        for cost in [Cost::Free, Cost::Navi, Cost::Normal, Cost::Varies] {
            assert_eq!(cost.label_in(Lang::Ja), cost.label());
            assert_eq!(cost.explain_in(Lang::Ja), cost.explain());
            assert!(cost.label_in(Lang::En).is_ascii() && cost.explain_in(Lang::En).is_ascii());
            assert!(
                !cost.label_in(Lang::Easy).is_empty() && !cost.explain_in(Lang::Easy).is_empty()
            );
        }
    }

    #[test]
    fn every_cost_has_words() {
        for cost in [Cost::Free, Cost::Navi, Cost::Normal, Cost::Varies] {
            assert_eq!(Cost::from_id(cost.id()), Some(cost));
            assert!(!cost.label().is_empty() && !cost.explain().is_empty());
        }
    }
}
