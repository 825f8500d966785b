//! [`NashraApp`]: the window's shell. Once a frame it asks the session for background work,
//! draws the session's state, turns the editor's input into [`Command`]s, hands them to
//! [`Session::run_all`] after the UI pass and performs the [`Effect`]s that come back. The
//! panels it draws are in `app/panels.rs`.

mod panels;
#[cfg(test)]
mod typing_work;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use egui::{Ui, ViewportCommand};

use super::dialogs::prompt_ui;
use super::file_dialogs::FileDialogs;
use super::help::help_window_ui;
use super::palette::{Palette, PaletteOutcome, palette_ui};
use super::user_text::pane_id;
use crate::session::{Action, AppOptions, Command, Effect, Focus, HelpTopic, Session, Zoom};
use crate::strings::Msg;
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
    /// The widget to give the keyboard to, and the frames left to try: asked for by the session
    /// after a frame is drawn, given at the start of the next, again until it holds (a modal
    /// closing, the palette, keeps the keyboard from what lies under it for a frame).
    focus_next: Option<(egui::Id, u8)>,
}

/// Frames a focus asked for by the session is tried for.
const FOCUS_TRIES: u8 = 3;

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
            focus_next: None,
        }
    }

    /// The session the window shows.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The text engine: what each pane shows and where its caret is drawn (tests, benches).
    pub fn text_engine(&self) -> &TextEngine {
        &self.text
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
            prompt_ui(ui, &mut self.text, prompt, &mut self.commands);
        }
        if let Some(topic) = self.help
            && !help_window_ui(&ctx, topic)
        {
            self.help = None;
        }
        if let Some((list, shown)) = self.session.misspellings() {
            super::misspellings_window::misspellings_window_ui(
                &ctx,
                list,
                shown,
                &mut self.commands,
            );
        }
        if let Some(preflight) = self.session.preflight() {
            let open = self.session.open_issue();
            super::preflight_window::preflight_window_ui(
                &ctx,
                open.document.issue(),
                preflight,
                preflight.is_stale(open.document.revision()),
                &mut self.commands,
            );
        }
        if let Some(settings) = self.session.library_settings() {
            super::library_settings_window::library_settings_window_ui(
                &ctx,
                &mut self.text,
                settings,
                &mut self.commands,
            );
        }
        self.palette_ui(&ctx);
        self.take_paste(&ctx);
        self.end_frame(&ctx);
    }

    /// Before drawing: the theme, background work, the close button, shortcuts and drops.
    fn begin_frame(&mut self, ctx: &egui::Context) {
        self.take_clipboard_events(ctx);
        if let Some((id, tries)) = self.focus_next.take()
            && !ctx.memory(|m| m.has_focus(id))
            && tries > 0
        {
            ctx.memory_mut(|m| m.request_focus(id));
            self.focus_next = Some((id, tries - 1));
            ctx.request_repaint();
        }
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
        super::interface_text::begin_frame(ctx);
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
                Effect::CopyRich { html, plain } => {
                    // Both forms, as browsers copy: a mail client or an email service's editor
                    // takes the HTML, a plain text field the text. Where the system clipboard
                    // cannot be reached, the text still goes through egui's.
                    if !super::clipboard::copy_html(&html, &plain) {
                        ctx.copy_text(plain);
                    }
                }
                Effect::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
                Effect::RequestPaste => ctx.send_viewport_cmd(ViewportCommand::RequestPaste),
                Effect::Focus(Focus::Field(field)) => {
                    self.focus_next = Some((pane_id(field), FOCUS_TRIES));
                    ctx.request_repaint();
                }
                Effect::Focus(Focus::SearchQuery) => {
                    let query = super::search_view::query_pane_id().with("pane");
                    self.focus_next = Some((query, FOCUS_TRIES));
                    ctx.request_repaint();
                }
                Effect::ReleaseFocus => ctx.memory_mut(|m| {
                    if let Some(focused) = m.focused() {
                        m.surrender_focus(focused);
                    }
                }),
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
                Effect::ShowSpellingMenu { field, range, word } => {
                    super::spelling_menu::open_spelling_menu(ctx, field, range, word);
                }
                Effect::RepaintAfter(wait) => ctx.request_repaint_after(wait),
            }
        }
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

    /// Copy, Cut and Paste in the field with the caret go to the session, which knows the
    /// field's marks: a copy carries its links and emphasis as HTML beside the text, and a
    /// paste brings the clipboard's (Ctrl+Shift+V, and the lines, take the plain text).
    fn take_clipboard_events(&mut self, ctx: &egui::Context) {
        let Some(editing) = self.session.editing_field() else {
            return;
        };
        // The tags are a list typed as one line, not text the document keeps: their pane
        // copies and pastes itself.
        let tags = matches!(
            editing.field,
            crate::model::TextField::Story(_, crate::model::StoryText::Tags)
        );
        if tags || !ctx.memory(|m| m.has_focus(pane_id(editing.field))) {
            return;
        }
        let plain = ctx.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, egui::Event::Key { key: egui::Key::V, pressed: true, modifiers, .. }
                    if modifiers.command && modifiers.shift)
            })
        });
        let mut taken = Vec::new();
        ctx.input_mut(|i| {
            i.events.retain(|event| match event {
                egui::Event::Copy => {
                    taken.push(Command::Run(Action::Copy));
                    false
                }
                egui::Event::Cut => {
                    taken.push(Command::Run(Action::Cut));
                    false
                }
                egui::Event::Paste(text) if !plain && editing.field.is_prose() => {
                    match super::clipboard::html() {
                        Some(html) => {
                            taken.push(Command::PasteHtml {
                                html,
                                plain: text.clone(),
                            });
                            false
                        }
                        None => true,
                    }
                }
                _ => true,
            });
        });
        self.commands.extend(taken);
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

impl eframe::App for NashraApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }
}
