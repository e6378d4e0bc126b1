//! The human-editable data file of consultation windows
//! (`data/windows.toml`): its format, the checks every entry must pass
//! before it ships, and the conversion to Rust statics and static HTML that
//! the build performs (`data/build.rs`), so the app carries no text parser.
//!
//! The format follows Open Referral HSDS in spirit (service, organisation,
//! contacts, schedules, taxonomy) with per-method hours.
//!
//! The checks speak to the city's staff who edit the file, in Japanese, by
//! design: the build prints them, so they live here, not in the catalogue.

use serde::Deserialize;
use std::fmt::Write as _;

use super::calendar::{Date, JstTime};
use super::category::{Audience, Category};
use super::dial::{LinkWords, call_link_html, crisis_block_html};
use super::hours_text::{self, HoursWords};
use super::model::{Area, Method};
use super::phone::{Cost, check_phone, spoken};
use super::schedule::{
    DayRule, DaySet, Hours, Period, Special, hours_to_rust, parse_datetime, parse_period,
};
use super::text::escape_markup;

/// The whole data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    /// Every window, in the order the app lists them.
    pub window: Vec<SourceWindow>,
}

/// One window as written in the data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceWindow {
    /// Stable id (lower-case letters, digits and hyphens).
    pub id: String,
    /// Name.
    pub name: String,
    /// Name in やさしい日本語; empty means the same as `name` (a proper name).
    #[serde(default)]
    pub name_easy: String,
    /// Name in English: the official English name, or a faithful
    /// descriptive one (required).
    #[serde(default)]
    pub name_en: String,
    /// Reading in hiragana.
    pub reading: String,
    /// Who runs it.
    pub organisation: String,
    /// Who runs it, in やさしい日本語; empty means the same as `organisation`.
    #[serde(default)]
    pub organisation_easy: String,
    /// Who runs it, in English (required).
    #[serde(default)]
    pub organisation_en: String,
    /// What it helps with, in plain words.
    pub helps: String,
    /// What it helps with, in やさしい日本語 (required).
    #[serde(default)]
    pub helps_easy: String,
    /// What it helps with, in English (required).
    #[serde(default)]
    pub helps_en: String,
    /// Category ids (see `Category::id`).
    pub categories: Vec<String>,
    /// Audience ids (see `Audience::id`).
    pub audiences: Vec<String>,
    /// `national`, `hyogo` or `tatsuno`.
    pub area: String,
    /// One of the lines for 「今すぐ話したい」.
    #[serde(default)]
    pub crisis: bool,
    /// Extra search words.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// The page the facts come from.
    pub source: String,
    /// When the facts were last checked (`YYYY-MM-DD`).
    pub verified: String,
    /// `verified` or `secondary`.
    pub confidence: String,
    /// For secondary facts: the source's own date, as written.
    #[serde(default)]
    pub as_of: String,
    /// `as_of` in やさしい日本語 (required with `as_of`).
    #[serde(default)]
    pub as_of_easy: String,
    /// `as_of` in English (required with `as_of`).
    #[serde(default)]
    pub as_of_en: String,
    /// Anything else a caller should know.
    #[serde(default)]
    pub note: String,
    /// `note` in やさしい日本語 (required with `note`).
    #[serde(default)]
    pub note_easy: String,
    /// `note` in English (required with `note`).
    #[serde(default)]
    pub note_en: String,
    /// Ways to reach it.
    pub contact: Vec<SourceContact>,
}

/// One contact method as written in the data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceContact {
    /// `phone`, `chat`, `mail`, `visit` or `web`.
    pub method: String,
    /// A short label when a window has several of one kind.
    #[serde(default)]
    pub label: String,
    /// `label` in やさしい日本語 (required with `label`).
    #[serde(default)]
    pub label_easy: String,
    /// `label` in English (required with `label`).
    #[serde(default)]
    pub label_en: String,
    /// The number, for phone contacts, written with hyphens.
    pub number: Option<String>,
    /// The page, for chat, mail and web contacts.
    pub url: Option<String>,
    /// Periods such as `"平日 08:30-17:15"`; leave out when unknown.
    pub hours: Option<Vec<String>>,
    /// On national holidays: `open` (as usual), `closed` or `unknown`
    /// (required with `hours`).
    pub holidays: Option<String>,
    /// On 12/29–1/3: `open` (as usual), `closed` or `unknown` (required
    /// with `hours`).
    pub year_end: Option<String>,
    /// Dated special openings.
    #[serde(default)]
    pub special: Vec<SourceSpecial>,
    /// What the hours do not say.
    #[serde(default)]
    pub hours_note: String,
    /// `hours_note` in やさしい日本語 (required with `hours_note`).
    #[serde(default)]
    pub hours_note_easy: String,
    /// `hours_note` in English (required with `hours_note`).
    #[serde(default)]
    pub hours_note_en: String,
    /// Overrides the usual cost of a number of its kind (`free`, `normal`, `varies`).
    pub cost: Option<String>,
    /// For a short code: an ordinary number of the same line, with its own
    /// source (`[window.contact.ordinary]`).
    pub ordinary: Option<SourceOrdinary>,
}

/// An ordinary number for a short code, as written in the data file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceOrdinary {
    /// The number, written with hyphens.
    pub number: String,
    /// Which lines it is given for.
    pub label: String,
    /// `label` in やさしい日本語 (required).
    #[serde(default)]
    pub label_easy: String,
    /// `label` in English (required).
    #[serde(default)]
    pub label_en: String,
    /// The page the number comes from.
    pub source: String,
    /// When the number was last checked (`YYYY-MM-DD`).
    pub verified: String,
    /// `verified` or `secondary`.
    pub confidence: String,
    /// For a secondary source: its own date, as written.
    #[serde(default)]
    pub as_of: String,
    /// `as_of` in やさしい日本語 (required with `as_of`).
    #[serde(default)]
    pub as_of_easy: String,
    /// `as_of` in English (required with `as_of`).
    #[serde(default)]
    pub as_of_en: String,
}

/// A dated special opening as written in the data file: open all the time
/// from `from` to `to` (`YYYY-MM-DD HH:MM`, Japan time).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpecial {
    /// First open moment.
    pub from: String,
    /// When it ends.
    pub to: String,
}

/// What the checks found that does not stop the build.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Windows last verified more than 12 months before today.
    pub stale: Vec<String>,
    /// 「要確認」: secondary facts whose own date (`as_of`) is more than three
    /// years before today, or cannot be read. The city's yearly check.
    pub recheck: Vec<String>,
}

/// The year and month a secondary source speaks of, read from its `as_of`
/// text (「2020年11月の報道」 gives 2020-11, 「2024年の報道」 2024-12, the
/// latest month it may mean); `None` when it names no year.
pub fn as_of_month(as_of: &str) -> Option<(i32, u8)> {
    let chars: Vec<char> = as_of.chars().collect();
    let number = |from: usize| -> (u32, usize) {
        let mut n = 0;
        let mut i = from;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            n = n * 10 + d;
            i += 1;
        }
        (n, i)
    };
    let mut i = 0;
    while i < chars.len() {
        let (year, end) = number(i);
        if end - i == 4 && chars.get(end) == Some(&'年') {
            let (month, month_end) = number(end + 1);
            let month = if month_end > end + 1 && chars.get(month_end) == Some(&'月') {
                month
            } else {
                12
            };
            return u8::try_from(month)
                .ok()
                .filter(|m| (1..=12).contains(m))
                .map(|m| (year as i32, m));
        }
        i = end.max(i + 1);
    }
    None
}

/// Checks every entry. Returns every problem found, each naming the window
/// and the field, so a whole file can be fixed in one pass.
pub fn validate(file: &SourceFile, today: Date) -> Result<Report, Vec<String>> {
    let mut errors = Vec::new();
    let mut report = Report::default();
    let mut ids = std::collections::HashSet::new();
    if file.window.is_empty() {
        errors.push("相談窓口が一つもありません".to_owned());
    }
    for (n, w) in file.window.iter().enumerate() {
        let at = format!(
            "window[{}] ({})",
            n + 1,
            if w.id.is_empty() { "id なし" } else { &w.id }
        );
        let mut e = |field: &str, why: String| errors.push(format!("{at} {field}: {why}"));

        if w.id.is_empty()
            || !w
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            e("id", "英小文字・数字・ハイフンで書いてください".into());
        }
        if !ids.insert(w.id.as_str()) {
            e("id", "同じ id がほかにもあります".into());
        }
        for (field, value) in [
            ("name", &w.name),
            ("name_en", &w.name_en),
            ("organisation", &w.organisation),
            ("organisation_en", &w.organisation_en),
            ("helps", &w.helps),
            ("helps_easy", &w.helps_easy),
            ("helps_en", &w.helps_en),
        ] {
            if value.trim().is_empty() {
                e(field, "空です".into());
            }
        }
        for (field, why) in translation_errors(&[
            ("as_of", &w.as_of, Some(&w.as_of_easy), Some(&w.as_of_en)),
            ("note", &w.note, Some(&w.note_easy), Some(&w.note_en)),
        ]) {
            e(&field, why);
        }
        for (field, value) in [
            ("name_en", &w.name_en),
            ("organisation_en", &w.organisation_en),
            ("helps_en", &w.helps_en),
        ] {
            if has_japanese(value) {
                e(
                    field,
                    "英語で書いてください（日本語の文字があります）".into(),
                );
            }
        }
        if w.reading.is_empty()
            || !w
                .reading
                .chars()
                .all(|c| matches!(c, 'ぁ'..='ゖ' | 'ー' | ' '))
        {
            e("reading", "ひらがなで書いてください".into());
        }
        if w.categories.is_empty() {
            e("categories", "一つ以上必要です".into());
        }
        for c in &w.categories {
            if Category::from_id(c).is_none() {
                e("categories", format!("知らない分類「{c}」"));
            }
        }
        if w.audiences.is_empty() {
            e("audiences", "一つ以上必要です".into());
        }
        for a in &w.audiences {
            if Audience::from_id(a).is_none() {
                e("audiences", format!("知らない対象「{a}」"));
            }
        }
        if Area::from_id(&w.area).is_none() {
            e("area", format!("知らない地域「{}」", w.area));
        }
        if !(w.source.starts_with("https://") || w.source.starts_with("http://"))
            || w.source.contains(' ')
        {
            e(
                "source",
                "出典の URL（http:// か https://）が必要です".into(),
            );
        }
        match Date::parse_iso(&w.verified) {
            None => e("verified", "確認日を YYYY-MM-DD で書いてください".into()),
            Some(d) if d > today => e("verified", "確認日が未来です".into()),
            Some(d) if today.days_since_epoch() - d.days_since_epoch() > 365 => {
                report
                    .stale
                    .push(format!("{} ({}): 最終確認 {}", w.id, w.name, w.verified));
            }
            Some(_) => {}
        }
        if w.confidence == "secondary" {
            let months = |y: i32, m: u8| y * 12 + i32::from(m);
            match as_of_month(&w.as_of) {
                Some((y, m)) if months(today.year, today.month) - months(y, m) <= 36 => {}
                Some(_) => report.recheck.push(format!(
                    "要確認 {} ({}): 二次情報の時点 {}",
                    w.id, w.name, w.as_of
                )),
                None => report.recheck.push(format!(
                    "要確認 {} ({}): 二次情報の時点がわかりません（{}）",
                    w.id, w.name, w.as_of
                )),
            }
        }
        match w.confidence.as_str() {
            "verified" => {}
            "secondary" if !w.as_of.trim().is_empty() => {}
            "secondary" => e(
                "as_of",
                "二次情報には、その情報の時点（as_of）が必要です".into(),
            ),
            other => e(
                "confidence",
                format!("verified か secondary です（「{other}」）"),
            ),
        }
        if w.contact.is_empty() {
            e("contact", "連絡方法が一つもありません".into());
        }
        if w.crisis && !w.contact.iter().any(|c| c.method == "phone") {
            e(
                "crisis",
                "「今すぐ話したい」の窓口には電話が必要です".into(),
            );
        }
        for (k, c) in w.contact.iter().enumerate() {
            for why in contact_errors(c) {
                e(&format!("contact[{}]", k + 1), why);
            }
            if let Some(o) = &c.ordinary {
                for why in ordinary_errors(c, o, today) {
                    e(&format!("contact[{}] ordinary", k + 1), why);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors)
    }
}

fn contact_errors(c: &SourceContact) -> Vec<String> {
    let mut errors: Vec<String> = translation_errors(&[
        ("label", &c.label, Some(&c.label_easy), Some(&c.label_en)),
        (
            "hours_note",
            &c.hours_note,
            Some(&c.hours_note_easy),
            Some(&c.hours_note_en),
        ),
    ])
    .into_iter()
    .map(|(field, why)| format!("{field}: {why}"))
    .collect();
    let Some(method) = Method::from_id(&c.method) else {
        errors.push(format!("知らない連絡方法「{}」", c.method));
        return errors;
    };
    match (method, &c.number, &c.url) {
        (Method::Phone, Some(number), None) => match check_phone(number) {
            Ok(phone) => {
                if let Some(cost) = &c.cost {
                    match Cost::from_id(cost) {
                        None => errors.push(format!("知らない通話料「{cost}」")),
                        Some(Cost::Navi) if phone.default_cost != Cost::Navi => {
                            errors.push("ナビダイヤルは 0570 の番号だけです".into());
                        }
                        Some(other) if phone.default_cost == Cost::Navi && other != Cost::Navi => {
                            errors.push("0570 の番号はいつも通話料がかかります".into());
                        }
                        Some(_) => {}
                    }
                }
            }
            Err(err) => errors.push(err.0),
        },
        (Method::Phone, _, _) => errors.push("電話には number だけを書きます".into()),
        (_, Some(_), _) => errors.push("number は電話だけに書きます".into()),
        (Method::Visit, None, _) => {}
        (_, None, Some(url)) if url.starts_with("https://") || url.starts_with("http://") => {}
        (_, None, _) => errors.push("URL（http:// か https://）が必要です".into()),
    }
    if method != Method::Phone && c.cost.is_some() {
        errors.push("cost は電話だけに書きます".into());
    }
    match &c.hours {
        Some(periods) if periods.is_empty() => {
            errors.push("hours が空です（わからない時は hours を書きません）".into());
        }
        Some(periods) => {
            for p in periods {
                if let Err(err) = parse_period(p) {
                    errors.push(err.0);
                }
            }
            errors.extend(rule_errors(c));
        }
        None if c.holidays.is_some() || c.year_end.is_some() => {
            errors.push("hours なしで holidays・year_end は書けません".into());
        }
        // Only dated periods (a seasonal line, such as #9999): open inside them.
        None => {}
    }
    for s in &c.special {
        match (parse_datetime(&s.from), parse_datetime(&s.to)) {
            (Some(from), Some(to)) if from < to => {}
            (Some(_), Some(_)) => errors.push(format!("special: {} より後に終わります", s.from)),
            _ => errors.push("special: from と to は「2025-09-10 08:00」の形で書きます".into()),
        }
    }
    errors
}

/// The holiday and year-end rules of a contact with hours: both written,
/// known words, and not against its periods (土日祝 or 祝日 say the line
/// opens on holidays; 平日 alone says it does not).
fn rule_errors(c: &SourceContact) -> Vec<String> {
    let mut errors = Vec::new();
    let days: Vec<DaySet> = c
        .hours
        .iter()
        .flatten()
        .filter_map(|p| parse_period(p).ok())
        .map(|p| p.days)
        .collect();
    for (field, what, value) in [
        ("holidays", "祝日", &c.holidays),
        ("year_end", "年末年始（12/29〜1/3）", &c.year_end),
    ] {
        match value.as_deref().map(|v| (v, DayRule::from_id(v))) {
            None => errors.push(format!(
                "{field}: {what}の扱いが必要です（\"open\" ふだんどおり、\"closed\" 休み、\"unknown\" 出典に書いてない）"
            )),
            Some((v, None)) => errors.push(format!(
                "{field}: \"open\"・\"closed\"・\"unknown\" のどれかです（「{v}」）"
            )),
            Some((_, Some(rule))) if field == "holidays" => {
                let names_holidays = days
                    .iter()
                    .any(|d| matches!(d, DaySet::WeekendsAndHolidays | DaySet::Holidays));
                if names_holidays && rule != DayRule::Open {
                    errors.push(
                        "holidays: 「土日祝」「祝日」の時間があるので \"open\" です".into(),
                    );
                }
                if rule == DayRule::Open && days.iter().all(|d| *d == DaySet::Heijitsu) {
                    errors.push(
                        "holidays: 「平日」は祝日をのぞくので \"closed\" か \"unknown\" です"
                            .into(),
                    );
                }
            }
            Some(_) => {}
        }
    }
    errors
}

/// The checks of an ordinary number given for a short code: a dialable
/// number that is not a short code itself, given with its own source like
/// every number.
fn ordinary_errors(c: &SourceContact, o: &SourceOrdinary, today: Date) -> Vec<String> {
    let mut errors: Vec<String> = translation_errors(&[
        ("label", &o.label, Some(&o.label_easy), Some(&o.label_en)),
        ("as_of", &o.as_of, Some(&o.as_of_easy), Some(&o.as_of_en)),
    ])
    .into_iter()
    .map(|(field, why)| format!("{field}: {why}"))
    .collect();
    if !c.number.as_deref().is_some_and(|n| n.starts_with('#')) {
        errors.push("ordinary は # で始まる短い番号にだけ書きます".into());
    }
    match check_phone(&o.number) {
        Ok(phone) if phone.dial.starts_with('#') => {
            errors.push("ordinary には # のないふつうの番号を書きます".into());
        }
        Ok(_) => {}
        Err(err) => errors.push(err.0),
    }
    if o.label.trim().is_empty() {
        errors.push("label: どの回線からかける番号かを書いてください".into());
    }
    if !(o.source.starts_with("https://") || o.source.starts_with("http://"))
        || o.source.contains(' ')
    {
        errors.push("source: 出典の URL（http:// か https://）が必要です".into());
    }
    match Date::parse_iso(&o.verified) {
        None => errors.push("verified: 確認日を YYYY-MM-DD で書いてください".into()),
        Some(d) if d > today => errors.push("verified: 確認日が未来です".into()),
        Some(_) => {}
    }
    match o.confidence.as_str() {
        "verified" => {}
        "secondary" if !o.as_of.trim().is_empty() => {}
        "secondary" => {
            errors.push("as_of: 二次情報には、その情報の時点（as_of）が必要です".into());
        }
        other => errors.push(format!(
            "confidence: verified か secondary です（「{other}」）"
        )),
    }
    errors
}

/// Whether a text holds kana or kanji (an English text must not).
fn has_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

/// The translations of optional texts: `(field, Japanese, easy, English)`;
/// a translation is required exactly when the Japanese is written (`None`:
/// no such translation), and English holds no Japanese.
fn translation_errors(
    fields: &[(&'static str, &String, Option<&String>, Option<&String>)],
) -> Vec<(String, String)> {
    let mut errors = Vec::new();
    for (field, ja, easy, en) in fields {
        for (suffix, text) in [("_easy", easy), ("_en", en)] {
            let Some(text) = text else { continue };
            let name = format!("{field}{suffix}");
            match (ja.trim().is_empty(), text.trim().is_empty()) {
                (false, true) => errors.push((name.clone(), format!("{field} があるので必要です"))),
                (true, false) => {
                    errors.push((name.clone(), format!("{field} がないので書けません")))
                }
                _ => {}
            }
            if suffix == "_en" && has_japanese(text) {
                errors.push((
                    name,
                    "英語で書いてください（日本語の文字があります）".into(),
                ));
            }
        }
    }
    errors
}

/// Parses the hours of a checked contact. Leaks the slices: this runs in the
/// build script and in tests, never in the app.
pub fn hours_of(c: &SourceContact) -> Hours {
    let no_periods = Vec::new();
    let periods = match &c.hours {
        Some(periods) => periods,
        // A seasonal contact: no standing hours, only its dated periods.
        None if !c.special.is_empty() => &no_periods,
        None => return Hours::Unknown,
    };
    let periods: Vec<Period> = periods
        .iter()
        .filter_map(|p| parse_period(p).ok())
        .collect();
    let special: Vec<Special> = c
        .special
        .iter()
        .filter_map(|s| {
            Some(Special {
                start: parse_datetime(&s.from)?,
                end: parse_datetime(&s.to)?,
            })
        })
        .collect();
    let rule = |v: &Option<String>| {
        v.as_deref()
            .and_then(DayRule::from_id)
            .unwrap_or(DayRule::Unknown)
    };
    Hours::Known {
        periods: periods.leak(),
        holidays: rule(&c.holidays),
        year_end: rule(&c.year_end),
        special: special.leak(),
    }
}

/// Rust source for `Some(&Ordinary { … })`, for a checked ordinary number.
fn ordinary_to_rust(o: &SourceOrdinary) -> String {
    let checked = check_phone(&o.number).ok();
    let (tel, cost) = checked.map_or((String::new(), Cost::Normal), |p| {
        (p.tel_uri, p.default_cost)
    });
    let v = Date::parse_iso(&o.verified).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    });
    let confidence = if o.confidence == "secondary" {
        "Secondary"
    } else {
        "Verified"
    };
    format!(
        "Some(&Ordinary {{ phone: Phone {{ display: {:?}, tel: {tel:?}, cost: Cost::{cost:?}, ordinary: None }}, label: {:?}, label_easy: {:?}, label_en: {:?}, source: Source {{ url: {:?}, verified: Date {{ year: {}, month: {}, day: {} }}, confidence: Confidence::{confidence}, as_of: {:?}, as_of_easy: {:?}, as_of_en: {:?} }} }})",
        o.number,
        o.label,
        o.label_easy,
        o.label_en,
        o.source,
        v.year,
        v.month,
        v.day,
        o.as_of,
        o.as_of_easy,
        o.as_of_en
    )
}

fn cost_of(c: &SourceContact) -> Option<Cost> {
    let phone = check_phone(c.number.as_deref()?).ok()?;
    Some(
        c.cost
            .as_deref()
            .and_then(Cost::from_id)
            .unwrap_or(phone.default_cost),
    )
}

/// Rust source defining `pub static WINDOWS: &[Window]`, for a file that has
/// passed [`validate`].
pub fn to_rust(file: &SourceFile) -> String {
    let mut out =
        String::from("// Generated by data/build.rs from data/windows.toml. Do not edit.\n");
    out.push_str("pub static WINDOWS: &[Window] = &[\n");
    for w in &file.window {
        let categories: Vec<String> = w
            .categories
            .iter()
            .filter_map(|c| Category::from_id(c))
            .map(|c| format!("Category::{c:?}"))
            .collect();
        let audiences: Vec<String> = w
            .audiences
            .iter()
            .filter_map(|a| Audience::from_id(a))
            .map(|a| format!("Audience::{a:?}"))
            .collect();
        let area = Area::from_id(&w.area).unwrap_or(Area::National);
        let verified = Date::parse_iso(&w.verified).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        });
        let confidence = if w.confidence == "secondary" {
            "Secondary"
        } else {
            "Verified"
        };
        let mut contacts = String::new();
        for c in &w.contact {
            let method = Method::from_id(&c.method).unwrap_or(Method::Web);
            let phone = match (&c.number, cost_of(c)) {
                (Some(number), Some(cost)) => {
                    let tel = check_phone(number).map(|p| p.tel_uri).unwrap_or_default();
                    let ordinary = c
                        .ordinary
                        .as_ref()
                        .map_or("None".to_owned(), ordinary_to_rust);
                    format!(
                        "Some(Phone {{ display: {number:?}, tel: {tel:?}, cost: Cost::{cost:?}, ordinary: {ordinary} }})"
                    )
                }
                _ => "None".to_owned(),
            };
            let url = c
                .url
                .as_ref()
                .map_or("None".to_owned(), |u| format!("Some({u:?})"));
            let hours = hours_to_rust(hours_of(c));
            _ = writeln!(
                contacts,
                "        Contact {{ method: Method::{method:?}, label: {:?}, label_easy: {:?}, label_en: {:?}, phone: {phone}, url: {url}, hours: {hours}, hours_note: {:?}, hours_note_easy: {:?}, hours_note_en: {:?} }},",
                c.label, c.label_easy, c.label_en, c.hours_note, c.hours_note_easy, c.hours_note_en
            );
        }
        _ = write!(
            out,
            "    Window {{\n        id: {:?},\n        name: {:?},\n        name_easy: {:?},\n        name_en: {:?},\n        reading: {:?},\n        organisation: {:?},\n        organisation_easy: {:?},\n        organisation_en: {:?},\n        helps: {:?},\n        helps_easy: {:?},\n        helps_en: {:?},\n        categories: &[{}],\n        audiences: &[{}],\n        area: Area::{area:?},\n        crisis: {},\n        contacts: &[\n{contacts}        ],\n        keywords: &{:?},\n        source: Source {{ url: {:?}, verified: Date {{ year: {}, month: {}, day: {} }}, confidence: Confidence::{confidence}, as_of: {:?}, as_of_easy: {:?}, as_of_en: {:?} }},\n        note: {:?},\n        note_easy: {:?},\n        note_en: {:?},\n    }},\n",
            w.id,
            w.name,
            if w.name_easy.is_empty() {
                &w.name
            } else {
                &w.name_easy
            },
            w.name_en,
            w.reading,
            w.organisation,
            if w.organisation_easy.is_empty() {
                &w.organisation
            } else {
                &w.organisation_easy
            },
            w.organisation_en,
            w.helps,
            w.helps_easy,
            w.helps_en,
            categories.join(", "),
            audiences.join(", "),
            w.crisis,
            w.keywords,
            w.source,
            verified.year,
            verified.month,
            verified.day,
            w.as_of,
            w.as_of_easy,
            w.as_of_en,
            w.note,
            w.note_easy,
            w.note_en,
        );
    }
    out.push_str("];\n");
    out
}

/// The crisis lines as static HTML for `index.html`: readable before the
/// app loads and with JavaScript off. The block is the app's own markup
/// ([`crisis_block_html`]); on the home page in Japanese the app keeps it
/// and draws its lines, with live open/closed states, in place of these.
pub fn crisis_html(file: &SourceFile, words: &CrisisWords) -> String {
    let mut items = String::new();
    for w in file.window.iter().filter(|w| w.crisis) {
        let Some(c) = w.contact.iter().find(|c| c.method == "phone") else {
            continue;
        };
        let (Some(number), Some(cost)) = (&c.number, cost_of(c)) else {
            continue;
        };
        let Ok(phone) = check_phone(number) else {
            continue;
        };
        let hours = hours_text::hours(hours_of(c), &words.hours).join("、");
        let call = |number: &str, tel: &str, cost: Cost| {
            let words = LinkWords {
                call: &format!("{}に電話する、", w.name),
                spoken: &format!(
                    "（{}）",
                    spoken(number, words.number_hash, words.number_groups)
                ),
                cost: words.cost(cost),
            };
            call_link_html(tel, number, words)
        };
        // Which phone reads this page is unknown before the app runs, and an
        // iPhone does not dial a short code from a link: the code as text,
        // and the same line's ordinary number as the button where there is one.
        let button = if phone.dial.starts_with('#') {
            let ordinary = c.ordinary.as_ref().and_then(|o| {
                let p = check_phone(&o.number).ok()?;
                Some(call(&o.number, &p.tel_uri, p.default_cost))
            });
            format!(
                "<div class=\"short-code\"><p class=\"short-code__number\">{}</p>{}</div>",
                escape_markup(number),
                ordinary.unwrap_or_default()
            )
        } else {
            call(number, &phone.tel_uri, cost)
        };
        _ = write!(
            items,
            "<li class=\"line-card\"><div class=\"line-card__text\"><p class=\"line-card__name\">{name}</p>\
<p class=\"line-card__status\">{hours}</p></div>{button}</li>",
            name = escape_markup(&w.name),
            hours = escape_markup(&hours),
        );
    }
    crisis_block_html(
        words.title,
        words.lead,
        words.emergency,
        &format!("<ul class=\"crisis__lines\">{items}</ul>"),
    )
}

/// The crisis block's own words in Japanese, from the message catalogue
/// (`data/i18n/home.toml`), for [`crisis_html`].
pub struct CrisisWords<'a> {
    /// 「今すぐ話したい」.
    pub title: &'a str,
    /// The lead under the title.
    pub lead: &'a str,
    /// The line on 119, directly under the lead.
    pub emergency: &'a str,
    /// What a call costs, short, in the order of [`Cost::ALL`].
    pub costs: [&'a str; 4],
    /// How hours are written.
    pub hours: HoursWords<'a>,
    /// 「シャープ」, as `#` is read aloud.
    pub number_hash: &'a str,
    /// What is read between the groups of a number.
    pub number_groups: &'a str,
}

impl CrisisWords<'_> {
    /// The short words for what a call costs.
    fn cost(&self, cost: Cost) -> &str {
        let at = Cost::ALL
            .iter()
            .position(|c| *c == cost)
            .unwrap_or_default();
        self.costs.get(at).copied().unwrap_or_default()
    }
}

/// Today's date in Japan, from the system clock (for the build's checks).
pub fn today_from_system_clock() -> Date {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64);
    JstTime::from_unix_ms(ms).date
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[window]]
id = "sample"
name = "サンプル相談"
name_en = "Sample line"
reading = "さんぷるそうだん"
organisation = "テスト"
organisation_en = "Test"
helps = "テスト用"
helps_easy = "テストの ため"
helps_en = "For tests"
categories = ["crisis"]
audiences = ["anyone"]
area = "national"
crisis = true
source = "https://example.jp/"
verified = "2026-11-01"
confidence = "verified"
[[window.contact]]
method = "phone"
number = "0120-279-338"
hours = ["毎日 16:00-21:00", "毎月10日 08:00-翌08:00"]
holidays = "open"
year_end = "closed"
"#;

    fn today() -> Date {
        Date {
            year: 2026,
            month: 11,
            day: 25,
        }
    }

    fn parse(text: &str) -> SourceFile {
        toml::from_str(text).expect("parses")
    }

    fn errors_of(text: &str) -> Vec<String> {
        validate(&parse(text), today()).expect_err("should be refused")
    }

    /// `text` is refused, and one of its errors names every one of `parts`.
    fn assert_refused(text: &str, parts: &[&str]) {
        let errors = errors_of(text);
        assert!(
            errors.iter().any(|e| parts.iter().all(|p| e.contains(p))),
            "{parts:?}: {errors:?}"
        );
    }

    /// `text` without the line of `field`.
    fn without(text: &str, field: &str) -> String {
        let line = format!("{field} = ");
        text.lines()
            .filter(|l| !l.starts_with(&line))
            .map(|l| format!("{l}\n"))
            .collect()
    }

    #[test]
    fn a_good_entry_passes_and_converts() {
        let file = parse(GOOD);
        assert_eq!(validate(&file, today()), Ok(Report::default()));
        let rust = to_rust(&file);
        assert!(rust.contains("tel: \"tel:0120279338\""));
        assert!(rust.contains("DaySet::MonthDay(10)"));
        assert!(rust.contains("holidays: DayRule::Open, year_end: DayRule::Closed, special: &[]"));
        let html = crisis_html(&file, &words());
        assert!(html.contains("href=\"tel:0120279338\""));
        assert!(html.contains("毎日 16:00〜21:00、毎月10日 8:00〜翌8:00<"));
        assert!(html.contains("通話無料"));
    }

    #[test]
    fn refuses_an_undialable_number() {
        let errors = errors_of(&GOOD.replace("0120-279-338", "0120-279-33"));
        assert!(
            errors[0].contains("window[1] (sample) contact[1]"),
            "{errors:?}"
        );
    }

    #[test]
    fn refuses_an_unknown_category() {
        assert!(
            errors_of(&GOOD.replace("[\"crisis\"]", "[\"crisis\", \"weather\"]"))[0]
                .contains("weather")
        );
    }

    #[test]
    fn refuses_a_missing_source_or_date() {
        assert!(errors_of(&GOOD.replace("https://example.jp/", ""))[0].contains("source"));
        assert!(errors_of(&GOOD.replace("2026-11-01", "2026/11/01"))[0].contains("verified"));
        assert!(errors_of(&GOOD.replace("2026-11-01", "2027-01-01"))[0].contains("未来"));
        // A missing field does not even parse.
        assert!(
            toml::from_str::<SourceFile>(&GOOD.replace("verified = \"2026-11-01\"", "")).is_err()
        );
    }

    #[test]
    fn refuses_duplicate_ids() {
        let twice = format!("{GOOD}{GOOD}");
        assert_refused(&twice, &["同じ id"]);
    }

    #[test]
    fn refuses_impossible_schedules() {
        assert!(
            errors_of(&GOOD.replace("毎日 16:00-21:00", "毎日 21:00-16:00"))[0].contains("終わり")
        );
        assert!(!errors_of(&GOOD.replace("毎月10日", "毎月32日")).is_empty());
        assert!(
            !errors_of(&GOOD.replace(
                "hours = [\"毎日 16:00-21:00\", \"毎月10日 08:00-翌08:00\"]",
                "hours = []"
            ))
            .is_empty()
        );
    }

    #[test]
    fn every_contact_with_hours_says_what_happens_on_holidays_and_at_the_year_end() {
        for field in ["holidays", "year_end"] {
            assert_refused(
                &without(GOOD, field),
                &[&format!("contact[1]: {field}: "), "必要"],
            );
        }
        let errors = errors_of(&GOOD.replace("year_end = \"closed\"", "year_end = \"休み\""));
        assert!(errors[0].contains("「休み」"), "{errors:?}");
        // 土日祝 opens on holidays; 平日 alone never does.
        let errors = errors_of(
            &GOOD
                .replace("毎日 16:00-21:00", "土日祝 24時間")
                .replace("holidays = \"open\"", "holidays = \"unknown\""),
        );
        assert!(errors[0].contains("土日祝"), "{errors:?}");
        let weekdays = GOOD.replace(
            "[\"毎日 16:00-21:00\", \"毎月10日 08:00-翌08:00\"]",
            "[\"平日 08:30-17:15\"]",
        );
        assert!(errors_of(&weekdays)[0].contains("平日"));
        let weekdays = weekdays.replace("holidays = \"open\"", "holidays = \"closed\"");
        assert_eq!(validate(&parse(&weekdays), today()), Ok(Report::default()));
        // No rules without hours.
        let no_hours = GOOD.replace(
            "hours = [\"毎日 16:00-21:00\", \"毎月10日 08:00-翌08:00\"]\n",
            "",
        );
        assert!(errors_of(&no_hours)[0].contains("hours なし"));
        // A seasonal contact has dated periods and nothing else.
        let seasonal = format!(
            "{}[[window.contact.special]]\nfrom = \"2023-12-15 00:00\"\nto = \"2024-01-05 00:00\"\n",
            no_hours
                .replace("holidays = \"open\"\n", "")
                .replace("year_end = \"closed\"\n", "")
        );
        let file = parse(&seasonal);
        assert_eq!(validate(&file, today()), Ok(Report::default()));
        assert!(
            to_rust(&file).contains("hours: Hours::Known { periods: &[], "),
            "{}",
            to_rust(&file)
        );
    }

    #[test]
    fn special_openings_are_dated_and_convert() {
        let special = format!(
            "{GOOD}[[window.contact.special]]\nfrom = \"2025-09-10 08:00\"\nto = \"2025-09-17 08:00\"\n"
        );
        let file = parse(&special);
        assert_eq!(validate(&file, today()), Ok(Report::default()));
        let start = JstTime::at(Date::new(2025, 9, 10).expect("a date"), 8, 0).minutes();
        let end = start + 7 * 1440;
        assert!(
            to_rust(&file).contains(&format!(
                "special: &[Special {{ start: {start}, end: {end} }}]"
            )),
            "{}",
            to_rust(&file)
        );
        let backwards = special.replace("2025-09-17 08:00", "2025-09-09 08:00");
        assert!(errors_of(&backwards)[0].contains("special"));
        let undated = special.replace("2025-09-17 08:00", "9月17日");
        assert!(errors_of(&undated)[0].contains("special"));
    }

    #[test]
    fn refuses_a_free_navi_dial() {
        let navi = GOOD
            .replace("0120-279-338", "0570-064-556")
            .replace("method = \"phone\"", "method = \"phone\"\ncost = \"free\"");
        assert!(errors_of(&navi)[0].contains("0570"));
    }

    #[test]
    fn refuses_a_window_without_its_translations() {
        for field in ["name_en", "organisation_en", "helps_easy", "helps_en"] {
            assert_refused(&without(GOOD, field), &[&format!("{field}: 空です")]);
        }
        // A note, a contact label or an hours note needs both translations.
        let noted = GOOD.replace(
            "confidence = \"verified\"",
            "confidence = \"verified\"\nnote = \"補足\"\nnote_easy = \"補足\"",
        );
        assert_refused(&noted, &["note_en"]);
        let labelled = GOOD.replace(
            "method = \"phone\"",
            "method = \"phone\"\nlabel = \"本部\"\nlabel_en = \"head office\"",
        );
        assert_refused(&labelled, &["contact[1]: label_easy"]);
        // English is English.
        assert_refused(&GOOD.replace("For tests", "テスト用"), &["helps_en"]);
        // The easy name and organisation may be left out: they are proper names.
        let rust = to_rust(&parse(GOOD));
        assert!(rust.contains("name_easy: \"サンプル相談\""));
        assert!(rust.contains("name_en: \"Sample line\""));
    }

    #[test]
    fn secondary_facts_need_their_date() {
        let errors =
            errors_of(&GOOD.replace("confidence = \"verified\"", "confidence = \"secondary\""));
        assert!(errors[0].contains("as_of"));
        // The date is shown in every language: written with as_of, the easy
        // and English ones are required, and never without it.
        let dated = GOOD.replace(
            "confidence = \"verified\"",
            "confidence = \"secondary\"\nas_of = \"2024年の報道\"\nas_of_easy = \"2024年の ニュース\"\nas_of_en = \"a news report from 2024\"",
        );
        let file = parse(&dated);
        assert_eq!(validate(&file, today()), Ok(Report::default()));
        assert!(to_rust(&file).contains(
            "as_of: \"2024年の報道\", as_of_easy: \"2024年の ニュース\", as_of_en: \"a news report from 2024\""
        ));
        for field in ["as_of_easy", "as_of_en"] {
            assert_refused(
                &without(&dated, field),
                &[&format!("{field}: as_of があるので必要です")],
            );
        }
        let undated = GOOD.replace(
            "confidence = \"verified\"",
            "confidence = \"verified\"\nas_of_easy = \"2024年の ニュース\"",
        );
        assert_refused(&undated, &["as_of_easy: as_of がないので書けません"]);
    }

    #[test]
    fn lists_stale_entries_without_failing() {
        let old = parse(&GOOD.replace("2026-11-01", "2025-10-01"));
        let report = validate(&old, today()).expect("stale is not an error");
        assert_eq!(report.stale.len(), 1);
        assert!(report.stale[0].starts_with("sample"));
    }

    #[test]
    fn lists_secondary_facts_older_than_three_years_as_to_check() {
        assert_eq!(as_of_month("2020年11月の報道"), Some((2020, 11)));
        assert_eq!(as_of_month("2024年の報道"), Some((2024, 12)));
        assert_eq!(as_of_month("日付のない転載ページ"), None);
        assert_eq!(as_of_month("第2・第4日曜"), None);
        let secondary = |as_of: &str| {
            GOOD.replace(
                "confidence = \"verified\"",
                &format!("confidence = \"secondary\"\nas_of = \"{as_of}\"\nas_of_easy = \"x\"\nas_of_en = \"x\""),
            )
        };
        // Three years to the month (2023-11 on 2026-11-25) is not yet due.
        for fresh in ["2023年11月の報道", "2024年の報道"] {
            let report = validate(&parse(&secondary(fresh)), today()).expect("valid");
            assert!(report.recheck.is_empty(), "{fresh}: {report:?}");
        }
        for (old, why) in [
            ("2023年10月の報道", "時点 2023年10月"),
            ("2017年の報道", "時点 2017年"),
            ("運営団体のページ", "わかりません"),
        ] {
            let report = validate(&parse(&secondary(old)), today()).expect("valid");
            assert_eq!(report.recheck.len(), 1, "{old}");
            assert!(report.recheck[0].starts_with("要確認 sample"), "{report:?}");
            assert!(report.recheck[0].contains(why), "{report:?}");
            assert!(report.stale.is_empty());
        }
    }

    #[test]
    fn static_html_escapes_names() {
        let file = parse(&GOOD.replace("サンプル相談", "<b>&\\\"'"));
        assert!(crisis_html(&file, &words()).contains("&lt;b&gt;&amp;&quot;&#39;"));
    }

    fn words() -> CrisisWords<'static> {
        CrisisWords {
            title: "今すぐ話したい",
            lead: "ひとりで抱えこまないで。",
            emergency: "命が危ないときは<119>",
            costs: [
                "通話無料",
                "通話料あり（ナビダイヤル）",
                "通話料がかかります",
                "通話料がかかる場合があります",
            ],
            hours: crate::hours_text::catalogue_words(crate::lang::Lang::Ja),
            number_hash: "シャープ",
            number_groups: "、",
        }
    }

    #[test]
    fn static_html_offers_119_directly_under_the_lead() {
        let html = crisis_html(&parse(GOOD), &words());
        let lead = html.find("crisis__lead").expect("the lead");
        let emergency = html
            .find("<p class=\"crisis__emergency\"><a href=\"tel:119\">命が危ないときは&lt;119&gt;</a></p>")
            .expect("the 119 line, escaped");
        let lines = html.find("crisis__lines").expect("the lines");
        assert!(lead < emergency && emergency < lines);
    }

    /// `GOOD` with a short code and an ordinary number for the same line.
    fn short_code(ordinary: &str) -> String {
        let code = GOOD.replace(
            "number = \"0120-279-338\"",
            "number = \"#8891\"\ncost = \"free\"",
        );
        format!("{code}{ordinary}")
    }

    const ORDINARY: &str = "[window.contact.ordinary]\nnumber = \"0120-8891-77\"\nlabel = \"ひかり電話\"\nlabel_easy = \"ひかり 電話\"\nlabel_en = \"fibre lines\"\nsource = \"https://example.jp/8891\"\nverified = \"2026-11-01\"\nconfidence = \"secondary\"\nas_of = \"日付不明\"\nas_of_easy = \"日付 不明\"\nas_of_en = \"undated\"\n";

    #[test]
    fn a_short_code_carries_its_ordinary_number_with_its_own_source() {
        let file = parse(&short_code(ORDINARY));
        assert_eq!(validate(&file, today()), Ok(Report::default()));
        let rust = to_rust(&file);
        assert!(rust.contains("display: \"#8891\", tel: \"tel:%238891\", cost: Cost::Free, ordinary: Some(&Ordinary { phone: Phone { display: \"0120-8891-77\", tel: \"tel:0120889177\", cost: Cost::Free, ordinary: None }, label: \"ひかり電話\""), "{rust}");
        assert!(rust.contains("url: \"https://example.jp/8891\", verified: Date { year: 2026, month: 11, day: 1 }, confidence: Confidence::Secondary, as_of: \"日付不明\""));
        // An ordinary number alone gets `ordinary: None`.
        assert!(to_rust(&parse(GOOD)).contains("cost: Cost::Free, ordinary: None"));
    }

    #[test]
    fn static_html_never_links_a_short_code() {
        // The static screen cannot tell an iPhone: the short code is text,
        // the ordinary number of the same line is the button.
        let html = crisis_html(&parse(&short_code(ORDINARY)), &words());
        assert!(!html.contains("tel:%23"), "{html}");
        assert!(html.contains("<p class=\"short-code__number\">#8891</p>"));
        assert!(html.contains("href=\"tel:0120889177\""));
        assert!(html.contains("0120-8891-77"));
        let without = crisis_html(&parse(&short_code("")), &words());
        assert!(!without.contains("tel:%23") && without.contains("#8891"));
    }

    #[test]
    fn refuses_an_ordinary_number_that_is_unsourced_or_not_for_a_short_code() {
        let refused = |text: &str, part: &str| assert_refused(text, &["contact[1] ordinary", part]);
        // The ordinary number with one of its facts changed, and what the
        // error names.
        for (from, to, part) in [
            ("https://example.jp/8891", "", "source"),
            ("2026-11-01", "2027-01-01", "未来"),
            ("as_of = \"日付不明\"\n", "", "as_of"),
            ("0120-8891-77", "0120-8891-7", "けた数"),
            ("0120-8891-77", "#8891", "ふつうの番号"),
            ("label_en = \"fibre lines\"\n", "", "label_en"),
            ("as_of_easy = \"日付 不明\"\n", "", "as_of_easy"),
        ] {
            refused(&short_code(&ORDINARY.replace(from, to)), part);
        }
        refused(&format!("{GOOD}{ORDINARY}"), "# で始まる短い番号にだけ");
    }
}
