//! Format version 1.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::{Inbox, Issue, Pick, Prose, Section, Status};

/// An issue file, version 1. Field order here is the order in the file.
#[derive(Debug, Serialize, Deserialize)]
pub struct IssueFileV1 {
    /// Always 1 for files this type writes.
    pub version: u32,
    /// [`Issue::number`].
    pub number: u32,
    /// [`Issue::title`].
    pub title: String,
    /// [`Issue::date`].
    pub date: Date,
    /// [`Issue::status`].
    pub status: Status,
    /// [`Issue::intro`].
    pub intro: Prose,
    /// [`Issue::sections`].
    pub sections: Vec<Section>,
}

impl From<Issue> for IssueFileV1 {
    fn from(issue: Issue) -> Self {
        Self {
            version: 1,
            number: issue.number,
            title: issue.title,
            date: issue.date,
            status: issue.status,
            intro: issue.intro,
            sections: issue.sections,
        }
    }
}

impl From<IssueFileV1> for Issue {
    fn from(file: IssueFileV1) -> Self {
        Self {
            number: file.number,
            title: file.title,
            date: file.date,
            status: file.status,
            intro: file.intro,
            sections: file.sections,
        }
    }
}

/// The inbox file (`inbox.ron`), version 1.
#[derive(Debug, Serialize, Deserialize)]
pub struct InboxFileV1 {
    /// Always 1 for files this type writes.
    pub version: u32,
    /// [`Inbox::entries`].
    pub stories: Vec<Pick>,
}

impl From<Inbox> for InboxFileV1 {
    fn from(inbox: Inbox) -> Self {
        Self {
            version: 1,
            stories: inbox.entries,
        }
    }
}

impl From<InboxFileV1> for Inbox {
    fn from(file: InboxFileV1) -> Self {
        Self {
            entries: file.stories,
        }
    }
}
