//! Downloads: safe file names, and the PNG stamped with its resolution so
//! that it opens at its physical size.

use super::{PNG_DPI, Sticker, StickerError, StickerSize};

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

pub(super) const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

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
pub(super) fn crc32(bytes: &[u8]) -> u32 {
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
