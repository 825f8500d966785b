//! The changed-on-disk question in the window: its Overwrite and Reload buttons. What the
//! session decides (when to ask, touches that keep the contents, the watch) is tested without a
//! window in `session.rs`.

use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use nashra::model::Edit;
use nashra::session::{AppOptions, Command, Prompt};
use nashra::ui::NashraApp;

use super::support::{app_harness, sample_issue};

fn app_on_file(
    check_every: Duration,
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    egui_kittest::Harness<'static, NashraApp>,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    nashra::io::save_issue(&path, &sample_issue()).expect("saved");
    let mut h = app_harness(NashraApp::new(AppOptions {
        path: Some(path.clone()),
        disk_check_interval: check_every,
        ..AppOptions::default()
    }));
    // The watch asks for frames at its own pace: step a few frames instead of running to rest.
    h.run_steps(3);
    (dir, path, h)
}

/// Another program saves the issue with a different number.
fn change_elsewhere(path: &std::path::Path, number: u32) {
    let mut issue = sample_issue();
    issue.number = number;
    std::fs::write(path, nashra::io::issue_to_ron(&issue).expect("ron")).expect("write");
}

fn edit_here(h: &mut egui_kittest::Harness<'static, NashraApp>) {
    h.state_mut()
        .push_command(Command::Edit(Edit::SetNumber(77)));
    h.run();
}

fn save(h: &mut egui_kittest::Harness<'static, NashraApp>) {
    h.state_mut()
        .push_command(Command::Run(nashra::session::Action::Save));
    h.run();
}

fn number_on_disk(path: &std::path::Path) -> u32 {
    nashra::io::load_issue(path).expect("loads").issue.number
}

#[test]
fn saving_over_a_changed_file_asks_and_overwrite_writes_ours() {
    let (_dir, path, mut h) = app_on_file(Duration::from_secs(3600));
    edit_here(&mut h);
    change_elsewhere(&path, 500);
    save(&mut h);
    assert_eq!(h.state().session().prompt(), Some(&Prompt::ChangedOnDisk));
    assert_eq!(number_on_disk(&path), 500, "nothing written yet");
    h.get_by_label("Overwrite").click();
    h.run();
    assert_eq!(number_on_disk(&path), 77);
    assert!(!h.state().session().open_issue().document.is_modified());
}

#[test]
fn reload_takes_their_version() {
    let (_dir, path, mut h) = app_on_file(Duration::from_secs(3600));
    edit_here(&mut h);
    change_elsewhere(&path, 500);
    save(&mut h);
    h.get_by_label("Reload").click();
    h.run();
    assert_eq!(
        h.state().session().open_issue().document.issue().number,
        500
    );
    assert_eq!(number_on_disk(&path), 500);
}
