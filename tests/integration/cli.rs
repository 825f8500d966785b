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
    // A tie (one Latin word, one Arabic): the base direction of the issue's language.
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

/// A library folder with issue 53, which featured `old`, and issue 54 (the one checked).
fn ready_library(
    issue_54: &nashra::model::Issue,
    old: &str,
) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut earlier = nashra::model::Issue::new(53, "العدد 53", jiff::civil::date(2026, 11, 20));
    earlier.sections[0]
        .picks
        .push(super::support::pick("قصة الأسبوع الماضي", old));
    nashra::io::save_issue(&dir.path().join("issue-053.ron"), &earlier).expect("save 53");
    let path = dir.path().join("issue-054.ron");
    nashra::io::save_issue(&path, issue_54).expect("save 54");
    (dir, path)
}

fn finished_issue() -> nashra::model::Issue {
    let mut issue =
        nashra::model::Issue::new(54, "اختيارات المحررة", jiff::civil::date(2026, 11, 27));
    issue.intro = nashra::model::Prose::from_text("مقدمة العدد");
    issue.sections[0]
        .picks
        .push(super::support::pick("استثمرت Sequoia في تويتر", ""));
    issue.ignored_words.insert("تويتر".into());
    issue
}

#[test]
fn check_ready_passes_a_finished_issue() {
    let (_dir, path) = ready_library(&finished_issue(), "https://ft.com/old");
    assert_ready_offline(&path);
}

/// Runs `nashra check --ready --offline` on `path`, asserts it says ready and exits 0, and
/// returns what it wrote to stderr.
fn assert_ready_offline(path: &std::path::Path) -> String {
    let (code, stdout, stderr) = nashra(&[
        "check".as_ref(),
        "--ready".as_ref(),
        "--offline".as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(stdout, format!("{}: ready\n", path.display()));
    assert_eq!(code, 0);
    stderr
}

#[test]
fn check_ready_prints_each_finding_as_path_place_message_and_fails() {
    let server = crate::http_server::Server::start(|path, stream, _| match path {
        "/page" => crate::http_server::respond(stream, "200 OK", "text/html", b"ok"),
        _ => crate::http_server::respond(stream, "404 Not Found", "text/plain", b"no"),
    });
    let mut issue = finished_issue();
    issue.sections[0].picks.push(super::support::pick(
        "تجمع OpenAI 13 مليار",
        &server.url("/gone"),
    ));
    issue.sections[0]
        .picks
        .push(super::support::pick("قصة قديمة", &server.url("/page")));
    issue.sections[0].picks[2].commentary = nashra::model::Prose::from_text("سبق أن نشرناها");
    issue.ignored_words.insert("OpenAI".into());
    let (_dir, path) = ready_library(&issue, &server.url("/page"));
    let (code, stdout, _) = nashra(&["check".as_ref(), "--ready".as_ref(), path.as_os_str()]);
    assert_eq!(code, 1, "{stdout}");
    let p = path.display();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            format!(
                "{p}: Pick 2 · URL: Broken link {}: the server answered 404",
                server.url("/gone")
            ),
            format!("{p}: Pick 3 · URL: Featured in issue #53 (20 November 2026)"),
            format!(
                "{p}: Pick 2 · Headline: «OpenAI 13»: the number shows on the wrong side of the name"
            ),
        ]
    );

    // Offline, the links are not asked for.
    let (code, stdout, _) = nashra(&[
        "check".as_ref(),
        "--ready".as_ref(),
        "--offline".as_ref(),
        path.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(!stdout.contains("Broken link"), "{stdout}");
    assert!(stdout.contains("Featured in issue #53"), "{stdout}");
}

#[test]
fn check_ready_says_a_link_without_its_scheme_is_not_a_web_address() {
    let mut issue = finished_issue();
    // What an editor may type in a story's link field (`ft.com/x`, here on the loopback so
    // that no test ever asks outside the machine): none of these is asked for.
    for (headline, url) in [
        ("قصة بلا بروتوكول", "127.0.0.1:9/x"),
        ("قصة هاتف", "tel:+9613000000"),
        ("قصة بريد", "mailto:editor@example.com"),
    ] {
        issue.sections[0]
            .picks
            .push(super::support::pick(headline, url));
    }
    let (_dir, path) = ready_library(&issue, "https://ft.com/old");
    let (code, stdout, _) = nashra(&["check".as_ref(), "--ready".as_ref(), path.as_os_str()]);
    assert_eq!(code, 1, "{stdout}");
    let p = path.display();
    let broken: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("Broken link"))
        .collect();
    assert_eq!(
        broken,
        [
            format!(
                "{p}: Pick 2 · URL: Broken link 127.0.0.1:9/x: not a web address (a link starts with https:// or www.)"
            ),
            format!(
                "{p}: Pick 3 · URL: Broken link tel:+9613000000: not a web address (a link starts with https:// or www.)"
            ),
        ]
    );
}

#[test]
fn offline_without_ready_is_a_usage_error() {
    let (code, _, stderr) = nashra(&["check".as_ref(), "--offline".as_ref(), "x.ron".as_ref()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--ready"), "{stderr}");
}

#[test]
fn export_tags_links_when_the_issues_library_asks_for_it() {
    let mut issue = finished_issue();
    issue.sections[0].picks[0].story.url = "https://ft.com/a".into();
    let (dir, path) = ready_library(&issue, "https://ft.com/old");
    let untagged = nashra(&[
        "export".as_ref(),
        path.as_os_str(),
        "-f".as_ref(),
        "md".as_ref(),
    ])
    .1;
    assert!(untagged.contains("(<https://ft.com/a>)"), "{untagged}");
    nashra::io::library_settings::save_library_settings(
        &dir.path()
            .join(nashra::io::library_settings::LIBRARY_SETTINGS_FILE_NAME),
        &nashra::io::library_settings::LibrarySettings {
            word_target: None,
            utm: Some(nashra::io::library_settings::UtmTags::default()),
            ..Default::default()
        },
    )
    .expect("settings");
    let tagged = nashra(&[
        "export".as_ref(),
        path.as_os_str(),
        "-f".as_ref(),
        "md".as_ref(),
    ])
    .1;
    assert!(
        tagged.contains(
            "(<https://ft.com/a?utm_source=nashra&utm_medium=email&utm_campaign=issue-54>)"
        ),
        "{tagged}"
    );
}

#[test]
fn check_ready_names_a_damaged_library_ron_and_goes_on() {
    let (dir, path) = ready_library(&finished_issue(), "https://ft.com/old");
    std::fs::write(
        dir.path()
            .join(nashra::io::library_settings::LIBRARY_SETTINGS_FILE_NAME),
        "(word_target: Some(\"many\"))",
    )
    .expect("written");
    let stderr = assert_ready_offline(&path);
    assert!(stderr.contains("library.ron:1:"), "{stderr}");
}
