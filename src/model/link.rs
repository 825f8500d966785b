//! [`Link`]: an address as the editor wrote it, read once, and everything Nashra asks of it:
//! the key under which two links are the same story, the site it is on, whether the pre-flight
//! check can ask for it, and what an export may write.
//!
//! One rule decides what is a link, wherever the address was written (a story's link field, a
//! word of prose, a pasted line, a feed, the import dialog):
//!
//! - A **web link** is a single token (no spaces or control characters inside) that starts
//!   with `http://` or `https://`, in any case, and names a host, or that starts with `www.`
//!   and names a host after it (`www.ft.com/x`, not `www.` or `www.ft`), which is read as
//!   https. It is what a reader can open and the check can ask for.
//! - A **mail link** is a single token that starts with `mailto:` and has an address after it.
//! - **Anything else is not a link**: `ft.com/x` (a name with a dot is too often not an
//!   address: `Node.js`, `e.g.`), `ftp:`, `tel:`, `javascript:`, text with spaces. The check
//!   reports it in a story's link field as not a web address, and exports leave it out.
//!
//! Spaces, control characters and invisible marks around the token do not count: an Arabic
//! sentence puts an RLM after a link, or isolates it (LRI … PDI) so that a number after it
//! stays on the Arabic side, and the link is the same link. The `url` crate parses web links,
//! so the check asks for exactly what a browser would.

use url::{Host, Url};

use super::link_key;
use super::search_fold::is_invisible;

/// What kind of address a [`Link`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// An http(s) link, or one written from `www.`.
    Web,
    /// A `mailto:` link.
    Mail,
    /// Not a link: text, another scheme, a name without a scheme.
    Other,
}

/// An address as written, read once. Made by [`Link::parse`] from any text; text that is not a
/// link is a link of kind [`LinkKind::Other`], which answers `None` to every question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    read: Read,
}

/// What [`Link::parse`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Read {
    Web {
        /// The address as the parser reads it (what the check asks for).
        url: Url,
        /// The address as written, scheme in lower case, `https://` before a `www.` link.
        address: String,
    },
    Mail {
        /// The address as written, scheme in lower case.
        address: String,
    },
    Other,
}

impl Link {
    /// Reads `text` as a link (see the module's rule); never fails: anything that is not a web
    /// or mail link is [`LinkKind::Other`].
    pub fn parse(text: &str) -> Self {
        let text = text.trim_matches(is_around_link);
        let read = if text.is_empty() || text.contains(is_never_in_link) {
            Read::Other
        } else if let Some((scheme, rest)) = ["http://", "https://"]
            .into_iter()
            .find_map(|scheme| Some((scheme, strip_prefix_ignoring_case(text, scheme)?)))
        {
            web(format!("{scheme}{rest}"))
        } else if strip_prefix_ignoring_case(text, "www.").is_some() {
            match web(format!("https://{text}")) {
                Read::Web { url, .. } if !url.host_str().is_some_and(has_name_after_www) => {
                    Read::Other
                }
                read => read,
            }
        } else if let Some(to) =
            strip_prefix_ignoring_case(text, MAILTO).filter(|to| !to.is_empty())
        {
            Read::Mail {
                address: format!("{MAILTO}{to}"),
            }
        } else {
            Read::Other
        };
        Self { read }
    }

    /// The web link in a whitespace-separated token of prose, with the part of the token it
    /// is written in, without the brackets, quotes, sentence punctuation and invisible marks
    /// around it: `(https://ft.com/x).` holds `https://ft.com/x`, and so does the link isolated
    /// in `LRI https://ft.com/x PDI`. A closing bracket stays when the link
    /// itself opened it (`https://en.wikipedia.org/wiki/Go_(game)`). Mail links in prose are
    /// not looked for: an address in a sentence is written without `mailto:`.
    pub fn in_token(token: &str) -> Option<(&str, Self)> {
        let opening = |c: char| OPENING_PUNCTUATION.contains(&c) || is_invisible(c);
        let closing = |c: char| CLOSING_PUNCTUATION.contains(&c) || is_invisible(c);
        let mut candidate = token.trim_start_matches(opening);
        loop {
            let trimmed = candidate.trim_end_matches(closing);
            let unbalanced = trimmed.matches(')').count() > trimmed.matches('(').count();
            match trimmed.strip_suffix(')') {
                Some(inner) if unbalanced => candidate = inner,
                _ => {
                    candidate = trimmed;
                    break;
                }
            }
        }
        let link = Self::parse(candidate);
        (link.kind() == LinkKind::Web).then_some((candidate, link))
    }

    /// Which kind of address this is.
    pub fn kind(&self) -> LinkKind {
        match self.read {
            Read::Web { .. } => LinkKind::Web,
            Read::Mail { .. } => LinkKind::Mail,
            Read::Other => LinkKind::Other,
        }
    }

    /// The key under which this link counts as the same story as others (see
    /// `model/link_key.rs`), for example `ft.com/content/x?id=7`; prefixed with `https://` it
    /// is itself a link with the same key. `None` for anything but a web link.
    pub fn key(&self) -> Option<String> {
        link_key::key_of(self.web_url()?)
    }

    /// The site the link is on, as a story's source when nothing better is known: the host
    /// without `www.` and without its port, a trailing dot or credentials, with international
    /// names in their own letters (`https://www.مثال.مصر/x` → `مثال.مصر`). `None` for anything
    /// but a web link.
    pub fn site(&self) -> Option<String> {
        let url = self.web_url()?;
        Some(match url.host()? {
            Host::Domain(name) => {
                let host = link_key::canonical_host(name);
                // A name that reads as an address once `www.` is gone stays as it is.
                match url::quirks::domain_to_unicode(&host) {
                    unicode if unicode.is_empty() => host,
                    unicode => unicode,
                }
            }
            Host::Ipv4(address) => address.to_string(),
            Host::Ipv6(address) => address.to_string(),
        })
    }

    /// True when the pre-flight check can ask a server for the link: a web link. A mail link
    /// cannot be checked and is not broken; anything else is not a link an email can carry.
    pub fn is_checkable(&self) -> bool {
        self.web_url().is_some()
    }

    /// A web link's address as the parser reads it (host in punycode, path percent-encoded):
    /// what is asked for over the network.
    pub fn web_url(&self) -> Option<&Url> {
        match &self.read {
            Read::Web { url, .. } => Some(url),
            _ => None,
        }
    }

    /// A web or mail link as it is stored: as written, its scheme in lower case, `https://`
    /// before a link written from `www.`, without the spaces around it.
    pub fn address(&self) -> Option<&str> {
        match &self.read {
            Read::Web { address, .. } | Read::Mail { address } => Some(address),
            Read::Other => None,
        }
    }

    /// What an export may write as the link's target: the [`address`](Self::address) of a web
    /// or mail link, `None` for anything else, `javascript:` however it is disguised (mixed
    /// case, tabs, newlines or control characters inside the scheme, entities). The address
    /// starts with a scheme written by this module, never one copied from the text, and holds
    /// no space or control character, so a browser cannot read another scheme in it.
    pub fn safe_for_export(&self) -> Option<&str> {
        self.address()
    }
}

/// `address`, which starts with a web scheme, read as a web link, or [`Read::Other`] when the
/// parser refuses it or finds no host in it.
fn web(address: String) -> Read {
    match Url::parse(&address) {
        Ok(url) if url.host_str().is_some_and(|host| !host.is_empty()) => {
            Read::Web { url, address }
        }
        _ => Read::Other,
    }
}

const MAILTO: &str = "mailto:";

/// Without a scheme only a full name counts: `www.ft.com`, not `www.` or `www.ft`.
fn has_name_after_www(host: &str) -> bool {
    host.trim_end_matches('.')
        .strip_prefix("www.")
        .is_some_and(|name| name.contains('.'))
}

/// What may surround a link without being part of it: spaces, control characters, and the
/// marks with no glyph that bidi text puts around a Latin run (RLM, LRI … PDI).
fn is_around_link(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_invisible(c)
}

/// What no link holds: a space makes two words, a control character hides part of it.
fn is_never_in_link(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// `text` after `prefix`, which it starts with in any case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let start = text.get(..prefix.len())?;
    start
        .eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// What prose puts before a link: brackets and quotes.
const OPENING_PUNCTUATION: &[char] = &['(', '[', '{', '<', '«', '"', '\'', '“', '‘'];

/// What prose puts after a link: closing brackets and quotes (except `)`, which links may hold),
/// and sentence punctuation, Latin and Arabic.
const CLOSING_PUNCTUATION: &[char] = &[
    ']', '}', '>', '»', '"', '\'', '”', '’', '.', ',', ';', ':', '!', '?', '…', '،', '؛', '؟',
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use LinkKind::{Mail, Other, Web};

    /// A text, and what it is: kind, key, site and what an export writes.
    type Row = (
        &'static str,
        LinkKind,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    /// Texts the five readings Nashra had before [`Link`] (the duplicate key, the link check,
    /// the site of an import, smart paste and the export filter) disagreed on, and a few they
    /// agreed on, with what each is now: kind, key, site and what an export writes. The
    /// comment on each says what was answered before.
    const TABLE: &[Row] = &[
        // Agreed: a web link in any case, with spaces around it.
        (
            "HTTPS://FT.COM/x",
            Web,
            Some("ft.com/x"),
            Some("ft.com"),
            Some("https://FT.COM/x"),
        ),
        (
            " https://ft.com ",
            Web,
            Some("ft.com"),
            Some("ft.com"),
            Some("https://ft.com"),
        ),
        (
            "https://user:pw@ft.com/x",
            Web,
            Some("ft.com/x"),
            Some("ft.com"),
            Some("https://user:pw@ft.com/x"),
        ),
        (
            "http://[::1]:8080/feed",
            Web,
            Some("[::1]:8080/feed"),
            Some("::1"),
            Some("http://[::1]:8080/feed"),
        ),
        // The check asked for https://ft.com/x; no key, no site, and exports left it out, so
        // the email went without the link the check had passed.
        ("ft.com/x", Other, None, None, None),
        ("ft.com", Other, None, None, None),
        // The check asked for https://ft.com/x (a link relative to the scheme).
        ("//ft.com/x", Other, None, None, None),
        // Key and check read https://www.ft.com/x; exports left it out and it had no site.
        (
            "www.ft.com/x",
            Web,
            Some("ft.com/x"),
            Some("ft.com"),
            Some("https://www.ft.com/x"),
        ),
        (
            "WWW.ft.com",
            Web,
            Some("ft.com"),
            Some("ft.com"),
            Some("https://WWW.ft.com"),
        ),
        // The check took `www.ft.com` for a scheme and passed it unchecked.
        (
            "www.ft.com:8080/x",
            Web,
            Some("ft.com:8080/x"),
            Some("ft.com"),
            Some("https://www.ft.com:8080/x"),
        ),
        // The check asked for https://www.ft/ and https://www./.
        ("www.ft", Other, None, None, None),
        ("www.", Other, None, None, None),
        // The check and exports took these; no key.
        ("http:ft.com", Other, None, None, None),
        ("https:/ft.com", Other, None, None, None),
        // Exports wrote `https://` as a link.
        ("https://", Other, None, None, None),
        // Exports wrote it; the check found no web address in it.
        ("https://ft.com:99999/x", Other, None, None, None),
        // The check asked for https://ft.com/a%20b and exports wrote the space.
        ("https://ft.com/a b", Other, None, None, None),
        // Exports wrote it, and its site was `ft com`.
        ("https://ft com/x", Other, None, None, None),
        // Check and exports read https://ft.com, the key nothing.
        (
            "\u{0}https://ft.com",
            Web,
            Some("ft.com"),
            Some("ft.com"),
            Some("https://ft.com"),
        ),
        ("ht\ttps://ft.com", Other, None, None, None),
        // Key and check read https://ft.com/%00x; exports left it out.
        ("https://ft.com/\u{0}x", Other, None, None, None),
        // Mail links: exports write them, nothing checks them.
        (
            "mailto:editor@example.com",
            Mail,
            None,
            None,
            Some("mailto:editor@example.com"),
        ),
        (
            "MAILTO:editor@example.com",
            Mail,
            None,
            None,
            Some("mailto:editor@example.com"),
        ),
        ("mailto:", Other, None, None, None),
        // The check passed it as a mail link and exports wrote the space.
        ("mailto:a@b.com?subject=Hi there", Other, None, None, None),
        // The check passed these as "other schemes" and exports left them out.
        ("tel:+9613000000", Other, None, None, None),
        ("javascript:alert(1)", Other, None, None, None),
        ("file:///etc/passwd", Other, None, None, None),
        ("localhost:8080", Other, None, None, None),
        // The check passed it, and its site was ft.com.
        ("ftp://ft.com/x", Other, None, None, None),
        // Its site was `com`; the key kept www.com, a domain of its own.
        (
            "https://www.com/x",
            Web,
            Some("www.com/x"),
            Some("www.com"),
            Some("https://www.com/x"),
        ),
        // With the mark, the key and the check had https://ft.com/x%E2%80%8F, exports wrote it.
        (
            "https://ft.com/x\u{200F}",
            Web,
            Some("ft.com/x"),
            Some("ft.com"),
            Some("https://ft.com/x"),
        ),
        // Its site kept the trailing dot.
        (
            "https://ft.com./x",
            Web,
            Some("ft.com/x"),
            Some("ft.com"),
            Some("https://ft.com./x"),
        ),
        // Its site was `bÜcher.de`: only ASCII letters went to lower case.
        (
            "https://BÜCHER.de/x",
            Web,
            Some("xn--bcher-kva.de/x"),
            Some("bücher.de"),
            Some("https://BÜCHER.de/x"),
        ),
        (
            "https://www.مثال.مصر/x",
            Web,
            Some("xn--mgbh0fb.xn--wgbh1c/x"),
            Some("مثال.مصر"),
            Some("https://www.مثال.مصر/x"),
        ),
    ];

    #[test]
    fn every_reading_of_a_link_follows_one_rule() {
        for &(text, kind, key, site, export) in TABLE {
            let link = Link::parse(text);
            assert_eq!(link.kind(), kind, "{text:?}");
            assert_eq!(link.key().as_deref(), key, "key of {text:?}");
            assert_eq!(link.site().as_deref(), site, "site of {text:?}");
            assert_eq!(link.is_checkable(), kind == Web, "{text:?}");
            assert_eq!(link.safe_for_export(), export, "export of {text:?}");
            assert_eq!(link.address(), export, "address of {text:?}");
        }
    }

    #[test]
    fn the_parser_reads_a_www_link_as_https() {
        let link = Link::parse("www.ft.com/x");
        assert_eq!(
            link.web_url().map(Url::as_str),
            Some("https://www.ft.com/x")
        );
        assert_eq!(
            Link::parse("https://ar.wikipedia.org/wiki/مصر")
                .web_url()
                .map(Url::as_str),
            Some("https://ar.wikipedia.org/wiki/%D9%85%D8%B5%D8%B1")
        );
    }

    #[test]
    fn non_links() {
        for text in [
            "",
            "   ",
            "javascript:alert(1)",
            "ftp://ft.com/x",
            "ft.com/content/x",
            "كلمات عادية",
            "OpenAI",
            "https://",
            "https://ft.com/x وبعدها كلام",
            "www.",
            "www.ft",
        ] {
            let link = Link::parse(text);
            assert_eq!(link.kind(), Other, "{text:?}");
            assert_eq!(link.key(), None, "{text:?}");
            assert_eq!(link.address(), None, "{text:?}");
        }
    }

    #[test]
    fn single_tokens_that_are_web_links() {
        for text in [
            "https://ft.com",
            "http://ft.com/x?y=1",
            "HTTPS://FT.COM",
            "www.ft.com/x",
            "WWW.ft.com",
            " https://ar.wikipedia.org/wiki/مصر ",
        ] {
            assert_eq!(Link::parse(text).kind(), Web, "{text:?}");
        }
    }

    #[test]
    fn sites_without_www_port_or_credentials() {
        let site = |text: &str| Link::parse(text).site();
        assert_eq!(
            site("https://www.FT.com/content/x?a").as_deref(),
            Some("ft.com")
        );
        assert_eq!(
            site("http://user:pw@aljazeera.net:8080/").as_deref(),
            Some("aljazeera.net")
        );
        assert_eq!(
            site("https://example.org#top").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            site("http://127.0.0.1:8080/feed").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(site("not a link"), None);
    }

    #[test]
    fn javascript_is_never_exported_however_disguised() {
        for text in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java&#09;script:alert(1)",
            " javascript:alert(1)",
            "\u{0}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//evil.example/x",
            "",
            "https:",
            "https://ok.example/\u{0}x",
            "https://ok.example/\u{7f}x",
            "mailto:\u{0}x",
        ] {
            assert_eq!(Link::parse(text).safe_for_export(), None, "{text:?}");
        }
    }

    #[test]
    fn links_are_found_inside_prose_punctuation() {
        for (token, url) in [
            ("https://ft.com/x", Some("https://ft.com/x")),
            ("(https://ft.com/x).", Some("https://ft.com/x")),
            ("«https://ft.com/x»،", Some("https://ft.com/x")),
            ("https://ft.com/x؟", Some("https://ft.com/x")),
            ("<www.ft.com/x>", Some("www.ft.com/x")),
            (
                "https://en.wikipedia.org/wiki/Go_(game)",
                Some("https://en.wikipedia.org/wiki/Go_(game)"),
            ),
            (
                "(https://en.wikipedia.org/wiki/Go_(game)).",
                Some("https://en.wikipedia.org/wiki/Go_(game)"),
            ),
            ("(كلمة)", None),
            ("https://", None),
            ("ft.com/x.", None),
            ("mailto:editor@example.com", None),
            // Isolated (LRI … PDI) or followed by an RLM, as bidi hints and Insert RLM leave
            // it in Arabic prose: these read as no link, or as one ending in the mark.
            ("\u{2066}https://ft.com/x\u{2069}", Some("https://ft.com/x")),
            ("https://ft.com/x\u{200F}.", Some("https://ft.com/x")),
            (
                "(\u{2066}https://ft.com/x\u{2069}).",
                Some("https://ft.com/x"),
            ),
            ("\u{200F}www.ft.com/x\u{200F}", Some("www.ft.com/x")),
        ] {
            let found = Link::in_token(token);
            assert_eq!(found.as_ref().map(|(text, _)| *text), url, "{token:?}");
            if let Some((text, link)) = found {
                assert_eq!(link, Link::parse(text));
                // The text is a part of the token, so its place in the token is known.
                let at = text.as_ptr() as usize - token.as_ptr() as usize;
                assert_eq!(&token[at..at + text.len()], text);
            }
        }
    }

    proptest! {
        #[test]
        fn any_text_is_handled(text in "\\PC{0,40}") {
            let link = Link::parse(&text);
            prop_assert_eq!(link.key().is_some(), link.kind() == Web);
            prop_assert_eq!(link.site().is_some(), link.kind() == Web);
            prop_assert_eq!(link.address().is_some(), link.kind() != Other);
            if let Some(address) = link.address() {
                // What is stored reads as the same link again.
                let again = Link::parse(address);
                prop_assert_eq!(again.address(), Some(address));
                prop_assert!(!address.contains(is_never_in_link));
            }
        }
    }
}
