//! The ways out: the letter and its mail link, the configured address, the
//! CSV row, the A4 document and the saved draft.

use super::*;
use crate::domain::csv;
use crate::domain::spot::{self, COLUMNS};
use crate::domain::text::{percent_decode, percent_encode};

use crate::domain::registration::document::check_mark;

/// Splits a `mailto:` URL into its decoded recipient and parameters.
fn decode_mailto(url: &str) -> (String, Vec<(String, String)>) {
    let rest = url.strip_prefix("mailto:").expect("a mailto URL");
    let (to, query) = rest.split_once('?').expect("parameters");
    let params = query
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').expect("key=value");
            (
                percent_decode(k).expect("decodable key"),
                percent_decode(v).expect("decodable value"),
            )
        })
        .collect();
    (percent_decode(to).expect("decodable recipient"), params)
}

/// Reads the letter back into (label, value) pairs; multi-line values
/// are their indented lines joined by `\n`.
fn parse_letter(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut in_fields = false;
    for line in text.split('\n') {
        if line.starts_with('■') {
            in_fields = true;
            continue;
        }
        if line == LETTER_END {
            break;
        }
        if !in_fields || line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('【') {
            let (label, value) = rest.split_once('】').expect("a closed label");
            out.push((label.to_owned(), value.to_owned()));
        } else {
            let item = line.strip_prefix("  ").expect("an indented line");
            let last = out.last_mut().expect("a label before");
            if !last.1.is_empty() {
                last.1.push('\n');
            }
            last.1.push_str(item);
        }
    }
    out
}

/// What the letter must say: every non-empty field of `r`.
fn expected_letter(r: &Registration) -> Vec<(String, String)> {
    let mut out = vec![("登録の区分".to_owned(), r.mode().name().to_owned())];
    for (f, v) in r.entries() {
        let text = match v {
            Value::Empty => continue,
            Value::Choices(chosen) if matches!(f.kind, Kind::Checks(_)) => chosen
                .iter()
                .map(|c| format!("・{}", c.japanese()))
                .collect::<Vec<_>>()
                .join("\n"),
            other => other.display(),
        };
        out.push((f.label_for(r.mode()).to_owned(), text));
    }
    out
}

/// The mail URL of `r` decodes to exactly its fields, addressed to `to`
/// only, with CRLF line ends.
pub(super) fn assert_mail_round_trip(r: &Registration, to: Option<&str>) {
    let mail = r.mailto(to);
    assert!(mail.url.starts_with("mailto:"));
    // Nothing but unreserved characters and escapes after the scheme,
    // apart from the one `?`, the `=`s, the `&` between the two
    // parameters and the recipient's `@`.
    let tail = &mail.url["mailto:".len()..];
    assert!(
        tail.bytes().all(|b| b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.' | b'_' | b'~' | b'%' | b'?' | b'=' | b'&' | b'@'
            )),
        "unencoded character in {tail}"
    );
    assert_eq!(tail.matches('?').count(), 1);
    assert_eq!(tail.matches('&').count(), 1);
    let (recipient, params) = decode_mailto(&mail.url);
    assert_eq!(recipient, to.unwrap_or(""));
    let keys = params.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>();
    assert_eq!(keys, ["subject", "body"]);
    assert_eq!(params[0].1, r.subject());
    assert!(!params[0].1.contains(['\r', '\n']));
    let body = &params[1].1;
    assert_eq!(body.matches('\r').count(), body.matches("\r\n").count());
    assert_eq!(body.matches('\n').count(), body.matches("\r\n").count());
    let body = body.replace("\r\n", "\n");
    assert_eq!(body, r.plain_text());
    assert_eq!(parse_letter(&body), expected_letter(r));
    assert_eq!(mail.too_long, mail.url.len() > MAILTO_SAFE_LENGTH);
}

#[test]
fn the_mail_link_decodes_to_the_fields() {
    let r = valid(&organisation());
    assert_mail_round_trip(&r, None);
    assert_mail_round_trip(&r, Some("kenko@example.jp"));
    let mail = r.mailto(None);
    assert!(mail.url.starts_with("mailto:?subject=%E3%81%A4"));
    assert!(mail.url.contains("%0D%0A"));
    assert!(!mail.url.contains('+') && !mail.url.contains('#'));
    let text = r.plain_text();
    assert!(text.ends_with("\n以上\n"));
    assert!(text.starts_with("たつの市 健康課 御中\n\n"));
    assert!(text.contains("【名称】たつの薬局 本町店\n"));
    assert!(
        text.contains("【協力できること】\n  ・ステッカーの掲示\n  ・さりげない声かけ・傾聴\n")
    );
    assert!(text.contains("【備考】\n  平日の午後に\n  ご連絡ください。\n"));
    assert!(!text.contains("FAX"));
    assert_mail_round_trip(&valid(&person()), None);
}

#[test]
fn reserved_characters_are_escaped_in_the_mail_link() {
    let mut d = organisation();
    d.set(id("name"), "A&B=C?D#E%F+G H");
    d.set(
        id("notes"),
        "%0D%0ABcc: x@example.jp\n&cc=y@example.jp&body=z",
    );
    let r = valid(&d);
    let url = r.mailto(Some("kenko@example.jp")).url;
    assert!(url.contains("A%26B%3DC%3FD%23E%25F%2BG%20H"));
    assert!(url.contains("%250D%250ABcc%3A%20x%40example.jp%0D%0A%20%20%26cc%3Dy"));
    assert!(url.starts_with("mailto:kenko@example.jp?subject="));
    assert_mail_round_trip(&r, Some("kenko@example.jp"));
}

#[test]
fn long_letters_are_flagged() {
    // Every Japanese character takes nine characters of URL, so most
    // complete letters pass the limit; a short one does not.
    let short = mailto(None, "件名", "本文");
    assert_eq!(
        short.url,
        "mailto:?subject=%E4%BB%B6%E5%90%8D&body=%E6%9C%AC%E6%96%87"
    );
    assert!(!short.too_long);
    let mut d = organisation();
    d.set(id("notes"), "長".repeat(300));
    let mail = valid(&d).mailto(None);
    assert!(mail.url.len() > MAILTO_SAFE_LENGTH);
    assert!(mail.too_long);
}

#[test]
fn the_configured_address_is_checked() {
    for good in ["kenko@example.jp", "a.b+c_d-e@mail.example.co.jp"] {
        assert!(is_plain_address(good.as_bytes()), "{good}");
    }
    for bad in [
        "",
        "kenko",
        "@example.jp",
        "kenko@",
        "kenko@example",
        "a@b@example.jp",
        "kenko@example.jp?cc=x@example.jp",
        "kenko@example.jp&body=x",
        "kenko@-example.jp",
        "kenko@example-.jp",
        "kenko@example..jp",
        "kenko@example.jp.",
        ".kenko@example.jp",
        "kenko.@example.jp",
        "ken ko@example.jp",
        "kenko%40example.jp",
    ] {
        assert!(!is_plain_address(bad.as_bytes()), "{bad:?} accepted");
    }
    assert_eq!(configured_address(None), None);
    assert_eq!(configured_address(Some("")), None);
    assert_eq!(
        configured_address(Some("kenko@example.jp")),
        Some("kenko@example.jp")
    );
    if let Some(address) = KENKO_EMAIL {
        assert!(is_plain_address(address.as_bytes()));
    }
}

/// The CSV file parses back to the header and exactly the row.
pub(super) fn assert_csv_round_trip(r: &Registration) {
    let Ok(text) = r.directory_csv() else {
        return;
    };
    let records = csv::parse(&text).expect("parsable CSV");
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].fields, COLUMNS);
    for cell in &records[1].fields {
        assert_eq!(
            csv::formula_start(cell),
            None,
            "{cell:?} would run as a formula"
        );
    }
    // A cell that would start a formula is written with a leading `'`,
    // which reading takes off again.
    let cells: Vec<&str> = records[1]
        .fields
        .iter()
        .map(|f| csv::cell_text(f))
        .collect();
    let row = r.directory_row().expect("a row");
    assert_eq!(cells, row);
    let at = |name: &str| {
        let i = COLUMNS.iter().position(|c| *c == name).expect("a column");
        cells[i].to_owned()
    };
    assert_eq!(at("名称"), r.text(id("name")));
    assert_eq!(at("名称_カナ"), katakana(&r.text(id("kana"))));
    assert_eq!(at("種別"), r.in_directory_words(field(id("category"))));
    assert_eq!(at("地区"), r.in_directory_words(field(id("district"))));
    assert_eq!(at("所在地_連結表記"), r.text(id("address")));
    assert_eq!(at("電話番号"), r.text(id("phone")));
    assert_eq!(at("説明"), r.text(id("activities")));
    for left in ["ID", "緯度", "経度", "URL", "備考"] {
        assert_eq!(at(left), "", "{left} is the city's to fill");
    }
}

#[test]
fn the_csv_row_is_the_directorys_format() {
    let r = valid(&organisation());
    let text = r.directory_csv().expect("an organisation that agreed");
    assert!(text.starts_with("\u{FEFF}ID,名称,名称_カナ,種別,地区,所在地_連結表記,"));
    assert!(text.ends_with("\r\n"));
    let row = r.directory_row().expect("a row");
    assert_eq!(row.len(), COLUMNS.len());
    assert_eq!(row[2], "タツノヤッキョク ホンマチテン");
    assert_eq!((row[3].as_str(), row[4].as_str()), ("医療機関", "龍野"));
    assert_eq!(row[11], "2026-11-25");
    assert_csv_round_trip(&r);

    let mut declined = organisation();
    declined.set(id("publish"), "no");
    assert_eq!(valid(&declined).directory_row(), Err(NotListed::Declined));
    assert_eq!(valid(&person()).directory_csv(), Err(NotListed::Individual));
    assert_eq!(r.document_file_name(), "tsunagaru-todoke-20261125.html");
    assert_eq!(r.csv_file_name(), "tsunagaru-spot-20261125.csv");
}

#[test]
fn kind_and_district_are_in_the_directorys_words() {
    let words = |category: &str, district: &str| {
        let mut d = organisation();
        d.set(id("category"), category);
        d.set(id("district"), district);
        let row = valid(&d).directory_row().expect("a row");
        (row[3].clone(), row[4].clone())
    };
    for (category, kind) in [
        ("company", "企業・事業所"),
        ("shop", "店舗"),
        ("medical", "医療機関"),
        ("welfare", "企業・事業所"),
        ("group", "団体・グループ"),
        ("public", "公共施設"),
        // No word in the directory: the city decides.
        ("school", "学校・教育機関"),
        ("other", "その他"),
    ] {
        assert_eq!(words(category, "tatsuno").0, kind, "{category}");
        let listed = spot::Kind::from_label(kind).is_some();
        assert_eq!(listed, !["school", "other"].contains(&category));
    }
    for (district, word) in [
        ("tatsuno", "龍野"),
        ("shingu", "新宮"),
        ("ibogawa", "揖保川"),
        ("mitsu", "御津"),
        ("outside", "たつの市外"),
    ] {
        assert_eq!(words("shop", district).1, word, "{district}");
    }
}

/// The text of an element and its descendants.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The sheet is well-formed markup whose table cells hold exactly the
/// values as text, and nothing but the elements it writes itself.
pub(super) fn assert_sheet_shows_text(r: &Registration) {
    let sheet = r.sheet_html();
    let doc = roxmltree::Document::parse(&sheet).expect("well-formed sheet");
    let allowed = [
        "article", "p", "h1", "table", "tbody", "tr", "th", "td", "span", "br",
    ];
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        let name = node.tag_name().name();
        assert!(allowed.contains(&name), "unexpected element <{name}>");
        for attr in node.attributes() {
            assert!(
                ["class", "lang", "scope", "colspan"].contains(&attr.name()),
                "unexpected attribute {}",
                attr.name()
            );
        }
    }
    let rows = doc
        .descendants()
        .filter(|n| n.has_tag_name("tr"))
        .filter_map(|tr| {
            let th = tr.children().find(|n| n.has_tag_name("th"))?;
            let td = tr.children().find(|n| n.has_tag_name("td"))?;
            Some((text_of(th), td))
        })
        .collect::<Vec<_>>();
    for (f, value) in r.entries().filter(|(f, _)| f.id != id("date")) {
        let label = f.label_for(r.mode());
        let (_, td) = rows
            .iter()
            .find(|(th, _)| th == label)
            .unwrap_or_else(|| panic!("no row for {label}"));
        match f.kind {
            Kind::LongText { .. } => {
                let lines = td
                    .children()
                    .filter(|n| n.is_text())
                    .filter_map(|n| n.text())
                    .collect::<Vec<_>>();
                let want = value.display();
                let want = want
                    .split('\n')
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>();
                assert_eq!(lines, want);
            }
            Kind::Checks(_) | Kind::Radio(_) => {
                for c in f.choices_for(r.mode()) {
                    let mark = check_mark(value.has(c.key));
                    assert!(text_of(*td).contains(&format!("{mark} {}", c.japanese())));
                }
            }
            _ => assert_eq!(text_of(*td), value.display(), "{label}"),
        }
    }
    let date = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("todoke-date"))
        .expect("a date");
    assert_eq!(text_of(date), r.text(id("date")));
}

#[test]
fn the_a4_document_shows_the_values_as_text() {
    let mut d = organisation();
    d.set(id("name"), "<script>alert(1)</script> & \"駅前\" 'x'");
    d.set(id("notes"), "1行目 <b>太字</b>\n2行目 &amp;");
    let r = valid(&d);
    assert_sheet_shows_text(&r);
    let sheet = r.sheet_html();
    assert!(
        sheet.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;駅前&quot; &#39;x&#39;")
    );
    assert!(sheet.contains("1行目 &lt;b&gt;太字&lt;/b&gt;<br/>2行目 &amp;amp;"));
    assert!(sheet.contains("☑ ステッカーの掲示"));
    assert!(sheet.contains("☐ 相談先チラシ等の設置"));
    assert!(sheet.contains("☑ 可"));
    assert!(sheet.contains("☐ 否"));
    assert_sheet_shows_text(&valid(&person()));

    let html = r.document_html();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/>"));
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    assert!(html.contains(SHEET_CSS));
    // Self-contained: no script, no link to anything.
    for absent in ["<script", "src=", "href=", "url(", "@import", "http"] {
        assert!(!html.contains(absent), "{absent} in the document");
    }
}

#[test]
fn drafts_survive_storage_exactly() {
    let mut d = organisation();
    d.set(id("notes"), "a&b=c%d\r\n\u{0}😀\u{2028}<script>");
    d.set(id("fax"), "=&");
    let text = d.to_storage();
    assert!(
        text.starts_with("v=2&mode=org&date=2026-11-25&date.label=%E5%B1%8A%E5%87%BA%E6%97%A5&")
    );
    assert_eq!(Draft::from_storage(&text), Some(d.clone()));
    let p = person();
    assert_eq!(Draft::from_storage(&p.to_storage()), Some(p));
    // Other formats and versions are not read; unknown or broken
    // entries are skipped.
    assert_eq!(Draft::from_storage(""), None);
    assert_eq!(Draft::from_storage("v=3&mode=org"), None);
    assert_eq!(Draft::from_storage("{\"name\":\"x\"}"), None);
    let read =
        Draft::from_storage("v=1&mode=alien&name=%E3%81%82&kana=%E3&zip=1&phone").expect("a draft");
    assert_eq!(read.mode, Mode::Organisation);
    assert_eq!(read.get(id("name")), "あ");
    assert_eq!(read.get(id("kana")), "");
    let fresh = Draft::new(day(2026, 11, 25));
    assert_eq!(fresh.changed_from(&fresh).count(), 0);
    assert!(!fresh.has_input());
    let mut dated = fresh.clone();
    dated.set(id("date"), "2027-01-01");
    assert!(!dated.has_input());
    dated.mode = Mode::Individual;
    assert!(dated.has_input());
    assert!(organisation().has_input());
    assert_eq!(
        organisation().changed_from(&fresh).count(),
        FIELDS.len() - 4
    );
}

/// The fields change between two visits (the city edits data/form.toml):
/// a value whose field is gone is dropped and named with the label it had;
/// every other value, and the mode, is kept.
#[test]
fn a_draft_saved_under_other_fields_drops_only_what_no_field_holds() {
    let mut d = organisation();
    d.set(id("fax"), "0791-00-0001");
    let saved = d.to_storage();
    assert_eq!(
        Draft::read_storage(&saved),
        Some(Stored {
            draft: d.clone(),
            dropped: Vec::new()
        })
    );
    // As if the form no longer had 「FAX番号」 (and had a field `pager`
    // that is gone too): the saved keys no field has any more.
    let older = saved
        .replace("&fax=", "&fax_old=")
        .replace("&fax.label=", "&fax_old.label=")
        + "&pager=%E3%81%82%0A2&pager.label=%E3%83%9D%E3%82%B1%E3%83%99%E3%83%AB&empty=";
    let stored = Draft::read_storage(&older).expect("a draft");
    assert_eq!(
        stored.dropped,
        [
            Dropped {
                label: "FAX番号".to_owned(),
                value: "0791-00-0001".to_owned()
            },
            Dropped {
                label: "ポケベル".to_owned(),
                value: "あ\n2".to_owned()
            },
        ]
    );
    let mut kept = d.clone();
    kept.set(id("fax"), "");
    assert_eq!(stored.draft, kept);
    // A draft of the first format has no labels: the key names the value.
    let stored = Draft::read_storage("v=1&mode=person&name=%E3%81%82&zip=1").expect("a draft");
    assert_eq!(stored.draft.mode, Mode::Individual);
    assert_eq!(stored.draft.get(id("name")), "あ");
    assert_eq!(
        stored.dropped,
        [Dropped {
            label: "zip".to_owned(),
            value: "1".to_owned()
        }]
    );
}

#[test]
fn percent_coding_round_trips() {
    for text in ["", "abc", "あ😀\r\n%+&=#?", "%", "%%41"] {
        assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
    }
    assert_eq!(percent_encode("a b+c"), "a%20b%2Bc");
    for broken in ["%", "%4", "%GG", "%+1", "%E3%81", "%FF"] {
        assert_eq!(percent_decode(broken), None, "{broken}");
    }
}
