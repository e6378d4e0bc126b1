//! Text on a sticker: cleaning what was typed, estimating widths, breaking
//! lines, and fitting the spot's name into its box.

use super::art::{Label, LabelRole, Rect};

/// Cleans user text for printing: control characters, line breaks and runs
/// of spaces become one space; characters XML cannot hold and bidi controls
/// are dropped; the ends are trimmed.
pub fn clean_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        let dropped = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(c as u32, 0xFDD0..=0xFDEF)
            || (c as u32 & 0xFFFE) == 0xFFFE;
        if dropped || (c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            continue;
        }
        out.push(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Estimated advance of a character, in em; generous, so that estimates
/// err towards more space.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '!' | '|' | ':' | ';' => 0.32,
        'm' | 'w' | 'M' | 'W' | '@' => 0.9,
        'A'..='Z' | '0'..='9' => 0.68,
        c if c.is_ascii() => 0.58,
        '\u{FF61}'..='\u{FF9F}' => 0.55,
        '\u{2600}'..='\u{27BF}' | '\u{1F000}'.. => 1.25,
        _ => 1.0,
    }
}

/// The estimated width of `text` in em (generous, as for the spot name).
pub fn text_em(text: &str) -> f64 {
    clusters(text).iter().map(|(_, em)| em).sum()
}

/// Characters that attach to the one before (joiners, variation selectors,
/// combining marks, skin tones, tags): a line never breaks before them.
fn extends(c: char) -> bool {
    matches!(c,
        '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{0300}'..='\u{036F}' | '\u{3099}' | '\u{309A}'
        | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}' | '\u{20E3}')
}

fn regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Splits text into what a reader sees as single characters (emoji with
/// joiners, flags, combining marks), each with its estimated width in em.
pub(super) fn clusters(text: &str) -> Vec<(String, f64)> {
    let mut out: Vec<(String, f64)> = Vec::new();
    let mut join_next = false;
    for c in text.chars() {
        let attach = match out.last() {
            Some((last, _)) => {
                join_next
                    || extends(c)
                    || (regional_indicator(c)
                        && last.chars().count() == 1
                        && last.chars().all(regional_indicator))
            }
            None => false,
        };
        match out.last_mut() {
            Some((last, _)) if attach => last.push(c),
            _ => out.push((c.to_string(), char_em(c))),
        }
        join_next = c == '\u{200D}';
    }
    out
}

/// Greedy line breaking at cluster boundaries; a line holds at most
/// `max_em`. Returns each line with its width in em.
pub(super) fn wrap(clusters: &[(String, f64)], max_em: f64) -> Vec<(String, f64)> {
    let mut lines: Vec<(String, f64)> = Vec::new();
    let mut line = String::new();
    let mut em = 0.0;
    for (cluster, width) in clusters {
        if em + width > max_em && !line.is_empty() {
            let trimmed = line.trim_end().to_owned();
            let trimmed_em = em
                - if line.ends_with(' ') {
                    char_em(' ')
                } else {
                    0.0
                };
            lines.push((trimmed, trimmed_em));
            line.clear();
            em = 0.0;
        }
        if line.is_empty() && cluster == " " {
            continue;
        }
        line.push_str(cluster);
        em += width;
    }
    if !line.is_empty() {
        lines.push((line, em));
    }
    lines
}

/// Fits the spot's name into `area`: the largest font that fits on one or
/// two lines; below the smallest readable size, the name is cut with "…".
pub(super) fn fit_spot_name(name: &str, area: Rect, sticker_w: f64) -> Vec<Label> {
    let name = clean_text(name);
    if name.is_empty() {
        return Vec::new();
    }
    const LINE: f64 = 1.2;
    let max_lines = 2;
    let max_fs = (0.058 * sticker_w).min(area.h / LINE);
    // About 5 pt on the smallest sticker: still readable at arm's length.
    let min_fs = (0.034 * sticker_w).min(area.h / (LINE * max_lines as f64));
    let parts = clusters(&name);

    let mut fs = max_fs;
    let mut lines = wrap(&parts, area.w / fs);
    while lines.len() > max_lines || lines.len() as f64 * fs * LINE > area.h + 1e-9 {
        if fs <= min_fs {
            // Too long at the smallest size: keep what fits and mark the cut.
            lines.truncate(max_lines);
            if let Some(last) = lines.last_mut() {
                let limit = area.w / fs - char_em('…');
                let mut kept = String::new();
                let mut em = 0.0;
                for (cluster, width) in clusters(&last.0) {
                    if em + width > limit {
                        break;
                    }
                    kept.push_str(&cluster);
                    em += width;
                }
                *last = (format!("{}…", kept.trim_end()), em + char_em('…'));
            }
            break;
        }
        fs = (fs * 0.94).max(min_fs);
        lines = wrap(&parts, area.w / fs);
    }

    let block = lines.len() as f64 * fs * LINE;
    let top = area.y + (area.h - block) / 2.0;
    lines
        .into_iter()
        .enumerate()
        .map(|(i, (text, em))| {
            let width = (em * fs).min(area.w);
            Label {
                role: LabelRole::SpotName,
                text,
                cx: area.x + area.w / 2.0,
                baseline: top + i as f64 * fs * LINE + 0.98 * fs,
                font_size: fs,
                width,
                squeeze: width > 0.85 * area.w,
            }
        })
        .collect()
}
