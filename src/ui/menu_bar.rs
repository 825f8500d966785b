//! The menu bar, built from the one action list: each menu holds the actions that name it, in
//! the list's order, greyed out when they cannot run, with their shortcuts. In Arabic the bar
//! runs from the right, and each menu opens from its title's right edge, its items aligned
//! right.

use egui::containers::menu::MenuConfig;
use egui::{Id, Popup, PopupCloseBehavior, SetOpenCommand, Ui};

use crate::session::Action;
use crate::strings::tr;
use crate::ui::interface_text::{EngineText, reading_menu, row_layout};

/// Draws the menus; returns the action chosen, if any. `can_run` greys out what cannot run
/// now; `checked` says which switches are on.
pub fn menu_bar_ui(
    ui: &mut Ui,
    can_run: impl Fn(Action) -> bool,
    checked: impl Fn(Action) -> Option<bool>,
) -> Option<Action> {
    let mut chosen = None;
    egui::MenuBar::new().ui(ui, |ui| {
        let open_menu = Id::unique("nashra_menu_bar_open");
        ui.with_layout(row_layout(), |ui| {
            for menu in Action::MENUS {
                menu_ui(ui, open_menu, tr(menu), |ui| {
                    let mut first = true;
                    for &action in Action::ALL.iter().filter(|a| a.menu() == menu) {
                        if action.starts_group() && !first {
                            ui.separator();
                        }
                        first = false;
                        let shortcut = action.shortcut_text(ui.ctx());
                        let checked = checked(action).unwrap_or(false);
                        let item = ui.add_enabled(can_run(action), |ui: &mut egui::Ui| {
                            ui.engine_menu_item(checked, action.label(), &shortcut)
                        });
                        if item.clicked() {
                            chosen = Some(action);
                        }
                    }
                });
            }
        });
    });
    chosen
}

/// One menu of the bar: its title, and its items in a popup below it. While a menu of the bar
/// is open, hovering another title opens that one instead (as in every desktop menu bar);
/// `open_menu` remembers which is open.
fn menu_ui(ui: &mut Ui, open_menu: Id, title: &str, items: impl FnOnce(&mut Ui)) {
    let response = ui.engine_button(title);
    let mut popup = reading_menu(&response).close_behavior(PopupCloseBehavior::CloseOnClick);
    let popup_id = popup.get_id();
    if response.hovered() && !response.clicked() {
        let open_now = ui.data(|d| d.get_temp::<Id>(open_menu));
        if let Some(open_now) = open_now
            && open_now != popup_id
            && Popup::is_id_open(ui.ctx(), open_now)
        {
            popup = popup.open_memory(Some(SetOpenCommand::Bool(true)));
        }
    }
    let shown = popup
        .info(
            egui::UiStackInfo::new(egui::UiKind::Menu)
                .with_tag_value(MenuConfig::MENU_CONFIG_TAG, MenuConfig::default()),
        )
        .show(items);
    if shown.is_some() {
        ui.data_mut(|d| d.insert_temp(open_menu, popup_id));
    }
}
