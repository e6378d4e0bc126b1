//! The letter: the registration as plain text (for the e-mail body and the
//! clipboard) and the `mailto:` URL that opens the mail app with it.
//!
//! The letter goes to the city, so its words are Japanese whatever the
//! language of the screen, and they live here by design, not in the
//! catalogue.

use std::fmt::Write as _;

use crate::domain::text::percent_encode;

use super::checks::{Registration, Value, one_line};
use super::fields::{DECLARATION, FORM_NUMBER, FORM_TITLE};
use super::{ADDRESSEE, LETTER_END, MAILTO_SAFE_LENGTH};

/// A `mailto:` URL, and whether it is long enough that some mail apps may
/// cut it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailto {
    /// The URL.
    pub url: String,
    /// Longer than [`MAILTO_SAFE_LENGTH`].
    pub too_long: bool,
}

impl Registration {
    /// The opening sentence of the letter and the document (the data
    /// file's `declaration`, naming who joins).
    pub(super) fn declaration(&self) -> String {
        DECLARATION.replace("{who}", self.mode.joins_as())
    }

    /// The e-mail subject.
    pub fn subject(&self) -> String {
        format!("{FORM_TITLE}（{}）", self.name())
    }

    /// The whole registration as plain text (LF line ends), for the e-mail
    /// body and the clipboard. A one-line value follows its 【label】; a
    /// multi-line value (checked options, notes) follows on lines indented
    /// by two spaces, so no value can start a line that looks like a label.
    /// Empty optional fields are left out. The letter ends with 「以上」, so
    /// a letter cut short by a mail app shows it.
    pub fn plain_text(&self) -> String {
        let mut out = format!(
            "{ADDRESSEE} 御中\n\n{}\n\n■{FORM_TITLE}（{FORM_NUMBER}）\n【登録の区分】{}\n",
            self.declaration(),
            self.mode.name()
        );
        for (f, value) in self.entries() {
            let label = f.label_for(self.mode);
            match value {
                Value::Empty => {}
                Value::Choices(chosen) if f.kind.multiline() => {
                    _ = writeln!(out, "【{label}】");
                    for c in chosen {
                        _ = writeln!(out, "  ・{}", c.japanese());
                    }
                }
                Value::Text(text) if f.kind.multiline() => {
                    _ = writeln!(out, "【{label}】");
                    for line in text.split('\n') {
                        _ = writeln!(out, "  {line}");
                    }
                }
                other => {
                    _ = writeln!(out, "【{label}】{}", one_line(&other.display()));
                }
            }
        }
        out.push_str(LETTER_END);
        out.push('\n');
        out
    }

    /// The `mailto:` URL that opens the mail app with the letter, addressed
    /// to `to` (or to nobody).
    pub fn mailto(&self, to: Option<&str>) -> Mailto {
        mailto(to, &self.subject(), &self.plain_text())
    }
}

/// A `mailto:` URL (RFC 6068) with a subject and a body. Line breaks in the
/// body become CRLF; every value is percent-encoded, so no field can add a
/// header or a recipient. `to` is encoded too (an `@` stays readable).
pub fn mailto(to: Option<&str>, subject: &str, body: &str) -> Mailto {
    let mut url = String::from("mailto:");
    if let Some(to) = to {
        url.push_str(&percent_encode(to).replace("%40", "@"));
    }
    url.push_str("?subject=");
    url.push_str(&percent_encode(&one_line(subject)));
    url.push_str("&body=");
    url.push_str(&percent_encode(&crlf(body)));
    let too_long = url.len() > MAILTO_SAFE_LENGTH;
    Mailto { url, too_long }
}

/// Every line break as CRLF, as mail wants.
fn crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\r\n");
            }
            '\n' => out.push_str("\r\n"),
            c => out.push(c),
        }
    }
    out
}
