//! The list of the misspellings (Edit → Check the spelling): each word and
//! where it is, a click going there, with Previous and Next misspelling.

use egui::{Context, Id, ScrollArea};

use super::tool_window::{tool_window, tool_window_heading_ui};
use crate::session::{Action, Command, Misspelling};
use crate::strings::{Msg, Text, text, tr};
use crate::ui::interface_text::{EngineText, ReadingLayout, column_layout};

/// Draws the list; what the editor chooses is queued in `commands`.
pub fn misspellings_window_ui(
    ctx: &Context,
    list: &[Misspelling],
    shown: Option<usize>,
    commands: &mut Vec<Command>,
) {
    let title = tr(Msg::MisspellingsTitle);
    tool_window(ctx, Id::unique("misspellings"), title, 360.0).show(ctx, |ui| {
        if tool_window_heading_ui(ui, title, |_| ()) {
            commands.push(Command::CloseMisspellings);
        }
        ui.reading_row(|ui| {
            ui.engine_weak(text(&Text::MisspellingCount { count: list.len() }));
            for action in [Action::PreviousMisspelling, Action::NextMisspelling] {
                if ui.engine_small_button(action.label()).clicked() {
                    commands.push(Command::Run(action));
                }
            }
        });
        ui.separator();
        ScrollArea::vertical().show(ui, |ui| {
            ui.with_layout(column_layout(), |ui| {
                for (index, found) in list.iter().enumerate() {
                    let row = format!("{} · {}", found.word, tr(Msg::of_field(found.field)));
                    if ui.engine_selectable(shown == Some(index), row).clicked() {
                        commands.push(Command::GoToMisspelling(index));
                    }
                }
            });
        });
    });
}
