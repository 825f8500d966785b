//! Format version 4, the current one for issues. Its types are the model's own serde shapes;
//! settings left at their defaults, and empty lists, are not written.
//!
//! Version 3 (version 2 plus the words the editor told the spelling check to ignore) is read
//! with these same types: everything version 4 added has a default, so a version-3 file reads
//! as the issue it always was. Version 4 adds what `docs/FORMAT.md` lists under it.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::{Issue, Language, Prose, Section, Status, TextSettings};

/// An issue file, version 4 (and version 3, read with the same types). Field order here is the order in the file.
#[derive(Debug, Serialize, Deserialize)]
pub struct IssueFileV4 {
    /// Always 4 for files this type writes (3 in a version-3 file it reads).
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
    /// [`Issue::ignored_words`].
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub ignored_words: BTreeSet<String>,
}

impl From<Issue> for IssueFileV4 {
    fn from(issue: Issue) -> Self {
        Self {
            version: 4,
            number: issue.number,
            language: issue.language,
            title: issue.title,
            title_settings: issue.title_settings,
            date: issue.date,
            status: issue.status,
            intro: issue.intro,
            sections: issue.sections,
            ignored_words: issue.ignored_words,
        }
    }
}

impl From<IssueFileV4> for Issue {
    fn from(file: IssueFileV4) -> Self {
        Self {
            number: file.number,
            language: file.language,
            title: file.title,
            title_settings: file.title_settings,
            date: file.date,
            status: file.status,
            intro: file.intro,
            sections: file.sections,
            ignored_words: file.ignored_words,
        }
    }
}
