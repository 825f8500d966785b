//! [`Desk`]: everything one undo history covers — the open issue and the library's inbox.
//!
//! Picking moves a story from the inbox into the issue; for that to be one undoable step, both
//! have to live under one history. They are still saved to their own files.

use super::{EditError, Entry, Inbox, Issue, PickPosition, StoryId};

/// The open issue and the inbox of collected stories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Desk {
    /// The issue being written.
    pub issue: Issue,
    /// Stories collected and not picked.
    pub inbox: Inbox,
}

/// Where a story is on the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryPlace {
    /// At this index of the inbox.
    Inbox(usize),
    /// Picked, at this position of the issue.
    Issue(PickPosition),
}

impl StoryPlace {
    /// True for a story waiting in the inbox.
    pub fn is_inbox(self) -> bool {
        matches!(self, Self::Inbox(_))
    }
}

impl Desk {
    /// A desk with this issue and an empty inbox.
    pub fn with_issue(issue: Issue) -> Self {
        Self {
            issue,
            inbox: Inbox::default(),
        }
    }

    /// Where the story is, if it is on the desk.
    pub fn place(&self, story: StoryId) -> Option<StoryPlace> {
        if let Ok(at) = self.issue.pick_position(story) {
            return Some(StoryPlace::Issue(at));
        }
        self.inbox.position(story).ok().map(StoryPlace::Inbox)
    }

    /// The story (with its commentary), picked or in the inbox.
    pub fn entry(&self, story: StoryId) -> Result<&Entry, EditError> {
        self.issue.pick(story).or_else(|_| self.inbox.entry(story))
    }

    /// The story (with its commentary), picked or in the inbox, mutably.
    pub fn entry_mut(&mut self, story: StoryId) -> Result<&mut Entry, EditError> {
        if self.issue.pick_position(story).is_ok() {
            return self.issue.pick_mut(story);
        }
        self.inbox.entry_mut(story)
    }
}
