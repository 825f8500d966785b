//! The pre-flight check in the window: File → Check issue… with links checked against a local
//! server, a finding clicked to its field, a moved link updated in one undoable click, the
//! status set to Ready, cancelling, and the library's settings (length aimed at, campaign tags)
//! saved from their window and used by the check and the exports.

use std::io::Write as _;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use nashra::io::library_settings::{LibrarySettings, UtmTags, load_library_settings};
use nashra::io::link_check::LinkCheckOptions;
use nashra::model::readiness::{LinkFailure, Problem};
use nashra::model::{Edit, Issue, Prose, Section, Status, TextField};
use nashra::session::{Action, AppOptions, Command, Selection};
use nashra::strings::{Msg, tr};
use nashra::ui::NashraApp;

use crate::http_server::{Server, respond};
use crate::support::{app_harness, copied_text, pick};

/// A server with a page, a page moved for good and a missing one.
fn site() -> Server {
    Server::start(|path, stream, _| match path {
        "/page" => respond(stream, "200 OK", "text/html", b"ok"),
        "/moved" => {
            let _ = write!(
                stream,
                "HTTP/1.1 301 Moved Permanently\r\nLocation: /page\r\nContent-Length: 0\r\n\r\n"
            );
        }
        _ => respond(stream, "404 Not Found", "text/plain", b"no"),
    })
}

/// A library whose issue 54 has three picks — a working link, a missing one, a moved one
/// without commentary — an empty second section and no introduction.
fn library(server: &Server) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = Issue::new(54, "اختيارات المحررة", jiff::civil::date(2026, 11, 27));
    let mut section = Section::new("القصة الرئيسية");
    section
        .picks
        .push(pick("Nvidia تعلن نتائجها", &server.url("/page")));
    section
        .picks
        .push(pick("OpenAI تجمع التمويل", &server.url("/gone")));
    let mut moved = pick("Sequoia تستثمر", &server.url("/moved"));
    moved.commentary = Prose::default();
    section.picks.push(moved);
    issue.sections = vec![section, Section::new("أيضًا")];
    nashra::io::save_issue(&dir.path().join("issue-054.ron"), &issue).expect("save");
    dir
}

fn app(dir: &tempfile::TempDir) -> Harness<'static, NashraApp> {
    let mut h = app_harness(NashraApp::new(AppOptions {
        library: Some(dir.path().to_owned()),
        link_check: Some(LinkCheckOptions {
            timeout: Duration::from_secs(3),
            ..LinkCheckOptions::default()
        }),
        ..AppOptions::default()
    }));
    h.run();
    h
}

/// Runs frames until the links are checked.
fn until_links_checked(h: &mut Harness<'static, NashraApp>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while h
        .state()
        .session()
        .preflight()
        .is_some_and(|p| p.link_progress().is_some())
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(20));
        h.run_steps(1);
    }
    // A notice may still be fading: frames, not settling.
    h.run_steps(3);
}

/// The app on [`library`], after File → Check issue… and its links.
fn checked(server: &Server) -> (tempfile::TempDir, Harness<'static, NashraApp>) {
    let dir = library(server);
    let mut h = app(&dir);
    h.state_mut().push_command(Command::Run(Action::CheckIssue));
    h.run_steps(4);
    until_links_checked(&mut h);
    (dir, h)
}

fn problems(h: &Harness<'static, NashraApp>) -> Vec<Problem> {
    h.state()
        .session()
        .preflight()
        .expect("the panel is open")
        .findings()
        .iter()
        .map(|f| f.problem.clone())
        .collect()
}

fn pick_id(h: &Harness<'static, NashraApp>, index: usize) -> nashra::model::StoryId {
    let session = h.state().session();
    let issue = session.open_issue().document.issue();
    issue.picks().nth(index).expect("a pick").story.id
}

#[test]
fn the_check_lists_what_is_left_and_a_click_goes_to_the_field() {
    let server = site();
    let (_dir, mut h) = checked(&server);
    assert_eq!(
        problems(&h),
        vec![
            Problem::BrokenLink {
                url: server.url("/gone"),
                failure: LinkFailure::Status(404)
            },
            Problem::LinkMoved {
                url: server.url("/moved"),
                to: server.url("/page")
            },
            Problem::EmptyIntro,
            Problem::NoCommentary,
            Problem::EmptySection {
                title: "أيضًا".into()
            },
            // The names are not in the dictionaries (nor ignored in the issue).
            Problem::Misspelled {
                word: "Nvidia".into()
            },
            Problem::Misspelled {
                word: "OpenAI".into()
            },
        ]
    );
    // Each finding is a row of the panel, with where it is.
    assert!(
        h.query_by_label_contains(&format!("Broken link {}", server.url("/gone")))
            .is_some()
    );
    h.get_by_label_contains("Pick 3 · Commentary").click();
    h.run_steps(3);
    let third = pick_id(&h, 2);
    assert_eq!(h.state().session().selection(), Selection::Story(third));
    assert!(
        h.query_by_label(tr(Msg::Commentary)).is_some(),
        "the pick's fields are shown"
    );
}

#[test]
fn a_moved_link_is_updated_in_one_click_and_undone_in_one_step() {
    let server = site();
    let (_dir, mut h) = checked(&server);
    h.get_by_label(tr(Msg::UseNewAddress)).click();
    h.run_steps(3);
    let third = pick_id(&h, 2);
    let url = |h: &Harness<'static, NashraApp>| {
        let session = h.state().session();
        let desk = session.open_issue().document.desk();
        desk.entry(third).expect("pick").story.url.clone()
    };
    assert_eq!(url(&h), server.url("/page"));
    assert!(
        !problems(&h)
            .iter()
            .any(|p| matches!(p, Problem::LinkMoved { .. })),
        "the finding is gone once fixed"
    );
    h.state_mut().push_command(Command::Run(Action::Undo));
    h.run_steps(3);
    assert_eq!(url(&h), server.url("/moved"));
}

#[test]
fn setting_the_status_to_ready_runs_the_check_and_says_what_is_left() {
    let server = site();
    let dir = library(&server);
    let mut h = app(&dir);
    h.state_mut()
        .push_command(Command::Edit(Edit::SetStatus(Status::Ready)));
    h.run_steps(4);
    until_links_checked(&mut h);
    let session = h.state().session();
    assert_eq!(
        session.open_issue().document.issue().status,
        Status::Ready,
        "the check does not stop her"
    );
    assert!(session.preflight().is_some(), "the panel is open");
    let said: Vec<&str> = session.notices().iter().map(|n| n.text.as_str()).collect();
    assert!(
        said.contains(&"7 things to look at before sending"),
        "{said:?}"
    );
}

#[test]
fn a_finished_issue_is_ready_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut issue = Issue::new(54, "اختيارات المحررة", jiff::civil::date(2026, 11, 27));
    issue.intro = Prose::from_text("مقدمة العدد");
    issue.sections[0]
        .picks
        .push(pick("استثمرت Sequoia في تويتر", ""));
    issue.ignored_words.insert("تويتر".into());
    nashra::io::save_issue(&dir.path().join("issue-054.ron"), &issue).expect("save");
    let mut h = app(&dir);
    h.state_mut()
        .push_command(Command::Edit(Edit::SetStatus(Status::Ready)));
    h.run_steps(4);
    assert_eq!(problems(&h), Vec::new());
    let session = h.state().session();
    let said: Vec<&str> = session.notices().iter().map(|n| n.text.as_str()).collect();
    assert!(said.contains(&tr(Msg::IssueReady)), "{said:?}");
}

#[test]
fn cancelling_stops_checking_links_and_keeps_the_rest() {
    // A server that never answers.
    let server = Server::start(|_, _, stop| {
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let dir = library(&server);
    let mut h = app(&dir);
    h.state_mut().push_command(Command::Run(Action::CheckIssue));
    h.run_steps(4);
    let progress = h
        .state()
        .session()
        .preflight()
        .and_then(|p| p.link_progress());
    assert_eq!(progress, Some((0, 3)), "three links being checked");
    assert!(h.query_by_label("Checking links: 0 of 3").is_some());
    h.get_by_label(tr(Msg::Cancel)).click();
    h.run_steps(3);
    let preflight = h.state().session().preflight().expect("open");
    assert_eq!(preflight.link_progress(), None);
    assert!(problems(&h).contains(&Problem::EmptyIntro));
}

#[test]
fn a_finding_fixed_meanwhile_is_not_gone_to() {
    let server = site();
    let (_dir, mut h) = checked(&server);
    let index = problems(&h)
        .iter()
        .position(|p| *p == Problem::EmptyIntro)
        .expect("listed");
    h.state_mut().push_command(Command::Edit(Edit::Text {
        field: TextField::Intro,
        change: nashra::model::TextChange::insert(0, "مقدمة"),
    }));
    h.run();
    h.state_mut().push_command(Command::GoToFinding(index));
    h.run_steps(3);
    let session = h.state().session();
    let said: Vec<&str> = session.notices().iter().map(|n| n.text.as_str()).collect();
    assert!(said.contains(&tr(Msg::FindingGone)), "{said:?}");
}

#[test]
fn library_settings_are_saved_from_their_window_and_used_by_the_check_and_exports() {
    let server = site();
    let dir = library(&server);
    let mut h = app(&dir);
    h.state_mut()
        .push_command(Command::Run(Action::LibrarySettings));
    h.run();
    h.get_by_label(tr(Msg::UtmTagging)).click();
    h.run();
    h.get_by_label(tr(Msg::Save)).click();
    h.run();
    let path = dir
        .path()
        .join(nashra::io::library_settings::LIBRARY_SETTINGS_FILE_NAME);
    assert_eq!(
        load_library_settings(&path).expect("written"),
        LibrarySettings {
            word_target: None,
            utm: Some(UtmTags::default()),
            ..Default::default()
        }
    );
    assert!(h.state().session().library_settings().is_none(), "closed");
    assert!(h.query_by_label(tr(Msg::UtmTagging)).is_none());

    h.state_mut().push_command(Command::Run(Action::CopyHtml));
    h.step();
    let html = copied_text(&h).expect("copied");
    assert!(
        html.contains("/page?utm_source=nashra&amp;utm_medium=email&amp;utm_campaign=issue-54"),
        "{html}"
    );

    h.state_mut()
        .push_command(Command::SetLibrarySettings(LibrarySettings {
            word_target: Some(5),
            utm: None,
            ..Default::default()
        }));
    h.state_mut().push_command(Command::Run(Action::CheckIssue));
    h.run_steps(4);
    assert!(
        problems(&h)
            .iter()
            .any(|p| matches!(p, Problem::OverWordTarget { target: 5, .. })),
        "{:?}",
        problems(&h)
    );
    assert!(
        h.query_by_label_contains("over the target of 5 words")
            .is_some()
    );
}

#[test]
fn a_damaged_library_settings_file_is_reported_and_kept() {
    let server = site();
    let dir = library(&server);
    let path = dir
        .path()
        .join(nashra::io::library_settings::LIBRARY_SETTINGS_FILE_NAME);
    std::fs::write(&path, "(word_target: Some(\"many\"))").expect("written");
    let h = app(&dir);
    let session = h.state().session();
    let errors: Vec<&str> = session
        .notices()
        .iter()
        .filter(|n| n.is_error)
        .map(|n| n.text.as_str())
        .collect();
    assert!(
        errors.iter().any(|e| e.contains("library.ron")),
        "{errors:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        "(word_target: Some(\"many\"))"
    );
    // The library is not taken for an issue.
    assert_eq!(
        session.open_issue().document.issue().number,
        54,
        "the library's issue is open"
    );
}

#[test]
fn another_issue_closes_the_check_of_the_one_before() {
    let server = site();
    let (_dir, mut h) = checked(&server);
    h.state_mut()
        .push_command(Command::Run(Action::CheckIssueSpelling));
    h.run_steps(3);
    assert!(h.state().session().misspellings().is_some());
    h.state_mut().push_command(Command::Run(Action::New));
    h.run_steps(3);
    let session = h.state().session();
    assert_eq!(session.open_issue().document.issue().number, 55);
    assert!(
        session.preflight().is_none(),
        "the findings were of issue 54"
    );
    assert!(session.misspellings().is_none(), "so were the misspellings");
}
