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
    let (_dir, path) = temp_file("good.ron", nashra::io::SAMPLE_RON.as_bytes());
    let (code, stdout, _) = nashra(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0);
    assert_eq!(stdout, format!("{}: ok\n", path.display()));
}

#[test]
fn check_reports_each_error_with_its_position_and_fails() {
    let broken = nashra::io::SAMPLE_RON.replacen("status: Draft", "status: Sent", 1);
    let (_dir, good) = temp_file("good.ron", nashra::io::SAMPLE_RON.as_bytes());
    let (_dir2, bad) = temp_file("bad.ron", broken.as_bytes());
    let (code, stdout, _) = nashra(&["check".as_ref(), good.as_os_str(), bad.as_os_str()]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].ends_with(": ok"));
    assert!(
        lines[1].starts_with(&format!("{}:7:", bad.display())),
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

fn nashra_with_stdin(args: &[&str], stdin: &str) -> (i32, String) {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    // A usage error ends the program before it reads its input: the pipe may be closed.
    if let Err(err) = written {
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe, "{err}");
    }
    let output = child.wait_with_output().expect("exits");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf-8"),
    )
}

#[test]
fn layout_prints_directions_and_visual_order_as_json() {
    let (code, stdout) =
        nashra_with_stdin(&["layout", "--json"], "عام 2022 Sequoia\nGrok هو نموذج\n");
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "{\"paragraphs\": [\
         {\"direction\": \"rtl\", \"lines\": [[9, 10, 11, 12, 13, 14, 15, 8, 4, 5, 6, 7, 3, 2, 1, 0]]}, \
         {\"direction\": \"rtl\", \"lines\": [[12, 11, 10, 9, 8, 7, 6, 5, 4, 0, 1, 2, 3]]}]}\n"
    );
}

#[test]
fn layout_resolves_auto_by_the_words_then_the_language() {
    // A tie (one Latin word, one Arabic): the base direction of the language.
    let (code, arabic) = nashra_with_stdin(&["layout", "--json"], "Google جوجل\n");
    assert_eq!(code, 0);
    assert!(arabic.contains("\"direction\": \"rtl\""), "{arabic}");
    let (code, english) = nashra_with_stdin(&["layout", "--json", "--lang", "en"], "Google جوجل\n");
    assert_eq!(code, 0);
    assert!(english.contains("\"direction\": \"ltr\""), "{english}");
    // An explicit direction wins over both.
    let (_, forced) = nashra_with_stdin(
        &["layout", "--json", "--lang", "en", "--dir", "rtl"],
        "Google جوجل\n",
    );
    assert!(forced.contains("\"direction\": \"rtl\""), "{forced}");
}

#[test]
fn layout_wraps_at_a_width_and_forces_a_direction() {
    let text = "ماسك قضى أشهرًا في محاولة جمع ما يصل إلى 6 مليارات دولار من المستثمرين\n";
    let (code, stdout) = nashra_with_stdin(&["layout", "--width", "150", "--dir", "ltr"], text);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("paragraph 1 (ltr)\n"), "{stdout}");
    assert!(
        stdout.contains("  line 3: "),
        "wraps into several lines:\n{stdout}"
    );
    let (code, _) = nashra_with_stdin(&["layout", "--dir", "sideways"], text);
    assert_eq!(code, 2);
}

#[test]
fn completions_are_printed_for_a_shell_and_each_tool_has_help() {
    let (code, stdout, _) = nashra(&["completions".as_ref(), "bash".as_ref()]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("nashra") && stdout.contains("stress-save"),
        "{stdout:.200}"
    );
    let (code, stdout, _) = nashra(&["export".as_ref(), "--help".as_ref()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("--format"), "{stdout}");
    let (code, _, stderr) = nashra(&[
        "export".as_ref(),
        "x.ron".as_ref(),
        "-f".as_ref(),
        "pdf".as_ref(),
    ]);
    assert_eq!(code, 2, "an unknown format is a usage error");
    assert!(stderr.contains("html"), "the formats are listed: {stderr}");
}
