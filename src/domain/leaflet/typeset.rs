//! Typesetting for the printed layouts: text sizes in true millimetres,
//! line breaking by estimated width, blocks of rows, columns, and the SVG
//! they are written as. Widths are estimated on the safe side: Japanese with
//! the sticker's estimate ([`text_em`]), Latin letters and digits by letter
//! class, at least as wide as in the widest of the fonts the page names
//! first (Hiragino Sans, Yu Gothic, Noto Sans CJK JP), so that text stays in
//! its column.

use std::fmt::Write as _;

use crate::domain::lang::Lang;
use crate::domain::sticker::{FONT_SANS, QUIET_ZONE_MODULES, QrMatrix, mm, text_em};
use crate::domain::text::{escape_markup, is_japanese, japanese_runs};

/// One typographic point, in mm.
pub const PT: f64 = 25.4 / 72.0;
/// The smallest text printed: 9 pt, readable on a cheap office printer.
pub const MIN_TEXT_MM: f64 = 9.0 * PT;
/// The smallest phone number printed: 14 pt.
pub const MIN_NUMBER_MM: f64 = 14.0 * PT;

/// Black: everything printed is black on white, so a black-and-white
/// printer loses nothing.
pub const INK: &str = "#000000";
/// The pale grey behind headings (decoration only: the heading's words say
/// what it is).
pub const TINT: &str = "#e6e6e6";

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Font size, mm.
    pub size: f64,
    /// Bold.
    pub bold: bool,
    /// A class for tests and styles (`number` for phone numbers), or "".
    pub class: &'static str,
}

impl Style {
    /// Regular text of `size` mm.
    pub const fn plain(size: f64) -> Style {
        Style {
            size,
            bold: false,
            class: "",
        }
    }

    /// Bold text of `size` mm.
    pub const fn bold(size: f64) -> Style {
        Style {
            size,
            bold: true,
            class: "",
        }
    }

    /// The same style with a class.
    pub const fn class(self, class: &'static str) -> Style {
        Style { class, ..self }
    }
}

/// Distance between baselines, as a multiple of the font size.
pub const LINE: f64 = 1.2;
/// The height of a line holding a phone number, as a multiple of its size.
const NUMBER_LINE: f64 = 1.12;

/// Whether a line may not start with `c` (closing punctuation, small kana
/// marks): such a character stays at the end of the line before.
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '・'
            | '：'
            | '！'
            | '？'
            | 'ー'
            | '〜'
            | ')'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
    )
}

/// The estimated advance of a character, in em.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '!' | '|' | ':' | ';' | '·' => 0.3,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '/' => 0.4,
        'm' | 'w' => 0.86,
        'M' | 'W' | '@' => 0.92,
        'A'..='Z' => 0.68,
        '0'..='9' => 0.6,
        '–' => 0.56,
        c if c.is_ascii() => 0.56,
        c => text_em(c.encode_utf8(&mut [0; 4])),
    }
}

/// The estimated width of `text`, in em.
fn em_of(text: &str) -> f64 {
    text.chars().map(char_em).sum()
}

/// Splits `text` into units that a line may not break inside: a word of
/// Latin letters and digits (with what sticks to it), one Japanese
/// character (with `phrases`, a phrase: what stands between spaces and
/// after 、 or 。, as やさしい日本語 is written), or a space.
fn units(text: &str, phrases: bool) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let next = chars.peek().map(|&(_, n)| n);
        // A unit ends here unless the next character belongs to it.
        let joins = match next {
            None => false,
            Some(n) if n == ' ' || c == ' ' => false,
            Some(n) if no_line_start(n) => true,
            // A number keeps its counter (25日, 24時間).
            Some(n) if c.is_ascii_digit() && is_japanese(n) => true,
            Some(_) if phrases => !matches!(c, '、' | '。'),
            Some(n) => !is_japanese(c) && !is_japanese(n),
        };
        if !joins {
            out.push(&text[start..end]);
            start = end;
        }
    }
    out
}

/// Breaks `text` into lines of at most `width` mm at `size` mm: at spaces
/// and between Japanese characters (in やさしい日本語 only between its
/// phrases), never before closing punctuation; a word longer than a line is
/// cut where it must be.
pub fn wrap(text: &str, size: f64, width: f64, lang: Lang) -> Vec<String> {
    let max_em = width / size;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut em = 0.0;
    for unit in units(text, lang == Lang::Easy) {
        let w = em_of(unit);
        if unit == " " {
            if !line.is_empty() {
                line.push(' ');
                em += w;
            }
            continue;
        }
        if em + w > max_em && !line.trim_end().is_empty() {
            lines.push(line.trim_end().to_owned());
            line.clear();
            em = 0.0;
        }
        if w > max_em {
            // Too long for any line: cut it by characters.
            for c in unit.chars() {
                let cw = char_em(c);
                if em + cw > max_em && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    em = 0.0;
                }
                line.push(c);
                em += cw;
            }
            continue;
        }
        line.push_str(unit);
        em += w;
    }
    if !line.trim_end().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// The estimated width of `text` at `size` mm.
pub fn width_of(text: &str, size: f64) -> f64 {
    em_of(text) * size
}

/// One row of a block.
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    /// Text, wrapped to the block's width.
    Text(String, Style),
    /// Two texts on one line when they fit (a name and its number, a number
    /// and its cost), else the second wrapped below the first.
    Inline {
        /// The first text.
        first: String,
        /// Its style.
        first_style: Style,
        /// What follows it.
        after: String,
        /// The style of `after`.
        after_style: Style,
    },
    /// Empty space, mm.
    Gap(f64),
}

/// A stack of rows that stays together (one window, one heading).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// A class for the group the block is drawn in (`entry`), or "".
    pub class: &'static str,
    /// A `data-window` id for the group, or "".
    pub window: &'static str,
    /// A heading, kept with the block after it.
    pub heading: bool,
    /// A heading drawn as a bar (else as its text over a rule).
    pub bar: bool,
}

impl Block {
    /// The height of the block laid out `width` mm wide in `lang`.
    pub fn height(&self, width: f64, lang: Lang) -> f64 {
        let mut canvas = Canvas::measuring(lang);
        self.draw(&mut canvas, 0.0, 0.0, width)
    }

    /// Draws the block with its top-left corner at (`x`, `y`); returns its
    /// height.
    pub fn draw(&self, canvas: &mut Canvas, x: f64, y: f64, width: f64) -> f64 {
        let mut attrs = String::new();
        if !self.class.is_empty() {
            _ = write!(attrs, r#" class="{}""#, self.class);
        }
        if !self.window.is_empty() {
            _ = write!(attrs, r#" data-window="{}""#, escape_markup(self.window));
        }
        canvas.raw(&format!("<g{attrs}>"));
        let mut at = y;
        if self.heading && self.bar {
            at += canvas.heading_bar(self, x, y, width);
        } else if self.heading {
            for row in &self.rows {
                at += canvas.row(row, x, at, width);
            }
            at += 0.4;
            canvas.rule(x, at, width, 0.3);
            at += 0.8;
        } else {
            for row in &self.rows {
                at += canvas.row(row, x, at, width);
            }
        }
        canvas.raw("</g>");
        at - y
    }
}

/// An SVG being written (or only measured).
pub struct Canvas {
    out: String,
    /// The layout's language: in English, Japanese runs are marked.
    pub lang: Lang,
    measuring: bool,
    /// A corner kept free (a QR code at the bottom right): rows that would
    /// reach below `y` end at `x`.
    keep_free: Option<(f64, f64)>,
    /// Less space between lines of text (a card).
    tight: bool,
}

impl Canvas {
    /// A canvas for a layout in `lang`.
    pub fn new(lang: Lang) -> Canvas {
        Canvas {
            out: String::with_capacity(64 * 1024),
            lang,
            measuring: false,
            keep_free: None,
            tight: false,
        }
    }

    /// A canvas that only measures.
    fn measuring(lang: Lang) -> Canvas {
        Canvas {
            out: String::new(),
            lang,
            measuring: true,
            keep_free: None,
            tight: false,
        }
    }

    /// Sets lines closer (text at 1.14 of its size instead of 1.2, numbers,
    /// which have no descenders, at 1.04): for a pocket card.
    pub fn tighten(&mut self) {
        self.tight = true;
    }

    /// The distance between lines of text of `size` mm.
    fn leading(&self, size: f64) -> f64 {
        match (self.tight, size < MIN_NUMBER_MM) {
            (true, true) => size * 1.14,
            (true, false) => size * 1.04,
            (false, _) => size * line_factor(size),
        }
    }

    /// Keeps the bottom-right corner from (`x`, `y`) free of text: a row that
    /// would reach below `y` is set narrower, to end at `x`.
    pub fn keep_free(&mut self, x: f64, y: f64) {
        self.keep_free = Some((x, y));
    }

    /// Appends markup as it is.
    pub fn raw(&mut self, markup: &str) {
        if !self.measuring {
            self.out.push_str(markup);
        }
    }

    /// What was written.
    pub fn finish(self) -> String {
        self.out
    }

    /// One line of text with its baseline at `y`; `anchor` is `start`,
    /// `middle` or `end`. In an English layout, Japanese runs are marked
    /// `lang="ja"`.
    pub fn text(&mut self, text: &str, style: Style, x: f64, y: f64, anchor: &str) {
        if self.measuring || text.is_empty() {
            return;
        }
        _ = write!(
            self.out,
            r#"<text x="{}" y="{}" font-size="{}""#,
            mm(x),
            mm(y),
            mm(style.size)
        );
        if style.bold {
            self.out.push_str(r#" font-weight="700""#);
        }
        if anchor != "start" {
            _ = write!(self.out, r#" text-anchor="{anchor}""#);
        }
        if !style.class.is_empty() {
            _ = write!(self.out, r#" class="{}""#, style.class);
        }
        self.out.push('>');
        if self.lang == Lang::En {
            for (japanese, run) in japanese_runs(text) {
                if japanese {
                    _ = write!(
                        self.out,
                        r#"<tspan lang="ja">{}</tspan>"#,
                        escape_markup(run)
                    );
                } else {
                    self.out.push_str(&escape_markup(run));
                }
            }
        } else {
            self.out.push_str(&escape_markup(text));
        }
        self.out.push_str("</text>");
    }

    /// Wrapped text from the top `y`; returns the height used.
    pub fn paragraph(&mut self, text: &str, style: Style, x: f64, y: f64, width: f64) -> f64 {
        let lines = wrap(text, style.size, width, self.lang);
        let line = self.leading(style.size);
        for (i, text) in lines.iter().enumerate() {
            let baseline = y + style.size * 0.92 + line * i as f64;
            self.text(text, style, x, baseline, "start");
        }
        lines.len() as f64 * line
    }

    /// A filled rectangle.
    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        self.raw(&format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}"/>"#,
            mm(x),
            mm(y),
            mm(w),
            mm(h)
        ));
    }

    /// An outlined rectangle.
    pub fn frame(&mut self, x: f64, y: f64, w: f64, h: f64, stroke: f64) {
        self.raw(&format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="{INK}" stroke-width="{}"/>"#,
            mm(x),
            mm(y),
            mm(w),
            mm(h),
            mm(stroke)
        ));
    }

    /// A horizontal rule.
    pub fn rule(&mut self, x: f64, y: f64, w: f64, stroke: f64) {
        self.raw(&format!(
            r#"<path d="M{} {}h{}" stroke="{INK}" stroke-width="{}"/>"#,
            mm(x),
            mm(y),
            mm(w),
            mm(stroke)
        ));
    }

    /// One row of a block at top `y`; returns its height.
    fn row(&mut self, row: &Row, x: f64, y: f64, width: f64) -> f64 {
        let width = match self.keep_free {
            Some((free_x, free_y)) => {
                let mut measure = Canvas::measuring(self.lang);
                measure.tight = self.tight;
                let full = measure.row(row, x, y, width);
                if y + full > free_y {
                    width.min(free_x - x)
                } else {
                    width
                }
            }
            None => width,
        };
        match row {
            Row::Gap(h) => *h,
            Row::Text(text, style) => self.paragraph(text, *style, x, y, width),
            Row::Inline {
                first,
                first_style,
                after,
                after_style,
            } => {
                let first_w = width_of(first, first_style.size);
                let gap = first_style.size.min(after_style.size) * 0.6;
                let fits =
                    after.is_empty() || first_w + gap + width_of(after, after_style.size) <= width;
                if first_w > width || !fits {
                    let h = self.paragraph(first, *first_style, x, y, width);
                    return h + self.paragraph(after, *after_style, x, y + h, width);
                }
                let big = if after.is_empty() {
                    first_style.size
                } else {
                    first_style.size.max(after_style.size)
                };
                let baseline = y + big * 0.92;
                self.text(first, *first_style, x, baseline, "start");
                self.text(after, *after_style, x + first_w + gap, baseline, "start");
                self.leading(big)
            }
        }
    }

    /// A heading block: its first row on a tinted bar (a text, or a title
    /// and a lead after it); returns the height used.
    fn heading_bar(&mut self, block: &Block, x: f64, y: f64, width: f64) -> f64 {
        let Some(row) = block.rows.first() else {
            return 0.0;
        };
        let size = match row {
            Row::Text(_, style) => style.size,
            Row::Inline {
                first_style,
                after_style,
                ..
            } => first_style.size.max(after_style.size),
            Row::Gap(_) => return 0.0,
        };
        let pad = size * 0.3;
        let mut measure = Canvas::measuring(self.lang);
        let h = measure.row(row, 0.0, 0.0, width - 2.0 * pad) + 2.0 * pad;
        self.rect(x, y, width, h, TINT);
        self.row(row, x + pad, y + pad, width - 2.0 * pad);
        h + size * 0.35
    }

    /// A QR code with its quiet zone, `side` mm square including the quiet
    /// zone, top-left at (`x`, `y`). The caller has checked the module size.
    pub fn qr(&mut self, qr: &QrMatrix, x: f64, y: f64, side: f64) {
        let modules = qr.width() + 2 * QUIET_ZONE_MODULES;
        let module = side / modules as f64;
        let quiet = QUIET_ZONE_MODULES as f64 * module;
        self.raw(&format!(
            r##"<rect class="qr-tile" x="{}" y="{}" width="{s}" height="{s}" fill="#ffffff"/><path class="qr-modules" transform="translate({} {}) scale({:.5})" fill="{INK}" d="{}"/>"##,
            mm(x),
            mm(y),
            mm(x + quiet),
            mm(y + quiet),
            module,
            qr.path_data(),
            s = mm(side),
        ));
    }
}

/// The line height for text of `size` mm: large type (numbers, titles)
/// needs less leading.
fn line_factor(size: f64) -> f64 {
    if size >= MIN_NUMBER_MM {
        NUMBER_LINE
    } else {
        LINE
    }
}

/// The height of `text` wrapped to `width` at `size` in `lang`, mm.
pub fn paragraph_height(text: &str, size: f64, width: f64, lang: Lang) -> f64 {
    wrap(text, size, width, lang).len() as f64 * size * line_factor(size)
}

/// Opens the group every layout draws its text in: the font and colour.
pub fn open_text_group(canvas: &mut Canvas) {
    canvas.raw(&format!(r#"<g font-family="{FONT_SANS}" fill="{INK}">"#));
}

/// Where blocks go when they flow through columns: for each block, its
/// frame index and top, in mm from the frame's top.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// (frame, top) for each block, in order.
    pub places: Vec<(usize, f64)>,
    /// The height used in each frame.
    pub used: Vec<f64>,
}

impl Flow {
    /// Whether everything went into the first `frames` frames.
    pub fn fits_in(&self, frames: usize) -> bool {
        self.used.len() <= frames
    }
}

/// Flows blocks of the given heights through frames (columns) of the given
/// heights, the last repeated as often as needed, `gap` apart. When the
/// blocks fit in the frames given, they are balanced so the fullest frame is
/// as short as can be; otherwise each frame is filled in turn. A heading
/// stays in the frame of the block after it.
pub fn flow(heights: &[f64], headings: &[bool], capacities: &[f64], gap: f64) -> Flow {
    let capacity = |frame: usize| {
        capacities
            .get(frame)
            .or(capacities.last())
            .copied()
            .unwrap_or(f64::INFINITY)
    };
    // Greedy fill with every frame at most `limit`; None when more frames
    // than `max_frames` would be needed.
    let fill = |limit: f64, max_frames: Option<usize>| -> Option<Flow> {
        let mut places = Vec::with_capacity(heights.len());
        let mut used = vec![0.0f64];
        let mut i = 0;
        while i < heights.len() {
            let frame = used.len() - 1;
            let top = if used[frame] > 0.0 {
                used[frame] + gap
            } else {
                0.0
            };
            let with_next = headings[i] && i + 1 < heights.len();
            let need = if with_next {
                heights[i] + gap + heights[i + 1]
            } else {
                heights[i]
            };
            let fits = top + need <= capacity(frame).min(limit) + 1e-9;
            // A frame too short for the block even when empty is skipped,
            // unless it is the last kind of frame there is.
            let hopeless = need > capacity(frame) + 1e-9 && frame + 1 < capacities.len();
            if !fits && (used[frame] > 0.0 || hopeless) {
                if max_frames.is_some_and(|m| used.len() >= m) {
                    return None;
                }
                used.push(0.0);
                continue;
            }
            places.push((frame, top));
            used[frame] = top + heights[i];
            i += 1;
            if with_next {
                places.push((frame, used[frame] + gap));
                used[frame] += gap + heights[i];
                i += 1;
            }
        }
        if max_frames.is_some_and(|m| used.len() > m) {
            return None;
        }
        Some(Flow { places, used })
    };
    let frames = capacities.len().max(1);
    let total: f64 = heights.iter().sum::<f64>() + gap * heights.len() as f64;
    if let Some(whole) = fill(f64::INFINITY, Some(frames)) {
        // Balance: the smallest limit that still fits.
        let (mut lo, mut hi) = (total / frames as f64 - gap, total);
        let mut best = whole;
        for _ in 0..40 {
            let mid = (lo + hi) / 2.0;
            match fill(mid, Some(frames)) {
                Some(f) => {
                    best = f;
                    hi = mid;
                }
                None => lo = mid,
            }
        }
        return best;
    }
    fill_in_order(heights, headings, capacities, gap)
}

/// Flows blocks through frames of the given heights (the last repeated)
/// filling each in turn: for content that goes on over several pages.
pub fn fill_in_order(heights: &[f64], headings: &[bool], capacities: &[f64], gap: f64) -> Flow {
    let capacity = |frame: usize| {
        capacities
            .get(frame)
            .or(capacities.last())
            .copied()
            .unwrap_or(f64::INFINITY)
    };
    let mut places = Vec::with_capacity(heights.len());
    let mut used = vec![0.0f64];
    let mut i = 0;
    while i < heights.len() {
        let frame = used.len() - 1;
        let top = if used[frame] > 0.0 {
            used[frame] + gap
        } else {
            0.0
        };
        let with_next = headings[i] && i + 1 < heights.len();
        let need = if with_next {
            heights[i] + gap + heights[i + 1]
        } else {
            heights[i]
        };
        let fits = top + need <= capacity(frame) + 1e-9;
        let hopeless = need > capacity(frame) + 1e-9 && frame + 1 < capacities.len();
        if !fits && (used[frame] > 0.0 || hopeless) {
            used.push(0.0);
            continue;
        }
        places.push((frame, top));
        used[frame] = top + heights[i];
        i += 1;
        if with_next {
            places.push((frame, used[frame] + gap));
            used[frame] += gap + heights[i];
            i += 1;
        }
    }
    Flow { places, used }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_and_fourteen_points_in_mm() {
        assert!((MIN_TEXT_MM - 3.175).abs() < 0.001);
        assert!((MIN_NUMBER_MM - 4.939).abs() < 0.001);
    }

    #[test]
    fn english_breaks_between_words_and_japanese_between_characters() {
        let lines = wrap(
            "Every day 16:00–21:00 and more words here",
            4.0,
            40.0,
            Lang::En,
        );
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(width_of(line, 4.0) <= 40.0 + 1e-9, "{line}");
            assert!(!line.starts_with(' ') && !line.ends_with(' '));
        }
        assert_eq!(lines.join(" "), "Every day 16:00–21:00 and more words here");
        let ja = wrap(
            "受付時間は市役所の開庁時間です。くわしくは電話でおたずねください。",
            4.0,
            40.0,
            Lang::Ja,
        );
        assert!(ja.len() > 1);
        assert_eq!(
            ja.concat(),
            "受付時間は市役所の開庁時間です。くわしくは電話でおたずねください。"
        );
        for line in &ja {
            assert!(!line.starts_with(['。', '、']), "{line}");
            assert!(width_of(line, 4.0) <= 40.0 + 4.0, "{line}");
        }
    }

    #[test]
    fn easy_japanese_breaks_between_its_phrases() {
        let text =
            "電話できる 時間は、市役所が 開いて いる 時間です。くわしくは 電話で 聞いて ください。";
        let lines = wrap(text, 4.0, 40.0, Lang::Easy);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        let phrases: Vec<&str> = text.split(' ').collect();
        for line in &lines {
            for word in line.split(' ') {
                assert!(
                    phrases.iter().any(|p| p.contains(word)),
                    "{word} cuts a phrase"
                );
            }
        }
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut() {
        let lines = wrap(&"x".repeat(200), 4.0, 20.0, Lang::En);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| width_of(l, 4.0) <= 20.0 + 1e-9));
        assert!(wrap("", 4.0, 20.0, Lang::Ja).is_empty());
        assert!(wrap("   ", 4.0, 20.0, Lang::Ja).is_empty());
    }

    #[test]
    fn japanese_is_marked_in_english_layouts_and_markup_is_escaped() {
        let mut canvas = Canvas::new(Lang::En);
        canvas.text(
            "よりそいホットライン <b>&</b> Yorisoi",
            Style::plain(4.0),
            0.0,
            4.0,
            "start",
        );
        let svg = canvas.finish();
        assert!(svg.contains(r#"<tspan lang="ja">よりそいホットライン</tspan>"#));
        assert!(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        let mut canvas = Canvas::new(Lang::Ja);
        canvas.text("よりそい", Style::plain(4.0), 0.0, 4.0, "start");
        assert!(!canvas.finish().contains("tspan"));
    }

    #[test]
    fn flow_balances_what_fits_and_spills_what_does_not() {
        let heights = [10.0, 10.0, 10.0, 10.0];
        let f = flow(&heights, &[false; 4], &[100.0, 100.0], 0.0);
        assert!(f.fits_in(2));
        assert!((f.used[0] - 20.0).abs() < 0.01 && (f.used[1] - 20.0).abs() < 0.01);
        let f = flow(&heights, &[false; 4], &[15.0, 15.0], 0.0);
        assert_eq!(f.used.len(), 4, "one block per frame");
        // Frames of their own heights: no block goes past its frame; a
        // frame too short for any block stays empty.
        for caps in [[30.0, 10.0, 100.0], [25.0, 5.0, 100.0], [12.0, 12.0, 12.0]] {
            let f = flow(&heights, &[false; 4], &caps, 0.0);
            for (i, (frame, top)) in f.places.iter().enumerate() {
                assert!(top + heights[i] <= caps[(*frame).min(2)] + 1e-9, "{caps:?}");
            }
        }
        let f = flow(&heights, &[false; 4], &[25.0, 5.0, 100.0], 0.0);
        assert_eq!(f.used[1], 0.0);
        // A heading is never the last thing in a frame.
        let f = flow(
            &[5.0, 5.0, 5.0, 10.0],
            &[false, false, true, false],
            &[16.0, 16.0],
            0.0,
        );
        assert_eq!(f.places[2].0, 1);
        let heading_frame = f.places[2].0;
        assert_eq!(f.places[3].0, heading_frame);
    }
}
