//! The caret lives in the document: undo and redo put it back where the step was made, the
//! palette and the Edit menu act on the field that had it (even though they take the
//! keyboard), their edits apply in the frame they are asked, and a finding clicked after an
//! edit above it still lands on its word. Driven headless with egui_kittest.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::model::{Direction, StoryId, TextField, TextSelection};
use nashra::session::{Action, AppOptions, Command};
use nashra::ui::NashraApp;

use super::support::{app_harness, sample_issue};

fn first_pick() -> StoryId {
    sample_issue().picks().next().expect("a pick").story.id
}

fn commentary(h: &Harness<'_, NashraApp>) -> String {
    let desk = h.state().session().open_issue().document.desk();
    desk.entry(first_pick()).expect("pick").commentary.text()
}

fn caret(h: &Harness<'_, NashraApp>) -> Option<(TextField, TextSelection)> {
    h.state().session().open_issue().document.caret()
}

/// The app with the first pick open and the caret at the start of its commentary.
fn at_commentary_start() -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions::default()));
    h.run();
    let headline = sample_issue()
        .picks()
        .next()
        .expect("pick")
        .story
        .headline
        .clone();
    h.get_by_label(&headline).click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Commentary")
        .click();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Home);
    h
}

fn press(h: &mut Harness<'static, NashraApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn type_text(h: &mut Harness<'static, NashraApp>, text: &str) {
    h.event(Event::Text(text.to_owned()));
    h.run();
}

/// The report: a letter typed, the caret moved on, Ctrl+Z; the next letter must land where the
/// undone one was, not where the caret had gone.
#[test]
fn after_undo_the_next_letter_lands_where_the_undone_one_was() {
    let mut h = at_commentary_start();
    let original = commentary(&h);
    type_text(&mut h, "ـ");
    press(&mut h, Modifiers::COMMAND, Key::End);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(commentary(&h), original);
    type_text(&mut h, "Q");
    assert_eq!(commentary(&h), format!("Q{original}"));
}

#[test]
fn after_redo_the_caret_is_after_the_restored_words() {
    let mut h = at_commentary_start();
    let original = commentary(&h);
    type_text(&mut h, "كلمة");
    press(&mut h, Modifiers::COMMAND, Key::End);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::End);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(commentary(&h), format!("كلمة{original}"));
    type_text(&mut h, "X");
    assert_eq!(commentary(&h), format!("كلمةX{original}"));
}

fn palette(h: &mut Harness<'static, NashraApp>, query: &str) {
    press(h, Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    h.get_by_role_and_label(Role::TextInput, "Find an action…")
        .type_text(query);
    h.run();
    press(h, Modifiers::NONE, Key::Enter);
}

/// Opening the palette takes the keyboard; the document still knows which field had the
/// caret, and the palette's text commands act there.
#[test]
fn the_palette_runs_text_commands_on_the_field_that_had_the_caret() {
    let mut h = at_commentary_start();
    let field = TextField::Commentary(first_pick());
    let original = commentary(&h);
    palette(&mut h, "Insert RLM");
    assert_eq!(commentary(&h), format!("\u{200F}{original}"));
    assert_eq!(
        caret(&h),
        Some((field, TextSelection::caret("\u{200F}".len())))
    );
    palette(&mut h, "Paragraph right to left");
    let desk = h.state().session().open_issue().document.desk();
    assert_eq!(
        field.settings(desk, 0).expect("settings").direction,
        Direction::Rtl
    );
    // And the caret is back in the text: typing goes on after the mark.
    type_text(&mut h, "و");
    assert_eq!(commentary(&h), format!("\u{200F}و{original}"));
}

/// Insert RLM and Cut from the menu change the document in the frame they are chosen (they
/// once went through the field's pane, a frame or two later).
#[test]
fn insert_rlm_and_cut_from_the_menu_apply_in_the_same_frame() {
    let mut h = at_commentary_start();
    let original = commentary(&h);
    h.state_mut().push_command(Command::Run(Action::InsertRlm));
    h.step();
    assert_eq!(commentary(&h), format!("\u{200F}{original}"));
    let field = TextField::Commentary(first_pick());
    let word = "Sequoia";
    let start = commentary(&h).find(word).expect("in the commentary");
    h.state_mut().push_command(Command::Caret(
        field,
        TextSelection::range(start..start + word.len()),
    ));
    h.state_mut().push_command(Command::Run(Action::Cut));
    h.step();
    assert!(!commentary(&h).contains(&format!("{word} ")));
    assert_eq!(caret(&h), Some((field, TextSelection::caret(start))));
}

/// A finding gone to after words were typed above it still selects its own words.
#[test]
fn a_finding_clicked_after_an_edit_above_it_lands_on_its_word() {
    let mut h = at_commentary_start();
    let field = TextField::Commentary(first_pick());
    // A spelling finding: a made-up word at the end of the commentary.
    press(&mut h, Modifiers::COMMAND, Key::End);
    type_text(&mut h, " قرائة");
    press(&mut h, Modifiers::COMMAND, Key::Home);
    h.state_mut().push_command(Command::Run(Action::CheckIssue));
    h.run();
    let findings = h
        .state()
        .session()
        .preflight()
        .expect("the check is open")
        .findings()
        .to_vec();
    let index = findings
        .iter()
        .position(|f| {
            f.field == Some(field)
                && f.range
                    .as_ref()
                    .is_some_and(|r| commentary(&h)[r.clone()] == *"قرائة")
        })
        .expect("the made-up word is a finding");
    // Words typed at the start of the commentary, above the finding.
    type_text(&mut h, "بداية جديدة ");
    h.state_mut().push_command(Command::GoToFinding(index));
    h.run();
    let (at, selection) = caret(&h).expect("a caret");
    assert_eq!(at, field);
    assert_eq!(&commentary(&h)[selection.ordered()], "قرائة");
}

/// Where the caret is drawn against the glyph before it, after typing at the end of a
/// paragraph: (caret's x, that glyph's left and right), in the pane's points.
fn caret_after_last_glyph(h: &Harness<'_, NashraApp>, field: TextField) -> (f32, f32, f32) {
    let state = h
        .state()
        .text_engine()
        .pane(nashra::ui::user_text::pane_id(field))
        .expect("the pane was drawn");
    let focus = state.focus;
    let caret = state.caret_rect(focus).expect("caret geometry");
    let text = state.paragraphs.text();
    let last = text[..focus.offset]
        .char_indices()
        .next_back()
        .map(|(i, _)| i)
        .expect("a character before the caret");
    // The last character's glyph, from the layout's own clusters (paragraph-relative).
    let index = state.paragraphs.paragraph_at(last);
    let paragraph = &state.paragraphs.paragraphs()[index];
    let layout = paragraph.layout.as_ref().expect("shaped");
    let cluster = parley::Cluster::from_byte_index(layout.layout(), last - paragraph.start)
        .expect("a cluster");
    let left = cluster.visual_offset().expect("on a line") / layout.scale();
    let glyph =
        egui::Rect::from_x_y_ranges(left..=left + cluster.advance() / layout.scale(), 0.0..=1.0);
    (caret.center().x, glyph.left(), glyph.right())
}

/// The caret at the end of a paragraph is drawn after its last glyph — a full stop just typed
/// stays visible — in right-to-left and left-to-right paragraphs, and in a wrapped
/// right-to-left paragraph that starts with a Latin word and ends with "(…).".
#[test]
fn the_caret_at_a_paragraphs_end_is_drawn_after_its_last_glyph() {
    let mut h = at_commentary_start();
    let field = TextField::Commentary(first_pick());
    // The first paragraph (right to left, wrapped): its end, then a full stop.
    let first_end = commentary(&h).find('\n').expect("two paragraphs");
    h.state_mut()
        .push_command(Command::Caret(field, TextSelection::caret(first_end)));
    h.run();
    type_text(&mut h, ".");
    let (x, left, _) = caret_after_last_glyph(&h, field);
    assert!(
        x <= left + 0.5,
        "RTL: caret at {x}, the full stop starts at {left}"
    );
    // The last paragraph starts with "OpenAI" and wraps; it ends with "(…).".
    press(&mut h, Modifiers::COMMAND, Key::End);
    type_text(&mut h, " (تقريباً).");
    let (x, left, _) = caret_after_last_glyph(&h, field);
    assert!(
        x <= left + 0.5,
        "wrapped RTL: caret at {x}, the full stop starts at {left}"
    );
    // A left-to-right field: the source.
    let source = TextField::Story(first_pick(), nashra::model::StoryText::Source);
    h.get_by_role_and_label(Role::TextInput, "Source").click();
    h.run();
    press(&mut h, Modifiers::NONE, Key::End);
    type_text(&mut h, ".");
    let (x, _, right) = caret_after_last_glyph(&h, source);
    assert!(
        x >= right - 0.5,
        "LTR: caret at {x}, the full stop ends at {right}"
    );
}
