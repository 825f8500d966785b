//! [`import_url`]: a link the editor pasted or dropped, as a feed's stories or one page's.

use std::sync::atomic::AtomicBool;

use super::{FeedImport, ImportError, ImportLimits, ImportWarning};
use super::{fetch, parse_feed, story_from_page};
use crate::model::{Link, Story};

/// What a link turned out to be.
#[derive(Clone, Debug)]
pub enum UrlImport {
    /// A feed: its stories.
    Feed(FeedImport),
    /// A web page: one story made from its title and description.
    Page {
        /// The story.
        story: Story,
        /// What cleaning changed.
        warnings: Vec<ImportWarning>,
    },
}

impl UrlImport {
    /// The stories and warnings, whatever the link was: for callers that treat both alike.
    pub fn into_parts(self) -> (Vec<Story>, Vec<ImportWarning>) {
        match self {
            Self::Feed(feed) => (feed.stories, feed.warnings),
            Self::Page { story, warnings } => (vec![story], warnings),
        }
    }
}

/// Downloads `url` and imports it: as a feed when the server says it is one or its content
/// starts like one, otherwise as a web page. Blocks until done, so call it off the UI thread;
/// setting `cancel` ends it early with [`ImportError::Cancelled`].
pub fn import_url(
    url: &str,
    limits: &ImportLimits,
    cancel: &AtomicBool,
) -> Result<UrlImport, ImportError> {
    let fetched = fetch(url, limits, cancel)?;
    if !is_feed(fetched.content_type.as_deref(), &fetched.bytes) {
        let (story, warnings) = story_from_page(&fetched.final_url, &fetched.bytes, limits);
        return Ok(UrlImport::Page { story, warnings });
    }
    let mut feed =
        parse_feed(&fetched.bytes, limits).map_err(|e| e.from_source(&fetched.final_url))?;
    if feed.feed_title.is_empty() {
        // A feed without a title or a link still came from somewhere.
        feed.feed_title = Link::parse(&fetched.final_url).site().unwrap_or_default();
        for story in &mut feed.stories {
            story.source.clone_from(&feed.feed_title);
        }
    }
    Ok(UrlImport::Feed(feed))
}

/// What the start of a document shows it to be.
#[derive(Debug, PartialEq, Eq)]
enum Root {
    /// `<rss`, `<feed`, `<rdf:RDF` or a JSON Feed.
    Feed,
    /// `<html` or an HTML doctype.
    Html,
    /// Something else, or nothing recognisable.
    Unknown,
}

/// True when a download should be read as a feed: its content says so, or its content says
/// nothing and the server's content type does.
fn is_feed(content_type: Option<&str>, bytes: &[u8]) -> bool {
    match sniff_root(bytes) {
        Root::Feed => true,
        Root::Html => false,
        Root::Unknown => content_type.is_some_and(|ct| {
            let ct = ct.to_ascii_lowercase();
            let essence = ct.split(';').next().unwrap_or_default().trim();
            ["rss", "atom", "feed+json"]
                .iter()
                .any(|kind| essence.contains(kind))
                || (essence.ends_with("xml") && !essence.contains("xhtml"))
        }),
    }
}

/// Looks past a byte-order mark, whitespace, the XML declaration, comments and a doctype at
/// the first element.
fn sniff_root(bytes: &[u8]) -> Root {
    let mut rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    loop {
        rest = rest.trim_ascii_start();
        if let Some(after) = rest.strip_prefix(b"<?") {
            rest = skip_past(after, b"?>");
        } else if let Some(after) = rest.strip_prefix(b"<!--") {
            rest = skip_past(after, b"-->");
        } else if let Some(after) = rest.strip_prefix(b"<!") {
            if starts_with_ignore_case(after, b"doctype html") {
                return Root::Html;
            }
            // A doctype's internal subset (`[ ... ]`) may hold `>`.
            let close = after.iter().position(|b| *b == b'>');
            let open = after.iter().position(|b| *b == b'[');
            rest = match (open, close) {
                (Some(open), Some(close)) if open < close => {
                    skip_past(skip_past(&after[open..], b"]"), b">")
                }
                _ => skip_past(after, b">"),
            };
        } else {
            break;
        }
    }
    if rest.starts_with(b"{") {
        // JSON Feed names its version with the spec's address, near the top.
        let head = &rest[..rest.len().min(1024)];
        let marker = b"jsonfeed.org";
        return if head.windows(marker.len()).any(|w| w == marker) {
            Root::Feed
        } else {
            Root::Unknown
        };
    }
    let Some(tag) = rest.strip_prefix(b"<") else {
        return Root::Unknown;
    };
    let name_len = tag
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
        .count();
    let name = tag[..name_len].to_ascii_lowercase();
    match name.as_slice() {
        b"rss" | b"feed" | b"rdf:rdf" | b"rdf" => Root::Feed,
        b"html" | b"head" | b"body" => Root::Html,
        _ => Root::Unknown,
    }
}

/// The bytes after the first `end` in `bytes`, or nothing when it never comes.
fn skip_past<'a>(bytes: &'a [u8], end: &[u8]) -> &'a [u8] {
    bytes
        .windows(end.len())
        .position(|w| w == end)
        .map_or(&[], |at| &bytes[at + end.len()..])
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_are_recognised_by_their_root_element() {
        let cases: [(&[u8], Root); 9] = [
            (b"<rss version=\"2.0\">", Root::Feed),
            (
                b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- hi -->\n<feed xmlns=\"x\">",
                Root::Feed,
            ),
            (
                b"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">",
                Root::Feed,
            ),
            (b"<!DOCTYPE rss [<!ENTITY a \"<x>\">]><rss>", Root::Feed),
            (
                b"{\"version\": \"https://jsonfeed.org/version/1.1\"}",
                Root::Feed,
            ),
            (b"<!doctype html><html>", Root::Html),
            (b"  <HTML lang=ar>", Root::Html),
            (b"<?xml version=\"1.0\"?><svg>", Root::Unknown),
            (b"hello", Root::Unknown),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                sniff_root(bytes),
                expected,
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn the_content_type_decides_when_the_content_does_not() {
        assert!(is_feed(Some("application/rss+xml; charset=utf-8"), b""));
        assert!(is_feed(Some("text/xml"), b"junk"));
        assert!(!is_feed(Some("application/xhtml+xml"), b"junk"));
        assert!(!is_feed(Some("text/html"), b"junk"));
        assert!(!is_feed(None, b"junk"));
        // Servers label feeds as HTML and pages as XML; the content wins.
        assert!(is_feed(Some("text/html"), b"<rss version=\"2.0\">"));
        assert!(!is_feed(Some("text/xml"), b"<!DOCTYPE html><html>"));
    }

    #[test]
    fn unterminated_prologs_end_the_sniff() {
        assert_eq!(sniff_root(b"<?xml"), Root::Unknown);
        assert_eq!(sniff_root(b"<!-- forever"), Root::Unknown);
        assert_eq!(sniff_root(b"<!DOCTYPE x [ <!ENTITY"), Root::Unknown);
    }
}
