//! CSV as spreadsheets write it (RFC 4180): fields separated by commas,
//! quoted with `"` when they hold a comma, a quote or a line break, records
//! ended by CRLF (LF and CR alone are read too), and an optional UTF-8 byte
//! order mark at the start, which Excel needs to open UTF-8 as Japanese.
//!
//! Used for the spot directory (read at build time, written as open data)
//! and for the registration form's one-row export.

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

    let finish_record =
        |fields: &mut Vec<String>, field: &mut String, records: &mut Vec<Record>, at: usize| {
            fields.push(std::mem::take(field));
            let fields = std::mem::take(fields);
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
                fields.push(std::mem::take(&mut field));
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

/// One field as CSV: quoted (with `"` doubled) only when it holds a comma, a
/// quote, a line break or leading/trailing spaces.
pub fn field(value: &str) -> String {
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
