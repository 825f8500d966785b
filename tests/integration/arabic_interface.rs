//! The interface in Arabic: every word of it laid out by Nashra's text engine (the test walks
//! the menus, the views, the palette, the Help windows and a dialog, and fails on any text
//! egui drew itself), the window mirrored (outline on the right, inbox on the left, labels to
//! the right of their fields), the language switched without restarting, and a snapshot of the
//! Arabic window.

use egui::epaint::ClippedShape;
use egui::{Key, Modifiers, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::i18n::Language;
use nashra::model::{Inbox, Issue, Section};
use nashra::session::{Action, AppOptions, Command, Selection};
use nashra::strings::{Msg, tr};
use nashra::ui::NashraApp;

use super::support::{app_harness, pick};

/// A library holding one issue (a section with a pick) and an inbox with a story.
fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = Issue::new(54, "اختيارات المحررة", jiff::civil::date(2026, 11, 27));
    let mut section = Section::new("القصة الرئيسية");
    section.picks.push(pick(
        "Sequoia تنضم إلى المستثمرين في xAI",
        "https://www.ft.com/content/xai",
    ));
    issue.sections = vec![section];
    nashra::io::save_issue(&dir.path().join("issue-054.ron"), &issue).expect("save");
    let library = nashra::io::Library::open(dir.path()).expect("library");
    let mut inbox = Inbox::default();
    inbox
        .entries
        .push(pick("OpenAI تجمع 13 مليار دولار", "https://example.com/a"));
    library.save_inbox(&inbox).expect("inbox");
    dir
}

fn app(dir: &tempfile::TempDir, language: Language) -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions {
        library: Some(dir.path().to_owned()),
        language: Some(language),
        ..AppOptions::default()
    }));
    h.run();
    h
}

/// The texts egui laid out and drew itself in the last frame.
fn egui_texts(h: &Harness<'static, NashraApp>) -> Vec<String> {
    fn walk(shape: &Shape, out: &mut Vec<String>) {
        match shape {
            Shape::Text(text) if !text.galley.text().trim().is_empty() => {
                out.push(text.galley.text().to_owned());
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape { shape, .. } in &h.output().shapes {
        walk(shape, &mut out);
    }
    out
}

/// The open issue's first pick.
fn first_pick(h: &Harness<'static, NashraApp>) -> nashra::model::StoryId {
    let session = h.state().session();
    let issue = session.open_issue().document.issue();
    issue.picks().next().expect("a pick").story.id
}

fn no_egui_text(h: &Harness<'static, NashraApp>, place: &str) {
    let texts = egui_texts(h);
    assert!(
        texts.is_empty(),
        "{place}: egui laid out these itself: {texts:?}"
    );
}

fn run_action(h: &mut Harness<'static, NashraApp>, action: Action) {
    h.state_mut().push_command(Command::Run(action));
    h.run();
}

#[test]
fn no_interface_text_is_laid_out_by_egui_in_arabic() {
    let dir = library();
    let mut h = app(&dir, Language::Arabic);
    no_egui_text(&h, "the window");

    for menu in Action::MENUS {
        h.get_by_label(tr(menu)).click();
        h.run();
        // The menu's first item is there, in Arabic, and drawn by the engine.
        let first = Action::ALL
            .iter()
            .find(|a| a.menu() == menu)
            .expect("an item");
        assert!(
            h.query_all_by_label_contains(first.label())
                .next()
                .is_some(),
            "{} in its menu",
            first.label()
        );
        no_egui_text(&h, tr(menu));
        h.key_press(Key::Escape);
        h.run();
    }

    for view in [Msg::Library, Msg::Search, Msg::Preview] {
        h.get_by_label(tr(view)).click();
        h.run();
        no_egui_text(&h, tr(view));
    }
    // The issue's own fields, then a pick's.
    h.get_all_by_label_contains("اختيارات المحررة")
        .next()
        .expect("the issue in the outline")
        .click();
    h.run();
    no_egui_text(&h, "the issue's fields");
    // The drop-down is named by its label.
    h.get_by_role_and_label(egui::accesskit::Role::Button, tr(Msg::Status))
        .click();
    h.run();
    no_egui_text(&h, "the status drop-down");
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Sequoia تنضم إلى المستثمرين في xAI").click();
    h.run();
    no_egui_text(&h, "a pick's fields");
    // Formatting marks, named above the text.
    let story = first_pick(&h);
    h.state_mut()
        .push_command(Command::Edit(nashra::model::Edit::Text {
            field: nashra::model::TextField::Commentary(story),
            change: nashra::model::TextChange::insert(0, "\u{200F}"),
        }));
    run_action(&mut h, Action::ToggleMarks);
    no_egui_text(&h, "formatting marks");
    run_action(&mut h, Action::ToggleMarks);

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.run();
    no_egui_text(&h, "the command palette");
    h.key_press(Key::Escape);
    h.run();

    run_action(&mut h, Action::CheckIssueSpelling);
    no_egui_text(&h, "the list of misspellings");
    h.state_mut().push_command(Command::CloseMisspellings);
    h.run();

    run_action(&mut h, Action::CheckIssue);
    assert!(h.state().session().preflight().is_some());
    no_egui_text(&h, "the pre-flight check");
    h.state_mut().push_command(Command::ClosePreflight);
    h.run();
    run_action(&mut h, Action::LibrarySettings);
    assert!(h.query_by_label(tr(Msg::UtmTagging)).is_some());
    no_egui_text(&h, "the library settings");
    h.state_mut().push_command(Command::CloseLibrarySettings);
    h.run();

    run_action(&mut h, Action::Shortcuts);
    no_egui_text(&h, "the shortcuts window");
    h.get_by_label(tr(Msg::Close)).click();
    h.run();
    run_action(&mut h, Action::About);
    no_egui_text(&h, "About");
    h.get_by_label(tr(Msg::Close)).click();
    h.run();

    // A dialog: a new issue with unsaved changes asks first.
    h.state_mut()
        .push_command(Command::Edit(nashra::model::Edit::SetNumber(55)));
    h.run();
    run_action(&mut h, Action::New);
    assert!(
        h.query_by_label(tr(Msg::Discard)).is_some(),
        "the dialog is open"
    );
    no_egui_text(&h, "the unsaved-changes dialog");
}

#[test]
fn the_arabic_window_is_mirrored() {
    let dir = library();
    let h = app(&dir, Language::Arabic);
    let width = h.ctx.content_rect().width();
    let outline = h.get_by_label(tr(Msg::Library)).rect();
    let inbox = h.get_by_label_contains("الوارد").rect();
    assert!(
        outline.left() > width / 2.0,
        "the outline is on the right: {outline:?}"
    );
    assert!(
        inbox.right() < width / 2.0,
        "the inbox is on the left: {inbox:?}"
    );
    // The menu bar starts at the right: File is right of Help.
    let file = h.get_by_label(tr(Msg::MenuFile)).rect();
    let help = h.get_by_label(tr(Msg::MenuHelp)).rect();
    assert!(file.left() > help.right(), "{file:?} {help:?}");
}

#[test]
fn labels_sit_right_of_their_fields_in_arabic() {
    let dir = library();
    let mut h = app(&dir, Language::Arabic);
    h.get_all_by_label_contains("اختيارات المحررة")
        .next()
        .expect("the issue in the outline")
        .click();
    h.run();
    let label = h
        .get_by_role_and_label(egui::accesskit::Role::Label, tr(Msg::Date))
        .rect();
    let field = h.get_by_role_and_label(egui::accesskit::Role::TextInput, tr(Msg::Date));
    assert!(
        label.left() >= field.rect().right(),
        "{label:?} is right of {:?}",
        field.rect()
    );
}

#[test]
fn the_language_switches_without_restarting() {
    let dir = library();
    let mut h = app(&dir, Language::English);
    h.get_by_label("File");
    let outline_before = h.get_by_label("Library").rect();
    run_action(&mut h, Action::InterfaceArabic);
    h.run();
    h.get_by_label("ملف");
    assert!(h.query_by_label("File").is_none());
    let outline_after = h.get_by_label(tr(Msg::Library)).rect();
    assert!(outline_after.left() > outline_before.right(), "moved right");
    assert_eq!(
        h.state().session().selection(),
        Selection::Issue,
        "nothing else changed"
    );
    run_action(&mut h, Action::InterfaceEnglish);
    h.run();
    h.get_by_label("File");
}

/// The window on the bundled sample's first pick, in `language` (a library would put its
/// temporary path in the status bar).
fn sample_window(language: Language) -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions {
        language: Some(language),
        ..AppOptions::default()
    }));
    h.run();
    let first = nashra::io::parse_issue(
        nashra::io::SAMPLE_RON.as_bytes(),
        std::path::Path::new("sample.ron"),
    )
    .expect("sample")
    .issue
    .picks()
    .next()
    .expect("a pick")
    .story
    .headline
    .clone();
    h.get_by_label(&first).click();
    h.run();
    h
}

/// Anti-aliased glyph edges may differ by a few pixels between Mesa versions.
fn window_snapshot_options() -> egui_kittest::SnapshotOptions {
    egui_kittest::SnapshotOptions::default().max_failed_pixels(400)
}

#[test]
fn snapshot_of_the_arabic_window() {
    let mut h = sample_window(Language::Arabic);
    h.snapshot_options("arabic_window", &window_snapshot_options());
}

#[test]
fn snapshot_of_the_english_window() {
    let mut h = sample_window(Language::English);
    h.snapshot_options("english_window", &window_snapshot_options());
}

#[test]
fn screen_readers_get_arabic_names_and_their_direction() {
    use egui_kittest::kittest::NodeT as _;
    let dir = library();
    let h = app(&dir, Language::Arabic);
    let file = h.get_by_label(tr(Msg::MenuFile));
    let node = file.accesskit_node();
    assert_eq!(node.label().as_deref(), Some("ملف"));
    assert_eq!(
        node.data().text_direction(),
        Some(egui::accesskit::TextDirection::RightToLeft)
    );
}

/// In Arabic the scroll bar is on the left, and dragging it scrolls.
#[test]
fn the_arabic_scroll_bar_is_on_the_left() {
    let mut h = sample_window(Language::Arabic);
    let first = first_pick(&h);
    let long = vec!["فقرة طويلة من التعليق على الخبر."; 80].join("\n");
    let field = nashra::model::TextField::Commentary(first);
    let len = field
        .get(h.state().session().open_issue().document.desk())
        .expect("the commentary")
        .text()
        .len();
    h.state_mut()
        .push_command(Command::Edit(nashra::model::Edit::Text {
            field,
            change: nashra::model::TextChange::replace(0..len, long),
        }));
    h.run();
    let headline_label = h
        .get_by_role_and_label(egui::accesskit::Role::Label, tr(Msg::Headline))
        .rect();
    let headline = h
        .get_by_role_and_label(egui::accesskit::Role::TextInput, tr(Msg::Headline))
        .rect();
    // Nothing of egui's own bar on the right of the main area.
    let x = headline.left() + 2.0;
    let top = headline_label.top() + 4.0;
    let bottom = h.ctx.content_rect().bottom() - 40.0;
    h.hover_at(egui::pos2(x, top));
    h.drag_at(egui::pos2(x, top));
    h.run();
    h.hover_at(egui::pos2(x, bottom));
    h.run();
    h.drop_at(egui::pos2(x, bottom));
    h.run();
    let after = h
        .get_by_role_and_label(egui::accesskit::Role::Label, tr(Msg::Headline))
        .rect();
    assert!(
        after.top() < headline_label.top() - 200.0,
        "dragging the left bar scrolled down: {headline_label:?} → {after:?}"
    );
}
