//! A save killed at any moment (SIGKILL, no chance to clean up) leaves the issue file whole: the
//! previous version or the new one, and it loads.

use std::process::Command;
use std::time::Duration;

use super::support::temp_file;

#[test]
fn killing_a_saving_process_never_leaves_a_broken_file() {
    let (dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    // A fixed sequence of kill moments, spread over the first tens of milliseconds of saving.
    let delays_ms = [
        3_u64, 17, 8, 29, 12, 5, 41, 23, 9, 36, 14, 2, 27, 19, 44, 6, 31, 11, 25, 38,
    ];
    let mut saved_some = false;
    for delay in delays_ms {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nashra"))
            .args(["stress-save".as_ref(), path.as_os_str(), "1000000".as_ref()])
            .spawn()
            .expect("a saving process");
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let loaded = nashra::io::load_issue(&path)
            .unwrap_or_else(|err| panic!("after a kill at {delay} ms the file is broken: {err}"));
        saved_some |= loaded.issue.number != 54;
        let mut expected = super::support::sample_issue();
        expected.number = loaded.issue.number;
        assert_eq!(loaded.issue, expected, "the whole issue, at some round");
    }
    assert!(saved_some, "the saves ran before the kills");
    // The issue and its backup are whole.
    let backup = nashra::io::backup_path(&path);
    if backup.exists() {
        nashra::io::load_issue(&backup).expect("the backup loads too");
    }
    // Killed saves leave temporary files; the next open (or save) removes them, because
    // their processes are gone.
    nashra::io::remove_stale_temps(&path);
    let left: Vec<String> = super::support::file_names(dir.path())
        .into_iter()
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "stale temporary files: {left:?}");
    drop(dir);
}

#[test]
fn temporary_files_of_running_processes_are_left_alone() {
    let (dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    let ours = dir
        .path()
        .join(format!(".issue.ron.{}.0.tmp", std::process::id()));
    // A pid far above the kernel's limit: no such process.
    let gone = dir.path().join(".issue.ron.4294967.3.tmp");
    let gone_backup = dir.path().join(".issue.ron.bak.4294967.4.tmp");
    let unrelated = dir.path().join(".other.ron.4294967.1.tmp");
    for file in [&ours, &gone, &gone_backup, &unrelated] {
        std::fs::write(file, "partial").expect("write");
    }
    assert_eq!(nashra::io::remove_stale_temps(&path), 2);
    assert!(ours.exists(), "a live process's save may be in progress");
    assert!(!gone.exists() && !gone_backup.exists());
    assert!(
        unrelated.exists(),
        "another file's temporary is not ours to judge here"
    );
}
