//! Reading RSS, Atom and JSON feeds into stories, through `feed-rs`.
//!
//! `feed-rs` reads XML with `quick-xml` and resolves only the five predefined entities and
//! numeric references: entities a document declares in its DTD are left as written, so a
//! "billion laughs" document costs no more than its own size.

use feed_rs::model::{Entry, Feed, FeedType, Text};
use feed_rs::parser::{ParseErrorKind, ParseFeedError};
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::html_text::html_to_text;
use super::raw_story::RawStory;
use super::sanitize::{Shape, clean};
use super::{ImportError, ImportLimits, ImportWarning};
use crate::model::{Link, Story};

/// What [`parse_feed`] found: the feed's stories, in the feed's order.
#[derive(Clone, Debug)]
pub struct FeedImport {
    /// The feed's title, cleaned (empty if it has none).
    pub feed_title: String,
    /// One story per item, at most [`ImportLimits::max_items`].
    pub stories: Vec<Story>,
    /// What the import changed or left out.
    pub warnings: Vec<ImportWarning>,
}

/// Names the source of bytes parsed before anyone said where they came from; callers replace
/// it with a path or address (see [`ImportError::from_source`]).
const UNNAMED_SOURCE: &str = "(feed data)";

/// Parses an RSS 0.9x/1.0/2.0, Atom or JSON feed. Input longer than
/// [`ImportLimits::max_bytes`] is refused before parsing.
pub fn parse_feed(bytes: &[u8], limits: &ImportLimits) -> Result<FeedImport, ImportError> {
    if bytes.len() > limits.max_bytes {
        return Err(ImportError::TooLarge {
            from: UNNAMED_SOURCE.to_owned(),
            limit_bytes: limits.max_bytes,
        });
    }
    let feed = feed_rs::parser::parse(bytes).map_err(feed_error)?;
    Ok(feed_import(feed, limits))
}

/// Our error for a parser's.
fn feed_error(error: ParseFeedError) -> ImportError {
    match error {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => ImportError::NotAFeed {
            from: UNNAMED_SOURCE.to_owned(),
        },
        other => ImportError::Feed {
            from: UNNAMED_SOURCE.to_owned(),
            message: other.to_string(),
        },
    }
}

/// The stories of a parsed feed.
fn feed_import(feed: Feed, limits: &ImportLimits) -> FeedImport {
    // RSS says nothing of markup in titles, and feeds write HTML and entities there anyway;
    // Atom and JSON Feed say which of their texts are HTML.
    let rss = matches!(
        feed.feed_type,
        FeedType::RSS0 | FeedType::RSS1 | FeedType::RSS2
    );
    let mut source = feed
        .title
        .as_ref()
        .map(|t| plain_text(t, rss))
        .unwrap_or_default();
    if source.trim().is_empty() {
        source = feed
            .links
            .first()
            .and_then(|l| Link::parse(&l.href).site())
            .unwrap_or_default();
    }
    // Cleaned once here, not per story, so a bad title gives one warning, not one per item.
    let title = clean(&source, Shape::Line, limits.max_field_chars.other);
    let feed_title = title.text;
    let feed_author = first_author(&feed.authors);

    let total = feed.entries.len();
    let mut stories = Vec::with_capacity(total.min(limits.max_items));
    let mut warnings = Vec::new();
    if title.removed_bidi_controls {
        warnings.push(ImportWarning::FeedTitleBidiControlsRemoved {
            feed_title: feed_title.clone(),
        });
    }
    for entry in feed.entries.into_iter().take(limits.max_items) {
        let raw = raw_story(entry, rss, &feed_title, &feed_author);
        let (story, story_warnings) = raw.into_story(limits);
        stories.push(story);
        warnings.extend(story_warnings);
    }
    if total > limits.max_items {
        warnings.push(ImportWarning::ItemsCapped {
            kept: limits.max_items,
            total,
        });
    }
    FeedImport {
        feed_title,
        stories,
        warnings,
    }
}

/// One item's fields.
fn raw_story(entry: Entry, rss: bool, source: &str, feed_author: &str) -> RawStory {
    let headline = entry
        .title
        .as_ref()
        .map(|t| plain_text(t, rss))
        .unwrap_or_default();
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone())
        .unwrap_or_default();
    let excerpt = match (&entry.summary, &entry.content) {
        (Some(summary), _) if !summary.content.trim().is_empty() => plain_text(summary, rss),
        (_, Some(content)) => content.body.as_deref().map_or_else(String::new, |body| {
            let mime: &str = content.content_type.as_ref();
            if mime.starts_with("text/plain") {
                body.to_owned()
            } else {
                html_to_text(body)
            }
        }),
        _ => String::new(),
    };
    let mut author = first_author(&entry.authors);
    if author.is_empty() {
        feed_author.clone_into(&mut author);
    }
    let tags = entry
        .categories
        .iter()
        .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
        .collect();
    RawStory {
        headline,
        url,
        source: source.to_owned(),
        author,
        published: entry
            .published
            .or(entry.updated)
            .and_then(|t| utc_date(t.timestamp())),
        excerpt,
        tags,
    }
}

/// A text element as plain text: HTML when it says so, or always for RSS.
fn plain_text(text: &Text, rss: bool) -> String {
    let mime: &str = text.content_type.as_ref();
    if mime.starts_with("text/plain") && !rss {
        text.content.clone()
    } else {
        html_to_text(&text.content)
    }
}

/// The first named person.
fn first_author(people: &[feed_rs::model::Person]) -> String {
    people
        .iter()
        .find_map(|p| p.name.as_deref().filter(|n| !n.trim().is_empty()))
        .unwrap_or_default()
        .to_owned()
}

/// The UTC calendar date of a Unix time in seconds. (`feed-rs` gives times in UTC, without
/// the offset the feed wrote, so a story published late in the evening east of Greenwich can
/// be dated the day before.)
fn utc_date(seconds: i64) -> Option<Date> {
    jiff::Timestamp::from_second(seconds)
        .ok()
        .map(|t| t.to_zoned(TimeZone::UTC).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>نشرة &amp; أخبار</title>
    <link>https://www.example.com/</link>
    <item>
      <title>OpenAI تجمع 6.6 مليار دولار</title>
      <link>https://example.com/openai</link>
      <description>&lt;p&gt;جولة &lt;b&gt;تمويل&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ثانية&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
      <author>editor@example.com (سارة)</author>
      <category>ذكاء اصطناعي</category>
      <category>AI</category>
      <pubDate>Wed, 02 Oct 2024 09:30:00 GMT</pubDate>
    </item>
    <item>
      <title>&#x202E;خبر مقلوب</title>
      <link>https://example.com/two</link>
    </item>
  </channel>
</rss>"#;

    #[test]
    fn rss_items_become_stories() {
        let import = parse_feed(RSS.as_bytes(), &ImportLimits::default()).unwrap();
        assert_eq!(import.feed_title, "نشرة & أخبار");
        assert_eq!(import.stories.len(), 2);
        let story = &import.stories[0];
        assert_eq!(story.headline, "OpenAI تجمع 6.6 مليار دولار");
        assert_eq!(story.url, "https://example.com/openai");
        assert_eq!(story.source, "نشرة & أخبار");
        assert_eq!(story.excerpt.text(), "جولة تمويل\nثانية");
        assert_eq!(story.tags, vec!["ذكاء اصطناعي".to_owned(), "AI".to_owned()]);
        assert_eq!(story.published, Some(jiff::civil::date(2024, 10, 2)));
    }

    #[test]
    fn a_hidden_override_in_a_title_is_removed_and_flagged() {
        let import = parse_feed(RSS.as_bytes(), &ImportLimits::default()).unwrap();
        let story = &import.stories[1];
        assert_eq!(story.headline, "خبر مقلوب");
        assert_eq!(
            import.warnings,
            vec![ImportWarning::BidiControlsRemoved {
                story: story.id,
                headline: "خبر مقلوب".to_owned()
            }]
        );
    }

    #[test]
    fn atom_entries_use_the_alternate_link_and_respect_text_types() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">مدونة &lt;التقنية&gt;</title>
  <author><name>Feed Author</name></author>
  <entry>
    <title type="html">&lt;em&gt;Rust&lt;/em&gt; في الإنتاج</title>
    <link rel="self" href="https://example.com/self"/>
    <link rel="alternate" href="https://example.com/rust"/>
    <id>urn:1</id>
    <updated>2024-03-05T23:30:00+03:00</updated>
    <content type="html">&lt;p&gt;نص&lt;/p&gt;</content>
  </entry>
</feed>"#;
        let import = parse_feed(atom.as_bytes(), &ImportLimits::default()).unwrap();
        assert_eq!(import.feed_title, "مدونة <التقنية>");
        let story = &import.stories[0];
        assert_eq!(story.headline, "Rust في الإنتاج");
        assert_eq!(story.url, "https://example.com/rust");
        assert_eq!(story.author, "Feed Author");
        assert_eq!(story.excerpt.text(), "نص");
        assert_eq!(story.published, Some(jiff::civil::date(2024, 3, 5)));
    }

    #[test]
    fn too_many_items_keep_the_first_and_warn() {
        let items: String = (0..7)
            .map(|i| format!("<item><title>خبر {i}</title></item>"))
            .collect();
        let rss = format!(r#"<rss version="2.0"><channel><title>t</title>{items}</channel></rss>"#);
        let limits = ImportLimits {
            max_items: 3,
            ..ImportLimits::default()
        };
        let import = parse_feed(rss.as_bytes(), &limits).unwrap();
        assert_eq!(import.stories.len(), 3);
        assert_eq!(import.stories[2].headline, "خبر 2");
        assert_eq!(
            import.warnings,
            vec![ImportWarning::ItemsCapped { kept: 3, total: 7 }]
        );
    }

    #[test]
    fn oversized_input_is_refused_before_parsing() {
        let limits = ImportLimits {
            max_bytes: 10,
            ..ImportLimits::default()
        };
        assert!(matches!(
            parse_feed(RSS.as_bytes(), &limits),
            Err(ImportError::TooLarge {
                limit_bytes: 10,
                ..
            })
        ));
    }

    #[test]
    fn html_and_garbage_are_not_feeds() {
        let limits = ImportLimits::default();
        assert!(matches!(
            parse_feed(b"<html><body>hi</body></html>", &limits),
            Err(ImportError::NotAFeed { .. })
        ));
        assert!(matches!(
            parse_feed(b"plain words", &limits),
            Err(ImportError::NotAFeed { .. })
        ));
    }

    #[test]
    fn declared_entities_are_not_expanded() {
        let rss = r#"<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>t</title><item><title>&b;</title></item></channel></rss>"#;
        let import = parse_feed(rss.as_bytes(), &ImportLimits::default()).unwrap();
        assert_eq!(import.stories[0].headline, "&b;");
    }

    #[test]
    fn deep_nesting_fails_or_succeeds_without_crashing() {
        for depth in [10_000, 200_000] {
            let rss = format!(
                r#"<rss version="2.0"><channel><title>t</title><item><title>x</title><description>{}{}</description></item>{}</channel></rss>"#,
                "<x>".repeat(depth),
                "</x>".repeat(depth),
                "<y>".repeat(depth),
            );
            let _ = parse_feed(rss.as_bytes(), &ImportLimits::default());
            let atom = format!(
                r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml">{0}</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{0}{1}</div></content></entry></feed>"#,
                "<b>".repeat(depth),
                "</b>".repeat(depth),
            );
            let _ = parse_feed(atom.as_bytes(), &ImportLimits::default());
        }
    }
}
