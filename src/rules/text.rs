//! Text helpers shared by the whole domain: folding for search (full- and
//! half-width, katakana and hiragana, case), full-width ASCII to ASCII,
//! escaping for HTML and SVG, percent-encoding for URLs, and finding the
//! Japanese in a text (to mark it `lang="ja"` in English).

use std::fmt::Write as _;

const HALF_KANA: &str = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
const FULL_KANA: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

/// Folds text for matching: full-width ASCII to ASCII, half-width katakana
/// to full-width, voiced marks joined to their kana (half-width ﾞ ﾟ and
/// the combining marks U+3099 U+309A that some keyboards and copied text
/// use: 「ハ\u{3099}」 is 「バ」), katakana to hiragana, the curly apostrophe
/// iPhones type (`can’t`) to `'`, ASCII to lower case, and punctuation and
/// spaces of any width to a single space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let mut c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{FF61}'..='\u{FF9D}' => half_to_full(c),
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            _ => c,
        };
        // Voiced marks join the kana before them.
        match chars.peek() {
            Some('ﾞ' | '\u{3099}') if voiced(c).is_some() => {
                c = voiced(c).unwrap_or(c);
                chars.next();
            }
            Some('ﾟ' | '\u{309A}') if semi_voiced(c).is_some() => {
                c = semi_voiced(c).unwrap_or(c);
                chars.next();
            }
            _ => {}
        }
        let c = match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            'A'..='Z' => c.to_ascii_lowercase(),
            _ => c,
        };
        if c.is_whitespace() || is_separator(c) {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '・'
            | '「'
            | '」'
            | '『'
            | '』'
            | '（'
            | '）'
            | '('
            | ')'
            | ','
            | '.'
            | '!'
            | '?'
            | '！'
            | '？'
            | '/'
            | '／'
            | '〜'
            | '~'
    )
}

fn half_to_full(c: char) -> char {
    HALF_KANA
        .chars()
        .position(|h| h == c)
        .and_then(|i| FULL_KANA.chars().nth(i))
        .unwrap_or(c)
}

/// Applies `mark` to a hiragana through its katakana.
fn via_katakana(c: char, mark: fn(char) -> Option<char>) -> Option<char> {
    let kata = char::from_u32(c as u32 + 0x60)?;
    char::from_u32(mark(kata)? as u32 - 0x60)
}

fn voiced(c: char) -> Option<char> {
    match c {
        'ぁ'..='ゖ' => via_katakana(c, voiced),
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'タ' | 'チ'
        | 'ツ' | 'テ' | 'ト' | 'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => {
            char::from_u32(c as u32 + 1)
        }
        'ウ' => Some('ヴ'),
        _ => None,
    }
}

fn semi_voiced(c: char) -> Option<char> {
    match c {
        'ぁ'..='ゖ' => via_katakana(c, semi_voiced),
        'ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ' => char::from_u32(c as u32 + 2),
        _ => None,
    }
}

/// Escapes text for HTML and XML (SVG) alike: `&`, `<`, `>`, `"` and `'`.
/// The apostrophe becomes `&#39;`, which both languages read.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Full-width ASCII (`０１２`, `＠`) to ASCII, and the ideographic space to
/// a space: how numbers, codes and addresses typed in full width (by people
/// or in spreadsheets) are read.
pub fn narrow(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Percent-encodes text for a URL: UTF-8 bytes, everything but the
/// unreserved characters `A–Z a–z 0–9 - . _ ~` (so `%`, `+`, `&`, `=`, `#`,
/// `?`, spaces and line breaks are all escaped).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes (UTF-8). `None` for a broken escape or bytes that
/// are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a character is written only in Japanese: kana, kanji, Japanese
/// punctuation and full-width forms.
pub fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Splits `text` into runs, each flagged when it is Japanese. A Japanese run
/// keeps the Latin letters and digits written between Japanese characters
/// with no space (an `SOS` or a `1` inside a name), and a single space
/// between two Japanese words (a division after its city).
pub fn japanese_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if !is_japanese(c) {
            at += c.len_utf8();
            continue;
        }
        let start = at;
        let mut end = at + c.len_utf8();
        let mut after_space = false;
        // Extend over Japanese characters; Latin letters and digits count
        // only when another Japanese character follows them directly.
        let mut scan = end;
        while let Some(c) = text[scan..].chars().next() {
            if is_japanese(c) {
                scan += c.len_utf8();
                end = scan;
                after_space = false;
            } else if c.is_ascii_alphanumeric() && !after_space {
                scan += c.len_utf8();
            } else if c == ' ' && scan == end && !after_space {
                scan += 1;
                after_space = true;
            } else {
                break;
            }
        }
        if plain_from < start {
            runs.push((false, &text[plain_from..start]));
        }
        runs.push((true, &text[start..end]));
        plain_from = end;
        at = end;
    }
    if plain_from < text.len() {
        runs.push((false, &text[plain_from..]));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_kana() {
        assert_eq!(fold("ｼｬｯｷﾝ"), "しゃっきん");
        assert_eq!(fold("シャッキン"), "しゃっきん");
        assert_eq!(fold("ﾊﾟﾜﾊﾗ"), "ぱわはら");
        assert_eq!(fold("ﾀﾞｲﾔﾙ"), "だいやる");
        assert_eq!(fold("ＤＶ"), "dv");
        assert_eq!(fold("LGBTQ"), "lgbtq");
        assert_eq!(fold("０１２０"), "0120");
        assert_eq!(
            fold("ヴ"),
            "ヴ"
                .chars()
                .map(|c| char::from_u32(c as u32 - 0x60).unwrap_or(c))
                .collect::<String>()
        );
    }

    #[test]
    fn collapses_spaces_and_punctuation() {
        assert_eq!(fold("  借金　の　相談 "), "借金 の 相談");
        assert_eq!(fold("家庭・夫婦・親子"), "家庭 夫婦 親子");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn joins_combining_voiced_marks_in_either_kana() {
        assert_eq!(fold("ハ\u{3099}ス"), fold("バス"));
        assert_eq!(fold("は\u{3099}す"), "ばす");
        assert_eq!(fold("ハ\u{309A}ワハラ"), "ぱわはら");
        assert_eq!(fold("ﾊﾟﾜﾊﾗ"), fold("ハ\u{309A}ワハラ"));
        assert_eq!(fold("う\u{3099}"), "ゔ");
        assert_eq!(fold("シ\u{3099}ンケン"), fold("じんけん"));
        // A mark after a kana it cannot voice stays, as typed.
        assert_eq!(fold("あ\u{3099}"), "あ\u{3099}");
    }

    #[test]
    fn folds_the_curly_apostrophe() {
        assert_eq!(fold("can’t sleep"), "can't sleep");
        assert_eq!(fold("Can‘t"), "can't");
        assert_eq!(fold("can＇t"), "can't");
    }

    #[test]
    fn leaves_kanji_alone() {
        assert_eq!(fold("死にたい"), "死にたい");
    }
}
