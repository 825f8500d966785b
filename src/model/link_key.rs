//! The key under which two web links count as the same story ([`Link::key`](super::Link::key)),
//! so the editor can be warned that a link was already featured and the inbox can merge
//! duplicates.
//!
//! Two links get the same key when a reader would land on the same page: the scheme (http or
//! https), a leading `www.`, the host's case, default ports, a trailing slash, the fragment,
//! tracking parameters, the order of the remaining query parameters and the spelling of
//! percent-encoding do not matter. The path stays case-sensitive, because servers treat it so.

use url::{Host, Url};

/// The key of web link `url` (see [`Link::key`](super::Link::key)): the host (in punycode,
/// without `www.`), a non-default port, the path and the sorted query, for example
/// `ft.com/content/x?id=7`; prefixed with `https://` it is itself a link with the same key.
/// `None` when `url` has no host.
pub(super) fn key_of(url: &Url) -> Option<String> {
    let host = canonical_host(url.host_str()?);
    let mut key = host.clone();
    if let Some(port) = url.port().filter(|port| !is_default_port(*port)) {
        key.push(':');
        key.push_str(&port.to_string());
    }
    key.push_str(&canonical_path(url.path()));
    if let Some(query) = canonical_query(url.query().unwrap_or(""), &host) {
        key.push('?');
        key.push_str(&query);
    }
    Some(key)
}

/// Port 80 and 443 are dropped whatever the scheme, because the key drops the scheme: keeping
/// `http://x:443` apart from `https://x` would make the key depend on something it hides.
fn is_default_port(port: u16) -> bool {
    matches!(port, 80 | 443)
}

/// The host without trailing dots (`ft.com.` is `ft.com`) and without leading `www.` labels.
/// The parser has already lowercased it and turned international names into punycode.
pub(super) fn canonical_host(host: &str) -> String {
    let mut name = match host.trim_end_matches('.') {
        "" => host,
        trimmed => trimmed,
    };
    // `www.com` is a domain of its own, so `www.` only goes when a dot remains after it.
    while let Some(rest) = name.strip_prefix("www.") {
        if !rest.contains('.') {
            break;
        }
        name = rest;
    }
    if name == host {
        return name.to_owned();
    }
    // What is left may read differently on its own (`0..` becomes `0`, which is the address
    // 0.0.0.0), so it is parsed again to keep the key stable.
    Host::parse(name).map_or_else(|_| host.to_owned(), |parsed| parsed.to_string())
}

/// The path with percent-encoding normalized and trailing slashes removed, so `/`, `` and
/// `/a/` vs `/a` compare equal.
fn canonical_path(path: &str) -> String {
    normalize_percent_encoding(path)
        .trim_end_matches('/')
        .to_owned()
}

/// The query without empty and tracking parameters, the rest sorted; `None` when nothing is
/// left.
fn canonical_query(query: &str, host: &str) -> Option<String> {
    let mut parameters: Vec<String> = query
        .split('&')
        .filter(|parameter| !parameter.is_empty())
        .map(normalize_percent_encoding)
        .filter(|parameter| !is_tracking_parameter(parameter_name(parameter), host))
        .collect();
    parameters.sort_unstable();
    (!parameters.is_empty()).then(|| parameters.join("&"))
}

fn parameter_name(parameter: &str) -> &str {
    parameter
        .split_once('=')
        .map_or(parameter, |(name, _)| name)
}

/// Parameters that identify a campaign, a click or a share, never the page.
const TRACKING_PARAMETERS: &[&str] = &[
    // Ad networks' click ids.
    "fbclid",
    "gclid",
    "gclsrc",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "srsltid",
    // Mailing tools.
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "vero_id",
    "vero_conv",
    "oly_anon_id",
    "oly_enc_id",
    // Analytics and share buttons.
    "_ga",
    "_gl",
    "igshid",
    "igsh",
    "ref_src",
    "ref_url",
    "cmpid",
    "ocid",
    "smid",
    "spm",
    "xtor",
    "wt.mc_id",
    "s_cid",
    "ncid",
    "guccounter",
    "guce_referrer",
    "guce_referrer_sig",
    "_branch_match_id",
];

/// Prefixes of whole families of campaign parameters (Google Analytics, Piwik, Matomo).
const TRACKING_PREFIXES: &[&str] = &["utm_", "pk_", "mtm_"];

/// Parameters that only track on particular sites, where elsewhere the same names carry meaning
/// (`s` is a search on many sites but a share marker on X).
const SITE_TRACKING_PARAMETERS: &[(&str, &[&str])] = &[
    ("twitter.com", &["s", "t"]),
    ("x.com", &["s", "t"]),
    ("youtube.com", &["si", "feature", "pp"]),
    ("youtu.be", &["si", "feature"]),
    ("spotify.com", &["si"]),
];

fn is_tracking_parameter(name: &str, host: &str) -> bool {
    let name = name.to_ascii_lowercase();
    TRACKING_PARAMETERS.contains(&name.as_str())
        || TRACKING_PREFIXES
            .iter()
            .any(|prefix| name.starts_with(prefix))
        || SITE_TRACKING_PARAMETERS
            .iter()
            .any(|(site, names)| is_on_site(host, site) && names.contains(&name.as_str()))
}

/// True for `site` itself and its subdomains (`mobile.twitter.com`), not for lookalikes
/// (`notx.com`).
fn is_on_site(host: &str, site: &str) -> bool {
    host.strip_suffix(site)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

/// Decodes escapes of unreserved characters (`%41` is `A`), writes the other escapes in upper
/// case (`%d8` is `%D8`, which is how the parser writes a raw Arabic letter), and escapes a `%`
/// that starts no escape, so a decoded character can never join a stray `%` into a new escape.
fn normalize_percent_encoding(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match decode_escape(after) {
            Some(byte) => {
                push_byte(&mut out, byte);
                rest = after.get(2..).unwrap_or("");
            }
            None => {
                out.push_str("%25");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The byte written by the two hex digits at the start of `text`, if they are there.
fn decode_escape(text: &str) -> Option<u8> {
    let digits = text.get(..2)?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u8::from_str_radix(digits, 16).ok()
}

/// Pushes an escaped byte: as itself when it is unreserved (RFC 3986 §2.3), escaped otherwise.
fn push_byte(out: &mut String, byte: u8) {
    let unreserved = byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~');
    if unreserved {
        out.push(char::from(byte));
    } else {
        out.push_str(&format!("%{byte:02X}"));
    }
}

#[cfg(test)]
mod tests {
    use super::super::Link;
    use proptest::prelude::*;

    fn url_key(text: &str) -> Option<String> {
        Link::parse(text).key()
    }

    /// Pairs of links and whether they must count as the same story.
    const CASES: &[(&str, &str, bool)] = &[
        // Scheme, www, host case, default ports.
        ("http://ft.com/content/x", "https://ft.com/content/x", true),
        (
            "https://www.ft.com/content/x",
            "https://ft.com/content/x",
            true,
        ),
        (
            "https://WWW.FT.COM/content/x",
            "https://ft.com/content/x",
            true,
        ),
        ("HTTPS://ft.com/content/x", "https://ft.com/content/x", true),
        (
            "https://ft.com:443/content/x",
            "https://ft.com/content/x",
            true,
        ),
        (
            "http://ft.com:80/content/x",
            "https://ft.com/content/x",
            true,
        ),
        (
            "https://ft.com:8443/content/x",
            "https://ft.com/content/x",
            false,
        ),
        (
            "https://ft.com./content/x",
            "https://ft.com/content/x",
            true,
        ),
        ("www.ft.com/content/x", "https://ft.com/content/x", true),
        ("https://blog.ft.com/x", "https://ft.com/x", false),
        ("https://www.com/x", "https://com/x", false),
        // Trailing slash, empty path, fragment, empty query.
        (
            "https://ft.com/content/x/",
            "https://ft.com/content/x",
            true,
        ),
        ("https://ft.com/", "https://ft.com", true),
        (
            "https://ft.com/content/x#comments",
            "https://ft.com/content/x",
            true,
        ),
        (
            "https://ft.com/content/x?",
            "https://ft.com/content/x",
            true,
        ),
        (
            "https://ft.com/content/x?&&",
            "https://ft.com/content/x",
            true,
        ),
        (
            "https://ft.com/content/x/?#",
            "https://ft.com/content/x",
            true,
        ),
        // The path is case-sensitive and otherwise exact.
        (
            "https://ft.com/Content/X",
            "https://ft.com/content/x",
            false,
        ),
        (
            "https://ft.com/content/x",
            "https://ft.com/content/y",
            false,
        ),
        ("https://ft.com/a/b", "https://ft.com/a//b", false),
        ("https://ft.com/a/./b/../c", "https://ft.com/a/c", true),
        // Tracking parameters go, others stay, in any order.
        (
            "https://ft.com/x?utm_source=twitter&utm_medium=social",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?UTM_Campaign=spring",
            "https://ft.com/x",
            true,
        ),
        ("https://ft.com/x?fbclid=IwAR0abc", "https://ft.com/x", true),
        (
            "https://ft.com/x?gclid=1&dclid=2&gbraid=3&wbraid=4",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?msclkid=1&yclid=2",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?mc_cid=1&mc_eid=2",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?igshid=1&_ga=2&_gl=3",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?ref_src=twsrc&ref_url=a",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?cmpid=1&ocid=2&smid=3&spm=4",
            "https://ft.com/x",
            true,
        ),
        (
            "https://ft.com/x?id=7&utm_source=nl",
            "https://ft.com/x?id=7",
            true,
        ),
        ("https://ft.com/x?b=2&a=1", "https://ft.com/x?a=1&b=2", true),
        (
            "https://ft.com/x?a=1&b=2",
            "https://ft.com/x?a=1&b=3",
            false,
        ),
        ("https://ft.com/x?id=7", "https://ft.com/x", false),
        ("https://ft.com/x?id=7#top", "https://ft.com/x/?id=7", true),
        ("https://ft.com/x?ref=main", "https://ft.com/x", false),
        ("https://ft.com/search?s=ai", "https://ft.com/search", false),
        // Site-specific share markers.
        (
            "https://x.com/elonmusk/status/1?s=20&t=abc",
            "https://twitter.com/elonmusk/status/1",
            false,
        ),
        (
            "https://x.com/elonmusk/status/1?s=20&t=abc",
            "https://x.com/elonmusk/status/1",
            true,
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ?si=abc",
            "https://youtu.be/dQw4w9WgXcQ",
            true,
        ),
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=x",
            "https://youtube.com/watch?v=dQw4w9WgXcQ",
            true,
        ),
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?v=other",
            false,
        ),
        // Percent-encoding of unreserved characters, and hex case.
        (
            "https://ft.com/%7Euser/a%2Db",
            "https://ft.com/~user/a-b",
            true,
        ),
        ("https://ft.com/%41", "https://ft.com/A", true),
        ("https://ft.com/%41", "https://ft.com/a", false),
        ("https://ft.com/a%2fb", "https://ft.com/a%2Fb", true),
        ("https://ft.com/a%2Fb", "https://ft.com/a/b", false),
        ("https://ft.com/x?q=a%2Db", "https://ft.com/x?q=a-b", true),
        // Arabic in the path and query, raw or percent-encoded in either case.
        (
            "https://ar.wikipedia.org/wiki/مصر",
            "https://ar.wikipedia.org/wiki/%D9%85%D8%B5%D8%B1",
            true,
        ),
        (
            "https://ar.wikipedia.org/wiki/مصر",
            "https://ar.wikipedia.org/wiki/%d9%85%d8%b5%d8%b1",
            true,
        ),
        (
            "https://www.aljazeera.net/news/2024/1/1/سوريا",
            "https://aljazeera.net/news/2024/1/1/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/",
            true,
        ),
        (
            "https://ar.wikipedia.org/wiki/مصر",
            "https://ar.wikipedia.org/wiki/مصرع",
            false,
        ),
        (
            "https://example.com/search?q=ذكاء",
            "https://example.com/search?q=%D8%B0%D9%83%D8%A7%D8%A1",
            true,
        ),
        // International host names, in Unicode or punycode.
        (
            "https://مثال.مصر/x",
            "https://xn--mgbh0fb.xn--wgbh1c/x",
            true,
        ),
        (
            "https://www.bücher.de/x",
            "https://xn--bcher-kva.de/x",
            true,
        ),
        ("https://BÜCHER.de/x", "https://bücher.de/x", true),
        // Credentials do not make another page.
        ("https://user:pw@ft.com/x", "https://ft.com/x", true),
    ];

    #[test]
    fn link_pairs_compare_as_expected() {
        for &(a, b, same) in CASES {
            let (key_a, key_b) = (url_key(a), url_key(b));
            assert!(key_a.is_some(), "no key for {a:?}");
            assert!(key_b.is_some(), "no key for {b:?}");
            assert_eq!(key_a == key_b, same, "{a:?} → {key_a:?}, {b:?} → {key_b:?}");
        }
    }

    #[test]
    fn keys_are_readable() {
        assert_eq!(
            url_key("https://www.FT.com/content/x/?utm_source=a&b=2&a=1#c").as_deref(),
            Some("ft.com/content/x?a=1&b=2")
        );
        assert_eq!(
            url_key("http://ft.com:8080/").as_deref(),
            Some("ft.com:8080")
        );
        assert_eq!(
            url_key("https://[::1]:8080/a").as_deref(),
            Some("[::1]:8080/a")
        );
    }

    #[test]
    fn a_host_left_numeric_is_read_as_an_address() {
        // `0..` without its dots is `0`, which a parser reads as the address 0.0.0.0.
        assert_eq!(url_key("http://0..").as_deref(), Some("0.0.0.0"));
        assert_eq!(url_key("https://0.0.0.0").as_deref(), Some("0.0.0.0"));
    }

    /// Links made of the pieces that normalization touches.
    fn link() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec![
                "http://",
                "https://",
                "HTTPS://",
                "www.",
                "https://www.",
            ]),
            "[a-zA-Z0-9.-]{1,12}|مثال\\.مصر|www\\.www\\.[a-z]{1,4}\\.com",
            prop::option::of(0..=u16::MAX),
            "(/[a-zA-Z0-9%._~!$'()*+,;=:@ مصر-]{0,8}){0,4}/?",
            prop::option::of("[a-zA-Z0-9%_=&.~+ذكاء-]{0,20}"),
            prop::option::of("[a-z0-9]{0,5}"),
        )
            .prop_map(|(scheme, host, port, path, query, fragment)| {
                let port = port.map(|p| format!(":{p}")).unwrap_or_default();
                let query = query.map(|q| format!("?{q}")).unwrap_or_default();
                let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
                let path = path.replace(' ', "%20");
                format!("{scheme}{host}{port}{path}{query}{fragment}")
            })
    }

    proptest! {
        #[test]
        fn a_key_is_its_own_key(text in link()) {
            if let Some(key) = url_key(&text) {
                let again = url_key(&format!("https://{key}"));
                prop_assert_eq!(again.as_deref(), Some(key.as_str()), "from {:?}", text);
            }
        }
    }
}
