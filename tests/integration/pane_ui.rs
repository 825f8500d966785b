//! The text panes inside the app, driven with egui_kittest: typing Arabic and Latin into a
//! commentary, moving, selecting, cut and paste, undo, paragraph direction.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use nashra::model::{Direction, StoryId};
use nashra::session::AppOptions;
use nashra::ui::NashraApp;

use super::support::{app_harness, copied_text, sample_issue};

fn first_pick() -> StoryId {
    sample_issue().picks().next().expect("a pick").story.id
}

fn commentary(h: &Harness<'_, NashraApp>) -> String {
    let issue = h.state().session().open_issue().document.issue();
    issue.pick(first_pick()).expect("pick").commentary.text()
}

fn commentary_paragraphs(h: &Harness<'_, NashraApp>) -> Vec<nashra::model::Paragraph> {
    let issue = h.state().session().open_issue().document.issue();
    let pick = issue.pick(first_pick()).expect("pick");
    pick.commentary.paragraphs().to_vec()
}

/// The app with the first pick open and the caret at the end of its commentary.
fn editing_commentary() -> Harness<'static, NashraApp> {
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
    h.key_press_modifiers(Modifiers::COMMAND, Key::End);
    h.run();
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

#[test]
fn typing_arabic_and_latin_goes_into_the_model_and_undo_takes_it_back() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    type_text(&mut h, " وقّعت");
    type_text(&mut h, " Nashra");
    type_text(&mut h, " 2026.");
    assert_eq!(commentary(&h), format!("{original} وقّعت Nashra 2026."));
    assert!(h.state().session().window_title().starts_with('*'));

    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(commentary(&h), original);
    assert!(!h.state().session().open_issue().document.is_modified());
}

#[test]
fn backspace_removes_a_haraka_then_the_letter() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    type_text(&mut h, "مَ");
    press(&mut h, Modifiers::NONE, Key::Backspace);
    assert_eq!(commentary(&h), format!("{original}م"));
    press(&mut h, Modifiers::NONE, Key::Backspace);
    assert_eq!(commentary(&h), original);
}

#[test]
fn select_a_line_cut_it_and_paste_it_back() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    let last_paragraph = original
        .rsplit('\n')
        .next()
        .expect("a paragraph")
        .to_owned();
    // The caret is at the end of the last paragraph; Shift+Home selects back to its start.
    press(&mut h, Modifiers::SHIFT, Key::Home);
    h.event(Event::Cut);
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some(last_paragraph.as_str()));
    h.run();
    assert_eq!(
        commentary(&h),
        original[..original.len() - last_paragraph.len()]
    );
    h.event(Event::Paste(last_paragraph.clone()));
    h.run();
    assert_eq!(commentary(&h), original);
}

#[test]
fn pasting_several_lines_makes_paragraphs() {
    let mut h = editing_commentary();
    let before = sample_issue()
        .pick(first_pick())
        .expect("pick")
        .commentary
        .paragraphs()
        .len();
    h.event(Event::Paste("\nسطر جديد\r\nAnother line".to_owned()));
    h.run();
    let paragraphs = commentary_paragraphs(&h);
    assert_eq!(paragraphs.len(), before + 2);
    assert_eq!(paragraphs.last().expect("last").text, "Another line");
}

#[test]
fn arrows_move_visually_and_shift_selects() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    // At the end of an RTL paragraph ending in Arabic, Right moves back into the text: one
    // Shift+Right selects the last character, which typing then replaces.
    press(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    type_text(&mut h, "!");
    let expected: String = {
        let mut chars: Vec<char> = original.chars().collect();
        chars.pop();
        chars.into_iter().chain(['!']).collect()
    };
    assert_eq!(commentary(&h), expected);
}

#[test]
fn the_direction_shortcut_sets_the_paragraph_direction() {
    let mut h = editing_commentary();
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    let last = commentary_paragraphs(&h)
        .pop()
        .expect("paragraph")
        .direction;
    assert_eq!(last, Direction::Ltr);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let last = commentary_paragraphs(&h)
        .pop()
        .expect("paragraph")
        .direction;
    assert_eq!(
        last,
        Direction::Rtl,
        "the sample stores this paragraph as RTL"
    );
}

#[test]
fn ctrl_with_the_right_or_left_shift_key_sets_the_direction_as_in_word() {
    let mut h = editing_commentary();
    press(
        &mut h,
        Modifiers::COMMAND | Modifiers::SHIFT,
        Key::ShiftLeft,
    );
    assert_eq!(
        commentary_paragraphs(&h).pop().expect("p").direction,
        Direction::Ltr
    );
    press(
        &mut h,
        Modifiers::COMMAND | Modifiers::SHIFT,
        Key::ShiftRight,
    );
    assert_eq!(
        commentary_paragraphs(&h).pop().expect("p").direction,
        Direction::Rtl
    );
    // Shift alone (typing a capital) changes nothing.
    let before = commentary_paragraphs(&h);
    press(&mut h, Modifiers::SHIFT, Key::ShiftLeft);
    assert_eq!(commentary_paragraphs(&h), before);
}

#[test]
fn an_input_method_composes_at_the_caret_and_commits_into_the_text() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    h.event(Event::Ime(egui::ImeEvent::Preedit {
        text: "سلا".to_owned(),
        active_range_chars: None,
    }));
    h.step();
    assert_eq!(commentary(&h), original, "composition is not text yet");
    let ime = h
        .output()
        .platform_output
        .ime
        .expect("IME output while focused");
    assert!(ime.cursor_rect.width() >= 0.0 && ime.rect.contains(ime.cursor_rect.center()));
    h.event(Event::Ime(egui::ImeEvent::Commit("سلام".to_owned())));
    h.run();
    assert_eq!(commentary(&h), format!("{original}سلام"));
}

#[test]
fn up_and_down_move_between_lines_and_paragraphs() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    // From the end of the last paragraph, Up three times reaches the first paragraph; typing
    // there lands before the last paragraph's text.
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    type_text(&mut h, "#");
    let typed_at = commentary(&h).find('#').expect("typed");
    let last_start = original.rfind('\n').expect("two paragraphs");
    // At the end of the first paragraph at the latest: the '#' lands before the break.
    assert!(
        typed_at <= last_start,
        "Up then Down keeps the caret above the last paragraph"
    );
    assert!(typed_at > 0);
}

#[test]
fn copy_puts_the_selection_on_the_clipboard() {
    let mut h = editing_commentary();
    press(&mut h, Modifiers::COMMAND, Key::A);
    h.event(Event::Copy);
    h.step();
    assert_eq!(copied_text(&h), Some(commentary(&h)));
}

#[test]
fn isolating_the_latin_run_is_one_undoable_step() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    // The last paragraph starts with "OpenAI 13": Home puts the caret before "OpenAI".
    press(&mut h, Modifiers::NONE, Key::Home);
    h.get_by_label("Isolate Latin run").click();
    h.run();
    let last = commentary(&h)
        .rsplit('\n')
        .next()
        .expect("paragraph")
        .to_owned();
    assert!(last.starts_with("\u{2066}OpenAI\u{2069} 13 "), "{last:?}");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(commentary(&h), original);
}

#[test]
fn insert_rlm_and_show_marks() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    h.get_by_label("Insert RLM").click();
    h.run();
    assert_eq!(commentary(&h), format!("{original}\u{200F}"));
    assert!(!h.state().session().shows_marks());
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Num8);
    assert!(h.state().session().shows_marks());
}

#[test]
fn screen_readers_get_runs_with_their_direction_and_the_caret() {
    let h = editing_commentary();
    let runs: Vec<_> = h
        .get_all_by_role(Role::TextRun)
        .filter(|n| n.accesskit_node().data().text_direction().is_some())
        .collect();
    let arabic = runs
        .iter()
        .find(|n| n.value().is_some_and(|v| v.contains("علاقة")))
        .expect("an Arabic run of the commentary");
    assert_eq!(
        arabic.accesskit_node().data().text_direction(),
        Some(egui::accesskit::TextDirection::RightToLeft)
    );
    let latin = runs
        .iter()
        .find(|n| n.value().is_some_and(|v| v.starts_with("Sequoia")))
        .expect("the Latin run");
    assert_eq!(
        latin.accesskit_node().data().text_direction(),
        Some(egui::accesskit::TextDirection::LeftToRight)
    );
    let pane = h.get_by_role_and_label(Role::MultilineTextInput, "Commentary");
    let selection = pane
        .accesskit_node()
        .data()
        .text_selection()
        .expect("the caret is exposed");
    assert_eq!(selection.anchor, selection.focus, "a caret, no selection");
}

#[test]
fn labels_of_user_text_can_be_selected_and_copied() {
    let mut h = app_harness(NashraApp::new(AppOptions::default()));
    h.run();
    // The outline's section heading "قراءات سريعة": click it, select all, copy.
    h.get_by_label("قراءات سريعة").click();
    h.run();
    assert!(h.get_by_label("قراءات سريعة").is_focused());
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(Event::Copy);
    h.step();
    assert_eq!(copied_text(&h).as_deref(), Some("قراءات سريعة"));
}

#[test]
fn dragging_across_the_commentary_selects_and_shift_click_extends() {
    let mut h = editing_commentary();
    let pane = h
        .get_by_role_and_label(Role::MultilineTextInput, "Commentary")
        .rect();
    // Drag from near the right edge of the first line to the middle of it.
    let from = egui::pos2(pane.right() - 12.0, pane.top() + 16.0);
    let to = egui::pos2(pane.center().x, pane.top() + 16.0);
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.step();
    for i in 1..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
    h.event(Event::Copy);
    h.step();
    let dragged = copied_text(&h).expect("the drag selected text");
    assert!(dragged.chars().count() > 10, "{dragged:?}");
    let first_line_start = commentary(&h)
        .find(&dragged)
        .expect("a piece of the commentary");
    assert!(
        first_line_start < 8,
        "RTL: the drag began at the line's start, its right end: {first_line_start} {dragged:?}"
    );

    // Shift+click further left extends the same selection.
    h.get_by_role_and_label(Role::MultilineTextInput, "Commentary")
        .hover();
    let further = egui::pos2(pane.left() + 40.0, pane.top() + 16.0);
    h.event(Event::PointerMoved(further));
    for pressed in [true, false] {
        let button = Event::PointerButton {
            pos: further,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::SHIFT,
        };
        h.event_modifiers(button, Modifiers::SHIFT);
    }
    h.run();
    h.event(Event::Copy);
    h.step();
    let extended = copied_text(&h).expect("still a selection");
    assert!(extended.starts_with(&dragged) && extended.len() > dragged.len());
}

/// Defect: choosing the direction a paragraph already has recorded an undo step, and clicking
/// a direction button took the caret out of the text.
#[test]
fn direction_buttons_record_only_changes_and_keep_the_caret() {
    let mut h = editing_commentary();
    let original = commentary(&h);
    // The sample stores the last paragraph as right to left.
    h.get_by_label("Right to left").click();
    h.run();
    assert!(
        !h.state().session().open_issue().document.can_undo(),
        "no empty step"
    );

    h.get_by_label("Left to right").click();
    h.run();
    h.run();
    assert_eq!(
        commentary_paragraphs(&h).pop().expect("p").direction,
        Direction::Ltr
    );
    // The caret is still at the end of the commentary: typing goes on there.
    type_text(&mut h, "!");
    assert_eq!(commentary(&h), format!("{original}!"));
}

/// A screen reader puts the caret in a run it was given (AccessKit's SetTextSelection): typing
/// then lands there.
#[test]
fn a_screen_reader_can_move_the_caret() {
    use egui::accesskit::{Action, ActionData, ActionRequest, TextPosition, TextSelection, TreeId};
    use egui_kittest::kittest::NodeT as _;

    let mut h = editing_commentary();
    let original = commentary(&h);
    let (pane, run, value) = {
        let pane = h.get_by_role_and_label(Role::MultilineTextInput, "Commentary");
        let run = pane
            .children_recursive()
            .find(|n| {
                let node = n.accesskit_node();
                node.role() == Role::TextRun && node.value().is_some_and(|v| v.contains("OpenAI"))
            })
            .expect("a run with OpenAI");
        let value = run.accesskit_node().value().expect("value");
        (
            pane.accesskit_node().locate().0,
            run.accesskit_node().locate().0,
            value,
        )
    };
    let at = |character_index| TextPosition {
        node: run,
        character_index,
    };
    h.event(Event::AccessKitActionRequest(ActionRequest {
        action: Action::SetTextSelection,
        target_node: pane,
        target_tree: TreeId::ROOT,
        data: Some(ActionData::SetTextSelection(TextSelection {
            anchor: at(0),
            focus: at(0),
        })),
    }));
    h.run();
    type_text(&mut h, "#");
    let expected = original.find(&value).expect("the run's text");
    assert_eq!(
        commentary(&h).find('#'),
        Some(expected),
        "typed at the run's start"
    );
}
