//! How Nashra's own windows open — the help, the lists of misspellings and findings, the
//! library settings: without egui's title bar (each draws its heading with the text engine, so
//! Arabic reads right to left there too), in the middle below the menu bar rather than over it,
//! and never wider or taller than most of the screen, so long rows wrap inside them.

use egui::{Context, Id, Ui, vec2};

use crate::strings::{Msg, tr};
use crate::ui::interface_text::{EngineText, ReadingLayout, end_row_layout};

/// A window `width` points wide by default, with id `id`, named `title` for screen readers.
pub fn tool_window(ctx: &Context, id: Id, title: &str, width: f32) -> egui::Window<'static> {
    let screen = ctx.content_rect();
    egui::Window::new(title.to_owned())
        .id(id)
        .title_bar(false)
        .collapsible(false)
        .default_width(width)
        .max_width((screen.width() * 0.6).max(360.0))
        .default_pos(screen.center_top() + vec2(-width / 2.0, 48.0))
        .max_height(screen.height() * 0.75)
}

/// A tool window's heading row: `title` on the reading side, a Close button at the row's far
/// end with the window's `more` buttons beside it. Returns whether Close was clicked.
pub fn tool_window_heading_ui(ui: &mut Ui, title: &str, more: impl FnOnce(&mut Ui)) -> bool {
    let mut closed = false;
    ui.reading_row(|ui| {
        ui.engine_heading(title);
        ui.with_layout(end_row_layout(), |ui| {
            closed = ui.engine_button(tr(Msg::Close)).clicked();
            more(ui);
        });
    });
    closed
}
