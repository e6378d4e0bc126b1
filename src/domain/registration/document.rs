//! The printable A4 document: the filled form as markup (shown by the app's
//! print view) and as a self-contained HTML file to download.
//!
//! The document goes to the city, so its words are Japanese whatever the
//! language of the screen, and they live here by design, not in the
//! catalogue.

use std::fmt::Write as _;

use crate::domain::text::escape_markup;

use super::checks::Registration;
use super::draft::iso;
use super::fields::{DATE_FIELD, FORM_NUMBER, FORM_TITLE, Field, Kind, Mode, SECTIONS};

impl Registration {
    /// The name of the downloaded document: `tsunagaru-todoke-20261125.html`
    /// (ASCII only, so every system keeps it).
    pub fn document_file_name(&self) -> String {
        format!("tsunagaru-todoke-{}.html", self.compact_date())
    }

    pub(super) fn compact_date(&self) -> String {
        self.date().map(iso).unwrap_or_default().replace('-', "")
    }

    /// The filled form as markup for an A4 page (an `<article>` styled by
    /// [`SHEET_CSS`]); every value is escaped, so it shows as text.
    pub fn sheet_html(&self) -> String {
        let e = escape_markup;
        let mut out = String::with_capacity(4096);
        _ = write!(
            out,
            "<article class=\"todoke\" lang=\"ja\">\
             <p class=\"todoke-number\">{FORM_NUMBER}</p>\
             <h1 class=\"todoke-title\">{}</h1>\
             <p class=\"todoke-date\">{}</p>\
             <p class=\"todoke-to\">たつの市長 様</p>\
             <p class=\"todoke-lead\">{}</p>\
             <table class=\"todoke-table\"><tbody>\
             <tr><th scope=\"row\">登録の区分</th><td>{}</td></tr>",
            e(FORM_TITLE),
            e(&self.text(DATE_FIELD)),
            e(&self.declaration()),
            Mode::ALL
                .iter()
                .map(|m| format!("{} {}", check_mark(*m == self.mode), e(m.name())))
                .collect::<Vec<_>>()
                .join("　"),
        );
        for section in &SECTIONS {
            let fields = section
                .fields(self.mode)
                .filter(|f| f.id != DATE_FIELD)
                .collect::<Vec<_>>();
            if fields.is_empty() {
                continue;
            }
            _ = write!(
                out,
                "<tr class=\"todoke-section\"><th colspan=\"2\" scope=\"colgroup\">{}</th></tr>",
                e(section.label(self.mode))
            );
            for f in fields {
                _ = write!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    e(f.label_for(self.mode)),
                    self.cell(f)
                );
            }
        }
        out.push_str("</tbody></table></article>");
        out
    }

    /// One cell of the document: choices show every option with ☑ or ☐,
    /// long text keeps its lines.
    fn cell(&self, f: &Field) -> String {
        let value = self.value(f.id);
        match f.kind {
            Kind::Checks(_) | Kind::Radio(_) => {
                let tag = if matches!(f.kind, Kind::Checks(_)) {
                    "todoke-choice todoke-choice--line"
                } else {
                    "todoke-choice"
                };
                f.choices_for(self.mode)
                    .map(|c| {
                        format!(
                            "<span class=\"{tag}\">{} {}</span>",
                            check_mark(value.has(c.key)),
                            escape_markup(c.japanese())
                        )
                    })
                    .collect()
            }
            Kind::LongText { .. } => escape_markup(&value.display()).replace('\n', "<br/>"),
            _ => escape_markup(&value.display()),
        }
    }

    /// The filled form as a self-contained HTML file for A4 paper: no
    /// scripts, no external files; print it from any browser.
    pub fn document_html(&self) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/>\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
             <title>{}（{}）</title><style>{PAGE_CSS}{SHEET_CSS}</style></head>\
             <body>{}</body></html>\n",
            escape_markup(FORM_TITLE),
            escape_markup(&self.name()),
            self.sheet_html()
        )
    }
}

pub(super) fn check_mark(on: bool) -> &'static str {
    if on { "☑" } else { "☐" }
}

/// The page of the downloaded document: A4 on paper, a sheet on screen.
const PAGE_CSS: &str = "@page { size: A4; margin: 15mm; }\n\
html { background: #e8e8e8; }\n\
body { margin: 0; padding: 8mm 0; }\n\
@media print { html { background: #ffffff; } body { padding: 0; } }\n\
@media screen { .todoke { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; \
padding: 15mm; box-shadow: 0 1px 6px rgb(0 0 0 / 0.3); } }\n";

/// The look of the filled form (the `.todoke` sheet), kept in one file,
/// `style/todoke.css`: embedded in the downloaded document here, and linked
/// by the app for its print view.
pub const SHEET_CSS: &str = include_str!("../../../style/todoke.css");
