//! [`FieldCaret`]: the text field with the caret, as the window reports it, and the edits that
//! its toolbar, the Edit menu, a shortcut or the palette ask for there — the paragraph's
//! direction, a direction mark, an isolated Latin run. One plan for all of them, so they cannot
//! disagree.

use crate::model::{
    Desk, Direction, Edit, StoryText, TextChange, TextField, TextSelection, isolate_edits,
    latin_run_at,
};
use crate::strings::Msg;

/// Something done to the field with the caret, at the caret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldAction {
    /// Give the caret's paragraph this direction.
    Direction(Direction),
    /// Insert this invisible mark (RLM or LRM) at the caret.
    Mark(char),
    /// Wrap the Latin run at the caret in an isolate (LRI … PDI).
    IsolateLatin,
}

/// The field with the caret, and its selection, as the document keeps them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldCaret {
    /// The field.
    pub field: TextField,
    /// The selection in its text (bytes, paragraphs joined by `\n`); the caret is its focus.
    pub selection: TextSelection,
    /// The paragraph the caret is in.
    pub paragraph: usize,
}

impl FieldCaret {
    /// The caret of `field` on `desk` at `selection`.
    pub fn of(desk: &Desk, field: TextField, selection: TextSelection) -> Self {
        let paragraph = field
            .get(desk)
            .map_or(0, |text| text.paragraph_at(selection.focus));
        Self {
            field,
            selection,
            paragraph,
        }
    }

    /// The caret's byte offset in the field's text.
    pub fn offset(&self) -> usize {
        self.selection.focus
    }

    /// Whether some text is selected.
    pub fn has_selection(&self) -> bool {
        !self.selection.is_caret()
    }

    /// The edits that do `action` here, or why it cannot be done (a direction the paragraph
    /// already has is "cannot": it would be an undo step that changes nothing).
    pub fn plan(&self, desk: &Desk, action: FieldAction) -> Result<Vec<Edit>, Msg> {
        let is_link = matches!(self.field, TextField::Story(_, StoryText::Url));
        let is_tags = matches!(self.field, TextField::Story(_, StoryText::Tags));
        match action {
            FieldAction::Direction(_) if is_link => Err(Msg::WhyNoDirection),
            FieldAction::Direction(direction) => {
                match crate::model::set_direction(desk, self.field, self.paragraph, direction) {
                    Ok(Some(edit)) => Ok(vec![edit]),
                    Ok(None) => Err(Msg::WhyAlreadyThatWay),
                    Err(_) => Err(Msg::WhyNoField),
                }
            }
            FieldAction::Mark(_) | FieldAction::IsolateLatin if is_link || is_tags => {
                Err(Msg::WhyNoMarks)
            }
            FieldAction::Mark(mark) => {
                // Typed, as from the keyboard: it takes the place of what is selected.
                let (_, start, caret) = self.caret_paragraph(desk)?;
                let range = if self.has_selection() {
                    let text = self.field.get(desk).map_err(|_| Msg::WhyNoField)?;
                    self.selection.clamped(&text).ordered()
                } else {
                    start + caret..start + caret
                };
                Ok(vec![Edit::Text {
                    field: self.field,
                    change: TextChange::replace(range, mark.to_string()),
                }])
            }
            FieldAction::IsolateLatin => {
                let (paragraph, start, caret) = self.caret_paragraph(desk)?;
                latin_run_at(paragraph, caret)
                    .map(|run| isolate_edits(self.field, start, &run))
                    .ok_or(Msg::WhyNoLatinRun)
            }
        }
    }

    /// The word the caret is in or just after, as a byte range of the field's text and its
    /// text, if the caret is at a word spelling checks: the same words, cut the same way
    /// (marks around a name left out), as the underlines.
    pub fn word_at(&self, desk: &Desk) -> Option<(std::ops::Range<usize>, String)> {
        let (paragraph, start, caret) = self.caret_paragraph(desk).ok()?;
        crate::spell::checked_words(paragraph)
            .find(|(range, _)| range.start <= caret && caret <= range.end)
            .map(|(range, _)| {
                let word = paragraph[range.clone()].to_owned();
                (start + range.start..start + range.end, word)
            })
    }

    /// The paragraph with the caret, where it starts in the field's text, and the caret in it
    /// (clamped onto a character boundary). Only that paragraph is read: the toolbar asks
    /// every frame whether "Isolate Latin run" can be done, and a long commentary must not
    /// be copied for it.
    fn caret_paragraph<'d>(&self, desk: &'d Desk) -> Result<(&'d str, usize, usize), Msg> {
        let field = self.field.get(desk).map_err(|_| Msg::WhyNoField)?;
        let mut start = 0;
        let paragraphs = field.paragraphs();
        let count = paragraphs.len();
        for (index, paragraph) in paragraphs.into_iter().enumerate() {
            let end = start + paragraph.text.len();
            if self.offset() <= end || index + 1 == count {
                let mut caret = self
                    .offset()
                    .saturating_sub(start)
                    .min(paragraph.text.len());
                while !paragraph.text.is_char_boundary(caret) {
                    caret -= 1;
                }
                return Ok((paragraph.text, start, caret));
            }
            start = end + 1;
        }
        Err(Msg::WhyNoField)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Issue, StoryId};

    /// The sample issue with its first pick's commentary replaced by `text`.
    fn desk_with_commentary(text: &str) -> (Desk, TextField) {
        let issue: Issue = crate::io::parse_issue(
            crate::io::SAMPLE_RON.as_bytes(),
            std::path::Path::new("sample.ron"),
        )
        .expect("sample")
        .issue;
        let story: StoryId = issue.picks().next().expect("a pick").story.id;
        let field = TextField::Commentary(story);
        let mut document = crate::model::Document::new(issue);
        let len = field.get(document.desk()).expect("field").text().len();
        let edit = Edit::Text {
            field,
            change: TextChange::replace(0..len, text),
        };
        document
            .apply(edit, std::time::Instant::now())
            .expect("replace");
        (document.desk().clone(), field)
    }

    #[test]
    fn isolating_needs_a_latin_run_at_the_caret() {
        let (desk, field) = desk_with_commentary("قالت OpenAI إنها");
        let at = |offset| FieldCaret::of(&desk, field, TextSelection::caret(offset));
        let edits = at("قالت Open".len())
            .plan(&desk, FieldAction::IsolateLatin)
            .expect("a run");
        assert_eq!(edits.len(), 2);
        assert_eq!(
            at(0).plan(&desk, FieldAction::IsolateLatin),
            Err(Msg::WhyNoLatinRun)
        );
    }

    #[test]
    fn a_mark_goes_at_the_caret_kept_on_a_character() {
        let (desk, field) = desk_with_commentary("قالت");
        // One byte into the two-byte "ق": the mark goes before it, never inside.
        let caret = FieldCaret::of(&desk, field, TextSelection::caret(1));
        let edits = caret
            .plan(&desk, FieldAction::Mark('\u{200F}'))
            .expect("a mark");
        assert_eq!(
            edits,
            vec![Edit::Text {
                field,
                change: TextChange::insert(0, "\u{200F}".to_owned()),
            }]
        );
    }
}
