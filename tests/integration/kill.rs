//! A save killed at any moment (SIGKILL, no chance to clean up) leaves the issue file whole: the
//! previous version or the new one, and it loads.

use std::process::Command;
use std::time::Duration;

use super::support::temp_file;

#[test]
fn killing_a_saving_process_never_leaves_a_broken_file() {
    let (dir, path) = temp_file("issue.ron", nashra::ui::SAMPLE_RON.as_bytes());
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
    // Temporary files of killed saves may remain; the issue and its backup are whole.
    let backup = nashra::io::backup_path(&path);
    if backup.exists() {
        nashra::io::load_issue(&backup).expect("the backup loads too");
    }
    drop(dir);
}
