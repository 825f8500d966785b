//! A file changed by someone else is never silently overwritten: saving asks (overwrite, save
//! elsewhere, reload), a touch that leaves the contents alone does not, and while nothing is
//! unsaved a changed file is offered for reload.

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

#[test]
fn a_touch_that_keeps_the_contents_does_not_ask() {
    let (_dir, path, mut h) = app_on_file(Duration::from_secs(3600));
    edit_here(&mut h);
    // Rewrite the same bytes: a new modification time, the same contents.
    let bytes = std::fs::read(&path).expect("read");
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&path, bytes).expect("touch");
    save(&mut h);
    assert_eq!(h.state().session().prompt(), None);
    assert_eq!(number_on_disk(&path), 77);
}

#[test]
fn a_change_elsewhere_is_offered_for_reload_while_nothing_is_unsaved() {
    let (_dir, path, mut h) = app_on_file(Duration::ZERO);
    change_elsewhere(&path, 600);
    h.run_steps(3);
    assert_eq!(h.state().session().prompt(), Some(&Prompt::ChangedOnDisk));
    h.get_by_label("Reload").click();
    h.run_steps(3);
    assert_eq!(
        h.state().session().open_issue().document.issue().number,
        600
    );
}

#[test]
fn unsaved_edits_are_not_interrupted_by_the_watch() {
    let (_dir, path, mut h) = app_on_file(Duration::ZERO);
    h.state_mut()
        .push_command(Command::Edit(Edit::SetNumber(77)));
    h.run_steps(3);
    change_elsewhere(&path, 600);
    h.run_steps(3);
    assert_eq!(h.state().session().prompt(), None, "asked only when saving");
}
