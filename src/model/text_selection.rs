//! [`TextSelection`]: the caret and the selected text of a field, in the model beside the text
//! they point into; [`Carets`]: the selection of every field the editor has been in, and which
//! of them has the caret.
//!
//! They live with the document (not in the issue: they are not saved), so that every edit can
//! carry the selection after it, undo can give back the one before, and a change made anywhere
//! moves the carets of the fields it touches, as helix's documents keep their selections.

use std::collections::HashMap;
use std::ops::Range;

use super::{Edit, FieldRef, TextChange, TextField};

/// A selection in a field's text, in bytes (paragraphs joined by `\n`, as [`TextChange`]
/// addresses them): `anchor` where it started, `focus` where the caret is. Equal ends are a
/// caret with nothing selected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TextSelection {
    /// Where the selection started.
    pub anchor: usize,
    /// Where the caret is (the end that moves).
    pub focus: usize,
}

impl TextSelection {
    /// A caret at `offset`, nothing selected.
    pub fn caret(offset: usize) -> Self {
        Self {
            anchor: offset,
            focus: offset,
        }
    }

    /// `range` selected, the caret at its end.
    pub fn range(range: Range<usize>) -> Self {
        Self {
            anchor: range.start,
            focus: range.end,
        }
    }

    /// The selected bytes, in order.
    pub fn ordered(self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    /// True when nothing is selected.
    pub fn is_caret(self) -> bool {
        self.anchor == self.focus
    }

    /// Where this selection is once `change` has been applied to its text: ends before the
    /// change stay, ends after it move by what it added or removed, ends inside what it
    /// replaced go to the end of what it put there.
    pub fn mapped(self, change: &TextChange) -> Self {
        Self {
            anchor: map_offset(self.anchor, change),
            focus: map_offset(self.focus, change),
        }
    }

    /// The selection kept within the field's text and on its character boundaries (after an
    /// edit from elsewhere shortened the text).
    pub fn clamped(self, text: &FieldRef<'_>) -> Self {
        Self {
            anchor: text.floor_boundary(self.anchor),
            focus: text.floor_boundary(self.focus),
        }
    }
}

/// Where byte `offset` of a text is once `change` has been applied to it.
pub fn map_offset(offset: usize, change: &TextChange) -> usize {
    let Range { start, end } = change.range;
    if offset <= start {
        offset
    } else if offset >= end {
        offset - (end - start) + change.insert.len()
    } else {
        start + change.insert.len()
    }
}

/// Where `range` of a text (a word, a link found in it) is once `change` has been applied, or
/// `None` when the change touched it (its text may not be what it was: typing right after a
/// word makes it another word).
pub fn map_range(range: &Range<usize>, change: &TextChange) -> Option<Range<usize>> {
    let touched = change.range.start <= range.end && change.range.end >= range.start;
    (!touched).then(|| map_offset(range.start, change)..map_offset(range.end, change))
}

/// A field and the selection in it.
pub type FieldSelection = (TextField, TextSelection);

/// The selection of each field the editor has been in, and the field with the caret (the one
/// the Edit menu, the palette and the format bar act on, even while a menu or the palette has
/// the keyboard).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Carets {
    active: Option<TextField>,
    selections: HashMap<TextField, TextSelection>,
}

impl Carets {
    /// The field with the caret, and its selection.
    pub fn active(&self) -> Option<FieldSelection> {
        self.active.map(|field| (field, self.of(field)))
    }

    /// The selection in `field` (a caret at its start when she has not been there).
    pub fn of(&self, field: TextField) -> TextSelection {
        self.selections.get(&field).copied().unwrap_or_default()
    }

    /// Puts the caret (and the selection) in `field`, which becomes the active field.
    pub fn select(&mut self, field: TextField, selection: TextSelection) {
        self.active = Some(field);
        self.selections.insert(field, selection);
    }

    /// Moves the carets of the fields `edit` changes the text of.
    pub fn map_through(&mut self, edit: &Edit) {
        if let Some((field, change)) = edit.as_text()
            && let Some(selection) = self.selections.get_mut(&field)
        {
            *selection = selection.mapped(change);
        }
    }

    /// Forgets every caret (another issue was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_move_through_a_change_as_the_text_does() {
        let change = TextChange::replace(4..8, "ab");
        assert_eq!(map_offset(2, &change), 2, "before: stays");
        assert_eq!(map_offset(4, &change), 4, "at its start: stays");
        assert_eq!(
            map_offset(6, &change),
            6,
            "inside: to the end of what came in"
        );
        assert_eq!(
            map_offset(8, &change),
            6,
            "at its end: moves with the text after"
        );
        assert_eq!(map_offset(12, &change), 10);
    }

    #[test]
    fn a_range_moves_with_changes_away_from_it_and_is_lost_to_changes_on_it() {
        let word = 10..16;
        let before = TextChange::insert(2, "abc");
        assert_eq!(map_range(&word, &before), Some(13..19));
        let after = TextChange::delete(20..22);
        assert_eq!(map_range(&word, &after), Some(10..16));
        assert_eq!(map_range(&word, &TextChange::insert(16, "s")), None);
        assert_eq!(map_range(&word, &TextChange::insert(10, "x")), None);
        assert_eq!(map_range(&word, &TextChange::delete(8..12)), None);
    }

    #[test]
    fn another_fields_caret_is_untouched_and_this_ones_follows() {
        let mut carets = Carets::default();
        carets.select(TextField::IssueTitle, TextSelection::caret(10));
        carets.select(TextField::Intro, TextSelection::range(3..5));
        let edit = Edit::Text {
            field: TextField::IssueTitle,
            change: TextChange::insert(0, "ـــ"),
        };
        carets.map_through(&edit);
        assert_eq!(
            carets.of(TextField::IssueTitle),
            TextSelection::caret(10 + "ـــ".len())
        );
        assert_eq!(carets.of(TextField::Intro), TextSelection::range(3..5));
        assert_eq!(
            carets.active(),
            Some((TextField::Intro, TextSelection::range(3..5)))
        );
    }

    #[test]
    fn a_selection_is_clamped_onto_the_text() {
        let text = "مع SK";
        let field = FieldRef::Line(text, crate::model::TextSettings::default());
        let clamped = TextSelection::range(1..40).clamped(&field);
        assert_eq!(clamped, TextSelection::range(0..text.len()));
        let prose = crate::model::Prose::from_text("أول\nثانٍ");
        let clamped = TextSelection::caret(5).clamped(&FieldRef::Prose(&prose));
        assert_eq!(
            clamped,
            TextSelection::caret(4),
            "back onto the boundary before"
        );
    }
}
