//! 協力スポットステッカー: the sticker as data, the URL its QR code opens, and
//! its drawing as a self-contained SVG at true physical size (millimetres);
//! also the A4 print sheet with cut marks, the 100 mm calibration ruler and
//! the 300 dpi stamp for PNG downloads.
//!
//! The rules that make a printed QR code scan are checked here, in code, at
//! every size: error correction at least M, a white tile with a quiet zone
//! of at least four modules, nothing else drawn on that tile, and modules of
//! at least [`MIN_MODULE_MM`]. The studio page only calls these functions.

use std::fmt::{self, Write as _};

use qrcode::{Color, EcLevel, QrCode, Version};

use super::text::escape_markup;
#[cfg(feature = "full")]
use super::{i18n, lang::Lang};

/// The smallest printed QR module that phone cameras read reliably, in mm.
pub const MIN_MODULE_MM: f64 = 0.5;
/// White modules around the code, on every side (the QR standard's minimum).
pub const QUIET_ZONE_MODULES: usize = 4;
/// Extra white beyond the quiet zone, in modules: the tile's rounded corners
/// are cut from this margin, never from the quiet zone itself.
const TILE_PAD_MODULES: f64 = 1.0;
/// The query parameter that tells the app which spot a visitor came from.
pub const SPOT_QUERY_PARAM: &str = "s";
/// The large name on every sticker.
pub const TITLE: &str = "つながるいのち";
/// The badge that marks a cooperating spot.
pub const BADGE: &str = "協力スポット";
/// The network's full name.
pub const NETWORK: &str = "つながるいのちサポートネットワーク";
/// The line that points at the QR code.
pub const TAGLINE: &str = "悩みを相談できる窓口はこちら";
/// The trademark notice that must accompany the words "QRコード".
pub const TRADEMARK_NOTE: &str = "QRコードは株式会社デンソーウェーブの登録商標です";
/// An A4 page, portrait, in mm.
pub const A4_MM: (f64, f64) = (210.0, 297.0);
/// The resolution of PNG downloads.
pub const PNG_DPI: u32 = 300;
/// The most stickers one print job may ask for.
pub const MAX_COPIES: usize = 500;

// Colours: warm and calm. The QR code is pure black on pure white.
const YELLOW: &str = "#fff4c2";
const YELLOW_EDGE: &str = "#f1d57e";
const ACCENT: &str = "#a8381a";
const INK: &str = "#2a2118";
const INK_SOFT: &str = "#5c4f42";
const STEM: &str = "#4f7f35";
const LEAF: &str = "#6a9a45";
const PETAL: &str = "#e4572e";
const PETAL_SHADE: &str = "#c13d1c";
const PETAL_LIGHT: &str = "#f7946a";
const WHITE: &str = "#ffffff";
const QR_DARK: &str = "#000000";

const FONT_ROUND: &str = "'Hiragino Maru Gothic ProN', 'BIZ UDPGothic', 'Noto Sans CJK JP', \
                          'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";
/// The sans-serif font stack of everything printed (system fonts only).
pub const FONT_SANS: &str = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', \
                         'Noto Sans JP', 'Yu Gothic', Meiryo, sans-serif";

/// The printed formats a spot can choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StickerSize {
    /// 50 mm square: a counter or a door.
    Square50,
    /// 70 mm square: the usual sticker.
    #[default]
    Square70,
    /// 100 mm square: a window.
    Square100,
    /// A6 poster (105 × 148 mm).
    PosterA6,
    /// A4 poster (210 × 297 mm): a notice board.
    PosterA4,
}

impl StickerSize {
    /// Every size, smallest first.
    pub const ALL: [StickerSize; 5] = [
        StickerSize::Square50,
        StickerSize::Square70,
        StickerSize::Square100,
        StickerSize::PosterA6,
        StickerSize::PosterA4,
    ];

    /// Width and height in mm.
    pub const fn size_mm(self) -> (f64, f64) {
        match self {
            StickerSize::Square50 => (50.0, 50.0),
            StickerSize::Square70 => (70.0, 70.0),
            StickerSize::Square100 => (100.0, 100.0),
            StickerSize::PosterA6 => (105.0, 148.0),
            StickerSize::PosterA4 => A4_MM,
        }
    }

    /// The name shown in the studio.
    pub const fn label(self) -> &'static str {
        match self {
            StickerSize::Square50 => "50mm角（小）",
            StickerSize::Square70 => "70mm角（標準）",
            StickerSize::Square100 => "100mm角（大）",
            StickerSize::PosterA6 => "A6ポスター（105×148mm）",
            StickerSize::PosterA4 => "A4ポスター（210×297mm）",
        }
    }

    /// The name shown in the studio, in `lang` ([`label`](Self::label) in
    /// Japanese).
    #[cfg(feature = "full")]
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = i18n::sticker(lang);
        match self {
            StickerSize::Square50 => t.size_50,
            StickerSize::Square70 => t.size_70,
            StickerSize::Square100 => t.size_100,
            StickerSize::PosterA6 => t.size_a6,
            StickerSize::PosterA4 => t.size_a4,
        }
    }

    /// A short stable key for form values and file names.
    pub const fn key(self) -> &'static str {
        match self {
            StickerSize::Square50 => "50mm",
            StickerSize::Square70 => "70mm",
            StickerSize::Square100 => "100mm",
            StickerSize::PosterA6 => "a6",
            StickerSize::PosterA4 => "a4",
        }
    }

    /// The size whose [`key`](Self::key) is `key`.
    pub fn from_key(key: &str) -> Option<StickerSize> {
        StickerSize::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Side of the white QR tile as a share of the width.
    const fn qr_share(self) -> f64 {
        match self {
            StickerSize::Square50 | StickerSize::Square70 | StickerSize::Square100 => 0.48,
            StickerSize::PosterA6 | StickerSize::PosterA4 => 0.5,
        }
    }

    /// Height of the spot-name box as a share of the width.
    const fn name_share(self) -> f64 {
        match self {
            StickerSize::Square50 | StickerSize::Square70 | StickerSize::Square100 => 0.072,
            StickerSize::PosterA6 | StickerSize::PosterA4 => 0.12,
        }
    }
}

/// What a spot chooses in the studio.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sticker {
    /// The spot's name, printed under the QR code; empty for none.
    pub spot_name: String,
    /// The spot's id, sent as `?s=<id>` by the QR code; empty for none.
    pub spot_id: String,
    /// The app's consultation page, where the QR code leads.
    pub base_url: String,
    /// The printed format.
    pub size: StickerSize,
}

impl Sticker {
    /// The URL the QR code encodes.
    pub fn url(&self) -> Result<String, StickerError> {
        qr_url(&self.base_url, &self.spot_id)
    }
}

/// Why a sticker cannot be made; every message can be shown to the user.
#[derive(Clone, Debug, PartialEq)]
pub enum StickerError {
    /// The base URL is empty.
    UrlEmpty,
    /// The base URL is not http(s).
    UrlScheme,
    /// The base URL contains spaces or control characters.
    UrlSpace,
    /// The host part of the base URL is not a domain name.
    UrlHost,
    /// The URL is too long for any QR code.
    UrlTooLong,
    /// The QR code would have modules smaller than [`MIN_MODULE_MM`].
    ModulesTooSmall {
        /// The chosen size.
        size: StickerSize,
        /// The module size it would get, in mm.
        module_mm: f64,
    },
    /// The number of copies is not a number in range.
    Copies,
    /// The measured ruler length is not a number in range.
    Measure,
    /// A measured distance to the calibration cross is not a number in range.
    Shift,
    /// The canvas did not give a PNG image.
    NotPng,
}

impl StickerError {
    /// Whether the error is about the base URL (shown next to that field).
    pub fn is_url_error(&self) -> bool {
        matches!(
            self,
            StickerError::UrlEmpty
                | StickerError::UrlScheme
                | StickerError::UrlSpace
                | StickerError::UrlHost
        )
    }
}

#[cfg(feature = "full")]
impl StickerError {
    /// The message for the studio, in `lang` (the [`Display`](fmt::Display)
    /// text is the Japanese one, for the light build and for logs).
    pub fn message(&self, lang: Lang) -> String {
        let t = i18n::sticker(lang);
        match self {
            StickerError::UrlEmpty => t.error_url_empty.to_owned(),
            StickerError::UrlScheme => t.error_url_scheme.to_owned(),
            StickerError::UrlSpace => t.error_url_space.to_owned(),
            StickerError::UrlHost => t.error_url_host.to_owned(),
            StickerError::UrlTooLong => t.error_url_too_long.to_owned(),
            StickerError::ModulesTooSmall { size, module_mm } => t.error_modules_too_small(
                size.label_in(lang),
                &format!("{module_mm:.2}"),
                &MIN_MODULE_MM.to_string(),
            ),
            StickerError::Copies => t.error_copies(&MAX_COPIES.to_string()),
            StickerError::Measure => t.error_measure.to_owned(),
            StickerError::Shift => t.error_shift(
                &(MARK_MM - MAX_SHIFT_MM).to_string(),
                &(MARK_MM + MAX_SHIFT_MM).to_string(),
            ),
            StickerError::NotPng => t.error_not_png.to_owned(),
        }
    }
}

impl fmt::Display for StickerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StickerError::UrlEmpty => f.write_str("URLを入力してください。"),
            StickerError::UrlScheme => {
                f.write_str("URLは http:// または https:// で始まる形で入力してください。")
            }
            StickerError::UrlSpace => f.write_str("URLに空白や改行は入れられません。"),
            StickerError::UrlHost => f.write_str(
                "URLのドメイン名が読み取れません（例: https://www.example.jp/tsunagaru/）。",
            ),
            StickerError::UrlTooLong => {
                f.write_str("URLが長すぎてQRコードにできません。短いURLにしてください。")
            }
            StickerError::ModulesTooSmall { size, module_mm } => write!(
                f,
                "このURLは{}には長すぎます。QRコードの点が{module_mm:.2}mmになり、\
                 読み取りに必要な{MIN_MODULE_MM}mmに足りません。大きいサイズを選ぶか、\
                 短いURLにしてください。",
                size.label()
            ),
            StickerError::Copies => {
                write!(f, "枚数は1から{MAX_COPIES}までの数字で入力してください。")
            }
            StickerError::Measure => {
                f.write_str("測った長さは80から120までの数字（mm）で入力してください。例: 98.5")
            }
            StickerError::Shift => write!(
                f,
                "十字の中心までの長さは{}から{}までの数字（mm）で入力してください。空のままでもかまいません。",
                MARK_MM - MAX_SHIFT_MM,
                MARK_MM + MAX_SHIFT_MM
            ),
            StickerError::NotPng => f.write_str("PNG画像を作れませんでした。"),
        }
    }
}

impl std::error::Error for StickerError {}

// ---------------------------------------------------------------------------
// The QR target URL

/// The URL a sticker's QR code encodes: `base` (which must be http or https)
/// followed by `?s=<spot_id>` when `spot_id` is not blank. The id is
/// percent-encoded; characters outside ASCII in the path are too.
pub fn qr_url(base: &str, spot_id: &str) -> Result<String, StickerError> {
    let base = base.trim();
    if base.is_empty() {
        return Err(StickerError::UrlEmpty);
    }
    if base.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(StickerError::UrlSpace);
    }
    let lower = base.to_ascii_lowercase();
    let scheme_len = if lower.starts_with("https://") {
        "https://".len()
    } else if lower.starts_with("http://") {
        "http://".len()
    } else {
        return Err(StickerError::UrlScheme);
    };
    let rest = &base[scheme_len..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(host_end);
    if !valid_host(host) {
        return Err(StickerError::UrlHost);
    }
    let (path_query, fragment) = tail.split_at(tail.find('#').unwrap_or(tail.len()));

    let mut url = String::with_capacity(base.len() + spot_id.len() * 3 + 4);
    url.push_str(&lower[..scheme_len]);
    url.push_str(&host.to_ascii_lowercase());
    if path_query.is_empty() {
        url.push('/');
    } else {
        push_non_ascii_encoded(&mut url, path_query);
    }
    let id = spot_id.trim();
    if !id.is_empty() {
        if !path_query.contains('?') {
            url.push('?');
        } else if !url.ends_with(['?', '&']) {
            url.push('&');
        }
        url.push_str(SPOT_QUERY_PARAM);
        url.push('=');
        for byte in id.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                url.push(char::from(byte));
            } else {
                _ = write!(url, "%{byte:02X}");
            }
        }
    }
    push_non_ascii_encoded(&mut url, fragment);
    Ok(url)
}

fn valid_host(host: &str) -> bool {
    let (name, port) = if host.starts_with('[') {
        match host.find(']') {
            Some(i) => host.split_at(i + 1),
            None => return false,
        }
    } else {
        host.split_at(host.rfind(':').unwrap_or(host.len()))
    };
    let port_ok = port.is_empty()
        || (port.len() > 1 && port.len() <= 6 && port[1..].bytes().all(|b| b.is_ascii_digit()));
    let name_ok = if let Some(inner) = name.strip_prefix('[') {
        inner.len() > 2
            && inner
                .trim_end_matches(']')
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    } else {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
            && !name.starts_with(['.', '-'])
            && !name.ends_with('-')
            && !name.contains("..")
    };
    name_ok && port_ok
}

fn push_non_ascii_encoded(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                _ = write!(out, "%{byte:02X}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The QR matrix

/// The modules of a QR code, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
    ec: EcLevel,
    version: i16,
}

impl QrMatrix {
    /// Encodes `text` with error correction M, raised to Q or H when that
    /// fits in the same number of modules (more robustness for free).
    pub fn encode(text: &str) -> Result<QrMatrix, StickerError> {
        let data = text.as_bytes();
        let medium = QrCode::with_error_correction_level(data, EcLevel::M)
            .map_err(|_| StickerError::UrlTooLong)?;
        let version = medium.version();
        let code = [EcLevel::H, EcLevel::Q]
            .into_iter()
            .find_map(|ec| QrCode::with_version(data, version, ec).ok())
            .unwrap_or(medium);
        let version = match code.version() {
            Version::Normal(v) | Version::Micro(v) => v,
        };
        Ok(QrMatrix {
            width: code.width(),
            ec: code.error_correction_level(),
            version,
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// Modules on each side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The error correction level used.
    pub fn error_correction(&self) -> EcLevel {
        self.ec
    }

    /// The QR version (1 to 40).
    pub fn version(&self) -> i16 {
        self.version
    }

    /// The dark modules as one SVG path in module units: one `h` run per
    /// horizontal stretch. One path, so antialiasing leaves no seams.
    /// Draw it with `class="qr-modules"` and `scale(<module size>)`.
    pub fn path_data(&self) -> String {
        let mut d = String::with_capacity(self.width * self.width * 3);
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                _ = write!(d, "M{start} {y}h{}v1h-{}z", x - start, x - start);
            }
        }
        d
    }
}

// ---------------------------------------------------------------------------
// Layout

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
// Text: cleaning, width estimates, fitting the spot name

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
fn clusters(text: &str) -> Vec<(String, f64)> {
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
fn wrap(clusters: &[(String, f64)], max_em: f64) -> Vec<(String, f64)> {
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
fn fit_spot_name(name: &str, area: Rect, sticker_w: f64) -> Vec<Label> {
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
fn draw(layout: &Layout, out: &mut String) {
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

// ---------------------------------------------------------------------------
// The A4 print sheet

/// Page margin kept free for printers that cannot print to the edge, mm.
const SHEET_MARGIN: f64 = 8.0;
/// Space between stickers, where the cut marks go, mm.
const SHEET_GUTTER: f64 = 6.0;
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

fn fold_digits(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | '。' => '.',
            c => c,
        })
        .collect()
}

/// Opens an A4 page SVG whose content is corrected for the printer: scaled
/// about the page's centre, then shifted.
fn open_page(out: &mut String, class: &str, correction: PrintCorrection) {
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

// ---------------------------------------------------------------------------
// Printer calibration

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
struct RulerWords {
    /// The heading.
    title: String,
    /// The numbered steps, then the current correction; each is wrapped to
    /// the page.
    lines: Vec<String>,
    /// The note under the ruler across.
    scale_note: String,
}

impl RulerWords {
    /// The Japanese words.
    fn ja(correction: PrintCorrection) -> Self {
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
    fn in_lang(correction: PrintCorrection, lang: Lang) -> Self {
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
const RULER_TEXT_TOP: f64 = 40.0;
/// Distance between lines of instructions, in mm.
const RULER_LINE_MM: f64 = 6.5;
/// The lowest baseline the instructions may reach: above the ruler's
/// numbers and clear of the ruler across (at 110 mm).
const RULER_TEXT_BOTTOM: f64 = 100.0;

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
fn ruler_lines(words: &RulerWords) -> Vec<String> {
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

// ---------------------------------------------------------------------------
// PNG downloads

/// Pixel size of a PNG of `size` at [`PNG_DPI`].
pub fn png_size_px(size: StickerSize) -> (u32, u32) {
    let (w, h) = size.size_mm();
    let px = |mm: f64| (mm / 25.4 * f64::from(PNG_DPI)).round() as u32;
    (px(w), px(h))
}

/// A file name for a download: `tsunagaru-sticker-70mm-<id>.svg`, keeping
/// only safe ASCII from the id.
pub fn file_name(sticker: &Sticker, extension: &str) -> String {
    let id: String = sticker
        .spot_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(40)
        .collect();
    if id.is_empty() {
        format!("tsunagaru-sticker-{}.{extension}", sticker.size.key())
    } else {
        format!("tsunagaru-sticker-{}-{id}.{extension}", sticker.size.key())
    }
}

/// Decodes the PNG in a `data:image/png;base64,…` URL (what a canvas gives)
/// and stamps it with `dpi`, so that it opens at its physical size.
pub fn png_from_data_url(data_url: &str, dpi: u32) -> Result<Vec<u8>, StickerError> {
    let encoded = data_url
        .strip_prefix("data:image/png;base64,")
        .ok_or(StickerError::NotPng)?;
    let png = base64_decode(encoded).ok_or(StickerError::NotPng)?;
    png_with_dpi(&png, dpi)
}

/// Standard base64 (with or without padding); `None` on any other byte.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let value = |b: u8| -> Option<u32> {
        Some(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut acc = 0u32;
        for (i, &b) in chunk.iter().enumerate() {
            acc |= value(b)? << (18 - 6 * i);
        }
        let [_, b0, b1, b2] = acc.to_be_bytes();
        match chunk.len() {
            4 => out.extend([b0, b1, b2]),
            3 => out.extend([b0, b1]),
            2 => out.push(b0),
            _ => return None,
        }
    }
    Some(out)
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

/// Stamps a PNG with a `pHYs` chunk of `dpi` right after its header,
/// replacing any it had. Fails on anything that is not a PNG.
pub fn png_with_dpi(png: &[u8], dpi: u32) -> Result<Vec<u8>, StickerError> {
    if png.len() < 8 + 25 || png[..8] != PNG_SIGNATURE || &png[12..16] != b"IHDR" {
        return Err(StickerError::NotPng);
    }
    let mut out = Vec::with_capacity(png.len() + 21);
    out.extend_from_slice(&PNG_SIGNATURE);
    let mut at = 8;
    while at + 12 <= png.len() {
        let len = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        let end = at
            .checked_add(12)
            .and_then(|e| e.checked_add(len))
            .filter(|&e| e <= png.len())
            .ok_or(StickerError::NotPng)?;
        let kind = &png[at + 4..at + 8];
        if kind != b"pHYs" {
            out.extend_from_slice(&png[at..end]);
        }
        if kind == b"IHDR" {
            let per_metre = (f64::from(dpi) / 0.0254).round() as u32;
            let mut data = Vec::with_capacity(13);
            data.extend_from_slice(b"pHYs");
            data.extend_from_slice(&per_metre.to_be_bytes());
            data.extend_from_slice(&per_metre.to_be_bytes());
            data.push(1); // unit: metre
            out.extend_from_slice(&9u32.to_be_bytes());
            out.extend_from_slice(&data);
            out.extend_from_slice(&crc32(&data).to_be_bytes());
        }
        at = end;
    }
    if at != png.len() {
        return Err(StickerError::NotPng);
    }
    Ok(out)
}

/// CRC-32 (ISO 3309), as PNG chunks use.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

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
}
