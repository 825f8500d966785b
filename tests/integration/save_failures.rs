//! A save that fails at any step leaves the original file byte-identical, leaves no temporary
//! file behind, keeps the document unsaved, and says why.

use std::io;
use std::time::Instant;

use nashra::io::{SaveError, SaveStep};
use nashra::model::{Edit, TextChange, TextField};
use nashra::session::OpenIssue;

use super::support::{file_names, sample_issue};

fn open_modified_issue(dir: &std::path::Path) -> (OpenIssue, std::path::PathBuf, Vec<u8>) {
    let path = dir.join("issue.ron");
    nashra::io::save_issue(&path, &sample_issue()).expect("initial save");
    let original = std::fs::read(&path).expect("read");
    let mut open = OpenIssue::load(&path).expect("loads");
    open.document
        .apply(
            Edit::Text {
                field: TextField::IssueTitle,
                change: TextChange::insert(0, "جديد: "),
            },
            Instant::now(),
        )
        .expect("edit");
    assert!(open.document.is_modified());
    (open, path, original)
}

#[test]
fn each_failing_step_before_the_rename_leaves_the_original_intact() {
    for failing in SaveStep::ALL {
        if failing == SaveStep::SyncFolder {
            continue; // After the rename; covered below.
        }
        for kind in [io::ErrorKind::StorageFull, io::ErrorKind::PermissionDenied] {
            let dir = tempfile::tempdir().expect("temp dir");
            let (mut open, path, original) = open_modified_issue(dir.path());
            let before = file_names(dir.path());
            let err = open
                .save_to_with_faults(&path, &mut |step| {
                    if step == failing {
                        Err(io::Error::from(kind))
                    } else {
                        Ok(())
                    }
                })
                .expect_err("the save fails");
            let SaveError::Io { step, .. } = &err else {
                panic!("expected an I/O error, got {err:?}");
            };
            assert_eq!(*step, failing);
            assert!(
                err.to_string().ends_with("issue.ron"),
                "names the file: {err}"
            );
            assert_eq!(std::fs::read(&path).expect("read"), original, "{failing:?}");
            let after = file_names(dir.path());
            let new: Vec<&String> = after.iter().filter(|n| !before.contains(n)).collect();
            // Once the backup step has run, the copy of the original is there too; nothing else.
            match new.as_slice() {
                [] => {}
                [bak] if bak.as_str() == "issue.ron.bak" => {
                    let backup = nashra::io::backup_path(&path);
                    assert_eq!(std::fs::read(backup).expect("bak"), original);
                }
                other => panic!("files left behind after {failing:?}: {other:?}"),
            }
            assert!(before.iter().all(|n| after.contains(n)));
            assert!(
                open.document.is_modified(),
                "still unsaved after {failing:?}"
            );
        }
    }
}

#[test]
fn a_folder_sync_failure_after_the_rename_keeps_the_document_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut open, path, _) = open_modified_issue(dir.path());
    let err = open
        .save_to_with_faults(&path, &mut |step| {
            if step == SaveStep::SyncFolder {
                Err(io::Error::other("injected"))
            } else {
                Ok(())
            }
        })
        .expect_err("reported");
    assert!(err.to_string().contains("flushing the folder"));
    assert!(open.document.is_modified(), "saving again is offered");
    assert_eq!(
        file_names(dir.path()),
        ["issue.ron", "issue.ron.bak", "issue.ron.lock"]
    );
}

#[test]
fn a_successful_save_marks_the_document_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut open, path, _) = open_modified_issue(dir.path());
    open.save_to(&path).expect("saves");
    assert!(!open.document.is_modified());
    let loaded = nashra::io::load_issue(&path).expect("loads");
    assert!(loaded.issue.title.starts_with("جديد: "));
}
