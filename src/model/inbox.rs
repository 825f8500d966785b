//! [`Inbox`]: the stories the editor collected and has not picked yet.

use serde::{Deserialize, Serialize};

use super::{EditError, Entry, StoryId};

/// Collected stories waiting to be picked, newest first.
///
/// Entries carry a commentary rather than being bare stories: a pick sent back from an issue
/// keeps the commentary already written for it, so taking a story out of an issue never loses
/// writing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    /// The collected stories, in the order the editor sees them.
    pub entries: Vec<Entry>,
}

impl Inbox {
    /// Index of the entry holding this story.
    pub fn position(&self, story: StoryId) -> Result<usize, EditError> {
        self.entries
            .iter()
            .position(|e| e.story.id == story)
            .ok_or(EditError::NoSuchStory(story))
    }

    /// The entry holding this story.
    pub fn entry(&self, story: StoryId) -> Result<&Entry, EditError> {
        Ok(&self.entries[self.position(story)?])
    }

    /// The entry holding this story, mutably.
    pub fn entry_mut(&mut self, story: StoryId) -> Result<&mut Entry, EditError> {
        let index = self.position(story)?;
        Ok(&mut self.entries[index])
    }

    /// True when nothing is waiting.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
