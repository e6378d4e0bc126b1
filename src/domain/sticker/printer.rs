//! The printer correction: how a printer's scale and shift are measured on
//! the calibration page and undone on every printed page.

use std::fmt::Write as _;

use crate::domain::text::escape_markup;
#[cfg(feature = "full")]
use crate::domain::{i18n, lang::Lang};

use super::art::mm;
use super::sheet::fold_digits;
use super::typeset::{clusters, wrap};
use super::{A4_MM, FONT_SANS, INK, StickerError, WHITE};

/// Where the calibration cross is printed: this many mm from the left and
/// the top edge of the paper.
pub const MARK_MM: f64 = 20.0;

/// The largest printer shift the calibration accepts, in mm.
pub const MAX_SHIFT_MM: f64 = 10.0;

/// The printer correction, kept in this browser: the page is scaled by
/// `scale` about its centre, then moved by `shift_x`/`shift_y` mm, so that a
/// printer that shrinks or shifts the page still prints at true size and
/// position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrintCorrection {
    /// Scale about the page centre (1.0: none).
    pub scale: f64,
    /// Move to the right, in mm.
    pub shift_x: f64,
    /// Move down, in mm.
    pub shift_y: f64,
}

impl Default for PrintCorrection {
    fn default() -> Self {
        PrintCorrection::NONE
    }
}

impl PrintCorrection {
    /// No correction.
    pub const NONE: PrintCorrection = PrintCorrection {
        scale: 1.0,
        shift_x: 0.0,
        shift_y: 0.0,
    };

    /// Whether this is (almost exactly) no correction.
    pub fn is_none(&self) -> bool {
        (self.scale - 1.0).abs() < 1e-9 && self.shift_x.abs() < 1e-9 && self.shift_y.abs() < 1e-9
    }

    /// The correction after measuring a calibration page printed with this
    /// one: `ruler` is the length the 100 mm ruler came out as; `left` and
    /// `top` (may be empty: no change) the distances from the paper's edges
    /// to the centre of the cross, which should be [`MARK_MM`]. Full-width
    /// digits and a trailing "mm" are accepted.
    pub fn measured(&self, ruler: &str, left: &str, top: &str) -> Result<Self, StickerError> {
        let length = parse_mm(ruler)
            .filter(|m| (80.0..=120.0).contains(m))
            .ok_or(StickerError::Measure)?;
        let scale = self.scale * 100.0 / length;
        let shift = |text: &str, old: f64| -> Result<f64, StickerError> {
            if text.trim().is_empty() {
                return Ok(old);
            }
            let m = parse_mm(text)
                .filter(|m| (m - MARK_MM).abs() <= MAX_SHIFT_MM)
                .ok_or(StickerError::Shift)?;
            // The printer's own scale is about 1/scale, so a shift of the
            // design by d moves the print by d/scale.
            Ok((old + (MARK_MM - m) * scale).clamp(-2.0 * MAX_SHIFT_MM, 2.0 * MAX_SHIFT_MM))
        };
        Ok(PrintCorrection {
            scale,
            shift_x: shift(left, self.shift_x)?,
            shift_y: shift(top, self.shift_y)?,
        })
    }

    /// How it is stored: `scale;shift_x;shift_y`.
    pub fn to_stored(&self) -> String {
        format!("{};{};{}", self.scale, self.shift_x, self.shift_y)
    }

    /// A stored correction, if it is a sane one (a lone number is a scale,
    /// as stored before shifts were corrected).
    pub fn from_stored(stored: &str) -> Option<Self> {
        let mut parts = stored.trim().split(';').map(|p| p.trim().parse::<f64>());
        let scale = parts.next()?.ok()?;
        let shift_x = parts.next().unwrap_or(Ok(0.0)).ok()?;
        let shift_y = parts.next().unwrap_or(Ok(0.0)).ok()?;
        let sane_scale = (100.0 / 120.0 - 1e-9..=100.0 / 80.0 + 1e-9).contains(&scale);
        let sane_shift = |v: f64| v.abs() <= 2.0 * MAX_SHIFT_MM + 1e-9;
        (parts.next().is_none() && sane_scale && sane_shift(shift_x) && sane_shift(shift_y))
            .then_some(PrintCorrection {
                scale,
                shift_x,
                shift_y,
            })
    }

    /// A short description for the studio: 「いまの補正: 101.5%・右へ1.0mm」.
    pub fn describe(&self) -> String {
        self.describe_with(
            |percent| format!("いまの補正: {percent}%"),
            |shift, mm| {
                format!(
                    "・{}{mm}mm",
                    match shift {
                        Shift::Right => "右へ",
                        Shift::Left => "左へ",
                        Shift::Down => "下へ",
                        Shift::Up => "上へ",
                    }
                )
            },
        )
    }

    /// [`describe`](Self::describe) in `lang`.
    #[cfg(feature = "full")]
    pub fn describe_in(&self, lang: Lang) -> String {
        let t = i18n::sticker(lang);
        self.describe_with(
            |percent| t.correction_now(percent),
            |shift, mm| match shift {
                Shift::Right => t.correction_right(mm),
                Shift::Left => t.correction_left(mm),
                Shift::Down => t.correction_down(mm),
                Shift::Up => t.correction_up(mm),
            },
        )
    }

    /// The scale in percent, then each shift of at least 0.05 mm, worded by
    /// `scale` and `shift` (numbers to one decimal).
    fn describe_with(
        &self,
        scale: impl Fn(&str) -> String,
        shift: impl Fn(Shift, &str) -> String,
    ) -> String {
        let mut out = scale(&format!("{:.1}", self.scale * 100.0));
        for (v, plus, minus) in [
            (self.shift_x, Shift::Right, Shift::Left),
            (self.shift_y, Shift::Down, Shift::Up),
        ] {
            if v.abs() >= 0.05 {
                out.push_str(&shift(
                    if v > 0.0 { plus } else { minus },
                    &format!("{:.1}", v.abs()),
                ));
            }
        }
        out
    }
}

/// A direction the printer correction moves the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shift {
    Right,
    Left,
    Down,
    Up,
}

/// A length typed in mm.
fn parse_mm(text: &str) -> Option<f64> {
    let text = fold_digits(text);
    let text = text.trim_end_matches("mm").trim_end_matches("ｍｍ").trim();
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Length in mm of the ruler tick at `i` mm: long every 10, medium every 5.
fn ruler_tick_length(i: u32) -> f64 {
    if i.is_multiple_of(10) {
        8.0
    } else if i.is_multiple_of(5) {
        5.5
    } else {
        3.5
    }
}

/// The words printed on the calibration page.
pub(super) struct RulerWords {
    /// The heading.
    title: String,
    /// The numbered steps, then the current correction; each is wrapped to
    /// the page.
    pub(super) lines: Vec<String>,
    /// The note under the ruler across.
    scale_note: String,
}

impl RulerWords {
    /// The Japanese words.
    pub(super) fn ja(correction: PrintCorrection) -> Self {
        RulerWords {
            title: "100mm 校正用の定規".to_owned(),
            lines: vec![
                "1. 拡大・縮小なし（100%・実際のサイズ）で印刷してください。".to_owned(),
                "2. 下の目盛りの0から10までを、定規で測ってください（100mmが正しい長さです）。"
                    .to_owned(),
                format!(
                    "3. 左上の十字の中心が、紙の左端と上端から何mmかを測ってください（正しくは{MARK_MM}mm）。"
                ),
                "4. ずれていたら、測った長さをステッカー画面の「印刷のずれを直す」に入力します。"
                    .to_owned(),
                correction.describe(),
            ],
            scale_note: "cm（横・縦とも 0〜10 が 100mm）".to_owned(),
        }
    }

    /// The words in `lang`.
    #[cfg(feature = "full")]
    pub(super) fn in_lang(correction: PrintCorrection, lang: Lang) -> Self {
        let t = i18n::sticker(lang);
        RulerWords {
            title: t.ruler_title.to_owned(),
            lines: vec![
                t.ruler_step_1.to_owned(),
                t.ruler_step_2.to_owned(),
                t.ruler_step_3(&MARK_MM.to_string()),
                t.ruler_step_4.to_owned(),
                correction.describe_in(lang),
            ],
            scale_note: t.ruler_scale_note.to_owned(),
        }
    }
}

/// Left edge of the calibration page's text, in mm.
const RULER_TEXT_X: f64 = 20.0;
/// Size of the calibration page's text, in mm.
const RULER_TEXT_MM: f64 = 4.0;
/// Baseline of the first line of instructions, in mm.
pub(super) const RULER_TEXT_TOP: f64 = 40.0;
/// Distance between lines of instructions, in mm.
pub(super) const RULER_LINE_MM: f64 = 6.5;
/// The lowest baseline the instructions may reach: above the ruler's
/// numbers and clear of the ruler across (at 110 mm).
pub(super) const RULER_TEXT_BOTTOM: f64 = 100.0;

/// The calibration page: a 100 mm ruler across and one down, a cross
/// [`MARK_MM`] from the left and top edges, and instructions (in
/// Japanese). Printed with the current correction, so a second print shows
/// whether it is right.
pub fn render_ruler_svg(correction: PrintCorrection) -> String {
    ruler_svg(correction, &RulerWords::ja(correction))
}

/// [`render_ruler_svg`] with the instructions in `lang`.
#[cfg(feature = "full")]
pub fn render_ruler_svg_in(correction: PrintCorrection, lang: Lang) -> String {
    ruler_svg(correction, &RulerWords::in_lang(correction, lang))
}

/// The instructions broken into the lines that fit the page's width.
pub(super) fn ruler_lines(words: &RulerWords) -> Vec<String> {
    let (page_w, _) = A4_MM;
    let max_em = (page_w - 2.0 * RULER_TEXT_X) / RULER_TEXT_MM;
    words
        .lines
        .iter()
        .flat_map(|line| wrap(&clusters(line), max_em))
        .map(|(line, _)| line)
        .collect()
}

fn ruler_svg(correction: PrintCorrection, words: &RulerWords) -> String {
    let mut out = String::with_capacity(8 * 1024);
    open_page(&mut out, "sticker-ruler", correction);
    let arm = 6.0;
    _ = write!(
        out,
        r#"<path class="calibration-cross" d="M{} {m}h{}M{m} {}v{}" fill="none" stroke="{INK}" stroke-width="0.2"/>"#,
        mm(MARK_MM - arm),
        mm(2.0 * arm),
        mm(MARK_MM - arm),
        mm(2.0 * arm),
        m = mm(MARK_MM),
    );
    _ = write!(
        out,
        r#"<g font-family="{FONT_SANS}" fill="{INK}"><text x="32" y="28" font-size="7" font-weight="700">{}</text>"#,
        escape_markup(&words.title)
    );
    for (i, line) in ruler_lines(words).iter().enumerate() {
        let y = RULER_TEXT_TOP + RULER_LINE_MM * i as f64;
        if y > RULER_TEXT_BOTTOM {
            break;
        }
        _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}">{}</text>"#,
            mm(RULER_TEXT_X),
            mm(y),
            mm(RULER_TEXT_MM),
            escape_markup(line)
        );
    }
    out.push_str("</g>");

    // Across: 0 to 100 mm from x = 55, ticks every mm.
    let (x0, y0) = (55.0, 110.0);
    let mut ticks = String::new();
    let mut numbers = String::new();
    for i in 0..=100 {
        let len = ruler_tick_length(i);
        let x = x0 + f64::from(i);
        _ = write!(ticks, "M{} {}v{}", mm(x), mm(y0), mm(len));
        if i % 10 == 0 {
            _ = write!(
                numbers,
                r#"<text x="{}" y="{}" font-size="4" text-anchor="middle">{}</text>"#,
                mm(x),
                mm(y0 + 13.0),
                i / 10
            );
        }
    }
    // Down: 0 to 100 mm from y = 150, ticks every mm.
    let (x1, y1) = (40.0, 150.0);
    for i in 0..=100 {
        let len = ruler_tick_length(i);
        let y = y1 + f64::from(i);
        _ = write!(ticks, "M{} {}h{}", mm(x1), mm(y), mm(len));
        if i % 10 == 0 {
            _ = write!(
                numbers,
                r#"<text x="{}" y="{}" font-size="4">{}</text>"#,
                mm(x1 + 10.0),
                mm(y + 1.4),
                i / 10
            );
        }
    }
    _ = write!(
        out,
        r#"<path class="ruler" d="M{x0} {y0}h100M{x1} {y1}v100{ticks}" fill="none" stroke="{INK}" stroke-width="0.2"/><g font-family="{FONT_SANS}" fill="{INK}">{numbers}<text x="{tx}" y="{ty}" font-size="4">{note}</text></g>"#,
        tx = mm(x0),
        ty = mm(y0 + 22.0),
        note = escape_markup(&words.scale_note),
    );
    out.push_str("</g></svg>");
    out
}

/// Opens an A4 page SVG whose content is corrected for the printer: scaled
/// about the page's centre, then shifted.
pub(super) fn open_page(out: &mut String, class: &str, correction: PrintCorrection) {
    open_page_sized(out, class, "", A4_MM, correction);
}

/// Opens a page SVG of `page` mm (width, height) whose content is corrected
/// for the printer: scaled about the page's centre, then shifted. `attrs`
/// (markup, already escaped) go on the root element. Close it with
/// `</g></svg>`.
pub fn open_page_sized(
    out: &mut String,
    class: &str,
    attrs: &str,
    page: (f64, f64),
    correction: PrintCorrection,
) {
    let (pw, ph) = page;
    _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="{class}"{attrs} width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}"><rect width="{w}" height="{h}" fill="{WHITE}"/><g transform="translate({dx} {dy}) translate({cx} {cy}) scale({scale:.5}) translate(-{cx} -{cy})">"#,
        w = mm(pw),
        h = mm(ph),
        cx = mm(pw / 2.0),
        cy = mm(ph / 2.0),
        dx = mm(correction.shift_x),
        dy = mm(correction.shift_y),
        scale = correction.scale,
    );
}
