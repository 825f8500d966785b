//! Every edit and its undo; typing coalescing; the derived unsaved state.

use std::time::{Duration, Instant};

use nashra::model::{
    COALESCE_WINDOW, Direction, Document, Edit, Entry, Issue, Language, Prose, Section, Status,
    Story, StoryText, TextChange, TextField, TextSettings,
};
use proptest::prelude::*;

use super::support::sample_issue;

fn first_pick(issue: &Issue) -> &Entry {
    issue.picks().next().expect("the sample has picks")
}

/// Applies `edit`, checks it changed the issue, undoes it, checks the issue is back, redoes
/// it and checks the result is the same as the first time.
fn assert_undoable(edit: Edit) {
    let mut doc = Document::new(sample_issue());
    let original = doc.issue().clone();
    doc.apply(edit.clone(), Instant::now()).expect("applies");
    let changed = doc.issue().clone();
    assert_ne!(changed, original, "{edit:?} changed nothing");
    assert!(doc.is_modified());
    assert!(doc.undo().expect("undo"));
    assert_eq!(doc.issue(), &original, "undo of {edit:?}");
    assert!(!doc.is_modified(), "back at the saved revision");
    assert!(doc.redo().expect("redo"));
    assert_eq!(doc.issue(), &changed, "redo of {edit:?}");
}

#[test]
fn every_kind_of_edit_undoes_and_redoes() {
    let issue = sample_issue();
    let story = first_pick(&issue).story.id;
    let first_section = issue.sections[0].id;
    let second_section = issue.sections[1].id;
    let date = "2026-12-04".parse().expect("date");
    let edits = vec![
        Edit::Text {
            field: TextField::IssueTitle,
            change: TextChange::insert(0, "عدد خاص: "),
        },
        Edit::Text {
            field: TextField::Intro,
            change: TextChange::replace(0..10, "سطر\nجديد"),
        },
        Edit::Text {
            field: TextField::Commentary(story),
            change: TextChange::delete(0..10),
        },
        Edit::Text {
            field: TextField::Story(story, StoryText::Headline),
            change: TextChange::insert(0, "عاجل: "),
        },
        Edit::Text {
            field: TextField::Story(story, StoryText::Excerpt),
            change: TextChange::insert(0, "\n"),
        },
        Edit::Text {
            field: TextField::SectionTitle(first_section),
            change: TextChange::insert(0, "★ "),
        },
        Edit::SetTextSettings {
            field: TextField::Intro,
            paragraph: 1,
            settings: TextSettings {
                direction: Direction::Ltr,
                hints_dismissed: true,
            },
        },
        Edit::SetTextSettings {
            field: TextField::IssueTitle,
            paragraph: 0,
            settings: TextSettings {
                direction: Direction::Ltr,
                hints_dismissed: false,
            },
        },
        Edit::SetLanguage(Language::English),
        Edit::SetNumber(55),
        Edit::SetDate(date),
        Edit::SetStatus(Status::Published),
        Edit::SetPublished { story, date: None },
        Edit::SetTags {
            story,
            tags: vec!["xAI".into()],
        },
        Edit::InsertSection {
            index: 1,
            section: Section::new("ملحق"),
        },
        Edit::RemoveSection(first_section),
        Edit::MoveSection {
            section: second_section,
            index: 0,
        },
        Edit::InsertPick {
            section: second_section,
            index: 1,
            pick: Box::new(Entry {
                story: Story::new("قصة جديدة"),
                commentary: Prose::from_text("تعليق"),
            }),
        },
        Edit::RemovePick(story),
        Edit::MovePick {
            story,
            section: second_section,
            index: 2,
        },
    ];
    for edit in edits {
        assert_undoable(edit);
    }
}

#[test]
fn invalid_edits_are_errors_and_change_nothing() {
    let mut doc = Document::new(sample_issue());
    let original = doc.issue().clone();
    let story = first_pick(&original).story.id;
    let bad = [
        Edit::Text {
            field: TextField::IssueTitle,
            change: TextChange::insert(1, "x"), // inside an Arabic letter
        },
        Edit::SetTextSettings {
            field: TextField::IssueTitle,
            paragraph: 1, // a line has one paragraph
            settings: TextSettings::default(),
        },
        Edit::SetTextSettings {
            field: TextField::Intro,
            paragraph: 99,
            settings: TextSettings::default(),
        },
        Edit::MovePick {
            story,
            section: original.sections[1].id,
            index: 99,
        },
        Edit::InsertPick {
            section: original.sections[1].id,
            index: 0,
            pick: Box::new(first_pick(&original).clone()),
        },
        Edit::RemovePick(Story::new("").id),
    ];
    for edit in bad {
        assert!(doc.apply(edit.clone(), Instant::now()).is_err(), "{edit:?}");
        assert_eq!(doc.issue(), &original);
    }
    assert!(!doc.is_modified());
    assert!(!doc.can_undo());
}

#[test]
fn a_failing_group_is_rolled_back_whole() {
    let mut doc = Document::new(sample_issue());
    let original = doc.issue().clone();
    let group = vec![Edit::SetNumber(99), Edit::RemovePick(Story::new("").id)];
    assert!(doc.apply_all(group, Instant::now()).is_err());
    assert_eq!(doc.issue(), &original);
}

fn type_text(doc: &mut Document, field: TextField, at: usize, text: &str, start: Instant) -> usize {
    let mut offset = at;
    for (i, c) in text.chars().enumerate() {
        let change = TextChange::insert(offset, c.to_string());
        offset += c.len_utf8();
        let now = start + Duration::from_millis(100 * i as u64);
        doc.apply(Edit::Text { field, change }, now)
            .expect("typing");
    }
    offset
}

#[test]
fn typing_a_word_is_one_undo_step_and_a_new_word_is_another() {
    let mut doc = Document::new(sample_issue());
    let original = doc.issue().clone();
    let start = Instant::now();
    let end = type_text(&mut doc, TextField::IssueTitle, 0, "نشرة", start);
    let after_first_word = doc.issue().clone();
    type_text(
        &mut doc,
        TextField::IssueTitle,
        end,
        " الأسبوع",
        start + Duration::from_secs(1),
    );
    assert!(doc.undo().expect("undo"));
    assert_eq!(doc.issue(), &after_first_word);
    assert!(doc.undo().expect("undo"));
    assert_eq!(doc.issue(), &original);
    assert!(!doc.can_undo());
}

#[test]
fn a_pause_or_another_field_starts_a_new_step() {
    let mut doc = Document::new(sample_issue());
    let start = Instant::now();
    type_text(&mut doc, TextField::IssueTitle, 0, "أ", start);
    type_text(
        &mut doc,
        TextField::IssueTitle,
        2,
        "ب",
        start + COALESCE_WINDOW * 2,
    );
    let story = first_pick(doc.issue()).story.id;
    let field = TextField::Story(story, StoryText::Headline);
    type_text(&mut doc, field, 0, "ج", start + COALESCE_WINDOW * 2);
    let mut steps = 0;
    while doc.undo().expect("undo") {
        steps += 1;
    }
    assert_eq!(steps, 3);
}

#[test]
fn backspacing_coalesces() {
    let mut doc = Document::new(sample_issue());
    let original = doc.issue().clone();
    let field = TextField::IssueTitle;
    let mut end = original.title.len();
    let now = Instant::now();
    for _ in 0..5 {
        let start = original.title[..end]
            .char_indices()
            .last()
            .map(|(i, _)| i)
            .expect("a character");
        doc.apply(
            Edit::Text {
                field,
                change: TextChange::delete(start..end),
            },
            now,
        )
        .expect("backspace");
        end = start;
    }
    assert!(doc.undo().expect("undo"));
    assert_eq!(doc.issue(), &original);
}

#[test]
fn unsaved_is_derived_from_the_revision() {
    let mut doc = Document::new(sample_issue());
    assert!(!doc.is_modified());
    doc.apply(Edit::SetNumber(1), Instant::now()).expect("edit");
    assert!(doc.is_modified());
    doc.mark_saved(doc.revision());
    assert!(!doc.is_modified());
    doc.undo().expect("undo");
    assert!(doc.is_modified(), "undoing past the save is a change");
    doc.redo().expect("redo");
    assert!(!doc.is_modified(), "redo returns to the saved state");
    doc.undo().expect("undo");
    doc.apply(Edit::SetNumber(1), Instant::now())
        .expect("same edit again");
    assert!(
        doc.is_modified(),
        "a new branch is never the saved revision"
    );
}

#[test]
fn typing_after_a_save_is_not_merged_into_the_saved_step() {
    let mut doc = Document::new(sample_issue());
    let now = Instant::now();
    let end = type_text(&mut doc, TextField::IssueTitle, 0, "ab", now);
    doc.mark_saved(doc.revision());
    let saved = doc.issue().clone();
    type_text(&mut doc, TextField::IssueTitle, end, "c", now);
    assert!(doc.is_modified());
    doc.undo().expect("undo");
    assert_eq!(doc.issue(), &saved);
    assert!(!doc.is_modified());
}

#[test]
fn a_new_document_is_unsaved_until_saved() {
    let mut doc = Document::new_unsaved(sample_issue(), Default::default());
    assert!(doc.is_modified());
    doc.mark_saved(doc.revision());
    assert!(!doc.is_modified());
}

/// An edit script step: which field, where (as a fraction of its length) and what.
#[derive(Clone, Debug)]
enum Step {
    Insert { field: usize, at: f64, text: String },
    Delete { field: usize, at: f64, len: usize },
    Direction { paragraph: usize, rtl: bool },
    Undo,
    Redo,
}

fn step() -> impl Strategy<Value = Step> {
    let text = prop::collection::vec(
        prop::sample::select(vec![
            "ع", "ر", "ب", "ي", "ّ", "َ", "ً", " ", "\n", "A", "z", "1", "٣", "\u{200F}", "\u{2066}",
            "\u{2069}", "\u{200C}", "😀", "\"", "\\",
        ]),
        1..6,
    )
    .prop_map(|parts| parts.concat());
    prop_oneof![
        (0..4_usize, 0.0..=1.0, text).prop_map(|(field, at, text)| Step::Insert {
            field,
            at,
            text
        }),
        (0..4_usize, 0.0..=1.0, 1..8_usize).prop_map(|(field, at, len)| Step::Delete {
            field,
            at,
            len
        }),
        (0..4_usize, any::<bool>()).prop_map(|(paragraph, rtl)| Step::Direction { paragraph, rtl }),
        Just(Step::Undo),
        Just(Step::Redo),
    ]
}

/// The char boundary at or before `fraction` of the text.
fn boundary(text: &str, fraction: f64) -> usize {
    let target = (text.len() as f64 * fraction) as usize;
    text.floor_char_boundary(target)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_edit_scripts_undo_back_to_the_original(script in prop::collection::vec(step(), 1..40)) {
        let mut doc = Document::new(sample_issue());
        let original = doc.issue().clone();
        let story = first_pick(&original).story.id;
        let fields = [
            TextField::Intro,
            TextField::IssueTitle,
            TextField::Commentary(story),
            TextField::Story(story, StoryText::Headline),
        ];
        let start = Instant::now();
        for (i, step) in script.into_iter().enumerate() {
            let now = start + Duration::from_millis(300 * i as u64);
            match step {
                Step::Insert { field, at, text } => {
                    let field = fields[field];
                    let current = field.get(doc.desk()).expect("field").text().into_owned();
                    let at = boundary(&current, at);
                    doc.apply(Edit::Text { field, change: TextChange::insert(at, text) }, now)
                        .expect("insert at a boundary");
                }
                Step::Delete { field, at, len } => {
                    let field = fields[field];
                    let current = field.get(doc.desk()).expect("field").text().into_owned();
                    let from = boundary(&current, at);
                    let to = current.ceil_char_boundary((from + len).min(current.len()));
                    if from < to {
                        doc.apply(Edit::Text { field, change: TextChange::delete(from..to) }, now)
                            .expect("delete whole chars");
                    }
                }
                Step::Direction { paragraph, rtl } => {
                    let count = doc.issue().intro.paragraphs().len();
                    let direction = if rtl { Direction::Rtl } else { Direction::Ltr };
                    doc.apply(
                        Edit::SetTextSettings {
                            field: TextField::Intro,
                            paragraph: paragraph % count,
                            settings: TextSettings { direction, hints_dismissed: false },
                        },
                        now,
                    ).expect("set direction");
                }
                Step::Undo => { doc.undo().expect("undo"); }
                Step::Redo => { doc.redo().expect("redo"); }
            }
        }
        while doc.undo().expect("undo") {}
        prop_assert_eq!(doc.issue(), &original);
        prop_assert!(!doc.is_modified());
    }
}

/// A step of an editing script over marked prose.
#[derive(Clone, Debug)]
enum MarkStep {
    Type {
        at: f64,
        text: String,
    },
    /// Deletes between two places, given as fractions of the text's length.
    Delete {
        from: f64,
        to: f64,
    },
    /// A paste that brings its own marks: the pasted text strong over its first half.
    PasteMarked {
        at: f64,
        text: String,
    },
    Format {
        at: f64,
        len: usize,
        kind: u8,
        on: bool,
    },
    Undo,
    Redo,
}

fn mark_step() -> impl Strategy<Value = MarkStep> {
    let text = prop::collection::vec(
        prop::sample::select(vec!["ع", "ر", "ب", " ", "\n", "A", "z", "1", "ّ", "😀"]),
        1..6,
    )
    .prop_map(|parts| parts.concat());
    prop_oneof![
        (0.0..=1.0, text.clone()).prop_map(|(at, text)| MarkStep::Type { at, text }),
        (0.0..=1.0, 0.0..=1.0).prop_map(|(from, to)| MarkStep::Delete { from, to }),
        (0.0..=1.0, text).prop_map(|(at, text)| MarkStep::PasteMarked { at, text }),
        (0.0..=1.0, 1..40_usize, 0..4_u8, any::<bool>())
            .prop_map(|(at, len, kind, on)| MarkStep::Format { at, len, kind, on }),
        Just(MarkStep::Undo),
        Just(MarkStep::Redo),
    ]
}

/// Every paragraph's marks are in canonical form: inside the text, on characters, not empty,
/// in order, and marks of a kind neither overlapping nor touching.
fn marks_are_valid(prose: &Prose) -> Result<(), String> {
    for (i, paragraph) in prose.paragraphs().iter().enumerate() {
        let text = &paragraph.text;
        let mut normal = paragraph.marks.clone();
        nashra::model::mark::normalize(&mut normal, text);
        if normal != paragraph.marks {
            return Err(format!(
                "paragraph {i}: {:?} is not canonical",
                paragraph.marks
            ));
        }
        for mark in &paragraph.marks {
            if mark.range.is_empty()
                || mark.range.end > text.len()
                || !text.is_char_boundary(mark.range.start)
                || !text.is_char_boundary(mark.range.end)
            {
                return Err(format!("paragraph {i}: bad mark {mark:?} on {text:?}"));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Typing, deleting, pasting with marks, splitting and joining paragraphs, bold, emphasis
    /// and links on and off, undo and redo: the marks stay valid throughout, and undoing
    /// everything gives back the first issue byte for byte.
    #[test]
    fn marks_stay_valid_and_undo_gives_back_the_issue_byte_for_byte(
        script in prop::collection::vec(mark_step(), 1..40)
    ) {
        use nashra::model::{Mark, MarkKind, formatting::format_edits};
        let mut issue = sample_issue();
        // Start from short marked prose, so that edits and marks meet often: a link and two
        // bold stretches with plain words between them.
        let first = nashra::model::Paragraph::new("بحسب تقرير Reuters الأخير ok").with_marks(vec![
            Mark::new(0..8, MarkKind::Link("https://example.org/".to_owned())),
            Mark::new(4..10, MarkKind::Strong),
            Mark::new(19..27, MarkKind::Strong),
        ]);
        issue.intro = Prose::from(vec![first, nashra::model::Paragraph::new("سطر ثانٍ")]);
        let original = nashra::io::issue_to_ron(&issue).expect("serializes");
        let mut doc = Document::new(issue);
        let field = TextField::Intro;
        let start = Instant::now();
        let kinds = [
            MarkKind::Strong,
            MarkKind::Emphasis,
            MarkKind::Link("https://a.example/".to_owned()),
            MarkKind::Link("https://b.example/".to_owned()),
        ];
        for (i, step) in script.into_iter().enumerate() {
            let now = start + Duration::from_millis(300 * i as u64);
            let current = doc.issue().intro.text();
            match step {
                MarkStep::Type { at, text } => {
                    let at = boundary(&current, at);
                    doc.apply(Edit::Text { field, change: TextChange::insert(at, text) }, now)
                        .expect("typed");
                }
                MarkStep::Delete { from, to } => {
                    let (from, to) = (boundary(&current, from), boundary(&current, to));
                    let (from, to) = (from.min(to), from.max(to));
                    if from < to {
                        doc.apply(Edit::Text { field, change: TextChange::delete(from..to) }, now)
                            .expect("deleted");
                    }
                }
                MarkStep::PasteMarked { at, text } => {
                    let at = boundary(&current, at);
                    let half = text.floor_char_boundary(text.len() / 2);
                    let marks = text[..half]
                        .split('\n')
                        .next()
                        .filter(|line| !line.is_empty())
                        .map(|line| vec![Mark::new(0..line.len(), MarkKind::Strong)])
                        .unwrap_or_default();
                    let change = TextChange::insert(at, text).with_marks(marks);
                    doc.apply(Edit::Text { field, change }, now).expect("pasted");
                }
                MarkStep::Format { at, len, kind, on } => {
                    let from = boundary(&current, at);
                    let to = current.ceil_char_boundary((from + len).min(current.len()));
                    let edits = format_edits(doc.desk(), field, from..to, &kinds[usize::from(kind)], on)
                        .expect("plans");
                    if !edits.is_empty() {
                        doc.apply_all(edits, now).expect("formats");
                    }
                }
                MarkStep::Undo => { doc.undo().expect("undo"); }
                MarkStep::Redo => { doc.redo().expect("redo"); }
            }
            if let Err(problem) = marks_are_valid(&doc.issue().intro) {
                return Err(TestCaseError::fail(problem));
            }
        }
        while doc.undo().expect("undo") {}
        prop_assert_eq!(nashra::io::issue_to_ron(doc.issue()).expect("serializes"), original);
    }
}
