//! [`Mark`]: a stretch of a paragraph's text with a kind — a link with its address, strong or
//! emphasis — and how marks follow the edits of the text they lie on.
//!
//! A paragraph keeps its marks in a canonical form ([`normalize`]): each inside the text, on
//! character boundaries, never empty, sorted, and marks of the same kind never overlapping or
//! touching (they are one mark then). Marks of different kinds may overlap (a bold word inside
//! a link). A mark never crosses a paragraph break.
//!
//! Text typed strictly inside a mark joins it (typing inside a link extends its words); text
//! typed at a mark's start or end does not (as in Google Docs and Word: typing on after a link
//! is plain text). An edit's inverse puts back exactly the marks it took away
//! ([`InsertMarks::Exactly`]), so undo restores every mark byte for byte.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// What a mark does to its text.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MarkKind {
    /// A link to this address (as the editor wrote it; exports decide what is safe to write).
    Link(String),
    /// Strong importance: bold.
    Strong,
    /// Emphasis: italic where the script has an italic face (Arabic is drawn upright).
    Emphasis,
}

impl MarkKind {
    /// True for links (whatever their address).
    pub fn is_link(&self) -> bool {
        matches!(self, Self::Link(_))
    }

    /// True when `other` is the same kind of mark, addresses aside: a link is a link.
    pub fn same_family(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// A stretch of a paragraph's text (bytes of the paragraph, never crossing it) with its kind.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mark {
    /// The bytes it covers in its paragraph.
    pub range: Range<usize>,
    /// What it does.
    pub kind: MarkKind,
}

impl Mark {
    /// A mark of `kind` over `range`.
    pub fn new(range: Range<usize>, kind: MarkKind) -> Self {
        Self { range, kind }
    }
}

/// How the marks of text put into a paragraph are decided.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum InsertMarks {
    /// As typed: the text joins a mark it lands strictly inside, and has no marks of its own.
    #[default]
    Typed,
    /// Exactly these (their ranges in bytes of the inserted text, never crossing a line break
    /// in it), and nothing from around it: a mark the text lands inside is cut around it. What
    /// undo and redo put back, and what a paste with formatting brings.
    Exactly(Vec<Mark>),
}

/// Puts `marks` in canonical form within `text`: kept inside the text and on its character
/// boundaries, empty ones dropped, sorted by start then kind, and marks of the same kind that
/// overlap or touch joined into one.
pub fn normalize(marks: &mut Vec<Mark>, text: &str) {
    for mark in marks.iter_mut() {
        let start = floor_boundary(text, mark.range.start);
        let end = floor_boundary(text, mark.range.end);
        mark.range = start..end.max(start);
    }
    marks.retain(|m| !m.range.is_empty());
    marks.sort_by(|a, b| {
        (&a.kind, a.range.start, a.range.end).cmp(&(&b.kind, b.range.start, b.range.end))
    });
    let mut joined: Vec<Mark> = Vec::with_capacity(marks.len());
    for mark in marks.drain(..) {
        match joined.last_mut() {
            Some(last) if last.kind == mark.kind && mark.range.start <= last.range.end => {
                last.range.end = last.range.end.max(mark.range.end);
            }
            _ => joined.push(mark),
        }
    }
    joined.sort_by(|a, b| {
        (a.range.start, a.range.end, &a.kind).cmp(&(b.range.start, b.range.end, &b.kind))
    });
    *marks = joined;
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The marks of `marks` that lie on `range`, cut to it and counted from its start: what a
/// deletion of `range` takes away, for its undo to put back.
pub fn marks_within(marks: &[Mark], range: &Range<usize>) -> Vec<Mark> {
    marks
        .iter()
        .filter_map(|m| {
            let start = m.range.start.max(range.start);
            let end = m.range.end.min(range.end);
            (start < end).then(|| Mark::new(start - range.start..end - range.start, m.kind.clone()))
        })
        .collect()
}

/// Moves `marks` (of one text) through the deletion of `range`: marks after it move back,
/// marks on it shrink or go.
pub fn delete(marks: &mut Vec<Mark>, range: &Range<usize>) {
    let removed = range.end - range.start;
    if removed == 0 {
        return;
    }
    let moved = |offset: usize| {
        if offset <= range.start {
            offset
        } else if offset >= range.end {
            offset - removed
        } else {
            range.start
        }
    };
    for mark in marks.iter_mut() {
        mark.range = moved(mark.range.start)..moved(mark.range.end);
    }
    marks.retain(|m| !m.range.is_empty());
}

/// Moves `marks` (of one text) through the insertion of `len` bytes at `at`, marked as `how`
/// says.
pub fn insert(marks: &mut Vec<Mark>, at: usize, len: usize, how: &InsertMarks) {
    if len == 0 {
        return;
    }
    let mut cut = Vec::new();
    for mark in marks.iter_mut() {
        let Range { start, end } = mark.range;
        if start >= at {
            mark.range = start + len..end + len;
        } else if at < end {
            match how {
                InsertMarks::Typed => mark.range = start..end + len,
                InsertMarks::Exactly(_) => {
                    mark.range = start..at;
                    cut.push(Mark::new(at + len..end + len, mark.kind.clone()));
                }
            }
        }
    }
    marks.extend(cut);
    if let InsertMarks::Exactly(own) = how {
        marks.extend(
            own.iter()
                .filter(|m| m.range.start < m.range.end && m.range.end <= len)
                .map(|m| Mark::new(at + m.range.start..at + m.range.end, m.kind.clone())),
        );
    }
}

/// Splits the marks of a text that holds line breaks into the marks of each of its lines
/// (counted from each line's start); a mark over a break is cut there.
pub fn split_lines(marks: &[Mark], text: &str) -> Vec<Vec<Mark>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let mut own: Vec<Mark> = marks
            .iter()
            .filter_map(|m| {
                let s = m.range.start.max(start);
                let e = m.range.end.min(end);
                (s < e).then(|| Mark::new(s - start..e - start, m.kind.clone()))
            })
            .collect();
        normalize(&mut own, line);
        lines.push(own);
        start = end + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strong(range: Range<usize>) -> Mark {
        Mark::new(range, MarkKind::Strong)
    }

    fn link(range: Range<usize>, to: &str) -> Mark {
        Mark::new(range, MarkKind::Link(to.to_owned()))
    }

    #[test]
    fn normal_form_joins_touching_marks_of_a_kind_and_keeps_other_kinds_apart() {
        let text = "abcdefghij";
        let mut marks = vec![
            strong(4..6),
            strong(0..2),
            strong(2..4),
            link(1..3, "a"),
            link(3..5, "b"),
            strong(9..9),
        ];
        normalize(&mut marks, text);
        assert_eq!(
            marks,
            vec![strong(0..6), link(1..3, "a"), link(3..5, "b")],
            "sorted by start; touching strong joined; different links kept apart"
        );
    }

    #[test]
    fn marks_are_kept_on_characters() {
        let text = "عربي";
        let mut marks = vec![strong(1..3), strong(5..100)];
        normalize(&mut marks, text);
        assert_eq!(marks, vec![strong(0..2), strong(4..8)]);
    }

    #[test]
    fn typing_inside_a_mark_extends_it_and_at_its_ends_does_not() {
        let mut marks = vec![link(2..6, "x")];
        insert(&mut marks, 4, 1, &InsertMarks::Typed);
        assert_eq!(marks, vec![link(2..7, "x")], "inside");
        insert(&mut marks, 7, 1, &InsertMarks::Typed);
        assert_eq!(marks, vec![link(2..7, "x")], "at the end");
        insert(&mut marks, 2, 1, &InsertMarks::Typed);
        assert_eq!(marks, vec![link(3..8, "x")], "at the start");
    }

    #[test]
    fn exact_insertion_cuts_around_the_text_and_brings_its_own_marks() {
        let mut marks = vec![strong(0..10)];
        let own = vec![Mark::new(1..2, MarkKind::Emphasis)];
        insert(&mut marks, 4, 3, &InsertMarks::Exactly(own));
        normalize(&mut marks, "0123456789abc");
        assert_eq!(
            marks,
            vec![
                strong(0..4),
                Mark::new(5..6, MarkKind::Emphasis),
                strong(7..13)
            ]
        );
    }

    #[test]
    fn a_deletion_moves_shrinks_and_removes_marks_and_says_what_it_took() {
        let mut marks = vec![strong(0..4), link(5..8, "x"), strong(9..12)];
        let range = 3..10;
        assert_eq!(
            marks_within(&marks, &range),
            vec![strong(0..1), link(2..5, "x"), strong(6..7)]
        );
        delete(&mut marks, &range);
        assert_eq!(marks, vec![strong(0..3), strong(3..5)]);
    }

    #[test]
    fn marks_are_cut_at_line_breaks() {
        let text = "ab\ncd";
        let lines = split_lines(&[strong(1..5)], text);
        assert_eq!(lines, vec![vec![strong(1..2)], vec![strong(0..2)]]);
    }
}
