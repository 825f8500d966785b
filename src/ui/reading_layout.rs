//! Layouts that follow the way the interface reads: rows from the right and columns aligned
//! right in Arabic, labels on the reading side of their fields, menus opening from the
//! reading edge.

use egui::{Response, Ui, vec2};

use super::interface_text::{EngineText, interface_is_rtl};

/// A row laid out the way the interface reads: from the right in Arabic.
pub fn row_layout() -> egui::Layout {
    if interface_is_rtl() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    }
}

/// A row filled from its far end (the right in English, the left in Arabic): what trails a
/// row, such as a close button or the status bar's facts.
pub fn end_row_layout() -> egui::Layout {
    if interface_is_rtl() {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    }
}

/// The menu that `response` (a menu's title, a drop-down's button) opens below itself: from
/// its right edge in Arabic, its items aligned right.
pub fn reading_menu(response: &Response) -> egui::Popup<'_> {
    let rtl = interface_is_rtl();
    egui::Popup::menu(response)
        .align(if rtl {
            egui::RectAlign::BOTTOM_END
        } else {
            egui::RectAlign::BOTTOM_START
        })
        .layout(egui::Layout::top_down_justified(if rtl {
            egui::Align::Max
        } else {
            egui::Align::Min
        }))
}

/// A column laid out the way the interface reads: its items on the right in Arabic.
pub fn column_layout() -> egui::Layout {
    egui::Layout::top_down(if interface_is_rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    })
}

/// Rows and columns that follow the way the interface reads: in Arabic a row starts at the
/// right and a column's items sit on its right edge.
pub trait ReadingLayout {
    /// A row (`Ui::horizontal`), from the right in Arabic.
    fn reading_row<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// A row that wraps (`Ui::horizontal_wrapped`), from the right in Arabic.
    fn reading_row_wrapped<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
    /// A column (`Ui::vertical`), its items on the right in Arabic.
    fn reading_column<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R>;
}

impl ReadingLayout for Ui {
    fn reading_row<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if interface_is_rtl() {
            // As `horizontal` does, the row is only as tall as what is in it.
            let height = self.spacing().interact_size.y;
            self.allocate_ui_with_layout(vec2(self.available_width(), height), row_layout(), add)
        } else {
            self.horizontal(add)
        }
    }

    fn reading_row_wrapped<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if interface_is_rtl() {
            let height = self.spacing().interact_size.y;
            self.allocate_ui_with_layout(
                vec2(self.available_width(), height),
                row_layout().with_main_wrap(true),
                add,
            )
        } else {
            self.horizontal_wrapped(add)
        }
    }

    fn reading_column<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
        if interface_is_rtl() {
            self.with_layout(column_layout(), add)
        } else {
            self.vertical(add)
        }
    }
}

/// A field with its label on the reading side (left in English, right in Arabic), the
/// labels of consecutive rows `label_width` wide so their fields line up.
pub fn labelled_row_ui<R>(
    ui: &mut Ui,
    label: &str,
    label_width: f32,
    field: impl FnOnce(&mut Ui, &Response) -> R,
) -> R {
    let layout = row_layout().with_cross_align(egui::Align::Min);
    ui.allocate_ui_with_layout(vec2(ui.available_width(), 0.0), layout, |ui| {
        let label = ui
            .allocate_ui_with_layout(vec2(label_width, 0.0), column_layout(), |ui| {
                ui.set_min_width(label_width);
                ui.engine_label(label)
            })
            .inner;
        field(ui, &label)
    })
    .inner
}
