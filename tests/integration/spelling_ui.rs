//! Spelling in the window: a misspelled word in a mixed right-to-left line is underlined under
//! its own glyphs, and the View menu's switch turns checking off.

use egui::accesskit::Role;
use egui::{Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::model::{Edit, TextChange, TextField};
use nashra::session::{Action, AppOptions, Command, Selection};
use nashra::ui::NashraApp;

use super::support::{app_harness, ink};

const LINE: &str = "استثمرت Sequoia Capital مبلغ 800 مليون دولار فى صفقة عام 2022.";

/// The sample with its first pick's commentary replaced by [`LINE`], that pick selected.
fn window() -> Harness<'static, NashraApp> {
    with_line(app_harness(NashraApp::new(AppOptions::default())))
}

/// `h`'s issue with its first pick's commentary replaced by [`LINE`], that pick selected.
fn with_line(mut h: Harness<'static, NashraApp>) -> Harness<'static, NashraApp> {
    h.run();
    set_commentary(&mut h, LINE);
    h
}

/// Selects the issue's first pick and replaces its commentary with `text`.
fn set_commentary(h: &mut Harness<'static, NashraApp>, text: &str) {
    let (story, len) = {
        let issue = h.state().session().open_issue().document.issue();
        let pick = issue.picks().next().expect("a pick");
        (pick.story.id, pick.commentary.len())
    };
    h.state_mut()
        .push_command(Command::Select(Selection::Story(story)));
    h.state_mut().push_command(Command::Edit(Edit::Text {
        field: TextField::Commentary(story),
        change: TextChange::replace(0..len, text),
    }));
    h.run();
}

/// The left and right ends of the wavy lines painted in the error colour whose middle is in
/// `band` (a line's height around an underline).
fn wavy_lines(h: &Harness<'static, NashraApp>, band: Rect) -> Vec<(f32, f32)> {
    let error = h.ctx.global_style().visuals.error_fg_color;
    let mut out = Vec::new();
    fn visit(shape: &Shape, error: egui::Color32, band: Rect, out: &mut Vec<(f32, f32)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| visit(s, error, band, out)),
            Shape::Path(path) if path.stroke.color == egui::epaint::ColorMode::Solid(error) => {
                let xs = path.points.iter().map(|p| p.x);
                let left = xs.clone().fold(f32::INFINITY, f32::min);
                let right = xs.fold(f32::NEG_INFINITY, f32::max);
                let mid_y = path.points.iter().map(|p| p.y).sum::<f32>() / path.points.len() as f32;
                if band.y_range().contains(mid_y) {
                    out.push((left, right));
                }
            }
            _ => {}
        }
    }
    for clipped in &h.output().shapes {
        visit(&clipped.shape, error, band, &mut out);
    }
    out
}

/// The left and right screen x of `needle`'s characters, from the pane's text-run nodes.
fn word_in_runs(h: &Harness<'static, NashraApp>, needle: &str) -> (f32, f32) {
    use egui_kittest::kittest::NodeT as _;
    let pane = h.get_by_role_and_label(Role::MultilineTextInput, "Commentary");
    let run = pane
        .children_recursive()
        .find(|n| {
            let node = n.accesskit_node();
            node.role() == Role::TextRun && node.value().is_some_and(|v| v.contains(needle))
        })
        .expect("a run holding the word");
    let node = run.accesskit_node();
    let value = node.value().expect("the run's text");
    let data = node.data();
    let positions = data.character_positions().expect("positions");
    let widths = data.character_widths().expect("widths");
    let bounds = data.bounds().expect("bounds");
    let first = value[..value.find(needle).expect("in the run")]
        .chars()
        .count();
    let last = first + needle.chars().count() - 1;
    let start = positions[first];
    let end = positions[last] + widths[last];
    if data.text_direction() == Some(egui::accesskit::TextDirection::RightToLeft) {
        ((bounds.x1 as f32) - end, (bounds.x1 as f32) - start)
    } else {
        ((bounds.x0 as f32) + start, (bounds.x0 as f32) + end)
    }
}

#[test]
fn a_misspelled_word_in_a_mixed_line_is_underlined_under_its_glyphs() {
    let h = window();
    // The underline is named by the word it marks.
    let word = h.get_by_role_and_label(Role::Label, "فى").rect();
    let band = word.expand2(egui::vec2(0.0, 8.0));
    let lines = wavy_lines(&h, band);
    let under = lines
        .iter()
        .find(|(left, right)| *left < word.right() && *right > word.left())
        .unwrap_or_else(|| panic!("a wavy line under {word:?}: {lines:?}"));
    assert!(
        under.0 >= word.left() - 1.0 && under.1 <= word.right() + 1.0,
        "the line {under:?} stays under the word {word:?}"
    );
    // The word's glyphs are there, across the underlined stretch.
    let (left, right) = ink(&h, word);
    assert!(
        left <= word.left() + 3.0 && right >= word.right() - 3.0,
        "glyphs {left}..{right} fill {word:?}"
    );
    // Where the screen reader is told the word's characters are (from the glyph clusters'
    // advances, not from the underline's geometry): the underline is there.
    let (from, to) = word_in_runs(&h, "فى");
    assert!(
        (word.left() - from).abs() <= 2.0 && (word.right() - to).abs() <= 2.0,
        "underlined {word:?}, the word's characters are at {from}..{to}"
    );
    // The correct Arabic and Latin words are not underlined.
    for fine in ["مليون", "Capital"] {
        assert!(
            h.query_by_label(fine).is_none(),
            "{fine} is not marked as misspelled"
        );
    }
}

#[test]
fn the_view_menu_turns_spelling_off_and_on() {
    let mut h = window();
    assert!(h.query_by_label("فى").is_some());
    h.state_mut()
        .push_command(Command::Run(Action::ToggleSpelling));
    h.run();
    assert!(h.query_by_label("فى").is_none(), "no underline while off");
    h.state_mut()
        .push_command(Command::Run(Action::ToggleSpelling));
    h.run();
    assert!(h.query_by_label("فى").is_some(), "underlined again");
}

fn commentary(h: &Harness<'static, NashraApp>) -> String {
    let issue = h.state().session().open_issue().document.issue();
    issue.picks().next().expect("a pick").commentary.text()
}

#[test]
fn a_right_click_offers_suggestions_and_one_replaces_the_word_as_one_undo_step() {
    let mut h = window();
    h.get_by_role_and_label(Role::Label, "فى").click_secondary();
    h.run();
    // Worked out (inline in tests, on a worker in the app) and listed.
    h.get_by_label("في").click();
    h.run();
    assert_eq!(commentary(&h), LINE.replace("فى", "في"));
    assert!(h.query_by_label("فى").is_none());
    h.state_mut().push_command(Command::Run(Action::Undo));
    h.run();
    assert_eq!(commentary(&h), LINE, "one undo brings the word back");
}

/// A misspelled word inside an isolate (as the hint's fix leaves a name) is underlined and
/// replaced without its marks: the isolate stays around the new word.
#[test]
fn a_suggestion_inside_an_isolate_keeps_the_isolate() {
    let mut h = app_harness(NashraApp::new(AppOptions::default()));
    h.run();
    set_commentary(&mut h, "قال \u{2067}فى\u{2069} الاجتماع");
    h.get_by_role_and_label(Role::Label, "فى").click_secondary();
    h.run();
    h.get_by_label("في").click();
    h.run();
    assert_eq!(commentary(&h), "قال \u{2067}في\u{2069} الاجتماع");
}

#[test]
fn a_word_added_to_the_dictionary_is_no_longer_marked_and_is_kept_in_the_library() {
    let (dir, root) = super::support::library();
    let mut h = with_line(app_harness(NashraApp::new(AppOptions {
        library: Some(root),
        ..AppOptions::default()
    })));
    h.get_by_role_and_label(Role::Label, "فى").click_secondary();
    h.run();
    h.get_by_label(nashra::strings::tr(nashra::strings::Msg::AddToDictionary))
        .click();
    h.run();
    assert!(h.query_by_label("فى").is_none(), "no longer marked");
    let words = std::fs::read_to_string(dir.path().join("dictionary.txt")).expect("the file");
    assert!(words.lines().any(|l| l == "فى"), "{words}");
}

#[test]
fn the_keyboard_opens_the_spelling_menu_of_the_word_at_the_caret() {
    let mut h = window();
    // The caret into the misspelled word, then Ctrl+. (listed in the shortcuts window).
    h.get_by_role_and_label(Role::Label, "فى").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Period);
    h.run();
    h.get_by_label("في").click();
    h.run();
    assert_eq!(commentary(&h), LINE.replace("فى", "في"));
}

/// Edit → Check the issue's spelling, and the list it opens.
fn checked_issue(h: &mut Harness<'static, NashraApp>) -> Vec<nashra::session::Misspelling> {
    h.state_mut()
        .push_command(Command::Run(Action::CheckIssueSpelling));
    h.run();
    let (list, _) = h
        .state()
        .session()
        .misspellings()
        .expect("the list is open");
    list.to_vec()
}

#[test]
fn the_issue_check_lists_its_misspellings_and_goes_to_each() {
    let mut h = window();
    let list = checked_issue(&mut h);
    assert!(list.iter().any(|m| m.word == "فى"), "{list:?}");
    // A row goes to its word: the caret in its field with the word selected, so typing
    // replaces it.
    h.get_by_label("فى · Commentary").click();
    h.run();
    h.event(egui::Event::Text("في".to_owned()));
    h.run();
    assert_eq!(commentary(&h), LINE.replace("فى", "في"));
    // F8 walks on (the list is made again: the word fixed is no longer in it).
    h.key_press(egui::Key::F8);
    h.run();
    let (list, shown) = h.state().session().misspellings().expect("still open");
    assert!(list.iter().all(|m| m.word != "فى"), "{list:?}");
    assert!(shown.is_some());
}

#[test]
fn a_word_ignored_in_the_issue_is_no_longer_marked_and_undo_brings_the_mark_back() {
    let mut h = window();
    h.get_by_role_and_label(Role::Label, "فى").click_secondary();
    h.run();
    h.get_by_label(nashra::strings::tr(nashra::strings::Msg::IgnoreInIssue))
        .click();
    h.run();
    assert!(h.query_by_label("فى").is_none(), "no longer marked");
    let issue = h.state().session().open_issue().document.issue();
    assert!(issue.ignored_words.contains("فى"), "kept in the issue");
    h.state_mut().push_command(Command::Run(Action::Undo));
    h.run();
    assert!(h.query_by_label("فى").is_some(), "marked again after undo");
}

/// A word ignored (or added) as written in one place is known wherever it is written with
/// tatweel, tashkeel or invisible marks, and is kept without them.
#[test]
fn a_word_ignored_where_it_is_stretched_is_ignored_everywhere() {
    let mut h = app_harness(NashraApp::new(AppOptions::default()));
    h.run();
    set_commentary(&mut h, "قال فى الاجتماع\nثم قال فـــى النهاية");
    assert!(h.query_by_label("فى").is_some(), "marked plain");
    h.get_by_role_and_label(Role::Label, "فـــى")
        .click_secondary();
    h.run();
    h.get_by_label(nashra::strings::tr(nashra::strings::Msg::IgnoreInIssue))
        .click();
    h.run();
    let issue = h.state().session().open_issue().document.issue();
    assert!(
        issue.ignored_words.contains("فى"),
        "kept as the dictionary is asked: {:?}",
        issue.ignored_words
    );
    assert!(h.query_by_label("فـــى").is_none(), "no longer marked");
    assert!(
        h.query_by_label("فى").is_none(),
        "nor where it is written plain"
    );
    let list = checked_issue(&mut h);
    assert!(
        list.iter()
            .all(|m| nashra::spell::normalized(&m.word) != "فى"),
        "nor in the issue's list: {list:?}"
    );
}

#[test]
fn a_misspelled_word_on_a_wrapped_line_is_underlined_there() {
    let mut h = window();
    let long = format!("{}فى", "كلمة صحيحة ".repeat(30));
    set_commentary(&mut h, &long);
    let pane = h
        .get_by_role_and_label(Role::MultilineTextInput, "Commentary")
        .rect();
    let word = h.get_by_role_and_label(Role::Label, "فى").rect();
    assert!(
        word.top() > pane.top() + 2.0 * word.height(),
        "the word is on a later line: {word:?} in {pane:?}"
    );
    let (from, to) = word_in_runs(&h, "فى");
    assert!(
        (word.left() - from).abs() <= 2.0 && (word.right() - to).abs() <= 2.0,
        "underlined {word:?}, the word's characters are at {from}..{to}"
    );
    let band = word.expand2(egui::vec2(0.0, 8.0));
    assert!(
        wavy_lines(&h, band)
            .iter()
            .any(|(l, r)| *l >= word.left() - 1.0 && *r <= word.right() + 1.0),
        "a wavy line under it"
    );
}
