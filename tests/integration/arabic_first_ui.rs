//! Arabic first, in the window: a headline that starts with a Latin name is right to left
//! wherever it shows (headline field, inbox, outline); Ctrl with the left Shift turns it left to
//! right, undo brings it back; Ctrl+Shift shortcuts never flip a direction.
//!
//! Alignment is read from what was painted: the glyphs the text engine drew inside a widget's
//! rectangle, so the tests check what the editor sees, not a setting.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::model::{Direction, Inbox, Issue, Section, StoryId};
use nashra::session::{AppOptions, Command, Selection};
use nashra::ui::NashraApp;

use super::support::{app_harness, ink};

const HEADLINE: &str = "Nvidia تعلن نتائج الربع الثالث";

/// A library holding one issue (one empty section) and an empty inbox.
fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = Issue::new(7, "العدد السابع", jiff::civil::date(2026, 12, 1));
    issue.sections = vec![Section::new("الذكاء الاصطناعي")];
    nashra::io::save_issue(&dir.path().join("issue-007.ron"), &issue).expect("save");
    let library = nashra::io::Library::open(dir.path()).expect("library");
    library.save_inbox(&Inbox::default()).expect("inbox");
    dir
}

fn app_on(dir: &tempfile::TempDir) -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions {
        library: Some(dir.path().to_owned()),
        ..AppOptions::default()
    }));
    h.run();
    h
}

/// Whether the text painted in `rect` hugs its right edge (true) or its left edge (false).
fn right_aligned(h: &Harness<'static, NashraApp>, rect: Rect) -> bool {
    let (left, right) = ink(h, rect);
    rect.right() - right < left - rect.left()
}

fn headline_field(h: &Harness<'static, NashraApp>) -> Rect {
    h.get_by_role_and_label(Role::TextInput, "Headline").rect()
}

fn row(h: &Harness<'static, NashraApp>, text: &str) -> Rect {
    h.get_by_role_and_label(Role::Button, text).rect()
}

fn headline_direction(h: &Harness<'static, NashraApp>) -> Direction {
    let desk = h.state().session().open_issue().document.desk();
    desk.issue
        .picks()
        .chain(desk.inbox.entries.iter())
        .find(|p| p.story.headline == HEADLINE)
        .expect("the story")
        .story
        .headline_settings
        .direction
}

/// One key of a chord, pressed or released, as the platform reports it.
fn key(h: &mut Harness<'static, NashraApp>, key: Key, pressed: bool, modifiers: Modifiers) {
    h.event(Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers,
    });
}

const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

/// Ctrl held, the left Shift pressed and released with nothing between: Word's "left to right".
fn ctrl_left_shift(h: &mut Harness<'static, NashraApp>) {
    key(h, Key::ShiftLeft, true, CTRL_SHIFT);
    h.run();
    key(h, Key::ShiftLeft, false, Modifiers::COMMAND);
    h.run();
}

/// Adds a story to the inbox and types the Latin-first Arabic headline into its headline field.
fn typed_headline(dir: &tempfile::TempDir) -> Harness<'static, NashraApp> {
    let mut h = app_on(dir);
    h.get_by_label("Add story").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Headline").click();
    h.run();
    h.event(Event::Text(HEADLINE.to_owned()));
    h.run();
    h.run();
    h
}

#[test]
fn a_latin_first_arabic_headline_is_right_to_left_everywhere_and_the_chord_turns_it() {
    let dir = library();
    let mut h = typed_headline(&dir);
    assert_eq!(headline_direction(&h), Direction::Auto);
    assert!(right_aligned(&h, headline_field(&h)), "headline field");
    assert!(right_aligned(&h, row(&h, HEADLINE)), "inbox row");

    // Into the issue (Ctrl+Enter picks the selected inbox story): the outline row too.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    h.run();
    let issue = &h.state().session().open_issue().document.issue().clone();
    assert_eq!(issue.sections[0].picks[0].story.headline, HEADLINE);
    assert!(right_aligned(&h, row(&h, HEADLINE)), "outline row");
    assert!(right_aligned(&h, headline_field(&h)), "headline field");

    // Ctrl + left Shift in the headline field: left to right, in the field and the outline.
    h.get_by_role_and_label(Role::TextInput, "Headline").click();
    h.run();
    ctrl_left_shift(&mut h);
    h.run();
    assert_eq!(headline_direction(&h), Direction::Ltr);
    assert!(
        !right_aligned(&h, headline_field(&h)),
        "headline field, LTR"
    );
    assert!(!right_aligned(&h, row(&h, HEADLINE)), "outline row, LTR");

    // Undo brings back the words' own direction.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.run();
    assert_eq!(headline_direction(&h), Direction::Auto);
    assert!(
        right_aligned(&h, headline_field(&h)),
        "headline field after undo"
    );
    assert!(
        right_aligned(&h, row(&h, HEADLINE)),
        "outline row after undo"
    );
}

#[test]
fn ctrl_shift_shortcuts_do_not_flip_the_direction() {
    let dir = library();
    let mut h = typed_headline(&dir);
    let issue_before = h.state().session().open_issue().document.desk().clone();
    // Ctrl+Shift+Z (redo) as a keyboard sends it: Shift down, Z down and up, Shift up.
    key(&mut h, Key::ShiftLeft, true, CTRL_SHIFT);
    key(&mut h, Key::Z, true, CTRL_SHIFT);
    key(&mut h, Key::Z, false, CTRL_SHIFT);
    h.run();
    key(&mut h, Key::ShiftLeft, false, Modifiers::COMMAND);
    h.run();
    assert_eq!(headline_direction(&h), Direction::Auto);
    assert_eq!(
        h.state().session().open_issue().document.desk(),
        &issue_before
    );

    // Both Shift keys (a chord of its own), or Shift without Ctrl: nothing either.
    key(&mut h, Key::ShiftLeft, true, CTRL_SHIFT);
    key(&mut h, Key::ShiftRight, true, CTRL_SHIFT);
    h.run();
    key(&mut h, Key::ShiftRight, false, CTRL_SHIFT);
    key(&mut h, Key::ShiftLeft, false, Modifiers::COMMAND);
    h.run();
    key(&mut h, Key::ShiftLeft, true, Modifiers::SHIFT);
    key(&mut h, Key::ShiftLeft, false, Modifiers::NONE);
    h.run();
    assert_eq!(headline_direction(&h), Direction::Auto);
    assert_eq!(
        h.state().session().open_issue().document.desk(),
        &issue_before
    );
}

/// A pick whose commentary has two bidi hints, one per paragraph; the app shows it.
fn hinted_commentary() -> (tempfile::TempDir, Harness<'static, NashraApp>, StoryId) {
    let dir = library();
    let path = dir.path().join("issue-007.ron");
    let mut issue = nashra::io::load_issue(&path).expect("load").issue;
    let story = nashra::model::Story::new("جولة تمويل");
    let id = story.id;
    issue.sections[0].picks.push(nashra::model::Entry {
        story,
        commentary: nashra::model::Prose::from_text(
            "جمعت OpenAI 13 مليار دولار\nوحصلت Anthropic 4 مليارات دولار",
        ),
    });
    nashra::io::save_issue(&path, &issue).expect("save");
    let mut h = app_on(&dir);
    h.state_mut()
        .push_command(Command::Select(Selection::Story(id)));
    h.run();
    h.run();
    (dir, h, id)
}

fn commentary(h: &Harness<'static, NashraApp>, id: StoryId) -> nashra::model::Prose {
    let issue = h.state().session().open_issue().document.issue();
    issue.pick(id).expect("pick").commentary.clone()
}

#[test]
fn a_name_beside_a_number_is_underlined_and_one_click_isolates_it() {
    let (_dir, mut h, id) = hinted_commentary();
    h.get_by_label("OpenAI 13").hover();
    h.run();
    h.run();
    h.get_by_label("Isolate «OpenAI»").click();
    h.run();
    h.run();
    assert_eq!(
        commentary(&h, id).paragraphs()[0].text,
        "جمعت \u{2066}OpenAI\u{2069} 13 مليار دولار"
    );
    assert!(
        h.query_by_label("OpenAI 13").is_none(),
        "an isolated name is no longer flagged"
    );
    // One undo step takes the isolate out again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        commentary(&h, id).paragraphs()[0].text,
        "جمعت OpenAI 13 مليار دولار"
    );
}

#[test]
fn a_dismissed_hint_stays_dismissed_in_the_file() {
    let (dir, mut h, id) = hinted_commentary();
    h.get_by_label("Anthropic 4").hover();
    h.run();
    h.run();
    h.get_by_label("It reads fine here").click();
    h.run();
    h.run();
    let paragraphs = commentary(&h, id).paragraphs().to_vec();
    assert!(paragraphs[1].hints_dismissed && !paragraphs[0].hints_dismissed);
    assert!(h.query_by_label("Anthropic 4").is_none());
    assert!(
        h.query_by_label("OpenAI 13").is_some(),
        "the other paragraph keeps its hint"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let saved = nashra::io::load_issue(&dir.path().join("issue-007.ron")).expect("load");
    let pick = saved.issue.pick(id).expect("pick").clone();
    assert!(pick.commentary.paragraphs()[1].hints_dismissed);
}

/// Defect: Add story did not put the caret in the new headline, so what she typed was lost.
#[test]
fn add_story_puts_the_caret_in_its_headline() {
    let dir = library();
    let mut h = app_on(&dir);
    h.get_by_label("Add story").click();
    h.run();
    h.run();
    h.event(Event::Text(HEADLINE.to_owned()));
    h.run();
    let desk = h.state().session().open_issue().document.desk();
    assert_eq!(desk.inbox.entries.len(), 1);
    assert_eq!(desk.inbox.entries[0].story.headline, HEADLINE);
}
