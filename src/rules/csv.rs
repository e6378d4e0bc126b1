//! CSV as spreadsheets write it (RFC 4180): fields separated by commas,
//! quoted with `"` when they hold a comma, a quote or a line break, records
//! ended by CRLF (LF and CR alone are read too), and an optional UTF-8 byte
//! order mark at the start, which Excel needs to open UTF-8 as Japanese.
//!
//! Used for the spot directory (read at build time, written as open data)
//! and for the registration form's one-row export.
//!
//! Every cell the app writes is safe to open in a spreadsheet: a cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a
//! formula there, so it gets a leading `'`, as OWASP's guidance on CSV
//! injection asks ([`neutralised`]); [`cell_text`] takes that quote off
//! again when such a file is read back. The app writes phone numbers in the
//! domestic form (`0791-63-2112`), so they never need the quote.

use std::borrow::Cow;
use std::fmt;

/// The byte order mark written at the start of a UTF-8 CSV file.
pub const BOM: char = '\u{FEFF}';

/// A record that cannot be read: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based line of the file where the problem starts.
    pub line: usize,
    /// What is wrong, in Japanese.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}行目: {}", self.line, self.message)
    }
}

/// One record and the 1-based line of the file where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Where the record starts in the file.
    pub line: usize,
    /// Its fields, unquoted.
    pub fields: Vec<String>,
}

/// Reads every record of `text`. A leading BOM is skipped; a blank line is
/// skipped; an unterminated quote or text after a closing quote is an error
/// naming the line.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut record_line = 1;
    let mut quoted = false;
    let mut after_quote = false;
    let mut started = false;

    // `field` is a working buffer, kept between fields: each field is
    // copied out at its exact size (a file of ten thousand rows is read
    // with a tenth of the allocations).
    let finish_record =
        |fields: &mut Vec<String>, field: &mut String, records: &mut Vec<Record>, at: usize| {
            fields.push(field.clone());
            field.clear();
            let width = fields.len();
            let fields = std::mem::replace(fields, Vec::with_capacity(width));
            if !(fields.len() == 1 && fields[0].is_empty()) {
                records.push(Record { line: at, fields });
            }
        };

    while let Some(c) = chars.next() {
        if !started {
            record_line = line;
            started = true;
        }
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    after_quote = true;
                }
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    line += 1;
                    field.push('\n');
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            ',' => {
                fields.push(field.clone());
                field.clear();
                after_quote = false;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                finish_record(&mut fields, &mut field, &mut records, record_line);
                line += 1;
                after_quote = false;
                started = false;
            }
            '"' if field.is_empty() && !after_quote => quoted = true,
            c if after_quote => {
                return Err(CsvError {
                    line,
                    message: format!("閉じた「\"」の後に文字「{c}」があります"),
                });
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(CsvError {
            line: record_line,
            message: "「\"」で始まった項目が閉じていません".to_owned(),
        });
    }
    if started {
        finish_record(&mut fields, &mut field, &mut records, record_line);
    }
    Ok(records)
}

/// The characters that make a spreadsheet read a cell as a formula when
/// they start it (OWASP, "CSV Injection").
pub const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The formula character that starts `text`, if one does.
pub fn formula_start(text: &str) -> Option<char> {
    text.chars().next().filter(|c| FORMULA_START.contains(c))
}

/// Whether `text` is quotes (`'`) up to a formula character: the cells
/// [`neutralised`] prefixes, so that [`cell_text`] can tell its own quote
/// from a quote that was typed.
fn quotes_then_formula(text: &str) -> bool {
    formula_start(text.trim_start_matches('\'')).is_some()
}

/// `value` as a spreadsheet may safely hold it: with a leading `'` when it
/// starts with a formula character, or with quotes followed by one (so that
/// [`cell_text`] gives back exactly `value`). Anything else is unchanged.
pub fn neutralised(value: &str) -> Cow<'_, str> {
    if quotes_then_formula(value) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    }
}

/// The text of a cell written by [`neutralised`]: its leading `'` is taken
/// off when quotes and a formula character follow it (`'=1+1` is `=1+1`);
/// any other cell is its own text.
pub fn cell_text(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if quotes_then_formula(rest) => rest,
        _ => cell,
    }
}

/// One field as CSV: [`neutralised`], then quoted (with `"` doubled) only
/// when it holds a comma, a quote, a line break or leading/trailing spaces.
pub fn field(value: &str) -> String {
    let value = neutralised(value);
    let value = value.as_ref();
    let needs_quotes =
        value.contains([',', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

/// One record as a CSV line ending in CRLF.
pub fn row<S: AsRef<str>>(values: &[S]) -> String {
    let mut out = values
        .iter()
        .map(|v| field(v.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// A whole file: the BOM, the header and the rows.
pub fn document<S: AsRef<str>, R: AsRef<[S]>>(header: &[&str], rows: &[R]) -> String {
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&row(header));
    for r in rows {
        out.push_str(&row(r.as_ref()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse(text)
            .map(|rs| rs.into_iter().map(|r| r.fields).collect())
            .unwrap_or_default()
    }

    #[test]
    fn plain_and_quoted_fields() {
        assert_eq!(
            fields("a,b,c\r\n1,\"2,5\",\"say \"\"hi\"\"\"\r\n"),
            vec![vec!["a", "b", "c"], vec!["1", "2,5", "say \"hi\""]]
        );
    }

    #[test]
    fn bom_blank_lines_and_line_ends() {
        assert_eq!(
            fields("\u{FEFF}a,b\n\n1,2\r3,4"),
            vec![vec!["a", "b"], vec!["1", "2"], vec!["3", "4"]]
        );
    }

    #[test]
    fn newlines_inside_quotes_keep_line_numbers() {
        let records = parse("id,説明\r\n1,\"一行目\r\n二行目\"\r\n2,x\r\n").unwrap_or_default();
        assert_eq!(records[1].fields[1], "一行目\n二行目");
        assert_eq!(records[1].line, 2);
        assert_eq!(records[2].line, 4);
    }

    #[test]
    fn empty_fields_survive() {
        assert_eq!(fields(",,\r\n"), vec![vec!["", "", ""]]);
    }

    #[test]
    fn broken_quotes_name_the_line() {
        let err = parse("a\r\n\"open\r\nstill").err();
        assert_eq!(err.map(|e| e.line), Some(2));
        let err = parse("a\r\n\"x\"y,z").err();
        assert_eq!(err.map(|e| e.line), Some(2));
    }

    #[test]
    fn rows_round_trip() {
        let hostile = vec![
            "a,b".to_owned(),
            "\"quoted\"".to_owned(),
            "line\nbreak".to_owned(),
            " padded ".to_owned(),
            "<script>&#%0A".to_owned(),
            "😀".repeat(300),
            String::new(),
        ];
        let text = row(&hostile);
        assert!(text.ends_with("\r\n"));
        assert_eq!(fields(&text), vec![hostile]);
    }

    use crate::test_rng::Rng;

    /// Pieces that make cells awkward: every character a spreadsheet reads
    /// as the start of a formula, the quote that neutralises one, CSV's own
    /// syntax, line breaks, look-alikes and ordinary text.
    const PIECES: [&str; 20] = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", "''", "\"", ",", " ", "＝", "a", "あ",
        "0", "1+1", "SUM(A1)", "😀",
    ];

    fn random_cell(rng: &mut Rng) -> String {
        (0..rng.below(7))
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect()
    }

    /// A parsed field reads line breaks as `\n` (CRLF and CR alike).
    fn lf(text: &str) -> String {
        text.replace("\r\n", "\n").replace('\r', "\n")
    }

    #[test]
    fn written_cells_never_start_a_formula() {
        let mut rng = Rng(0xC5F0_F0A1_2345_6789);
        for _ in 0..5000 {
            let cells: Vec<String> = (0..3).map(|_| random_cell(&mut rng)).collect();
            let text = row(&cells);
            let parsed = parse(&text).expect("parsable");
            // An empty row is no record; anything else is exactly one.
            if cells.iter().all(String::is_empty) {
                continue;
            }
            assert_eq!(parsed.len(), 1, "{text:?}");
            for (cell, got) in cells.iter().zip(&parsed[0].fields) {
                assert!(
                    !got.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?} was written as {got:?}"
                );
                let want = lf(cell);
                assert!(
                    *got == want || *got == format!("'{want}"),
                    "{cell:?} came back as {got:?}"
                );
                // Reading takes the quote off again (a CR, read as a line
                // break, no longer starts a formula: that quote stays).
                if !cell.contains('\r') {
                    assert_eq!(cell_text(got), cell, "{cell:?} read back");
                }
            }
        }
    }

    #[test]
    fn formula_cells_get_a_quote_and_lose_it_when_read() {
        for (value, written) in [
            ("=1+1", "'=1+1"),
            ("+81 791", "'+81 791"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=1", "''=1"),
            ("'", "'"),
            ("'a", "'a"),
            ("0791-63-2112", "0791-63-2112"),
            (" =1", " =1"),
            ("＝1", "＝1"),
            ("a=1", "a=1"),
            ("", ""),
        ] {
            assert_eq!(neutralised(value), written, "{value:?}");
            assert_eq!(cell_text(written), value, "{written:?}");
        }
        assert_eq!(field("=1,2"), "\"'=1,2\"");
        assert_eq!(formula_start("@x"), Some('@'));
        assert_eq!(formula_start("x@"), None);
    }

    #[test]
    fn cell_text_undoes_neutralised_for_any_text() {
        let mut rng = Rng(0x0A5C_11CE_1157_0001);
        for _ in 0..5000 {
            let value = random_cell(&mut rng);
            assert_eq!(cell_text(&neutralised(&value)), value, "{value:?}");
        }
    }

    #[test]
    fn document_starts_with_bom_and_header() {
        let doc = document(&["ID", "名称"], &[vec!["1", "サンプル"]]);
        assert!(doc.starts_with("\u{FEFF}ID,名称\r\n"));
        assert_eq!(
            fields(&doc),
            vec![vec!["ID", "名称"], vec!["1", "サンプル"]]
        );
    }
}
