//! The Help windows: every action with its shortcuts, generated from the one action list so it
//! cannot go stale, and About (the version, the bundled fonts and their licence).

use egui::{Context, Id, ScrollArea};

use super::shortcuts::Shortcut;
use super::tool_window::{tool_window, tool_window_heading_ui};
use crate::session::{Action, HelpTopic};
use crate::strings::{Msg, Text, text, tr};
use crate::ui::interface_text::{EngineText, ReadingLayout, labelled_row_ui};

/// Draws the open Help window; returns false once the editor closed it.
pub fn help_window_ui(ctx: &Context, window: HelpTopic) -> bool {
    let mut open = true;
    let (title, id) = match window {
        HelpTopic::Shortcuts => (tr(Msg::KeyboardShortcuts), "help_shortcuts"),
        HelpTopic::About => (tr(Msg::About), "help_about"),
    };
    // No egui title bar: the title and the close button are the engine's words.
    tool_window(ctx, Id::unique(id), title, 460.0).show(ctx, |ui| {
        if tool_window_heading_ui(ui, title, |_| ()) {
            open = false;
        }
        ui.separator();
        ScrollArea::vertical().show(ui, |ui| {
            ui.reading_column(|ui| match window {
                HelpTopic::Shortcuts => shortcuts_ui(ui),
                HelpTopic::About => about_ui(ui),
            })
        });
    });
    open && !ctx.input(|i| i.key_pressed(egui::Key::Escape))
}

/// One table per menu: each action, and all its shortcuts.
fn shortcuts_ui(ui: &mut egui::Ui) {
    for menu in Action::MENUS {
        ui.engine_strong(tr(menu));
        // One width for every action's name, so the shortcuts line up down the window.
        for &action in Action::ALL.iter().filter(|a| a.menu() == menu) {
            labelled_row_ui(ui, action.label(), 220.0, |ui, _| {
                ui.engine_label(all_shortcuts_text(ui.ctx(), action));
            });
        }
        if menu == Msg::MenuEdit {
            // What the Edit menu's formatting does, where it is not obvious.
            ui.engine_weak(tr(Msg::HelpFormatting));
        }
        ui.add_space(8.0);
    }
}

/// Every shortcut of `action`, written out and joined ("Ctrl+Shift+Z  or  Ctrl+Y"), or a dash.
pub fn all_shortcuts_text(ctx: &Context, action: Action) -> String {
    let all: Vec<String> = action
        .shortcuts()
        .iter()
        .map(|s| Shortcut::text(*s, ctx))
        .collect();
    if all.is_empty() {
        "—".to_owned()
    } else {
        all.join(tr(Msg::ListSeparator))
    }
}

fn about_ui(ui: &mut egui::Ui) {
    ui.engine_heading(tr(Msg::AppName));
    ui.engine_label(text(&Text::VersionLine {
        version: env!("CARGO_PKG_VERSION").into(),
    }));
    ui.engine_label(tr(Msg::AboutLine));
    ui.add_space(8.0);
    ui.engine_strong(tr(Msg::FontsAndLicences));
    for font in crate::fonts::ALL {
        ui.engine_label(format!("{} — {}", font.name, crate::fonts::LICENCE_NAME));
    }
    ui.engine_weak(crate::fonts::COPYRIGHT);
    // The licence's full text, shown on demand (it is long, and in English).
    let shown_id = Id::unique("font_licence_shown");
    let mut shown = ui.data(|d| d.get_temp::<bool>(shown_id).unwrap_or(false));
    if ui
        .engine_selectable(shown, crate::fonts::LICENCE_NAME)
        .clicked()
    {
        shown = !shown;
        ui.data_mut(|d| d.insert_temp(shown_id, shown));
    }
    if shown {
        ui.engine_label(crate::fonts::LICENCE_TEXT);
    }
}
