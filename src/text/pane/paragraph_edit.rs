//! Editing a pane's text where it lives, in its paragraphs: a keystroke reads and rebuilds the
//! paragraph it lands in, never the whole text of a long field.
//!
//! Offsets are bytes of the whole text (paragraphs joined by `\n`), as the owner's edits
//! address it; each operation finds its paragraph by halving and works on that one.

use std::ops::Range;

use super::paragraphs::{PaneParagraph, PaneParagraphs};
use super::state::{backspace_start, delete_end, word_end_after, word_start_before};
use crate::model::ResolvedDirection;
use crate::model::mark::{self, InsertMarks, Mark};

impl PaneParagraphs {
    /// The paragraph holding `offset` and the offset within it.
    fn locate(&self, offset: usize) -> Option<(usize, &PaneParagraph, usize)> {
        let index = self.paragraph_at(offset);
        let paragraph = self.get(index)?;
        Some((
            index,
            paragraph,
            offset
                .saturating_sub(paragraph.start)
                .min(paragraph.text.len()),
        ))
    }

    /// `offset`, moved back onto a character boundary inside the text.
    pub fn floor_boundary(&self, offset: usize) -> usize {
        let offset = offset.min(self.len());
        let Some((_, paragraph, mut local)) = self.locate(offset) else {
            return 0;
        };
        while !paragraph.text.is_char_boundary(local) {
            local -= 1;
        }
        paragraph.start + local
    }

    /// The text of bytes `range` (paragraph breaks as `\n`); empty for a range off the text
    /// or off character boundaries.
    pub fn slice(&self, range: Range<usize>) -> String {
        let mut out = String::new();
        if range.is_empty() {
            return out;
        }
        let first = self.paragraph_at(range.start);
        let last = self.paragraph_at(range.end);
        for paragraph in self.paragraphs().get(first..=last).unwrap_or_default() {
            let start = range.start.saturating_sub(paragraph.start);
            let end = (range.end - paragraph.start.min(range.end)).min(paragraph.text.len());
            if paragraph.start > range.start {
                out.push('\n');
            }
            out.push_str(paragraph.text.get(start..end).unwrap_or_default());
        }
        out
    }

    /// Replaces bytes `range` of the text with `insert` (a `\n` in it splits a paragraph).
    /// New paragraphs take the direction of the first one the range touched, until the owner
    /// resolves theirs. Returns false, changing nothing, for a range off the text or off
    /// character boundaries.
    pub fn replace(&mut self, range: Range<usize>, insert: &str) -> bool {
        if range.start > range.end || range.end > self.len() {
            return false;
        }
        let first = self.paragraph_at(range.start);
        let last = self.paragraph_at(range.end);
        let (Some(head), Some(tail)) = (self.get(first), self.get(last)) else {
            return false;
        };
        let (Some(before), Some(after)) = (
            head.text.get(..range.start - head.start),
            tail.text.get(range.end - tail.start..),
        ) else {
            return false;
        };
        let direction: ResolvedDirection = head.direction;
        // The marks move as the model moves them (typed text joins a mark it lands strictly
        // inside), so the frame that shows the edit shows its bold and links where the
        // model will have them.
        let mut marks = Vec::new();
        let mut at = 0;
        for paragraph in &self.paragraphs()[first..=last] {
            marks.extend(
                paragraph
                    .marks
                    .iter()
                    .map(|m| Mark::new(m.range.start + at..m.range.end + at, m.kind.clone())),
            );
            at += paragraph.text.len() + 1;
        }
        let local = range.start - head.start..range.end - head.start;
        mark::delete(&mut marks, &local);
        mark::insert(&mut marks, local.start, insert.len(), &InsertMarks::Typed);
        let joined = format!("{before}{insert}{after}");
        let replacement: Vec<PaneParagraph> = joined
            .split('\n')
            .zip(mark::split_lines(&marks, &joined))
            .map(|(text, marks)| PaneParagraph::new(text.to_owned(), marks, direction, None))
            .collect();
        self.splice(first..=last, replacement);
        true
    }

    /// Where Backspace deletes from, before `offset`: one grapheme (or one haraka), or the
    /// paragraph break at a paragraph's start.
    pub fn backspace_start(&self, offset: usize) -> usize {
        match self.locate(offset) {
            Some((_, p, local)) if local > 0 => p.start + backspace_start(&p.text, local),
            _ => offset.saturating_sub(1),
        }
    }

    /// Where Delete deletes to, after `offset`: one grapheme, or the paragraph break at a
    /// paragraph's end.
    pub fn delete_end(&self, offset: usize) -> usize {
        match self.locate(offset) {
            Some((_, p, local)) if local < p.text.len() => p.start + delete_end(&p.text, local),
            _ => (offset + 1).min(self.len()),
        }
    }

    /// The start of the word before `offset` (Ctrl+Backspace); at a paragraph's start, the
    /// break before it.
    pub fn word_start_before(&self, offset: usize) -> usize {
        match self.locate(offset) {
            Some((_, p, local)) if local > 0 => p.start + word_start_before(&p.text, local),
            _ => offset.saturating_sub(1),
        }
    }

    /// The end of the word after `offset` (Ctrl+Delete); at a paragraph's end, the break
    /// after it.
    pub fn word_end_after(&self, offset: usize) -> usize {
        match self.locate(offset) {
            Some((_, p, local)) if local < p.text.len() => p.start + word_end_after(&p.text, local),
            _ => (offset + 1).min(self.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::text::TextStyle;

    fn synced(text: &str) -> PaneParagraphs {
        let mut p = PaneParagraphs::default();
        let directions = vec![ResolvedDirection::Rtl; text.split('\n').count()];
        p.sync(text, &directions, TextStyle::BODY);
        p
    }

    /// A text of Arabic, Latin, marks, spaces and paragraph breaks.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("ب"),
                Just("بَ"),
                Just("a"),
                Just(" "),
                Just("\n"),
                Just("٣"),
                Just("👍🏽")
            ],
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        /// Every operation on the paragraphs agrees with the same operation on the joined
        /// text, which is how the owner applies the pane's edits.
        #[test]
        fn paragraph_operations_agree_with_the_joined_text(
            text in text(),
            insert in text(),
            a in 0usize..64,
            b in 0usize..64,
        ) {
            let p = synced(&text);
            prop_assert_eq!(p.text(), text.clone());
            let floor = |mut o: usize| {
                o = o.min(text.len());
                while !text.is_char_boundary(o) {
                    o -= 1;
                }
                o
            };
            let (a, b) = (floor(a), floor(b));
            prop_assert_eq!(p.floor_boundary(a), a);
            let range = a.min(b)..a.max(b);
            prop_assert_eq!(p.slice(range.clone()), text[range.clone()].to_owned());
            prop_assert_eq!(p.backspace_start(a), backspace_start(&text, a));
            prop_assert_eq!(p.delete_end(a), delete_end(&text, a));
            prop_assert_eq!(p.word_start_before(a), word_start_before(&text, a));
            prop_assert_eq!(p.word_end_after(a), word_end_after(&text, a));

            let mut edited = p;
            prop_assert!(edited.replace(range.clone(), &insert));
            let mut expected = text.clone();
            expected.replace_range(range, &insert);
            prop_assert_eq!(edited.text(), expected.clone());
            prop_assert_eq!(edited.len(), expected.len());
            prop_assert_eq!(edited.count(), expected.split('\n').count());
        }
    }

    #[test]
    fn a_range_off_the_text_changes_nothing() {
        let mut p = synced("بيت\nدار");
        assert!(!p.replace(2..3, "x"), "inside a letter");
        assert!(!p.replace(0..99, ""), "past the end");
        assert_eq!(p.text(), "بيت\nدار");
    }

    #[test]
    fn an_edit_replaces_only_the_paragraphs_it_touches() {
        let mut p = synced("أول\nثاني\nثالث");
        let first = p.get(0).map(|q| q.text.as_ptr());
        let last = p.get(2).map(|q| q.text.as_ptr());
        assert!(p.replace("أول\nثا".len().."أول\nثا".len(), "x"));
        assert_eq!(p.text(), "أول\nثاxني\nثالث");
        assert_eq!(p.get(0).map(|q| q.text.as_ptr()), first);
        assert_eq!(p.get(2).map(|q| q.text.as_ptr()), last);
    }
}
