//! No disk work on the frame: opening a 60 MB issue (near the 64 MiB a file may have), the window goes on drawing and says it is
//! opening; the issue on screen takes no edits meanwhile; an export is written the same way.
//! Counted in frames, not timed.

use egui_kittest::kittest::Queryable as _;
use nashra::model::{Edit, Paragraph, Prose};
use nashra::session::{AppOptions, Command};
use nashra::ui::NashraApp;

use super::support::{app_harness, data_dir, sample_issue};

/// An issue file of about `megabytes` MB: the sample with one very long commentary.
fn big_issue(dir: &std::path::Path, megabytes: usize) -> std::path::PathBuf {
    let corpus = std::fs::read_to_string(data_dir().join("editors-choice-ar.txt")).expect("corpus");
    let paragraphs: Vec<&str> = corpus.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut issue = sample_issue();
    let mut written = 0;
    let mut long = Vec::new();
    while written < megabytes * 1024 * 1024 {
        let text = paragraphs[long.len() % paragraphs.len()];
        written += text.len();
        long.push(Paragraph::new(text));
    }
    issue.sections[0].picks[0].commentary = Prose::from(long);
    let path = dir.join("big.ron");
    nashra::io::save_issue(&path, &issue).expect("written");
    path
}

#[test]
fn a_60_mb_issue_opens_while_the_window_goes_on_drawing_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = big_issue(dir.path(), 48);
    assert!(std::fs::metadata(&path).expect("file").len() > 55 * 1024 * 1024);
    let mut h = app_harness(NashraApp::new(AppOptions {
        background_file_work: true,
        ..AppOptions::default()
    }));
    h.run();
    let title_before = h
        .state()
        .session()
        .open_issue()
        .document
        .issue()
        .title
        .clone();
    h.state_mut().push_command(Command::OpenPath(path.clone()));
    // The frame that asked for it ends at once: reading 60 MB happens elsewhere.
    h.step();
    h.step();
    assert!(
        h.state().session().is_opening(),
        "the frame did not wait: {} bytes, {:?}",
        std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
        h.state().session().notices()
    );
    assert!(
        h.query_all_by_label_contains("Opening").next().is_some(),
        "the window says it is opening"
    );
    // An edit meanwhile would be lost with the issue going away: none is taken.
    h.state_mut()
        .push_command(Command::Edit(Edit::SetNumber(999)));
    h.step();
    assert_ne!(
        h.state().session().open_issue().document.issue().number,
        999
    );
    let mut frames_while_opening = 0;
    while h.state().session().is_opening() {
        h.step();
        frames_while_opening += 1;
        assert!(frames_while_opening < 1_000_000, "the issue opens");
        std::thread::yield_now();
    }
    assert!(
        frames_while_opening > 0,
        "the window drew while the file was read"
    );
    let open = h.state().session().open_issue();
    assert_eq!(open.path(), Some(path.as_path()));
    assert_eq!(
        open.document.issue().title,
        title_before,
        "the sample's title, from the file"
    );
    assert!(open.document.issue().sections[0].picks[0].commentary.len() > 45 * 1024 * 1024);
    h.run();
    assert!(h.query_all_by_label_contains("Opening").next().is_none());
}

#[test]
fn an_export_is_written_off_the_frame_and_said_when_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("issue.html");
    let mut h = app_harness(NashraApp::new(AppOptions {
        background_file_work: true,
        ..AppOptions::default()
    }));
    h.run();
    h.state_mut()
        .push_command(Command::ExportToPath(target.clone()));
    h.step();
    let mut frames = 0;
    while !target.exists() || h.query_all_by_label_contains("Exported").next().is_none() {
        h.step();
        frames += 1;
        assert!(frames < 100_000, "the export ends");
        std::thread::yield_now();
    }
    assert!(
        std::fs::read_to_string(&target)
            .expect("written")
            .contains("<html")
    );
}
