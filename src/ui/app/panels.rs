//! The window's panels: the menu bar, the status bar, the read-only banner, the outline, the
//! inbox and the main area (editor, preview, library or search), drawn from the session.

use std::path::Path;

use egui::{Panel, Rangef, Ui};

use super::NashraApp;
use crate::io::Featured;
use crate::session::{Command, LibrarySession, Selection};
use crate::strings::{Msg, Text, text, tr};
use crate::ui::editor_pane::{EditorOptions, editor_pane_ui};
use crate::ui::inbox_panel::{InboxView, inbox_panel_ui};
use crate::ui::interface_text::{EngineText, column_layout, interface_is_rtl};
use crate::ui::outline::outline_ui;
use crate::ui::status_bar::status_bar_ui;

impl NashraApp {
    /// The menu bar, the status bar, the outline, the inbox and the main area.
    pub(super) fn main_area_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let session = &self.session;
        Panel::top("menu_bar").show(ui, |ui| {
            let menu = crate::ui::menu_bar::menu_bar_ui(
                ui,
                |a| session.can_run(a),
                |a| session.is_checked(a),
            );
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
                Some(owner) => text(&Text::ReadOnlyLockedBy {
                    pid: owner.pid,
                    host: owner.host.as_str().into(),
                }),
                None => tr(Msg::ReadOnlyNewer).to_owned(),
            };
            Panel::top("read_only_banner").show(ui, |ui| {
                ui.engine_colored(ui.visuals().warn_fg_color, reason);
            });
        }
        let desk = open.document.desk();
        let selection = session.selection();
        self.reading.refresh(desk, open.document.revision());
        let side = side_panel_sizes(ctx.content_rect().width());
        // The outline sits where reading starts (the right in Arabic), the inbox at the other
        // side; the ids stay, so each keeps its width when the language changes.
        start_panel("outline")
            .resizable(true)
            .default_size(280.0_f32.min(side.max))
            .size_range(side)
            .show(ui, |ui| {
                reading_scroll_ui(ui, |ui| {
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
        end_panel("inbox")
            .resizable(true)
            .default_size(300.0_f32.min(side.max))
            .size_range(side)
            .show(ui, |ui| {
                reading_scroll_ui(ui, |ui| {
                    inbox_panel_ui(ui, &mut self.text, &view, &mut self.commands);
                });
            });
        crate::ui::inbox_panel::drag_preview_ui(&ctx, &mut self.text, desk);
        egui::CentralPanel::default().show(ui, |ui| {
            reading_scroll_ui(ui, |ui| match selection {
                Selection::Preview => crate::ui::preview::preview_ui(
                    ui,
                    &mut self.text,
                    &desk.issue,
                    &mut self.commands,
                ),
                Selection::Library => crate::ui::library_view::library_view_ui(
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
                    crate::ui::search_view::search_view_ui(
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

/// A side panel where reading starts: the left in English, the right in Arabic.
fn start_panel(id: &'static str) -> Panel {
    if interface_is_rtl() {
        Panel::right(id)
    } else {
        Panel::left(id)
    }
}

/// A side panel where reading ends: the right in English, the left in Arabic.
fn end_panel(id: &'static str) -> Panel {
    if interface_is_rtl() {
        Panel::left(id)
    } else {
        Panel::right(id)
    }
}

/// A vertical scroll area whose contents are laid out the way the interface reads.
fn reading_scroll_ui(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.with_layout(column_layout(), add);
    });
}
