//! Links and emphasis in the editor's prose, driven headless with egui_kittest: Ctrl+B on an
//! Arabic word, Ctrl+K making a link, a browser's HTML pasted with its link and bold kept and
//! its script and style dropped, typing at a link's end, each formatting change one undo step.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use nashra::model::{Mark, MarkKind, StoryId, TextField, TextSelection};
use nashra::session::{AppOptions, Command, Prompt};
use nashra::ui::NashraApp;

use super::support::{app_harness, sample_issue};

fn first_pick() -> StoryId {
    sample_issue().picks().next().expect("a pick").story.id
}

fn field() -> TextField {
    TextField::Commentary(first_pick())
}

/// The first paragraph of the first pick's commentary: its text and marks.
fn first_paragraph(h: &Harness<'_, NashraApp>) -> (String, Vec<Mark>) {
    let desk = h.state().session().open_issue().document.desk();
    let paragraph = &desk
        .entry(first_pick())
        .expect("pick")
        .commentary
        .paragraphs()[0];
    (paragraph.text.clone(), paragraph.marks.clone())
}

/// The app with the first pick open and the caret in its commentary.
fn in_commentary() -> Harness<'static, NashraApp> {
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
    h
}

/// Selects `words` of the commentary's first paragraph (as a drag would) and returns their
/// bytes.
fn select(h: &mut Harness<'static, NashraApp>, words: &str) -> std::ops::Range<usize> {
    let (text, _) = first_paragraph(h);
    let start = text.find(words).expect("in the commentary");
    let range = start..start + words.len();
    h.state_mut()
        .push_command(Command::Caret(field(), TextSelection::range(range.clone())));
    h.run();
    range
}

fn press(h: &mut Harness<'static, NashraApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn ctrl_b_on_an_arabic_word_makes_it_strong_and_undo_takes_it_off() {
    let mut h = in_commentary();
    let word = select(&mut h, "بماسك");
    let (_, before) = first_paragraph(&h);
    press(&mut h, Modifiers::COMMAND, Key::B);
    let (_, marks) = first_paragraph(&h);
    assert!(
        marks.contains(&Mark::new(word.clone(), MarkKind::Strong)),
        "{marks:?}"
    );
    // Again: all of it is bold already, so the bold goes.
    press(&mut h, Modifiers::COMMAND, Key::B);
    assert_eq!(first_paragraph(&h).1, before);
    // Each was one step.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(
        first_paragraph(&h)
            .1
            .contains(&Mark::new(word, MarkKind::Strong))
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(first_paragraph(&h).1, before);
}

#[test]
fn ctrl_k_asks_for_the_address_and_puts_the_link_on_the_words() {
    let mut h = in_commentary();
    let words = select(&mut h, "SpaceX");
    press(&mut h, Modifiers::COMMAND, Key::K);
    assert!(matches!(
        h.state().session().prompt(),
        Some(Prompt::Link { is_new: true, .. })
    ));
    let address = h.get_by_role_and_label(Role::TextInput, "Address (https://… or mailto:…)");
    address.type_text("javascript:alert(1)");
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    h.get_by_label_contains("not an address readers can follow");
    let linked = |h: &Harness<'_, NashraApp>| {
        first_paragraph(h)
            .1
            .iter()
            .any(|m| m.kind.is_link() && m.range == words)
    };
    assert!(!linked(&h));
    // The address is typed anew.
    let address = h.get_by_role_and_label(Role::TextInput, "Address (https://… or mailto:…)");
    address.focus();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::A);
    h.event(Event::Text("www.spacex.com".to_owned()));
    h.run();
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().session().prompt(), None);
    let (_, marks) = first_paragraph(&h);
    assert!(
        marks.contains(&Mark::new(
            words.clone(),
            MarkKind::Link("https://www.spacex.com".to_owned())
        )),
        "{marks:?}"
    );
    // Ctrl+K with the caret inside the link opens it for editing.
    h.state_mut().push_command(Command::Caret(
        field(),
        TextSelection::caret(words.start + 2),
    ));
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::K);
    assert!(matches!(
        h.state().session().prompt(),
        Some(Prompt::Link { is_new: false, address, .. }) if address == "https://www.spacex.com"
    ));
    h.get_by_label("Remove link").click();
    h.run();
    assert!(!linked(&h));
}

/// A browser's copy of "بحسب تقرير Reuters الأخير" with a link, a bold word, a script and a
/// style: the text goes in at the caret with the link and the bold, and nothing else.
#[test]
fn html_pasted_from_a_browser_keeps_one_link_and_one_bold_phrase_and_nothing_else() {
    let mut h = in_commentary();
    let (before, _) = first_paragraph(&h);
    h.state_mut()
        .push_command(Command::Caret(field(), TextSelection::caret(0)));
    let html = "<html><head><style>a{color:red}</style></head><body>\
        <p>بحسب <a href=\"https://www.reuters.com/x\" onmouseover=\"x()\">تقرير Reuters</a> \
        <b>الأخير</b><script>alert('hi')</script></p></body></html>";
    h.state_mut().push_command(Command::PasteHtml {
        html: html.to_owned(),
        plain: "بحسب تقرير Reuters الأخير".to_owned(),
    });
    h.run();
    let (text, marks) = first_paragraph(&h);
    let pasted = "بحسب تقرير Reuters الأخير";
    assert_eq!(text, format!("{pasted}{before}"));
    let at = |words: &str| {
        let start = text.find(words).expect("present");
        start..start + words.len()
    };
    let new_marks: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.range.end <= pasted.len())
        .collect();
    assert_eq!(
        new_marks,
        vec![
            &Mark::new(
                at("تقرير Reuters"),
                MarkKind::Link("https://www.reuters.com/x".to_owned())
            ),
            &Mark::new(at("الأخير"), MarkKind::Strong),
        ]
    );
    assert!(!text.contains("alert") && !text.contains("color"));
    // One undo step takes the whole paste back.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(first_paragraph(&h).0, before);
}

/// Typing at the end of a link is not part of the link (as in Docs and Word); typing inside
/// it is.
#[test]
fn typing_at_a_links_end_does_not_extend_it_and_inside_it_does() {
    let mut h = in_commentary();
    let words = select(&mut h, "Sequoia");
    h.state_mut().push_command(Command::SetLink {
        field: field(),
        range: words.clone(),
        address: "https://www.sequoiacap.com/".to_owned(),
    });
    h.run();
    h.state_mut()
        .push_command(Command::Caret(field(), TextSelection::caret(words.end)));
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Commentary")
        .focus();
    h.run();
    h.event(Event::Text("X".to_owned()));
    h.run();
    let link = |h: &Harness<'_, NashraApp>| {
        first_paragraph(h)
            .1
            .into_iter()
            .find(|m| m.kind == MarkKind::Link("https://www.sequoiacap.com/".to_owned()))
            .expect("the link")
            .range
    };
    assert_eq!(link(&h), words, "the letter after the link is not in it");
    h.state_mut().push_command(Command::Caret(
        field(),
        TextSelection::caret(words.start + 3),
    ));
    h.run();
    h.event(Event::Text("Y".to_owned()));
    h.run();
    assert_eq!(link(&h), words.start..words.end + 1, "inside, it grows");
    let (text, _) = first_paragraph(&h);
    assert_eq!(&text[link(&h)], "SeqYuoia");
}

/// Screen readers are told a link is a link, with its words and its address.
#[test]
fn a_link_is_a_link_to_screen_readers_with_its_address() {
    let h = in_commentary();
    let link = h.get_by_role_and_label(Role::Link, "صفقة تويتر");
    assert_eq!(
        link.accesskit_node().url(),
        Some("https://en.wikipedia.org/wiki/Acquisition_of_Twitter_by_Elon_Musk")
    );
}
