//! 協力スポット一覧: the city's printed list of the cooperating spots, what
//! the city publishes on its site (until now a PDF made by hand). An A4
//! document, by district, with each spot's name, kind, address and phone
//! number, and the date it is current on; always in Japanese (it is the
//! city's document, so its words live here by design, not in the
//! catalogue). Every value is escaped, so whatever a spot's row holds shows
//! as text.
//!
//! [`roster_html`] is the `<article>` the staff page prints (styled by
//! [`ROSTER_CSS`], which the app links); [`roster_document`] is the same as
//! a self-contained HTML file (no script, nothing fetched) to keep or to
//! put on the city's site.

use std::fmt::Write as _;

use super::super::calendar::Date;
use super::super::registration::{ADDRESSEE, wareki};
use super::super::spot::{District, Spot};
use super::super::text::escape_markup;

/// The document's title.
pub const TITLE: &str = "協力スポット一覧";

/// The network the list belongs to.
pub const NETWORK: &str = "つながるいのちサポートネットワーク";

/// The look of the list (the `.roster` article), kept in one file,
/// `style/roster.css`: embedded in the downloaded document here, and
/// linked by the app for printing.
pub const ROSTER_CSS: &str = include_str!("../../../style/roster.css");

/// The page of the downloaded document: A4 on paper, a sheet on screen.
const PAGE_CSS: &str = "@page { size: A4; margin: 15mm; }\n\
html { background: #e8e8e8; }\n\
body { margin: 0; padding: 8mm 0; }\n\
@media print { html { background: #ffffff; } body { padding: 0; } }\n\
@media screen { .roster { box-sizing: border-box; width: 210mm; max-width: 100%; margin: 0 auto; \
min-height: 297mm; padding: 15mm; background: #ffffff; box-shadow: 0 1px 6px rgb(0 0 0 / 0.3); } }\n";

/// The list of `spots` (in list order: by district, then reading) as it
/// stands on `date`, as an `<article>`.
pub fn roster_html(spots: &[Spot], date: Date) -> String {
    let e = escape_markup;
    let mut out = String::with_capacity(512 + spots.len() * 200);
    _ = write!(
        out,
        "<article class=\"roster\" lang=\"ja\">\
         <header class=\"roster-head\">\
         <p class=\"roster-network\">{}</p>\
         <h1 class=\"roster-title\">{}</h1>\
         <p class=\"roster-meta\">{}現在　{}か所　{}</p>\
         </header>",
        e(NETWORK),
        e(TITLE),
        e(&wareki(date)),
        spots.len(),
        e(ADDRESSEE),
    );
    if spots.is_empty() {
        out.push_str("<p class=\"roster-empty\">登録されている協力スポットはまだありません。</p>");
    }
    for district in District::ALL {
        let members: Vec<&Spot> = spots.iter().filter(|s| s.district == district).collect();
        if members.is_empty() {
            continue;
        }
        _ = write!(
            out,
            "<section class=\"roster-district\">\
             <h2 class=\"roster-district-title\">{}地区<span class=\"roster-count\">（{}か所）</span></h2>\
             <table class=\"roster-table\"><thead><tr>\
             <th scope=\"col\" class=\"roster-col-name\">名称</th>\
             <th scope=\"col\" class=\"roster-col-kind\">種別</th>\
             <th scope=\"col\" class=\"roster-col-address\">所在地</th>\
             <th scope=\"col\" class=\"roster-col-phone\">電話番号</th>\
             </tr></thead><tbody>",
            e(district.label()),
            members.len(),
        );
        for s in members {
            _ = write!(
                out,
                "<tr><td class=\"roster-col-name\">{}</td><td class=\"roster-col-kind\">{}</td>\
                 <td class=\"roster-col-address\">{}</td><td class=\"roster-col-phone\">{}</td></tr>",
                e(s.name),
                e(s.kind.label()),
                e(s.address),
                e(s.phone.map_or("", |p| p.display)),
            );
        }
        out.push_str("</tbody></table></section>");
    }
    out.push_str("</article>");
    out
}

/// The list as a self-contained HTML file for A4 paper: no scripts, no
/// external files; print it from any browser.
pub fn roster_document(spots: &[Spot], date: Date) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
         <title>{}（{}現在）</title><style>{PAGE_CSS}{ROSTER_CSS}</style></head>\
         <body>{}</body></html>\n",
        escape_markup(TITLE),
        escape_markup(&wareki(date)),
        roster_html(spots, date)
    )
}

/// The name of the downloaded document:
/// `tatsuno-tsunagaru-spot-list-20261125.html` (ASCII only).
pub fn file_name(date: Date) -> String {
    format!(
        "tatsuno-tsunagaru-spot-list-{:04}{:02}{:02}.html",
        date.year, date.month, date.day
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::spot::{Kind, SpotPhone};

    fn spot(id: &'static str, name: &'static str, district: District) -> Spot {
        Spot {
            id,
            name,
            kana: "",
            kind: Kind::Shop,
            district,
            address: "たつの市龍野町",
            at: None,
            phone: Some(SpotPhone {
                display: "0791-63-2112",
                tel: "tel:0791632112",
            }),
            url: "",
            offers: "",
            registered: "",
            note: "",
            folded: "",
        }
    }

    fn date() -> Date {
        Date::new(2026, 11, 25).expect("a date")
    }

    #[test]
    fn every_spot_is_listed_under_its_district_with_the_date() {
        let spots = [
            spot("a", "たつの薬局", District::Tatsuno),
            spot("b", "御津の書店", District::Mitsu),
            spot("c", "龍野の美容室", District::Tatsuno),
        ];
        let html = roster_html(&spots, date());
        assert!(html.contains("令和8年11月25日現在　3か所　たつの市 健康課"));
        let tatsuno = html.find("龍野地区").unwrap_or(usize::MAX);
        let mitsu = html.find("御津地区").unwrap_or(0);
        assert!(tatsuno < mitsu, "districts in order");
        assert!(
            !html.contains("新宮地区"),
            "a district without spots is left out"
        );
        assert!(html.contains("龍野地区<span class=\"roster-count\">（2か所）"));
        for s in &spots {
            assert!(html.contains(&format!("<td class=\"roster-col-name\">{}</td>", s.name)));
        }
        assert_eq!(html.matches("0791-63-2112").count(), 3);
        assert!(roster_html(&[], date()).contains("まだありません"));
    }

    #[test]
    fn hostile_names_and_addresses_show_as_text() {
        let mut s = spot(
            "x",
            "<script>alert(1)</script> & \"薬局\" 'ok'",
            District::Shingu,
        );
        s.address = "<img src=x onerror=alert(1)>";
        let doc = roster_document(&[s], date());
        assert!(!doc.contains("<script>alert"), "{doc}");
        assert!(!doc.contains("<img"), "{doc}");
        assert!(
            doc.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;薬局&quot; &#39;ok&#39;"
            )
        );
        // Well-formed: every element the list opens is closed.
        let body = roster_html(&[s], date());
        let xml = roxmltree::Document::parse(&body);
        assert!(xml.is_ok(), "{xml:?}");
        assert!(!doc.contains("<script"), "no script of its own either");
        assert!(doc.contains("@page { size: A4"));
    }

    #[test]
    fn the_file_name_has_the_date() {
        assert_eq!(
            file_name(date()),
            "tatsuno-tsunagaru-spot-list-20261125.html"
        );
    }
}
