//! [`Document`]: the desk (issue and inbox) together with its undo history and the revision
//! last saved.

use std::time::Instant;

use super::{Desk, Edit, EditError, History, Inbox, Issue, Revision};

/// An issue and the inbox being edited. All changes go through [`Document::apply`], so that
/// each is undoable and the unsaved state is always derived from the history.
///
/// The issue and the inbox are saved together (the issue first), so one saved revision
/// covers both.
#[derive(Clone, Debug)]
pub struct Document {
    desk: Desk,
    history: History,
    saved_revision: Revision,
}

impl Document {
    /// A document for an issue as loaded from disk (clean), with an empty inbox.
    pub fn new(issue: Issue) -> Self {
        Self::with_inbox(issue, Inbox::default())
    }

    /// A document for an issue and an inbox as loaded from disk (clean).
    pub fn with_inbox(issue: Issue, inbox: Inbox) -> Self {
        Self {
            desk: Desk { issue, inbox },
            history: History::default(),
            saved_revision: 0,
        }
    }

    /// A document that has never been saved: unsaved until it is.
    pub fn new_unsaved(issue: Issue, inbox: Inbox) -> Self {
        Self {
            desk: Desk { issue, inbox },
            history: History::default(),
            saved_revision: Revision::MAX,
        }
    }

    /// Puts in the inbox as read from disk, for a document just made from an issue file.
    /// The history starts again, so that undo never reaches across to another inbox.
    pub fn attach_inbox(&mut self, inbox: Inbox) {
        self.desk.inbox = inbox;
        self.history = History::default();
    }

    /// The issue as it is now.
    pub fn issue(&self) -> &Issue {
        &self.desk.issue
    }

    /// The inbox as it is now.
    pub fn inbox(&self) -> &Inbox {
        &self.desk.inbox
    }

    /// The issue and the inbox.
    pub fn desk(&self) -> &Desk {
        &self.desk
    }

    /// Applies one edit as an undo step (or as part of the typing step it continues).
    pub fn apply(&mut self, edit: Edit, now: Instant) -> Result<(), EditError> {
        self.history.apply(&mut self.desk, vec![edit], now)
    }

    /// Applies several edits as one undo step, all or nothing.
    pub fn apply_all(&mut self, edits: Vec<Edit>, now: Instant) -> Result<(), EditError> {
        self.history.apply(&mut self.desk, edits, now)
    }

    /// Undoes the last step; false when there was nothing to undo.
    pub fn undo(&mut self) -> Result<bool, EditError> {
        self.history.undo(&mut self.desk)
    }

    /// Redoes the last undone step; false when there was nothing to redo.
    pub fn redo(&mut self) -> Result<bool, EditError> {
        self.history.redo(&mut self.desk)
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Ends the current typing step (called when the editor leaves a field).
    pub fn seal_typing(&mut self) {
        self.history.seal();
    }

    /// The current revision.
    pub fn revision(&self) -> Revision {
        self.history.current_revision()
    }

    /// True when the issue differs from what was last saved (or was never saved).
    pub fn is_modified(&self) -> bool {
        self.history.current_revision() != self.saved_revision
    }

    /// Records that `revision` was written to disk. The revision is passed in (rather than
    /// taken as current) so that a save that finishes after further edits marks only what it wrote.
    pub fn mark_saved(&mut self, revision: Revision) {
        self.saved_revision = revision;
        self.history.seal();
    }
}
