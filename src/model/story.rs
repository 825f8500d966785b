//! [`Story`]: an article the editor collected, with where it came from.

use jiff::{Timestamp, civil::Date};
use serde::{Deserialize, Serialize};

use super::{Prose, StoryId};

/// An article the editor collected: a link, a pasted text or a feed item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Stable identity, kept when the story moves between inbox and issues.
    pub id: StoryId,
    /// The story's headline.
    pub headline: String,
    /// Where the story can be read (may be empty for pasted text).
    pub url: String,
    /// The publication (e.g. "Financial Times").
    pub source: String,
    /// The author, if known.
    pub author: String,
    /// When the story was published, if known.
    pub published: Option<Date>,
    /// The excerpt or body the editor kept.
    pub excerpt: Prose,
    /// Free tags for finding the story again.
    pub tags: Vec<String>,
    /// When the editor collected it.
    pub collected_at: Timestamp,
}

impl Story {
    /// An empty story with a fresh id, collected now.
    pub fn new(headline: impl Into<String>) -> Self {
        Self {
            id: StoryId::new_random(),
            headline: headline.into(),
            url: String::new(),
            source: String::new(),
            author: String::new(),
            published: None,
            excerpt: Prose::default(),
            tags: Vec::new(),
            collected_at: Timestamp::now(),
        }
    }
}
