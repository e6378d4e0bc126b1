//! The QR code: the URL it opens (the app's page with `?s=<spot id>`) and
//! its modules.

use std::fmt::Write as _;

use qrcode::{Color, EcLevel, QrCode, Version};

use super::{SPOT_QUERY_PARAM, StickerError};

/// The URL a sticker's QR code encodes: `base` (which must be http or https)
/// followed by `?s=<spot_id>` when `spot_id` is not blank. The id is
/// percent-encoded; characters outside ASCII in the path are too.
pub fn qr_url(base: &str, spot_id: &str) -> Result<String, StickerError> {
    let base = base.trim();
    if base.is_empty() {
        return Err(StickerError::UrlEmpty);
    }
    if base.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(StickerError::UrlSpace);
    }
    let lower = base.to_ascii_lowercase();
    let scheme_len = if lower.starts_with("https://") {
        "https://".len()
    } else if lower.starts_with("http://") {
        "http://".len()
    } else {
        return Err(StickerError::UrlScheme);
    };
    let rest = &base[scheme_len..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(host_end);
    if !valid_host(host) {
        return Err(StickerError::UrlHost);
    }
    let (path_query, fragment) = tail.split_at(tail.find('#').unwrap_or(tail.len()));

    let mut url = String::with_capacity(base.len() + spot_id.len() * 3 + 4);
    url.push_str(&lower[..scheme_len]);
    url.push_str(&host.to_ascii_lowercase());
    if path_query.is_empty() {
        url.push('/');
    } else {
        push_non_ascii_encoded(&mut url, path_query);
    }
    let id = spot_id.trim();
    if !id.is_empty() {
        if !path_query.contains('?') {
            url.push('?');
        } else if !url.ends_with(['?', '&']) {
            url.push('&');
        }
        url.push_str(SPOT_QUERY_PARAM);
        url.push('=');
        for byte in id.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
                url.push(char::from(byte));
            } else {
                _ = write!(url, "%{byte:02X}");
            }
        }
    }
    push_non_ascii_encoded(&mut url, fragment);
    Ok(url)
}

fn valid_host(host: &str) -> bool {
    let (name, port) = if host.starts_with('[') {
        match host.find(']') {
            Some(i) => host.split_at(i + 1),
            None => return false,
        }
    } else {
        host.split_at(host.rfind(':').unwrap_or(host.len()))
    };
    let port_ok = port.is_empty()
        || (port.len() > 1 && port.len() <= 6 && port[1..].bytes().all(|b| b.is_ascii_digit()));
    let name_ok = if let Some(inner) = name.strip_prefix('[') {
        inner.len() > 2
            && inner
                .trim_end_matches(']')
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    } else {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
            && !name.starts_with(['.', '-'])
            && !name.ends_with('-')
            && !name.contains("..")
    };
    name_ok && port_ok
}

fn push_non_ascii_encoded(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                _ = write!(out, "%{byte:02X}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The QR matrix

/// The modules of a QR code, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
    ec: EcLevel,
    version: i16,
}

impl QrMatrix {
    /// Encodes `text` with error correction M, raised to Q or H when that
    /// fits in the same number of modules (more robustness for free).
    pub fn encode(text: &str) -> Result<QrMatrix, StickerError> {
        let data = text.as_bytes();
        let medium = QrCode::with_error_correction_level(data, EcLevel::M)
            .map_err(|_| StickerError::UrlTooLong)?;
        let version = medium.version();
        let code = [EcLevel::H, EcLevel::Q]
            .into_iter()
            .find_map(|ec| QrCode::with_version(data, version, ec).ok())
            .unwrap_or(medium);
        let version = match code.version() {
            Version::Normal(v) | Version::Micro(v) => v,
        };
        Ok(QrMatrix {
            width: code.width(),
            ec: code.error_correction_level(),
            version,
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// Modules on each side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The error correction level used.
    pub fn error_correction(&self) -> EcLevel {
        self.ec
    }

    /// The QR version (1 to 40).
    pub fn version(&self) -> i16 {
        self.version
    }

    /// The dark modules as one SVG path in module units: one `h` run per
    /// horizontal stretch. One path, so antialiasing leaves no seams.
    /// Draw it with `class="qr-modules"` and `scale(<module size>)`.
    pub fn path_data(&self) -> String {
        let mut d = String::with_capacity(self.width * self.width * 3);
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                _ = write!(d, "M{start} {y}h{}v1h-{}z", x - start, x - start);
            }
        }
        d
    }
}
