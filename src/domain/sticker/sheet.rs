//! The A4 print sheet: as many stickers as fit, with cut marks in the
//! gutters; how many pages a number of copies needs.

use std::fmt::Write as _;

use super::art::{Rect, draw, layout, mm};
use super::printer::{PrintCorrection, open_page};
use super::{A4_MM, MAX_COPIES, Sticker, StickerError, StickerSize};

/// Page margin kept free for printers that cannot print to the edge, mm.
pub(super) const SHEET_MARGIN: f64 = 8.0;
/// Space between stickers, where the cut marks go, mm.
pub(super) const SHEET_GUTTER: f64 = 6.0;
/// Cut marks start this far from a sticker's corner, mm.
const CUT_OFFSET: f64 = 0.8;
/// Length of one cut mark, mm.
const CUT_LENGTH: f64 = 2.0;
/// Stroke width of cut marks, mm: thin, but visible on any printer.
const CUT_STROKE: f64 = 0.1;
// Marks from neighbouring stickers never meet in a gutter.
const _: () = assert!(2.0 * (CUT_OFFSET + CUT_LENGTH) < SHEET_GUTTER);

/// How stickers of one size are placed on an A4 page.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetLayout {
    /// The sticker size.
    pub size: StickerSize,
    /// Each sticker's place on the page, mm (as placed: turned when
    /// [`rotated`](Self::rotated)).
    pub slots: Vec<Rect>,
    /// Stickers are turned 90° because more fit that way.
    pub rotated: bool,
    /// Cut marks are drawn (not for a full-page poster).
    pub cut_marks: bool,
}

impl SheetLayout {
    /// How many stickers fit on one page.
    pub fn per_sheet(&self) -> usize {
        self.slots.len()
    }
}

/// Places as many stickers of `size` as fit on an A4 page, inside the page
/// margin and with gutters for cut marks, turning them when that fits more.
/// A sticker as large as the page gets the whole page, without cut marks.
pub fn sheet_layout(size: StickerSize) -> SheetLayout {
    let (page_w, page_h) = A4_MM;
    let (w, h) = size.size_mm();
    let grid = |w: f64, h: f64| {
        let fit = |avail: f64, len: f64| {
            ((avail - 2.0 * SHEET_MARGIN + SHEET_GUTTER) / (len + SHEET_GUTTER) + 1e-9).floor()
                as usize
        };
        (fit(page_w, w), fit(page_h, h))
    };
    let (cols, rows) = grid(w, h);
    let (cols_r, rows_r) = grid(h, w);
    let rotated = cols_r * rows_r > cols * rows;
    let (cols, rows, sw, sh) = if rotated {
        (cols_r, rows_r, h, w)
    } else {
        (cols, rows, w, h)
    };
    if cols * rows == 0 {
        let slots = if w <= page_w + 1e-9 && h <= page_h + 1e-9 {
            vec![Rect {
                x: (page_w - w) / 2.0,
                y: (page_h - h) / 2.0,
                w,
                h,
            }]
        } else {
            Vec::new()
        };
        return SheetLayout {
            size,
            slots,
            rotated: false,
            cut_marks: false,
        };
    }
    let grid_w = cols as f64 * sw + (cols - 1) as f64 * SHEET_GUTTER;
    let grid_h = rows as f64 * sh + (rows - 1) as f64 * SHEET_GUTTER;
    let x0 = (page_w - grid_w) / 2.0;
    let y0 = (page_h - grid_h) / 2.0;
    let slots = (0..rows)
        .flat_map(|r| {
            (0..cols).map(move |c| Rect {
                x: x0 + c as f64 * (sw + SHEET_GUTTER),
                y: y0 + r as f64 * (sh + SHEET_GUTTER),
                w: sw,
                h: sh,
            })
        })
        .collect();
    SheetLayout {
        size,
        slots,
        rotated,
        cut_marks: true,
    }
}

/// How many pages `copies` stickers of `size` need.
pub fn sheets_needed(size: StickerSize, copies: usize) -> usize {
    copies.div_ceil(sheet_layout(size).per_sheet().max(1))
}

/// Reads the number of copies typed in the studio; blank means one full
/// sheet. Full-width digits are accepted.
pub fn parse_copies(text: &str, size: StickerSize) -> Result<usize, StickerError> {
    let text = fold_digits(text);
    if text.is_empty() {
        return Ok(sheet_layout(size).per_sheet().max(1));
    }
    match text.parse::<usize>() {
        Ok(n) if (1..=MAX_COPIES).contains(&n) => Ok(n),
        _ => Err(StickerError::Copies),
    }
}

pub(super) fn fold_digits(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' => '.',
            c => c,
        })
        .collect()
}

/// The A4 pages that print `copies` stickers, as standalone SVGs: the
/// sticker is drawn once per page and placed with `<use>`; cut marks sit in
/// the gutters. `correction` is the saved printer correction.
/// Each page gets its own element ids, so the pages can share a document.
pub fn render_sheets(
    sticker: &Sticker,
    copies: usize,
    correction: PrintCorrection,
) -> Result<Vec<String>, StickerError> {
    let layout = layout(sticker)?;
    let sheet = sheet_layout(sticker.size);
    let per_sheet = sheet.per_sheet().max(1);
    let copies = copies.clamp(1, MAX_COPIES);
    let mut content = String::with_capacity(24 * 1024);
    draw(&layout, &mut content);

    let pages = copies.div_ceil(per_sheet);
    let mut out = Vec::with_capacity(pages);
    for page in 0..pages {
        let id = format!("tsunagaru-sheet-{}-sticker", page + 1);
        let on_page = (copies - page * per_sheet).min(per_sheet);
        let mut svg = String::with_capacity(content.len() + 4096);
        open_page(&mut svg, "sticker-sheet", correction);
        _ = write!(
            svg,
            r#"<defs><symbol id="{id}" viewBox="0 0 {w} {h}">{content}</symbol></defs>"#,
            w = mm(layout.width),
            h = mm(layout.height),
        );
        for slot in sheet.slots.iter().take(on_page) {
            let (w, h) = (mm(layout.width), mm(layout.height));
            if sheet.rotated {
                _ = write!(
                    svg,
                    r##"<use class="sheet-sticker" href="#{id}" width="{w}" height="{h}" transform="translate({} {}) rotate(90)"/>"##,
                    mm(slot.right()),
                    mm(slot.y),
                );
            } else {
                _ = write!(
                    svg,
                    r##"<use class="sheet-sticker" href="#{id}" x="{}" y="{}" width="{w}" height="{h}"/>"##,
                    mm(slot.x),
                    mm(slot.y),
                );
            }
        }
        if sheet.cut_marks {
            _ = write!(
                svg,
                r##"<path class="cut-marks" fill="none" stroke="#000000" stroke-width="{}" d="{}"/>"##,
                mm(CUT_STROKE),
                cut_marks(sheet.slots.iter().take(on_page))
            );
        }
        svg.push_str("</g></svg>");
        out.push(svg);
    }
    Ok(out)
}

/// Cut marks for each slot: short lines continuing each edge beyond each
/// corner, starting [`CUT_OFFSET`] away so they never touch the sticker.
fn cut_marks<'a>(slots: impl Iterator<Item = &'a Rect>) -> String {
    let mut d = String::new();
    for r in slots {
        for (x, sx) in [(r.x, -1.0), (r.right(), 1.0)] {
            for (y, sy) in [(r.y, -1.0), (r.bottom(), 1.0)] {
                // Horizontal mark on the line of the top/bottom edge.
                _ = write!(
                    d,
                    "M{} {}h{}",
                    mm(x + sx * CUT_OFFSET),
                    mm(y),
                    mm(sx * CUT_LENGTH)
                );
                // Vertical mark on the line of the left/right edge.
                _ = write!(
                    d,
                    "M{} {}v{}",
                    mm(x),
                    mm(y + sy * CUT_OFFSET),
                    mm(sy * CUT_LENGTH)
                );
            }
        }
    }
    d
}
