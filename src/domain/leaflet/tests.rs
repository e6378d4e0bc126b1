//! The rules every printed layout keeps, checked on the drawings themselves
//! (parsed as XML): only numbers from the data, each with its hours; text at
//! least 9 pt and numbers at least 14 pt; Japanese marked in English; a QR
//! code that decodes to the app; hostile names escaped; one page.

use std::collections::HashSet;

use roxmltree::{Document, Node};

use super::content::{self, hours_lines, phones, short_hours_lines};
use super::typeset::{MIN_NUMBER_MM, MIN_TEXT_MM, width_of};
use super::*;
use crate::domain::data::{HEALTH_DIVISION_ID, WINDOWS};
use crate::domain::sticker::tests::{decode, modules_from_svg};
use crate::domain::text::is_japanese;

const URL: &str = "https://www.city.tatsuno.example.jp/tsunagaru/?s=sample-001";

fn print_of(format: Format, lang: Lang, worries: Option<Vec<Category>>) -> Print<'static> {
    Print {
        windows: WINDOWS,
        format,
        lang,
        worries,
        spot_name: "サンプル薬局 本町店".to_owned(),
        url: URL.to_owned(),
        correction: PrintCorrection::NONE,
    }
}

/// Every combination the tests go through: each format in each language,
/// the leaflet with all worries and with the choices of the issue.
fn every_print() -> Vec<Print<'static>> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for format in Format::ALL {
            out.push(print_of(format, lang, None));
        }
        for chosen in [
            vec![Category::Mental, Category::Health],
            vec![Category::Money, Category::Work],
            vec![Category::Parenting, Category::School],
            vec![Category::Unsure],
        ] {
            out.push(print_of(Format::Leaflet, lang, Some(chosen)));
        }
    }
    out
}

/// The text of an element, its runs joined.
fn text_of(node: Node) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every number of the standing lines (a leaflet leaves off the lines that
/// run only in announced periods).
fn data_numbers() -> HashSet<&'static str> {
    WINDOWS
        .iter()
        .filter(|w| !w.is_seasonal())
        .flat_map(|w| phones(w).filter_map(|c| c.phone.map(|p| p.display)))
        .collect()
}

fn render_one(print: &Print) -> Vec<String> {
    let pages =
        render(print).unwrap_or_else(|e| panic!("{:?} {:?}: {e}", print.format, print.lang));
    for page in &pages {
        Document::parse(page).unwrap_or_else(|e| panic!("{:?}: not XML: {e}", print.format));
    }
    pages
}

#[test]
fn every_number_is_from_the_data_and_printed_with_its_hours() {
    let numbers = data_numbers();
    for print in every_print() {
        for page in render_one(&print) {
            let doc = Document::parse(&page).expect("XML");
            for number in doc
                .descendants()
                .filter(|n| n.attribute("class") == Some("number"))
            {
                let text = text_of(number);
                assert!(numbers.contains(text.as_str()), "{text} is not in the data");
                // Its hours are in the same entry.
                let entry = number
                    .ancestors()
                    .find(|n| n.attribute("class") == Some("entry"))
                    .expect("a number belongs to an entry");
                let id = entry.attribute("data-window").expect("the entry's window");
                let window = WINDOWS.iter().find(|w| w.id == id).expect("a window");
                let contact = phones(window)
                    .find(|c| c.phone.is_some_and(|p| p.display == text))
                    .expect("the number is the window's own");
                let lines = if print.format == Format::Cards {
                    short_hours_lines(contact, print.lang)
                } else {
                    hours_lines(contact, print.lang)
                };
                for line in lines {
                    let hours = squeeze(&line);
                    assert!(
                        squeeze(&text_of(entry)).contains(&hours),
                        "{:?} {:?}: {id} {text} without its hours {hours}",
                        print.format,
                        print.lang
                    );
                }
            }
        }
    }
}

#[test]
fn the_whole_leaflet_holds_every_number_of_the_data() {
    for lang in Lang::ALL {
        let pages = render_one(&print_of(Format::Leaflet, lang, None));
        // Every worry of the data goes on over the back of the sheet; a
        // leaflet of the worries a spot picks fits one side (tested below).
        let most = 2;
        assert!(pages.len() <= most, "{lang:?}: {} pages", pages.len());
        let mut printed = HashSet::new();
        for page in &pages {
            let doc = Document::parse(page).expect("XML");
            printed.extend(
                doc.descendants()
                    .filter(|n| n.attribute("class") == Some("number"))
                    .map(text_of),
            );
        }
        for number in data_numbers() {
            assert!(printed.contains(number), "{lang:?}: {number} missing");
        }
        // The first page has the crisis lines (never none), 健康課, the QR
        // code and the date the facts were checked.
        let doc = Document::parse(&pages[0]).expect("XML");
        let crisis = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("crisis"))
            .expect("the crisis block");
        assert!(
            crisis
                .descendants()
                .any(|n| n.attribute("class") == Some("number"))
        );
        let foot = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("foot"))
            .expect("the foot");
        assert!(
            foot.descendants()
                .any(|n| n.attribute("data-window") == Some(HEALTH_DIVISION_ID))
        );
        assert!(
            foot.descendants()
                .any(|n| n.attribute("class") == Some("qr-modules"))
        );
        let printed: Vec<&Window> = WINDOWS
            .iter()
            .filter(|w| phones(w).next().is_some())
            .collect();
        let date = content::date_text(content::verified(&printed).expect("a date"), lang);
        let verified: String = foot
            .descendants()
            .filter(|n| n.attribute("class") == Some("verified"))
            .map(text_of)
            .collect();
        assert!(
            squeeze(&verified).contains(&squeeze(&date)),
            "{lang:?}: the check date"
        );
    }
}

#[test]
fn cards_and_posters_carry_three_crisis_lines_and_the_health_division() {
    for lang in Lang::ALL {
        for format in [Format::Cards, Format::PosterA4, Format::PosterA3] {
            let pages = render_one(&print_of(format, lang, None));
            assert_eq!(pages.len(), 1);
            let doc = Document::parse(&pages[0]).expect("XML");
            let scope = doc
                .descendants()
                .find(|n| n.attribute("class") == Some("card"))
                .unwrap_or(doc.root());
            let ids: Vec<&str> = scope
                .descendants()
                .filter_map(|n| n.attribute("data-window"))
                .collect();
            assert_eq!(ids.len(), 4, "{format:?} {lang:?}: {ids:?}");
            assert_eq!(ids[3], HEALTH_DIVISION_ID);
            let numbers = scope
                .descendants()
                .filter(|n| n.attribute("class") == Some("number"))
                .count();
            assert_eq!(numbers, 4, "{format:?} {lang:?}: three lines and 健康課");
        }
    }
}

#[test]
fn text_is_at_least_9_pt_and_numbers_at_least_14_pt() {
    for print in every_print() {
        for page in render_one(&print) {
            let doc = Document::parse(&page).expect("XML");
            for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
                let size: f64 = text
                    .attribute("font-size")
                    .and_then(|s| s.parse().ok())
                    .expect("a font size");
                assert!(size >= MIN_TEXT_MM - 1e-9, "{size} mm: {}", text_of(text));
                if text.attribute("class") == Some("number") {
                    assert!(size >= MIN_NUMBER_MM - 1e-9, "{size} mm: {}", text_of(text));
                }
            }
        }
    }
}

#[test]
fn no_colour_carries_meaning_everything_is_black_on_white() {
    for print in every_print() {
        for page in render_one(&print) {
            let doc = Document::parse(&page).expect("XML");
            for node in doc.descendants() {
                for attr in ["fill", "stroke"] {
                    if let Some(colour) = node.attribute(attr) {
                        assert!(
                            ["#000000", "#ffffff", "#e6e6e6", "none"].contains(&colour),
                            "{colour}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_qr_code_decodes_to_the_app() {
    for lang in Lang::ALL {
        for format in Format::ALL {
            let pages = render_one(&print_of(format, lang, None));
            let (width, dark) = modules_from_svg(&pages[0]);
            let set: HashSet<_> = dark.into_iter().collect();
            assert_eq!(
                decode(width, |x, y| set.contains(&(x, y))),
                URL,
                "{format:?} {lang:?}"
            );
        }
    }
}

#[test]
fn english_marks_every_japanese_run() {
    for print in every_print().into_iter().filter(|p| p.lang == Lang::En) {
        for page in render_one(&print) {
            let doc = Document::parse(&page).expect("XML");
            assert_eq!(doc.root_element().attribute("lang"), Some("en"));
            for node in doc.descendants().filter(Node::is_text) {
                let text = node.text().unwrap_or_default();
                if text.chars().any(is_japanese) {
                    let marked = node
                        .ancestors()
                        .find_map(|n| n.attribute("lang"))
                        .is_some_and(|l| l == "ja");
                    assert!(marked, "{:?}: {text} is not marked", print.format);
                }
            }
        }
    }
}

#[test]
fn hostile_spot_names_are_escaped() {
    let hostile = "<script>alert(1)</script> & \"駅前\" 'x' ]]>";
    for format in Format::ALL {
        for lang in Lang::ALL {
            let mut print = print_of(format, lang, None);
            print.spot_name = hostile.to_owned();
            let pages = render_one(&print);
            for page in &pages {
                let doc = Document::parse(page).expect("XML");
                assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
            }
            {
                let doc = Document::parse(&pages[0]).expect("XML");
                if matches!(
                    format,
                    Format::Leaflet | Format::PosterA4 | Format::PosterA3
                ) {
                    let spot = doc
                        .descendants()
                        .find(|n| n.attribute("class") == Some("spot-name"))
                        .expect("the spot's line");
                    assert!(text_of(spot).contains(hostile), "{format:?} {lang:?}");
                }
            }
        }
    }
}

#[test]
fn text_stays_inside_the_page_and_cards_keep_clear_of_their_qr_code() {
    for print in every_print() {
        let (page_w, page_h) = print.format.page_mm();
        let scale = page_w / 210.0;
        for page in render_one(&print) {
            let doc = Document::parse(&page).expect("XML");
            let texts = doc.descendants().filter(|n| n.has_tag_name("text"));
            let in_cards = print.format == Format::Cards;
            for text in texts.filter(|n| {
                !in_cards || n.ancestors().all(|a| a.attribute("class") != Some("card"))
            }) {
                let (x, y, size) = xy_size(text);
                let right = (x + width_of(&text_of(text), size)) * scale;
                assert!(
                    right <= page_w - 9.0,
                    "{:?}: {} runs off",
                    print.format,
                    text_of(text)
                );
                assert!(
                    y * scale <= page_h - 9.0,
                    "{:?}: {} too low",
                    print.format,
                    text_of(text)
                );
            }
            if in_cards {
                card_fits(&doc);
            }
        }
    }
}

fn xy_size(text: Node) -> (f64, f64, f64) {
    let num = |a: &str| -> f64 {
        text.attribute(a)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{a}"))
    };
    (num("x"), num("y"), num("font-size"))
}

/// Inside the first card, every line stays within the card and off the QR
/// code's white tile.
fn card_fits(doc: &Document) {
    let card = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("card"))
        .expect("a card");
    let tile = card
        .descendants()
        .find(|n| n.attribute("class") == Some("qr-tile"))
        .expect("the QR tile");
    let attr =
        |n: Node, a: &str| -> f64 { n.attribute(a).and_then(|v| v.parse().ok()).unwrap_or(0.0) };
    let (tx, ty) = (attr(tile, "x"), attr(tile, "y"));
    for text in card.descendants().filter(|n| n.has_tag_name("text")) {
        let (x, y, size) = xy_size(text);
        let right = x + width_of(&text_of(text), size);
        assert!(
            x >= 1.9 && right <= cards::CARD.0 - 1.9,
            "{} leaves the card",
            text_of(text)
        );
        assert!(y <= cards::CARD.1 - 1.9, "{} below the card", text_of(text));
        if y > ty {
            assert!(right <= tx, "{} runs into the QR code", text_of(text));
        }
    }
}

#[test]
fn cards_fit_at_the_smallest_sizes_at_most() {
    for lang in Lang::ALL {
        assert_eq!(
            cards::fits(&print_of(Format::Cards, lang, None)),
            Ok(true),
            "{lang:?}"
        );
    }
}

#[test]
fn the_card_sheet_is_ten_cards_of_91_by_55_mm_with_cut_marks() {
    let pages = render_one(&print_of(Format::Cards, Lang::Ja, None));
    let doc = Document::parse(&pages[0]).expect("XML");
    let cards: Vec<Node> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("card"))
        .collect();
    assert_eq!(cards.len(), 10);
    let marks = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("cut-marks"))
        .and_then(|n| n.attribute("d"))
        .expect("cut marks");
    // Three vertical cuts (twice each) and six horizontal ones (twice each).
    assert_eq!(marks.matches('M').count(), 2 * 3 + 2 * 6);
    let (x0, y0) = cards::origin();
    assert!(x0 > 6.0 && y0 > 6.0, "marks fit in the margin");
    assert!((x0 * 2.0 + 2.0 * cards::CARD.0 - 210.0).abs() < 1e-9);
}

#[test]
fn a_leaflet_that_outgrows_the_page_continues_on_a_second() {
    // Five times every worry line: more than one page holds.
    let many: Vec<Window> = WINDOWS
        .iter()
        .copied()
        .chain((0..4).flat_map(|_| WINDOWS.iter().copied().filter(|w| !w.crisis)))
        .collect();
    let windows: &'static [Window] = Box::leak(many.into_boxed_slice());
    let mut print = print_of(Format::Leaflet, Lang::Ja, None);
    print.windows = windows;
    let pages = render_one(&print);
    assert!(pages.len() >= 2, "{} pages", pages.len());
    let entries: usize = pages
        .iter()
        .map(|p| {
            Document::parse(p)
                .expect("XML")
                .descendants()
                .filter(|n| n.attribute("class") == Some("entry"))
                .count()
        })
        .sum();
    // Every line once; 健康課 once, at the foot.
    let expected = windows
        .iter()
        .filter(|w| phones(w).next().is_some() && !w.is_seasonal() && w.id != HEALTH_DIVISION_ID)
        .count()
        + 1;
    assert_eq!(entries, expected, "nothing is cut");
}

#[test]
fn the_printer_correction_is_the_sticker_studios() {
    let mut print = print_of(Format::Leaflet, Lang::Ja, None);
    print.correction = PrintCorrection {
        scale: 1.02,
        shift_x: -1.0,
        shift_y: 0.5,
    };
    let page = &render_one(&print)[0];
    assert!(page.contains(r#"transform="translate(-1 0.5) translate(105 148.5) scale(1.02000)"#));
    assert!(page.contains(r#"width="210mm" height="297mm""#));
    let a3 = &render_one(&print_of(Format::PosterA3, Lang::Ja, None))[0];
    assert!(a3.contains(r#"width="297mm" height="420mm""#));
}

#[test]
fn bad_choices_get_their_own_messages() {
    let spots = crate::domain::spot_data::SPOTS;
    assert_eq!(find_spot("", spots), Ok(None));
    assert_eq!(
        find_spot("no-such-spot", spots),
        Err(LeafletError::UnknownSpot)
    );
    if let Some(first) = spots.first() {
        assert_eq!(
            find_spot(first.id, spots).map(|s| s.map(|s| s.id)),
            Ok(Some(first.id))
        );
    }
    // A typed target must be https; the app's own address is used as it is.
    assert_eq!(
        target_url("http://example.jp/", "https://a.jp/", ""),
        Err(LeafletError::NotHttps)
    );
    assert_eq!(
        target_url("", "http://127.0.0.1:8080/tsunagaru/", "s-1"),
        Ok("http://127.0.0.1:8080/tsunagaru/?s=s-1".to_owned())
    );
    assert_eq!(
        target_url("https://example.jp/t/", "", "a b"),
        Ok("https://example.jp/t/?s=a%20b".to_owned())
    );
    assert!(matches!(
        target_url("https://exa mple.jp/", "", ""),
        Err(LeafletError::Url(_))
    ));
    let long = format!("https://example.jp/{}", "x".repeat(600));
    let mut print = print_of(Format::Cards, Lang::Ja, None);
    print.url = long;
    assert_eq!(render(&print), Err(LeafletError::QrTooDense));

    let mut choices = Choices::default();
    assert_eq!(choices.worries_to_print(), Ok(None));
    choices.all_worries = false;
    assert_eq!(choices.worries_to_print(), Err(LeafletError::NoWorry));
    choices.format = Format::Cards;
    assert_eq!(
        choices.worries_to_print(),
        Ok(None),
        "cards have no worries"
    );
    for lang in Lang::ALL {
        for e in [
            LeafletError::UnknownSpot,
            LeafletError::NoWorry,
            LeafletError::NotHttps,
            LeafletError::QrTooDense,
        ] {
            assert!(!e.message(lang).is_empty());
        }
    }
}

#[test]
fn choices_are_kept_and_read_back() {
    let mut choices = Choices::new(Lang::Easy);
    choices.format = Format::PosterA3;
    choices.all_worries = false;
    choices.toggle_worry(Category::Work, true);
    choices.toggle_worry(Category::Money, true);
    choices.toggle_worry(Category::Legal, true);
    choices.toggle_worry(Category::Legal, false);
    choices.spot_id = "sample-001".to_owned();
    assert_eq!(choices.worries, [Category::Money, Category::Work]);
    let stored = choices.to_stored();
    assert_eq!(Choices::from_stored(&stored, Lang::Ja), choices);
    // Anything unreadable falls back, field by field.
    let odd = Choices::from_stored(
        "format=flyer;lang=fr;chosen=money,nope;spot=<x>;junk",
        Lang::En,
    );
    assert_eq!(odd.format, Format::Leaflet);
    assert_eq!(odd.lang, Lang::En);
    assert_eq!(odd.worries, [Category::Money]);
    assert!(odd.all_worries);
    assert_eq!(odd.spot_id, "");
    assert_eq!(Choices::from_stored("", Lang::Ja), Choices::default());
}

#[test]
fn file_names_are_plain_ascii() {
    assert_eq!(
        file_name(Format::Cards, Lang::En, "sample-001", 0, 1),
        "tsunagaru-cards-en-sample-001.svg"
    );
    assert_eq!(
        file_name(Format::Leaflet, Lang::Ja, "<../x>", 1, 2),
        "tsunagaru-leaflet-ja-x-2.svg"
    );
    assert!(svg_file("<svg/>").starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
}

#[test]
fn a_leaflet_of_the_worries_a_spot_picks_fits_one_side() {
    use crate::domain::category::Category::{
        Health, Legal, Mental, Money, Parenting, School, Work,
    };
    // A pharmacy, a bar, a school office, a legal office, a nursery.
    let picks = [
        vec![Mental, Health],
        vec![Money, Work],
        vec![Parenting, School],
        vec![Legal],
    ];
    for lang in Lang::ALL {
        for worries in &picks {
            let pages = render_one(&print_of(Format::Leaflet, lang, Some(worries.clone())));
            assert_eq!(pages.len(), 1, "{lang:?} {worries:?}");
        }
    }
}
