//! Shift_JIS (cp932) as the app reads it: the table the build made from
//! `encoding_rs` (see [`super::spreadsheet`]), and decoding a file with it.
//! Only the staff page reads files, so only the full build holds the table.

use super::spreadsheet::{self, Cp932, Encoding};

include!(concat!(env!("OUT_DIR"), "/cp932.rs"));

/// The text of a spreadsheet's CSV file: UTF-8, or Shift_JIS (see
/// [`spreadsheet::decode`]).
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    spreadsheet::decode(bytes, &CP932)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_rng::Rng;

    /// What `encoding_rs` (WHATWG's Shift_JIS, errors fatal) reads.
    fn oracle(bytes: &[u8]) -> Option<String> {
        encoding_rs::SHIFT_JIS
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| text.into_owned())
    }

    #[test]
    fn the_table_reads_every_byte_and_byte_pair_as_encoding_rs_does() {
        for a in 0..=255u8 {
            assert_eq!(CP932.decode(&[a]), oracle(&[a]), "{a:02X}");
            for b in 0..=255u8 {
                assert_eq!(CP932.decode(&[a, b]), oracle(&[a, b]), "{a:02X} {b:02X}");
            }
        }
    }

    #[test]
    fn the_table_reads_random_bytes_as_encoding_rs_does() {
        let mut rng = Rng(0x5A17_5EED);
        // Mostly text a spreadsheet writes, now and then a broken byte.
        let pieces: Vec<Vec<u8>> = [
            "ID,名称\r\n",
            "たつの薬局①",
            "ｶﾀｶﾅ",
            "髙﨑",
            "\"a,b\"",
            "〜－",
        ]
        .iter()
        .map(|s| encoding_rs::SHIFT_JIS.encode(s).0.into_owned())
        .chain([
            vec![0x82],
            vec![0xFF],
            vec![0x81, 0x20],
            vec![0xA0],
            vec![0x80],
        ])
        .collect();
        for _ in 0..5000 {
            let bytes: Vec<u8> = (0..rng.below(8))
                .flat_map(|_| pieces[rng.below(pieces.len())].clone())
                .collect();
            assert_eq!(CP932.decode(&bytes), oracle(&bytes), "{bytes:02X?}");
        }
    }

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
