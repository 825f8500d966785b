//! The one place the interface shows and edits the editor's own text.
//!
//! Every headline, title, excerpt and commentary goes through these functions, so the text
//! engine that lays Arabic out right to left replaces egui's left-to-right layout here and
//! nowhere else.

use egui::{FontId, Response, RichText, TextEdit, Ui, WidgetText};

use crate::fonts;
use crate::model::{Edit, TextChange, TextField};

/// How a piece of user text is styled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// Body text: excerpts, commentary, introduction.
    Body,
    /// Headlines and titles.
    Heading,
    /// Rows of lists and the outline.
    Row,
}

impl TextRole {
    /// The font for this role.
    pub fn font_id(self) -> FontId {
        match self {
            Self::Body => FontId::new(18.0, fonts::text_family()),
            Self::Heading => FontId::new(22.0, fonts::bold_family()),
            Self::Row => FontId::new(16.0, fonts::text_family()),
        }
    }
}

/// User text as a label (outline rows, read-only views).
pub fn user_text(text: &str, role: TextRole) -> WidgetText {
    RichText::new(text).font(role.font_id()).into()
}

/// An editing pane for one field of the issue. Returns the edit the editor made this frame,
/// as the smallest text change, for the caller to queue as a command.
pub fn user_text_edit_ui(
    ui: &mut Ui,
    field: TextField,
    current: &str,
    role: TextRole,
    hint: &str,
) -> (Response, Option<Edit>) {
    let mut buffer = current.to_owned();
    let editor = if field.is_prose() {
        TextEdit::multiline(&mut buffer).desired_rows(4)
    } else {
        TextEdit::singleline(&mut buffer)
    };
    let response = ui.add(
        editor
            .id_salt(field)
            .font(role.font_id())
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    );
    let edit = TextChange::between(current, &buffer).map(|change| Edit::Text { field, change });
    (response, edit)
}
