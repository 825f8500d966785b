//! Modal dialogs: unsaved changes, and the in-app path prompt used where no native file
//! dialog exists.

use std::path::PathBuf;

use egui::{Id, Modal, Ui};

use crate::model::ResolvedDirection;
use crate::session::{Command, DialogPurpose, Prompt, RecoverChoice, UnsavedChoice};
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout};
use crate::ui::user_text::string_pane_ui;

/// Draws the modal and queues the command its buttons ask for.
pub fn prompt_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    prompt: &mut Prompt,
    commands: &mut Vec<Command>,
) {
    let ctx = ui.ctx().clone();
    match prompt {
        Prompt::Unsaved(_) => {
            let response = reading_modal(&ctx, Id::unique("unsaved_changes"), 360.0, |ui| {
                ui.engine_heading(tr(Msg::UnsavedTitle));
                ui.engine_label(tr(Msg::UnsavedBody));
                ui.add_space(8.0);
                ui.reading_row(|ui| {
                    if ui.engine_button(tr(Msg::Save)).clicked() {
                        commands.push(Command::Unsaved(UnsavedChoice::Save));
                    }
                    if ui.engine_button(tr(Msg::Discard)).clicked() {
                        commands.push(Command::Unsaved(UnsavedChoice::Discard));
                    }
                    if ui.engine_button(tr(Msg::Cancel)).clicked() {
                        commands.push(Command::Unsaved(UnsavedChoice::Cancel));
                    }
                });
            });
            if response.should_close() {
                commands.push(Command::Unsaved(UnsavedChoice::Cancel));
            }
        }
        Prompt::Damaged { path } => confirm_ui(
            &ctx,
            "damaged",
            tr(Msg::DamagedTitle),
            &text(&Text::DamagedBodyPath {
                path: path.display().to_string().into(),
            }),
            (tr(Msg::OpenBackup), Command::OpenBackup(path.clone())),
            commands,
        ),
        Prompt::ReplaceExport { path } => confirm_ui(
            &ctx,
            "replace_export",
            tr(Msg::ReplaceTitle),
            &text(&Text::ReplaceBodyPath {
                path: path.display().to_string().into(),
            }),
            (tr(Msg::Replace), Command::ExportReplacing(path.clone())),
            commands,
        ),
        Prompt::Recover { original, taken_at } => {
            let response = reading_modal(&ctx, Id::unique("recover"), 460.0, |ui| {
                ui.engine_heading(tr(Msg::RecoverTitle));
                let when = taken_at
                    .to_zoned(jiff::tz::TimeZone::system())
                    .strftime("%Y-%m-%d %H:%M:%S")
                    .to_string();
                let what = original.as_ref().map_or_else(
                    || tr(Msg::RecoverNewIssue).to_owned(),
                    |p| p.display().to_string(),
                );
                ui.engine_label(text(&Text::RecoverBodyWhen {
                    when: when.into(),
                    what: what.into(),
                }));
                ui.add_space(8.0);
                ui.reading_row(|ui| {
                    if ui.engine_button(tr(Msg::Recover)).clicked() {
                        commands.push(Command::Recover(RecoverChoice::Recover));
                    }
                    if original.is_some() && ui.engine_button(tr(Msg::OpenSaved)).clicked() {
                        commands.push(Command::Recover(RecoverChoice::OpenSaved));
                    }
                    if ui.engine_button(tr(Msg::Discard)).clicked() {
                        commands.push(Command::Recover(RecoverChoice::Discard));
                    }
                });
            });
            // Closing the question keeps the snapshot (Open the saved version).
            if response.should_close() {
                commands.push(Command::Recover(RecoverChoice::OpenSaved));
            }
        }
        Prompt::ChangedOnDisk => {
            let response = reading_modal(&ctx, Id::unique("changed_on_disk"), 420.0, |ui| {
                ui.engine_heading(tr(Msg::ChangedOnDiskTitle));
                ui.engine_label(tr(Msg::ChangedOnDiskBody));
                ui.add_space(8.0);
                ui.reading_row(|ui| {
                    if ui.engine_button(tr(Msg::Overwrite)).clicked() {
                        commands.push(Command::OverwriteDisk);
                    }
                    if ui.engine_button(tr(Msg::SaveAs)).clicked() {
                        commands.push(Command::ClosePrompt);
                        commands.push(Command::Run(crate::session::Action::SaveAs));
                    }
                    if ui.engine_button(tr(Msg::Reload)).clicked() {
                        commands.push(Command::ReloadFromDisk);
                    }
                    if ui.engine_button(tr(Msg::Cancel)).clicked() {
                        commands.push(Command::ClosePrompt);
                    }
                });
            });
            if response.should_close() {
                commands.push(Command::ClosePrompt);
            }
        }
        Prompt::Link {
            field,
            range,
            address,
            is_new,
            problem,
        } => link_editor_ui(
            &ctx,
            engine,
            (*field, range.clone()),
            address,
            *is_new,
            *problem,
            commands,
        ),
        Prompt::Path {
            purpose,
            text,
            problem,
        } => {
            let response = reading_modal(&ctx, Id::unique("path_prompt"), 480.0, |ui| {
                ui.engine_heading(tr(match purpose {
                    DialogPurpose::Open => Msg::PromptOpenTitle,
                    DialogPurpose::SaveAs => Msg::PromptSaveTitle,
                    DialogPurpose::Export => Msg::PromptExportTitle,
                    DialogPurpose::Library => Msg::PromptLibraryTitle,
                    DialogPurpose::ImportFeed => Msg::PromptFeedTitle,
                    DialogPurpose::ImportUrl => Msg::PromptUrlTitle,
                }));
                let label = ui.engine_label(tr(match purpose {
                    DialogPurpose::ImportUrl => Msg::PromptUrlBody,
                    DialogPurpose::Library => Msg::PromptFolderBody,
                    _ => Msg::PromptBody,
                }));
                // A path or an address: left to right whatever its words.
                let edit =
                    string_pane_ui(ui, engine, Id::unique("path_prompt_text"), text, "", |_| {
                        ResolvedDirection::Ltr
                    })
                    .response
                    .labelled_by(label.id);
                if !edit.has_focus() && !edit.lost_focus() {
                    edit.request_focus();
                }
                if let Some(problem) = problem {
                    ui.engine_colored(ui.visuals().error_fg_color, problem.as_str());
                }
                // A one-line pane keeps the focus on Enter: Enter while it has it confirms.
                let entered = (edit.has_focus() || edit.lost_focus())
                    && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.reading_row(|ui| {
                    if ui.engine_button(tr(Msg::Confirm)).clicked() || entered {
                        let path = PathBuf::from(text.trim());
                        commands.push(match purpose {
                            DialogPurpose::Open => Command::OpenPath(path),
                            DialogPurpose::SaveAs => Command::SaveToPath(path),
                            DialogPurpose::Export => Command::ExportToPath(path),
                            DialogPurpose::Library => Command::OpenLibrary(path),
                            DialogPurpose::ImportFeed => Command::ImportFeedFile(path),
                            DialogPurpose::ImportUrl => Command::ImportUrl(text.trim().to_owned()),
                        });
                    }
                    if ui.engine_button(tr(Msg::Cancel)).clicked() {
                        commands.push(Command::ClosePrompt);
                    }
                });
            });
            if response.should_close() {
                commands.push(Command::ClosePrompt);
            }
        }
    }
}

/// The link editor: the address of the link on `words` (a field and its bytes), to apply,
/// remove or open in the browser; Escape or a click outside closes it.
fn link_editor_ui(
    ctx: &egui::Context,
    engine: &mut TextEngine,
    words: (crate::model::TextField, std::ops::Range<usize>),
    address: &mut String,
    is_new: bool,
    problem: Option<Msg>,
    commands: &mut Vec<Command>,
) {
    let (field, range) = words;
    let response = reading_modal(ctx, Id::unique("link_editor"), 480.0, |ui| {
        ui.engine_heading(tr(Msg::LinkEditorTitle));
        let label = ui.engine_label(tr(Msg::LinkAddress));
        // An address reads left to right whatever the words around it.
        let edit = string_pane_ui(ui, engine, Id::unique("link_address"), address, "", |_| {
            ResolvedDirection::Ltr
        })
        .response
        .labelled_by(label.id);
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        if let Some(problem) = problem {
            ui.engine_colored(ui.visuals().error_fg_color, tr(problem));
        }
        let entered = (edit.has_focus() || edit.lost_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.reading_row(|ui| {
            if ui.engine_button(tr(Msg::LinkApply)).clicked() || entered {
                commands.push(Command::SetLink {
                    field,
                    range: range.clone(),
                    address: address.trim().to_owned(),
                });
            }
            if !is_new {
                if ui.engine_button(tr(Msg::LinkOpen)).clicked() {
                    commands.push(Command::OpenLink(address.trim().to_owned()));
                }
                if ui.engine_button(tr(Msg::LinkRemove)).clicked() {
                    commands.push(Command::RemoveLink {
                        field,
                        range: range.clone(),
                    });
                }
            }
            if ui.engine_button(tr(Msg::Cancel)).clicked() {
                commands.push(Command::ClosePrompt);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::ClosePrompt);
    }
}

/// A modal question with one action and Cancel: `yes` is the action's button and the command
/// it queues; Cancel, Escape or a click outside close the prompt.
fn confirm_ui(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    body: &str,
    yes: (&str, Command),
    commands: &mut Vec<Command>,
) {
    let response = reading_modal(ctx, Id::unique(("confirm", id)), 460.0, |ui| {
        ui.engine_heading(title);
        ui.engine_label(body);
        ui.add_space(8.0);
        ui.reading_row(|ui| {
            if ui.engine_button(yes.0).clicked() {
                commands.push(yes.1);
            }
            if ui.engine_button(tr(Msg::Cancel)).clicked() {
                commands.push(Command::ClosePrompt);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::ClosePrompt);
    }
}

/// A modal dialog `width` points wide whose contents are laid out the way the interface reads
/// (right-aligned in Arabic).
fn reading_modal(
    ctx: &egui::Context,
    id: Id,
    width: f32,
    add: impl FnOnce(&mut Ui),
) -> egui::ModalResponse<()> {
    Modal::new(id).show(ctx, |ui| {
        ui.set_width(width);
        ui.reading_column(add);
    })
}
