//! [`NashraApp`]: the application shell. It owns the open issue, draws the frame, and runs
//! the queued commands after the UI pass.

use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::{Panel, Ui, ViewportCommand};

use super::autosave::Autosave;
use super::dialogs::RecoverChoice;
use super::dialogs::{Prompt, Then, UnsavedChoice, prompt_ui};
use super::editor_pane::{EditorOptions, editor_pane_ui};
use super::file_dialogs::{DialogOutcome, DialogPurpose, FileDialogs};
use super::open_issue::{OpenIssue, Origin};
use super::outline::outline_ui;
use super::status_bar::{Notice, status_bar_ui};
use super::strings::{Msg, tr};
use super::{Action, Command, Selection};
use crate::io::recovery::{FoundSnapshot, RecoveryStore};
use crate::text::TextEngine;

/// How the app starts.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The issue file to open; `None` opens the bundled sample.
    pub path: Option<PathBuf>,
    /// Use native file dialogs when the system has them (off in tests).
    pub native_dialogs: bool,
    /// How often the open file is checked for changes made elsewhere.
    pub disk_check_interval: std::time::Duration,
    /// Where recovery snapshots go; `None` turns autosave and recovery off (tests).
    pub recovery: Option<RecoveryStore>,
    /// Snapshots are written after this long without an edit.
    pub autosave_idle: std::time::Duration,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            path: None,
            native_dialogs: false,
            disk_check_interval: std::time::Duration::from_secs(2),
            recovery: None,
            autosave_idle: std::time::Duration::from_secs(3),
        }
    }
}

/// The Nashra application.
pub struct NashraApp {
    open: OpenIssue,
    selection: Selection,
    commands: Vec<Command>,
    notices: Vec<Notice>,
    prompt: Option<Prompt>,
    /// What to do once a save asked for by the unsaved-changes dialog has succeeded.
    after_save: Option<Then>,
    file_dialogs: FileDialogs,
    /// Set once the editor has agreed to close; the next close request goes through.
    close_confirmed: bool,
    shown_title: String,
    /// When the file on disk was last looked at for changes made elsewhere.
    last_disk_check: Instant,
    disk_check_interval: std::time::Duration,
    autosave: Option<Autosave>,
    /// Snapshots from an earlier run, still to be offered.
    recoveries: Vec<FoundSnapshot>,
    /// Lays out and draws all user text.
    text: TextEngine,
    /// Draw invisible formatting characters (RLM, isolates, joiners) as small tags.
    show_marks: bool,
}

impl NashraApp {
    /// Starts the app on the given file, or on the sample issue.
    pub fn new(options: AppOptions) -> Self {
        let mut notices = Vec::new();
        let mut prompt = None;
        let open = match &options.path {
            Some(path) => OpenIssue::load(path).unwrap_or_else(|err| {
                notices.push(error_notice(Msg::OpenFailed, &err));
                prompt = damaged_prompt(path);
                OpenIssue::new_issue(1)
            }),
            None => OpenIssue::sample().unwrap_or_else(|err| {
                notices.push(error_notice(Msg::OpenFailed, &err));
                OpenIssue::new_issue(1)
            }),
        };
        let mut app = Self {
            open,
            selection: Selection::Issue,
            commands: Vec::new(),
            notices,
            prompt,
            after_save: None,
            file_dialogs: FileDialogs::new(options.native_dialogs),
            close_confirmed: false,
            shown_title: String::new(),
            last_disk_check: Instant::now(),
            disk_check_interval: options.disk_check_interval,
            recoveries: options
                .recovery
                .as_ref()
                .map(RecoveryStore::offers)
                .unwrap_or_default(),
            autosave: options
                .recovery
                .map(|store| Autosave::new(store, options.autosave_idle)),
            text: TextEngine::new(),
            show_marks: false,
        };
        app.announce_opened();
        app
    }

    /// The open issue.
    pub fn open_issue(&self) -> &OpenIssue {
        &self.open
    }

    /// What the main area shows.
    pub fn selection(&self) -> Selection {
        self.selection
    }

    /// True while invisible formatting characters are drawn.
    pub fn shows_marks(&self) -> bool {
        self.show_marks
    }

    /// The modal being shown, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// Messages in the status bar.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// True once the editor agreed to close the window.
    pub fn close_confirmed(&self) -> bool {
        self.close_confirmed
    }

    /// The window title: the issue's name, with `*` in front while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let issue = self.open.document.issue();
        let name = if issue.title.is_empty() {
            tr(Msg::UntitledIssue).to_owned()
        } else {
            issue.title.clone()
        };
        let marker = if self.open.document.is_modified() {
            "*"
        } else {
            ""
        };
        format!("{marker}{name} — {}", tr(Msg::AppName))
    }

    /// Queues a command as if the interface had.
    pub fn push_command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// One frame: shortcuts, the window's panels, the modal, then the queued commands.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.text.begin_frame(ctx.pixels_per_point());
        self.poll_file_dialogs();
        self.offer_recovery();
        self.watch_disk(&ctx);
        if let Some(wait) = self.autosave.as_mut().and_then(|a| a.tick(&self.open)) {
            ctx.request_repaint_after(wait);
        }
        self.handle_close_request(&ctx);
        if self.prompt.is_none()
            && let Some(action) = ctx.input_mut(Action::consume_pressed)
        {
            self.commands.push(Command::Run(action));
        }

        Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        Panel::bottom("status_bar").show(ui, |ui| {
            status_bar_ui(
                ui,
                &mut self.text,
                &self.notices,
                &self.open,
                &mut self.commands,
            );
        });
        if self.open.read_only {
            let reason = match &self.open.locked_by {
                Some(owner) => format!(
                    "{} ({} {}, {}). {}",
                    tr(Msg::ReadOnlyLocked),
                    tr(Msg::Process),
                    owner.pid,
                    owner.host,
                    tr(Msg::SaveAsKeepsCopy)
                ),
                None => tr(Msg::ReadOnlyNewer).to_owned(),
            };
            Panel::top("read_only_banner").show(ui, |ui| {
                ui.colored_label(ui.visuals().warn_fg_color, reason);
            });
        }
        Panel::left("outline")
            .resizable(true)
            .default_size(280.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    outline_ui(
                        ui,
                        &mut self.text,
                        self.open.document.issue(),
                        self.selection,
                        &mut self.commands,
                    );
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if self.selection == Selection::Preview {
                    super::preview::preview_ui(
                        ui,
                        &mut self.text,
                        self.open.document.issue(),
                        &mut self.commands,
                    );
                } else {
                    editor_pane_ui(
                        ui,
                        &mut self.text,
                        self.open.document.desk(),
                        self.selection,
                        EditorOptions {
                            read_only: self.open.read_only,
                            show_marks: self.show_marks,
                        },
                        &mut self.commands,
                    );
                }
            });
        });
        if let Some(prompt) = &mut self.prompt {
            prompt_ui(ui, prompt, &mut self.commands);
        }

        self.run_commands(&ctx);
        self.update_title(&ctx);
    }

    fn menu_bar_ui(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in [Msg::MenuFile, Msg::MenuEdit, Msg::MenuView] {
                ui.menu_button(tr(menu), |ui| {
                    for action in Action::ALL.into_iter().filter(|a| a.menu() == menu) {
                        let shortcut = ui.ctx().format_shortcut(&action.shortcuts()[0]);
                        let button = egui::Button::new(action.label()).shortcut_text(shortcut);
                        if ui.add_enabled(self.is_enabled(action), button).clicked() {
                            self.commands.push(Command::Run(action));
                        }
                    }
                });
            }
        });
    }

    fn is_enabled(&self, action: Action) -> bool {
        match action {
            Action::Undo => self.open.document.can_undo() && !self.open.read_only,
            Action::Redo => self.open.document.can_redo() && !self.open.read_only,
            Action::Save => !self.open.read_only && !self.file_dialogs.is_busy(),
            Action::Open | Action::SaveAs => !self.file_dialogs.is_busy(),
            Action::Export => !self.file_dialogs.is_busy(),
            Action::New | Action::Quit | Action::ToggleMarks | Action::CopyHtml => true,
        }
    }

    /// A close request from the window manager: while there are unsaved changes, cancel it
    /// and ask first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_confirmed {
            return;
        }
        if self.open.document.is_modified() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::Unsaved(Then::Quit));
        } else {
            self.close_confirmed = true;
        }
    }

    /// Every couple of seconds, while nothing is unsaved here, offers to reload a file that
    /// was changed elsewhere.
    fn watch_disk(&mut self, ctx: &egui::Context) {
        if self.open.path().is_none() {
            return;
        }
        ctx.request_repaint_after(self.disk_check_interval);
        if self.last_disk_check.elapsed() < self.disk_check_interval {
            return;
        }
        self.last_disk_check = Instant::now();
        if self.prompt.is_none() && !self.open.document.is_modified() && self.open.changed_on_disk()
        {
            self.prompt = Some(Prompt::ChangedOnDisk);
        }
    }

    /// Shows the next snapshot from an earlier run, if any and nothing else is asked.
    fn offer_recovery(&mut self) {
        if self.prompt.is_none()
            && let Some(found) = self.recoveries.first()
        {
            self.prompt = Some(Prompt::Recover {
                original: found.snapshot.original.clone(),
                taken_at: found.snapshot.taken_at,
            });
        }
    }

    fn answer_recovery(&mut self, choice: RecoverChoice) {
        if !matches!(self.prompt, Some(Prompt::Recover { .. })) || self.recoveries.is_empty() {
            return;
        }
        self.prompt = None;
        let found = self.recoveries.remove(0);
        match choice {
            RecoverChoice::Recover => {
                let open =
                    OpenIssue::recovered(found.snapshot.issue, found.snapshot.original.as_deref());
                self.replace_open(open);
                // The snapshot stays until this work is saved or discarded.
                if let Some(autosave) = &mut self.autosave {
                    autosave.adopt(found.snapshot_path);
                }
            }
            RecoverChoice::OpenSaved => {
                if let Some(path) = &found.snapshot.original {
                    self.open_path(path);
                }
            }
            RecoverChoice::Discard => {
                if let Some(autosave) = &self.autosave {
                    autosave.store().remove(&found.snapshot_path);
                }
            }
        }
    }

    fn poll_file_dialogs(&mut self) {
        while let Some(outcome) = self.file_dialogs.poll() {
            match outcome {
                DialogOutcome::Chosen(DialogPurpose::Open, path) => {
                    self.commands.push(Command::OpenPath(path));
                }
                DialogOutcome::Chosen(DialogPurpose::SaveAs, path) => {
                    self.commands.push(Command::SaveToPath(path));
                }
                DialogOutcome::Chosen(DialogPurpose::Export, path) => {
                    self.commands.push(Command::ExportToPath(path));
                }
                DialogOutcome::Cancelled(_) => self.after_save = None,
                DialogOutcome::Unavailable(purpose) => {
                    let text = self.suggested_path().display().to_string();
                    self.prompt = Some(Prompt::Path {
                        purpose,
                        text,
                        problem: None,
                    });
                }
            }
        }
    }

    /// Runs the commands queued during the frame, in order.
    fn run_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // This frame was drawn before the commands ran: draw the result.
            ctx.request_repaint();
        }
        for command in commands {
            self.run(command, ctx);
        }
        // A removed pick can no longer be shown.
        if let Selection::Pick(id) = self.selection
            && self.open.document.issue().pick(id).is_err()
        {
            self.selection = Selection::Issue;
        }
    }

    fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Run(action) => self.run_action(action, ctx),
            Command::Edit(edit) => {
                if self.open.read_only {
                    return;
                }
                if let Err(err) = self.open.document.apply(edit, Instant::now()) {
                    // An edit built from the current state should always apply; if it does
                    // not, say so rather than losing it silently.
                    self.post_error(err.to_string());
                }
            }
            Command::Edits(edits) => {
                if self.open.read_only {
                    return;
                }
                if let Err(err) = self.open.document.apply_all(edits, Instant::now()) {
                    self.post_error(err.to_string());
                }
            }
            Command::Select(selection) => {
                if selection != self.selection {
                    self.open.document.seal_typing();
                    self.selection = selection;
                }
            }
            Command::OpenPath(path) => self.open_path(&path),
            Command::SaveToPath(path) => self.save_to(&path, ctx),
            Command::ExportToPath(path) => self.export_to(&path),
            Command::Unsaved(choice) => self.answer_unsaved(choice, ctx),
            Command::OverwriteDisk => {
                self.prompt = None;
                if let Some(path) = self.open.path().map(Path::to_owned) {
                    self.save_to(&path, ctx);
                }
            }
            Command::ReloadFromDisk => {
                self.prompt = None;
                self.after_save = None;
                if let Some(path) = self.open.path().map(Path::to_owned) {
                    self.open_path(&path);
                }
            }
            Command::Recover(choice) => self.answer_recovery(choice),
            Command::OpenBackup(path) => {
                self.prompt = None;
                match OpenIssue::from_backup(&path) {
                    Ok(open) => self.replace_open(open),
                    Err(err) => self.post_error(format!("{}. {err}", tr(Msg::OpenFailed))),
                }
            }
            Command::ClosePrompt => {
                self.prompt = None;
                self.after_save = None;
            }
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
    }

    fn run_action(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::New => self.unless_unsaved(Then::New, ctx),
            Action::Open => self.unless_unsaved(Then::Open, ctx),
            Action::Quit => self.unless_unsaved(Then::Quit, ctx),
            Action::Save => self.save(ctx),
            Action::SaveAs => self.request_dialog(DialogPurpose::SaveAs, ctx),
            Action::Undo => self.undo_redo(|d| d.undo()),
            Action::Redo => self.undo_redo(|d| d.redo()),
            Action::ToggleMarks => self.show_marks = !self.show_marks,
            Action::Export => self.request_dialog(DialogPurpose::Export, ctx),
            Action::CopyHtml => {
                ctx.copy_text(crate::io::export::to_html(self.open.document.issue()));
                self.post_info(tr(Msg::HtmlCopied).to_owned());
            }
        }
    }

    fn undo_redo(
        &mut self,
        step: impl FnOnce(&mut crate::model::Document) -> Result<bool, crate::model::EditError>,
    ) {
        if self.open.read_only {
            return;
        }
        if let Err(err) = step(&mut self.open.document) {
            self.post_error(err.to_string());
        }
    }

    /// Goes on with `then` now, or after asking what to do with unsaved changes.
    fn unless_unsaved(&mut self, then: Then, ctx: &egui::Context) {
        if self.open.document.is_modified() {
            self.prompt = Some(Prompt::Unsaved(then));
        } else {
            self.go_on(then, ctx);
        }
    }

    fn go_on(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            Then::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Then::New => {
                let number = self.open.document.issue().number.saturating_add(1);
                self.replace_open(OpenIssue::new_issue(number));
            }
            Then::Open => self.request_dialog(DialogPurpose::Open, ctx),
        }
    }

    fn answer_unsaved(&mut self, choice: UnsavedChoice, ctx: &egui::Context) {
        let Some(Prompt::Unsaved(then)) = self.prompt.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => self.after_save = None,
            UnsavedChoice::Discard => {
                if let Some(autosave) = &mut self.autosave {
                    autosave.forget(&self.open);
                }
                self.go_on(then, ctx);
            }
            UnsavedChoice::Save => {
                self.after_save = Some(then);
                self.save(ctx);
            }
        }
    }

    fn save(&mut self, ctx: &egui::Context) {
        match self.open.path().map(Path::to_owned) {
            // Never overwrite someone else's changes without asking.
            Some(_) if self.open.can_save_in_place() && self.open.changed_on_disk() => {
                self.prompt = Some(Prompt::ChangedOnDisk);
            }
            Some(path) if self.open.can_save_in_place() => self.save_to(&path, ctx),
            _ => self.request_dialog(DialogPurpose::SaveAs, ctx),
        }
    }

    fn save_to(&mut self, path: &Path, ctx: &egui::Context) {
        if matches!(self.prompt, Some(Prompt::Path { .. })) {
            self.prompt = None;
        }
        let before = self.autosave.as_ref().map(|a| a.snapshot_path(&self.open));
        match self.open.save_to(path) {
            Ok(()) => {
                // Saved: the snapshot (under the old name or the new) is no longer needed.
                if let (Some(autosave), Some(before)) = (&mut self.autosave, before) {
                    autosave.store().remove(&before);
                    autosave.forget(&self.open);
                }
                self.post_info(format!("{}: {}", tr(Msg::Saved), path.display()));
                if let Some(then) = self.after_save.take() {
                    self.go_on(then, ctx);
                }
            }
            Err(err) => {
                self.after_save = None;
                self.post_error(format!("{}. {err}", tr(Msg::SaveFailed)));
            }
        }
    }

    /// Writes the export, in the format the file's extension names (HTML when it names none).
    fn export_to(&mut self, path: &Path) {
        use crate::io::export::{ExportFormat, export};

        if matches!(self.prompt, Some(Prompt::Path { .. })) {
            self.prompt = None;
        }
        let format = path
            .extension()
            .and_then(|e| e.to_str())
            .and_then(|e| ExportFormat::from_name(&e.to_ascii_lowercase()))
            .unwrap_or(ExportFormat::Html);
        let text = export(self.open.document.issue(), format);
        match crate::io::write_atomic(path, text.as_bytes(), &mut crate::io::no_faults) {
            Ok(()) => self.post_info(format!("{}: {}", tr(Msg::Exported), path.display())),
            Err(err) => self.post_error(format!("{}. {err}", tr(Msg::ExportFailed))),
        }
    }

    fn open_path(&mut self, path: &Path) {
        if !path.exists()
            && let Some(Prompt::Path { problem, .. }) = &mut self.prompt
        {
            *problem = Some(format!("{}: {}", tr(Msg::NoSuchFile), path.display()));
            return;
        }
        self.prompt = None;
        match OpenIssue::load(path) {
            Ok(open) => self.replace_open(open),
            Err(err) => {
                self.post_error(format!("{}. {err}", tr(Msg::OpenFailed)));
                self.prompt = damaged_prompt(path);
            }
        }
    }

    fn replace_open(&mut self, open: OpenIssue) {
        self.open = open;
        self.selection = Selection::Issue;
        self.announce_opened();
    }

    fn announce_opened(&mut self) {
        match self.open.origin {
            Origin::Sample => self.post_info(tr(Msg::SampleNotice).to_owned()),
            Origin::New | Origin::File(_) => {}
        }
    }

    fn request_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        let suggested = self.suggested_path();
        let folder = suggested.parent().map(Path::to_owned);
        let name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.file_dialogs.request(purpose, folder, name, ctx);
        // With no native dialog the outcome is already waiting: show the prompt this frame.
        self.poll_file_dialogs();
    }

    /// A sensible file for dialogs to start at: the current file, or `issue-N.ron` in the
    /// current folder.
    fn suggested_path(&self) -> PathBuf {
        if let Some(path) = self.open.path() {
            return path.to_owned();
        }
        let folder = std::env::current_dir().unwrap_or_default();
        folder.join(format!("issue-{}.ron", self.open.document.issue().number))
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn post_info(&mut self, text: String) {
        self.notices.retain(|n| n.is_error);
        self.notices.push(Notice {
            text,
            is_error: false,
            posted_at: Instant::now(),
        });
    }

    fn post_error(&mut self, text: String) {
        log::error!("{text}");
        self.notices.push(Notice {
            text,
            is_error: true,
            posted_at: Instant::now(),
        });
    }
}

/// When `path` cannot be read but its `.bak` can, the question that offers the backup.
fn damaged_prompt(path: &Path) -> Option<Prompt> {
    let backup = crate::io::backup_path(path);
    crate::io::load_issue(&backup)
        .ok()
        .map(|_| Prompt::Damaged {
            path: path.to_owned(),
        })
}

fn error_notice(what: Msg, err: &dyn std::fmt::Display) -> Notice {
    Notice {
        text: format!("{}. {err}", tr(what)),
        is_error: true,
        posted_at: Instant::now(),
    }
}

impl eframe::App for NashraApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}
