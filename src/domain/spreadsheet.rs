//! The bytes of a spreadsheet's CSV file as text: UTF-8 (with or without a
//! BOM) or, as Japanese spreadsheets save plain 「CSV（コンマ区切り）」,
//! Shift_JIS (Windows code page 932). The checks come after decoding
//! ([`super::spot_source`]).
//!
//! One decoder for the build (`data/build.rs` compiles this file in, to read
//! `data/spots.csv`) and for the full build's staff page, which checks a
//! file the city's staff choose. Only the full build holds it (its
//! `encoding_rs` tables stay out of a first visit).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_and_without_a_bom() {
        assert_eq!(
            decode("ID,名称\r\n".as_bytes()),
            Ok(("ID,名称\r\n".to_owned(), Encoding::Utf8))
        );
        assert_eq!(
            decode("\u{FEFF}ID,名称\r\n".as_bytes()),
            Ok(("\u{FEFF}ID,名称\r\n".to_owned(), Encoding::Utf8))
        );
    }

    #[test]
    fn reads_shift_jis_as_excel_writes_it() {
        // 「ID,名称\r\nx,たつの薬局①」 in cp932 (① is an NEC extension).
        let bytes: &[u8] =
            b"ID,\x96\xbc\x8f\xcc\r\nx,\x82\xbd\x82\xc2\x82\xcc\x96\xf2\x8b\xc7\x87\x40";
        assert_eq!(
            decode(bytes),
            Ok(("ID,名称\r\nx,たつの薬局①".to_owned(), Encoding::ShiftJis))
        );
    }

    #[test]
    fn refuses_utf16_and_broken_bytes_with_the_reason() {
        let utf16 = decode(b"\xFF\xFEI\0D\0").err().unwrap_or_default();
        assert!(utf16.contains("UTF-16"), "{utf16}");
        // A lead byte of Shift_JIS with nothing after it.
        let broken = decode(b"ID\r\n\x82").err().unwrap_or_default();
        assert!(broken.contains("Shift_JIS"), "{broken}");
    }
}
