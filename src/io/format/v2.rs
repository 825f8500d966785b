//! Format version 2: version 1 plus the issue's language and the settings (direction,
//! dismissed bidi hints) of every one-line field. Issue files of this version are frozen (read,
//! never written: version 3 added the words ignored by the spelling check); the inbox file is
//! still written in this version, which it has not outgrown.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::{Entry, Inbox, Issue, Language, Prose, Section, Status, TextSettings};

/// An issue file, version 2. Field order here is the order in the file.
#[derive(Debug, Serialize, Deserialize)]
pub struct IssueFileV2 {
    /// Always 2 for files this type writes.
    pub version: u32,
    /// [`Issue::number`].
    pub number: u32,
    /// [`Issue::language`].
    #[serde(default)]
    pub language: Language,
    /// [`Issue::title`].
    pub title: String,
    /// [`Issue::title_settings`].
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub title_settings: TextSettings,
    /// [`Issue::date`].
    pub date: Date,
    /// [`Issue::status`].
    pub status: Status,
    /// [`Issue::intro`].
    pub intro: Prose,
    /// [`Issue::sections`].
    pub sections: Vec<Section>,
}

impl From<Issue> for IssueFileV2 {
    fn from(issue: Issue) -> Self {
        Self {
            version: 2,
            number: issue.number,
            language: issue.language,
            title: issue.title,
            title_settings: issue.title_settings,
            date: issue.date,
            status: issue.status,
            intro: issue.intro,
            sections: issue.sections,
        }
    }
}

impl From<IssueFileV2> for Issue {
    fn from(file: IssueFileV2) -> Self {
        Self {
            number: file.number,
            language: file.language,
            title: file.title,
            title_settings: file.title_settings,
            date: file.date,
            status: file.status,
            intro: file.intro,
            sections: file.sections,
            ignored_words: Default::default(),
        }
    }
}

/// The inbox file (`inbox.ron`), version 2.
#[derive(Debug, Serialize, Deserialize)]
pub struct InboxFileV2 {
    /// Always 2 for files this type writes.
    pub version: u32,
    /// [`Inbox::entries`].
    pub stories: Vec<Entry>,
}

impl From<Inbox> for InboxFileV2 {
    fn from(inbox: Inbox) -> Self {
        Self {
            version: 2,
            stories: inbox.entries,
        }
    }
}

impl From<InboxFileV2> for Inbox {
    fn from(file: InboxFileV2) -> Self {
        Self {
            entries: file.stories,
        }
    }
}
