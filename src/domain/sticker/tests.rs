//! The sticker's tests: the QR rules at every size, hostile names, sheets,
//! the printer correction, downloads.

use qrcode::EcLevel;

use super::download::{PNG_SIGNATURE, crc32};
use super::printer::{RULER_LINE_MM, RULER_TEXT_BOTTOM, RULER_TEXT_TOP, RulerWords, ruler_lines};
use super::sheet::{SHEET_GUTTER, SHEET_MARGIN};
use super::typeset::fit_spot_name;
use super::*;
use crate::domain::text::escape_markup;

const BASE: &str = "https://www.city.tatsuno.example.jp/tsunagaru/";

fn sticker(size: StickerSize, name: &str, id: &str) -> Sticker {
    Sticker {
        spot_name: name.to_owned(),
        spot_id: id.to_owned(),
        base_url: BASE.to_owned(),
        size,
    }
}

/// Hostile and awkward spot names, from the issue.
fn hostile_names() -> Vec<String> {
    vec![
        String::new(),
        "   ".to_owned(),
        "<script>alert(1)</script> & \"quotes\" 'apos'".to_owned(),
        "]]><!-- --> &amp; &#x0; <![CDATA[".to_owned(),
        "カフェ☕ 👨‍👩‍👧‍👦 🇯🇵 👍🏽 たつの".to_owned(),
        "薬".repeat(200),
        "a".repeat(200),
        "line\nbreak\ttab\u{0}\u{1}\u{7}\u{FFFE}\u{202E}reversed".to_owned(),
        "たつの市役所 健康課（つながるいのちサポートネットワーク事務局）".to_owned(),
    ]
}

#[test]
fn url_is_the_base_with_the_spot_id() {
    assert_eq!(qr_url(BASE, "").as_deref(), Ok(BASE));
    assert_eq!(
        qr_url(BASE, "  spot-12 ").as_deref(),
        Ok("https://www.city.tatsuno.example.jp/tsunagaru/?s=spot-12")
    );
    assert_eq!(
        qr_url("http://example.jp", "a b&c").as_deref(),
        Ok("http://example.jp/?s=a%20b%26c")
    );
    assert_eq!(
        qr_url("HTTPS://Example.JP/x?lang=ja#top", "7").as_deref(),
        Ok("https://example.jp/x?lang=ja&s=7#top")
    );
    assert_eq!(
        qr_url("http://127.0.0.1:4173/tsunagaru/", "").as_deref(),
        Ok("http://127.0.0.1:4173/tsunagaru/")
    );
    assert_eq!(
        qr_url("https://example.jp/相談/", "").as_deref(),
        Ok("https://example.jp/%E7%9B%B8%E8%AB%87/")
    );
}

#[test]
fn refuses_a_base_that_is_not_http() {
    for (base, error) in [
        ("", StickerError::UrlEmpty),
        ("   ", StickerError::UrlEmpty),
        ("ftp://example.jp/", StickerError::UrlScheme),
        ("javascript:alert(1)", StickerError::UrlScheme),
        ("example.jp/tsunagaru/", StickerError::UrlScheme),
        ("data:text/html,hi", StickerError::UrlScheme),
        ("https://exa mple.jp/", StickerError::UrlSpace),
        ("https://", StickerError::UrlHost),
        ("https:///path", StickerError::UrlHost),
        ("https://user@example.jp/", StickerError::UrlHost),
        ("https://例え.jp/", StickerError::UrlHost),
        ("https://example.jp:port/", StickerError::UrlHost),
    ] {
        let got = qr_url(base, "1");
        assert_eq!(got, Err(error.clone()), "{base}");
        assert!(error.is_url_error());
        let message = error.to_string();
        assert!(
            message.ends_with('。') || message.contains("例"),
            "{message}"
        );
    }
    assert!(StickerError::UrlScheme.to_string().contains("http://"));
}

#[test]
fn error_correction_is_at_least_m() {
    for url in [
        BASE,
        "https://x.jp/",
        &format!("{BASE}?s={}", "9".repeat(60)),
    ] {
        let qr = QrMatrix::encode(url).expect("encodes");
        assert!(qr.error_correction() >= EcLevel::M, "{url}");
    }
}

/// Renders a module matrix (plus quiet zone) to grey pixels and decodes
/// it with rqrr.
pub(crate) fn decode(width: usize, dark: impl Fn(usize, usize) -> bool) -> String {
    const PX: usize = 6;
    let side = (width + 2 * QUIET_ZONE_MODULES) * PX;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / PX, y / PX);
        let inside = (QUIET_ZONE_MODULES..QUIET_ZONE_MODULES + width).contains(&mx)
            && (QUIET_ZONE_MODULES..QUIET_ZONE_MODULES + width).contains(&my);
        if inside && dark(mx - QUIET_ZONE_MODULES, my - QUIET_ZONE_MODULES) {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code found");
    grids[0].decode().expect("decodes").1
}

/// Reads the dark modules back from the SVG path (`M x y h n v1 h-n z`).
pub(crate) fn modules_from_svg(svg: &str) -> (usize, Vec<(usize, usize)>) {
    let doc = roxmltree::Document::parse(svg).expect("valid XML");
    let path = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("qr-modules"))
        .expect("the QR path");
    let d = path.attribute("d").expect("path data");
    let mut dark = Vec::new();
    let mut width = 0;
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').expect("a run");
        let (x, y) = xy.split_once(' ').expect("x y");
        let len = rest.split_once('v').expect("v1").0;
        let (x, y, len): (usize, usize, usize) = (
            x.parse().expect("x"),
            y.parse().expect("y"),
            len.parse().expect("len"),
        );
        for i in x..x + len {
            dark.push((i, y));
            width = width.max(i + 1).max(y + 1);
        }
    }
    (width, dark)
}

#[test]
fn the_svg_qr_code_decodes_back_to_the_url() {
    for size in StickerSize::ALL {
        for id in ["", "spot-0042", "たつの 1"] {
            let s = sticker(size, "たつの薬局", id);
            let svg = render_svg(&s).expect("renders");
            let (width, dark) = modules_from_svg(&svg);
            let set: std::collections::HashSet<_> = dark.into_iter().collect();
            let text = decode(width, |x, y| set.contains(&(x, y)));
            assert_eq!(text, s.url().expect("url"), "{size:?} {id}");
        }
    }
}

#[test]
fn the_matrix_decodes_with_long_urls_too() {
    let url = format!("{BASE}?s={}", "x".repeat(40));
    let qr = QrMatrix::encode(&url).expect("encodes");
    assert_eq!(decode(qr.width(), |x, y| qr.is_dark(x, y)), url);
}

#[test]
fn every_size_keeps_the_qr_rules() {
    for size in StickerSize::ALL {
        for name in hostile_names() {
            for id in ["", "spot-0042"] {
                let l = layout(&sticker(size, &name, id)).expect("lays out");
                let (w, h) = size.size_mm();
                let page = Rect {
                    x: 0.0,
                    y: 0.0,
                    w,
                    h,
                };
                assert!(l.module_mm >= MIN_MODULE_MM, "{size:?}: {}", l.module_mm);
                // Quiet zone: at least four modules of the white tile
                // around the code on every side.
                let quiet = QUIET_ZONE_MODULES as f64 * l.module_mm - 1e-9;
                assert!(l.code.x - l.tile.x >= quiet, "{size:?} left");
                assert!(l.code.y - l.tile.y >= quiet, "{size:?} top");
                assert!(l.tile.right() - l.code.right() >= quiet, "{size:?} right");
                assert!(
                    l.tile.bottom() - l.code.bottom() >= quiet,
                    "{size:?} bottom"
                );
                assert!((l.code.w - l.qr.width() as f64 * l.module_mm).abs() < 1e-9);
                assert!(page.contains(&l.tile), "{size:?} tile inside");
                // Nothing else on the tile, nothing off the sticker.
                for label in &l.labels {
                    let b = label.bounds();
                    assert!(!b.overlaps(&l.tile), "{size:?} {:?} on the QR", label.role);
                    assert!(page.contains(&b), "{size:?} {:?} {name}", label.role);
                }
                for sprig in &l.sprigs {
                    let b = sprig.bounds();
                    assert!(!b.overlaps(&l.tile), "{size:?} flower on the QR");
                    assert!(page.contains(&b), "{size:?} flower off the sticker");
                    for label in &l.labels {
                        assert!(!b.overlaps(&label.bounds()), "{size:?} flower on text");
                    }
                    assert!(!b.overlaps(&l.badge), "{size:?} flower on the badge");
                }
                for (i, a) in l.labels.iter().enumerate() {
                    for b in &l.labels[i + 1..] {
                        assert!(
                            !a.bounds().overlaps(&b.bounds()),
                            "{size:?} {:?} overlaps {:?}",
                            a.role,
                            b.role
                        );
                    }
                }
                assert!(l.sprigs.len() >= 4, "{size:?} has flowers");
            }
        }
    }
}

#[test]
fn modules_too_small_is_an_error_not_a_bad_sticker() {
    // About 150 bytes needs version 8 (49 modules): too fine for 50 mm.
    let long = format!("{BASE}{}/", "p".repeat(110));
    let mut s = sticker(StickerSize::Square50, "", "");
    s.base_url = long;
    match layout(&s) {
        Err(StickerError::ModulesTooSmall { size, module_mm }) => {
            assert_eq!(size, StickerSize::Square50);
            assert!(module_mm < MIN_MODULE_MM);
            let message = render_svg(&s).expect_err("refused").to_string();
            assert!(message.contains("0.5mm"), "{message}");
        }
        other => panic!("expected ModulesTooSmall, got {other:?}"),
    }
    // The same URL is fine on a poster.
    s.size = StickerSize::PosterA4;
    assert!(layout(&s).is_ok());
    // And a URL no QR code can hold is refused too.
    s.base_url = format!("https://x.jp/{}", "p".repeat(3000));
    assert_eq!(layout(&s).err(), Some(StickerError::UrlTooLong));
}

#[test]
fn hostile_names_yield_valid_svg_with_the_text_intact() {
    for size in StickerSize::ALL {
        for name in hostile_names() {
            let s = sticker(size, &name, "<&\"'>");
            let svg = render_svg(&s).expect("renders");
            let doc = roxmltree::Document::parse(&svg)
                .unwrap_or_else(|e| panic!("{size:?} {name:?}: {e}"));
            let root = doc.root_element();
            assert_eq!(root.tag_name().name(), "svg");
            let (w, h) = size.size_mm();
            assert_eq!(root.attribute("width"), Some(format!("{w}mm").as_str()));
            assert_eq!(root.attribute("height"), Some(format!("{h}mm").as_str()));
            assert!(!svg.contains("<script"), "{name}");
            let printed: String = doc
                .descendants()
                .filter(|n| n.attribute("class") == Some("spot-name"))
                .filter_map(|n| n.text())
                .collect();
            let clean = clean_text(&name);
            if clean.is_empty() {
                assert!(printed.is_empty());
            } else if printed.ends_with('…') {
                let kept = printed.trim_end_matches('…').replace(' ', "");
                assert!(kept.len() > 10, "{size:?} keeps a readable part");
                assert!(clean.replace(' ', "").starts_with(&kept), "{printed}");
            } else {
                assert_eq!(printed.replace(' ', ""), clean.replace(' ', ""));
            }
            let texts: String = doc.descendants().filter_map(|n| n.text()).collect();
            for fixed in [TITLE, BADGE, NETWORK, TAGLINE, TRADEMARK_NOTE] {
                assert!(texts.contains(fixed), "{size:?} shows {fixed}");
            }
        }
    }
}

#[test]
fn long_names_shrink_then_wrap_then_cut() {
    let area = Rect {
        x: 2.0,
        y: 0.0,
        w: 66.0,
        h: 6.0,
    };
    let short = fit_spot_name("たつの薬局", area, 70.0);
    assert_eq!(short.len(), 1);
    let long = fit_spot_name(&"薬".repeat(30), area, 70.0);
    assert!(long.len() <= 2);
    assert!(long[0].font_size < short[0].font_size);
    let huge = fit_spot_name(&"薬".repeat(200), area, 70.0);
    assert_eq!(huge.len(), 2);
    assert!(huge[1].text.ends_with('…'));
    for label in long.iter().chain(&huge) {
        assert!(area.contains(&label.bounds()), "{label:?}");
    }
    // An emoji family is never split across lines.
    let family = "👨‍👩‍👧‍👦".repeat(40);
    for label in fit_spot_name(&family, area, 70.0) {
        let text = label.text.trim_end_matches('…');
        assert!(!text.ends_with('\u{200D}') && !text.starts_with('\u{200D}'));
    }
}

#[test]
fn cleans_and_escapes_text() {
    assert_eq!(clean_text("  a \n\t b\u{0}c\u{202E} "), "a b c");
    assert_eq!(
        escape_markup(r#"<a href="x">&'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
    );
}

#[test]
fn a4_sheet_holds_as_many_as_fit_with_room_for_cut_marks() {
    let page = Rect {
        x: 0.0,
        y: 0.0,
        w: A4_MM.0,
        h: A4_MM.1,
    };
    let printable = Rect {
        x: SHEET_MARGIN,
        y: SHEET_MARGIN,
        w: A4_MM.0 - 2.0 * SHEET_MARGIN,
        h: A4_MM.1 - 2.0 * SHEET_MARGIN,
    };
    let expected = [
        (StickerSize::Square50, 15),
        (StickerSize::Square70, 6),
        (StickerSize::Square100, 2),
        (StickerSize::PosterA6, 2),
        (StickerSize::PosterA4, 1),
    ];
    for (size, count) in expected {
        let sheet = sheet_layout(size);
        assert_eq!(sheet.per_sheet(), count, "{size:?}");
        for (i, a) in sheet.slots.iter().enumerate() {
            assert!(page.contains(a));
            if sheet.cut_marks {
                assert!(printable.contains(a), "{size:?} inside the margin");
            }
            for b in &sheet.slots[i + 1..] {
                let grown = Rect {
                    x: a.x - SHEET_GUTTER + 1e-6,
                    y: a.y - SHEET_GUTTER + 1e-6,
                    w: a.w + 2.0 * SHEET_GUTTER - 2e-6,
                    h: a.h + 2.0 * SHEET_GUTTER - 2e-6,
                };
                assert!(!grown.overlaps(b), "{size:?} gutter");
            }
        }
    }
    assert!(sheet_layout(StickerSize::PosterA6).rotated);
    assert!(!sheet_layout(StickerSize::PosterA4).cut_marks);
}

#[test]
fn sheets_hold_the_copies_and_parse_as_xml() {
    let s = sticker(StickerSize::Square70, "<カフェ & 本>", "12");
    let pages = render_sheets(&s, 8, PrintCorrection::NONE).expect("renders");
    assert_eq!(pages.len(), 2);
    assert_eq!(sheets_needed(StickerSize::Square70, 8), 2);
    let counts: Vec<usize> = pages
        .iter()
        .map(|svg| {
            let doc = roxmltree::Document::parse(svg).expect("valid XML");
            let root = doc.root_element();
            assert_eq!(root.attribute("width"), Some("210mm"));
            assert_eq!(root.attribute("height"), Some("297mm"));
            doc.descendants()
                .filter(|n| n.attribute("class") == Some("sheet-sticker"))
                .count()
        })
        .collect();
    assert_eq!(counts, [6, 2]);
    assert_ne!(
        pages[0].find("tsunagaru-sheet-1-sticker"),
        pages[1].find("tsunagaru-sheet-1-sticker")
    );
    let poster = render_sheets(
        &sticker(StickerSize::PosterA4, "", ""),
        1,
        PrintCorrection::NONE,
    )
    .expect("renders");
    assert!(!poster[0].contains("cut-marks"));
}

#[test]
fn copies_and_calibration_input() {
    assert_eq!(parse_copies("", StickerSize::Square70), Ok(6));
    assert_eq!(parse_copies(" １２ ", StickerSize::Square70), Ok(12));
    for bad in ["0", "-1", "x", "1.5", "501"] {
        assert_eq!(
            parse_copies(bad, StickerSize::Square50),
            Err(StickerError::Copies)
        );
    }
    let none = PrintCorrection::NONE;
    let c = none.measured("98.5", "", "").expect("in range");
    assert!((c.scale - 100.0 / 98.5).abs() < 1e-12);
    assert_eq!((c.shift_x, c.shift_y), (0.0, 0.0));
    assert_eq!(none.measured("１００ｍｍ", "", ""), Ok(none));
    assert_eq!(none.measured("50", "", ""), Err(StickerError::Measure));
    assert_eq!(none.measured("100", "35", ""), Err(StickerError::Shift));
    assert_eq!(none.measured("100", "", "x"), Err(StickerError::Shift));
    // Measured again with the first correction in effect: it compounds.
    let again = c.measured("101", "", "").expect("in range");
    assert!((again.scale - c.scale * 100.0 / 101.0).abs() < 1e-12);
    // Printed 1.5 mm too far right and 1 mm too high: move left and down.
    let shifted = none.measured("100", "21.5", "１９ｍｍ").expect("in range");
    assert!((shifted.shift_x + 1.5).abs() < 1e-12);
    assert!((shifted.shift_y - 1.0).abs() < 1e-12);
    assert_eq!(
        shifted.describe(),
        "いまの補正: 100.0%・左へ1.5mm・下へ1.0mm"
    );
    for stored in [c, shifted, none] {
        assert_eq!(
            PrintCorrection::from_stored(&stored.to_stored()),
            Some(stored)
        );
    }
    assert_eq!(
        PrintCorrection::from_stored("1.02"),
        Some(PrintCorrection {
            scale: 1.02,
            ..none
        })
    );
    for bad in ["2", "junk", "1;99;0", "1;0;0;0", "1;x;0"] {
        assert_eq!(PrintCorrection::from_stored(bad), None, "{bad}");
    }
    let ruler = render_ruler_svg(shifted);
    roxmltree::Document::parse(&ruler).expect("valid XML");
    assert!(ruler.contains("h100"));
    assert!(ruler.contains("translate(-1.5 1)"));
    assert!(ruler.contains("calibration-cross"));
}

#[test]
fn the_calibration_page_fits_its_instructions() {
    let shifted = PrintCorrection {
        scale: 1.02,
        shift_x: -1.5,
        shift_y: 1.0,
    };
    let words = RulerWords::ja(shifted);
    let lines = ruler_lines(&words);
    // A long step is wrapped, never cut: every character is printed.
    assert_eq!(
        lines.concat().replace(' ', ""),
        words.lines.concat().replace(' ', "")
    );
    assert!(RULER_TEXT_TOP + RULER_LINE_MM * (lines.len() - 1) as f64 <= RULER_TEXT_BOTTOM);
    let ruler = render_ruler_svg(shifted);
    assert!(ruler.contains("100mm 校正用の定規"));
    assert!(ruler.contains("・左へ1.5mm"));
}

/// The studio's texts in every language come from `data/i18n/sticker.toml`;
/// the Japanese ones must say exactly what the domain says.
#[cfg(feature = "full")]
#[test]
fn japanese_catalogue_texts_match_the_domain() {
    let errors = [
        StickerError::UrlEmpty,
        StickerError::UrlScheme,
        StickerError::UrlSpace,
        StickerError::UrlHost,
        StickerError::UrlTooLong,
        StickerError::ModulesTooSmall {
            size: StickerSize::Square50,
            module_mm: 0.4321,
        },
        StickerError::Copies,
        StickerError::Measure,
        StickerError::Shift,
        StickerError::NotPng,
    ];
    for error in &errors {
        assert_eq!(error.message(Lang::Ja), error.to_string());
        for lang in [Lang::Easy, Lang::En] {
            assert_ne!(error.message(lang), error.to_string(), "{error:?} {lang:?}");
        }
    }
    assert!(
        StickerError::Shift
            .message(Lang::En)
            .contains("from 10 to 30")
    );
    assert!(
        StickerError::ModulesTooSmall {
            size: StickerSize::PosterA6,
            module_mm: 0.4321,
        }
        .message(Lang::En)
        .contains("A6 poster (105 × 148 mm)")
    );
    for size in StickerSize::ALL {
        assert_eq!(size.label_in(Lang::Ja), size.label());
    }
    let shifted = PrintCorrection::NONE
        .measured("100", "21.5", "19")
        .expect("in range");
    for c in [PrintCorrection::NONE, shifted] {
        assert_eq!(c.describe_in(Lang::Ja), c.describe());
    }
    assert_eq!(
        shifted.describe_in(Lang::En),
        "Current correction: 100.0%, 1.5 mm to the left, 1.0 mm down"
    );
    assert_eq!(
        render_ruler_svg_in(shifted, Lang::Ja),
        render_ruler_svg(shifted)
    );
    for lang in [Lang::Easy, Lang::En] {
        let words = RulerWords::in_lang(shifted, lang);
        let lines = ruler_lines(&words);
        assert_eq!(
            lines.concat().replace(' ', ""),
            words.lines.concat().replace(' ', ""),
            "{lang:?}"
        );
        assert!(RULER_TEXT_TOP + RULER_LINE_MM * (lines.len() - 1) as f64 <= RULER_TEXT_BOTTOM);
        let ruler = render_ruler_svg_in(shifted, lang);
        roxmltree::Document::parse(&ruler).expect("valid XML");
    }
    let english = RulerWords::in_lang(shifted, Lang::En);
    assert!(
        ruler_lines(&english).len() > english.lines.len(),
        "the long step 3 is wrapped"
    );
    assert!(render_ruler_svg_in(shifted, Lang::En).contains("100 mm calibration ruler"));
}

#[test]
fn png_gets_300_dpi() {
    assert_eq!(png_size_px(StickerSize::Square70), (827, 827));
    assert_eq!(png_size_px(StickerSize::PosterA4), (2480, 3508));
    // A minimal PNG: signature, IHDR, IEND.
    let mut png = PNG_SIGNATURE.to_vec();
    for (kind, data) in [(&b"IHDR"[..], vec![0u8; 13]), (&b"IEND"[..], Vec::new())] {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(&data);
        png.extend_from_slice(&body);
        png.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let stamped = png_with_dpi(&png, 300).expect("a PNG");
    assert_eq!(stamped.len(), png.len() + 21);
    assert_eq!(&stamped[37..41], b"pHYs");
    assert_eq!(&stamped[41..45], &11811u32.to_be_bytes());
    assert_eq!(stamped[49], 1);
    // Stamping twice keeps one pHYs.
    assert_eq!(png_with_dpi(&stamped, 300).expect("a PNG"), stamped);
    assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    assert_eq!(png_with_dpi(b"not a png", 300), Err(StickerError::NotPng));
    assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
    assert_eq!(base64_decode("aGVsbG8h").as_deref(), Some(&b"hello!"[..]));
    assert_eq!(base64_decode("a$=="), None);
    assert!(png_from_data_url("data:text/plain;base64,aGk=", 300).is_err());
}

#[test]
fn file_names_are_safe() {
    let s = sticker(StickerSize::Square50, "", "../<evil> id");
    assert_eq!(file_name(&s, "svg"), "tsunagaru-sticker-50mm-evilid.svg");
    assert_eq!(
        file_name(&sticker(StickerSize::PosterA6, "", ""), "png"),
        "tsunagaru-sticker-a6.png"
    );
}

#[test]
fn sizes_round_trip_through_their_keys() {
    for size in StickerSize::ALL {
        assert_eq!(StickerSize::from_key(size.key()), Some(size));
        assert!(!size.label().is_empty());
    }
    assert_eq!(StickerSize::from_key("nope"), None);
}

#[test]
fn the_sticker_writes_the_parameter_the_home_page_reads() {
    assert_eq!(SPOT_QUERY_PARAM, crate::domain::spot::SPOT_PARAM);
}
