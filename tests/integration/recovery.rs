//! Autosave and recovery: unsaved work is snapshotted off the UI thread after a short idle; after
//! an unclean exit the next start offers it and restores it exactly; Save and Discard delete it;
//! a snapshot older than its file is not offered. Driven on the session, without a window; the
//! last test clicks the damaged-file question's button in the window.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use nashra::io::recovery::RecoveryStore;
use nashra::model::{Edit, TextChange, TextField};
use nashra::session::{Action, AppOptions, Command, Prompt, RecoverChoice, Session, UnsavedChoice};
use nashra::ui::NashraApp;

use super::support::{app_harness, sample_issue};

/// A session with recovery in `recovery`, on `file` (or the sample), after its first frame.
fn session(recovery: &Path, file: Option<&Path>) -> Session {
    let mut session = Session::new(AppOptions {
        path: file.map(Path::to_owned),
        recovery: Some(RecoveryStore::at(recovery)),
        autosave_delay: Duration::ZERO,
        disk_check_interval: Duration::from_secs(3600),
        ..AppOptions::default()
    });
    frames(&mut session, 2);
    session
}

/// What the window does each frame: background work, then the (empty) commands.
fn frames(session: &mut Session, count: usize) {
    for _ in 0..count {
        session.tick(Instant::now());
        session.run_all(Vec::new());
    }
}

fn type_into_title(session: &mut Session, text: &str) {
    session.run_all(vec![Command::Edit(Edit::Text {
        field: TextField::IssueTitle,
        change: TextChange::insert(0, text),
    })]);
    frames(session, 3);
}

/// Waits (bounded) for the writer thread to leave `count` snapshot files.
fn wait_for_snapshots(dir: &Path, count: usize) -> Vec<std::path::PathBuf> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        if files.len() == count || Instant::now() > deadline {
            return files;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn unsaved_work_survives_an_unclean_exit_and_is_restored_exactly() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("issue.ron");
    nashra::io::save_issue(&file, &sample_issue()).expect("saved");
    std::thread::sleep(Duration::from_millis(20));

    let mut s = session(recovery.path(), Some(&file));
    type_into_title(&mut s, "مسودة: ");
    let edited = s.open_issue().document.issue().clone();
    assert_eq!(
        wait_for_snapshots(recovery.path(), 1).len(),
        1,
        "a snapshot was written"
    );
    // The app goes away without Save, Discard or Quit (a crash).
    drop(s);

    let mut s = session(recovery.path(), Some(&file));
    assert!(
        matches!(s.prompt(), Some(Prompt::Recover { .. })),
        "the snapshot is offered"
    );
    s.run_all(vec![Command::Recover(RecoverChoice::Recover)]);
    assert_eq!(s.open_issue().document.issue(), &edited);
    assert!(s.open_issue().document.is_modified());
    assert_eq!(
        nashra::io::load_issue(&file).expect("loads").issue,
        sample_issue(),
        "the file is untouched"
    );

    // Saving puts the work in the file and deletes the snapshot.
    s.run_all(vec![Command::Run(Action::Save)]);
    assert_eq!(nashra::io::load_issue(&file).expect("loads").issue, edited);
    assert!(wait_for_snapshots(recovery.path(), 0).is_empty());
}

#[test]
fn discard_deletes_the_snapshot() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let mut s = session(recovery.path(), None);
    type_into_title(&mut s, "جديد ");
    assert_eq!(wait_for_snapshots(recovery.path(), 1).len(), 1);
    drop(s);
    let mut s = session(recovery.path(), None);
    assert!(matches!(s.prompt(), Some(Prompt::Recover { .. })));
    s.run_all(vec![Command::Recover(RecoverChoice::Discard)]);
    assert_eq!(s.prompt(), None);
    assert!(wait_for_snapshots(recovery.path(), 0).is_empty());
}

/// Ctrl+Q, then "Discard": the snapshot goes, none is written while the window closes, and
/// the next start offers nothing back.
#[test]
fn quitting_with_discard_leaves_nothing_to_recover() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let mut s = session(recovery.path(), None);
    type_into_title(&mut s, "كلمات مهملة ");
    assert_eq!(wait_for_snapshots(recovery.path(), 1).len(), 1);
    // More words, not yet in a snapshot when she quits.
    type_into_title(&mut s, "وأخرى ");
    s.run_all(vec![Command::Run(Action::Quit)]);
    assert!(matches!(s.prompt(), Some(Prompt::Unsaved(_))));
    s.run_all(vec![Command::Unsaved(UnsavedChoice::Discard)]);
    assert!(s.close_confirmed());
    // The window goes on drawing for a few frames while it closes.
    frames(&mut s, 5);
    drop(s);
    assert!(
        wait_for_snapshots(recovery.path(), 0).is_empty(),
        "no snapshot left behind"
    );
    let s = session(recovery.path(), None);
    assert_eq!(s.prompt(), None, "nothing is offered back");
}

/// "Discard" on the way to another issue: the discarded revision is never written, even by a
/// frame after the question.
#[test]
fn discarded_work_is_not_snapshotted_again() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let mut s = session(recovery.path(), None);
    type_into_title(&mut s, "مسودة ");
    assert_eq!(wait_for_snapshots(recovery.path(), 1).len(), 1);
    type_into_title(&mut s, "أخرى ");
    s.run_all(vec![Command::Run(Action::New)]);
    s.run_all(vec![Command::Unsaved(UnsavedChoice::Discard)]);
    frames(&mut s, 5);
    // Dropping the session waits for its writer: every write asked for is done.
    drop(s);
    // The new issue may have a snapshot of its own; none holds the discarded words.
    for found in RecoveryStore::at(recovery.path()).list() {
        assert!(
            !found.snapshot.issue.title.contains("مسودة"),
            "discarded work came back: {}",
            found.snapshot.issue.title
        );
    }
}

/// Typing without a pause does not put the snapshot off: a change is in one at most the delay
/// after it was made. Time is the session's `now`, not the clock.
#[test]
fn a_snapshot_follows_a_change_within_the_delay_while_she_keeps_typing() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let mut s = Session::new(AppOptions {
        recovery: Some(RecoveryStore::at(recovery.path())),
        autosave_delay: Duration::from_secs(1),
        disk_check_interval: Duration::from_secs(3600),
        ..AppOptions::default()
    });
    let start = Instant::now();
    let mut typed = String::new();
    // A letter every 200 ms for 1.2 s.
    for step in 0..=6_u32 {
        let now = start + Duration::from_millis(200) * step;
        s.run_all(vec![Command::Edit(Edit::Text {
            field: TextField::IssueTitle,
            change: TextChange::insert(typed.len(), "ب"),
        })]);
        typed.push('ب');
        s.tick(now);
    }
    let files = wait_for_snapshots(recovery.path(), 1);
    assert_eq!(files.len(), 1, "written while she was still typing");
    let snapshot = RecoveryStore::at(recovery.path())
        .list()
        .pop()
        .expect("a readable snapshot")
        .snapshot;
    assert!(
        snapshot.issue.title.starts_with("ببببب"),
        "it holds what was typed up to a second before: {}",
        snapshot.issue.title
    );
}

#[test]
fn a_snapshot_older_than_its_file_is_not_offered() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("issue.ron");
    nashra::io::save_issue(&file, &sample_issue()).expect("saved");
    let mut s = session(recovery.path(), Some(&file));
    type_into_title(&mut s, "قديم ");
    assert_eq!(wait_for_snapshots(recovery.path(), 1).len(), 1);
    drop(s);
    // The file is saved again later (by another run, say).
    std::thread::sleep(Duration::from_millis(1100));
    nashra::io::save_issue(&file, &sample_issue()).expect("saved again");
    let s = session(recovery.path(), Some(&file));
    assert_eq!(s.prompt(), None);
}

/// In the window: the question about a damaged file, and its button.
#[test]
fn a_damaged_file_offers_its_backup_and_is_not_overwritten() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("issue.ron");
    let mut older = sample_issue();
    older.number = 53;
    nashra::io::save_issue(&file, &older).expect("first save");
    nashra::io::save_issue(&file, &sample_issue()).expect("second save: 53 is now the .bak");
    // The file is damaged: zero-filled.
    std::fs::write(&file, vec![0_u8; 4096]).expect("damage");

    let mut h = app_harness(NashraApp::new(AppOptions {
        path: Some(file.clone()),
        ..AppOptions::default()
    }));
    h.run();
    assert!(matches!(
        h.state().session().prompt(),
        Some(Prompt::Damaged { .. })
    ));
    assert_eq!(
        std::fs::read(&file).expect("read"),
        vec![0_u8; 4096],
        "nothing overwritten"
    );
    h.get_by_label("Open the backup").click();
    h.run();
    let open = h.state().session().open_issue();
    assert_eq!(open.document.issue().number, 53);
    assert!(
        open.document.is_modified(),
        "unsaved until the editor saves it"
    );
    assert_eq!(std::fs::read(&file).expect("read"), vec![0_u8; 4096]);
}
