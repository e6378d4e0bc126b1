//! Where a printed sticker's QR code leads. The public address of the app
//! is a build-time setting, `TSUNAGARU_PUBLIC_URL` (see the README); the
//! sticker studio uses it as the QR target unless another is typed, and
//! the current address of the app while it is unset. A target that would
//! open only on this device or this network, or not over HTTPS, gets a
//! warning ([`concern`]): a printed sticker must work for everyone who
//! scans it, for years.
//!
//! `data/build.rs` checks the setting with [`check_setting`] and stops the
//! build, in Japanese, when it is not a public `https://` address.

/// The environment variable that holds the app's public address.
pub const SETTING: &str = "TSUNAGARU_PUBLIC_URL";

/// The public address of the app (the folder it is deployed to, which is
/// its consultation page), as set at build time; `None` while unset.
pub const PUBLIC_URL: Option<&str> = configured(option_env!("TSUNAGARU_PUBLIC_URL"));

const fn configured(value: Option<&'static str>) -> Option<&'static str> {
    match value {
        Some(url) if !url.is_empty() => Some(url),
        _ => None,
    }
}

/// Why a QR target would not open for the people who scan the sticker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    /// `localhost` or a loopback address: this device only.
    ThisDevice,
    /// An IP address: it changes, and HTTPS certificates name domains.
    IpAddress,
    /// A name that only a local network knows (`intranet`, `*.local`).
    LocalName,
    /// A public name, but `http://` (or no web address at all).
    NotHttps,
}

/// Names that only a local network resolves (RFC 6762, RFC 8375, and the
/// ones routers and companies use).
const LOCAL_SUFFIXES: [&str; 6] = [
    ".local",
    ".lan",
    ".internal",
    ".intranet",
    ".home.arpa",
    ".localdomain",
];

/// What is wrong with `url` as the target of a printed QR code, if
/// anything: it must be `https://` with a public domain name.
pub fn concern(url: &str) -> Option<Concern> {
    let lower = url.trim().to_ascii_lowercase();
    let (https, rest) = match lower.split_once("://") {
        Some(("https", rest)) => (true, rest),
        Some((_, rest)) => (false, rest),
        None => (false, lower.as_str()),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    if let Some(inner) = host_port.strip_prefix('[') {
        let inner = inner.split(']').next().unwrap_or_default();
        let loopback = inner.parse::<std::net::Ipv6Addr>().is_ok_and(|ip| {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        });
        return Some(if loopback {
            Concern::ThisDevice
        } else {
            Concern::IpAddress
        });
    }
    let host = host_port.split(':').next().unwrap_or_default();
    let host = host.strip_suffix('.').unwrap_or(host);
    if host == "localhost" || host.ends_with(".localhost") {
        return Some(Concern::ThisDevice);
    }
    // As browsers read a host (the URL Standard): a last label that is a
    // number, decimal or 0x…, makes the whole host an IPv4 address.
    let last = host.rsplit('.').next().unwrap_or_default();
    let numeric = !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || last
                .strip_prefix("0x")
                .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit())));
    if numeric {
        let loopback = host.starts_with("127.") || host == "0.0.0.0";
        return Some(if loopback {
            Concern::ThisDevice
        } else {
            Concern::IpAddress
        });
    }
    if !host.contains('.') || LOCAL_SUFFIXES.iter().any(|s| host.ends_with(s)) {
        return Some(Concern::LocalName);
    }
    (!https).then_some(Concern::NotHttps)
}

/// Checks the build-time setting: a public `https://` address of the app's
/// folder, ending in `/`, with no query, fragment, user or spaces. The
/// error is a Japanese sentence for the person who builds.
pub fn check_setting(value: &str) -> Result<(), String> {
    let fail = |why: &str| {
        Err(format!(
            "{SETTING}「{value}」: {why}（例: https://www.example.jp/tsunagaru/）"
        ))
    };
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return fail("空白や改行は入れられません");
    }
    let Some(rest) = value.strip_prefix("https://") else {
        return fail("https:// で始まる、公開しているアプリのURLにしてください");
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let host = authority.split(':').next().unwrap_or_default();
    let port_ok = authority
        .split_once(':')
        .is_none_or(|(_, port)| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
    let name_ok = host.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    if authority.contains('@') || !name_ok || !port_ok {
        return fail("ドメイン名が読み取れません");
    }
    match concern(value) {
        Some(Concern::ThisDevice) => return fail("localhost はこの端末の中だけのURLです"),
        Some(Concern::IpAddress) => return fail("IPアドレスではなくドメイン名にしてください"),
        Some(Concern::LocalName) => {
            return fail("建物の中のネットワークでしか通じない名前です");
        }
        Some(Concern::NotHttps) | None => {}
    }
    if path.contains(['?', '#']) {
        return fail("「?」や「#」の付かない、アプリのフォルダのURLにしてください");
    }
    if !path.ends_with('/') {
        return fail("アプリのフォルダのURLで、最後は「/」です");
    }
    if !value.is_ascii() {
        return fail("半角の英数字と記号で書いてください");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_https_addresses_are_fine() {
        for url in [
            "https://example.city.lg.jp/tsunagaru/",
            "https://www.city.tatsuno.example.jp/",
            "HTTPS://Example.JP/tsunagaru/?s=1",
            "https://example.jp:8443/x/",
            "https://example.jp./",
            "https://xn--eckwd4c7c.example.jp/",
            "https://local.example.jp/",
            "https://localhost.example.jp/",
            "https://127.example.jp/",
            "https://example.jp/127.0.0.1/",
        ] {
            assert_eq!(concern(url), None, "{url}");
        }
    }

    #[test]
    fn this_device_only() {
        for url in [
            "http://localhost/",
            "https://localhost:8080/tsunagaru/",
            "http://LOCALHOST./",
            "https://app.localhost/",
            "http://127.0.0.1:4204/tsunagaru/",
            "https://127.1.2.3/",
            "http://0.0.0.0/",
            "http://[::1]:8080/",
            "https://[0:0:0:0:0:0:0:1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://user@localhost/",
        ] {
            assert_eq!(concern(url), Some(Concern::ThisDevice), "{url}");
        }
    }

    #[test]
    fn ip_addresses() {
        for url in [
            "https://192.168.1.10/tsunagaru/",
            "http://10.0.0.1/",
            "https://203.0.113.7/",
            "https://[2001:db8::1]/",
            "http://[fe80::1%25eth0]/",
            "http://3232235786/",
            "http://0xC0A8010A/",
            "http://192.168.1.10./",
        ] {
            assert_eq!(concern(url), Some(Concern::IpAddress), "{url}");
        }
    }

    #[test]
    fn names_only_a_local_network_knows() {
        for url in [
            "https://intranet/",
            "http://nas:5000/",
            "https://printer.local/",
            "https://server.lan/",
            "https://app.corp.internal/",
            "https://router.home.arpa/",
        ] {
            assert_eq!(concern(url), Some(Concern::LocalName), "{url}");
        }
    }

    #[test]
    fn plain_http_and_other_schemes() {
        for url in [
            "http://example.jp/tsunagaru/",
            "HTTP://Example.JP/",
            "ftp://example.jp/",
            "example.jp/tsunagaru/",
        ] {
            assert_eq!(concern(url), Some(Concern::NotHttps), "{url}");
        }
    }

    #[test]
    fn the_setting_must_be_a_public_https_folder() {
        assert_eq!(
            check_setting("https://example.city.lg.jp/tsunagaru/"),
            Ok(())
        );
        assert_eq!(check_setting("https://example.jp/"), Ok(()));
        assert_eq!(check_setting("https://example.jp:8443/app/"), Ok(()));
        for (bad, why) in [
            ("http://example.jp/tsunagaru/", "https://"),
            ("example.jp/tsunagaru/", "https://"),
            ("https://localhost/", "localhost"),
            ("https://127.0.0.1/", "localhost"),
            ("https://192.168.0.2/tsunagaru/", "IPアドレス"),
            ("https://[2001:db8::1]/", "ドメイン名"),
            ("https://intranet/", "建物の中"),
            ("https://example.jp/tsunagaru", "最後は「/」"),
            ("https://example.jp", "最後は「/」"),
            ("https://example.jp/?s=1", "「?」"),
            ("https://example.jp/#top", "「?」"),
            ("https://user@example.jp/", "ドメイン名"),
            ("https://exa mple.jp/", "空白"),
            ("https://example.jp/\n", "空白"),
            ("https://-x.example.jp/", "ドメイン名"),
            ("https://example.jp:/", "ドメイン名"),
            ("https://example.jp/相談/", "半角"),
            ("https://", "ドメイン名"),
        ] {
            let err = check_setting(bad).err().unwrap_or_default();
            assert!(err.starts_with("TSUNAGARU_PUBLIC_URL「"), "{bad}: {err}");
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn a_configured_address_is_used_and_an_empty_one_is_not() {
        assert_eq!(configured(None), None);
        assert_eq!(configured(Some("")), None);
        assert_eq!(
            configured(Some("https://example.jp/")),
            Some("https://example.jp/")
        );
        if let Some(url) = PUBLIC_URL {
            assert_eq!(check_setting(url), Ok(()));
        }
    }
}
