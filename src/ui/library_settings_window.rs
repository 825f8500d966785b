//! The library settings window (File → Library settings…): the length an issue aims at, and the
//! campaign tags of exported links. What she types is a draft until Save writes it to the
//! library's `library.ron`; Cancel leaves the file as it was.

use egui::{Context, Id, Ui};

use super::reading_layout::labelled_row_ui;
use super::tool_window::tool_window;
use super::user_text::string_pane_ui;
use crate::io::library_settings::{LibrarySettings, UtmTags};
use crate::model::ResolvedDirection;
use crate::session::Command;
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, column_layout, end_row_layout};

/// The settings as typed, kept in egui's memory while the window is open.
#[derive(Clone, Debug)]
struct Draft {
    /// The settings the window opened on: what it does not show is saved as it was.
    base: LibrarySettings,
    word_target: String,
    tag_links: bool,
    utm: UtmTags,
}

impl Draft {
    fn of(settings: &LibrarySettings) -> Self {
        Self {
            base: settings.clone(),
            word_target: settings
                .word_target
                .map(|n| n.to_string())
                .unwrap_or_default(),
            tag_links: settings.utm.is_some(),
            utm: settings.utm.clone().unwrap_or_default(),
        }
    }

    /// The settings typed, or `None` while the target is not a number.
    fn settings(&self) -> Option<LibrarySettings> {
        let target = self.word_target.trim();
        let word_target = if target.is_empty() {
            None
        } else {
            Some(
                super::value_fields::western_digits(target)
                    .parse::<u32>()
                    .ok()?,
            )
        };
        Some(LibrarySettings {
            word_target,
            utm: self.tag_links.then(|| self.utm.clone()),
            ..self.base.clone()
        })
    }
}

const LABEL_WIDTH: f32 = 190.0;

/// Draws the window over `current`; Save and Cancel are queued in `commands`.
pub fn library_settings_window_ui(
    ctx: &Context,
    engine: &mut TextEngine,
    current: &LibrarySettings,
    commands: &mut Vec<Command>,
) {
    let id = Id::unique("library_settings");
    let mut draft: Draft = ctx
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| Draft::of(current));
    tool_window(ctx, id, tr(Msg::LibrarySettingsTitle), 520.0)
        .resizable(false)
        .show(ctx, |ui| {
            // Read from the reading side: labels, the switch and the note start there.
            ui.with_layout(column_layout(), |ui| {
                ui.engine_heading(tr(Msg::LibrarySettingsTitle));
                ui.separator();
                labelled_row_ui(ui, tr(Msg::WordTarget), LABEL_WIDTH, |ui, label| {
                    // A number is short: the field is too, on the label's side.
                    ui.scope(|ui| {
                        ui.set_width(90.0);
                        line_ui(ui, engine, id.with("target"), &mut draft.word_target)
                            .labelled_by(label.id);
                    });
                });
                if draft.settings().is_none() {
                    ui.engine_colored(ui.visuals().error_fg_color, tr(Msg::InvalidNumber));
                }
                ui.add_space(6.0);
                // A switch, shown as the View menu's are: checked when on.
                if ui
                    .engine_menu_item(draft.tag_links, tr(Msg::UtmTagging), "")
                    .clicked()
                {
                    draft.tag_links = !draft.tag_links;
                }
                ui.add_enabled_ui(draft.tag_links, |ui| {
                    let utm = &mut draft.utm;
                    for (msg, value, salt) in [
                        (Msg::UtmSource, &mut utm.source, "source"),
                        (Msg::UtmMedium, &mut utm.medium, "medium"),
                        (Msg::UtmCampaign, &mut utm.campaign, "campaign"),
                    ] {
                        labelled_row_ui(ui, tr(msg), LABEL_WIDTH, |ui, label| {
                            line_ui(ui, engine, id.with(salt), value).labelled_by(label.id);
                        });
                    }
                    ui.engine_weak(tr(Msg::UtmNote));
                });
                ui.separator();
                ui.reading_row(|ui| {
                    ui.with_layout(end_row_layout(), |ui| {
                        if ui.engine_button(tr(Msg::Cancel)).clicked() {
                            commands.push(Command::CloseLibrarySettings);
                        }
                        let settings = draft.settings();
                        let save = ui.add_enabled(settings.is_some(), |ui: &mut Ui| {
                            ui.engine_button(tr(Msg::Save))
                        });
                        if save.clicked()
                            && let Some(settings) = settings
                        {
                            commands.push(Command::SetLibrarySettings(settings));
                            commands.push(Command::CloseLibrarySettings);
                        }
                    });
                });
            });
        });
    // The draft lives while the window does: the next opening starts from the saved settings.
    let closed = commands
        .iter()
        .any(|c| matches!(c, Command::CloseLibrarySettings));
    ctx.data_mut(|d| {
        if closed {
            d.remove::<Draft>(id);
        } else {
            d.insert_temp(id, draft);
        }
    });
}

/// A one-line field over `value`, left to right (tags and numbers are Latin).
fn line_ui(ui: &mut Ui, engine: &mut TextEngine, pane: Id, value: &mut String) -> egui::Response {
    string_pane_ui(ui, engine, pane, value, "", |_| ResolvedDirection::Ltr).response
}
