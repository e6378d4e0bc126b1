//! Build-time (and test-time) decoding of the directory spreadsheet: the
//! file is UTF-8 (with or without a BOM) or, as Japanese spreadsheets save
//! "CSV", Shift_JIS (Windows code page 932). Everything after decoding is
//! the pure domain's job (`src/domain/spot_source.rs`).
//!
//! `encoding_rs` is only a build- and dev-dependency: the app never decodes.

/// How the file was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (a leading BOM is kept for the CSV reader, which skips it).
    Utf8,
    /// Shift_JIS as Windows writes it (cp932).
    ShiftJis,
}

/// The text of `bytes`: UTF-8 when it is valid UTF-8, otherwise cp932.
/// Anything else (UTF-16, a broken file) is refused with the reason.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            "UTF-16（「Unicode テキスト」）では読めません。「CSV UTF-8（コンマ区切り）」で保存してください"
                .to_owned(),
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), Encoding::Utf8));
    }
    // WHATWG's Shift_JIS decoder is Windows' cp932 (NEC and IBM extensions
    // included), which is what Excel writes.
    match encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok((text.into_owned(), Encoding::ShiftJis)),
        None => Err(
            "UTF-8 としても Shift_JIS としても読めない文字があります。「CSV UTF-8（コンマ区切り）」で保存し直してください"
                .to_owned(),
        ),
    }
}
