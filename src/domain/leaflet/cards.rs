//! Pocket cards: 91 × 55 mm (the Japanese business card), ten on an A4
//! sheet, two across and five down, edge to edge so one cut serves two
//! cards, with cut marks in the page margin on every cutting line. A card
//! carries the three crisis lines (number, name, cost and hours), たつの市
//! 健康課 and the QR code: something a person can slip into a wallet.

use std::fmt::Write as _;

use crate::domain::sticker::{QrMatrix, mm};

use super::content::{
    Compact, Sizes, compact_block, crisis_lines, health_division, short_crisis_lines, words,
};
use super::typeset::{Block, Canvas, INK, Style, open_text_group};
use super::{LeafletError, Print, qr_code};
use crate::domain::model::Window;

/// A card, mm.
pub const CARD: (f64, f64) = (91.0, 55.0);
/// Cards across and down an A4 sheet.
pub const GRID: (usize, usize) = (2, 5);
/// The sheet, mm.
const PAGE: (f64, f64) = (210.0, 297.0);
/// Cut marks start this far outside the cards, mm…
const MARK_OFFSET: f64 = 1.0;
/// …and are this long.
const MARK_LENGTH: f64 = 4.5;
/// Stroke of the cut marks, mm.
const MARK_STROKE: f64 = 0.2;
/// The QR code's side (quiet zone included), mm, and the most it may grow.
const QR_SIDE: (f64, f64) = (19.0, 24.0);
/// Space between the QR code and the text beside it, mm.
const QR_GAP: f64 = 1.5;

/// One step of sizes for a card's content, mm.
#[derive(Clone, Copy, Debug)]
struct Step {
    /// Padding inside the card.
    pad: f64,
    /// Text and numbers.
    sizes: Sizes,
    /// Space between lines.
    gap: f64,
    /// Whether the title fits above the lines.
    title: bool,
}

/// From roomy to the tightest allowed (9 pt text, 14 pt numbers).
const STEPS: [Step; 5] = [
    Step {
        pad: 3.0,
        sizes: Sizes {
            name: 3.4,
            text: 3.4,
            number: 5.4,
        },
        gap: 0.8,
        title: true,
    },
    Step {
        pad: 3.0,
        sizes: Sizes {
            name: 3.2,
            text: 3.2,
            number: 5.0,
        },
        gap: 0.6,
        title: true,
    },
    Step {
        pad: 2.5,
        sizes: Sizes {
            name: 3.18,
            text: 3.18,
            number: 4.95,
        },
        gap: 0.5,
        title: true,
    },
    Step {
        pad: 2.5,
        sizes: Sizes {
            name: 3.18,
            text: 3.18,
            number: 4.95,
        },
        gap: 0.5,
        title: false,
    },
    Step {
        pad: 2.0,
        sizes: Sizes {
            name: 3.18,
            text: 3.18,
            number: 4.95,
        },
        gap: 0.3,
        title: false,
    },
];

/// Where the cards sit on the sheet: the top-left corner of the grid.
pub fn origin() -> (f64, f64) {
    (
        (PAGE.0 - CARD.0 * GRID.0 as f64) / 2.0,
        (PAGE.1 - CARD.1 * GRID.1 as f64) / 2.0,
    )
}

/// The sheet's body: ten cards and the cut marks.
pub fn draw(print: &Print) -> Result<String, LeafletError> {
    let (qr, side) = qr_code(&print.url, QR_SIDE.0, QR_SIDE.1)?;
    let (card, _) = card(print, &qr, side);
    let (x0, y0) = origin();
    let mut out = String::with_capacity(card.len() * 10 + 2048);
    for row in 0..GRID.1 {
        for col in 0..GRID.0 {
            _ = write!(
                out,
                r#"<g class="card" transform="translate({} {})">{card}</g>"#,
                mm(x0 + col as f64 * CARD.0),
                mm(y0 + row as f64 * CARD.1),
            );
        }
    }
    _ = write!(
        out,
        r#"<path class="cut-marks" fill="none" stroke="{INK}" stroke-width="{}" d="{}"/>"#,
        mm(MARK_STROKE),
        cut_marks()
    );
    Ok(out)
}

/// Marks in the margin on the line of every cut: above and below each
/// vertical cut, left and right of each horizontal one.
fn cut_marks() -> String {
    let (x0, y0) = origin();
    let (x1, y1) = (x0 + CARD.0 * GRID.0 as f64, y0 + CARD.1 * GRID.1 as f64);
    let mut d = String::new();
    for i in 0..=GRID.0 {
        let x = mm(x0 + i as f64 * CARD.0);
        _ = write!(
            d,
            "M{x} {}v{}M{x} {}v{}",
            mm(y0 - MARK_OFFSET),
            mm(-MARK_LENGTH),
            mm(y1 + MARK_OFFSET),
            mm(MARK_LENGTH)
        );
    }
    for i in 0..=GRID.1 {
        let y = mm(y0 + i as f64 * CARD.1);
        _ = write!(
            d,
            "M{} {y}h{}M{} {y}h{}",
            mm(x0 - MARK_OFFSET),
            mm(-MARK_LENGTH),
            mm(x1 + MARK_OFFSET),
            mm(MARK_LENGTH)
        );
    }
    d
}

/// The crisis lines a card may carry, best first: the short list, then the
/// same list with its last line replaced by each later crisis line in turn
/// (for a language whose hours of that line are too long for the card).
fn line_choices<'a>(print: &Print<'a>) -> Vec<Vec<&'a Window>> {
    let lang = print.lang;
    let short = short_crisis_lines(print.windows, lang);
    let mut choices = vec![short.clone()];
    if let Some((_, kept)) = short.split_last() {
        for other in crisis_lines(print.windows, lang) {
            if !short.contains(&other) {
                let mut lines = kept.to_vec();
                lines.push(other);
                choices.push(lines);
            }
        }
    }
    choices
}

/// The blocks of a card at one step.
fn blocks(print: &Print, lines: &[&Window], step: &Step) -> Vec<Block> {
    let lang = print.lang;
    let mut blocks: Vec<Block> = lines
        .iter()
        .map(|w| compact_block(w, lang, step.sizes, Compact::CARD))
        .collect();
    blocks.extend(
        health_division(print.windows).map(|w| compact_block(w, lang, step.sizes, Compact::CARD)),
    );
    blocks
}

/// One card's drawing (in card millimetres) with the best choice of lines
/// that fits, at the largest step it fits, and whether anything fits.
fn card(print: &Print, qr: &QrMatrix, side: f64) -> (String, bool) {
    let mut first = None;
    for lines in line_choices(print) {
        for step in &STEPS {
            let drawn = card_at(print, &lines, step, qr, side);
            if drawn.1 {
                return drawn;
            }
            first.get_or_insert(drawn);
        }
    }
    first.unwrap_or_default()
}

/// One card at `step`: the title and the lines from the top, full width
/// above the QR code and narrower beside it (bottom right).
fn card_at(
    print: &Print,
    lines: &[&Window],
    step: &Step,
    qr: &QrMatrix,
    side: f64,
) -> (String, bool) {
    let lang = print.lang;
    let t = words(lang);
    let (w, h) = CARD;
    let inner = w - 2.0 * step.pad;
    let qr_left = w - step.pad - side;
    let qr_top = h - step.pad - side;
    let mut canvas = Canvas::new(lang);
    canvas.keep_free(qr_left - QR_GAP, qr_top);
    canvas.tighten();
    open_text_group(&mut canvas);
    let mut y = step.pad;
    if step.title {
        let style = Style::bold(step.sizes.text);
        y += canvas.paragraph(t.print_card_title, style, step.pad, y, inner) + step.gap;
    }
    for block in blocks(print, lines, step) {
        y += block.draw(&mut canvas, step.pad, y, inner) + step.gap;
    }
    let fits = y - step.gap <= h - step.pad + 1e-9;
    canvas.qr(qr, qr_left, qr_top, side);
    canvas.raw("</g>");
    (canvas.finish(), fits)
}

/// Whether a card's content fits it at the smallest sizes allowed.
pub fn fits(print: &Print) -> Result<bool, LeafletError> {
    let (qr, side) = qr_code(&print.url, QR_SIDE.0, QR_SIDE.1)?;
    Ok(card(print, &qr, side).1)
}
