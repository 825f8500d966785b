//! [`NashraApp`]: the application shell. It owns the open issue, draws the frame, and runs
//! the queued commands after the UI pass.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::{Panel, Rangef, Ui, ViewportCommand};

use super::autosave::Autosave;
use super::dialogs::RecoverChoice;
use super::dialogs::{Prompt, Then, UnsavedChoice, prompt_ui};
use super::editor_pane::{EditorOptions, editor_pane_ui};
use super::field_command::{EditingField, FieldAction};
use super::file_dialogs::{DialogOutcome, DialogPurpose, FileDialogs};
use super::help::{HelpWindow, help_window_ui};
use super::import_job::{ImportJob, ImportResult};
use super::inbox_panel::{InboxView, inbox_panel_ui};
use super::library_session::LibrarySession;
use super::open_issue::{OpenIssue, Origin};
use super::outline::outline_ui;
use super::palette::{Palette, PaletteOutcome, palette_ui};
use super::status_bar::{Notice, Topic, status_bar_ui};
use super::strings::{Msg, tr};
use super::{Action, Command, Curate, Selection};
use crate::io::import::ImportLimits;
use crate::io::recovery::{FoundSnapshot, RecoveryStore};
use crate::io::{Featured, SettingsStore};
use crate::model::curation::{self, PickStep};
use crate::model::{Direction, Edit, Inbox, StoryId, StoryPlace};
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
    /// The library folder to use; `None` uses the one remembered in `settings`.
    pub library: Option<PathBuf>,
    /// Where the last library is remembered; `None` remembers nothing (tests).
    pub settings: Option<SettingsStore>,
    /// Limits of feed and page imports.
    pub import_limits: ImportLimits,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            path: None,
            native_dialogs: false,
            disk_check_interval: std::time::Duration::from_secs(2),
            recovery: None,
            autosave_idle: std::time::Duration::from_secs(3),
            library: None,
            settings: None,
            import_limits: ImportLimits::default(),
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
    /// The library folder in use, if any.
    library: Option<LibrarySession>,
    settings: Option<SettingsStore>,
    /// What the search view looks for.
    search_query: String,
    search_results: super::search_view::SearchResults,
    reading: super::reading::ReadingCache,
    /// A feed or page being fetched.
    import: Option<ImportJob>,
    import_limits: ImportLimits,
    /// What imports had to change in stories (direction overrides removed, text cut), shown
    /// under their rows for the rest of the session.
    story_flags: HashMap<StoryId, Vec<String>>,
    /// Set by "Paste story": the clipboard's text, when it arrives, goes to the inbox.
    paste_into_inbox: bool,
    /// The light theme rather than the dark one (remembered in the settings).
    light_theme: bool,
    /// The theme last given to egui, so it is set once, not every frame.
    applied_light_theme: Option<bool>,
    /// The command palette, while open.
    palette: Option<Palette>,
    /// The Help window open, if any.
    help: Option<HelpWindow>,
}

impl NashraApp {
    /// Starts the app on the given file, or on the sample issue.
    pub fn new(options: AppOptions) -> Self {
        let mut notices = Vec::new();
        let mut prompt = None;
        let remembered = options
            .settings
            .as_ref()
            .and_then(|s| s.load().ok())
            .unwrap_or_default();
        let library_dir = options
            .library
            .clone()
            .or_else(|| remembered.last_library.clone().filter(|dir| dir.is_dir()));
        let library = library_dir.and_then(|dir| match LibrarySession::open(&dir) {
            Ok(session) => Some(session),
            Err(err) => {
                notices.push(error_notice(Topic::Library, Msg::LibraryFailed, &err));
                None
            }
        });
        // The file asked for; else the library's latest issue; else (no library) the sample.
        let path = options
            .path
            .clone()
            .or_else(|| library.as_ref().and_then(LibrarySession::latest_issue));
        let open = match &path {
            Some(path) => OpenIssue::load(path).unwrap_or_else(|err| {
                notices.push(error_notice(Topic::Open, Msg::OpenFailed, &err));
                prompt = damaged_prompt(path);
                OpenIssue::first_issue()
            }),
            None if library.is_some() => OpenIssue::first_issue(),
            None => OpenIssue::sample().unwrap_or_else(|err| {
                notices.push(error_notice(Topic::Open, Msg::OpenFailed, &err));
                OpenIssue::first_issue()
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
            library,
            settings: options.settings,
            search_query: String::new(),
            search_results: Default::default(),
            reading: Default::default(),
            import: None,
            import_limits: options.import_limits,
            story_flags: HashMap::new(),
            paste_into_inbox: false,
            light_theme: remembered.light_theme,
            applied_light_theme: None,
            palette: None,
            help: None,
        };
        app.attach_library_inbox(None);
        app.remember_library();
        app.announce_opened();
        app
    }

    /// Puts the library's inbox on the desk: `recovered` when a snapshot held one, else the
    /// inbox file. A damaged inbox file is reported and never written over.
    fn attach_library_inbox(&mut self, recovered: Option<Inbox>) {
        let Some(session) = &self.library else {
            return;
        };
        let home = Some(session.library.clone());
        let on_disk = session.library.load_inbox();
        match (recovered, on_disk) {
            // Recovered work replaces what is on disk now; only a later change is a conflict.
            (Some(inbox), Ok(loaded)) => self.open.attach_inbox(inbox, home, loaded.content_hash),
            (None, Ok(loaded)) => self
                .open
                .attach_inbox(loaded.inbox, home, loaded.content_hash),
            (recovered, Err(err)) => {
                self.post_error(
                    Topic::Library,
                    format!("{}. {err}", tr(Msg::InboxUnreadable)),
                );
                // Shown (recovered work included), never written over the damaged file.
                self.open
                    .attach_inbox(recovered.unwrap_or_default(), None, None);
            }
        }
    }

    /// Remembers the library in use for the next start.
    fn remember_library(&mut self) {
        let (Some(settings), Some(session)) = (&self.settings, &self.library) else {
            return;
        };
        let mut remembered = settings.load().unwrap_or_default();
        let root = session.library.root().to_owned();
        if remembered.last_library.as_ref() == Some(&root) {
            return;
        }
        remembered.last_library = Some(root);
        if let Err(err) = settings.save(&remembered) {
            log::warn!("could not remember the library: {err}");
        }
    }

    /// Remembers the theme for the next start.
    fn remember_theme(&mut self) {
        let Some(settings) = &self.settings else {
            return;
        };
        let mut remembered = settings.load().unwrap_or_default();
        remembered.light_theme = self.light_theme;
        if let Err(err) = settings.save(&remembered) {
            log::warn!("could not remember the theme: {err}");
        }
    }

    /// The library in use, if any.
    pub fn library(&self) -> Option<&LibrarySession> {
        self.library.as_ref()
    }

    /// What the search view looks for.
    pub fn search_query(&self) -> &str {
        &self.search_query
    }

    /// True while a feed or page is being fetched.
    pub fn is_importing(&self) -> bool {
        self.import.is_some()
    }

    /// What imports changed in a story (shown under its row).
    pub fn story_flags(&self, story: StoryId) -> &[String] {
        self.story_flags.get(&story).map_or(&[], Vec::as_slice)
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
        let name = issue.display_title();
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
        self.apply_theme(&ctx);
        self.text.begin_frame(ctx.pixels_per_point());
        self.poll_file_dialogs();
        self.offer_recovery();
        self.watch_disk(&ctx);
        if let Some(wait) = self.autosave.as_mut().and_then(|a| a.tick(&self.open)) {
            ctx.request_repaint_after(wait);
        }
        self.poll_import();
        self.handle_close_request(&ctx);
        if self.prompt.is_none()
            && self.palette.is_none()
            && let Some(action) = ctx.input_mut(Action::consume_pressed)
        {
            self.commands.push(Command::Run(action));
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.commands.push(Command::DroppedFiles(dropped));
        }

        Panel::top("menu_bar").show(ui, |ui| {
            let menu =
                super::menu_bar::menu_bar_ui(ui, |a| self.can_run(a), |a| self.is_checked(a));
            self.commands.extend(menu.map(Command::Run));
        });
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
        self.reading
            .refresh(self.open.document.desk(), self.open.document.revision());
        let side = side_panel_sizes(ctx.content_rect().width());
        Panel::left("outline")
            .resizable(true)
            .default_size(280.0_f32.min(side.max))
            .size_range(side)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    outline_ui(
                        ui,
                        &mut self.text,
                        self.open.document.desk(),
                        self.selection,
                        self.reading.issue(),
                        &mut self.commands,
                    );
                });
            });
        let open_file = self.open_file_key();
        self.inbox_panel(ui, open_file.as_deref(), side);
        let selected_reading = match self.selection {
            Selection::Pick(id) => self.reading.story(self.open.document.desk(), id),
            _ => None,
        };
        let (selected_featured, selected_flags) = match self.selection {
            Selection::Pick(id) => (
                self.open
                    .document
                    .desk()
                    .entry(id)
                    .map(|e| featured_in(self.library.as_ref(), open_file.as_deref(), &e.story.url))
                    .unwrap_or_default(),
                self.story_flags(id).to_vec(),
            ),
            _ => (Vec::new(), Vec::new()),
        };
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if self.selection == Selection::Preview {
                    super::preview::preview_ui(
                        ui,
                        &mut self.text,
                        self.open.document.issue(),
                        &mut self.commands,
                    );
                } else if self.selection == Selection::Library {
                    super::library_view::library_view_ui(
                        ui,
                        &mut self.text,
                        self.library.as_ref(),
                        open_file.as_deref(),
                        &mut self.commands,
                    );
                } else if self.selection == Selection::Search {
                    self.search_results.refresh(
                        &self.search_query,
                        (self.open.document.desk(), self.open.document.revision()),
                        self.library.as_ref(),
                        open_file.as_deref(),
                    );
                    super::search_view::search_view_ui(
                        ui,
                        &mut self.text,
                        &self.search_query,
                        &self.search_results,
                        self.open.document.issue().base_direction(),
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
                            featured: selected_featured,
                            flags: selected_flags,
                            reading: selected_reading,
                        },
                        &mut self.commands,
                    );
                }
            });
        });
        if let Some(prompt) = &mut self.prompt {
            prompt_ui(ui, prompt, &mut self.commands);
        }
        if let Some(window) = self.help
            && !help_window_ui(&ctx, window)
        {
            self.help = None;
        }
        self.palette_ui(&ctx);
        self.take_paste(&ctx);

        self.run_commands(&ctx);
        self.update_title(&ctx);
    }

    /// Gives egui the theme the editor chose, when it changed.
    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_light_theme != Some(self.light_theme) {
            ctx.set_theme(if self.light_theme {
                egui::Theme::Light
            } else {
                egui::Theme::Dark
            });
            self.applied_light_theme = Some(self.light_theme);
        }
    }

    /// The command palette, while open; what it runs goes through [`Command::Run`] like a menu.
    fn palette_ui(&mut self, ctx: &egui::Context) {
        let Some(mut palette) = self.palette.take() else {
            return;
        };
        let base = self.open.document.issue().base_direction();
        let available: HashMap<Action, Result<(), Msg>> = Action::ALL
            .iter()
            .map(|&a| (a, self.availability(a)))
            .collect();
        let outcome = palette_ui(
            ctx,
            &mut self.text,
            &mut palette,
            |a| available.get(&a).copied().unwrap_or(Ok(())),
            base,
        );
        match outcome {
            Some(PaletteOutcome::Run(action)) => self.commands.push(Command::Run(action)),
            Some(PaletteOutcome::Close) => {}
            None => self.palette = Some(palette),
        }
    }

    /// The inbox, on the right. `open_file` is the open issue's path as the library spells it.
    fn inbox_panel(&mut self, ui: &mut Ui, open_file: Option<&Path>, size: Rangef) {
        let library = &self.library;
        let featured = |url: &str| featured_in(library.as_ref(), open_file, url);
        let view = InboxView {
            desk: self.open.document.desk(),
            selection: self.selection,
            featured: &featured,
            flags: &self.story_flags,
            importing: self.import.as_ref().map(|job| job.url.as_str()),
            has_library: self.library.is_some(),
            editable: !self.open.read_only,
        };
        Panel::right("inbox")
            .resizable(true)
            .default_size(300.0_f32.min(size.max))
            .size_range(size)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    inbox_panel_ui(ui, &mut self.text, &view, &mut self.commands);
                });
            });
        self.drag_preview_ui(ui.ctx());
    }

    /// While a story is dragged, its headline follows the pointer (the drop line alone does
    /// not say what is being moved).
    fn drag_preview_ui(&mut self, ctx: &egui::Context) {
        let Some(dragged) = egui::DragAndDrop::payload::<super::DraggedStory>(ctx) else {
            return;
        };
        let Some(pointer) = ctx.pointer_latest_pos() else {
            return;
        };
        let desk = self.open.document.desk();
        let Ok(entry) = desk.entry(dragged.0) else {
            return;
        };
        let (text, direction) =
            super::inbox_panel::row_text(&entry.story, desk.issue.base_direction());
        egui::Area::new(egui::Id::unique("drag_preview"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pointer + egui::vec2(12.0, 8.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(320.0);
                    super::user_text::user_text_row_ui(ui, &mut self.text, &text, direction, true);
                });
            });
    }

    /// The open file as the library spells its issues (asked of the file system once per
    /// frame, not once per row).
    fn open_file_key(&self) -> Option<PathBuf> {
        self.open.path().map(crate::io::Library::canonical)
    }

    /// Text pasted while no text field has focus (or asked for by "Paste story") becomes
    /// stories in the inbox.
    fn take_paste(&mut self, ctx: &egui::Context) {
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        let pasted: Vec<String> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
                .collect()
        });
        for text in pasted {
            if self.prompt.is_none() && (nothing_focused || self.paste_into_inbox) {
                self.commands.push(Command::PasteStories(text));
            }
            self.paste_into_inbox = false;
        }
    }

    /// Takes in the result of a finished import.
    fn poll_import(&mut self) {
        let Some(result) = self.import.as_ref().and_then(ImportJob::poll) else {
            return;
        };
        let url = self.import.take().map(|job| job.url).unwrap_or_default();
        self.take_import(&url, result);
    }

    fn take_import(&mut self, from: &str, result: ImportResult) {
        match result {
            Ok((stories, warnings)) => {
                self.take_warnings(from, warnings);
                let count = stories.len();
                self.collect(stories);
                self.post_info(
                    Topic::Import,
                    format!("{}: {count} — {from}", tr(Msg::Imported)),
                );
            }
            Err(err) => self.post_error(Topic::Import, format!("{}. {err}", tr(Msg::ImportFailed))),
        }
    }

    /// What an import changed: flagged on its story, or (for the whole feed) told the editor.
    fn take_warnings(&mut self, from: &str, warnings: Vec<crate::io::import::ImportWarning>) {
        for warning in warnings {
            match warning.story() {
                Some(story) => self
                    .story_flags
                    .entry(story)
                    .or_default()
                    .push(warning.to_string()),
                None => self.post_error(Topic::Import, format!("{from}: {warning}")),
            }
        }
    }

    /// Collects stories into the inbox as one undo step, merging ones already on the desk.
    fn collect(&mut self, stories: Vec<crate::model::Story>) {
        if self.open.read_only || stories.is_empty() {
            return;
        }
        if self.library.is_none() {
            self.post_error(Topic::Library, tr(Msg::NoLibraryHint).to_owned());
            return;
        }
        let ids: Vec<StoryId> = stories.iter().map(|s| s.id).collect();
        let collected = curation::collect_many(self.open.document.desk(), stories);
        let mut edits = Vec::new();
        let mut merged = 0;
        let mut first = None;
        for (id, collected) in ids.into_iter().zip(collected) {
            if collected.merged_into.is_some() {
                merged += 1;
                // What the import flagged belongs to the story it was merged into.
                if let Some(flags) = self.story_flags.remove(&id) {
                    self.story_flags
                        .entry(collected.story)
                        .or_default()
                        .extend(flags);
                }
            }
            first.get_or_insert(collected.story);
            edits.extend(collected.edits);
        }
        if !edits.is_empty()
            && let Err(err) = self.open.document.apply_all(edits, Instant::now())
        {
            self.post_error(Topic::Curate, err.to_string());
            return;
        }
        if merged > 0 {
            self.post_info(
                Topic::Curate,
                format!("{} ({merged})", tr(Msg::AlreadyCollected)),
            );
        }
        if let Some(story) = first {
            self.selection = Selection::Pick(story);
        }
    }

    /// Carries out a curation move as one undo step.
    fn curate(&mut self, curate: Curate) {
        if self.open.read_only {
            return;
        }
        let desk = self.open.document.desk();
        let plan = match curate {
            Curate::Pick {
                story,
                section,
                index,
            } => curation::pick(desk, story, section, index).map(Some),
            Curate::SendToInbox(story) => curation::send_to_inbox(desk, story).map(Some),
            Curate::Delete(story) => curation::delete_story(desk, story).map(Some),
            Curate::Step(story, step) => curation::step_pick(desk, story, step),
            Curate::StepSection(section, up) => curation::step_section(desk, section, up),
            Curate::AddSection => {
                let (_, edits) = curation::add_section(desk, desk.issue.sections.len(), "");
                Ok(Some(edits))
            }
            Curate::DeleteSection(section) => curation::delete_section(desk, section).map(Some),
        };
        match plan {
            Ok(Some(edits)) => {
                if let Err(err) = self.open.document.apply_all(edits, Instant::now()) {
                    self.post_error(Topic::Curate, err.to_string());
                }
            }
            // Already at the end it was moved towards.
            Ok(None) => {}
            Err(err) => self.post_error(Topic::Curate, err.to_string()),
        }
    }

    /// The story the keyboard moves act on: the selected one.
    fn selected_story(&self) -> Option<StoryId> {
        match self.selection {
            Selection::Pick(id) => Some(id),
            _ => None,
        }
    }

    /// Where the selected story is, if a story is selected and editable.
    fn selected_place(&self) -> Option<StoryPlace> {
        if self.open.read_only {
            return None;
        }
        self.open.document.desk().place(self.selected_story()?)
    }

    /// Files dropped on the window: issues open, feeds and text files become stories.
    fn take_dropped(&mut self, paths: Vec<PathBuf>) {
        use crate::io::import::{import_feed_file, story_from_text_file};

        let mut stories = Vec::new();
        for path in paths {
            let extension = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .unwrap_or_default();
            let result = match extension.as_str() {
                "ron" => {
                    self.commands
                        .push(Command::OpenLibraryIssue(path.clone(), None));
                    continue;
                }
                "txt" | "md" | "markdown" => story_from_text_file(&path, &self.import_limits)
                    .map(|(story, warnings)| (vec![story], warnings)),
                "xml" | "rss" | "atom" | "json" => import_feed_file(&path, &self.import_limits)
                    .map(|feed| (feed.stories, feed.warnings)),
                _ => {
                    self.post_error(
                        Topic::Import,
                        format!("{}: {}", tr(Msg::CannotImport), path.display()),
                    );
                    continue;
                }
            };
            match result {
                Ok((found, warnings)) => {
                    self.take_warnings(&path.display().to_string(), warnings);
                    stories.extend(found);
                }
                Err(err) => {
                    self.post_error(Topic::Import, format!("{}. {err}", tr(Msg::ImportFailed)))
                }
            }
        }
        self.collect(stories);
    }

    /// Whether `action` can run now: the one check behind menus (greyed out), shortcuts, the
    /// palette and [`Command::Run`], so a shortcut never does what its disabled menu item
    /// would not.
    pub fn can_run(&self, action: Action) -> bool {
        self.availability(action).is_ok()
    }

    /// Why `action` cannot run now (shown greyed in the palette), or `Ok`.
    pub fn availability(&self, action: Action) -> Result<(), Msg> {
        let writable = || (!self.open.read_only).then_some(()).ok_or(Msg::WhyReadOnly);
        let no_dialog = || {
            (!self.file_dialogs.is_busy())
                .then_some(())
                .ok_or(Msg::WhyDialogOpen)
        };
        let library = || self.library.as_ref().map(|_| ()).ok_or(Msg::WhyNoLibrary);
        let place = self.selected_place();
        let require = |ok: bool, why: Msg| ok.then_some(()).ok_or(why);
        match action {
            Action::Undo => {
                writable()?;
                require(self.open.document.can_undo(), Msg::WhyNothingToUndo)
            }
            Action::Redo => {
                writable()?;
                require(self.open.document.can_redo(), Msg::WhyNothingToRedo)
            }
            Action::Save => {
                writable()?;
                no_dialog()
            }
            Action::Open | Action::SaveAs | Action::Export | Action::OpenLibrary => no_dialog(),
            Action::New
            | Action::Quit
            | Action::ToggleMarks
            | Action::CopyHtml
            | Action::ShowLibrary
            | Action::Find
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::ToggleLightTheme
            | Action::Palette
            | Action::Shortcuts
            | Action::About => Ok(()),
            Action::AddStory | Action::PasteStory | Action::ImportFeed => {
                library()?;
                writable()
            }
            Action::ImportUrl => {
                library()?;
                writable()?;
                require(self.import.is_none(), Msg::WhyImporting)
            }
            Action::PickStory => require(place.is_some_and(|p| p.is_inbox()), Msg::WhyNoInboxStory),
            Action::SendToInbox
            | Action::MoveUp
            | Action::MoveDown
            | Action::MoveToPreviousSection
            | Action::MoveToNextSection
            | Action::MoveToTop => require(place.is_some_and(|p| !p.is_inbox()), Msg::WhyNoPick),
            Action::DeleteStory => require(place.is_some(), Msg::WhyNoStory),
            Action::Cut | Action::Copy | Action::Paste | Action::SelectAll => {
                let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
                if matches!(action, Action::Cut | Action::Paste) {
                    writable()?;
                }
                let selected = || {
                    self.text
                        .panes
                        .get(editing.pane())
                        .is_some_and(|p| !p.selection().is_empty())
                };
                match action {
                    Action::Cut | Action::Copy => require(selected(), Msg::WhyNoSelection),
                    _ => Ok(()),
                }
            }
            Action::DirectionRtl
            | Action::DirectionLtr
            | Action::DirectionAuto
            | Action::InsertRlm
            | Action::InsertLrm
            | Action::IsolateLatin => {
                writable()?;
                self.field_edits(action).map(|_| ())
            }
        }
    }

    /// The field with the caret in the editor, if the editor is shown.
    fn editing_field(&self) -> Option<EditingField> {
        EditingField::find(&self.text, self.open.document.desk(), self.selection)
    }

    /// The edits a direction action makes in the field with the caret, or why there are none.
    fn field_edits(&self, action: Action) -> Result<Vec<Edit>, Msg> {
        let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
        editing.plan(self.open.document.desk(), field_action(action))
    }

    /// Whether a menu item that switches something on and off is on.
    pub fn is_checked(&self, action: Action) -> Option<bool> {
        match action {
            Action::ToggleMarks => Some(self.show_marks),
            Action::ToggleLightTheme => Some(self.light_theme),
            _ => None,
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
                if let Some(inbox) = found.snapshot.inbox {
                    self.attach_library_inbox(Some(inbox));
                }
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
                DialogOutcome::Chosen(DialogPurpose::Library, path) => {
                    self.commands.push(Command::OpenLibrary(path));
                }
                DialogOutcome::Chosen(DialogPurpose::ImportFeed, path) => {
                    self.commands.push(Command::ImportFeedFile(path));
                }
                DialogOutcome::Chosen(DialogPurpose::ImportUrl, url) => {
                    self.commands
                        .push(Command::ImportUrl(url.to_string_lossy().into_owned()));
                }
                DialogOutcome::Cancelled(_) => self.after_save = None,
                DialogOutcome::Unavailable(purpose) => {
                    let text = match purpose {
                        DialogPurpose::ImportUrl => String::new(),
                        DialogPurpose::Library | DialogPurpose::ImportFeed => self
                            .suggested_path()
                            .parent()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default(),
                        DialogPurpose::Export => {
                            crate::io::export::suggested_export_path(&self.suggested_path())
                                .display()
                                .to_string()
                        }
                        _ => self.suggested_path().display().to_string(),
                    };
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
        // A deleted story can no longer be shown.
        if let Selection::Pick(id) = self.selection
            && self.open.document.desk().place(id).is_none()
        {
            self.selection = Selection::Issue;
        }
    }

    fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Run(action) => {
                if self.can_run(action) {
                    self.run_action(action, ctx);
                }
            }
            Command::Edit(edit) => {
                if self.open.read_only {
                    return;
                }
                if let Err(err) = self.open.document.apply(edit, Instant::now()) {
                    // An edit built from the current state should always apply; if it does
                    // not, say so rather than losing it silently.
                    self.post_error(Topic::Edit, err.to_string());
                }
            }
            Command::Edits(edits) => {
                if self.open.read_only {
                    return;
                }
                if let Err(err) = self.open.document.apply_all(edits, Instant::now()) {
                    self.post_error(Topic::Edit, err.to_string());
                }
            }
            Command::Curate(curate) => self.curate(curate),
            Command::DismissHints(field, paragraph) => {
                match crate::model::dismiss_hints(self.open.document.desk(), field, paragraph, true)
                {
                    Ok(Some(edit)) => self.run(Command::Edit(edit), ctx),
                    Ok(None) => {}
                    Err(err) => self.post_error(Topic::Edit, err.to_string()),
                }
            }
            Command::Select(selection) => {
                if selection != self.selection {
                    self.open.document.seal_typing();
                    self.selection = selection;
                }
                if selection == Selection::Search {
                    ctx.memory_mut(|m| {
                        m.request_focus(super::search_view::query_pane_id().with("pane"));
                    });
                }
            }
            Command::PasteStories(text) => {
                let stories = crate::model::stories_from_paste(&text)
                    .into_iter()
                    .map(crate::model::PastedStory::into_story)
                    .collect();
                self.collect(stories);
            }
            Command::DroppedFiles(paths) => self.take_dropped(paths),
            Command::ImportUrl(url) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                if let Some(job) = &self.import {
                    job.cancel();
                }
                self.import = Some(ImportJob::start(url, self.import_limits.clone(), ctx));
            }
            Command::ImportFeedFile(path) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.take_dropped(vec![path]);
            }
            Command::CancelImport => {
                // The worker may be waiting on a silent server until its timeout: stop
                // waiting for it now; it stops at its next chance and its result is dropped.
                if let Some(job) = self.import.take() {
                    job.cancel();
                    self.post_info(Topic::Import, tr(Msg::ImportCancelled).to_owned());
                }
            }
            Command::OpenLibrary(path) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.unless_unsaved(Then::SwitchLibrary(path), ctx);
            }
            Command::OpenLibraryIssue(path, story) => {
                self.unless_unsaved(Then::OpenFile(path, story), ctx);
            }
            Command::SetSearch(query) => self.search_query = query,
            Command::OpenPath(path) => self.open_path(&path),
            Command::SaveToPath(path) => self.save_to(&path, ctx),
            Command::ExportToPath(path) => self.export_to(&path, false),
            Command::ExportReplacing(path) => self.export_to(&path, true),
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
                    Err(err) => {
                        self.post_error(Topic::Open, format!("{}. {err}", tr(Msg::OpenFailed)))
                    }
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
                let text = self.with_empty_sections_warning(tr(Msg::HtmlCopied).to_owned());
                self.post_info(Topic::Export, text);
            }
            Action::OpenLibrary => self.request_dialog(DialogPurpose::Library, ctx),
            Action::ShowLibrary => self.commands.push(Command::Select(Selection::Library)),
            Action::Find => self.commands.push(Command::Select(Selection::Search)),
            Action::AddStory => {
                let story = crate::model::Story::new("");
                let id = story.id;
                self.collect(vec![story]);
                // The caret goes into the new story's headline: what she types next is its title.
                if self.selection == Selection::Pick(id) {
                    let headline =
                        crate::model::TextField::Story(id, crate::model::StoryText::Headline);
                    ctx.memory_mut(|m| m.request_focus(super::user_text::pane_id(headline)));
                }
            }
            Action::PasteStory => {
                // The clipboard's text arrives as a paste event next frame: no text field may
                // have the caret then, or it would take the text too.
                ctx.memory_mut(|m| {
                    if let Some(focused) = m.focused() {
                        m.surrender_focus(focused);
                    }
                });
                self.paste_into_inbox = true;
                ctx.send_viewport_cmd(ViewportCommand::RequestPaste);
            }
            Action::ImportFeed => self.request_dialog(DialogPurpose::ImportFeed, ctx),
            Action::ImportUrl => self.request_dialog(DialogPurpose::ImportUrl, ctx),
            Action::PickStory => {
                if let (Some(story), Some(section)) = (
                    self.selected_story(),
                    self.open.document.issue().sections.first(),
                ) {
                    let index = section.picks.len();
                    let section = section.id;
                    self.curate(Curate::Pick {
                        story,
                        section,
                        index,
                    });
                }
            }
            Action::SendToInbox => self.on_selected(Curate::SendToInbox),
            Action::DeleteStory => self.on_selected(Curate::Delete),
            Action::MoveUp => self.on_selected(|s| Curate::Step(s, PickStep::Up)),
            Action::MoveDown => self.on_selected(|s| Curate::Step(s, PickStep::Down)),
            Action::MoveToPreviousSection => {
                self.on_selected(|s| Curate::Step(s, PickStep::PreviousSection));
            }
            Action::MoveToNextSection => {
                self.on_selected(|s| Curate::Step(s, PickStep::NextSection));
            }
            Action::MoveToTop => self.on_selected(|s| Curate::Step(s, PickStep::Top)),
            Action::Cut | Action::Copy | Action::Paste | Action::SelectAll => {
                self.clipboard_action(action, ctx);
            }
            Action::DirectionRtl
            | Action::DirectionLtr
            | Action::DirectionAuto
            | Action::InsertRlm
            | Action::InsertLrm
            | Action::IsolateLatin => {
                let Some(editing) = self.editing_field() else {
                    return;
                };
                let desk = self.open.document.desk();
                if let Ok(command) = editing.perform(desk, &mut self.text, field_action(action)) {
                    if let Some(command) = command {
                        self.run(command, ctx);
                    }
                    // A menu or the palette took the caret out of the text: it goes back.
                    ctx.memory_mut(|m| m.request_focus(editing.pane()));
                }
            }
            Action::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Action::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Action::ZoomReset => ctx.set_zoom_factor(1.0),
            Action::ToggleLightTheme => {
                self.light_theme = !self.light_theme;
                self.remember_theme();
            }
            Action::Palette => self.palette = Some(super::palette::Palette::default()),
            Action::Shortcuts => self.help = Some(HelpWindow::Shortcuts),
            Action::About => self.help = Some(HelpWindow::About),
        }
    }

    /// Cut, copy, paste or select all in the field with the caret: handed to its pane as the
    /// clipboard event its keys would give, so the menu does exactly what Ctrl+X does.
    fn clipboard_action(&mut self, action: Action, ctx: &egui::Context) {
        let Some(editing) = self.editing_field() else {
            return;
        };
        let pane = editing.pane();
        ctx.memory_mut(|m| m.request_focus(pane));
        match action {
            Action::Cut => self.text.panes.send(pane, egui::Event::Cut),
            Action::Copy => self.text.panes.send(pane, egui::Event::Copy),
            Action::SelectAll => self.text.panes.send(pane, select_all_event()),
            // The clipboard's text arrives as a paste event next frame, in the focused pane.
            _ => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
        }
    }

    /// Runs a curation move on the selected story, if one is selected.
    fn on_selected(&mut self, make: impl FnOnce(StoryId) -> Curate) {
        if self.selected_place().is_some()
            && let Some(story) = self.selected_story()
        {
            self.curate(make(story));
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
            self.post_error(Topic::Edit, err.to_string());
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
                // The next issue follows the latest one of the library (or the one open):
                // its number, its date a week on, its sections.
                let latest = self
                    .library
                    .as_ref()
                    .and_then(|l| l.index.latest())
                    .map(|i| &i.issue)
                    .filter(|i| i.number >= self.open.document.issue().number)
                    .unwrap_or(self.open.document.issue());
                let next = latest.next(latest.number.saturating_add(1));
                self.replace_open(OpenIssue::new_issue(next));
            }
            Then::Open => self.request_dialog(DialogPurpose::Open, ctx),
            Then::OpenFile(path, story) => {
                self.open_path(&path);
                if let Some(story) = story
                    && self.open.document.desk().place(story).is_some()
                {
                    self.selection = Selection::Pick(story);
                }
            }
            Then::SwitchLibrary(path) => self.switch_library(&path),
        }
    }

    /// Uses `root` as the library: remembers it, and opens its latest issue (or a new one).
    fn switch_library(&mut self, root: &Path) {
        match LibrarySession::open(root) {
            Ok(session) => {
                let latest = session.latest_issue();
                self.library = Some(session);
                self.remember_library();
                match latest {
                    Some(path) => self.open_path(&path),
                    None => self.replace_open(OpenIssue::first_issue()),
                }
                self.selection = Selection::Library;
            }
            Err(err) => {
                self.post_error(Topic::Library, format!("{}. {err}", tr(Msg::LibraryFailed)))
            }
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
            Some(_)
                if self.open.can_save_in_place()
                    && (self.open.changed_on_disk() || self.open.inbox_changed_on_disk()) =>
            {
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
                self.post_info(
                    Topic::Save,
                    format!("{}: {}", tr(Msg::Saved), path.display()),
                );
                if let Some(session) = &mut self.library {
                    session.rescan();
                }
                if let Some(then) = self.after_save.take() {
                    self.go_on(then, ctx);
                }
            }
            Err(err) => {
                self.after_save = None;
                self.post_error(Topic::Save, format!("{}. {err}", tr(Msg::SaveFailed)));
            }
        }
    }

    /// Writes the export, in the format the file's extension names, once the path passes
    /// [`crate::io::export::check_export_path`] (never the issue, a `.ron` or a `.bak`) and,
    /// when the file exists, the editor said to replace it (`replace`).
    fn export_to(&mut self, path: &Path, replace: bool) {
        use crate::io::export::{check_export_path, export};

        let format = match check_export_path(path, self.open.path()) {
            Ok(format) => format,
            Err(err) => {
                let text = format!("{}: {err}", tr(Msg::ExportRefused));
                // A typed path stays in its prompt, with the reason, to be corrected.
                match &mut self.prompt {
                    Some(Prompt::Path { problem, .. }) => *problem = Some(text),
                    _ => self.post_error(Topic::Export, text),
                }
                return;
            }
        };
        if path.exists() && !replace {
            self.prompt = Some(Prompt::ReplaceExport {
                path: path.to_owned(),
            });
            return;
        }
        self.prompt = None;
        let text = export(self.open.document.issue(), format);
        match crate::io::write_atomic(path, text.as_bytes(), &mut crate::io::no_faults) {
            Ok(()) => {
                let text = format!("{}: {}", tr(Msg::Exported), path.display());
                let text = self.with_empty_sections_warning(text);
                self.post_info(Topic::Export, text);
            }
            Err(err) => self.post_error(Topic::Export, format!("{}. {err}", tr(Msg::ExportFailed))),
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
                self.post_error(Topic::Open, format!("{}. {err}", tr(Msg::OpenFailed)));
                self.prompt = damaged_prompt(path);
            }
        }
    }

    fn replace_open(&mut self, open: OpenIssue) {
        self.open = open;
        // What went wrong opening or saving the issue before does not concern this one.
        self.notices
            .retain(|n| !matches!(n.topic, Topic::Open | Topic::Save | Topic::Edit));
        // Results name revisions of the document they came from.
        self.search_results = Default::default();
        self.reading = Default::default();
        self.selection = Selection::Issue;
        self.attach_library_inbox(None);
        self.announce_opened();
    }

    fn announce_opened(&mut self) {
        match self.open.origin {
            Origin::Sample => self.post_info(Topic::Open, tr(Msg::SampleNotice).to_owned()),
            Origin::New | Origin::File(_) => {}
        }
    }

    fn request_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        let mut suggested = self.suggested_path();
        if purpose == DialogPurpose::Export {
            suggested = crate::io::export::suggested_export_path(&suggested);
        }
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
        let number = self.open.document.issue().number;
        if let Some(session) = &self.library {
            return session.library.new_issue_path(number);
        }
        let folder = std::env::current_dir().unwrap_or_default();
        folder.join(format!("issue-{number:03}.ron"))
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Says something that went well. It replaces every earlier message but the errors of
    /// other topics: "Saved" takes the place of an earlier "Could not save".
    fn post_info(&mut self, topic: Topic, text: String) {
        self.post(Notice::info(topic, text));
    }

    /// `text`, followed by a warning naming the sections exported with no stories, if any.
    fn with_empty_sections_warning(&self, text: String) -> String {
        let empty = self.open.document.issue().empty_section_titles();
        if empty.is_empty() {
            return text;
        }
        let names: Vec<String> = empty
            .iter()
            .map(|t| {
                if t.trim().is_empty() {
                    tr(Msg::UntitledSection).to_owned()
                } else {
                    format!("«{t}»")
                }
            })
            .collect();
        format!(
            "{text}. {}: {}",
            tr(Msg::EmptySectionsExported),
            names.join("، ")
        )
    }

    /// Reports an error: it stays until dismissed or until a later message of its topic
    /// replaces it.
    fn post_error(&mut self, topic: Topic, text: String) {
        log::error!("{text}");
        self.post(Notice::error(topic, text));
    }

    fn post(&mut self, notice: Notice) {
        self.notices
            .retain(|n| n.is_error && n.topic != notice.topic);
        self.notices.push(notice);
    }
}

/// The issues of `library`, other than `open_file`, that featured `url`.
fn featured_in(
    library: Option<&LibrarySession>,
    open_file: Option<&Path>,
    url: &str,
) -> Vec<Featured> {
    library.map_or_else(Vec::new, |session| {
        session
            .index
            .featured_in(url, open_file)
            .into_iter()
            .cloned()
            .collect()
    })
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

/// The widths the outline and the inbox may take in a window `window_width` points wide: each at
/// most a quarter of it, so the editing column keeps half the window at any width (at the
/// 800-point minimum, 400 points: a commentary line of some 60 Arabic letters).
fn side_panel_sizes(window_width: f32) -> Rangef {
    const MIN_SIDE_WIDTH: f32 = 150.0;
    Rangef::new(MIN_SIDE_WIDTH, (window_width * 0.25).max(MIN_SIDE_WIDTH))
}

/// The field action an Edit menu direction action stands for.
fn field_action(action: Action) -> FieldAction {
    match action {
        Action::DirectionRtl => FieldAction::Direction(Direction::Rtl),
        Action::DirectionLtr => FieldAction::Direction(Direction::Ltr),
        Action::DirectionAuto => FieldAction::Direction(Direction::Auto),
        Action::InsertRlm => FieldAction::Mark('\u{200F}'),
        Action::InsertLrm => FieldAction::Mark('\u{200E}'),
        _ => FieldAction::IsolateLatin,
    }
}

/// The key event a text pane takes as "select all".
fn select_all_event() -> egui::Event {
    egui::Event::Key {
        key: egui::Key::A,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    }
}

fn error_notice(topic: Topic, what: Msg, err: &dyn std::fmt::Display) -> Notice {
    Notice::error(topic, format!("{}. {err}", tr(what)))
}

impl eframe::App for NashraApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}
