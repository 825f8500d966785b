//! Exports: text snapshots of the three formats for the sample issue and for an issue built to be
//! hostile; the HTML checked in a real browser; `nashra export` on the command line.

use nashra::io::export::{ExportFormat, export};
use nashra::model::{Direction, Entry, Issue, Paragraph, Prose, Section, Story, TextSettings};

use super::support::{sample_issue, temp_file};

/// An issue whose text tries everything: markup, attribute breaking, script URLs in several
/// disguises, override characters, Latin-first RTL paragraphs and an English paragraph.
fn hostile_issue() -> Issue {
    let mut issue = Issue::new(
        7,
        "<script>alert('title')</script> عدد خاص",
        "2026-11-27".parse().expect("date"),
    );
    issue.intro = Prose::from(vec![
        Paragraph::new("\"><img src=x onerror=alert(1)> مقدمة"),
        Paragraph::with_direction("OpenAI 13 مليار دولار من Microsoft.", Direction::Rtl),
        Paragraph::new("This paragraph is English, with an Arabic phrase: “الذكاء الاصطناعي”."),
        Paragraph::new("نص فيه \u{202E}RLO\u{202C} و\u{202D}LRO\u{202C} للخداع."),
    ]);
    let urls = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(2)",
        "java&#09;script:alert(3)",
        "java\tscript:alert(4)",
        "https://example.com/a?b=1&c=\"2\"",
    ];
    let picks = urls
        .iter()
        .enumerate()
        .map(|(i, url)| {
            let mut story = Story::new(format!("قصة {i} <b>bold</b> [link](javascript:x)"));
            story.id = nashra::model::StoryId(uuid::Uuid::from_u128(i as u128 + 1));
            story.collected_at = jiff::Timestamp::from_second(0).expect("epoch");
            story.url = (*url).to_owned();
            story.source = "Evil & Co <i>".to_owned();
            story.excerpt = Prose::from_text("# not a heading\n- not a list *nor emphasis*");
            Entry {
                story,
                commentary: Prose::from(vec![Paragraph::with_direction(
                    "xAI 18 مليار دولار",
                    Direction::Rtl,
                )]),
            }
        })
        .collect();
    issue.sections = vec![Section {
        id: nashra::model::SectionId(uuid::Uuid::from_u128(99)),
        title: "قسم <em>خطر</em>".to_owned(),
        title_settings: TextSettings::default(),
        picks,
    }];
    issue
}

#[test]
fn sample_issue_exports() {
    let issue = sample_issue();
    insta::assert_snapshot!("sample_html", export(&issue, ExportFormat::Html));
    insta::assert_snapshot!("sample_md", export(&issue, ExportFormat::Markdown));
    insta::assert_snapshot!("sample_txt", export(&issue, ExportFormat::PlainText));
}

#[test]
fn hostile_issue_exports() {
    let issue = hostile_issue();
    insta::assert_snapshot!("hostile_html", export(&issue, ExportFormat::Html));
    insta::assert_snapshot!("hostile_md", export(&issue, ExportFormat::Markdown));
    insta::assert_snapshot!("hostile_txt", export(&issue, ExportFormat::PlainText));
}

#[test]
fn hostile_html_carries_nothing_executable() {
    let html = export(&hostile_issue(), ExportFormat::Html).to_lowercase();
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no injected element");
    assert!(!html.contains("<b>") && !html.contains("<em>") && !html.contains("<i>"));
    // Script URLs may appear as escaped text, never as a link or source.
    for attribute in ["href=\"", "src=\""] {
        for value in html.split(attribute).skip(1) {
            assert!(
                value.starts_with("https://"),
                "{attribute}{}",
                &value[..value.len().min(40)]
            );
        }
    }
    assert!(!html.contains("<bdi"), "mail clients ignore bdi");
    assert!(
        !html.contains('\u{202e}') && !html.contains('\u{202d}'),
        "overrides removed"
    );
    assert_eq!(
        html.matches("<a href=").count(),
        1,
        "only the https link is written"
    );
}

#[test]
fn markdown_and_text_mark_latin_first_rtl_paragraphs() {
    let issue = hostile_issue();
    for format in [ExportFormat::Markdown, ExportFormat::PlainText] {
        let out = export(&issue, format);
        assert!(
            out.contains("\u{200F}OpenAI 13 مليار"),
            "{format:?}:\n{out}"
        );
        assert!(
            !out.contains("\u{200F}This paragraph"),
            "LTR paragraphs get no RLM"
        );
        // "[link](javascript:x)" in a Markdown headline stays text: its bracket is escaped.
        // (Plain text has no links at all.)
        if format == ExportFormat::Markdown {
            assert!(!out.contains("<b>"), "markup is escaped");
            assert_eq!(
                out.matches("](javascript").count(),
                out.matches("\\](javascript").count(),
                "{format:?}"
            );
        }
        assert!(!out.contains("(<javascript"), "{format:?}");
    }
}

/// Renders the exported HTML in headless Chromium with a checking script appended to a copy,
/// and reads back, for every element with a `dir`, its computed direction.
#[test]
fn exported_html_directions_hold_in_a_real_browser() {
    let issue = hostile_issue();
    let html = export(&issue, ExportFormat::Html);
    let checker = "<script>
        const bad = [];
        for (const el of document.querySelectorAll('[dir]')) {
          const want = el.getAttribute('dir');
          const got = getComputedStyle(el).direction;
          if (got !== want) bad.push(el.tagName + ':' + want + '->' + got + ':' + el.textContent.slice(0, 30));
        }
        const pwned = window.__pwned === true;
        document.body.setAttribute('data-result', JSON.stringify({checked: document.querySelectorAll('[dir]').length, bad, pwned}));
        </script>";
    // A hostile script would set this flag; none may run.
    let page = html
        .replace("</body>", &format!("{checker}</body>"))
        .replace("alert(", "window.__pwned=true;alert(");
    let dir = tempfile::tempdir().expect("temp dir");
    let dom = super::browser::dump_dom(&page, dir.path());
    let start = dom.find("data-result=\"").expect("the checker ran") + "data-result=\"".len();
    let end = start + dom[start..].find('"').expect("attribute end");
    let result = dom[start..end].replace("&quot;", "\"");
    assert!(result.contains("\"bad\":[]"), "directions differ: {result}");
    assert!(result.contains("\"pwned\":false"), "a script ran: {result}");
    let checked: usize = result
        .split("\"checked\":")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert!(checked > 15, "only {checked} elements checked");

    // A screenshot for people to look at, under the test's output folder.
    let shot = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-hostile.png");
    super::browser::screenshot(&html, dir.path(), &shot, (700, 1400));
}

#[test]
fn the_command_line_exports_to_stdout_and_to_a_file() {
    let (dir, path) = temp_file("issue.ron", nashra::io::SAMPLE_RON.as_bytes());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args([
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "md".as_ref(),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        export(&sample_issue(), ExportFormat::Markdown)
    );

    let target = dir.path().join("issue.html");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args([
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "html".as_ref(),
            "-o".as_ref(),
            target.as_os_str(),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&target).expect("written"),
        export(&sample_issue(), ExportFormat::Html)
    );

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args([
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "pdf".as_ref(),
        ])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
    let missing = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args(["export", "/no/such.ron", "--format", "txt"])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such.ron"));

    // Never over the issue itself.
    let before = std::fs::read(&path).expect("issue");
    let over_issue = std::process::Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args([
            "export".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "html".as_ref(),
        ])
        .args(["-o".as_ref(), path.as_os_str()])
        .output()
        .expect("runs");
    assert_eq!(over_issue.status.code(), Some(1));
    assert_eq!(std::fs::read(&path).expect("issue"), before);
}

mod in_the_app {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable as _;
    use nashra::io::export::{ExportFormat, export};
    use nashra::session::{AppOptions, Command, Prompt, Selection};
    use nashra::ui::NashraApp;

    use crate::support::{app_harness, copied_text, sample_issue, temp_file};

    #[test]
    fn the_preview_shows_the_issue_and_follows_edits() {
        let mut h = app_harness(NashraApp::new(AppOptions::default()));
        h.run();
        h.get_by_label("Preview").click();
        h.run();
        assert_eq!(h.state().session().selection(), Selection::Preview);
        let intro = sample_issue().intro.paragraphs()[0].text.clone();
        h.get_by_label_contains(&intro);
        h.state_mut()
            .push_command(Command::Edit(nashra::model::Edit::Text {
                field: nashra::model::TextField::IssueTitle,
                change: nashra::model::TextChange::insert(0, "معاينة: "),
            }));
        h.run();
        let title = h
            .state()
            .session()
            .open_issue()
            .document
            .issue()
            .title
            .clone();
        h.get_by_label(&title);
    }

    /// Defect: an empty section was exported as a bare heading without a word of warning.
    #[test]
    fn exporting_an_empty_section_warns() {
        let mut h = app_harness(NashraApp::new(AppOptions::default()));
        h.run();
        h.state_mut()
            .push_command(Command::Edit(nashra::model::Edit::InsertSection {
                index: 2,
                section: nashra::model::Section::new("قسم فارغ"),
            }));
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
        h.run();
        let notice = h
            .state()
            .session()
            .notices()
            .last()
            .expect("a notice")
            .text
            .clone();
        assert!(
            notice.contains("no stories") && notice.contains("«قسم فارغ»"),
            "{notice}"
        );
        // The sample's own sections all have stories: no warning for them.
        assert!(!notice.contains("القصة الرئيسية"), "{notice}");
    }

    #[test]
    fn copy_html_puts_the_email_on_the_clipboard() {
        let mut h = app_harness(NashraApp::new(AppOptions::default()));
        h.run();
        // One frame per queued event: press only, so the copy is in this frame's output.
        h.event(egui::Event::Key {
            key: Key::C,
            pressed: true,
            modifiers: Modifiers::COMMAND | Modifiers::SHIFT,
            repeat: false,
            physical_key: None,
        });
        h.step();
        let copied = copied_text(&h);
        assert_eq!(copied, Some(export(&sample_issue(), ExportFormat::Html)));
    }

    #[test]
    fn export_writes_the_format_the_file_name_asks_for() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("issue-54.md");
        let mut h = app_harness(NashraApp::new(AppOptions::default()));
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        assert!(matches!(
            h.state().session().prompt(),
            Some(Prompt::Path { .. })
        ));
        let label = "No file dialog is available here. Type the file's path:";
        h.get_by_role_and_label(Role::TextInput, label).click();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(&target.display().to_string());
        h.run();
        h.get_by_label("OK").click();
        h.run();
        let written = std::fs::read_to_string(&target).expect("exported");
        assert_eq!(written, export(&sample_issue(), ExportFormat::Markdown));
    }

    /// Types `path` into the no-dialog path prompt and presses OK.
    fn answer_path_prompt(
        h: &mut egui_kittest::Harness<'static, NashraApp>,
        path: &std::path::Path,
    ) {
        let label = "No file dialog is available here. Type the file's path:";
        h.get_by_role_and_label(Role::TextInput, label).click();
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_by_role_and_label(Role::TextInput, label)
            .type_text(&path.display().to_string());
        h.run();
        h.get_by_label("OK").click();
        h.run();
    }

    /// Defect: accepting the export prompt as offered wrote HTML into the issue file.
    #[test]
    fn export_offers_html_beside_the_issue_and_never_writes_an_issue_file() {
        let (dir, issue_path) = temp_file("issue-54.ron", nashra::io::SAMPLE_RON.as_bytes());
        let original = std::fs::read(&issue_path).expect("issue");
        let mut h = app_harness(NashraApp::new(AppOptions {
            path: Some(issue_path.clone()),
            ..AppOptions::default()
        }));
        h.run();

        // The prompt offers issue-54.html; accepting it writes the email there.
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        let offered = dir.path().join("issue-54.html");
        match h.state().session().prompt() {
            Some(Prompt::Path { text, .. }) => assert_eq!(text, &offered.display().to_string()),
            other => panic!("expected the path prompt, got {other:?}"),
        }
        h.get_by_label("OK").click();
        h.run();
        assert_eq!(
            std::fs::read_to_string(&offered).expect("exported"),
            export(&sample_issue(), ExportFormat::Html)
        );

        // The issue itself, another .ron, a .bak, or an unknown extension: refused, saying why.
        for refused in [
            issue_path.clone(),
            dir.path().join("other.ron"),
            dir.path().join("issue-54.ron.bak"),
            dir.path().join("issue-54.pdf"),
        ] {
            h.key_press_modifiers(Modifiers::COMMAND, Key::E);
            h.run();
            answer_path_prompt(&mut h, &refused);
            match h.state().session().prompt() {
                Some(Prompt::Path {
                    problem: Some(problem),
                    ..
                }) => {
                    assert!(problem.starts_with("Not exported"), "{problem}");
                }
                other => panic!("{}: expected a refusal, got {other:?}", refused.display()),
            }
            assert!(
                refused == issue_path || !refused.exists(),
                "{}",
                refused.display()
            );
            h.state_mut().push_command(Command::ClosePrompt);
            h.run();
        }
        assert_eq!(std::fs::read(&issue_path).expect("issue"), original);

        // An existing export is replaced only when she says so.
        std::fs::write(&offered, "old").expect("write");
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        h.get_by_label("OK").click();
        h.run();
        assert!(matches!(
            h.state().session().prompt(),
            Some(Prompt::ReplaceExport { .. })
        ));
        h.get_by_label("Cancel").click();
        h.run();
        assert_eq!(std::fs::read_to_string(&offered).expect("kept"), "old");
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        h.get_by_label("OK").click();
        h.run();
        h.get_by_label("Replace").click();
        h.run();
        assert_eq!(
            std::fs::read_to_string(&offered).expect("replaced"),
            export(&sample_issue(), ExportFormat::Html)
        );
        assert!(h.state().session().prompt().is_none());
    }
}
