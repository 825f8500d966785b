//! The Edit, View and Help menus and the command palette, driven headless with egui_kittest:
//! each item does what its shortcut does, the shortcuts window is the action list, disabled
//! actions say why.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::model::{Direction, StoryText, TextField};
use nashra::session::{Action, AppOptions};
use nashra::ui::NashraApp;

use super::support::{app_harness, copied_text, sample_issue};

fn sample_app() -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions::default()));
    h.run();
    h
}

/// The sample's first pick, selected, with the caret at the end of its headline.
fn editing_first_headline() -> (Harness<'static, NashraApp>, nashra::model::StoryId) {
    let mut h = sample_app();
    let pick = sample_issue().picks().next().expect("a pick").story.clone();
    h.get_by_label(&pick.headline).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Headline").click();
    h.run();
    h.key_press(Key::End);
    h.run();
    (h, pick.id)
}

/// Chooses `item` of `menu`; returns the text put on the clipboard meanwhile, if any.
fn menu_item(h: &mut Harness<'static, NashraApp>, menu: &str, item: &str) -> Option<String> {
    h.get_by_label(menu).click();
    h.run();
    h.get_by_label_contains(item).click();
    // Frame by frame: the clipboard is in the output of the frame that copied.
    let mut copied = None;
    for _ in 0..4 {
        h.step();
        copied = copied.or_else(|| copied_text(h));
    }
    h.run();
    copied
}

fn headline(h: &Harness<'static, NashraApp>, id: nashra::model::StoryId) -> String {
    h.state()
        .session()
        .open_issue()
        .document
        .desk()
        .entry(id)
        .expect("story")
        .story
        .headline
        .clone()
}

#[test]
fn the_edit_menu_lists_clipboard_and_direction_commands_with_shortcuts() {
    let (mut h, _) = editing_first_headline();
    h.get_by_label("Edit").click();
    h.run();
    for label in [
        "Cut Ctrl+X",
        "Copy Ctrl+C",
        "Paste Ctrl+V",
        "Select all Ctrl+A",
        "Paste as plain text Ctrl+Shift+V",
        "Bold Ctrl+B",
        "Italic Ctrl+I",
        "Link… Ctrl+K",
        "Paragraph right to left Ctrl+Right Shift",
        "Paragraph left to right Ctrl+Left Shift",
        "Paragraph direction: auto Ctrl+Shift+A",
        "Insert RLM Ctrl+Shift+M",
        "Insert LRM Ctrl+Shift+J",
        "Isolate Latin run Ctrl+Shift+I",
    ] {
        h.get_by_label(label);
    }
}

#[test]
fn select_all_and_cut_from_the_menu_act_on_the_field_with_the_caret() {
    let (mut h, id) = editing_first_headline();
    let before = headline(&h, id);
    // Nothing is selected yet: Cut is greyed out, and says why.
    assert_eq!(
        h.state().session().availability(Action::Cut),
        Err(nashra::strings::Msg::WhyNoSelection)
    );
    menu_item(&mut h, "Edit", "Select all");
    let copied = menu_item(&mut h, "Edit", "Cut");
    assert_eq!(headline(&h, id), "", "the whole headline was cut");
    assert_eq!(copied.as_deref(), Some(before.as_str()));
    // The caret is back in the headline: what she types goes there.
    h.get_by_role_and_label(Role::TextInput, "Headline")
        .type_text("عنوان");
    h.run();
    assert_eq!(headline(&h, id), "عنوان");
    // Undo takes the typing back, then the cut, as with Ctrl+X.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(headline(&h, id), before);
}

#[test]
fn copy_from_the_menu_copies_the_selection() {
    let (mut h, id) = editing_first_headline();
    let text = headline(&h, id);
    h.key_press_modifiers(Modifiers::SHIFT, Key::Home);
    h.run();
    let copied = menu_item(&mut h, "Edit", "Copy");
    assert_eq!(copied.as_deref(), Some(text.as_str()));
    assert_eq!(headline(&h, id), text, "copying changes nothing");
}

#[test]
fn paste_from_the_menu_asks_for_the_clipboard_into_the_field() {
    let (mut h, id) = editing_first_headline();
    let before = headline(&h, id);
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Paste Ctrl+V").click();
    h.step();
    let asked = h.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::RequestPaste))
    });
    assert!(asked, "the menu asks the platform for the clipboard");
    // The platform answers with a paste event: it lands in the headline, not in the inbox.
    h.event(egui::Event::Paste(" — OpenAI".to_owned()));
    h.run();
    assert_eq!(headline(&h, id), format!("{before} — OpenAI"));
}

#[test]
fn direction_commands_from_the_menu_and_shortcuts_edit_the_caret_paragraph() {
    let (mut h, id) = editing_first_headline();
    let field = TextField::Story(id, StoryText::Headline);
    let direction = |h: &Harness<'static, NashraApp>| {
        field
            .settings(h.state().session().open_issue().document.desk(), 0)
            .expect("settings")
            .direction
    };
    menu_item(&mut h, "Edit", "Paragraph left to right");
    assert_eq!(direction(&h), Direction::Ltr);
    // Already left to right: the item is greyed out, with the reason.
    assert_eq!(
        h.state().session().availability(Action::DirectionLtr),
        Err(nashra::strings::Msg::WhyAlreadyThatWay)
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    h.run();
    assert_eq!(direction(&h), Direction::Auto);

    let before = headline(&h, id);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run();
    assert_eq!(headline(&h, id), format!("{before}\u{200F}"));
    // The caret stayed in the headline, after the mark.
    h.get_by_role_and_label(Role::TextInput, "Headline")
        .type_text("x");
    h.run();
    assert_eq!(headline(&h, id), format!("{before}\u{200F}x"));
}

#[test]
fn the_view_menu_zooms_and_switches_to_a_light_theme_that_is_remembered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = nashra::io::SettingsStore::at(dir.path().join("settings.ron"));
    let options = || AppOptions {
        settings: Some(settings.clone()),
        ..AppOptions::default()
    };
    let mut h = app_harness(NashraApp::new(options()));
    h.run();
    let zoom = h.ctx.zoom_factor();
    menu_item(&mut h, "View", "Zoom in");
    assert!(h.ctx.zoom_factor() > zoom);
    menu_item(&mut h, "View", "Normal size");
    assert_eq!(h.ctx.zoom_factor(), 1.0);

    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    menu_item(&mut h, "View", "Light theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    assert_eq!(
        h.state().session().is_checked(Action::ToggleLightTheme),
        Some(true)
    );

    let mut again = app_harness(NashraApp::new(options()));
    again.run();
    assert_eq!(again.ctx.theme(), egui::Theme::Light, "remembered");
}

#[test]
fn the_shortcuts_window_lists_every_action_of_the_one_list() {
    let mut h = sample_app();
    h.key_press(Key::F1);
    h.run();
    // The window (named by its title), the title drawn in it, and the action's own row.
    assert_eq!(h.query_all_by_label("Keyboard shortcuts").count(), 3);
    for action in Action::ALL {
        assert!(
            h.query_all_by_label(action.label()).next().is_some(),
            "{action:?} is listed"
        );
    }
    h.get_by_label("Ctrl+Shift+Z, Ctrl+Y");
    h.get_by_label("Ctrl+Right Shift, Ctrl+Shift+R");
    h.get_by_label("Ctrl+Shift+P");
}

#[test]
fn about_names_the_version_and_the_fonts_licence() {
    let mut h = sample_app();
    menu_item(&mut h, "Help", "About Nashra");
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label("NotoNaskhArabic-Regular — SIL Open Font License, Version 1.1");
}

#[test]
fn the_palette_finds_an_action_by_name_and_runs_it() {
    let mut h = sample_app();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    let query = h.get_by_role_and_label(Role::TextInput, "Find an action…");
    assert!(query.is_focused(), "the caret is in the palette");
    query.type_text("marks");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().session().shows_marks(), "Enter ran the action");
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Find an action…")
            .is_none(),
        "the palette closed"
    );
}

#[test]
fn the_palette_greys_out_what_cannot_run_and_says_why() {
    let mut h = sample_app();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Find an action…")
        .type_text("undo");
    h.run();
    h.get_by_label("Nothing to undo");
    // Enter on a disabled action does nothing; Escape closes.
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Find an action…")
            .is_some()
    );
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Find an action…")
            .is_none()
    );
}

#[test]
fn the_palette_ignores_case_and_moves_with_the_arrow_keys() {
    let found = nashra::ui::matching_actions("PARAGRAPH");
    assert_eq!(
        found,
        vec![
            Action::DirectionRtl,
            Action::DirectionLtr,
            Action::DirectionAuto
        ]
    );
    let mut h = sample_app();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Find an action…")
        .type_text("zoom");
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    let zoom = h.ctx.zoom_factor();
    h.key_press(Key::Enter);
    h.run();
    assert!(
        h.ctx.zoom_factor() < zoom,
        "the second match, Zoom out, ran"
    );
}
