//! Loading and saving issue files: format, errors with positions, limits.

use std::path::Path;

use nashra::io::{self, LoadError, MAX_FILE_BYTES};
use nashra::model::{Direction, Language, Paragraph, Prose, Status};

use super::support::{data_dir, file_names, sample_issue, temp_file};

#[test]
fn sample_issue_is_what_the_brief_asks_for() {
    let issue = sample_issue();
    assert_eq!(issue.sections.len(), 2);
    assert!(issue.picks().count() >= 3);
    assert!(!issue.intro.is_empty());
    for pick in issue.picks() {
        let story = &pick.story;
        assert!(!story.headline.is_empty());
        assert!(!story.source.is_empty());
        assert!(story.url.starts_with("https://"));
        assert!(story.published.is_some());
        assert!(!story.excerpt.is_empty());
        assert!(!pick.commentary.is_empty());
    }
    // The Latin-first paragraph the editor forced right to left keeps that setting.
    let forced = issue
        .picks()
        .flat_map(|p| p.commentary.paragraphs())
        .find(|p| p.text.starts_with("OpenAI"))
        .expect("a Latin-first commentary paragraph");
    assert_eq!(forced.direction, Direction::Rtl);
}

#[test]
fn sample_file_is_in_the_form_nashra_writes() {
    let text = io::issue_to_ron(&sample_issue()).expect("serializes");
    assert_eq!(text, nashra::io::SAMPLE_RON);
}

#[test]
fn saved_files_keep_arabic_marks_and_controls_readable() {
    let mut issue = sample_issue();
    // Tashkeel, RLM, ALM, an isolate pair, ZWNJ, a quote and a backslash.
    let tricky = "مُحَمَّد\u{200F} \u{061C}\u{2068}OpenAI\u{2069}\u{200C} \"q\" \\ r\"#";
    issue.intro = Prose::from(vec![Paragraph::new(tricky)]);
    let text = io::issue_to_ron(&issue).expect("serializes");
    assert!(text.contains(tricky), "strings are written as themselves");
    assert!(!text.contains("\\u{"), "no escapes in:\n{text}");
    assert!(!text.contains('\r'));
    assert!(text.starts_with("(\n    version: 4,\n"));
    let back = io::parse_issue(text.as_bytes(), Path::new("t.ron")).expect("parses");
    assert_eq!(back.issue, issue);
}

#[test]
fn save_then_load_round_trips_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue-54.ron");
    let mut issue = sample_issue();
    io::save_issue(&path, &issue).expect("first save");
    issue.status = Status::Ready;
    io::save_issue(&path, &issue).expect("second save");
    let loaded = io::load_issue(&path).expect("loads");
    assert_eq!(loaded.issue, issue);
    assert!(!loaded.is_from_newer_version());
    let backup = io::load_issue(&io::backup_path(&path)).expect("backup loads");
    assert_eq!(backup.issue.status, Status::Draft);
    assert_eq!(file_names(dir.path()), ["issue-54.ron", "issue-54.ron.bak"]);
}

fn syntax_error(bytes: &[u8]) -> (usize, usize, String) {
    let (_dir, path) = temp_file("broken.ron", bytes);
    let err = io::load_issue(&path).expect_err("must not load");
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        bytes,
        "file untouched"
    );
    let LoadError::Syntax {
        line,
        column,
        message,
        path: err_path,
    } = &err
    else {
        panic!("expected a syntax error, got {err:?}");
    };
    assert_eq!(err_path, &path);
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}:{line}:{column}: ", path.display())),
        "{shown}"
    );
    (*line, *column, message.clone())
}

#[test]
fn broken_file_reports_line_and_column() {
    let good = nashra::io::SAMPLE_RON;
    // Remove the comma after `number: 54`, on line 3.
    let broken = good.replacen("number: 54,", "number: 54", 1);
    let (line, column, message) = syntax_error(broken.as_bytes());
    assert_eq!(line, 4, "{message}");
    assert!(column >= 5, "column {column}");
    assert!(message.to_lowercase().contains("comma"), "{message}");
}

#[test]
fn a_wrong_value_names_what_was_expected() {
    let broken = nashra::io::SAMPLE_RON.replacen("status: Draft", "status: Sent", 1);
    let (line, _, message) = syntax_error(broken.as_bytes());
    assert_eq!(line, 7);
    assert!(
        message.contains("Draft"),
        "lists the valid statuses: {message}"
    );
}

#[test]
fn an_invalid_date_is_reported_where_it_is() {
    let broken = nashra::io::SAMPLE_RON.replacen("2026-11-27", "2026-13-27", 1);
    let (line, _, _) = syntax_error(broken.as_bytes());
    assert_eq!(line, 6);
}

#[test]
fn missing_field_and_truncated_files_are_errors() {
    let sample = nashra::io::SAMPLE_RON;
    let cut = sample.floor_char_boundary(sample.len() / 2);
    syntax_error(&sample.as_bytes()[..cut]);
    // Cut inside a character: not even UTF-8 any more.
    syntax_error(&sample.as_bytes()[..sample.find('ا').expect("Arabic") + 1]);
    syntax_error(b"(version: 1)");
    syntax_error(b"");
    syntax_error(&[0_u8; 64]);
}

#[test]
fn invalid_utf8_is_located() {
    let mut bytes = b"(\n    version: 1,\n    title: \"ab".to_vec();
    bytes.push(0xFF);
    let (line, column, message) = syntax_error(&bytes);
    assert_eq!((line, column), (3, 15));
    assert!(message.contains("UTF-8"));
}

#[test]
fn a_file_from_a_newer_nashra_opens_read_only() {
    let newer = nashra::io::SAMPLE_RON
        .replacen("version: 4,", "version: 7,", 1)
        .replacen(
            "status: Draft,",
            "status: Draft,\n    audience: \"all\",",
            1,
        );
    let (_dir, path) = temp_file("newer.ron", newer.as_bytes());
    let loaded = io::load_issue(&path).expect("a newer file still opens");
    assert!(loaded.is_from_newer_version());
    assert_eq!(loaded.file_version, 7);
    assert_eq!(loaded.issue, sample_issue());
}

#[test]
fn version_zero_is_refused() {
    let old = nashra::io::SAMPLE_RON.replacen("version: 4,", "version: 0,", 1);
    let (_dir, path) = temp_file("old.ron", old.as_bytes());
    let err = io::load_issue(&path).expect_err("refused");
    assert!(
        matches!(err, LoadError::UnsupportedVersion { version: 0, .. }),
        "{err:?}"
    );
}

#[test]
fn oversized_files_are_refused_without_reading_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    // A sparse file: large on paper, no disk used.
    file.set_len(MAX_FILE_BYTES + 1).expect("set length");
    let err = io::load_issue(&path).expect_err("refused");
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("huge.ron"));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [200, 100_000] {
        let mut text = String::from("(version: 1, number: 1, title: ");
        text.push_str(&"[".repeat(depth));
        text.push_str(&"]".repeat(depth));
        text.push(')');
        let (line, _, message) = syntax_error(text.as_bytes());
        assert_eq!(line, 1, "{message}");
    }
    let mut deep_ignored = String::from("(version: 1, extra: ");
    deep_ignored.push_str(&"(".repeat(50_000));
    let (_, _, message) = syntax_error(deep_ignored.as_bytes());
    // Said in the editor's terms, not as advice on the parser's options.
    assert_eq!(
        message,
        "the file is nested more deeply than Nashra reads (64 levels)"
    );
}

#[test]
fn a_missing_file_is_a_read_error_naming_it() {
    let err = io::load_issue(Path::new("/nonexistent/nashra/issue.ron")).expect_err("missing");
    assert!(matches!(err, LoadError::Read { .. }));
    assert!(err.to_string().ends_with("/nonexistent/nashra/issue.ron"));
}

#[test]
fn paragraph_directions_survive_save_and_load() {
    let mut issue = sample_issue();
    issue.intro = Prose::from(vec![
        Paragraph::with_direction("OpenAI 13 مليار", Direction::Rtl),
        Paragraph::with_direction("عربي", Direction::Ltr),
        Paragraph::new("auto"),
    ]);
    let (_dir, path) = temp_file("dirs.ron", b"");
    io::save_issue(&path, &issue).expect("saves");
    let loaded = io::load_issue(&path).expect("loads").issue;
    let dirs: Vec<Direction> = loaded
        .intro
        .paragraphs()
        .iter()
        .map(|p| p.direction)
        .collect();
    assert_eq!(dirs, [Direction::Rtl, Direction::Ltr, Direction::Auto]);
}

/// A version-1 file (before per-field settings and the issue's language) opens with the same
/// texts and direction settings, is saved as version 2, and the first save's `.bak` keeps the
/// version-1 bytes; `nashra check` accepts both versions.
#[test]
fn version_1_files_open_unchanged_and_are_saved_in_the_current_version() {
    let v1_bytes = std::fs::read(data_dir().join("issue-v1.ron")).expect("test file");
    let (dir, path) = temp_file("issue-54.ron", &v1_bytes);
    let loaded = io::load_issue(&path).expect("a version-1 file loads");
    assert!(!loaded.is_from_newer_version());
    let issue = loaded.issue;
    assert_eq!(issue.language, Language::Arabic);

    // Same texts as the sample (which is this file in version 3), same settings but the one
    // paragraph the test file sets left to right.
    let sample = sample_issue();
    assert_eq!(issue.title, sample.title);
    assert_eq!(issue.intro, sample.intro);
    assert_eq!(issue.sections.len(), sample.sections.len());
    let commentary = |i: &nashra::model::Issue| i.sections[0].picks[0].commentary.clone();
    let directions: Vec<Direction> = commentary(&issue)
        .paragraphs()
        .iter()
        .map(|p| p.direction)
        .collect();
    assert_eq!(directions, [Direction::Ltr, Direction::Rtl]);
    let mut expected = sample.clone();
    expected.sections[0].picks[0].commentary = commentary(&issue);
    assert_eq!(issue, expected);

    io::save_issue(&path, &issue).expect("save");
    let saved = std::fs::read_to_string(&path).expect("saved");
    assert!(saved.contains("version: 4,"), "{saved}");
    assert!(saved.contains("language: \"ar\""));
    assert_eq!(
        std::fs::read(io::backup_path(&path)).expect("backup"),
        v1_bytes,
        "the .bak of the first save is the version-1 file, byte for byte"
    );
    assert_eq!(io::load_issue(&path).expect("reloads").issue, issue);

    for file in [path.clone(), dir.path().join("v1.ron")] {
        if !file.exists() {
            std::fs::write(&file, &v1_bytes).expect("write v1 copy");
        }
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
            .arg("check")
            .arg(&file)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// Version 3 adds the words the spelling check ignores in the issue: a version-2 file opens
/// with none, and they are written (and read back) when there are some.
#[test]
fn version_2_files_open_and_ignored_words_round_trip() {
    let v2 = nashra::io::SAMPLE_RON.replacen("version: 4,", "version: 2,", 1);
    let loaded = io::parse_issue(v2.as_bytes(), Path::new("v2.ron")).expect("a version-2 file");
    assert!(loaded.issue.ignored_words.is_empty());
    assert!(!loaded.is_from_newer_version());
    let mut issue = loaded.issue;
    issue.ignored_words.insert("إيلون".to_owned());
    let text = io::issue_to_ron(&issue).expect("serializes");
    assert!(
        text.contains("    ignored_words: [\n        \"إيلون\",\n    ],\n"),
        "{text}"
    );
    let back = io::parse_issue(text.as_bytes(), Path::new("t.ron")).expect("parses");
    assert_eq!(back.issue, issue);
}

/// Version 4 only added fields with defaults: a version-3 file opens as the same issue, is not
/// taken for a newer one, and is saved as version 4.
#[test]
fn version_3_files_open_and_are_saved_as_version_4() {
    let v3 = nashra::io::SAMPLE_RON.replacen("version: 4,", "version: 3,", 1);
    let v3_issue = io::parse_issue(v3.as_bytes(), Path::new("v3.ron")).expect("a version-3 file");
    let v4_issue = io::parse_issue(nashra::io::SAMPLE_RON.as_bytes(), Path::new("v4.ron"))
        .expect("the sample");
    assert!(!v3_issue.is_from_newer_version());
    assert_eq!(v3_issue.issue, v4_issue.issue);
    let text = io::issue_to_ron(&v3_issue.issue).expect("serializes");
    assert!(text.starts_with("(\n    version: 4,\n"), "{text}");
}

/// Marks are saved after the text, by characters and with their words, and read back exactly;
/// a mark whose characters a hand edit shifted goes to where its words are.
#[test]
fn marks_round_trip_and_follow_their_words_after_a_hand_edit() {
    use nashra::model::{Mark, MarkKind, Paragraph, Prose};
    let mut issue = sample_issue();
    let text = "بحسب تقرير Reuters الأخير";
    let words = "تقرير Reuters";
    let at = text.find(words).expect("present");
    issue.intro = Prose::from(vec![Paragraph::new(text).with_marks(vec![
        Mark::new(
            at..at + words.len(),
            MarkKind::Link("https://www.reuters.com/x".to_owned()),
        ),
        Mark::new(0.."بحسب".len(), MarkKind::Strong),
    ])]);
    let ron = io::issue_to_ron(&issue).expect("serializes");
    assert!(
        ron.contains("start: 5,") && ron.contains("end: 18,"),
        "characters, not bytes:\n{ron}"
    );
    assert!(ron.contains("text: \"تقرير Reuters\""), "{ron}");
    let back = io::parse_issue(ron.as_bytes(), Path::new("t.ron")).expect("parses");
    assert_eq!(back.issue, issue);
    // Someone added a word at the start of the paragraph in a text editor.
    let edited = ron.replacen("text: \"بحسب تقرير", "text: \"هام: بحسب تقرير", 1);
    let moved = io::parse_issue(edited.as_bytes(), Path::new("t.ron")).expect("parses");
    let paragraph = &moved.issue.intro.paragraphs()[0];
    let link = paragraph
        .marks
        .iter()
        .find(|m| m.kind.is_link())
        .expect("the link is kept");
    assert_eq!(&paragraph.text[link.range.clone()], words);
}
