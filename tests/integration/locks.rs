//! One writer per file: a lock next to the issue names the process that has it open; a second
//! Nashra opens the file read-only; a lock left by a process that is gone is taken over; the lock
//! goes when the issue is closed.

use std::process::{Child, Command};

use nashra::io::lock_path;
use nashra::session::OpenIssue;

use super::support::temp_file;

fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .expect("hostname")
        .trim()
        .to_owned()
}

fn write_lock(issue: &std::path::Path, pid: u32) {
    std::fs::write(lock_path(issue), format!("{pid} 1700000000 {}\n", host())).expect("lock");
}

struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn opening_takes_the_lock_and_closing_releases_it() {
    let (_dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    let open = OpenIssue::load(&path).expect("loads");
    let lock = std::fs::read_to_string(lock_path(&path)).expect("lock written");
    assert!(
        lock.starts_with(&format!("{} ", std::process::id())),
        "{lock}"
    );
    assert!(!open.read_only);
    drop(open);
    assert!(!lock_path(&path).exists(), "released on close");
}

#[test]
fn a_file_another_nashra_has_open_is_read_only() {
    let (_dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    let other = Running(
        Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("a second process"),
    );
    write_lock(&path, other.0.id());
    let open = OpenIssue::load(&path).expect("loads");
    assert!(open.read_only);
    assert_eq!(open.locked_by.as_ref().map(|o| o.pid), Some(other.0.id()));
    drop(open);
    assert!(lock_path(&path).exists(), "their lock stays");
}

#[test]
fn a_stale_lock_is_taken_over() {
    let (_dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    let mut gone = Command::new("true").spawn().expect("a process");
    let pid = gone.id();
    gone.wait().expect("exits");
    write_lock(&path, pid);
    let open = OpenIssue::load(&path).expect("loads");
    assert!(!open.read_only, "the crashed owner's lock does not block");
    let lock = std::fs::read_to_string(lock_path(&path)).expect("lock");
    assert!(lock.starts_with(&format!("{} ", std::process::id())));
}

#[test]
fn save_as_over_a_file_open_elsewhere_is_refused() {
    let (dir, path) = temp_file("mine.ron", nashra::io::SAMPLE_RON.as_bytes());
    let theirs = dir.path().join("theirs.ron");
    std::fs::write(&theirs, nashra::io::SAMPLE_RON).expect("write");
    let other = Running(
        Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("a second process"),
    );
    write_lock(&theirs, other.0.id());
    let mut open = OpenIssue::load(&path).expect("loads");
    let err = open.save_to(&theirs).expect_err("refused");
    assert!(err.to_string().contains("another Nashra"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&theirs).expect("read"),
        nashra::io::SAMPLE_RON
    );
}

#[test]
fn the_lock_of_a_killed_unreaped_process_is_stale() {
    let (_dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    // Killed but not yet waited for: a zombie that /proc still lists.
    let mut zombie = Command::new("sleep").arg("30").spawn().expect("a process");
    zombie.kill().expect("SIGKILL");
    std::thread::sleep(std::time::Duration::from_millis(100));
    write_lock(&path, zombie.id());
    let open = OpenIssue::load(&path).expect("loads");
    assert!(!open.read_only, "a killed Nashra's lock does not block");
    drop(open);
    zombie.wait().expect("reaped");
}
