//! [`TextField`]: names one text field of the issue or the inbox, so an edit can say where it
//! applies.

use serde::{Deserialize, Serialize};

use super::{Desk, EditError, Prose, SectionId, StoryId, prose::check_range};

/// A text field of a story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StoryText {
    /// [`super::Story::headline`].
    Headline,
    /// [`super::Story::url`].
    Url,
    /// [`super::Story::source`].
    Source,
    /// [`super::Story::author`].
    Author,
    /// [`super::Story::excerpt`] (prose).
    Excerpt,
}

/// One text field of the issue or of a story in the inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextField {
    /// The issue's title.
    IssueTitle,
    /// The issue's introduction (prose).
    Intro,
    /// A section's heading.
    SectionTitle(SectionId),
    /// The editor's commentary on a story, picked or in the inbox (prose).
    Commentary(StoryId),
    /// A field of a story, picked or in the inbox.
    Story(StoryId, StoryText),
}

/// Mutable access to a field's value: a single line or prose.
pub enum FieldMut<'a> {
    /// A single-line field.
    Line(&'a mut String),
    /// A prose field.
    Prose(&'a mut Prose),
}

/// Shared access to a field's value.
pub enum FieldRef<'a> {
    /// A single-line field.
    Line(&'a str),
    /// A prose field.
    Prose(&'a Prose),
}

impl FieldRef<'_> {
    /// The field's text; prose paragraphs joined by `\n`.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Self::Line(s) => (*s).into(),
            Self::Prose(p) => p.text().into(),
        }
    }
}

impl TextField {
    /// True for fields that hold paragraphs.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Self::Intro | Self::Commentary(_) | Self::Story(_, StoryText::Excerpt)
        )
    }

    /// Reads this field on `desk`.
    pub fn get(self, desk: &Desk) -> Result<FieldRef<'_>, EditError> {
        let issue = &desk.issue;
        Ok(match self {
            Self::IssueTitle => FieldRef::Line(&issue.title),
            Self::Intro => FieldRef::Prose(&issue.intro),
            Self::SectionTitle(id) => FieldRef::Line(&issue.section(id)?.title),
            Self::Commentary(story) => FieldRef::Prose(&desk.entry(story)?.commentary),
            Self::Story(story, which) => {
                let s = &desk.entry(story)?.story;
                match which {
                    StoryText::Headline => FieldRef::Line(&s.headline),
                    StoryText::Url => FieldRef::Line(&s.url),
                    StoryText::Source => FieldRef::Line(&s.source),
                    StoryText::Author => FieldRef::Line(&s.author),
                    StoryText::Excerpt => FieldRef::Prose(&s.excerpt),
                }
            }
        })
    }

    /// Gives mutable access to this field on `desk`.
    pub fn get_mut(self, desk: &mut Desk) -> Result<FieldMut<'_>, EditError> {
        Ok(match self {
            Self::IssueTitle => FieldMut::Line(&mut desk.issue.title),
            Self::Intro => FieldMut::Prose(&mut desk.issue.intro),
            Self::SectionTitle(id) => {
                let index = desk.issue.section_index(id)?;
                FieldMut::Line(&mut desk.issue.sections[index].title)
            }
            Self::Commentary(story) => FieldMut::Prose(&mut desk.entry_mut(story)?.commentary),
            Self::Story(story, which) => {
                let s = &mut desk.entry_mut(story)?.story;
                match which {
                    StoryText::Headline => FieldMut::Line(&mut s.headline),
                    StoryText::Url => FieldMut::Line(&mut s.url),
                    StoryText::Source => FieldMut::Line(&mut s.source),
                    StoryText::Author => FieldMut::Line(&mut s.author),
                    StoryText::Excerpt => FieldMut::Prose(&mut s.excerpt),
                }
            }
        })
    }
}

impl FieldMut<'_> {
    /// Applies a text change and returns the change that undoes it.
    ///
    /// Single-line fields turn line breaks in the inserted text into spaces.
    pub fn apply(self, change: &super::TextChange) -> Result<super::TextChange, EditError> {
        match self {
            Self::Prose(prose) => prose.apply(change),
            Self::Line(line) => {
                check_range(line, &change.range)?;
                let insert = single_line(&change.insert);
                let removed = line[change.range.clone()].to_owned();
                line.replace_range(change.range.clone(), &insert);
                Ok(super::TextChange::replace(
                    change.range.start..change.range.start + insert.len(),
                    removed,
                ))
            }
        }
    }
}

/// Replaces line breaks (and the tabs a paste may carry) by spaces, for single-line fields.
fn single_line(text: &str) -> String {
    let text = super::prose::normalize_line_breaks(text);
    text.replace(['\n', '\t'], " ")
}
