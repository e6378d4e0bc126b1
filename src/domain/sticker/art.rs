//! The sticker's art: where everything goes on one sticker (the QR tile,
//! the text, the エンゼルランプ flowers), in mm, and its drawing as SVG.
//!
//! A sticker hangs in the city for years, for anyone: its words
//! ([`super::TITLE`], [`super::TAGLINE`], …) are Japanese whatever the
//! language of the studio, and live in the domain by design.

use std::fmt::Write as _;

use crate::domain::text::escape_markup;

use super::qr::QrMatrix;
use super::typeset::{clean_text, fit_spot_name, text_em};
use super::{
    ACCENT, BADGE, FONT_ROUND, FONT_SANS, INK, INK_SOFT, LEAF, MIN_MODULE_MM, NETWORK, PETAL,
    PETAL_LIGHT, PETAL_SHADE, QR_DARK, QUIET_ZONE_MODULES, STEM, Sticker, StickerError,
    StickerSize, TAGLINE, TILE_PAD_MODULES, TITLE, TRADEMARK_NOTE, WHITE, YELLOW, YELLOW_EDGE,
};

/// An axis-aligned rectangle in mm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether the two rectangles share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// Whether `other` lies entirely inside this rectangle.
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f64 = 1e-9;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }
}

/// What a line of text is on the sticker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelRole {
    /// 「つながるいのち」.
    Title,
    /// 「協力スポット」 on its badge.
    Badge,
    /// The network's full name.
    Network,
    /// 「悩みを相談できる窓口はこちら」.
    Tagline,
    /// One line of the spot's name.
    SpotName,
    /// The trademark footnote.
    Footnote,
}

/// One line of text, centred on `cx`.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// What the line is.
    pub role: LabelRole,
    /// The text, not yet escaped.
    pub text: String,
    /// Horizontal centre, mm.
    pub cx: f64,
    /// Baseline, mm.
    pub baseline: f64,
    /// Font size, mm.
    pub font_size: f64,
    /// Estimated width, mm (generous for CJK and emoji).
    pub width: f64,
    /// Draw exactly `width` wide, so a long line can never overflow.
    pub squeeze: bool,
}

impl Label {
    /// The box the glyphs occupy (CJK fonts: 0.88 em above the baseline,
    /// 0.12 em below).
    pub fn bounds(&self) -> Rect {
        Rect {
            x: self.cx - self.width / 2.0,
            y: self.baseline - 0.88 * self.font_size,
            w: self.width,
            h: self.font_size,
        }
    }
}

/// One エンゼルランプ sprig: an arching stem with leaves and hanging bells,
/// drawn in a [`SPRIG_BOX`] box and placed by scale and mirroring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sprig {
    /// Left edge, mm.
    pub x: f64,
    /// Top edge, mm.
    pub y: f64,
    /// mm per sprig unit.
    pub scale: f64,
    /// Arches to the left instead of the right.
    pub mirror: bool,
    /// How many bells hang from it (2 to 4).
    pub bells: usize,
}

/// The sprig's own drawing box, in sprig units.
pub const SPRIG_BOX: (f64, f64) = (100.0, 70.0);

impl Sprig {
    /// The area the sprig may draw into.
    pub fn bounds(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            w: SPRIG_BOX.0 * self.scale,
            h: SPRIG_BOX.1 * self.scale,
        }
    }

    /// The largest sprig that fits `zone`, aligned to its top and to the
    /// side it arches from.
    fn fit(zone: Rect, mirror: bool, bells: usize) -> Option<Sprig> {
        if zone.w <= 0.0 || zone.h <= 0.0 {
            return None;
        }
        let scale = (zone.w / SPRIG_BOX.0).min(zone.h / SPRIG_BOX.1);
        let w = SPRIG_BOX.0 * scale;
        let x = if mirror { zone.right() - w } else { zone.x };
        Some(Sprig {
            x,
            y: zone.y,
            scale,
            mirror,
            bells,
        })
    }
}

/// Where everything goes on one sticker, in mm.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The chosen format.
    pub size: StickerSize,
    /// Width, mm.
    pub width: f64,
    /// Height, mm.
    pub height: f64,
    /// The URL the QR code encodes.
    pub url: String,
    /// The QR code.
    pub qr: QrMatrix,
    /// Side of one module, mm.
    pub module_mm: f64,
    /// The white tile: code, quiet zone and a rounded margin.
    pub tile: Rect,
    /// The code's own modules (inside the quiet zone).
    pub code: Rect,
    /// The badge behind 「協力スポット」.
    pub badge: Rect,
    /// Every line of text.
    pub labels: Vec<Label>,
    /// The flowers.
    pub sprigs: Vec<Sprig>,
}

/// Lays out a sticker. Fails on a bad base URL, or when the QR modules
/// would be smaller than [`MIN_MODULE_MM`] at the chosen size.
pub fn layout(sticker: &Sticker) -> Result<Layout, StickerError> {
    let url = sticker.url()?;
    let qr = QrMatrix::encode(&url)?;
    let size = sticker.size;
    let (w, h) = size.size_mm();

    let margin = 0.04 * w;
    let gap = 0.014 * w;
    let fs_title = 0.112 * w;
    let fs_badge = 0.046 * w;
    let badge_h = 1.5 * fs_badge;
    let fs_network = 0.040 * w;
    let fs_tagline = 0.048 * w;
    let tile_side = size.qr_share() * w;
    let name_h = size.name_share() * w;
    let fs_foot = (0.026 * w).min(3.2);

    let stack = margin
        + fs_title
        + gap
        + badge_h
        + 0.6 * gap
        + fs_network
        + gap
        + fs_tagline
        + gap
        + tile_side
        + 0.6 * gap
        + name_h
        + 0.4 * gap
        + fs_foot
        + margin;
    // Posters are taller than wide: the extra height becomes two bands of
    // flowers, above the title and above the footnote.
    let band = ((h - stack) / 2.0).max(0.0);

    let modules = qr.width() as f64 + 2.0 * (QUIET_ZONE_MODULES as f64 + TILE_PAD_MODULES);
    let module_mm = tile_side / modules;
    if module_mm < MIN_MODULE_MM {
        return Err(StickerError::ModulesTooSmall { size, module_mm });
    }

    let cx = w / 2.0;
    let mut labels = Vec::new();
    let fixed = |role, text: &str, top: f64, fs: f64| Label {
        role,
        text: text.to_owned(),
        cx,
        baseline: top + 0.88 * fs,
        font_size: fs,
        width: text_em(text) * fs,
        squeeze: false,
    };

    let mut y = margin + band;
    let band_top = Rect {
        x: margin,
        y: margin,
        w: w - 2.0 * margin,
        h: band - gap,
    };
    labels.push(fixed(LabelRole::Title, TITLE, y, fs_title));
    y += fs_title + gap;

    let badge_w = text_em(BADGE) * fs_badge + 1.6 * fs_badge;
    let badge = Rect {
        x: cx - badge_w / 2.0,
        y,
        w: badge_w,
        h: badge_h,
    };
    labels.push(Label {
        baseline: y + badge_h / 2.0 + 0.38 * fs_badge,
        ..fixed(LabelRole::Badge, BADGE, y, fs_badge)
    });
    let badge_zone_bottom = y + badge_h + 0.6 * gap;
    y = badge_zone_bottom;

    labels.push(fixed(LabelRole::Network, NETWORK, y, fs_network));
    y += fs_network + gap;
    labels.push(fixed(LabelRole::Tagline, TAGLINE, y, fs_tagline));
    y += fs_tagline + gap;

    let tile = Rect {
        x: cx - tile_side / 2.0,
        y,
        w: tile_side,
        h: tile_side,
    };
    let inset = (QUIET_ZONE_MODULES as f64 + TILE_PAD_MODULES) * module_mm;
    let code = Rect {
        x: tile.x + inset,
        y: tile.y + inset,
        w: qr.width() as f64 * module_mm,
        h: qr.width() as f64 * module_mm,
    };
    y += tile_side + 0.6 * gap;

    let name_box = Rect {
        x: margin,
        y,
        w: w - 2.0 * margin,
        h: name_h,
    };
    labels.extend(fit_spot_name(&sticker.spot_name, name_box, w));
    y += name_h + 0.4 * gap;
    let band_bottom = Rect {
        x: margin,
        y,
        w: w - 2.0 * margin,
        h: band - gap,
    };
    labels.push(fixed(
        LabelRole::Footnote,
        TRADEMARK_NOTE,
        h - margin - fs_foot,
        fs_foot,
    ));

    // Flowers: beside the QR tile, beside the badge and in the poster bands,
    // always at least `gap` away from the tile and from the text.
    let edge = margin / 2.0;
    let mut sprigs = Vec::new();
    let side_w = tile.x - gap - edge;
    for mirror in [false, true] {
        let x = if mirror { tile.right() + gap } else { edge };
        let upper = Rect {
            x,
            y: tile.y,
            w: side_w,
            h: tile.h * 0.5,
        };
        let lower = Rect {
            x: if mirror { x } else { x + side_w * 0.12 },
            y: tile.y + tile.h * 0.52,
            w: side_w * 0.88,
            h: tile.h * 0.48,
        };
        // Upper and lower sprigs arch in opposite directions.
        sprigs.extend(Sprig::fit(upper, mirror, 4));
        sprigs.extend(Sprig::fit(lower, !mirror, 3));
        let beside_badge = Rect {
            x: if mirror { badge.right() + gap } else { edge },
            y: badge.y,
            w: badge.x - gap - edge,
            h: badge_zone_bottom - badge.y,
        };
        sprigs.extend(Sprig::fit(beside_badge, mirror, 2));
    }
    for (band, bells) in [(band_top, 4), (band_bottom, 3)] {
        if band.h <= 0.0 {
            continue;
        }
        let count = 3;
        let slot = band.w / count as f64;
        for i in 0..count {
            let zone = Rect {
                x: band.x + slot * i as f64,
                y: band.y,
                w: slot * 0.92,
                h: band.h,
            };
            sprigs.extend(Sprig::fit(zone, i % 2 == 1, bells));
        }
    }

    Ok(Layout {
        size,
        width: w,
        height: h,
        url,
        qr,
        module_mm,
        tile,
        code,
        badge,
        labels,
        sprigs,
    })
}

// ---------------------------------------------------------------------------
// Drawing

/// Formats a length in mm with at most three decimals.
pub fn mm(value: f64) -> String {
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// The sticker as a standalone SVG element, sized in mm.
pub fn render_svg(sticker: &Sticker) -> Result<String, StickerError> {
    let layout = layout(sticker)?;
    let mut out = String::with_capacity(24 * 1024);
    _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}" role="img" aria-label="{label}">"#,
        w = mm(layout.width),
        h = mm(layout.height),
        label = escape_markup(&aria_label(sticker)),
    );
    draw(&layout, &mut out);
    out.push_str("</svg>");
    Ok(out)
}

/// The sticker as an SVG file: [`render_svg`] with an XML declaration.
pub fn render_svg_file(sticker: &Sticker) -> Result<String, StickerError> {
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        render_svg(sticker)?
    ))
}

fn aria_label(sticker: &Sticker) -> String {
    let name = clean_text(&sticker.spot_name);
    if name.is_empty() {
        format!("{BADGE}ステッカー「{TITLE}」")
    } else {
        format!("{BADGE}ステッカー「{TITLE}」{name}")
    }
}

/// Draws the content of a sticker (in mm user units) into `out`.
pub(super) fn draw(layout: &Layout, out: &mut String) {
    let (w, h) = (layout.width, layout.height);
    _ = write!(
        out,
        "<title>{BADGE}ステッカー {TITLE}</title><desc>QRコードの読み取り先: {url}</desc>",
        url = escape_markup(&layout.url)
    );
    // Background and a soft inner border.
    _ = write!(
        out,
        r#"<rect class="sticker-bg" x="0" y="0" width="{}" height="{}" fill="{YELLOW}"/>"#,
        mm(w),
        mm(h)
    );
    let inset = 0.02 * w;
    _ = write!(
        out,
        r#"<rect x="{i}" y="{i}" width="{}" height="{}" rx="{r}" fill="none" stroke="{YELLOW_EDGE}" stroke-width="{sw}"/>"#,
        mm(w - 2.0 * inset),
        mm(h - 2.0 * inset),
        i = mm(inset),
        r = mm(0.04 * w),
        sw = mm(0.006 * w),
    );

    for sprig in &layout.sprigs {
        draw_sprig(sprig, out);
    }

    // The QR tile: white, with the quiet zone inside; the rounded corners
    // are cut from the extra margin only.
    let t = layout.tile;
    _ = write!(
        out,
        r#"<rect class="qr-tile" x="{}" y="{}" width="{}" height="{}" rx="{r}" fill="{WHITE}"/>"#,
        mm(t.x),
        mm(t.y),
        mm(t.w),
        mm(t.h),
        r = mm(TILE_PAD_MODULES * layout.module_mm),
    );
    _ = write!(
        out,
        r#"<path class="qr-modules" transform="translate({} {}) scale({:.5})" fill="{QR_DARK}" d="{}"/>"#,
        mm(layout.code.x),
        mm(layout.code.y),
        layout.module_mm,
        layout.qr.path_data()
    );

    // Badge behind 「協力スポット」.
    let b = layout.badge;
    _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{r}" fill="{ACCENT}"/>"#,
        mm(b.x),
        mm(b.y),
        mm(b.w),
        mm(b.h),
        r = mm(b.h / 2.0),
    );

    _ = write!(out, r#"<g text-anchor="middle" font-family="{FONT_SANS}">"#);
    for label in &layout.labels {
        let (fill, weight, font) = match label.role {
            LabelRole::Title => (ACCENT, "700", Some(FONT_ROUND)),
            LabelRole::Badge => (WHITE, "700", None),
            LabelRole::Network => (INK, "700", None),
            LabelRole::Tagline => (INK, "700", Some(FONT_ROUND)),
            LabelRole::SpotName => (INK, "700", None),
            LabelRole::Footnote => (INK_SOFT, "400", None),
        };
        let class = match label.role {
            LabelRole::SpotName => r#" class="spot-name""#,
            LabelRole::Footnote => r#" class="footnote""#,
            _ => "",
        };
        _ = write!(
            out,
            r#"<text{class} x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}""#,
            mm(label.cx),
            mm(label.baseline),
            mm(label.font_size),
        );
        if let Some(font) = font {
            _ = write!(out, r#" font-family="{font}""#);
        }
        if label.squeeze {
            _ = write!(
                out,
                r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
                mm(label.width)
            );
        }
        _ = write!(out, ">{}</text>", escape_markup(&label.text));
    }
    out.push_str("</g>");
}

/// Where the bells hang on the stem (sprig units): attach point, stalk
/// length and sway in degrees.
const BELLS: [(f64, f64, f64, f64); 4] = [
    (66.0, 8.0, 8.0, 4.0),
    (47.0, 12.0, 10.0, -5.0),
    (85.0, 12.0, 9.0, 6.0),
    (29.0, 23.0, 8.0, -3.0),
];

/// One エンゼルランプ sprig: an arching stem, round fleshy leaves near its
/// base, and bell-shaped flowers hanging from thin stalks.
fn draw_sprig(sprig: &Sprig, out: &mut String) {
    let transform = if sprig.mirror {
        format!(
            "translate({} {}) scale({:.5} {:.5})",
            mm(sprig.x + SPRIG_BOX.0 * sprig.scale),
            mm(sprig.y),
            -sprig.scale,
            sprig.scale
        )
    } else {
        format!(
            "translate({} {}) scale({:.5})",
            mm(sprig.x),
            mm(sprig.y),
            sprig.scale
        )
    };
    _ = write!(out, r#"<g class="flower" transform="{transform}">"#);
    _ = write!(
        out,
        r#"<path d="M6 62C14 30 40 8 66 8C80 8 92 14 96 22" fill="none" stroke="{STEM}" stroke-width="2.2" stroke-linecap="round"/>"#
    );
    _ = write!(
        out,
        r#"<path d="M22 34C26 40 27 46 25 52" fill="none" stroke="{STEM}" stroke-width="1.4" stroke-linecap="round"/>"#
    );
    _ = write!(out, r#"<g fill="{LEAF}">"#);
    for (cx, cy, rx, ry, angle) in [
        (13.0, 54.0, 5.5, 3.6, -25.0),
        (6.5, 47.0, 5.0, 3.3, -70.0),
        (21.0, 41.0, 5.0, 3.3, -15.0),
        (13.0, 37.0, 4.6, 3.0, -65.0),
        (25.5, 55.0, 3.6, 2.5, 60.0),
        (38.0, 13.0, 3.8, 2.4, -30.0),
    ] {
        _ = write!(
            out,
            r#"<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" transform="rotate({angle} {cx} {cy})"/>"#
        );
    }
    out.push_str("</g>");
    for &(x, y, stalk, sway) in BELLS.iter().take(sprig.bells.clamp(2, 4)) {
        _ = write!(
            out,
            r#"<g transform="translate({x} {y}) rotate({sway})"><path d="M0 0V{stalk}" stroke="{STEM}" stroke-width="0.9" fill="none"/><g transform="translate(0 {stalk})">"#
        );
        _ = write!(
            out,
            r#"<path d="M-2 0C-5.6 2-6.6 7-5.7 11C-5.1 13.2-3.8 14.2-2.7 14.5L-3.4 16.2L-1.1 15.2L0 16.6L1.1 15.2L3.4 16.2L2.7 14.5C3.8 14.2 5.1 13.2 5.7 11C6.6 7 5.6 2 2 0Z" fill="{PETAL}"/><path d="M1.2 1C4 3 5.2 7 4.6 11C4.2 12.8 3.5 13.8 2.7 14.5C3.8 14.2 5.1 13.2 5.7 11C6.6 7 5.6 2 2 0Z" fill="{PETAL_SHADE}"/><path d="M-3.7 3.6C-4.7 6-4.7 8.6-4.1 10.6" fill="none" stroke="{PETAL_LIGHT}" stroke-width="0.9" stroke-linecap="round"/><path d="M-2.8-0.4Q0-1.6 2.8-0.4L2.2 2Q0 2.8-2.2 2Z" fill="{LEAF}"/></g></g>"#
        );
    }
    out.push_str("</g>");
}
