//! [`TextChange`]: one replacement of a byte range of a text field, the unit of all typing.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::{InsertMarks, TextSettings};

/// Replaces `range` (byte offsets into the field's text, paragraphs joined by `\n`) with
/// `insert`.
///
/// `settings`, when present, gives the settings (direction, dismissed hints) of the paragraphs
/// that hold the inserted text afterwards (one more than the number of `\n` in `insert`). Undo
/// uses it to put back exactly the settings a deletion removed; typing leaves it `None`, and then
/// new paragraphs take the settings of the paragraph they were split from, as in word processors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextChange {
    /// The byte range replaced.
    pub range: Range<usize>,
    /// The text put in its place.
    pub insert: String,
    /// Settings of the resulting paragraphs, for exact undo.
    pub settings: Option<Vec<TextSettings>>,
    /// How the inserted text is marked (links, strong, emphasis): as typed, or exactly as
    /// given (undo, redo, a paste that keeps formatting). Prose only: a line has no marks.
    #[serde(default)]
    pub marks: InsertMarks,
}

impl TextChange {
    /// Inserts `text` at byte offset `at`.
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Self {
            range: at..at,
            insert: text.into(),
            settings: None,
            marks: InsertMarks::Typed,
        }
    }

    /// Deletes the byte range.
    pub fn delete(range: Range<usize>) -> Self {
        Self {
            range,
            insert: String::new(),
            settings: None,
            marks: InsertMarks::Typed,
        }
    }

    /// Replaces the byte range with `text`.
    pub fn replace(range: Range<usize>, text: impl Into<String>) -> Self {
        Self {
            range,
            insert: text.into(),
            settings: None,
            marks: InsertMarks::Typed,
        }
    }

    /// The smallest change that turns `old` into `new`: their common prefix and suffix are kept.
    ///
    /// Both offsets land on char boundaries, so the change can be applied to `old`. This is how a
    /// widget that hands back a whole new string is turned into an undoable edit.
    pub fn between(old: &str, new: &str) -> Option<Self> {
        if old == new {
            return None;
        }
        let prefix = common_prefix_len(old, new);
        let suffix = common_suffix_len(&old[prefix..], &new[prefix..]);
        Some(Self::replace(
            prefix..old.len() - suffix,
            &new[prefix..new.len() - suffix],
        ))
    }

    /// The same change, its inserted text marked exactly with `marks` (their ranges in bytes
    /// of the inserted text): a paste that keeps links and emphasis.
    pub fn with_marks(mut self, marks: Vec<super::Mark>) -> Self {
        self.marks = InsertMarks::Exactly(marks);
        self
    }

    /// Byte offset just after the inserted text, once the change is applied.
    pub fn end_after(&self) -> usize {
        self.range.start + self.insert.len()
    }

    /// True when the change only inserts text (nothing is removed).
    pub fn is_insertion(&self) -> bool {
        self.range.is_empty() && !self.insert.is_empty()
    }

    /// True when the change only removes text.
    pub fn is_deletion(&self) -> bool {
        !self.range.is_empty() && self.insert.is_empty()
    }
}

fn common_prefix_len(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, ca), cb)| ca != cb)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
        .min(b.len())
}

fn common_suffix_len(a: &str, b: &str) -> usize {
    let mut len = 0;
    for (ca, cb) in a.chars().rev().zip(b.chars().rev()) {
        if ca != cb {
            break;
        }
        len += ca.len_utf8();
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &str, change: &TextChange) -> String {
        let mut s = old.to_owned();
        s.replace_range(change.range.clone(), &change.insert);
        s
    }

    #[test]
    fn diff_finds_the_typed_character() {
        let c = TextChange::between("ماسك", "ماسكX").expect("changed");
        assert_eq!(c, TextChange::insert("ماسك".len(), "X"));
        let c = TextChange::between("abc", "abbc").expect("changed");
        assert_eq!(apply("abc", &c), "abbc");
        assert!(c.is_insertion());
    }

    #[test]
    fn diff_respects_char_boundaries() {
        // "ت" (U+062A) and "ث" (U+062B) share their first UTF-8 byte.
        let c = TextChange::between("تا", "ثا").expect("changed");
        assert_eq!(c.range, 0..2);
        assert_eq!(c.insert, "ث");
    }

    #[test]
    fn diff_of_equal_strings_is_none() {
        assert_eq!(TextChange::between("نشرة", "نشرة"), None);
    }

    #[test]
    fn diff_of_a_repeated_letter_deletion() {
        let c = TextChange::between("aaa", "aa").expect("changed");
        assert!(c.is_deletion());
        assert_eq!(apply("aaa", &c), "aa");
    }
}
