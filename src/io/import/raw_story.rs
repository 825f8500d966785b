//! [`RawStory`]: a story's fields as a source gave them, turned into a clean [`Story`] with
//! the warnings the cleaning produced. Every importer ends here, so every field of every
//! imported story is sanitized and capped the same way.

use jiff::civil::Date;

use super::sanitize::{Cleaned, Shape, clean};
use super::{ImportLimits, ImportWarning};
use crate::model::{Link, Prose, Story};

/// Characters of the excerpt used as the headline when a source gives none (short posts in
/// feeds often have no title).
const HEADLINE_FROM_EXCERPT_CHARS: usize = 80;

/// A story's fields as read, already plain text (HTML removed) but not yet cleaned.
#[derive(Clone, Debug, Default)]
pub struct RawStory {
    /// The headline.
    pub headline: String,
    /// The link.
    pub url: String,
    /// The publication.
    pub source: String,
    /// The author.
    pub author: String,
    /// The publication date.
    pub published: Option<Date>,
    /// The excerpt, paragraphs separated by `\n`.
    pub excerpt: String,
    /// Tags, in the source's order.
    pub tags: Vec<String>,
}

impl RawStory {
    /// The cleaned story and what cleaning had to change.
    pub fn into_story(self, limits: &ImportLimits) -> (Story, Vec<ImportWarning>) {
        let caps = limits.max_field_chars;
        let mut bidi = false;
        let mut truncated: Vec<&'static str> = Vec::new();
        let mut take = |text: &str, shape, max, field| {
            let Cleaned {
                text,
                removed_bidi_controls,
                truncated: cut,
            } = clean(text, shape, max);
            bidi |= removed_bidi_controls;
            if cut && !truncated.contains(&field) {
                truncated.push(field);
            }
            text
        };

        let mut headline = take(&self.headline, Shape::Line, caps.headline, "headline");
        let excerpt = take(&self.excerpt, Shape::Paragraphs, caps.excerpt, "excerpt");
        let source = take(&self.source, Shape::Line, caps.other, "source");
        let author = take(&self.author, Shape::Line, caps.other, "author");
        let mut tags: Vec<String> = Vec::new();
        for tag in &self.tags {
            let tag = take(tag, Shape::Line, caps.other, "tags");
            if !tag.is_empty() && !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        if tags.len() > limits.max_tags {
            tags.truncate(limits.max_tags);
            if !truncated.contains(&"tags") {
                truncated.push("tags");
            }
        }
        // A link is kept whole or not at all: a shortened link leads somewhere else. Only
        // what an export may write is kept, so a feed cannot slip a `javascript:` link in.
        let link = Link::parse(&self.url);
        let url = link.safe_for_export().map(str::to_owned).filter(|url| {
            url.chars().count() <= caps.other && !url.chars().any(super::sanitize::is_bidi_control)
        });
        let link_removed = url.is_none() && !self.url.trim().is_empty();

        if headline.is_empty() {
            headline = fallback_headline(&excerpt, url.as_deref().unwrap_or_default());
        }

        let mut story = Story::new(headline);
        story.url = url.unwrap_or_default();
        story.source = source;
        story.author = author;
        story.published = self.published;
        story.excerpt = Prose::from_text(&excerpt);
        story.tags = tags;

        let mut warnings = Vec::new();
        if bidi {
            warnings.push(ImportWarning::BidiControlsRemoved {
                story: story.id,
                headline: story.headline.clone(),
            });
        }
        for field in truncated {
            warnings.push(ImportWarning::Truncated {
                story: story.id,
                headline: story.headline.clone(),
                field,
            });
        }
        if link_removed {
            warnings.push(ImportWarning::LinkRemoved {
                story: story.id,
                headline: story.headline.clone(),
            });
        }
        (story, warnings)
    }
}

/// A headline for a story that came without one: the start of its first paragraph, else its
/// link.
fn fallback_headline(excerpt: &str, url: &str) -> String {
    let first = excerpt.lines().next().unwrap_or_default();
    if first.is_empty() {
        return url.to_owned();
    }
    clean(first, Shape::Line, HEADLINE_FROM_EXCERPT_CHARS).text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(headline: &str) -> RawStory {
        RawStory {
            headline: headline.to_owned(),
            url: "https://example.com/a".to_owned(),
            ..RawStory::default()
        }
    }

    #[test]
    fn clean_fields_make_a_story_without_warnings() {
        let mut input = raw("عنوان الخبر");
        input.excerpt = "فقرة أولى\nSecond paragraph".to_owned();
        input.tags = vec!["AI".to_owned(), " AI ".to_owned(), String::new()];
        let (story, warnings) = input.into_story(&ImportLimits::default());
        assert_eq!(story.headline, "عنوان الخبر");
        assert_eq!(story.url, "https://example.com/a");
        assert_eq!(story.excerpt.paragraphs().len(), 2);
        assert_eq!(story.tags, vec!["AI".to_owned()]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn bidi_controls_anywhere_give_one_warning_naming_the_story() {
        let mut input = raw("\u{202E}عنوان");
        input.author = "\u{2066}Jane\u{2069}".to_owned();
        let (story, warnings) = input.into_story(&ImportLimits::default());
        assert_eq!(story.headline, "عنوان");
        assert_eq!(story.author, "Jane");
        assert_eq!(
            warnings,
            vec![ImportWarning::BidiControlsRemoved {
                story: story.id,
                headline: "عنوان".to_owned()
            }]
        );
    }

    #[test]
    fn long_fields_and_many_tags_are_capped_and_reported() {
        let mut limits = ImportLimits::default();
        limits.max_field_chars.headline = 10;
        limits.max_tags = 2;
        let mut input = raw("a long headline for a small limit");
        input.tags = vec!["x".to_owned(), "y".to_owned(), "z".to_owned()];
        let (story, warnings) = input.into_story(&limits);
        assert!(story.headline.chars().count() <= 10);
        assert_eq!(story.tags.len(), 2);
        let fields: Vec<_> = warnings
            .iter()
            .filter_map(|w| match w {
                ImportWarning::Truncated { field, .. } => Some(*field),
                _ => None,
            })
            .collect();
        assert_eq!(fields, vec!["headline", "tags"]);
    }

    #[test]
    fn unsafe_and_overlong_links_are_left_out() {
        let mut input = raw("t");
        input.url = "javascript:alert(1)".to_owned();
        let (story, warnings) = input.into_story(&ImportLimits::default());
        assert_eq!(story.url, "");
        assert!(matches!(warnings[..], [ImportWarning::LinkRemoved { .. }]));

        let mut input = raw("t");
        input.url = format!("https://example.com/{}", "a".repeat(600));
        let (story, _) = input.into_story(&ImportLimits::default());
        assert_eq!(story.url, "");
    }

    #[test]
    fn a_link_written_from_www_is_kept_as_https() {
        let mut input = raw("t");
        input.url = "www.example.com/a".to_owned();
        let (story, warnings) = input.into_story(&ImportLimits::default());
        assert_eq!(story.url, "https://www.example.com/a");
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_missing_headline_comes_from_the_excerpt_or_the_link() {
        let mut input = raw("");
        input.excerpt = "أول سطر في المنشور\nثاني".to_owned();
        assert_eq!(
            input.into_story(&ImportLimits::default()).0.headline,
            "أول سطر في المنشور"
        );
        assert_eq!(
            raw(" ").into_story(&ImportLimits::default()).0.headline,
            "https://example.com/a"
        );
    }
}
