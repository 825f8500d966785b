//! The library folder: issues and `inbox.ron` read and written with the store's rules, links
//! featured before, `nashra dupes`.

use std::process::Command;

use nashra::io::Library;
use nashra::model::{Entry, Inbox, Issue, Prose, Story};

fn pick(headline: &str, url: &str) -> Entry {
    let mut story = Story::new(headline);
    story.url = url.to_owned();
    story.collected_at = "2026-05-01T08:00:00Z".parse().expect("timestamp");
    Entry {
        story,
        commentary: Prose::from_text("لماذا اخترتها"),
    }
}

fn issue(number: u32, day: i8, urls: &[&str]) -> Issue {
    let mut issue = Issue::new(
        number,
        format!("العدد {number}"),
        jiff::civil::date(2026, 5, day),
    );
    for url in urls {
        issue.sections[0].picks.push(pick("قصة", url));
    }
    issue
}

/// Issues 10, 11 and 12; the FT link is featured in 10 and 12 (spelled differently), the
/// BBC link only in 11; plus a damaged file.
fn library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let save = |name: &str, issue: &Issue| {
        nashra::io::save_issue(&dir.path().join(name), issue).expect("save");
    };
    save(
        "issue-010.ron",
        &issue(
            10,
            1,
            &["https://www.ft.com/content/abc", "https://x.com/1"],
        ),
    );
    save("issue-011.ron", &issue(11, 8, &["https://bbc.com/news/1"]));
    save(
        "issue-012.ron",
        &issue(
            12,
            15,
            &["http://ft.com/content/abc/?utm_campaign=weekly#top"],
        ),
    );
    std::fs::write(dir.path().join("broken.ron"), "(version: 1, number: ").expect("write");
    dir
}

#[test]
fn scanning_lists_issues_in_order_and_reports_damaged_files() {
    let dir = library();
    let index = Library::open(dir.path()).expect("open").scan();
    let numbers: Vec<u32> = index.issues.iter().map(|i| i.issue.number).collect();
    assert_eq!(numbers, [10, 11, 12]);
    assert_eq!(index.problems.len(), 1);
    let problem = index.problems[0].to_string();
    assert!(
        problem.contains("broken.ron") && problem.contains(":1:"),
        "{problem}"
    );
}

#[test]
fn featured_links_are_found_under_any_spelling_except_in_the_open_issue() {
    let dir = library();
    let index = Library::open(dir.path()).expect("open").scan();
    let found = index.featured_in("https://FT.com/content/abc?fbclid=123", None);
    let numbers: Vec<u32> = found.iter().map(|f| f.number).collect();
    assert_eq!(numbers, [10, 12]);
    let open = Library::canonical(&dir.path().join("issue-012.ron"));
    let found = index.featured_in("https://ft.com/content/abc", Some(&open));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].number, 10);
    assert!(
        index
            .featured_in("https://ft.com/content/other", None)
            .is_empty()
    );
    let twice = index.featured_twice();
    assert_eq!(twice.len(), 1);
    assert_eq!(twice[0].url, "https://www.ft.com/content/abc");
}

#[test]
fn the_inbox_round_trips_as_readable_ron() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::open(dir.path()).expect("open");
    assert!(library.load_inbox().expect("no file yet").inbox.is_empty());
    let mut entry = pick(
        "استثمرت Sequoia Capital مبلغ 800 مليون دولار",
        "https://ft.com/a",
    );
    entry.story.id =
        nashra::model::StoryId("6f1c7f64-2f0e-4b7e-9a57-0d4c1c3f0a11".parse().expect("id"));
    let inbox = Inbox {
        entries: vec![entry],
    };
    library.save_inbox(&inbox).expect("save");
    let text = std::fs::read_to_string(library.inbox_path()).expect("read");
    insta::assert_snapshot!("inbox_file", text);
    assert_eq!(library.load_inbox().expect("load").inbox, inbox);
    // Saving again keeps the previous version as .bak, like issues.
    library.save_inbox(&Inbox::default()).expect("save again");
    assert!(nashra::io::backup_path(&library.inbox_path()).exists());
}

#[test]
fn a_damaged_inbox_is_an_error_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("inbox.ron"), "(version: 1,\n stories: [(").expect("write");
    let err = Library::open(dir.path())
        .expect("open")
        .load_inbox()
        .expect_err("damaged");
    let text = err.to_string();
    assert!(text.contains("inbox.ron:2:"), "{text}");
}

#[test]
fn dupes_lists_links_featured_twice_for_scripts() {
    let dir = library();
    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .arg("dupes")
        .arg(dir.path())
        .output()
        .expect("run nashra");
    assert_eq!(
        output.status.code(),
        Some(1),
        "some links were featured twice"
    );
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(
        stdout,
        "https://www.ft.com/content/abc\t#10 (2026-05-01), #12 (2026-05-15)\n"
    );
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(stderr.contains("broken.ron"), "{stderr}");

    let clean = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .arg("dupes")
        .arg(clean.path())
        .output()
        .expect("run nashra");
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());

    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .args(["dupes", "/no/such/folder"])
        .output()
        .expect("run nashra");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn check_validates_inbox_files_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::open(dir.path()).expect("open");
    library
        .save_inbox(&Inbox {
            entries: vec![pick("خبر", "https://bbc.com/1")],
        })
        .expect("save");
    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .arg("check")
        .arg(library.inbox_path())
        .output()
        .expect("run nashra");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).ends_with(": ok (1 stories)\n"));
    std::fs::write(library.inbox_path(), "(version: 1, stories: [(story: 3)])").expect("damage");
    let output = Command::new(env!("CARGO_BIN_EXE_nashra"))
        .arg("check")
        .arg(library.inbox_path())
        .output()
        .expect("run nashra");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("inbox.ron:1:"));
}

/// What an index says: its issues in order, each link's issues, the links featured twice and
/// the files it could not read, in a form two indexes can be compared by.
fn summary(index: &nashra::io::LibraryIndex) -> Vec<String> {
    let mut lines: Vec<String> = index
        .issues
        .iter()
        .map(|i| format!("issue {} {}", i.issue.number, i.path.display()))
        .collect();
    let mut links: Vec<String> = index
        .issues
        .iter()
        .flat_map(|i| i.issue.picks())
        .map(|p| {
            let found: Vec<u32> = index
                .featured_in(&p.story.url, None)
                .iter()
                .map(|f| f.number)
                .collect();
            format!("link {} in {found:?}", p.story.url)
        })
        .collect();
    links.sort();
    links.dedup();
    let mut twice: Vec<String> = index
        .featured_twice()
        .iter()
        .map(|f| {
            format!(
                "twice {:?}",
                f.issues.iter().map(|i| i.number).collect::<Vec<_>>()
            )
        })
        .collect();
    twice.sort();
    lines.extend(links);
    lines.extend(twice);
    lines.push(format!("problems {}", index.problems.len()));
    lines
}

/// Defect: each save read the whole library again. Updating the saved issue's entry gives the
/// index a fresh scan would, whether the issue is new, renumbered, or changed its links.
#[test]
fn updating_one_saved_issue_gives_the_index_a_full_scan_would() {
    let dir = library();
    let library = Library::open(dir.path()).expect("library");
    let mut index = library.scan();
    let steps: Vec<(&str, Issue)> = vec![
        // Issue 11 now features the FT link too (and drops the BBC one).
        (
            "issue-011.ron",
            issue(11, 8, &["https://ft.com/content/abc"]),
        ),
        // A new issue, featuring the BBC link again.
        ("issue-013.ron", issue(13, 22, &["https://bbc.com/news/1"])),
        // Issue 10 renumbered past the others, with no links.
        ("issue-010.ron", issue(20, 29, &[])),
        // The damaged file, written over with a good issue.
        ("broken.ron", issue(14, 23, &["https://x.com/1"])),
    ];
    for (name, new) in steps {
        let path = library.root().join(name);
        nashra::io::save_issue(&path, &new).expect("save");
        index.upsert(&path, new);
        assert_eq!(summary(&index), summary(&library.scan()), "after {name}");
    }
}
