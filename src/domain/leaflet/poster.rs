//! The poster for the entrance or the toilet door, A4 or A3: a large calm
//! title, three crisis lines in large type (name, number, cost, hours), and
//! at the foot たつの市 健康課 and a large QR code. The A3 poster is the A4
//! drawing enlarged by √2, so its type and code grow with the paper.

use std::f64::consts::SQRT_2;

use crate::domain::model::Window;

use super::content::{
    Sizes, date_text, heading, health_division, main_number_block, short_crisis_lines, verified,
    words,
};
use super::typeset::{Canvas, Style, open_text_group, paragraph_height};
use super::{Format, LeafletError, Print, qr_code, spot_line};

/// The A4 drawing, mm.
const PAGE: (f64, f64) = (210.0, 297.0);
/// Margin, mm.
const MARGIN: f64 = 15.0;
/// The QR code's side on A4 (quiet zone included), mm, and the most.
const QR_SIDE: (f64, f64) = (46.0, 60.0);

/// Sizes on A4 at scale 1, mm.
const TITLE: f64 = 15.0;
const HOPE: f64 = 5.6;
const SECTION: f64 = 7.0;
const LINES: Sizes = Sizes {
    name: 7.0,
    text: 5.2,
    number: 13.0,
};
const FOOT: Sizes = Sizes {
    name: 4.6,
    text: 3.6,
    number: 8.0,
};
/// The smallest text on the poster, mm (every size is at least 9 pt).
const SMALL: f64 = 3.4;

/// The poster's body (in page millimetres of its format).
pub fn draw(print: &Print) -> Result<String, LeafletError> {
    let (qr, side) = qr_code(&print.url, QR_SIDE.0, QR_SIDE.1)?;
    let lang = print.lang;
    let t = words(lang);
    let lines = short_crisis_lines(print.windows, lang);
    let health = health_division(print.windows);
    let mut printed: Vec<&Window> = lines.clone();
    printed.extend(health);
    let checked = verified(&printed)
        .map(|d| date_text(d, lang))
        .unwrap_or_default();
    let width = PAGE.0 - 2.0 * MARGIN;

    // The largest scale of the upper part that leaves room for the foot.
    let foot_left = width - side - 6.0;
    let notes = [
        t.print_verified(&checked),
        t.print_hours_change.to_owned(),
        t.print_trademark.to_owned(),
    ];
    let health_block = health.map(|w| main_number_block(w, lang, FOOT));
    let mut foot_h = heading(t.print_health_title, FOOT.name).height(foot_left, lang)
        + health_block
            .as_ref()
            .map_or(0.0, |b| b.height(foot_left, lang));
    for note in &notes {
        foot_h += paragraph_height(note, SMALL, foot_left, lang);
    }
    let caption_h = paragraph_height(t.print_qr_caption, FOOT.text, side, lang);
    let foot_h = foot_h.max(side + 1.5 + caption_h) + 4.0;
    let foot_top = PAGE.1 - MARGIN - foot_h;

    let mut body = String::new();
    for scale in [1.0, 0.92, 0.85, 0.78, 0.72] {
        let mut canvas = Canvas::new(lang);
        open_text_group(&mut canvas);
        let s = |v: f64| (v * scale).max(SMALL);
        let mut y = MARGIN;
        y += canvas.paragraph(t.print_network, Style::plain(s(4.6)), MARGIN, y, width);
        y += canvas.paragraph(
            t.print_poster_title,
            Style::bold(s(TITLE)),
            MARGIN,
            y,
            width,
        );
        y += canvas.paragraph(t.print_hope, Style::plain(s(HOPE)), MARGIN, y, width);
        if let Some(line) = spot_line(print) {
            let style = Style::bold(s(4.6)).class("spot-name");
            y += canvas.paragraph(&line, style, MARGIN, y, width);
        }
        y += s(5.0);
        canvas.raw(r#"<g class="crisis">"#);
        y += heading(t.print_crisis_title, s(SECTION)).draw(&mut canvas, MARGIN, y, width);
        y += s(2.0);
        let sizes = Sizes {
            name: s(LINES.name),
            text: s(LINES.text),
            number: s(LINES.number),
        };
        for window in &lines {
            let block = main_number_block(window, lang, sizes);
            y += block.draw(&mut canvas, MARGIN + 2.0, y, width - 4.0) + s(4.0);
        }
        canvas.raw("</g></g>");
        if y <= foot_top || scale <= 0.72 {
            body = canvas.finish();
            break;
        }
    }
    // The foot.
    let mut canvas = Canvas::new(lang);
    canvas.rule(MARGIN, foot_top, width, 0.4);
    open_text_group(&mut canvas);
    canvas.raw(r#"<g class="foot">"#);
    let mut y = foot_top + 4.0;
    y += heading(t.print_health_title, FOOT.name).draw(&mut canvas, MARGIN, y, foot_left);
    if let Some(block) = &health_block {
        y += block.draw(&mut canvas, MARGIN, y, foot_left);
    }
    for note in &notes {
        y += canvas.paragraph(note, Style::plain(SMALL), MARGIN, y, foot_left);
    }
    let qr_x = PAGE.0 - MARGIN - side;
    let qr_y = foot_top + 4.0;
    canvas.qr(&qr, qr_x, qr_y, side);
    canvas.paragraph(
        t.print_qr_caption,
        Style::plain(FOOT.text),
        qr_x,
        qr_y + side + 1.5,
        side,
    );
    canvas.raw("</g></g>");
    body.push_str(&canvas.finish());

    Ok(if print.format == Format::PosterA3 {
        format!(r#"<g transform="scale({SQRT_2:.6})">{body}</g>"#)
    } else {
        body
    })
}
