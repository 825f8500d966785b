//! The Help windows: every action with its shortcuts, generated from the one action list so it
//! cannot go stale, and About (the version, the bundled fonts and their licence).

use egui::{Context, Grid, Id, ScrollArea};

use super::shortcuts::Shortcut;
use crate::session::{Action, HelpTopic};
use crate::strings::{Msg, Text, text, tr};

/// Draws the open Help window; returns false once the editor closed it.
pub fn help_window_ui(ctx: &Context, window: HelpTopic) -> bool {
    let mut open = true;
    let (title, id) = match window {
        HelpTopic::Shortcuts => (tr(Msg::KeyboardShortcuts), "help_shortcuts"),
        HelpTopic::About => (tr(Msg::About), "help_about"),
    };
    egui::Window::new(title)
        .id(Id::unique(id))
        .open(&mut open)
        .collapsible(false)
        .default_width(460.0)
        .max_height(ctx.content_rect().height() * 0.8)
        .show(ctx, |ui| {
            ScrollArea::vertical().show(ui, |ui| match window {
                HelpTopic::Shortcuts => shortcuts_ui(ui),
                HelpTopic::About => about_ui(ui),
            });
        });
    open && !ctx.input(|i| i.key_pressed(egui::Key::Escape))
}

/// One table per menu: each action, and all its shortcuts.
fn shortcuts_ui(ui: &mut egui::Ui) {
    for menu in Action::MENUS {
        ui.strong(tr(menu));
        Grid::new(("shortcuts", menu))
            .num_columns(2)
            .striped(true)
            // One width for every menu's table, so the shortcuts line up down the window.
            .min_col_width(220.0)
            .spacing([24.0, 4.0])
            .show(ui, |ui| {
                for &action in Action::ALL.iter().filter(|a| a.menu() == menu) {
                    ui.label(action.label());
                    ui.label(all_shortcuts_text(ui.ctx(), action));
                    ui.end_row();
                }
            });
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
        all.join(", ")
    }
}

fn about_ui(ui: &mut egui::Ui) {
    ui.heading(tr(Msg::AppName));
    ui.label(text(&Text::VersionLine {
        version: env!("CARGO_PKG_VERSION").into(),
    }));
    ui.label(tr(Msg::AboutLine));
    ui.add_space(8.0);
    ui.strong(tr(Msg::FontsAndLicences));
    for font in crate::fonts::ALL {
        ui.label(format!("{} — {}", font.name, crate::fonts::LICENCE_NAME));
    }
    ui.weak(crate::fonts::COPYRIGHT);
    egui::CollapsingHeader::new(crate::fonts::LICENCE_NAME)
        .id_salt("font_licence")
        .show(ui, |ui| {
            ui.add(egui::Label::new(crate::fonts::LICENCE_TEXT).wrap());
        });
}
