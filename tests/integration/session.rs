//! The session without a window: the file lifecycle (closing, saving, files changed elsewhere,
//! broken files), curation by command, pastes, the Edit menu's commands and the messages shown,
//! driven by the same commands the window sends, with the effects it would perform checked.

use std::path::Path;
use std::time::{Duration, Instant};

use nashra::model::{Direction, Edit, StoryId, StoryText, TextField, TextSelection};
use nashra::session::{
    Action, AppOptions, Command, DialogOutcome, DialogPurpose, Effect, Focus, Prompt, Selection,
    Session, Then, UnsavedChoice,
};
use nashra::strings::Msg;

use super::support::{desk_layout, desk_story, library, sample_issue};

/// A session and what it asked the window to do.
struct Driver {
    session: Session,
}

impl Driver {
    fn new(options: AppOptions) -> Self {
        Self {
            session: Session::new(options),
        }
    }

    fn sample() -> Self {
        Self::new(AppOptions::default())
    }

    fn on_file(path: &Path, check_every: Duration) -> Self {
        Self::new(AppOptions {
            path: Some(path.to_owned()),
            disk_check_interval: check_every,
            ..AppOptions::default()
        })
    }

    fn run(&mut self, commands: impl IntoIterator<Item = Command>) -> Vec<Effect> {
        self.session.run_all(commands.into_iter().collect())
    }

    fn action(&mut self, action: Action) -> Vec<Effect> {
        self.run([Command::Run(action)])
    }

    /// What the window does once a frame before drawing, then an empty frame's commands.
    fn frame(&mut self) -> Vec<Effect> {
        self.session.tick(Instant::now());
        self.run([])
    }

    fn issue(&self) -> &nashra::model::Issue {
        self.session.open_issue().document.issue()
    }

    fn is_modified(&self) -> bool {
        self.session.open_issue().document.is_modified()
    }

    fn modify(&mut self) {
        self.run([Command::Edit(Edit::SetNumber(77))]);
        assert!(self.is_modified());
    }
}

fn issue_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    nashra::io::save_issue(&path, &sample_issue()).expect("saved");
    (dir, path)
}

/// Another program saves the issue with a different number.
fn change_elsewhere(path: &Path, number: u32) {
    let mut issue = sample_issue();
    issue.number = number;
    std::fs::write(path, nashra::io::issue_to_ron(&issue).expect("ron")).expect("write");
}

fn number_on_disk(path: &Path) -> u32 {
    nashra::io::load_issue(path).expect("loads").issue.number
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_then_overwrites_or_reloads() {
    let (_dir, path) = issue_file();
    let mut d = Driver::on_file(&path, Duration::from_secs(3600));
    d.modify();
    change_elsewhere(&path, 500);
    d.action(Action::Save);
    assert_eq!(d.session.prompt(), Some(&Prompt::ChangedOnDisk));
    assert_eq!(number_on_disk(&path), 500, "nothing written yet");
    d.run([Command::OverwriteDisk]);
    assert_eq!(number_on_disk(&path), 77);
    assert!(!d.is_modified());

    nashra::io::save_issue(&path, &sample_issue()).expect("saved");
    let mut d = Driver::on_file(&path, Duration::from_secs(3600));
    d.modify();
    change_elsewhere(&path, 600);
    d.action(Action::Save);
    d.run([Command::ReloadFromDisk]);
    assert_eq!(d.issue().number, 600);
    assert_eq!(number_on_disk(&path), 600);
}

#[test]
fn a_touch_that_keeps_the_contents_does_not_ask() {
    let (_dir, path) = issue_file();
    let mut d = Driver::on_file(&path, Duration::from_secs(3600));
    d.modify();
    // Rewrite the same bytes: a new modification time, the same contents.
    let bytes = std::fs::read(&path).expect("read");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&path, bytes).expect("touch");
    d.action(Action::Save);
    assert_eq!(d.session.prompt(), None);
    assert_eq!(number_on_disk(&path), 77);
}

#[test]
fn a_change_elsewhere_is_offered_for_reload_only_while_nothing_is_unsaved() {
    let (_dir, path) = issue_file();
    let mut d = Driver::on_file(&path, Duration::ZERO);
    change_elsewhere(&path, 600);
    d.frame();
    assert_eq!(d.session.prompt(), Some(&Prompt::ChangedOnDisk));
    d.run([Command::ReloadFromDisk]);
    assert_eq!(d.issue().number, 600);

    let mut d = Driver::on_file(&path, Duration::ZERO);
    d.modify();
    change_elsewhere(&path, 700);
    d.frame();
    assert_eq!(d.session.prompt(), None, "asked only when saving");
}

#[test]
fn closing_asks_about_unsaved_changes_and_keeps_the_window_until_answered() {
    let mut d = Driver::sample();
    let effects = d.run([Command::CloseRequested]);
    assert!(d.session.close_confirmed(), "a clean issue closes at once");
    assert!(!effects.contains(&Effect::CancelClose));

    let mut d = Driver::sample();
    d.modify();
    let effects = d.run([Command::CloseRequested]);
    assert!(effects.contains(&Effect::CancelClose));
    assert_eq!(d.session.prompt(), Some(&Prompt::Unsaved(Then::Quit)));
    d.run([Command::Unsaved(UnsavedChoice::Cancel)]);
    assert!(!d.session.close_confirmed() && d.is_modified());

    d.run([Command::CloseRequested]);
    let effects = d.run([Command::Unsaved(UnsavedChoice::Discard)]);
    assert!(effects.contains(&Effect::CloseWindow));
    assert!(d.session.close_confirmed());
}

#[test]
fn save_on_close_asks_for_a_path_where_there_is_no_dialog_then_closes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("my-issue.ron");
    let mut d = Driver::sample();
    d.modify();
    d.run([Command::CloseRequested]);
    let effects = d.run([Command::Unsaved(UnsavedChoice::Save)]);
    let asked = effects.iter().find_map(|e| match e {
        Effect::AskPath { purpose, .. } => Some(*purpose),
        _ => None,
    });
    assert_eq!(asked, Some(DialogPurpose::SaveAs));
    assert!(!d.session.can_run(Action::Save), "one dialog at a time");
    d.run([Command::DialogAnswered(DialogOutcome::Unavailable(
        DialogPurpose::SaveAs,
    ))]);
    assert!(matches!(d.session.prompt(), Some(Prompt::Path { .. })));
    let effects = d.run([Command::SaveToPath(target.clone())]);
    assert!(effects.contains(&Effect::CloseWindow));
    assert_eq!(number_on_disk(&target), 77);
}

#[test]
fn a_failed_save_keeps_the_issue_unsaved_and_a_later_save_replaces_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut d = Driver::sample();
    d.modify();
    let nowhere = Path::new("/nonexistent-folder/nashra/issue.ron");
    d.run([Command::SaveToPath(nowhere.to_owned())]);
    assert!(d.is_modified());
    let errors: Vec<_> = d.session.notices().iter().filter(|n| n.is_error).collect();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .text
            .contains("/nonexistent-folder/nashra/issue.ron")
    );

    d.run([Command::SaveToPath(dir.path().join("issue.ron"))]);
    assert!(!d.is_modified());
    assert!(
        d.session.notices().iter().all(|n| !n.is_error),
        "{:?}",
        d.session.notices()
    );
}

#[test]
fn a_new_issue_asks_first_and_follows_the_open_one() {
    let mut d = Driver::sample();
    d.modify();
    d.action(Action::New);
    assert_eq!(d.session.prompt(), Some(&Prompt::Unsaved(Then::New)));
    d.run([Command::Unsaved(UnsavedChoice::Discard)]);
    assert_eq!(d.issue().number, 78, "the number after the open issue's 77");
    assert_eq!(d.issue().date, sample_issue().date + jiff::ToSpan::days(7));
}

#[test]
fn opening_a_broken_file_reports_where_and_keeps_the_file() {
    let broken = b"(version: 1, number: oops)";
    let (_dir, path) = super::support::temp_file("broken.ron", broken);
    let d = Driver::on_file(&path, Duration::from_secs(3600));
    let notice = d.session.notices().first().expect("an error is shown");
    assert!(notice.text.contains(&format!("{}:1:", path.display())));
    assert_eq!(std::fs::read(&path).expect("read"), broken);
}

fn id_of(d: &Driver, headline: &str) -> StoryId {
    desk_story(d.session.open_issue().document.desk(), headline)
}

fn layout(d: &Driver) -> Vec<Vec<String>> {
    desk_layout(d.session.open_issue().document.desk())
}

#[test]
fn curation_moves_run_on_the_selected_story_and_undo_as_one_step_each() {
    let (_dir, root) = library();
    let mut d = Driver::new(AppOptions {
        library: Some(root),
        ..AppOptions::default()
    });
    let first = id_of(&d, "الأولى");
    assert_eq!(
        d.session.availability(Action::MoveDown),
        Err(Msg::WhyNoPick),
        "nothing selected yet"
    );
    d.run([Command::Select(Selection::Story(first))]);
    d.action(Action::MoveDown);
    assert_eq!(layout(&d)[0], ["الثانية", "الأولى"]);
    d.action(Action::MoveToNextSection);
    assert_eq!(layout(&d)[1], ["الأولى", "الثالثة"]);
    d.action(Action::SendToInbox);
    assert_eq!(layout(&d)[2][0], "الأولى");
    assert_eq!(
        d.session.availability(Action::MoveUp),
        Err(Msg::WhyNoPick),
        "an inbox story is not a pick"
    );
    d.action(Action::PickStory);
    assert_eq!(layout(&d)[0], ["الثانية", "الأولى"]);
    d.action(Action::Undo);
    assert_eq!(layout(&d)[2][0], "الأولى");
    d.action(Action::Undo);
    d.action(Action::Undo);
    d.action(Action::Undo);
    assert_eq!(layout(&d)[0], ["الأولى", "الثانية"]);
}

#[test]
fn a_paste_no_field_took_is_collected_and_paste_story_takes_it_from_a_field() {
    let (_dir, root) = library();
    let mut d = Driver::new(AppOptions {
        library: Some(root),
        ..AppOptions::default()
    });
    let inbox = |d: &Driver| d.session.open_issue().document.desk().inbox.entries.len();
    let before = inbox(&d);
    d.run([Command::Pasted {
        text: "يصل إلى الحقل".to_owned(),
        field_focused: true,
    }]);
    assert_eq!(inbox(&d), before, "a field took it");
    d.run([Command::Pasted {
        text: "https://example.com/new-story".to_owned(),
        field_focused: false,
    }]);
    assert_eq!(inbox(&d), before + 1);

    let effects = d.action(Action::PasteStory);
    assert_eq!(effects, [Effect::ReleaseFocus, Effect::RequestPaste]);
    d.run([Command::Pasted {
        text: "https://example.com/another".to_owned(),
        field_focused: true,
    }]);
    assert_eq!(inbox(&d), before + 2, "asked for by Paste story");
}

/// The Edit menu (and the palette, and the format bar) act where the document keeps the caret,
/// on its text, in the frame they are asked: no trip through the field's pane.
#[test]
fn the_edit_menu_acts_where_the_document_keeps_the_caret() {
    let mut d = Driver::sample();
    let story = sample_issue().picks().next().expect("a pick").story.id;
    let headline = TextField::Story(story, StoryText::Headline);
    let text = |d: &Driver| {
        let desk = d.session.open_issue().document.desk();
        headline.get(desk).expect("headline").text().into_owned()
    };
    let caret = |d: &Driver| d.session.open_issue().document.selection_in(headline);
    assert_eq!(d.session.availability(Action::Copy), Err(Msg::WhyNoField));
    d.run([Command::Select(Selection::Story(story))]);
    d.run([Command::Caret(headline, TextSelection::caret(0))]);
    assert_eq!(
        d.session.availability(Action::Copy),
        Err(Msg::WhyNoSelection)
    );
    let original = text(&d);
    assert_eq!(
        d.action(Action::SelectAll),
        [Effect::Focus(Focus::Field(headline))]
    );
    assert_eq!(caret(&d), TextSelection::range(0..original.len()));
    assert_eq!(
        d.action(Action::Copy),
        [
            Effect::Focus(Focus::Field(headline)),
            Effect::CopyText(original.clone())
        ]
    );
    // A mark is typed at the caret, over the selection as a letter would be, and the caret
    // moves past it.
    d.run([Command::Caret(headline, TextSelection::caret(0))]);
    assert_eq!(
        d.action(Action::InsertRlm),
        [Effect::Focus(Focus::Field(headline))]
    );
    assert_eq!(text(&d), format!("\u{200F}{original}"));
    assert_eq!(caret(&d), TextSelection::caret("\u{200F}".len()));
    // Cut: on the clipboard and out of the text, one undo step; undo brings the words and the
    // selection back.
    let word = "Sequoia";
    let start = text(&d).find(word).expect("in the headline");
    d.run([Command::Caret(
        headline,
        TextSelection::range(start..start + word.len()),
    )]);
    let effects = d.action(Action::Cut);
    assert!(
        effects.contains(&Effect::CopyText(word.to_owned())),
        "{effects:?}"
    );
    assert!(!text(&d).contains(word));
    assert_eq!(caret(&d), TextSelection::caret(start));
    d.action(Action::Undo);
    assert!(text(&d).contains(word));
    assert_eq!(caret(&d), TextSelection::range(start..start + word.len()));
    d.action(Action::DirectionLtr);
    let desk = d.session.open_issue().document.desk();
    assert_eq!(
        headline.settings(desk, 0).expect("settings").direction,
        Direction::Ltr
    );
    // Another view shown: the field with the caret is no longer in it.
    d.run([Command::Select(Selection::Preview)]);
    assert_eq!(
        d.session.availability(Action::DirectionRtl),
        Err(Msg::WhyNoField)
    );
}

#[test]
fn actions_that_only_the_window_can_do_come_back_as_effects() {
    let mut d = Driver::sample();
    let html = match d.action(Action::CopyHtml).as_slice() {
        [Effect::CopyText(html)] => html.clone(),
        other => panic!("{other:?}"),
    };
    assert!(html.contains("<html"), "{html:.80}");
    assert_eq!(d.action(Action::Palette), [Effect::ShowPalette]);
    assert_eq!(d.action(Action::Find), [Effect::Focus(Focus::SearchQuery)]);
    assert_eq!(d.session.selection(), Selection::Search);
}

/// A failed export's error is replaced by the next export's result.
#[test]
fn a_later_message_on_the_same_topic_replaces_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut d = Driver::sample();
    let nowhere = dir.path().join("no such folder").join("issue.html");
    d.run([Command::ExportToPath(nowhere)]);
    let errors = |d: &Driver| d.session.notices().iter().filter(|n| n.is_error).count();
    assert_eq!(errors(&d), 1, "{:?}", d.session.notices());
    d.run([Command::ExportToPath(dir.path().join("issue.html"))]);
    assert_eq!(errors(&d), 0, "{:?}", d.session.notices());
    assert!(
        d.session
            .notices()
            .iter()
            .any(|n| n.text.contains("issue.html"))
    );
}

/// Saving writes off the UI thread: the snapshot is taken when the save starts, edits made
/// while it is written are kept and leave the issue unsaved, and the file holds the snapshot.
#[test]
fn a_background_save_keeps_edits_made_while_it_is_written() {
    let (_dir, root) = library();
    let path = root.join("issue-013.ron");
    let mut d = Driver::new(AppOptions {
        path: Some(path.clone()),
        library: Some(root.clone()),
        background_file_work: true,
        ..AppOptions::default()
    });
    d.run([Command::Edit(Edit::SetNumber(40))]);
    d.action(Action::Save);
    assert!(d.session.is_saving());
    assert_eq!(d.session.availability(Action::Save), Err(Msg::WhySaving));
    // Typed while the worker writes.
    d.run([Command::Edit(Edit::SetNumber(41))]);
    let started = Instant::now();
    while d.session.is_saving() {
        assert!(started.elapsed() < Duration::from_secs(20), "the save ends");
        std::thread::sleep(Duration::from_millis(5));
        d.frame();
    }
    assert_eq!(number_on_disk(&path), 40, "the snapshot was written");
    assert!(d.is_modified(), "the later edit is not saved yet");
    assert!(
        d.session
            .notices()
            .iter()
            .any(|n| n.text.starts_with("Saved")),
        "{:?}",
        d.session.notices()
    );
    // The library's entry for the file was refreshed, not the whole folder read again.
    let index = &d.session.library().expect("library").index;
    assert!(index.issues.iter().any(|i| i.issue.number == 40));
    d.action(Action::Save);
    while d.session.is_saving() {
        std::thread::sleep(Duration::from_millis(5));
        d.frame();
    }
    assert_eq!(number_on_disk(&path), 41);
    assert!(!d.is_modified());
}

#[test]
fn a_background_save_that_fails_is_reported_and_loses_nothing() {
    let mut d = Driver::new(AppOptions {
        background_file_work: true,
        ..AppOptions::default()
    });
    d.modify();
    d.run([Command::SaveToPath(
        "/nonexistent-folder/nashra/issue.ron".into(),
    )]);
    while d.session.is_saving() {
        std::thread::sleep(Duration::from_millis(5));
        d.frame();
    }
    assert!(d.is_modified());
    assert!(
        d.session
            .notices()
            .iter()
            .any(|n| n.is_error && n.text.starts_with("Could not save")),
        "{:?}",
        d.session.notices()
    );
    assert_eq!(d.issue().number, 77);
}

fn library_of(d: &Driver) -> &nashra::session::LibrarySession {
    d.session.library().expect("library")
}

/// Waits, frame by frame, until `done` holds.
fn frames_until(d: &mut Driver, what: &str, done: impl Fn(&Driver) -> bool) {
    let started = Instant::now();
    while !done(d) {
        assert!(started.elapsed() < Duration::from_secs(20), "{what}");
        std::thread::sleep(Duration::from_millis(10));
        d.frame();
    }
}

/// The library is read off the UI thread and watched: the session starts on the latest issue
/// at once, the index fills in, an issue copied into the folder by hand appears, and the
/// session's own saves do not make it read the folder again.
#[test]
fn the_library_is_read_in_the_background_and_watched_for_changes() {
    let (_dir, root) = library();
    let mut d = Driver::new(AppOptions {
        library: Some(root.clone()),
        background_file_work: true,
        ..AppOptions::default()
    });
    assert_eq!(
        d.issue().number,
        13,
        "the latest issue, found by its file name"
    );
    frames_until(&mut d, "the first read ends", |d| {
        !library_of(d).is_scanning()
    });
    assert_eq!(library_of(&d).index.issues.len(), 2);
    let reads = library_of(&d).scans_started();

    let mut copied = sample_issue();
    copied.number = 14;
    nashra::io::save_issue(&root.join("issue-014.ron"), &copied).expect("copied in");
    frames_until(&mut d, "the new file is read", |d| {
        library_of(d)
            .index
            .issues
            .iter()
            .any(|i| i.issue.number == 14)
    });
    assert_eq!(library_of(&d).scans_started(), reads + 1);

    d.modify();
    d.action(Action::Save);
    frames_until(&mut d, "the save ends", |d| !d.session.is_saving());
    // Longer than the watch waits for changes to settle.
    let until = Instant::now() + Duration::from_millis(1000);
    while Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
        d.frame();
    }
    assert_eq!(
        library_of(&d).scans_started(),
        reads + 1,
        "a save of ours updates its entry, it does not read the folder"
    );
    assert!(
        library_of(&d)
            .index
            .issues
            .iter()
            .any(|i| i.issue.number == 77)
    );
}

#[test]
fn saving_writes_the_issue_and_the_inbox() {
    let (_dir, root) = library();
    let mut d = Driver::new(AppOptions {
        library: Some(root.clone()),
        ..AppOptions::default()
    });
    let story = id_of(&d, "خبر جديد");
    let section = d.issue().sections[0].id;
    d.run([Command::Curate(nashra::session::Curate::Pick {
        story,
        section,
        index: 2,
    })]);
    d.action(Action::Save);
    assert!(!d.is_modified());
    let issue = nashra::io::load_issue(&root.join("issue-013.ron")).expect("issue");
    assert_eq!(issue.issue.sections[0].picks.len(), 3);
    let inbox = nashra::io::Library::open(&root)
        .expect("library")
        .load_inbox()
        .expect("inbox");
    assert_eq!(inbox.inbox.entries.len(), 1);
    assert_eq!(
        inbox.inbox.entries[0].story.headline,
        "Sequoia تستثمر مجددًا"
    );
}

#[test]
fn a_damaged_inbox_is_reported_and_never_saved_over() {
    let (_dir, root) = library();
    let inbox_path = root.join("inbox.ron");
    std::fs::write(&inbox_path, "(version: 1, stories: [(").expect("damage");
    let mut d = Driver::new(AppOptions {
        library: Some(root),
        ..AppOptions::default()
    });
    assert!(
        d.session
            .notices()
            .iter()
            .any(|n| n.is_error && n.text.contains("inbox.ron")),
        "the error names the file"
    );
    let first = id_of(&d, "الأولى");
    d.run([Command::Select(Selection::Story(first))]);
    d.action(Action::MoveDown);
    d.action(Action::Save);
    assert!(!d.is_modified(), "the issue itself is saved");
    assert_eq!(
        std::fs::read_to_string(&inbox_path).expect("still there"),
        "(version: 1, stories: [("
    );
}

#[test]
fn the_library_is_remembered_and_opening_its_issues_keeps_the_inbox() {
    let (_dir, root) = library();
    let config = tempfile::tempdir().expect("temp dir");
    let settings = nashra::io::SettingsStore::at(config.path().join("settings.ron"));
    drop(Driver::new(AppOptions {
        library: Some(root.clone()),
        settings: Some(settings.clone()),
        ..AppOptions::default()
    }));
    // Started again with no folder given: the remembered library opens, on its latest issue.
    let mut d = Driver::new(AppOptions {
        settings: Some(settings),
        ..AppOptions::default()
    });
    assert_eq!(library_of(&d).library.root(), root);
    assert_eq!(d.issue().number, 13);
    let twelve = library_of(&d)
        .index
        .issues
        .iter()
        .find(|i| i.issue.number == 12)
        .expect("issue 12")
        .path
        .clone();
    d.run([Command::OpenLibraryIssue(twelve, None)]);
    assert_eq!(d.issue().number, 12);
    // The inbox stays on the desk with the other issue.
    assert_eq!(d.session.open_issue().document.inbox().entries.len(), 2);
}
