//! `nashra check`: validates files without a window.

use std::process::Command;

use super::support::temp_file;

fn nashra(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf-8"),
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

#[test]
fn check_accepts_valid_files() {
    let (_dir, path) = temp_file("good.ron", nashra::ui::SAMPLE_RON.as_bytes());
    let (code, stdout, _) = nashra(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0);
    assert_eq!(stdout, format!("{}: ok\n", path.display()));
}

#[test]
fn check_reports_each_error_with_its_position_and_fails() {
    let broken = nashra::ui::SAMPLE_RON.replacen("status: Draft", "status: Sent", 1);
    let (_dir, good) = temp_file("good.ron", nashra::ui::SAMPLE_RON.as_bytes());
    let (_dir2, bad) = temp_file("bad.ron", broken.as_bytes());
    let (code, stdout, _) = nashra(&["check".as_ref(), good.as_os_str(), bad.as_os_str()]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].ends_with(": ok"));
    assert!(
        lines[1].starts_with(&format!("{}:6:", bad.display())),
        "{}",
        lines[1]
    );
}

#[test]
fn check_reports_missing_files() {
    let (code, stdout, _) = nashra(&["check".as_ref(), "/no/such/issue.ron".as_ref()]);
    assert_eq!(code, 1);
    assert!(stdout.contains("/no/such/issue.ron"));
}

#[test]
fn usage_errors_exit_with_2() {
    let (code, _, stderr) = nashra(&["check".as_ref()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Usage"));
    let (code, _, _) = nashra(&["--frobnicate".as_ref()]);
    assert_eq!(code, 2);
    let (code, stdout, _) = nashra(&["--help".as_ref()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("nashra check"));
}
