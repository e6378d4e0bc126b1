//! 協力スポットステッカー: the sticker as data, the URL its QR code opens, and
//! its drawing as a self-contained SVG at true physical size (millimetres);
//! also the A4 print sheet with cut marks, the 100 mm calibration ruler and
//! the 300 dpi stamp for PNG downloads.
//!
//! The rules that make a printed QR code scan are checked here, in code, at
//! every size: error correction at least M, a white tile with a quiet zone
//! of at least four modules, nothing else drawn on that tile, and modules of
//! at least [`MIN_MODULE_MM`]. The studio page only calls these functions.
//!
//! One file per concern: `qr.rs` (the URL a QR code opens, its modules),
//! `art.rs` (where everything goes on a sticker, and its drawing),
//! `typeset.rs` (text: cleaning, widths, fitting the spot's name),
//! `sheet.rs` (the A4 print sheet with cut marks), `printer.rs` (the
//! printer correction and its calibration page), `download.rs` (file
//! names, the PNG stamp). The sizes, the sticker and its errors are here.

mod art;
mod download;
mod printer;
mod qr;
mod sheet;
mod typeset;

#[cfg(test)]
pub(crate) mod tests;

pub use art::{
    Label, LabelRole, Layout, Rect, SPRIG_BOX, Sprig, layout, mm, render_svg, render_svg_file,
};
pub use download::{base64_decode, file_name, png_from_data_url, png_size_px, png_with_dpi};
#[cfg(feature = "full")]
pub use printer::render_ruler_svg_in;
pub use printer::{MARK_MM, MAX_SHIFT_MM, PrintCorrection, open_page_sized, render_ruler_svg};
pub use qr::{QrMatrix, qr_url};
pub use sheet::{SheetLayout, parse_copies, render_sheets, sheet_layout, sheets_needed};
pub use typeset::{clean_text, text_em};

use std::fmt;

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
