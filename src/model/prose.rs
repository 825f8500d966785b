//! [`Prose`]: a text field made of paragraphs, each with its own direction.

use serde::{Deserialize, Serialize};

use super::mark::{self, InsertMarks, Mark};
use super::{EditError, Paragraph, ResolvedDirection, TextChange, TextSettings};

/// A prose field (introduction, commentary, excerpt): one or more paragraphs.
///
/// Editing addresses the text as one string with paragraphs joined by `\n`, so a widget can
/// treat the field as a document; each paragraph's settings (direction, dismissed hints) follow
/// it through edits.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(from = "Vec<Paragraph>", into = "Vec<Paragraph>")]
pub struct Prose {
    /// Never empty; no paragraph text contains a line break.
    paragraphs: Vec<Paragraph>,
    /// One per paragraph, given afresh (like `version`) whenever that paragraph's text or
    /// settings change: views match paragraphs by it, so a keystroke costs them the one
    /// paragraph it changed, not a comparison of every paragraph's text.
    stamps: Vec<u64>,
    /// Changes with every change to the paragraphs, and is never given to two different texts
    /// in one run: views key what they work out from the text by it, so a field that did not
    /// change costs them nothing per frame. Not part of the value (equality, files).
    version: u64,
}

/// A version no prose of this run has had.
fn fresh_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl PartialEq for Prose {
    fn eq(&self, other: &Self) -> bool {
        self.paragraphs == other.paragraphs
    }
}

impl Eq for Prose {}

impl Default for Prose {
    fn default() -> Self {
        Self {
            paragraphs: vec![Paragraph::default()],
            stamps: vec![fresh_version()],
            version: fresh_version(),
        }
    }
}

impl From<Vec<Paragraph>> for Prose {
    /// Builds prose from stored paragraphs, splitting any that hold line breaks (the split parts
    /// keep the settings) so the invariant holds whatever a file contains.
    fn from(stored: Vec<Paragraph>) -> Self {
        let mut paragraphs = Vec::with_capacity(stored.len().max(1));
        for paragraph in stored {
            let text = normalize_line_breaks(&paragraph.text);
            // A break turned from `\r\n` into `\n` shifts what follows it.
            let marks = if text.len() == paragraph.text.len() {
                mark::split_lines(&paragraph.marks, &text)
            } else {
                vec![Vec::new(); text.split('\n').count()]
            };
            paragraphs.extend(text.split('\n').zip(marks).map(|(line, marks)| {
                let mut split = Paragraph::with_settings(line, paragraph.settings());
                split.marks = marks;
                split
            }));
        }
        if paragraphs.is_empty() {
            paragraphs.push(Paragraph::default());
        }
        Self {
            stamps: paragraphs.iter().map(|_| fresh_version()).collect(),
            paragraphs,
            version: fresh_version(),
        }
    }
}

impl From<Prose> for Vec<Paragraph> {
    fn from(prose: Prose) -> Self {
        prose.paragraphs
    }
}

impl Prose {
    /// Prose from plain text: one paragraph per line, all with automatic direction.
    pub fn from_text(text: &str) -> Self {
        Self::from(vec![Paragraph::new(text)])
    }

    /// The paragraphs, never empty.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Each paragraph's stamp: a number that changes whenever that paragraph's text or
    /// settings change, and that no other paragraph of this run has had. Equal stamps mean
    /// equal paragraphs.
    pub fn stamps(&self) -> &[u64] {
        &self.stamps
    }

    /// A number that changes whenever the text or a paragraph's settings change (see the
    /// field's comment): equal versions mean equal prose.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The whole text with paragraphs joined by `\n`: the string edits address.
    pub fn text(&self) -> String {
        let mut text = String::with_capacity(self.len());
        for (i, paragraph) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&paragraph.text);
        }
        text
    }

    /// Length in bytes of [`Self::text`].
    pub fn len(&self) -> usize {
        self.paragraphs.iter().map(|p| p.text.len()).sum::<usize>() + self.paragraphs.len() - 1
    }

    /// True when the field holds no text at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each paragraph's resolved direction ([`super::Direction::resolve`]), `base` being the
    /// direction of the language.
    pub fn resolved_directions(&self, base: ResolvedDirection) -> Vec<ResolvedDirection> {
        self.paragraphs
            .iter()
            .map(|p| p.direction.resolve(&p.text, base))
            .collect()
    }

    /// Replaces one paragraph's settings; returns the settings it had.
    pub fn set_settings(
        &mut self,
        paragraph: usize,
        settings: TextSettings,
    ) -> Result<TextSettings, EditError> {
        let count = self.paragraphs.len();
        let p = self
            .paragraphs
            .get_mut(paragraph)
            .ok_or(EditError::NoSuchParagraph { paragraph, count })?;
        let old = p.set_settings(settings);
        self.stamps[paragraph] = fresh_version();
        self.version = fresh_version();
        Ok(old)
    }

    /// The index of the paragraph holding byte offset `offset` of [`Self::text`], and the
    /// offset at which that paragraph starts.
    pub fn paragraph_at(&self, offset: usize) -> (usize, usize) {
        let mut start = 0;
        for (i, p) in self.paragraphs.iter().enumerate() {
            let end = start + p.text.len();
            if offset <= end || i + 1 == self.paragraphs.len() {
                return (i, start);
            }
            start = end + 1;
        }
        (0, 0)
    }

    /// Applies `change` and returns the change that undoes it exactly (text and directions).
    ///
    /// Line breaks in the inserted text (`\r\n`, `\r`, U+2029) become paragraph breaks.
    pub fn apply(&mut self, change: &TextChange) -> Result<TextChange, EditError> {
        let range = change.range.clone();
        let len = self.len();
        let bad_range = || EditError::BadRange {
            start: range.start,
            end: range.end,
            len,
        };
        if range.start > range.end || range.end > len {
            return Err(bad_range());
        }
        let insert = normalize_line_breaks(&change.insert);
        let new_paragraph_count = insert.matches('\n').count() + 1;
        if let Some(settings) = &change.settings
            && settings.len() != new_paragraph_count
        {
            return Err(EditError::SettingsCount {
                expected: new_paragraph_count,
                found: settings.len(),
            });
        }

        // Only the paragraphs the change touches are rebuilt: typing in a long commentary
        // costs the paragraph being typed in, not the whole text.
        let (first, first_start) = self.paragraph_at(range.start);
        let (last, _) = self.paragraph_at(range.end);
        let mut local = self.paragraphs[first..=last]
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let local_range = range.start - first_start..range.end - first_start;
        check_range(&local, &local_range).map_err(|_| bad_range())?;
        let old_settings: Vec<TextSettings> = self.paragraphs[first..=last]
            .iter()
            .map(Paragraph::settings)
            .collect();
        // The touched paragraphs' marks, counted in the joined text of those paragraphs.
        let mut marks = Vec::new();
        let mut start = 0;
        for paragraph in &self.paragraphs[first..=last] {
            marks.extend(
                paragraph
                    .marks
                    .iter()
                    .map(|m| Mark::new(m.range.start + start..m.range.end + start, m.kind.clone())),
            );
            start += paragraph.text.len() + 1;
        }
        let removed_marks = mark::marks_within(&marks, &local_range);
        mark::delete(&mut marks, &local_range);
        mark::insert(&mut marks, local_range.start, insert.len(), &change.marks);
        let removed = local[local_range.clone()].to_owned();
        local.replace_range(local_range, &insert);

        let new_settings = change
            .settings
            .clone()
            .unwrap_or_else(|| vec![old_settings[0]; new_paragraph_count]);
        let rebuilt: Vec<Paragraph> = local
            .split('\n')
            .zip(new_settings)
            .zip(mark::split_lines(&marks, &local))
            .map(|((line, settings), marks)| {
                let mut paragraph = Paragraph::with_settings(line, settings);
                paragraph.marks = marks;
                paragraph
            })
            .collect();
        let stamps: Vec<u64> = rebuilt.iter().map(|_| fresh_version()).collect();
        self.paragraphs.splice(first..=last, rebuilt);
        self.stamps.splice(first..=last, stamps);
        self.version = fresh_version();

        Ok(TextChange {
            range: range.start..range.start + insert.len(),
            insert: removed,
            settings: Some(old_settings),
            marks: InsertMarks::Exactly(removed_marks),
        })
    }

    /// Replaces one paragraph's marks (put in canonical form); returns the marks it had.
    pub fn set_marks(
        &mut self,
        paragraph: usize,
        marks: Vec<Mark>,
    ) -> Result<Vec<Mark>, EditError> {
        let count = self.paragraphs.len();
        let p = self
            .paragraphs
            .get_mut(paragraph)
            .ok_or(EditError::NoSuchParagraph { paragraph, count })?;
        let mut marks = marks;
        mark::normalize(&mut marks, &p.text);
        let old = std::mem::replace(&mut p.marks, marks);
        self.stamps[paragraph] = fresh_version();
        self.version = fresh_version();
        Ok(old)
    }
}

/// Checks that `range` lies within `text` on char boundaries.
pub(crate) fn check_range(text: &str, range: &std::ops::Range<usize>) -> Result<(), EditError> {
    if range.start > range.end
        || range.end > text.len()
        || !text.is_char_boundary(range.start)
        || !text.is_char_boundary(range.end)
    {
        return Err(EditError::BadRange {
            start: range.start,
            end: range.end,
            len: text.len(),
        });
    }
    Ok(())
}

/// Turns every kind of line break into `\n`.
pub(crate) fn normalize_line_breaks(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\r', '\u{2029}', '\u{85}', '\u{2028}']) {
        text.replace("\r\n", "\n")
            .replace(['\r', '\u{2029}', '\u{85}', '\u{2028}'], "\n")
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction::{self, Auto, Ltr, Rtl};

    fn prose(paragraphs: &[(&str, Direction)]) -> Prose {
        Prose::from(
            paragraphs
                .iter()
                .map(|(t, d)| Paragraph::with_direction(*t, *d))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn text_joins_paragraphs() {
        let p = prose(&[("أ", Auto), ("b", Ltr)]);
        assert_eq!(p.text(), "أ\nb");
        assert_eq!(p.len(), p.text().len());
        assert_eq!(Prose::default().text(), "");
        assert!(Prose::default().is_empty());
    }

    #[test]
    fn enter_splits_and_keeps_the_direction() {
        let mut p = prose(&[("OpenAI جمعت", Rtl)]);
        let undo = p.apply(&TextChange::insert(6, "\n")).expect("valid");
        assert_eq!(
            p.paragraphs(),
            prose(&[("OpenAI", Rtl), (" جمعت", Rtl)]).paragraphs()
        );
        p.apply(&undo).expect("valid");
        assert_eq!(p, prose(&[("OpenAI جمعت", Rtl)]));
    }

    #[test]
    fn joining_paragraphs_keeps_the_first_setting_and_undo_restores_both() {
        let original = prose(&[("one", Ltr), ("اثنان", Rtl), ("three", Auto)]);
        let mut p = original.clone();
        let undo = p.apply(&TextChange::delete(3..4)).expect("valid");
        assert_eq!(p, prose(&[("oneاثنان", Ltr), ("three", Auto)]));
        let redo = p.apply(&undo).expect("valid");
        assert_eq!(p, original);
        p.apply(&redo).expect("valid");
        assert_eq!(p, prose(&[("oneاثنان", Ltr), ("three", Auto)]));
    }

    #[test]
    fn pasted_line_breaks_become_paragraphs() {
        let mut p = Prose::default();
        p.apply(&TextChange::insert(0, "a\r\nb\rc\u{2029}d"))
            .expect("valid");
        assert_eq!(p.paragraphs().len(), 4);
        assert_eq!(p.text(), "a\nb\nc\nd");
    }

    #[test]
    fn bad_ranges_are_errors_not_panics() {
        let mut p = Prose::from_text("عربي");
        assert!(p.apply(&TextChange::insert(1, "x")).is_err());
        assert!(p.apply(&TextChange::delete(0..100)).is_err());
        let backwards = TextChange::delete(std::ops::Range { start: 4, end: 2 });
        assert!(p.apply(&backwards).is_err());
        assert_eq!(p, Prose::from_text("عربي"));
    }

    #[test]
    fn stored_line_breaks_are_split_on_load() {
        let p = prose(&[("a\nb", Ltr)]);
        assert_eq!(p, prose(&[("a", Ltr), ("b", Ltr)]));
        assert_eq!(Prose::from(Vec::new()), Prose::default());
    }

    #[test]
    fn resolved_directions_follow_each_paragraph_and_the_base() {
        let p = prose(&[("2024", Auto), ("English", Auto), ("", Auto), ("عربي", Ltr)]);
        assert_eq!(
            p.resolved_directions(ResolvedDirection::Rtl),
            vec![
                ResolvedDirection::Rtl,
                ResolvedDirection::Ltr,
                ResolvedDirection::Rtl,
                ResolvedDirection::Ltr
            ]
        );
        assert_eq!(
            p.resolved_directions(ResolvedDirection::Ltr)[0],
            ResolvedDirection::Ltr
        );
    }

    #[test]
    fn dismissed_hints_follow_the_paragraph_and_undo_restores_them() {
        let mut p = prose(&[("جمعت OpenAI 13 مليار", Auto), ("two", Auto)]);
        let dismissed = TextSettings {
            direction: Rtl,
            hints_dismissed: true,
        };
        assert_eq!(p.set_settings(0, dismissed), Ok(TextSettings::default()));
        // Typing inside keeps the settings; joining the paragraphs and undoing puts both back.
        let before = p.clone();
        let newline = "جمعت OpenAI 13 مليار".len();
        let undo = p
            .apply(&TextChange::delete(newline..newline + 1))
            .expect("valid");
        assert_eq!(p.paragraphs().len(), 1);
        assert_eq!(p.paragraphs()[0].settings(), dismissed);
        p.apply(&undo).expect("valid");
        assert_eq!(p, before);
    }

    /// Every change gives the prose a new version; a copy keeps it; equality ignores it.
    #[test]
    fn the_version_changes_with_the_text_and_the_settings_only() {
        let mut p = prose(&[("أول", Auto), ("ثاني", Auto)]);
        let copy = p.clone();
        assert_eq!(copy.version(), p.version());
        let v0 = p.version();
        let undo = p.apply(&TextChange::insert(0, "x")).expect("applies");
        let v1 = p.version();
        assert_ne!(v1, v0);
        p.apply(&undo).expect("undoes");
        assert_ne!(p.version(), v1);
        assert_ne!(p.version(), v0, "a version is never given twice");
        assert_eq!(p, copy, "the same text and settings are equal prose");
        let before = p.version();
        let mut settings = p.paragraphs()[1].settings();
        settings.direction = Ltr;
        p.set_settings(1, settings).expect("paragraph 1");
        assert_ne!(p.version(), before);
    }

    /// Typing in one paragraph leaves the others' text where it was: the work of an edit is
    /// the paragraph's, not the field's.
    #[test]
    fn an_edit_rebuilds_only_the_paragraphs_it_touches() {
        let mut p = prose(&[("أول", Auto), ("ثاني", Auto), ("ثالث", Auto)]);
        let before: Vec<*const u8> = p.paragraphs.iter().map(|q| q.text.as_ptr()).collect();
        let at = "أول\nثا".len();
        let undo = p.apply(&TextChange::insert(at, "x")).expect("applies");
        assert_eq!(p.text(), "أول\nثاxني\nثالث");
        let after: Vec<*const u8> = p.paragraphs.iter().map(|q| q.text.as_ptr()).collect();
        assert_eq!(after[0], before[0], "the first paragraph was not rebuilt");
        assert_eq!(after[2], before[2], "the last paragraph was not rebuilt");
        let stamps = p.stamps().to_vec();
        p.apply(&undo).expect("undoes");
        assert_eq!(p.text(), "أول\nثاني\nثالث");
        // Only the edited paragraph is stamped afresh: views redo that one alone.
        assert_eq!(p.stamps()[0], stamps[0]);
        assert_ne!(p.stamps()[1], stamps[1]);
        assert_eq!(p.stamps()[2], stamps[2]);
        // Splitting it stamps both halves afresh and keeps the rest.
        p.apply(&TextChange::insert(at, "\n")).expect("splits");
        assert_eq!(p.stamps().len(), 4);
        assert_eq!((p.stamps()[0], p.stamps()[3]), (stamps[0], stamps[2]));
        assert!(!p.stamps()[1..3].contains(&stamps[1]));
    }

    /// Deleting the plain words between two bold stretches joins them; undo puts the words back
    /// plain and the two stretches apart.
    #[test]
    fn undo_of_a_deletion_between_two_marks_of_a_kind_puts_them_apart_again() {
        use crate::model::{Mark, MarkKind};
        let bold = |r: std::ops::Range<usize>| Mark::new(r, MarkKind::Strong);
        let original = Prose::from(vec![
            Paragraph::new("aaa bbb ccc").with_marks(vec![bold(0..3), bold(8..11)]),
        ]);
        let mut p = original.clone();
        let undo = p.apply(&TextChange::delete(3..8)).expect("valid");
        assert_eq!(p.paragraphs()[0].marks, vec![bold(0..6)]);
        let redo = p.apply(&undo).expect("valid");
        assert_eq!(p, original);
        p.apply(&redo).expect("valid");
        assert_eq!(p.paragraphs()[0].marks, vec![bold(0..6)]);
    }

    /// Enter inside a link splits it; Backspace over the break joins it again.
    #[test]
    fn a_paragraph_break_inside_a_mark_splits_it_and_undo_joins_it() {
        use crate::model::{Mark, MarkKind};
        let link =
            |r: std::ops::Range<usize>| Mark::new(r, MarkKind::Link("https://x.example/".into()));
        let original = Prose::from(vec![Paragraph::new("abcdef").with_marks(vec![link(1..5)])]);
        let mut p = original.clone();
        let undo = p.apply(&TextChange::insert(3, "\n")).expect("valid");
        assert_eq!(p.paragraphs()[0].marks, vec![link(1..3)]);
        assert_eq!(p.paragraphs()[1].marks, vec![link(0..2)]);
        p.apply(&undo).expect("valid");
        assert_eq!(p, original);
    }

    #[test]
    fn paragraph_at_maps_offsets() {
        let p = prose(&[("ab", Auto), ("", Auto), ("cd", Auto)]);
        assert_eq!(p.paragraph_at(0), (0, 0));
        assert_eq!(p.paragraph_at(2), (0, 0));
        assert_eq!(p.paragraph_at(3), (1, 3));
        assert_eq!(p.paragraph_at(4), (2, 4));
        assert_eq!(p.paragraph_at(6), (2, 4));
    }
}
