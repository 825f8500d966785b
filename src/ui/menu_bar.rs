//! The menu bar, built from the one action list: each menu holds the actions that name it, in
//! the list's order, greyed out when they cannot run, with their shortcuts.

use egui::Ui;

use crate::session::Action;
use crate::strings::tr;

/// Draws the menus; returns the action chosen, if any. `can_run` greys out what cannot run
/// now; `checked` says which switches are on.
pub fn menu_bar_ui(
    ui: &mut Ui,
    can_run: impl Fn(Action) -> bool,
    checked: impl Fn(Action) -> Option<bool>,
) -> Option<Action> {
    let mut chosen = None;
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Action::MENUS {
            ui.menu_button(tr(menu), |ui| {
                let mut first = true;
                for &action in Action::ALL.iter().filter(|a| a.menu() == menu) {
                    if action.starts_group() && !first {
                        ui.separator();
                    }
                    first = false;
                    let shortcut = action.shortcut_text(ui.ctx());
                    let button =
                        egui::Button::selectable(checked(action).unwrap_or(false), action.label())
                            .shortcut_text(shortcut);
                    if ui.add_enabled(can_run(action), button).clicked() {
                        chosen = Some(action);
                    }
                }
            });
        }
    });
    chosen
}
