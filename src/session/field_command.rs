//! [`FieldCaret`]: the text field with the caret, as the window reports it, and the edits that
//! its toolbar, the Edit menu, a shortcut or the palette ask for there — the paragraph's
//! direction, a direction mark, an isolated Latin run. One plan for all of them, so they cannot
//! disagree.

use crate::model::{
    Desk, Direction, Edit, StoryText, TextChange, TextField, isolate_edits, latin_run_at,
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

/// The field being edited, and where its caret is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldCaret {
    /// The field.
    pub field: TextField,
    /// The caret's byte offset in the field's text (paragraphs joined by `\n`), as the pane
    /// last drew it; it may be a frame behind the model, so it is clamped before use.
    pub offset: usize,
    /// The paragraph the caret is in.
    pub paragraph: usize,
    /// Whether some text is selected.
    pub has_selection: bool,
}

impl FieldCaret {
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
                let text = self.text(desk)?;
                Ok(vec![Edit::Text {
                    field: self.field,
                    change: TextChange::insert(self.caret_in(&text), mark.to_string()),
                }])
            }
            FieldAction::IsolateLatin => {
                let text = self.text(desk)?;
                let caret = self.caret_in(&text);
                let start = text[..caret].rfind('\n').map_or(0, |i| i + 1);
                let end = text[caret..].find('\n').map_or(text.len(), |i| caret + i);
                latin_run_at(&text[start..end], caret - start)
                    .map(|run| isolate_edits(self.field, start, &run))
                    .ok_or(Msg::WhyNoLatinRun)
            }
        }
    }

    fn text(&self, desk: &Desk) -> Result<String, Msg> {
        self.field
            .get(desk)
            .map(|f| f.text().into_owned())
            .map_err(|_| Msg::WhyNoField)
    }

    /// The caret, kept inside `text` and on a character boundary.
    fn caret_in(&self, text: &str) -> usize {
        let mut caret = self.offset.min(text.len());
        while !text.is_char_boundary(caret) {
            caret -= 1;
        }
        caret
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
        let at = |offset| FieldCaret {
            field,
            offset,
            paragraph: 0,
            has_selection: false,
        };
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
        let caret = FieldCaret {
            field,
            offset: 1,
            paragraph: 0,
            has_selection: false,
        };
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
