//! Whether a phone can dial a number from a link. iPhone and iPad do not
//! dial a `tel:` link that holds `#` or `*` (Apple's Phone Links
//! reference), so a short code such as `#8891` is shown there to be copied
//! and dialled in the Phone app instead. And the number to call when life
//! is in danger now.

use super::text::escape_markup;

/// The `tel:` link of 119 (ambulance), offered directly under the crisis
/// lines' lead for when life is in danger now.
pub const EMERGENCY_TEL: &str = "tel:119";

/// Whether the browser runs on an iPhone, iPad or iPod: by its user agent,
/// or, for an iPad that asks for desktop pages and so reports a Mac, by a
/// touch screen (`navigator.maxTouchPoints`; a Mac has none).
pub fn is_ios(user_agent: &str, max_touch_points: i32) -> bool {
    ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|device| user_agent.contains(device))
        || (user_agent.contains("Macintosh") && max_touch_points > 1)
}

/// Whether a number is a short code (`#8891`): the kind of number an iPhone
/// does not dial from a link.
pub fn is_short_code(number: &str) -> bool {
    number.contains(['#', '*'])
}

/// Whether a tap on a `tel:` link to `number` dials it on this browser.
pub fn link_dials(number: &str, user_agent: &str, max_touch_points: i32) -> bool {
    !(is_short_code(number) && is_ios(user_agent, max_touch_points))
}

/// What a call link says besides its number: who is called (for screen
/// readers), the digits spelled out, and the cost.
#[derive(Clone, Copy, Debug)]
pub struct LinkWords<'a> {
    /// 「よりそいホットラインに電話する、」.
    pub call: &'a str,
    /// 「（0 1 2 0、2 7 9、3 3 8）」.
    pub spoken: &'a str,
    /// 「通話無料」.
    pub cost: &'a str,
}

/// The markup of the crisis block (`section.crisis`): its title, lead and
/// the line on 119, then `rest` (markup, not escaped): the static first
/// screen's list of lines; the app draws its own list there. Texts are
/// escaped.
pub fn crisis_block_html(title: &str, lead: &str, emergency: &str, rest: &str) -> String {
    format!(
        "<section class=\"crisis\" aria-labelledby=\"crisis-title\"><h2 id=\"crisis-title\" class=\"crisis__title\">{}</h2>\
<p class=\"crisis__lead\">{}</p><p class=\"crisis__emergency\"><a href=\"{EMERGENCY_TEL}\">{}</a></p>{rest}</section>",
        escape_markup(title),
        escape_markup(lead),
        escape_markup(emergency),
    )
}

/// The markup of a call button (`a.call-button`), as the static first
/// screen and the short-code block write it. Everything is escaped.
pub fn call_link_html(tel: &str, number: &str, words: LinkWords) -> String {
    format!(
        "<a class=\"call-button\" href=\"{}\"><span class=\"visually-hidden\">{}</span>\
<span class=\"call-button__number\">{}</span><span class=\"visually-hidden\">{}</span>\
<span class=\"call-button__cost\">{}</span></a>",
        escape_markup(tel),
        escape_markup(words.call),
        escape_markup(number),
        escape_markup(words.spoken),
        escape_markup(words.cost),
    )
}

/// The markup of a short code where links cannot dial it: the code large
/// (its first child, selected by hand where copying fails), `how` to dial
/// it, a `copy` button, an empty live region for what copying did, and
/// after `or` the ordinary number's call button (markup from
/// [`call_link_html`]) where there is one. Texts are escaped.
pub fn short_code_html(number: &str, how: &str, copy: &str, or: Option<(&str, &str)>) -> String {
    let mut html = format!(
        "<p class=\"short-code__number\">{}</p><p>{}</p>\
<button type=\"button\" class=\"text-button\">{}</button>\
<p class=\"short-code__said\" role=\"status\"></p>",
        escape_markup(number),
        escape_markup(how),
        escape_markup(copy),
    );
    if let Some((or, link)) = or {
        html.push_str(&or_html(or, link));
    }
    html
}

/// The ordinary number of a short code's line: what it is (`or`, escaped),
/// then its call button (markup from [`call_link_html`]).
pub fn or_html(or: &str, link: &str) -> String {
    format!("<p class=\"call-or\">{}</p>{link}", escape_markup(or))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_code_markup_is_escaped_and_complete() {
        let words = LinkWords {
            call: "<b>に電話する、",
            spoken: "（0 1 2 0）",
            cost: "通話無料",
        };
        let link = call_link_html("tel:0120889177", "0120-8891-77", words);
        assert_eq!(
            link,
            "<a class=\"call-button\" href=\"tel:0120889177\"><span class=\"visually-hidden\">&lt;b&gt;に電話する、</span>\
<span class=\"call-button__number\">0120-8891-77</span><span class=\"visually-hidden\">（0 1 2 0）</span>\
<span class=\"call-button__cost\">通話無料</span></a>"
        );
        let html = short_code_html(
            "#8891",
            "「電話」で & 押す",
            "番号をコピー",
            Some(("または\"", &link)),
        );
        assert!(
            html.starts_with(
                "<p class=\"short-code__number\">#8891</p><p>「電話」で &amp; 押す</p>"
            )
        );
        assert!(
            html.contains("<button type=\"button\" class=\"text-button\">番号をコピー</button>")
        );
        assert!(html.contains("<p class=\"short-code__said\" role=\"status\"></p>"));
        assert!(html.ends_with(&format!("<p class=\"call-or\">または&quot;</p>{link}")));
        assert!(!short_code_html("#8008", "a", "b", None).contains("call-button"));
    }

    #[test]
    fn the_crisis_block_escapes_its_words_and_holds_the_rest() {
        let html = crisis_block_html("今すぐ<話したい>", "a & b", "119\"", "<ul><li>x</li></ul>");
        assert_eq!(
            html,
            "<section class=\"crisis\" aria-labelledby=\"crisis-title\"><h2 id=\"crisis-title\" class=\"crisis__title\">今すぐ&lt;話したい&gt;</h2>\
<p class=\"crisis__lead\">a &amp; b</p><p class=\"crisis__emergency\"><a href=\"tel:119\">119&quot;</a></p>\
<ul><li>x</li></ul></section>"
        );
    }

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.0 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1";
    const IPHONE_LINE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/13.19.0";
    const IPAD: &str = "Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    const IPADOS_DESKTOP: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15";
    const PIXEL: &str = "Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.91 Mobile Safari/537.36";
    const WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    #[test]
    fn finds_iphone_and_ipad_in_every_browser() {
        for ua in [IPHONE, IPHONE_CHROME, IPHONE_LINE, IPAD] {
            assert!(is_ios(ua, 5), "{ua}");
            assert!(is_ios(ua, 0), "{ua}");
        }
        // iPadOS asking for desktop pages says Macintosh, but has touch.
        assert!(is_ios(IPADOS_DESKTOP, 5));
        assert!(!is_ios(IPADOS_DESKTOP, 0));
        assert!(!is_ios(IPADOS_DESKTOP, 1));
        for ua in [PIXEL, WINDOWS, ""] {
            assert!(!is_ios(ua, 5), "{ua}");
        }
    }

    #[test]
    fn a_short_code_link_does_not_dial_on_iphone_only() {
        for code in ["#8891", "#8008", "#8103", "#9110", "*123"] {
            assert!(is_short_code(code));
            assert!(!link_dials(code, IPHONE, 5), "{code}");
            assert!(!link_dials(code, IPADOS_DESKTOP, 5), "{code}");
            assert!(link_dials(code, PIXEL, 5), "{code}");
            assert!(link_dials(code, IPADOS_DESKTOP, 0), "{code}");
        }
        for number in ["0120-8891-77", "0120-279-338", "189", "0791-63-2112"] {
            assert!(!is_short_code(number));
            assert!(link_dials(number, IPHONE, 5), "{number}");
            assert!(link_dials(number, PIXEL, 5), "{number}");
        }
    }
}
