//! 相談先チラシ, one A4 page: a calm title and a hopeful line; the crisis
//! lines in a frame; the lines for the chosen worries (or all, grouped by
//! worry) in two columns; at the foot たつの市 健康課, the QR code to the app,
//! the date the facts were checked and a line saying hours can change.
//!
//! The text is set as large as the page allows, stepping down to 9 pt text
//! and 14 pt numbers; if the data ever outgrows the page at that size, the
//! worries continue on a second page rather than being cut.

use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::model::Window;
use crate::domain::sticker::QrMatrix;

use super::content::{
    Compact, Sizes, compact_block, crisis_lines, date_text, heading, heading_with_lead,
    health_division, subheading, verified, window_block, words, worry_groups,
};
use super::typeset::{
    Block, Canvas, Flow, Row, Style, fill_in_order, flow, open_text_group, paragraph_height,
};
use super::{LeafletError, Print, qr_code, spot_line};

/// Page size, mm.
const PAGE: (f64, f64) = (210.0, 297.0);
/// Margin on every side, mm (inside what office printers can print).
const MARGIN: f64 = 10.0;
/// Space between the two columns, mm.
const COLUMN_GAP: f64 = 6.0;
/// The QR code's side (quiet zone included), mm, and the most it may grow.
const QR_SIDE: (f64, f64) = (26.0, 40.0);

/// One step of type sizes, mm.
#[derive(Clone, Copy, Debug)]
struct Step {
    /// Names, text and numbers of the lines.
    sizes: Sizes,
    /// Section headings.
    section: f64,
    /// Worry headings.
    group: f64,
    /// The title.
    title: f64,
    /// The hopeful line.
    hope: f64,
    /// Space between blocks.
    gap: f64,
}

/// From comfortable to the smallest allowed (9 pt text, 14 pt numbers).
const STEPS: [Step; 5] = [
    Step {
        sizes: Sizes {
            name: 4.0,
            text: 3.5,
            number: 6.0,
        },
        section: 5.0,
        group: 4.0,
        title: 9.0,
        hope: 4.2,
        gap: 2.4,
    },
    Step {
        sizes: Sizes {
            name: 3.7,
            text: 3.3,
            number: 5.5,
        },
        section: 4.6,
        group: 3.8,
        title: 8.5,
        hope: 3.9,
        gap: 2.0,
    },
    Step {
        sizes: Sizes {
            name: 3.5,
            text: 3.2,
            number: 5.1,
        },
        section: 4.3,
        group: 3.6,
        title: 8.0,
        hope: 3.7,
        gap: 1.6,
    },
    Step {
        sizes: Sizes {
            name: 3.3,
            text: 3.18,
            number: 4.95,
        },
        section: 4.0,
        group: 3.4,
        title: 7.5,
        hope: 3.5,
        gap: 1.3,
    },
    Step {
        sizes: Sizes {
            name: 3.25,
            text: 3.18,
            number: 4.95,
        },
        section: 3.8,
        group: 3.3,
        title: 7.0,
        hope: 3.3,
        gap: 1.0,
    },
];

/// The page bodies (in page millimetres) of the leaflet: at the largest
/// step of sizes that keeps it on one page; if none does, at the smallest,
/// with the worries continued on further pages (the foot stays on the
/// first).
pub fn draw(print: &Print) -> Result<Vec<String>, LeafletError> {
    let (qr, qr_side) = qr_code(&print.url, QR_SIDE.0, QR_SIDE.1)?;
    for step in &STEPS {
        if let Some(pages) = pages_with(print, step, &qr, qr_side, false) {
            return Ok(pages);
        }
    }
    let smallest = &STEPS[STEPS.len() - 1];
    Ok(pages_with(print, smallest, &qr, qr_side, true).unwrap_or_default())
}

/// The pages at one step of sizes; `None` when they would not fit one page
/// and `spill` is false.
fn pages_with(
    print: &Print,
    step: &Step,
    qr: &QrMatrix,
    qr_side: f64,
    spill: bool,
) -> Option<Vec<String>> {
    let lang = print.lang;
    let t = words(lang);
    let crisis = crisis_lines(print.windows, lang);
    let groups = worry_groups(print.windows, print.worries.as_deref(), lang);
    let health = health_division(print.windows);
    let mut printed: Vec<&Window> = crisis.clone();
    printed.extend(groups.iter().flat_map(|(_, list)| list.iter().copied()));
    printed.extend(health);
    let checked = verified(&printed)
        .map(|d| date_text(d, lang))
        .unwrap_or_default();

    let width = PAGE.0 - 2.0 * MARGIN;
    let column = (width - COLUMN_GAP) / 2.0;
    let text = Style::plain(step.sizes.text);
    let mut canvas = Canvas::new(lang);
    open_text_group(&mut canvas);
    let mut y = MARGIN;

    // Header: the network (and the spot handing it out), the title, the
    // hopeful line.
    let header = Block {
        rows: vec![
            Row::Inline {
                first: t.print_network.to_owned(),
                first_style: text,
                after: spot_line(print).unwrap_or_default(),
                after_style: Style::bold(step.sizes.text).class("spot-name"),
            },
            Row::Text(t.print_title.to_owned(), Style::bold(step.title)),
            Row::Text(t.print_hope.to_owned(), Style::plain(step.hope)),
        ],
        ..Block::default()
    };
    y += header.draw(&mut canvas, MARGIN, y, width) + step.gap;

    // The crisis lines, framed.
    let crisis_top = y;
    canvas.raw(r#"<g class="crisis">"#);
    let title = heading_with_lead(
        t.print_crisis_title,
        step.section,
        t.print_crisis_lead,
        step.sizes.text,
    );
    y += title.draw(&mut canvas, MARGIN, y, width) + step.gap / 2.0;
    let inner = column - 2.0;
    let blocks: Vec<Block> = crisis
        .iter()
        .map(|w| window_block(w, lang, step.sizes))
        .collect();
    let crisis_flow = flow_of(&blocks, inner, step.gap, lang);
    y += place(&mut canvas, &blocks, &crisis_flow, (MARGIN + 2.0, y), inner);
    canvas.raw("</g>");
    y += step.gap / 2.0;
    canvas.frame(MARGIN, crisis_top, width, y - crisis_top, 0.5);
    y += step.gap;

    // The worries, in two columns down to the foot.
    let mut blocks = Vec::new();
    for (category, list) in &groups {
        blocks.push(subheading(
            i18n::category_label(*category, lang),
            step.group,
        ));
        if list.is_empty() {
            blocks.push(Block {
                rows: vec![Row::Text(t.print_see_above.to_owned(), text)],
                ..Block::default()
            });
        }
        // Every worry: the compact list; a few chosen: each line in full.
        blocks.extend(list.iter().map(|w| {
            if print.worries.is_none() {
                compact_block(w, lang, step.sizes, Compact::LIST)
            } else {
                window_block(w, lang, step.sizes)
            }
        }));
    }
    // たつの市 健康課 and the QR code close the right column.
    let health_block = health.map(|w| window_block(w, lang, step.sizes));
    let foot = Foot {
        step,
        health: health_block.as_ref(),
        qr_side,
        checked: &checked,
        lang,
    };
    canvas.raw(r#"<g class="worries">"#);
    y += heading(t.print_worries_title, step.section).draw(&mut canvas, MARGIN, y, width);
    y += step.gap / 2.0;
    let capacity = PAGE.1 - MARGIN - y;
    let mut heights: Vec<f64> = blocks.iter().map(|b| b.height(column, lang)).collect();
    let mut headings: Vec<bool> = blocks.iter().map(|b| b.heading).collect();
    let foot_height = foot.height(column);
    // On one page, the foot closes the right column; else it sits at the
    // foot of the first page's right column and the worries go on.
    heights.push(foot_height);
    headings.push(false);
    let mut worry_flow = flow(&heights, &headings, &[capacity; 2], step.gap);
    let mut foot_at = None;
    if !worry_flow.fits_in(2) {
        if !spill {
            return None;
        }
        heights.pop();
        headings.pop();
        let next_pages = PAGE.1 - 2.0 * MARGIN - heading("", step.section).height(width, lang);
        let short = capacity - foot_height - step.gap;
        worry_flow = fill_in_order(
            &heights,
            &headings,
            &[capacity, short, next_pages],
            step.gap,
        );
        foot_at = Some(y + capacity - foot_height);
    }
    let columns = Columns {
        blocks: &blocks,
        foot: &foot,
        qr,
        flow: &worry_flow,
        x: MARGIN,
        width: column,
    };
    columns.draw(&mut canvas, 0, y);
    canvas.raw("</g>");
    if let Some(top) = foot_at {
        foot.draw(&mut canvas, MARGIN + column + COLUMN_GAP, top, column, qr);
    }
    canvas.raw("</g>");
    let mut pages = vec![canvas.finish()];

    // Continuation pages, two columns each.
    let mut frame = 2;
    while frame < worry_flow.used.len() {
        let mut canvas = Canvas::new(lang);
        open_text_group(&mut canvas);
        let mut y = MARGIN;
        canvas.raw(r#"<g class="worries">"#);
        y += heading(t.print_worries_title, step.section).draw(&mut canvas, MARGIN, y, width);
        columns.draw(&mut canvas, frame, y);
        canvas.raw("</g></g>");
        pages.push(canvas.finish());
        frame += 2;
    }
    Some(pages)
}

/// Flows blocks `width` mm wide through two columns with no limit (the
/// crisis lines), balanced, `gap` apart.
fn flow_of(blocks: &[Block], width: f64, gap: f64, lang: Lang) -> Flow {
    let heights: Vec<f64> = blocks.iter().map(|b| b.height(width, lang)).collect();
    let headings: Vec<bool> = blocks.iter().map(|b| b.heading).collect();
    flow(&heights, &headings, &[f64::INFINITY; 2], gap)
}

/// Draws blocks as flowed into two columns from (`x`, `y`), `column` mm
/// wide; returns the height of the taller column.
fn place(
    canvas: &mut Canvas,
    blocks: &[Block],
    flow: &Flow,
    (x, y): (f64, f64),
    column: f64,
) -> f64 {
    for (block, (frame, top)) in blocks.iter().zip(&flow.places) {
        let left = x + (*frame).min(1) as f64 * (column + COLUMN_GAP);
        block.draw(canvas, left, y + top, column);
    }
    flow.used.iter().copied().fold(0.0, f64::max)
}

/// The worries (and the foot after them) flowed through columns: frames
/// 0 and 1 on the first page, then two on each further page.
struct Columns<'a> {
    blocks: &'a [Block],
    foot: &'a Foot<'a>,
    qr: &'a QrMatrix,
    flow: &'a Flow,
    x: f64,
    width: f64,
}

impl Columns<'_> {
    /// Draws frames `first` and `first + 1` from the top `y`.
    fn draw(&self, canvas: &mut Canvas, first: usize, y: f64) {
        for (i, (frame, top)) in self.flow.places.iter().enumerate() {
            if *frame != first && *frame != first + 1 {
                continue;
            }
            let left = self.x + (*frame - first) as f64 * (self.width + COLUMN_GAP);
            match self.blocks.get(i) {
                Some(block) => {
                    block.draw(canvas, left, y + top, self.width);
                }
                None => self.foot.draw(canvas, left, y + top, self.width, self.qr),
            }
        }
    }
}

/// The close of the leaflet: たつの市 健康課, then the QR code with its
/// caption and the notes (chat, the check date, hours can change, the
/// trademark) beside it.
struct Foot<'a> {
    step: &'a Step,
    health: Option<&'a Block>,
    qr_side: f64,
    checked: &'a str,
    lang: Lang,
}

impl Foot<'_> {
    /// The caption and the notes beside the QR code.
    fn notes(&self) -> [(String, Style); 5] {
        let t = words(self.lang);
        let size = self.step.sizes.text;
        [
            (t.print_qr_caption.to_owned(), Style::bold(size)),
            (t.print_chat_note.to_owned(), Style::plain(size)),
            (
                t.print_verified(self.checked),
                Style::plain(size).class("verified"),
            ),
            (t.print_hours_change.to_owned(), Style::plain(size)),
            (t.print_trademark.to_owned(), Style::plain(size)),
        ]
    }

    /// The width of the notes beside the QR code, in a column `width` wide.
    fn notes_width(&self, width: f64) -> f64 {
        width - self.qr_side - 2.5
    }

    /// Where the notes go: beside the QR code while they fit its height,
    /// then below it across the column. Each note with its style, its top
    /// (from the top of the QR code) and its width; and the height of it all.
    fn layout(&self, width: f64) -> (Vec<(String, Style, f64, f64)>, f64) {
        let beside = self.notes_width(width);
        let mut placed = Vec::new();
        let mut y = 0.0;
        let mut below = false;
        for (text, style) in self.notes() {
            let h = paragraph_height(&text, style.size, beside, self.lang);
            if !below && y + h > self.qr_side + 1e-9 && y > 0.0 {
                below = true;
                y = y.max(self.qr_side + 1.0);
            }
            let w = if below { width } else { beside };
            let h = paragraph_height(&text, style.size, w, self.lang);
            placed.push((text, style, y, w));
            y += h;
        }
        let height = if below { y } else { y.max(self.qr_side) };
        (placed, height)
    }

    /// The height of the foot in a column `width` mm wide.
    fn height(&self, width: f64) -> f64 {
        let t = words(self.lang);
        let mut h = subheading(t.print_health_title, self.step.group).height(width, self.lang);
        if let Some(block) = self.health {
            h += block.height(width, self.lang) + self.step.gap;
        }
        h + self.layout(width).1
    }

    /// Draws the foot from the top-left corner (`x`, `y`), `width` wide.
    fn draw(&self, canvas: &mut Canvas, x: f64, y: f64, width: f64, qr: &QrMatrix) {
        let t = words(self.lang);
        canvas.raw(r#"<g class="foot">"#);
        let mut y = y;
        y += subheading(t.print_health_title, self.step.group).draw(canvas, x, y, width);
        if let Some(block) = self.health {
            y += block.draw(canvas, x, y, width) + self.step.gap;
        }
        canvas.qr(qr, x + width - self.qr_side, y, self.qr_side);
        for (text, style, top, w) in self.layout(width).0 {
            canvas.paragraph(&text, style, x, y + top, w);
        }
        canvas.raw("</g>");
    }
}
