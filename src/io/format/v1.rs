//! Format version 1 (Nashra before per-field directions and the issue's language), frozen:
//! these types read old files and are never written again.
//!
//! Migrating to the current model changes nothing a version-1 file says: texts, paragraph
//! directions and ids carry over; the new settings start at their defaults, and the language is
//! Arabic (version 1 had no other).

use jiff::{Timestamp, civil::Date};
use serde::Deserialize;

use crate::model::{
    Direction, Entry, Inbox, Issue, Language, Paragraph, Prose, Section, SectionId, Status, Story,
    StoryId, TextSettings,
};

/// An issue file, version 1.
#[derive(Debug, Deserialize)]
pub struct IssueFileV1 {
    /// The issue's number.
    pub number: u32,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Date,
    /// Draft, ready or published.
    pub status: Status,
    /// The introduction's paragraphs.
    pub intro: Vec<ParagraphV1>,
    /// The sections.
    pub sections: Vec<SectionV1>,
}

/// A paragraph, version 1: text and direction.
#[derive(Debug, Deserialize)]
pub struct ParagraphV1 {
    /// Its text.
    pub text: String,
    /// Its direction setting.
    #[serde(default)]
    pub direction: Direction,
}

/// A section, version 1.
#[derive(Debug, Deserialize)]
pub struct SectionV1 {
    /// Its id.
    pub id: SectionId,
    /// Its heading.
    pub title: String,
    /// Its picks.
    pub picks: Vec<PickV1>,
}

/// A pick (or an inbox entry), version 1.
#[derive(Debug, Deserialize)]
pub struct PickV1 {
    /// The story.
    pub story: StoryV1,
    /// The editor's commentary.
    pub commentary: Vec<ParagraphV1>,
}

/// A story, version 1.
#[derive(Debug, Deserialize)]
pub struct StoryV1 {
    /// Its id.
    pub id: StoryId,
    /// Its headline.
    pub headline: String,
    /// Its link.
    pub url: String,
    /// Its publication.
    pub source: String,
    /// Its author.
    pub author: String,
    /// When it was published.
    pub published: Option<Date>,
    /// The excerpt kept.
    pub excerpt: Vec<ParagraphV1>,
    /// Its tags.
    pub tags: Vec<String>,
    /// When it was collected.
    pub collected_at: Timestamp,
}

/// The inbox file (`inbox.ron`), version 1.
#[derive(Debug, Deserialize)]
pub struct InboxFileV1 {
    /// The stories collected.
    pub stories: Vec<PickV1>,
}

fn prose(paragraphs: Vec<ParagraphV1>) -> Prose {
    Prose::from(
        paragraphs
            .into_iter()
            .map(|p| Paragraph::with_direction(p.text, p.direction))
            .collect::<Vec<_>>(),
    )
}

impl From<StoryV1> for Story {
    fn from(old: StoryV1) -> Self {
        Self {
            id: old.id,
            headline: old.headline,
            headline_settings: TextSettings::default(),
            url: old.url,
            source: old.source,
            source_settings: TextSettings::default(),
            author: old.author,
            author_settings: TextSettings::default(),
            published: old.published,
            excerpt: prose(old.excerpt),
            tags: old.tags,
            tags_settings: TextSettings::default(),
            collected_at: old.collected_at,
        }
    }
}

impl From<PickV1> for Entry {
    fn from(old: PickV1) -> Self {
        Self {
            story: old.story.into(),
            commentary: prose(old.commentary),
        }
    }
}

impl From<SectionV1> for Section {
    fn from(old: SectionV1) -> Self {
        Self {
            id: old.id,
            title: old.title,
            title_settings: TextSettings::default(),
            picks: old.picks.into_iter().map(Entry::from).collect(),
        }
    }
}

impl From<IssueFileV1> for Issue {
    fn from(old: IssueFileV1) -> Self {
        Self {
            number: old.number,
            language: Language::Arabic,
            title: old.title,
            title_settings: TextSettings::default(),
            date: old.date,
            status: old.status,
            intro: prose(old.intro),
            sections: old.sections.into_iter().map(Section::from).collect(),
            ignored_words: Default::default(),
        }
    }
}

impl From<InboxFileV1> for Inbox {
    fn from(old: InboxFileV1) -> Self {
        Self {
            entries: old.stories.into_iter().map(Entry::from).collect(),
        }
    }
}
