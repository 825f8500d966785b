//! [`History`]: undo and redo as a line of revisions, each made of invertible edits.
//!
//! Every applied group of edits gets a fresh revision number, never reused. "Unsaved" is then
//! simply "the current revision is not the saved one": undoing back to the saved state makes a
//! document clean again, and a new edit after an undo can never be mistaken for the saved state.
//!
//! Limitations: history is linear (an edit after an undo drops the redo branch) and lives only in
//! memory.

use std::time::{Duration, Instant};

use super::{Desk, Edit, EditError, FieldSelection};

/// Consecutive typing in one field within this time joins one undo step.
pub const COALESCE_WINDOW: Duration = Duration::from_secs(2);

/// A revision number. Revision 0 is the document as it was opened.
pub type Revision = u64;

/// One undo step.
#[derive(Clone, Debug)]
struct Step {
    revision: Revision,
    /// Edits in the order they were applied.
    forward: Vec<Edit>,
    /// Their inverses, in the same order; undo applies them last to first.
    inverse: Vec<Edit>,
    /// Where the caret was before the step (undo puts it back there) and after it (redo
    /// does), for steps that change text.
    caret_before: Option<FieldSelection>,
    caret_after: Option<FieldSelection>,
    /// When the last edit joined this entry.
    last_edit_at: Instant,
    /// False once something else happened, so that later typing starts a new step.
    open_for_typing: bool,
}

/// Undo/redo history of one document.
#[derive(Clone, Debug, Default)]
pub struct History {
    entries: Vec<Step>,
    /// Number of entries currently applied; entries past it can be redone.
    applied: usize,
    last_revision: Revision,
}

impl History {
    /// The revision the document is at.
    pub fn current_revision(&self) -> Revision {
        self.applied
            .checked_sub(1)
            .map_or(0, |i| self.entries[i].revision)
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.applied > 0
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.applied < self.entries.len()
    }

    /// Applies `edits` to `desk` as one undo step, the caret having been at `caret.0` before
    /// it and going to `caret.1` after it. Typing that continues the previous step (same field,
    /// adjacent, within [`COALESCE_WINDOW`]) joins it instead (and the caret it leaves is the
    /// step's).
    ///
    /// All or nothing: if one edit fails, those before it are rolled back.
    pub fn apply(
        &mut self,
        desk: &mut Desk,
        edits: Vec<Edit>,
        now: Instant,
        caret: (Option<FieldSelection>, Option<FieldSelection>),
    ) -> Result<(), EditError> {
        let mut inverse = Vec::with_capacity(edits.len());
        for edit in &edits {
            match edit.apply(desk) {
                Ok(undo) => inverse.push(undo),
                Err(err) => {
                    for undo in inverse.iter().rev() {
                        // Inverses of edits that just succeeded cannot fail.
                        let _ = undo.apply(desk);
                    }
                    return Err(err);
                }
            }
        }
        // A step that changed nothing (each edit is its own inverse: a direction set to what it
        // was, a move to where the pick already is) is not recorded: there is nothing to undo,
        // and the revision stays, so a saved document stays saved.
        if edits.iter().zip(&inverse).all(|(edit, undo)| edit == undo) {
            return Ok(());
        }
        self.last_revision += 1;
        let revision = self.last_revision;

        if let Some(entry) = self.typing_entry(&edits, now) {
            entry.forward.extend(edits);
            entry.inverse.extend(inverse);
            entry.last_edit_at = now;
            entry.revision = revision;
            entry.caret_after = caret.1;
            return Ok(());
        }

        self.entries.truncate(self.applied);
        let open_for_typing = is_typing(&edits);
        self.entries.push(Step {
            revision,
            forward: edits,
            inverse,
            caret_before: caret.0,
            caret_after: caret.1,
            last_edit_at: now,
            open_for_typing,
        });
        self.applied = self.entries.len();
        Ok(())
    }

    /// Ends the current typing step: the next keystroke starts a new undo step.
    pub fn seal(&mut self) {
        if let Some(entry) = self.entries.last_mut() {
            entry.open_for_typing = false;
        }
    }

    /// Undoes the last step; `None` when there is nothing to undo.
    pub fn undo(&mut self, desk: &mut Desk) -> Result<Option<Travelled>, EditError> {
        let Some(index) = self.applied.checked_sub(1) else {
            return Ok(None);
        };
        let entry = &mut self.entries[index];
        let mut redo = Vec::with_capacity(entry.inverse.len());
        let mut applied = Vec::with_capacity(entry.inverse.len());
        for undo in entry.inverse.iter().rev() {
            redo.push(undo.apply(desk)?);
            applied.push(undo.clone());
        }
        redo.reverse();
        // Re-derive the forward edits from the inverses: they restore exact paragraph settings.
        entry.forward = redo;
        entry.open_for_typing = false;
        self.applied = index;
        Ok(Some(Travelled {
            applied,
            caret: entry.caret_before,
        }))
    }

    /// Redoes the next step; `None` when there is nothing to redo.
    pub fn redo(&mut self, desk: &mut Desk) -> Result<Option<Travelled>, EditError> {
        let Some(entry) = self.entries.get_mut(self.applied) else {
            return Ok(None);
        };
        let mut inverse = Vec::with_capacity(entry.forward.len());
        for edit in &entry.forward {
            inverse.push(edit.apply(desk)?);
        }
        entry.inverse = inverse;
        self.applied += 1;
        Ok(Some(Travelled {
            applied: entry.forward.clone(),
            caret: entry.caret_after,
        }))
    }

    /// The last step, if `edits` continue its typing.
    fn typing_entry(&mut self, edits: &[Edit], now: Instant) -> Option<&mut Step> {
        if self.applied != self.entries.len() || !is_typing(edits) {
            return None;
        }
        let entry = self.entries.last_mut()?;
        let (Some(last), [next]) = (entry.forward.last(), edits) else {
            return None;
        };
        let continues = entry.open_for_typing
            && now.saturating_duration_since(entry.last_edit_at) <= COALESCE_WINDOW
            && continues_typing(last, next);
        continues.then_some(entry)
    }
}

/// What an undo or a redo did: the edits it applied, in order, and where the caret goes.
#[derive(Clone, Debug)]
pub struct Travelled {
    /// The edits applied, in the order they were applied.
    pub applied: Vec<Edit>,
    /// Where the caret was when the step was made (undo) or where it left it (redo), for a step
    /// that changed text.
    pub caret: Option<FieldSelection>,
}

/// True for a single keystroke-like text edit: an insertion without line breaks, or a deletion.
fn is_typing(edits: &[Edit]) -> bool {
    let [edit] = edits else { return false };
    edit.as_text().is_some_and(|(_, change)| {
        (change.is_insertion() && !change.insert.contains('\n')) || change.is_deletion()
    })
}

/// True when `next` carries on from `last` in the same field: typing on at the end of what was
/// typed (a new word starts a new step), or deleting on from where the last deletion was.
fn continues_typing(last: &Edit, next: &Edit) -> bool {
    let (Some((field, last)), Some((next_field, next))) = (last.as_text(), next.as_text()) else {
        return false;
    };
    if field != next_field {
        return false;
    }
    if last.is_insertion() && next.is_insertion() {
        let starts_word = next.insert.starts_with(char::is_whitespace)
            && !last.insert.ends_with(char::is_whitespace);
        return next.range.start == last.end_after() && !starts_word;
    }
    if last.is_deletion() && next.is_deletion() {
        let backspace = next.range.end == last.range.start;
        let delete_forward = next.range.start == last.range.start;
        return backspace || delete_forward;
    }
    false
}
