//! The one place the interface shows and edits the editor's own text.
//!
//! Every headline, title, excerpt and commentary goes through these functions, which draw with
//! Nashra's text engine ([`crate::text`]) so Arabic runs right to left with Latin and digits in
//! place. No user text is laid out by egui itself.

use egui::{Response, Sense, TextEdit, Ui, vec2};

use crate::model::{Direction, Edit, TextChange, TextField};
use crate::text::{TextEngine, TextStyle};

/// How a piece of user text is styled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// Body text: excerpts, commentary, introduction.
    Body,
    /// Headlines and titles.
    Heading,
    /// Rows of lists and the outline.
    Row,
}

impl TextRole {
    /// The engine style for this role.
    pub fn style(self) -> TextStyle {
        match self {
            Self::Body => TextStyle::BODY,
            Self::Heading => TextStyle::HEADING,
            Self::Row => TextStyle::ROW,
        }
    }

    /// The egui font for this role (interface fields that still use egui's own layout).
    pub fn font_id(self) -> egui::FontId {
        let style = self.style();
        egui::FontId::new(style.size_pts, crate::fonts::text_family())
    }
}

/// Read-only user text, wrapped to the available width, aligned by its own direction.
pub fn bidi_label_ui(ui: &mut Ui, engine: &mut TextEngine, text: &str, role: TextRole) -> Response {
    let width = ui.available_width().max(1.0);
    let direction = Direction::Auto.resolve(text, None);
    let ppp = ui.ctx().pixels_per_point();
    let size = engine
        .label(text, direction, role.style(), ppp, Some(width))
        .size_pts();
    let (rect, response) = ui.allocate_exact_size(vec2(width, size.y), Sense::hover());
    if ui.is_rect_visible(rect) {
        let color = ui.visuals().text_color();
        engine.paint_label(
            ui.painter(),
            text,
            direction,
            role.style(),
            Some(width),
            rect.min,
            color,
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A clickable row showing user text (the outline's picks): one line, highlighted when
/// selected or hovered.
pub fn user_text_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    selected: bool,
) -> Response {
    let width = ui.available_width().max(1.0);
    let padding = ui.spacing().button_padding;
    let direction = Direction::Auto.resolve(text, None);
    let ppp = ui.ctx().pixels_per_point();
    let text_width = width - 2.0 * padding.x;
    let size = engine
        .label(text, direction, TextStyle::ROW, ppp, Some(text_width))
        .size_pts();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, size.y + 2.0 * padding.y), Sense::click());
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() || response.has_focus() {
            ui.painter()
                .rect_filled(rect, visuals.corner_radius, visuals.weak_bg_fill);
        }
        engine.paint_label(
            ui.painter(),
            text,
            direction,
            TextStyle::ROW,
            Some(text_width),
            rect.min + padding,
            visuals.text_color(),
        );
    }
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, text));
    response
}

/// An editing pane for one field of the issue. Returns the edit the editor made this frame,
/// as the smallest text change, for the caller to queue as a command.
pub fn user_text_edit_ui(
    ui: &mut Ui,
    field: TextField,
    current: &str,
    role: TextRole,
    hint: &str,
) -> (Response, Option<Edit>) {
    let mut buffer = current.to_owned();
    let editor = if field.is_prose() {
        TextEdit::multiline(&mut buffer).desired_rows(4)
    } else {
        TextEdit::singleline(&mut buffer)
    };
    let response = ui.add(
        editor
            .id_salt(field)
            .font(role.font_id())
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    );
    let edit = TextChange::between(current, &buffer).map(|change| Edit::Text { field, change });
    (response, edit)
}
