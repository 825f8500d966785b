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
use crate::ui::interface_text::{EngineText, ReadingLayout, column_layout, interface_is_rtl};
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
        if let Some(path) = session.opening_path() {
            // A big file takes a moment: the window goes on drawing, and says what it is doing.
            Panel::top("opening_banner").show(ui, |ui| {
                ui.reading_row(|ui| {
                    ui.spinner();
                    ui.engine_label(text(&Text::OpeningFile {
                        path: path.display().to_string().into(),
                    }));
                });
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
                reading_scroll_ui(ui, "outline", |ui| {
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
                reading_scroll_ui(ui, "inbox", |ui| {
                    inbox_panel_ui(ui, &mut self.text, &view, &mut self.commands);
                });
            });
        crate::ui::inbox_panel::drag_preview_ui(&ctx, &mut self.text, desk);
        egui::CentralPanel::default().show(ui, |ui| {
            if matches!(selection, Selection::Issue | Selection::Story(_))
                && !open.read_only
                && !session.is_opening()
            {
                // Above the scrolled fields, the same whether a field has the caret or not.
                crate::ui::format_bar::format_bar_ui(
                    ui,
                    desk,
                    session.editing_field(),
                    &mut self.commands,
                );
                ui.separator();
            }
            reading_scroll_ui(ui, "main", |ui| match selection {
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
                        spelling: session.spelling(),
                        carets: open.document.carets(),
                        read_only: open.read_only || session.is_opening(),
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

/// A vertical scroll area (`name`d) whose contents are laid out the way the interface reads,
/// its scroll bar on the reading end: egui draws one on the right only, so in Arabic that one
/// is hidden and [`left_scroll_bar_ui`] draws it on the left.
fn reading_scroll_ui(ui: &mut Ui, name: &'static str, add: impl FnOnce(&mut Ui)) {
    let area = egui::ScrollArea::vertical().id_salt(name);
    if !interface_is_rtl() {
        area.show(ui, |ui| {
            ui.with_layout(column_layout(), add);
        });
        return;
    }
    let asked = egui::Id::unique(("scroll_bar_asks", name));
    let mut area = area.scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden);
    if let Some(offset) = ui.data_mut(|d| d.remove_temp::<f32>(asked)) {
        area = area.vertical_scroll_offset(offset);
    }
    let output = area.show(ui, |ui| {
        ui.with_layout(column_layout(), add);
    });
    if let Some(offset) = left_scroll_bar_ui(ui, &output) {
        ui.data_mut(|d| d.insert_temp(asked, offset));
        ui.ctx().request_repaint();
    }
}

/// A vertical scroll bar along the left edge of a scroll area's viewport; the offset the
/// editor asks for by dragging or clicking it, if she did.
fn left_scroll_bar_ui(ui: &Ui, area: &egui::scroll_area::ScrollAreaOutput<()>) -> Option<f32> {
    let viewport = area.inner_rect;
    let content = area.content_size.y;
    let max_offset = content - viewport.height();
    if max_offset <= 0.0 {
        return None;
    }
    let scroll = &ui.spacing().scroll;
    let width = scroll.bar_width;
    let track = egui::Rect::from_min_max(
        viewport.left_top(),
        egui::pos2(viewport.left() + width, viewport.bottom()),
    );
    let handle_height = (viewport.height() / content * track.height())
        .max(scroll.handle_min_length)
        .min(track.height());
    let travel = (track.height() - handle_height).max(1.0);
    let offset = area.state.clamped_offset().y.clamp(0.0, max_offset);
    let top = track.top() + travel * offset / max_offset;
    let handle = egui::Rect::from_min_size(
        egui::pos2(track.left(), top),
        egui::vec2(width, handle_height),
    );
    let response = ui.interact(
        track,
        area.id.with("left_bar"),
        egui::Sense::click_and_drag(),
    );
    let visuals = ui.style().interact(&response);
    ui.painter()
        .rect_filled(handle, width / 2.0, visuals.bg_fill);
    let pointer = response.interact_pointer_pos()?;
    let fraction = ((pointer.y - track.top() - handle_height / 2.0) / travel).clamp(0.0, 1.0);
    let asked = fraction * max_offset;
    ((response.dragged() || response.clicked()) && (asked - offset).abs() >= 0.5).then_some(asked)
}
