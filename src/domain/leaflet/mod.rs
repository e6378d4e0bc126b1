//! 相談先チラシ: what a cooperating spot hands out, printed from the same
//! checked data as the app. Three layouts, each a pure function (data,
//! choices and language in; a self-contained SVG page in true millimetres
//! out):
//!
//! - the A4 leaflet ([`a4`]): the crisis lines, the lines for the worries
//!   the spot picks (or all, in two columns), たつの市 健康課, a QR code to
//!   the app, the date the facts were checked;
//! - pocket cards ([`cards`]): 91 × 55 mm, ten on an A4 sheet with cut marks;
//! - a poster ([`poster`]), A4 or A3: large type, three numbers, the QR code.
//!
//! Everything is black on white (a black-and-white office printer loses
//! nothing), text is at least 9 pt and numbers at least 14 pt. The QR code
//! and the printer correction are the sticker studio's
//! ([`crate::domain::sticker`]). Only the full build holds this module.

pub mod a4;
pub mod cards;
pub mod content;
pub mod poster;
pub mod typeset;

#[cfg(test)]
mod tests;

use std::fmt;

use crate::domain::category::Category;
use crate::domain::i18n;
use crate::domain::lang::Lang;
use crate::domain::model::Window;
use crate::domain::spot::Spot;
use crate::domain::sticker::{
    MIN_MODULE_MM, PrintCorrection, QUIET_ZONE_MODULES, QrMatrix, StickerError, clean_text,
    open_page_sized, qr_url,
};
use crate::domain::text::escape_markup;

/// What is printed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// 相談先チラシ: one A4 page.
    #[default]
    Leaflet,
    /// Pocket cards, 91 × 55 mm, ten on an A4 sheet.
    Cards,
    /// A poster on A4.
    PosterA4,
    /// A poster on A3.
    PosterA3,
}

impl Format {
    /// Every format, in the order of the page.
    pub const ALL: [Format; 4] = [
        Format::Leaflet,
        Format::Cards,
        Format::PosterA4,
        Format::PosterA3,
    ];

    /// The key kept on the device and used in file names.
    pub const fn key(self) -> &'static str {
        match self {
            Format::Leaflet => "leaflet",
            Format::Cards => "cards",
            Format::PosterA4 => "poster-a4",
            Format::PosterA3 => "poster-a3",
        }
    }

    /// The format with `key`.
    pub fn from_key(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The paper, mm (portrait).
    pub const fn page_mm(self) -> (f64, f64) {
        match self {
            Format::PosterA3 => (297.0, 420.0),
            _ => crate::domain::sticker::A4_MM,
        }
    }

    /// Whether the spot's choice of worries changes it.
    pub const fn uses_worries(self) -> bool {
        matches!(self, Format::Leaflet)
    }

    /// Its name in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        let t = i18n::leaflet(lang);
        match self {
            Format::Leaflet => t.format_leaflet,
            Format::Cards => t.format_cards,
            Format::PosterA4 => t.format_poster_a4,
            Format::PosterA3 => t.format_poster_a3,
        }
    }
}

/// Why a layout cannot be printed; each is shown next to its field.
#[derive(Clone, Debug, PartialEq)]
pub enum LeafletError {
    /// The spot id is not in the directory.
    UnknownSpot,
    /// Only chosen worries, and none is chosen.
    NoWorry,
    /// A typed QR target that is not https.
    NotHttps,
    /// The QR target is not a usable URL.
    Url(StickerError),
    /// The URL needs a QR code too fine to print at this size.
    QrTooDense,
}

impl LeafletError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = i18n::leaflet(lang);
        match self {
            LeafletError::UnknownSpot => t.error_unknown_spot.to_owned(),
            LeafletError::NoWorry => t.error_no_worry.to_owned(),
            LeafletError::NotHttps => t.error_not_https.to_owned(),
            LeafletError::Url(e) => e.message(lang),
            LeafletError::QrTooDense => t.error_qr_dense.to_owned(),
        }
    }

    /// Whether it is about the QR target (shown next to that field).
    pub fn is_url_error(&self) -> bool {
        matches!(
            self,
            LeafletError::NotHttps | LeafletError::Url(_) | LeafletError::QrTooDense
        )
    }
}

impl fmt::Display for LeafletError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Ja))
    }
}

impl std::error::Error for LeafletError {}

/// What a spot chooses on the page; kept on the device.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    /// Leaflet, cards or poster.
    pub format: Format,
    /// The language of the print.
    pub lang: Lang,
    /// Every worry (the default), or only [`worries`](Self::worries).
    pub all_worries: bool,
    /// The worries chosen, in the order of the category grid.
    pub worries: Vec<Category>,
    /// The spot handing it out (an id of the directory), or empty.
    pub spot_id: String,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            format: Format::Leaflet,
            lang: Lang::Ja,
            all_worries: true,
            worries: Vec::new(),
            spot_id: String::new(),
        }
    }
}

impl Choices {
    /// The defaults, printed in `lang`.
    pub fn new(lang: Lang) -> Choices {
        Choices {
            lang,
            ..Choices::default()
        }
    }

    /// Picks or drops a worry, keeping the grid's order.
    pub fn toggle_worry(&mut self, worry: Category, on: bool) {
        self.worries.retain(|c| *c != worry);
        if on {
            self.worries.push(worry);
            self.worries
                .sort_by_key(|c| Category::ALL.iter().position(|a| a == c));
        }
    }

    /// The worries to print: `None` for all; an error when only chosen
    /// worries are wanted and none is chosen (for the leaflet only).
    pub fn worries_to_print(&self) -> Result<Option<Vec<Category>>, LeafletError> {
        if self.all_worries || !self.format.uses_worries() {
            Ok(None)
        } else if self.worries.is_empty() {
            Err(LeafletError::NoWorry)
        } else {
            Ok(Some(self.worries.clone()))
        }
    }

    /// How it is stored: `format=leaflet;lang=ja;worries=all;chosen=money,work;spot=id`.
    pub fn to_stored(&self) -> String {
        let chosen: Vec<&str> = self.worries.iter().map(|c| c.id()).collect();
        format!(
            "format={};lang={};worries={};chosen={};spot={}",
            self.format.key(),
            self.lang.id(),
            if self.all_worries { "all" } else { "chosen" },
            chosen.join(","),
            self.spot_id
        )
    }

    /// Stored choices; anything unreadable falls back to the defaults in
    /// `lang`, one field at a time.
    pub fn from_stored(stored: &str, lang: Lang) -> Choices {
        let mut choices = Choices::new(lang);
        for part in stored.split(';') {
            let Some((name, value)) = part.split_once('=') else {
                continue;
            };
            match name.trim() {
                "format" => {
                    if let Some(f) = Format::from_key(value.trim()) {
                        choices.format = f;
                    }
                }
                "lang" => {
                    if let Some(l) = Lang::from_id(value.trim()) {
                        choices.lang = l;
                    }
                }
                "worries" => choices.all_worries = value.trim() != "chosen",
                "chosen" => {
                    for c in value.split(',').filter_map(|c| Category::from_id(c.trim())) {
                        choices.toggle_worry(c, true);
                    }
                }
                "spot" => {
                    let id = value.trim();
                    if crate::domain::spot::is_valid_id(id) {
                        id.clone_into(&mut choices.spot_id);
                    }
                }
                _ => {}
            }
        }
        choices
    }
}

/// The spot with `id` in `spots`: `None` for a blank id, an error for an id
/// the directory does not hold.
pub fn find_spot<'a>(id: &str, spots: &'a [Spot]) -> Result<Option<&'a Spot>, LeafletError> {
    let id = id.trim();
    if id.is_empty() {
        return Ok(None);
    }
    spots
        .iter()
        .find(|s| s.id == id)
        .map(Some)
        .ok_or(LeafletError::UnknownSpot)
}

/// The URL the QR code opens: the typed target (which must be https), or
/// when none is typed the app's own consultation page `default_base`; with
/// `?s=<spot id>` when a spot is chosen.
pub fn target_url(typed: &str, default_base: &str, spot_id: &str) -> Result<String, LeafletError> {
    let typed = typed.trim();
    let base = if typed.is_empty() {
        default_base
    } else {
        if !typed.to_ascii_lowercase().starts_with("https://") {
            return Err(LeafletError::NotHttps);
        }
        typed
    };
    qr_url(base, spot_id).map_err(LeafletError::Url)
}

/// Everything one print needs.
#[derive(Clone, Debug)]
pub struct Print<'a> {
    /// The consultation windows (`data::WINDOWS`).
    pub windows: &'a [Window],
    /// Leaflet, cards or poster.
    pub format: Format,
    /// The language of the print.
    pub lang: Lang,
    /// The worries of the leaflet; `None` for all.
    pub worries: Option<Vec<Category>>,
    /// The name of the spot handing it out, or empty.
    pub spot_name: String,
    /// The URL of the QR code ([`target_url`]).
    pub url: String,
    /// The printer correction saved in the sticker studio.
    pub correction: PrintCorrection,
}

/// A QR code for `url` drawn `side` mm square (quiet zone included), or
/// larger when its modules would be smaller than [`MIN_MODULE_MM`], up to
/// `max_side`.
fn qr_code(url: &str, side: f64, max_side: f64) -> Result<(QrMatrix, f64), LeafletError> {
    let qr = QrMatrix::encode(url).map_err(|_| LeafletError::QrTooDense)?;
    let need = (qr.width() + 2 * QUIET_ZONE_MODULES) as f64 * MIN_MODULE_MM;
    let side = side.max(need);
    if side > max_side + 1e-9 {
        return Err(LeafletError::QrTooDense);
    }
    Ok((qr, side))
}

/// The pages of a print, each a standalone SVG of the format's paper,
/// corrected for the printer. The leaflet is one page unless the data
/// outgrows it (then it continues on a second).
pub fn render(print: &Print) -> Result<Vec<String>, LeafletError> {
    let bodies = match print.format {
        Format::Leaflet => a4::draw(print)?,
        Format::Cards => vec![cards::draw(print)?],
        Format::PosterA4 | Format::PosterA3 => vec![poster::draw(print)?],
    };
    let label = escape_markup(&format!(
        "{} {}",
        print.format.label_in(print.lang),
        i18n::leaflet(print.lang).print_network
    ));
    Ok(bodies
        .into_iter()
        .map(|body| {
            let mut svg = String::with_capacity(body.len() + 512);
            open_page_sized(
                &mut svg,
                &format!("leaflet-page leaflet-{}", print.format.key()),
                &format!(
                    r#" lang="{}" role="img" aria-label="{label}""#,
                    print.lang.tag()
                ),
                print.format.page_mm(),
                print.correction,
            );
            svg.push_str(&body);
            svg.push_str("</g></svg>");
            svg
        })
        .collect())
}

/// One page as an SVG file: with an XML declaration.
pub fn svg_file(page: &str) -> String {
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{page}\n")
}

/// A file name for a download: `tsunagaru-leaflet-ja-<spot id>.svg`, with
/// the page number when there are several.
pub fn file_name(
    print_format: Format,
    lang: Lang,
    spot_id: &str,
    page: usize,
    pages: usize,
) -> String {
    let id: String = spot_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(40)
        .collect();
    let mut name = format!("tsunagaru-{}-{}", print_format.key(), lang.id());
    if !id.is_empty() {
        name.push('-');
        name.push_str(&id);
    }
    if pages > 1 {
        name.push_str(&format!("-{}", page + 1));
    }
    name.push_str(".svg");
    name
}

/// The spot's name as printed (cleaned; the drawing escapes it).
fn spot_line(print: &Print) -> Option<String> {
    let name = clean_text(&print.spot_name);
    (!name.is_empty()).then(|| i18n::leaflet(print.lang).print_spot(&name))
}
