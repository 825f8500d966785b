//! [`EditingField`]: the text field with the caret, and the edits that its toolbar, the Edit
//! menu, a shortcut or the palette ask for there — the paragraph's direction, a direction mark,
//! an isolated Latin run. One plan for all of them, so they cannot disagree.

use super::strings::Msg;
use super::user_text::{caret_offset, caret_paragraph, pane_id};
use super::{Command, Selection};
use crate::model::{
    Desk, Direction, Edit, StoryText, TextChange, TextField, isolate_edits, latin_run_at,
};
use crate::text::TextEngine;

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
pub struct EditingField {
    /// The field.
    pub field: TextField,
    /// The caret's byte offset in the field's text (paragraphs joined by `\n`), as the pane
    /// last drew it; it may be a frame behind the model, so it is clamped before use.
    caret: usize,
    /// The paragraph the caret is in.
    paragraph: usize,
}

impl EditingField {
    /// The field of the editor showing `selection` whose pane last had the caret, if any.
    pub fn find(engine: &TextEngine, desk: &Desk, selection: Selection) -> Option<Self> {
        let active = engine.panes.active()?;
        let field = match selection {
            Selection::Issue => TextField::of_issue(&desk.issue).find(|f| pane_id(*f) == active),
            Selection::Pick(story) => TextField::of_story(story).find(|f| pane_id(*f) == active),
            Selection::Preview | Selection::Library | Selection::Search => None,
        }?;
        Some(Self::of(engine, field))
    }

    /// `field`, with the caret where its pane has it (the start if it was never drawn).
    pub fn of(engine: &TextEngine, field: TextField) -> Self {
        Self {
            field,
            caret: caret_offset(engine, field).unwrap_or(0),
            paragraph: caret_paragraph(engine, field).unwrap_or(0),
        }
    }

    /// The widget id of the field's pane.
    pub fn pane(&self) -> egui::Id {
        pane_id(self.field)
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

    /// Does `action` here: a mark is typed into the pane (the caret moves past it, as when
    /// typed from the keyboard); the other actions return the command that makes their edits.
    /// Errors say why nothing can be done.
    pub fn perform(
        &self,
        desk: &Desk,
        engine: &mut TextEngine,
        action: FieldAction,
    ) -> Result<Option<Command>, Msg> {
        let edits = self.plan(desk, action)?;
        Ok(match action {
            FieldAction::Mark(mark) => {
                engine
                    .panes
                    .send(self.pane(), egui::Event::Text(mark.to_string()));
                None
            }
            FieldAction::Direction(_) | FieldAction::IsolateLatin => Some(Command::Edits(edits)),
        })
    }

    fn text(&self, desk: &Desk) -> Result<String, Msg> {
        self.field
            .get(desk)
            .map(|f| f.text().into_owned())
            .map_err(|_| Msg::WhyNoField)
    }

    /// The caret, kept inside `text` and on a character boundary.
    fn caret_in(&self, text: &str) -> usize {
        let mut caret = self.caret.min(text.len());
        while !text.is_char_boundary(caret) {
            caret -= 1;
        }
        caret
    }
}
