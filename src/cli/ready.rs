//! `nashra check --ready`: the pre-flight check of the window, for scripts. Each finding is a
//! line `path: place: message`; the exit code is 0 when every issue is ready, 1 when one is
//! not (or cannot be read).
//!
//! The issue's folder is its library: other issues there are what "featured before" compares
//! with, and its `library.ron` and `dictionary.txt` give the length aimed at and the editor's
//! own words.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use crate::io::Library;
use crate::io::library_settings::load_library_settings;
use crate::io::link_check::{LinkCheckOptions, check_links};
use crate::model::Desk;
use crate::model::readiness::{Finding, issue_links, link_findings};
use crate::session::{finding_text, offline_findings, ordered, place_text};

/// Checks each of `files`; with `offline`, links are not asked for.
pub fn check_ready(files: &[std::path::PathBuf], offline: bool) -> ExitCode {
    let speller = crate::spell::Speller::bundled();
    if let Err(err) = &speller {
        let _ = writeln!(
            std::io::stderr(),
            "nashra check: {err}; spelling not checked"
        );
    }
    let mut stdout = std::io::stdout().lock();
    let mut all_ready = true;
    for path in files {
        match findings_of(path, speller.as_ref().ok(), offline) {
            Ok((desk, findings)) => {
                for finding in &findings {
                    let _ = writeln!(
                        stdout,
                        "{}: {}: {}",
                        path.display(),
                        place_text(&desk.issue, finding.field),
                        finding_text(&finding.problem)
                    );
                }
                if findings.is_empty() {
                    let _ = writeln!(stdout, "{}: ready", path.display());
                } else {
                    all_ready = false;
                }
            }
            Err(message) => {
                all_ready = false;
                let _ = writeln!(stdout, "{message}");
            }
        }
    }
    if all_ready {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The issue at `path` and what the check finds in it, or the reason it cannot be read.
fn findings_of(
    path: &Path,
    speller: Option<&crate::spell::Speller>,
    offline: bool,
) -> Result<(Desk, Vec<Finding>), String> {
    let issue = crate::io::load_issue(path)
        .map_err(|err| err.to_string())?
        .issue;
    let desk = Desk {
        issue,
        inbox: Default::default(),
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let library = Library::open(folder).ok();
    let index = library.as_ref().map(Library::scan);
    // A damaged library.ron does not stop the check: it is named, and the defaults used.
    let settings = library
        .as_ref()
        .map(|l| {
            load_library_settings(&l.settings_path()).unwrap_or_else(|err| {
                let _ = writeln!(std::io::stderr(), "nashra check: {err}; no word target");
                Default::default()
            })
        })
        .unwrap_or_default();
    let accepted = library
        .as_ref()
        .and_then(|l| crate::io::personal_words::load_personal_words(&l.personal_words_path()).ok())
        .unwrap_or_default();
    let this_file = Library::canonical(path);
    let featured_before = |url: &str| {
        let first = *index.as_ref()?.featured_in(url, Some(&this_file)).first()?;
        Some((first.number, first.date))
    };
    let mut findings = offline_findings(
        &desk,
        &featured_before,
        settings.word_target,
        speller.map(|s| (s, &accepted)),
    );
    if !offline {
        let sites = issue_links(&desk.issue);
        let urls: Vec<String> = sites.iter().map(|s| s.url.clone()).collect();
        let outcomes = Mutex::new(HashMap::new());
        check_links(
            &urls,
            &LinkCheckOptions::default(),
            &AtomicBool::new(false),
            &|url, outcome| {
                if let Ok(mut outcomes) = outcomes.lock() {
                    outcomes.insert(url.to_owned(), outcome);
                }
            },
        );
        let outcomes = outcomes.into_inner().unwrap_or_default();
        findings.extend(link_findings(&sites, &outcomes));
    }
    Ok((desk, ordered(findings)))
}
