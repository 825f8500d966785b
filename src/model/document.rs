//! [`Document`]: the desk (issue and inbox) together with the carets in its fields, its undo
//! history and the revision last saved.

use std::time::Instant;

use super::{
    Carets, Desk, Edit, EditError, FieldSelection, History, Inbox, Issue, Revision, TextChange,
    TextField, TextSelection,
};

/// An issue and the inbox being edited, with the caret and selection of each field. All
/// changes go through [`Document::apply_with_caret`] (or its shorter forms), so that each is
/// undoable, moves the carets it touches, and the unsaved state is always derived from the
/// history.
///
/// The issue and the inbox are saved together (the issue first), so one saved revision
/// covers both.
#[derive(Clone, Debug)]
pub struct Document {
    desk: Desk,
    carets: Carets,
    history: History,
    saved_revision: Revision,
    /// Text changes applied (by edits, undo and redo) since they were last taken, for what
    /// keeps positions in the text elsewhere (findings, misspellings) to move them too.
    changes: Vec<(TextField, TextChange)>,
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
            carets: Carets::default(),
            history: History::default(),
            saved_revision: 0,
            changes: Vec::new(),
        }
    }

    /// A document that has never been saved: unsaved until it is.
    pub fn new_unsaved(issue: Issue, inbox: Inbox) -> Self {
        Self {
            saved_revision: Revision::MAX,
            ..Self::with_inbox(issue, inbox)
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
        self.apply_with_caret(vec![edit], now, None)
    }

    /// Applies several edits as one undo step, all or nothing.
    pub fn apply_all(&mut self, edits: Vec<Edit>, now: Instant) -> Result<(), EditError> {
        self.apply_with_caret(edits, now, None)
    }

    /// Applies `edits` as one undo step (or as part of the typing step they continue), all or
    /// nothing, and leaves the caret at `caret` — or, without one, where the edits move the
    /// caret that was there. A step that changes text remembers the caret before it, for undo
    /// to put back, and the caret after it, for redo.
    pub fn apply_with_caret(
        &mut self,
        edits: Vec<Edit>,
        now: Instant,
        caret: Option<FieldSelection>,
    ) -> Result<(), EditError> {
        let changes_text = edits.iter().any(|e| e.as_text().is_some());
        let before = self.carets.active();
        let mut moved = self.carets.clone();
        for edit in &edits {
            moved.map_through(edit);
        }
        if let Some((field, selection)) = caret {
            moved.select(field, selection);
        }
        let text_changes: Vec<(TextField, TextChange)> = edits
            .iter()
            .filter_map(|e| e.as_text().map(|(f, c)| (f, c.clone())))
            .collect();
        let carets = if changes_text {
            (before, moved.active())
        } else {
            (None, None)
        };
        self.history.apply(&mut self.desk, edits, now, carets)?;
        self.carets = moved;
        self.changes.extend(text_changes);
        Ok(())
    }

    /// Undoes the last step, putting the caret back where it was before it; false when there
    /// was nothing to undo.
    pub fn undo(&mut self) -> Result<bool, EditError> {
        let travelled = self.history.undo(&mut self.desk)?;
        Ok(self.arrive(travelled))
    }

    /// Redoes the last undone step, putting the caret where it left it; false when there was
    /// nothing to redo.
    pub fn redo(&mut self) -> Result<bool, EditError> {
        let travelled = self.history.redo(&mut self.desk)?;
        Ok(self.arrive(travelled))
    }

    /// After an undo or a redo: the carets follow what was applied, and the step's caret is
    /// put back.
    fn arrive(&mut self, travelled: Option<super::history::Travelled>) -> bool {
        let Some(travelled) = travelled else {
            return false;
        };
        for edit in &travelled.applied {
            self.carets.map_through(edit);
            if let Some((field, change)) = edit.as_text() {
                self.changes.push((field, change.clone()));
            }
        }
        if let Some((field, selection)) = travelled.caret {
            self.select(field, selection);
        }
        true
    }

    /// The field with the caret, and the selection in it.
    pub fn caret(&self) -> Option<FieldSelection> {
        self.carets.active()
    }

    /// The carets of every field the editor has been in.
    pub fn carets(&self) -> &Carets {
        &self.carets
    }

    /// The selection in `field` (a caret at its start when the editor has not been there).
    pub fn selection_in(&self, field: TextField) -> TextSelection {
        self.carets.of(field)
    }

    /// Puts the caret (and a selection) in `field`: a move, not an edit (no undo step, the
    /// revision stays). Kept on the field's character boundaries.
    pub fn select(&mut self, field: TextField, selection: TextSelection) {
        let selection = match field.get(&self.desk) {
            Ok(text) => selection.clamped(&text),
            Err(_) => selection,
        };
        self.carets.select(field, selection);
    }

    /// The text changes applied since this was last asked (edits, undo, redo), in order.
    pub fn take_text_changes(&mut self) -> Vec<(TextField, TextChange)> {
        std::mem::take(&mut self.changes)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Document {
        Document::new(Issue::new(1, "مع SK Hynix", jiff::civil::date(2026, 1, 1)))
    }

    fn type_at(doc: &mut Document, at: usize, text: &str, now: Instant) {
        let field = TextField::IssueTitle;
        doc.apply_with_caret(
            vec![Edit::Text {
                field,
                change: TextChange::insert(at, text),
            }],
            now,
            Some((field, TextSelection::caret(at + text.len()))),
        )
        .expect("typed");
    }

    /// The report: "ـ" typed after "مع", undone; the caret must go back to where it was
    /// before the letter, not stay at its old offset (between S and K).
    #[test]
    fn undo_puts_the_caret_back_where_it_was_and_redo_after_what_it_restores() {
        let mut doc = document();
        let field = TextField::IssueTitle;
        let after_ma = "مع".len();
        doc.select(field, TextSelection::caret(after_ma));
        type_at(&mut doc, after_ma, "ـ", Instant::now());
        assert_eq!(
            doc.caret(),
            Some((field, TextSelection::caret(after_ma + 2)))
        );
        assert!(doc.undo().expect("undo"));
        assert_eq!(doc.caret(), Some((field, TextSelection::caret(after_ma))));
        assert_eq!(doc.issue().title, "مع SK Hynix");
        // The next letter lands where the undone one was.
        type_at(&mut doc, after_ma, "Q", Instant::now());
        assert_eq!(doc.issue().title, "معQ SK Hynix");
        assert!(doc.undo().expect("undo"));
        assert!(doc.redo().expect("redo"));
        assert_eq!(
            doc.caret(),
            Some((field, TextSelection::caret(after_ma + 1))),
            "redo leaves the caret after what it restored"
        );
    }

    #[test]
    fn typing_coalesced_into_one_step_undoes_to_the_caret_before_the_first_letter() {
        let mut doc = document();
        let field = TextField::IssueTitle;
        let end = doc.issue().title.len();
        doc.select(field, TextSelection::caret(end));
        let now = Instant::now();
        type_at(&mut doc, end, "ب", now);
        type_at(&mut doc, end + 2, "ت", now);
        assert!(doc.undo().expect("undo"));
        assert_eq!(doc.caret(), Some((field, TextSelection::caret(end))));
        assert!(doc.redo().expect("redo"));
        assert_eq!(doc.caret(), Some((field, TextSelection::caret(end + 4))));
    }

    #[test]
    fn an_edit_elsewhere_in_the_field_moves_its_caret_and_is_reported() {
        let mut doc = document();
        let field = TextField::IssueTitle;
        let end = doc.issue().title.len();
        doc.select(field, TextSelection::caret(end));
        doc.apply(
            Edit::Text {
                field,
                change: TextChange::insert(0, "«"),
            },
            Instant::now(),
        )
        .expect("applied");
        assert_eq!(
            doc.selection_in(field),
            TextSelection::caret(end + "«".len())
        );
        let changes = doc.take_text_changes();
        assert_eq!(changes, vec![(field, TextChange::insert(0, "«"))]);
        assert!(doc.take_text_changes().is_empty());
        doc.undo().expect("undo");
        assert_eq!(doc.selection_in(field), TextSelection::caret(end));
        assert_eq!(
            doc.take_text_changes().len(),
            1,
            "undo's change is reported too"
        );
    }

    #[test]
    fn a_step_without_text_leaves_the_caret_alone_on_undo() {
        let mut doc = document();
        let field = TextField::IssueTitle;
        doc.select(field, TextSelection::caret(3));
        doc.apply(Edit::SetNumber(2), Instant::now())
            .expect("applied");
        doc.select(field, TextSelection::caret(7));
        doc.undo().expect("undo");
        assert_eq!(doc.caret(), Some((field, TextSelection::caret(7))));
    }
}
