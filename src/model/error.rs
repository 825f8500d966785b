//! [`EditError`]: why an edit could not be applied.

use super::{SectionId, StoryId};

/// Why an edit could not be applied. The document is left unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The byte range is outside the text or splits a character.
    #[error("range {start}..{end} is not valid in a text of {len} bytes")]
    BadRange {
        /// Start of the range.
        start: usize,
        /// End of the range.
        end: usize,
        /// Length of the text.
        len: usize,
    },
    /// The paragraph index is past the end of the field.
    #[error("paragraph {paragraph} does not exist (the field has {count})")]
    NoSuchParagraph {
        /// The index asked for.
        paragraph: usize,
        /// How many paragraphs there are.
        count: usize,
    },
    /// An edit gave settings for a different number of paragraphs than it creates.
    #[error("the edit creates {expected} paragraphs but gives settings for {found}")]
    SettingsCount {
        /// Paragraphs the edit creates.
        expected: usize,
        /// Settings it gives.
        found: usize,
    },
    /// No section has this id.
    #[error("no section with id {0:?}")]
    NoSuchSection(SectionId),
    /// Neither a pick nor the inbox holds this story.
    #[error("no pick or inbox entry holds story {0:?}")]
    NoSuchStory(StoryId),
    /// A position is past the end of the list it indexes.
    #[error("position {index} is past the end of a list of {len}")]
    BadIndex {
        /// The position asked for.
        index: usize,
        /// The list's length.
        len: usize,
    },
    /// The field is a single line, and a paragraph other than the first was asked of it.
    #[error("this field has no paragraphs")]
    NotProse,
    /// The field has settings but no text of its own to edit (the tags are edited as a list).
    #[error("this field's text is not edited as text")]
    NotText,
    /// The story is already in this issue or in the inbox.
    #[error("story {0:?} is already in this issue or the inbox")]
    AlreadyPicked(StoryId),
}
