//! The format bar: one row at the top of the editor, always there, that acts on the field with
//! the caret — the paragraph's direction, a direction mark at the caret, the Latin run isolated.
//!
//! It stays in one place and keeps its size whether a field has the caret or not (its buttons
//! are only enabled or not), so nothing moves under the pointer when a field takes the caret:
//! the second click of a double-click lands where the first did.

use egui::Ui;

use super::user_text::pane_id;
use crate::model::{Desk, Direction, StoryText, TextField};
use crate::session::{Action, Command, FieldCaret};
use crate::strings::{Msg, tr};
use crate::ui::interface_text::{EngineText, ReadingLayout, engine_tooltip};

/// Draws the bar for `caret`, the field with the caret (if the editor shows it); a click queues
/// the Edit menu's action for that field, and gives the caret back to it.
pub(super) fn format_bar_ui(
    ui: &mut Ui,
    desk: &Desk,
    caret: Option<FieldCaret>,
    commands: &mut Vec<Command>,
) {
    let mut clicked = None;
    ui.reading_row_wrapped(|ui| {
        // Each button keeps its own name for screen readers ("Right to left"); the weak label
        // before them only reads as the group's heading.
        ui.engine_weak(tr(Msg::ParagraphDirection));
        let direction = caret.as_ref().and_then(|c| paragraph_direction(desk, c));
        ui.add_enabled_ui(direction.is_some(), |ui| {
            for (way, msg, action) in [
                (Direction::Auto, Msg::DirectionAuto, Action::DirectionAuto),
                (Direction::Rtl, Msg::DirectionRtl, Action::DirectionRtl),
                (Direction::Ltr, Msg::DirectionLtr, Action::DirectionLtr),
            ] {
                if ui
                    .engine_selectable(direction == Some(way), tr(msg))
                    .clicked()
                {
                    clicked = Some(action);
                }
            }
        });
        ui.separator();
        for (msg, hint, action) in [
            (Msg::InsertRlm, None, Action::InsertRlm),
            (Msg::InsertLrm, None, Action::InsertLrm),
            (
                Msg::IsolateLatin,
                Some(Msg::IsolateLatinHint),
                Action::IsolateLatin,
            ),
        ] {
            let possible = caret
                .as_ref()
                .zip(action.field_action())
                .is_some_and(|(caret, field_action)| caret.plan(desk, field_action).is_ok());
            let button = ui.add_enabled(possible, |ui: &mut Ui| ui.engine_small_button(tr(msg)));
            let button = match hint {
                Some(hint) => engine_tooltip(button, tr(hint)),
                None => button,
            };
            if button.clicked() {
                clicked = Some(action);
            }
        }
    });
    if let (Some(action), Some(caret)) = (clicked, caret) {
        commands.push(Command::Run(action));
        // The button took the focus with the click: the caret goes back into the text, in this
        // same frame, before the field is drawn.
        ui.memory_mut(|m| m.request_focus(pane_id(caret.field)));
    }
}

/// The direction of the caret's paragraph, for the fields whose direction the editor sets (all
/// but the link).
fn paragraph_direction(desk: &Desk, caret: &FieldCaret) -> Option<Direction> {
    if matches!(caret.field, TextField::Story(_, StoryText::Url)) {
        return None;
    }
    caret
        .field
        .settings(desk, caret.paragraph)
        .ok()
        .map(|s| s.direction)
}
