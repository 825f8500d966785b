//! [`PageMeta`]: what a web page says about itself (Open Graph tags, description, title), and
//! the story made from it when a plain page link is imported.

use super::entities::decode_entities;
use super::html_tokens::{Token, Tokenizer, attribute};
use super::raw_story::RawStory;
use super::{ImportLimits, ImportWarning};
use crate::model::{Link, Story};

/// Only this much of a page is read: the head, where these tags belong, comes first, and a
/// page's body can be very large.
pub const PAGE_HEAD_BYTES: usize = 512 * 1024;

/// A page's description of itself; each field empty when the page gives none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `og:title`, else `twitter:title`, else `<title>`.
    pub title: String,
    /// `og:description`, else `<meta name="description">`, else `twitter:description`.
    pub description: String,
    /// `og:site_name`.
    pub site_name: String,
}

impl PageMeta {
    /// Reads the metadata from the first [`PAGE_HEAD_BYTES`] of a page, as UTF-8 (invalid
    /// bytes become U+FFFD). Character references are decoded; nothing else is cleaned.
    pub fn from_html(html: &[u8]) -> Self {
        let head = String::from_utf8_lossy(&html[..html.len().min(PAGE_HEAD_BYTES)]);
        let mut found = Found::default();
        let mut in_title = false;
        for token in Tokenizer::new(&head) {
            match token {
                Token::Start { name, attributes } if name.eq_ignore_ascii_case("meta") => {
                    found.meta(attributes);
                }
                Token::Start { name, .. } if name.eq_ignore_ascii_case("title") => {
                    in_title = found.title.is_none();
                }
                Token::End { name } if name.eq_ignore_ascii_case("title") => in_title = false,
                Token::Text(text) if in_title => {
                    found.title.get_or_insert_with(String::new).push_str(text);
                }
                // An SVG's <title> inside the body is not the page's.
                Token::Start { name, .. } if name.eq_ignore_ascii_case("body") => {
                    found.title.get_or_insert_with(String::new);
                }
                _ => {}
            }
        }
        found.into_meta()
    }
}

/// Candidates seen so far, by the tag that gave them; the first of each kind wins.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    twitter_title: Option<String>,
    title: Option<String>,
    og_description: Option<String>,
    description: Option<String>,
    twitter_description: Option<String>,
    og_site_name: Option<String>,
}

impl Found {
    /// Notes a `<meta>` tag's content under its `property` or `name`.
    fn meta(&mut self, attributes: &str) {
        let Some(content) = attribute(attributes, "content") else {
            return;
        };
        // Pages write Open Graph keys in `name` as often as in `property`.
        for key in [
            attribute(attributes, "property"),
            attribute(attributes, "name"),
        ]
        .into_iter()
        .flatten()
        {
            let slot = match key.trim().to_ascii_lowercase().as_str() {
                "og:title" => &mut self.og_title,
                "twitter:title" => &mut self.twitter_title,
                "og:description" => &mut self.og_description,
                "description" => &mut self.description,
                "twitter:description" => &mut self.twitter_description,
                "og:site_name" => &mut self.og_site_name,
                _ => continue,
            };
            if slot.is_none() && !content.trim().is_empty() {
                *slot = Some(content.to_owned());
            }
        }
    }

    fn into_meta(self) -> PageMeta {
        let pick = |candidates: [Option<String>; 3]| {
            candidates
                .into_iter()
                .flatten()
                .map(|raw| decode_entities(&raw).trim().to_owned())
                .find(|text| !text.is_empty())
                .unwrap_or_default()
        };
        PageMeta {
            title: pick([self.og_title, self.twitter_title, self.title]),
            description: pick([
                self.og_description,
                self.description,
                self.twitter_description,
            ]),
            site_name: pick([self.og_site_name, None, None]),
        }
    }
}

/// The story for a web page at `url` (the address after redirects): headline from the page's
/// title, excerpt from its description, source from its site name or else the link's host.
pub fn story_from_page(
    url: &str,
    html: &[u8],
    limits: &ImportLimits,
) -> (Story, Vec<ImportWarning>) {
    let meta = PageMeta::from_html(html);
    let source = if meta.site_name.is_empty() {
        Link::parse(url).site().unwrap_or_default()
    } else {
        meta.site_name
    };
    RawStory {
        headline: meta.title,
        url: url.to_owned(),
        source,
        excerpt: meta.description,
        ..RawStory::default()
    }
    .into_story(limits)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>عنوان الصفحة | الموقع</title>
<meta property="og:title" content="OpenAI تجمع &quot;6.6&quot; مليار">
<meta name="description" content="وصف عادي">
<meta property="og:description" content='وصف &amp; تفاصيل'>
<meta property="og:site_name" content="الجزيرة نت">
<script>var t = "<meta property='og:title' content='fake'>";</script>
</head><body><p>...</p></body></html>"#;

    #[test]
    fn open_graph_wins_and_entities_are_decoded() {
        let meta = PageMeta::from_html(PAGE.as_bytes());
        assert_eq!(
            meta,
            PageMeta {
                title: "OpenAI تجمع \"6.6\" مليار".to_owned(),
                description: "وصف & تفاصيل".to_owned(),
                site_name: "الجزيرة نت".to_owned(),
            }
        );
    }

    #[test]
    fn plain_title_and_description_are_the_fallback() {
        let html = "<html><head><TITLE>Plain &amp; simple</TITLE>\
                    <meta content=\"desc\" name=\"Description\"></head><body>\
                    <svg><title>icon</title></svg></body></html>";
        let meta = PageMeta::from_html(html.as_bytes());
        assert_eq!(meta.title, "Plain & simple");
        assert_eq!(meta.description, "desc");
        assert_eq!(meta.site_name, "");
    }

    #[test]
    fn only_the_head_of_a_huge_page_is_read() {
        let mut html = "<html><head></head><body>".to_owned();
        html.push_str(&"x".repeat(PAGE_HEAD_BYTES));
        html.push_str("<meta property=\"og:title\" content=\"too late\">");
        assert_eq!(PageMeta::from_html(html.as_bytes()).title, "");
    }

    #[test]
    fn a_page_becomes_a_story() {
        let (story, warnings) = story_from_page(
            "https://www.aljazeera.net/news/1",
            PAGE.as_bytes(),
            &ImportLimits::default(),
        );
        assert_eq!(story.headline, "OpenAI تجمع \"6.6\" مليار");
        assert_eq!(story.url, "https://www.aljazeera.net/news/1");
        assert_eq!(story.source, "الجزيرة نت");
        assert_eq!(story.excerpt.text(), "وصف & تفاصيل");
        assert!(warnings.is_empty());
    }

    #[test]
    fn without_a_site_name_the_host_is_the_source() {
        let (story, warnings) = story_from_page(
            "https://www.example.com/a",
            b"<title>\xe2\x80\xaeT</title>",
            &ImportLimits::default(),
        );
        assert_eq!(story.source, "example.com");
        assert_eq!(story.headline, "T");
        assert!(matches!(
            warnings[..],
            [ImportWarning::BidiControlsRemoved { .. }]
        ));
    }
}
