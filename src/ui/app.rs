//! [`NashraApp`]: the window's shell. Once a frame it asks the session for background work,
//! draws the session's state, turns the editor's input into [`Command`]s, hands them to
//! [`Session::run_all`] after the UI pass and performs the [`Effect`]s that come back.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use egui::{Panel, Rangef, Ui, ViewportCommand};

use super::dialogs::prompt_ui;
use super::editor_pane::{EditorOptions, editor_pane_ui};
use super::file_dialogs::FileDialogs;
use super::help::help_window_ui;
use super::inbox_panel::{InboxView, inbox_panel_ui};
use super::outline::outline_ui;
use super::palette::{Palette, PaletteOutcome, palette_ui};
use super::status_bar::status_bar_ui;
use super::user_text::{editing_caret, pane_id};
use crate::io::Featured;
use crate::session::{
    Action, AppOptions, Command, Effect, Focus, HelpTopic, LibrarySession, PaneEvent, Selection,
    Session, Zoom,
};
use crate::strings::{Msg, tr};
use crate::text::TextEngine;

/// The Nashra window.
pub struct NashraApp {
    session: Session,
    /// Commands queued while drawing this frame.
    commands: Vec<Command>,
    /// Lays out and draws all user text.
    text: TextEngine,
    file_dialogs: FileDialogs,
    /// The title last given to the window.
    shown_title: String,
    /// The theme last given to egui, so it is set once, not every frame.
    applied_light_theme: Option<bool>,
    /// The command palette, while open.
    palette: Option<Palette>,
    /// The Help window open, if any.
    help: Option<HelpTopic>,
    /// What the search view found, kept until the query or the document changes.
    search_results: super::search_view::SearchResults,
    /// Word counts, kept per paragraph.
    reading: super::reading::ReadingCache,
    /// The session's document the caches above were made from.
    cached_document: u64,
    /// Whether the session has been given a way to wake the window.
    waker_given: bool,
}

impl NashraApp {
    /// Starts the window on the given file, else the library's latest issue, else the sample.
    pub fn new(options: AppOptions) -> Self {
        let file_dialogs = FileDialogs::new(options.native_dialogs);
        let session = Session::new(options);
        Self {
            cached_document: session.document_number(),
            session,
            commands: Vec::new(),
            text: TextEngine::new(),
            file_dialogs,
            shown_title: String::new(),
            applied_light_theme: None,
            palette: None,
            help: None,
            search_results: Default::default(),
            reading: Default::default(),
            waker_given: false,
        }
    }

    /// The session the window shows.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Queues a command as if the interface had; it runs after the next frame's UI pass.
    pub fn push_command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// One frame: background work, shortcuts, the panels, the modal, then the queued commands
    /// and their effects.
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.begin_frame(&ctx);
        self.main_area_ui(ui);
        if let Some(prompt) = self.session.prompt_mut() {
            prompt_ui(ui, prompt, &mut self.commands);
        }
        if let Some(topic) = self.help
            && !help_window_ui(&ctx, topic)
        {
            self.help = None;
        }
        self.palette_ui(&ctx);
        self.take_paste(&ctx);
        self.end_frame(&ctx);
    }

    /// Before drawing: the theme, background work, the close button, shortcuts and drops.
    fn begin_frame(&mut self, ctx: &egui::Context) {
        if !self.waker_given {
            let waker = ctx.clone();
            self.session
                .set_waker(Arc::new(move || waker.request_repaint()));
            self.waker_given = true;
        }
        let light = self.session.light_theme();
        if self.applied_light_theme != Some(light) {
            ctx.set_theme(if light {
                egui::Theme::Light
            } else {
                egui::Theme::Dark
            });
            self.applied_light_theme = Some(light);
        }
        self.text.begin_frame(ctx.pixels_per_point());
        while let Some(outcome) = self.file_dialogs.poll() {
            self.commands.push(Command::DialogAnswered(outcome));
        }
        if let Some(wait) = self.session.tick(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            self.commands.push(Command::CloseRequested);
        }
        if self.session.prompt().is_none()
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
    }

    /// After drawing: the session runs what was asked, and the window does what it says.
    fn end_frame(&mut self, ctx: &egui::Context) {
        let desk = self.session.open_issue().document.desk();
        let caret = editing_caret(&self.text, desk, self.session.selection());
        self.session.set_caret(caret);
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // This frame was drawn before the commands ran: draw the result.
            ctx.request_repaint();
        }
        let effects = self.session.run_all(commands);
        self.perform(effects, ctx);
        if self.session.document_number() != self.cached_document {
            // Cached results name revisions of the document they came from.
            self.search_results = Default::default();
            self.reading = Default::default();
            self.cached_document = self.session.document_number();
        }
        let title = self.session.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Does what the session asked of the window.
    fn perform(&mut self, effects: Vec<Effect>, ctx: &egui::Context) {
        for effect in effects {
            match effect {
                Effect::CopyText(text) => ctx.copy_text(text),
                Effect::RequestPaste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
                Effect::Focus(Focus::Field(field)) => {
                    ctx.memory_mut(|m| m.request_focus(pane_id(field)));
                }
                Effect::Focus(Focus::SearchQuery) => {
                    let query = super::search_view::query_pane_id().with("pane");
                    ctx.memory_mut(|m| m.request_focus(query));
                }
                Effect::ReleaseFocus => ctx.memory_mut(|m| {
                    if let Some(focused) = m.focused() {
                        m.surrender_focus(focused);
                    }
                }),
                Effect::PaneEvent(field, event) => {
                    self.text.send_to_pane(pane_id(field), pane_event(event));
                }
                Effect::AskPath {
                    purpose,
                    start_in,
                    file_name,
                } => {
                    self.file_dialogs.request(purpose, start_in, file_name, ctx);
                    // With no native dialog the answer is already waiting: show the in-window
                    // prompt this frame.
                    let answers: Vec<Command> = std::iter::from_fn(|| self.file_dialogs.poll())
                        .map(Command::DialogAnswered)
                        .collect();
                    if !answers.is_empty() {
                        let more = self.session.run_all(answers);
                        self.perform(more, ctx);
                    }
                }
                Effect::CloseWindow => ctx.send_viewport_cmd(ViewportCommand::Close),
                Effect::CancelClose => ctx.send_viewport_cmd(ViewportCommand::CancelClose),
                Effect::Zoom(Zoom::In) => egui::gui_zoom::zoom_in(ctx),
                Effect::Zoom(Zoom::Out) => egui::gui_zoom::zoom_out(ctx),
                Effect::Zoom(Zoom::Reset) => ctx.set_zoom_factor(1.0),
                Effect::ShowPalette => self.palette = Some(Palette::default()),
                Effect::ShowHelp(topic) => self.help = Some(topic),
                Effect::RepaintAfter(wait) => ctx.request_repaint_after(wait),
            }
        }
    }

    /// The menu bar, the status bar, the outline, the inbox and the main area.
    fn main_area_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let session = &self.session;
        Panel::top("menu_bar").show(ui, |ui| {
            let menu =
                super::menu_bar::menu_bar_ui(ui, |a| session.can_run(a), |a| session.is_checked(a));
            self.commands.extend(menu.map(Command::Run));
        });
        Panel::bottom("status_bar").show(ui, |ui| {
            status_bar_ui(
                ui,
                &mut self.text,
                session.notices(),
                session.open_issue(),
                &mut self.commands,
            );
        });
        let open = session.open_issue();
        if open.read_only {
            let reason = match &open.locked_by {
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
        let desk = open.document.desk();
        let selection = session.selection();
        self.reading.refresh(desk, open.document.revision());
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
                        desk,
                        selection,
                        self.reading.issue(),
                        &mut self.commands,
                    );
                });
            });
        // The open file as the library spells its issues (asked of the file system once per
        // frame, not once per row).
        let open_file = open.path().map(crate::io::Library::canonical);
        let featured = |url: &str| featured_in(session.library(), open_file.as_deref(), url);
        let view = InboxView {
            desk,
            selection,
            featured: &featured,
            flags: session.all_story_flags(),
            importing: session.importing_url(),
            has_library: session.library().is_some(),
            editable: !open.read_only,
        };
        Panel::right("inbox")
            .resizable(true)
            .default_size(300.0_f32.min(side.max))
            .size_range(side)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    inbox_panel_ui(ui, &mut self.text, &view, &mut self.commands);
                });
            });
        super::inbox_panel::drag_preview_ui(&ctx, &mut self.text, desk);
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| match selection {
                Selection::Preview => {
                    super::preview::preview_ui(ui, &mut self.text, &desk.issue, &mut self.commands)
                }
                Selection::Library => super::library_view::library_view_ui(
                    ui,
                    &mut self.text,
                    session.library(),
                    open_file.as_deref(),
                    &mut self.commands,
                ),
                Selection::Search => {
                    self.search_results.refresh(
                        session.search_query(),
                        (desk, open.document.revision()),
                        session.library(),
                        open_file.as_deref(),
                    );
                    super::search_view::search_view_ui(
                        ui,
                        &mut self.text,
                        session.search_query(),
                        &self.search_results,
                        desk.issue.base_direction(),
                        &mut self.commands,
                    );
                }
                Selection::Issue | Selection::Story(_) => {
                    let story = match selection {
                        Selection::Story(id) => desk.entry(id).ok(),
                        _ => None,
                    };
                    let options = EditorOptions {
                        read_only: open.read_only,
                        show_marks: session.shows_marks(),
                        featured: story
                            .map(|e| {
                                featured_in(session.library(), open_file.as_deref(), &e.story.url)
                            })
                            .unwrap_or_default(),
                        flags: story
                            .map(|e| session.story_flags(e.story.id).to_vec())
                            .unwrap_or_default(),
                        reading: story.and_then(|e| self.reading.story(desk, e.story.id)),
                    };
                    editor_pane_ui(
                        ui,
                        &mut self.text,
                        desk,
                        selection,
                        options,
                        &mut self.commands,
                    );
                }
            });
        });
    }

    /// The command palette, while open; what it runs goes through [`Command::Run`] like a menu.
    fn palette_ui(&mut self, ctx: &egui::Context) {
        let Some(mut palette) = self.palette.take() else {
            return;
        };
        let base = self.session.open_issue().document.issue().base_direction();
        let available: HashMap<Action, Result<(), Msg>> = Action::ALL
            .iter()
            .map(|&a| (a, self.session.availability(a)))
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

    /// Pasted text, for the session to collect as stories when no field took it.
    fn take_paste(&mut self, ctx: &egui::Context) {
        let field_focused = ctx.memory(|m| m.focused().is_some());
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
            self.commands.push(Command::Pasted {
                text,
                field_focused,
            });
        }
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

/// The widths the outline and the inbox may take in a window `window_width` points wide: each at
/// most a quarter of it, so the editing column keeps half the window at any width (at the
/// 800-point minimum, 400 points: a commentary line of some 60 Arabic letters).
fn side_panel_sizes(window_width: f32) -> Rangef {
    const MIN_SIDE_WIDTH: f32 = 150.0;
    Rangef::new(MIN_SIDE_WIDTH, (window_width * 0.25).max(MIN_SIDE_WIDTH))
}

/// The egui event a pane takes for `event`, as its own keys would give it.
fn pane_event(event: PaneEvent) -> egui::Event {
    match event {
        PaneEvent::Cut => egui::Event::Cut,
        PaneEvent::Copy => egui::Event::Copy,
        PaneEvent::SelectAll => egui::Event::Key {
            key: egui::Key::A,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::COMMAND,
        },
        PaneEvent::Type(text) => egui::Event::Text(text),
    }
}

impl eframe::App for NashraApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}
