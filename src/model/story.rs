//! [`Story`]: an article the editor collected, with where it came from.

use jiff::{Timestamp, civil::Date};
use serde::{Deserialize, Serialize};

use super::{Link, Prose, StoryId, TextSettings};

/// An article the editor collected: a link, a pasted text or a feed item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Stable identity, kept when the story moves between inbox and issues.
    pub id: StoryId,
    /// The story's headline.
    pub headline: String,
    /// The headline's direction and dismissed hints.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub headline_settings: TextSettings,
    /// Where the story can be read (may be empty for pasted text).
    pub url: String,
    /// The publication (e.g. "Financial Times").
    pub source: String,
    /// The source's direction and dismissed hints.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub source_settings: TextSettings,
    /// The author, if known.
    pub author: String,
    /// The author's direction and dismissed hints.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub author_settings: TextSettings,
    /// When the story was published, if known.
    pub published: Option<Date>,
    /// The excerpt or body the editor kept.
    pub excerpt: Prose,
    /// Free tags for finding the story again.
    pub tags: Vec<String>,
    /// The direction of the tags' line.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub tags_settings: TextSettings,
    /// When the editor collected it.
    pub collected_at: Timestamp,
}

impl Story {
    /// An empty story with a fresh id, collected now.
    pub fn new(headline: impl Into<String>) -> Self {
        Self {
            id: StoryId::new_random(),
            headline: headline.into(),
            headline_settings: TextSettings::default(),
            url: String::new(),
            source: String::new(),
            source_settings: TextSettings::default(),
            author: String::new(),
            author_settings: TextSettings::default(),
            published: None,
            excerpt: Prose::default(),
            tags: Vec::new(),
            tags_settings: TextSettings::default(),
            collected_at: Timestamp::now(),
        }
    }

    /// The story's link, read.
    pub fn link(&self) -> Link {
        Link::parse(&self.url)
    }
}
