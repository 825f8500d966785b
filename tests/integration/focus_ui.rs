//! Nothing moves under the pointer when a field takes the caret: a double-click on any kind of
//! field that did not have it selects a word, a triple-click its paragraph, the field stays where
//! it was, and the issue is unchanged. (The direction toolbar once appeared above the field being
//! edited and pushed it down, so the second click of a double-click landed on the toolbar.)

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::model::Language;
use nashra::session::AppOptions;
use nashra::ui::NashraApp;

use super::support::{copied_text, sample_issue};

/// Which side of its pane a field's text starts on.
#[derive(Clone, Copy)]
enum Start {
    Right,
    Left,
}

/// A field as the test finds it: the role and name screen readers get, and where its first
/// word is.
struct FieldUnderTest {
    role: Role,
    label: String,
    start: Start,
    /// The field's first paragraph, as a triple-click selects it.
    first_paragraph: String,
}

fn pane_rect(h: &Harness<'_, NashraApp>, field: &FieldUnderTest) -> Rect {
    h.get_by_role_and_label(field.role, &field.label).rect()
}

fn press(h: &mut Harness<'static, NashraApp>, pos: Pos2, pressed: bool) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
    h.step();
}

/// `count` clicks at `pos` in quick succession (a frame apart each press and release), after
/// long enough that no click before counts with them.
fn clicks(h: &mut Harness<'static, NashraApp>, pos: Pos2, count: usize) {
    for _ in 0..60 {
        h.step();
    }
    h.event(Event::PointerMoved(pos));
    h.step();
    for _ in 0..count {
        press(h, pos, true);
        press(h, pos, false);
    }
    h.run();
}

/// What Ctrl+C puts on the clipboard now.
fn copy(h: &mut Harness<'static, NashraApp>) -> String {
    h.event(Event::Copy);
    h.step();
    let copied = copied_text(h).unwrap_or_default();
    h.run();
    copied
}

/// Takes the caret out of the field that has it (Escape), so the next click is on a field
/// without the caret.
fn unfocus(h: &mut Harness<'static, NashraApp>) {
    h.key_press(Key::Escape);
    h.run();
}

fn check_field(h: &mut Harness<'static, NashraApp>, field: &FieldUnderTest) {
    unfocus(h);
    let before = pane_rect(h, field);
    let issue_before = h.state().session().open_issue().document.desk().clone();
    let revision = h.state().session().open_issue().document.revision();
    let x = match field.start {
        Start::Right => before.right() - 14.0,
        Start::Left => before.left() + 14.0,
    };
    let pos = Pos2::new(x, before.top() + 12.0);

    clicks(h, pos, 2);
    assert_eq!(
        pane_rect(h, field),
        before,
        "{}: the field moved when it took the caret",
        field.label
    );
    let word = copy(h);
    assert!(
        !word.is_empty() && !word.contains(char::is_whitespace),
        "{}: a double-click selects one word, not {word:?}",
        field.label
    );
    assert!(
        field.first_paragraph.contains(&word),
        "{}: {word:?} is not a word of {:?}",
        field.label,
        field.first_paragraph
    );

    unfocus(h);
    clicks(h, pos, 3);
    assert_eq!(pane_rect(h, field), before, "{}: moved", field.label);
    assert_eq!(
        copy(h),
        field.first_paragraph,
        "{}: a triple-click selects the paragraph",
        field.label
    );

    let document = &h.state().session().open_issue().document;
    assert_eq!(
        document.revision(),
        revision,
        "{}: an edit was made",
        field.label
    );
    assert_eq!(document.desk(), &issue_before, "{}: changed", field.label);
}

/// The app at 60 frames a second (kittest's default step is a quarter of a second, longer than
/// a double-click lasts).
fn harness(language: Language) -> Harness<'static, NashraApp> {
    let app = NashraApp::new(AppOptions {
        language: Some(language),
        ..AppOptions::default()
    });
    let mut h = Harness::builder()
        .with_size([1200.0, 900.0])
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(nashra::fonts::install)
        .build_ui_state(|ui, app: &mut NashraApp| app.frame_ui(ui), app);
    h.run();
    h
}

fn issue_fields(language: Language) -> Vec<FieldUnderTest> {
    let issue = sample_issue();
    let label = |en: &str, ar: &str| match language {
        Language::English => en.to_owned(),
        Language::Arabic => ar.to_owned(),
    };
    vec![
        FieldUnderTest {
            role: Role::TextInput,
            label: label("Title", "عنوان العدد"),
            start: Start::Right,
            first_paragraph: issue.title.clone(),
        },
        FieldUnderTest {
            role: Role::MultilineTextInput,
            label: label("Introduction", "المقدمة"),
            start: Start::Right,
            first_paragraph: issue.intro.paragraphs()[0].text.clone(),
        },
        FieldUnderTest {
            role: Role::TextInput,
            label: label("Section 1", "القسم 1"),
            start: Start::Right,
            first_paragraph: issue.sections[0].title.clone(),
        },
    ]
}

fn story_fields() -> Vec<FieldUnderTest> {
    let issue = sample_issue();
    let pick = issue.picks().next().expect("a pick");
    let story = &pick.story;
    let field = |role, label: &str, start, text: &str| FieldUnderTest {
        role,
        label: label.to_owned(),
        start,
        first_paragraph: text.to_owned(),
    };
    vec![
        field(Role::TextInput, "Headline", Start::Right, &story.headline),
        field(Role::TextInput, "Source", Start::Left, &story.source),
        field(Role::TextInput, "URL", Start::Left, &story.url),
        field(Role::TextInput, "Author", Start::Left, &story.author),
        field(
            Role::TextInput,
            "Tags",
            Start::Right,
            &story.tags.join("، "),
        ),
        field(
            Role::MultilineTextInput,
            "Excerpt",
            Start::Right,
            &story.excerpt.paragraphs()[0].text,
        ),
        field(
            Role::MultilineTextInput,
            "Commentary",
            Start::Right,
            &pick.commentary.paragraphs()[0].text,
        ),
    ]
}

#[test]
fn double_and_triple_clicks_on_the_issue_fields_select_and_change_nothing() {
    for language in [Language::English, Language::Arabic] {
        let mut h = harness(language);
        for field in issue_fields(language) {
            check_field(&mut h, &field);
        }
    }
}

#[test]
fn double_and_triple_clicks_on_the_story_fields_select_and_change_nothing() {
    let mut h = harness(Language::English);
    let headline = sample_issue()
        .picks()
        .next()
        .expect("a pick")
        .story
        .headline
        .clone();
    h.get_by_label(&headline).click();
    h.run();
    for field in story_fields() {
        check_field(&mut h, &field);
    }
}

/// At a narrow window the toolbar wraps; it still must not push the field.
#[test]
fn a_narrow_window_does_not_move_a_field_either() {
    let mut h = harness(Language::Arabic);
    h.set_size(egui::vec2(1000.0, 700.0));
    h.run();
    for field in issue_fields(Language::Arabic) {
        check_field(&mut h, &field);
    }
}
