//! The file lifecycle of the session: opening, saving, exporting, recovering, closing; the
//! questions asked on the way (unsaved changes, changed on disk, damaged file) and the file
//! dialogs the window is asked to show.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::job::{Job, JobLost};
use super::library_session::LibrarySession;
use super::notice::failed;
use super::prompt::{DialogOutcome, DialogPurpose, RecoverChoice, UnsavedChoice};
use super::save_job::SaveJob;
use super::{Command, Effect, OpenIssue, Origin, Prompt, Selection, Session, Then, Topic};
use crate::strings::{Msg, Text, text, tr};

impl Session {
    /// A close request from the window manager: while there are unsaved changes, keep the
    /// window and ask first.
    pub(super) fn close_requested(&mut self) {
        if self.close_confirmed {
            return;
        }
        if self.open.document.is_modified() {
            self.effects.push(Effect::CancelClose);
            self.prompt = Some(Prompt::Unsaved(Then::Quit));
        } else {
            self.close_confirmed = true;
        }
    }

    /// Every couple of seconds, while nothing is unsaved here, offers to reload a file that
    /// was changed elsewhere.
    pub(super) fn watch_disk(&mut self, now: Instant) {
        if self.open.path().is_none()
            || now.duration_since(self.last_disk_check) < self.disk_check_interval
        {
            return;
        }
        self.last_disk_check = now;
        if self.prompt.is_none() && !self.open.document.is_modified() && self.open.changed_on_disk()
        {
            self.prompt = Some(Prompt::ChangedOnDisk);
        }
    }

    /// Shows the next snapshot from an earlier run, if any and nothing else is asked.
    pub(super) fn offer_recovery(&mut self) {
        if self.prompt.is_none()
            && let Some(found) = self.recoveries.first()
        {
            self.prompt = Some(Prompt::Recover {
                original: found.snapshot.original.clone(),
                taken_at: found.snapshot.taken_at,
            });
        }
    }

    pub(super) fn answer_recovery(&mut self, choice: RecoverChoice) {
        if !matches!(self.prompt, Some(Prompt::Recover { .. })) || self.recoveries.is_empty() {
            return;
        }
        self.prompt = None;
        let found = self.recoveries.remove(0);
        match choice {
            RecoverChoice::Recover => {
                let open =
                    OpenIssue::recovered(found.snapshot.issue, found.snapshot.original.as_deref());
                self.replace_open(open);
                if let Some(inbox) = found.snapshot.inbox {
                    self.attach_library_inbox(Some(inbox));
                }
                // The snapshot stays until this work is saved or discarded.
                if let Some(autosave) = &mut self.autosave {
                    autosave.adopt(found.snapshot_path);
                }
            }
            RecoverChoice::OpenSaved => {
                if let Some(path) = &found.snapshot.original {
                    self.open_path(path);
                }
            }
            RecoverChoice::Discard => {
                if let Some(autosave) = &self.autosave {
                    autosave.remove(found.snapshot_path);
                }
            }
        }
    }

    /// A file dialog answered: what was chosen is carried out; with no native dialog, the path
    /// is asked for in the window.
    pub(super) fn dialog_answered(&mut self, outcome: DialogOutcome) {
        self.dialog_pending = false;
        match outcome {
            DialogOutcome::Chosen(purpose, path) => self.run(match purpose {
                DialogPurpose::Open => Command::OpenPath(path),
                DialogPurpose::SaveAs => Command::SaveToPath(path),
                DialogPurpose::Export => Command::ExportToPath(path),
                DialogPurpose::Library => Command::OpenLibrary(path),
                DialogPurpose::ImportFeed => Command::ImportFeedFile(path),
                DialogPurpose::ImportUrl => Command::ImportUrl(path.to_string_lossy().into_owned()),
            }),
            DialogOutcome::Cancelled(_) => self.after_save = None,
            DialogOutcome::Unavailable(purpose) => {
                let text = match purpose {
                    DialogPurpose::ImportUrl => String::new(),
                    DialogPurpose::Library | DialogPurpose::ImportFeed => self
                        .suggested_path()
                        .parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    DialogPurpose::Export => {
                        crate::io::export::suggested_export_path(&self.suggested_path())
                            .display()
                            .to_string()
                    }
                    _ => self.suggested_path().display().to_string(),
                };
                self.prompt = Some(Prompt::Path {
                    purpose,
                    text,
                    problem: None,
                });
            }
        }
    }

    /// Goes on with `then` now, or after asking what to do with unsaved changes.
    pub(super) fn unless_unsaved(&mut self, then: Then) {
        if self.open.document.is_modified() {
            self.prompt = Some(Prompt::Unsaved(then));
        } else {
            self.go_on(then);
        }
    }

    pub(super) fn go_on(&mut self, then: Then) {
        match then {
            Then::Quit => {
                self.close_confirmed = true;
                self.effects.push(Effect::CloseWindow);
            }
            Then::New => {
                // The next issue follows the latest one of the library (or the one open):
                // its number, its date a week on, its sections.
                let latest = self
                    .library
                    .as_ref()
                    .and_then(|l| l.index.latest())
                    .map(|i| &i.issue)
                    .filter(|i| i.number >= self.open.document.issue().number)
                    .unwrap_or(self.open.document.issue());
                let next = latest.next(latest.number.saturating_add(1));
                self.replace_open(OpenIssue::new_issue(next));
            }
            Then::Open => self.request_dialog(DialogPurpose::Open),
            Then::OpenFile(path, story) => self.open_path_then(&path, story),
            Then::SwitchLibrary(path) => self.switch_library(&path),
        }
    }

    /// Uses `root` as the library: remembers it, and opens its latest issue (or a new one).
    pub(super) fn switch_library(&mut self, root: &Path) {
        match LibrarySession::open(root, self.background_file_work, self.waker.clone()) {
            Ok(session) => {
                let latest = session.latest_issue();
                self.library = Some(session);
                self.remember_library();
                match latest {
                    Some(path) => self.open_path(&path),
                    None => self.replace_open(OpenIssue::first_issue()),
                }
                self.selection = Selection::Library;
            }
            Err(err) => self.post_error(Topic::Library, failed(Msg::LibraryFailed, &err)),
        }
    }

    pub(super) fn answer_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(Prompt::Unsaved(then)) = self.prompt.take() else {
            return;
        };
        match choice {
            UnsavedChoice::Cancel => self.after_save = None,
            UnsavedChoice::Discard => {
                if let Some(autosave) = &mut self.autosave {
                    autosave.discard(&self.open);
                }
                self.go_on(then);
            }
            UnsavedChoice::Save => {
                self.after_save = Some(then);
                self.save();
            }
        }
    }

    pub(super) fn save(&mut self) {
        match self.open.path().map(Path::to_owned) {
            // Never overwrite someone else's changes without asking.
            Some(_)
                if self.open.can_save_in_place()
                    && (self.open.changed_on_disk() || self.open.inbox_changed_on_disk()) =>
            {
                self.prompt = Some(Prompt::ChangedOnDisk);
            }
            Some(path) if self.open.can_save_in_place() => self.save_to(&path),
            _ => self.request_dialog(DialogPurpose::SaveAs),
        }
    }

    /// Starts saving to `path`: the document is snapshotted now and written off the UI
    /// thread; [`Self::poll_save`] takes in the result. A save asked for while one runs
    /// starts when it ends.
    pub(super) fn save_to(&mut self, path: &Path) {
        if matches!(self.prompt, Some(Prompt::Path { .. })) {
            self.prompt = None;
        }
        if self.saving.is_some() {
            self.save_waiting = Some(path.to_owned());
            return;
        }
        let autosave_before = self.autosave.as_ref().map(|a| a.snapshot_path(&self.open));
        let snapshot = self.open.snapshot_for_save(path);
        let job = SaveJob::start(snapshot, self.background_file_work, self.waker.clone());
        self.saving = Some((job, autosave_before));
        // Written inline (tests): taken in at once, as before saves went off the UI thread.
        self.poll_save();
    }

    /// Takes in a finished save, if there is one: the file becomes the issue's, the library's
    /// entry for it is refreshed, and whatever waited for the save goes on.
    pub(super) fn poll_save(&mut self) {
        let Some(result) = self.saving.as_ref().and_then(|(job, _)| job.poll()) else {
            return;
        };
        let Some((job, autosave_before)) = self.saving.take() else {
            return;
        };
        let path = job.path().to_owned();
        let saved = match result {
            Ok(written) => self.open.finish_save(written),
            Err(()) => Err(crate::io::SaveError::Interrupted { path: path.clone() }),
        };
        match saved {
            Ok((issue, hash)) => {
                // Saved: the snapshot (under the old name or the new) is no longer needed.
                if let (Some(autosave), Some(before)) = (&mut self.autosave, autosave_before) {
                    autosave.remove(before);
                    autosave.forget(&self.open);
                }
                self.post_info(
                    Topic::Save,
                    text(&Text::SavedTo {
                        path: path.display().to_string().into(),
                    }),
                );
                if let Some(session) = &mut self.library {
                    session.saved(&path, issue, hash);
                }
                if let Some(then) = self.after_save.take() {
                    self.go_on(then);
                }
            }
            Err(err) => {
                self.after_save = None;
                self.post_error(Topic::Save, failed(Msg::SaveFailed, &err));
            }
        }
        if let Some(next) = self.save_waiting.take() {
            self.save_to(&next);
        }
    }

    /// Writes the export, in the format the file's extension names, once the path passes
    /// [`crate::io::export::check_export_path`] (never the issue, a `.ron` or a `.bak`) and,
    /// when the file exists, the editor said to replace it (`replace`).
    /// Exports the issue to `path` (its format from the extension): the file is checked and
    /// written by a job, never on the frame; an existing file is replaced only when `replace`
    /// says so (else she is asked).
    pub(super) fn export_to(&mut self, path: &Path, replace: bool) {
        use crate::io::export::{check_export_path, export_with};

        let format = match check_export_path(path, self.open.path()) {
            Ok(format) => format,
            Err(err) => {
                let text = text(&Text::ExportRefusedBecause {
                    reason: err.to_string().into(),
                });
                // A typed path stays in its prompt, with the reason, to be corrected.
                match &mut self.prompt {
                    Some(Prompt::Path { problem, .. }) => *problem = Some(text),
                    _ => self.post_error(Topic::Export, text),
                }
                return;
            }
        };
        let issue = self.open.document.issue().clone();
        let utm = self.utm_tags().cloned();
        let target = path.to_owned();
        let job = Job::start(
            "export",
            self.background_file_work,
            self.waker.clone(),
            move |_| {
                if target.exists() && !replace {
                    return Exported::Exists;
                }
                let exported = export_with(&issue, format, utm.as_ref());
                match crate::io::write_atomic(
                    &target,
                    exported.as_bytes(),
                    &mut crate::io::no_faults,
                ) {
                    Ok(()) => Exported::Written,
                    Err(err) => Exported::Failed(err),
                }
            },
        );
        self.exporting = Some((path.to_owned(), job));
        // An inline job is done already: take it in now.
        self.poll_export();
    }

    /// Takes in a finished export: said in the status bar, or the question whether to replace
    /// the file that is there.
    pub(super) fn poll_export(&mut self) {
        let Some(done) = self.exporting.as_ref().and_then(|(_, job)| job.result()) else {
            return;
        };
        let Some((path, _)) = self.exporting.take() else {
            return;
        };
        match done {
            Ok(Exported::Exists) => {
                self.prompt = Some(Prompt::ReplaceExport { path });
            }
            Ok(Exported::Written) => {
                if matches!(
                    self.prompt,
                    Some(Prompt::Path { .. } | Prompt::ReplaceExport { .. })
                ) {
                    self.prompt = None;
                }
                let text = text(&Text::ExportedTo {
                    path: path.display().to_string().into(),
                });
                let text = self.with_empty_sections_warning(text);
                self.post_info(Topic::Export, text);
            }
            Ok(Exported::Failed(err)) => {
                self.post_error(Topic::Export, failed(Msg::ExportFailed, &err));
            }
            Err(JobLost) => {
                let err = crate::io::SaveError::Interrupted { path };
                self.post_error(Topic::Export, failed(Msg::ExportFailed, &err));
            }
        }
    }

    /// Opens the issue file at `path`: read (and locked) by a job, never on the frame, while
    /// the window says it is opening; a missing file typed into the path prompt is said there.
    pub(super) fn open_path(&mut self, path: &Path) {
        self.open_path_then(path, None);
    }

    /// [`Self::open_path`], then shows `story` if the issue has it.
    pub(super) fn open_path_then(&mut self, path: &Path, story: Option<crate::model::StoryId>) {
        let target = path.to_owned();
        let job = Job::start(
            "open",
            self.background_file_work,
            self.waker.clone(),
            move |_| {
                if !target.exists() {
                    return Opened::Missing;
                }
                match OpenIssue::load(&target) {
                    Ok(open) => Opened::Issue(Box::new(open)),
                    Err(error) => Opened::Failed {
                        error,
                        backup_loads: crate::io::load_issue(&crate::io::backup_path(&target))
                            .is_ok(),
                    },
                }
            },
        );
        self.opening = Some(Opening {
            path: path.to_owned(),
            story,
            job,
        });
        self.post_info(
            Topic::Open,
            text(&Text::OpeningFile {
                path: path.display().to_string().into(),
            }),
        );
        // An inline job is done already: take it in now, as before.
        self.poll_open();
    }

    /// Takes in an issue that finished opening.
    pub(super) fn poll_open(&mut self) {
        let Some(done) = self.opening.as_ref().and_then(|o| o.job.result()) else {
            return;
        };
        let Some(Opening { path, story, .. }) = self.opening.take() else {
            return;
        };
        self.notices.retain(|n| n.topic != Topic::Open);
        match done {
            Ok(Opened::Missing) => {
                let problem = text(&Text::NoSuchFileAt {
                    path: path.display().to_string().into(),
                });
                match &mut self.prompt {
                    Some(Prompt::Path { problem: shown, .. }) => *shown = Some(problem),
                    _ => self.post_error(Topic::Open, problem),
                }
            }
            Ok(Opened::Issue(open)) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.replace_open(*open);
                if let Some(story) = story
                    && self.open.document.desk().place(story).is_some()
                {
                    self.selection = Selection::Story(story);
                }
            }
            Ok(Opened::Failed {
                error,
                backup_loads,
            }) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.post_error(Topic::Open, failed(Msg::OpenFailed, &error));
                if backup_loads {
                    self.prompt = Some(Prompt::Damaged { path });
                }
            }
            Err(JobLost) => {
                let err = crate::io::SaveError::Interrupted { path };
                self.post_error(Topic::Open, failed(Msg::OpenFailed, &err));
            }
        }
    }

    /// True while an issue is being opened: the one on screen is about to go, and takes no
    /// edits.
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// The file being opened, while it is.
    pub fn opening_path(&self) -> Option<&Path> {
        self.opening.as_ref().map(|o| o.path.as_path())
    }

    pub(super) fn replace_open(&mut self, open: OpenIssue) {
        self.open = open;
        self.document_number += 1;
        // What went wrong opening or saving the issue before does not concern this one.
        self.notices
            .retain(|n| !matches!(n.topic, Topic::Open | Topic::Save | Topic::Edit));
        self.selection = Selection::Issue;
        // Lists worked out from the issue before (its findings, its misspellings) would send
        // her to fields this one does not have.
        self.close_preflight();
        self.close_misspellings();
        self.attach_library_inbox(None);
        self.announce_opened();
    }

    pub(super) fn announce_opened(&mut self) {
        match self.open.origin {
            Origin::Sample => self.post_info(Topic::Open, tr(Msg::SampleNotice).to_owned()),
            Origin::New | Origin::File(_) => {}
        }
    }

    pub(super) fn request_dialog(&mut self, purpose: DialogPurpose) {
        let mut suggested = self.suggested_path();
        if purpose == DialogPurpose::Export {
            suggested = crate::io::export::suggested_export_path(&suggested);
        }
        let folder = suggested.parent().map(Path::to_owned);
        let name = suggested
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.dialog_pending = true;
        self.effects.push(Effect::AskPath {
            purpose,
            start_in: folder,
            file_name: name,
        });
    }

    /// A sensible file for dialogs to start at: the current file, or `issue-N.ron` in the
    /// current folder.
    pub(super) fn suggested_path(&self) -> PathBuf {
        if let Some(path) = self.open.path() {
            return path.to_owned();
        }
        let number = self.open.document.issue().number;
        if let Some(session) = &self.library {
            return session.library.new_issue_path(number);
        }
        let folder = std::env::current_dir().unwrap_or_default();
        folder.join(format!("issue-{number:03}.ron"))
    }
}

/// When `path` cannot be read but its `.bak` can, the question that offers the backup.
pub(super) fn damaged_prompt(path: &Path) -> Option<Prompt> {
    let backup = crate::io::backup_path(path);
    crate::io::load_issue(&backup)
        .ok()
        .map(|_| Prompt::Damaged {
            path: path.to_owned(),
        })
}

/// An issue file being read by a job.
pub(super) struct Opening {
    /// The file.
    pub path: PathBuf,
    /// The story to show once it is open.
    pub story: Option<crate::model::StoryId>,
    /// The job.
    pub job: Job<Opened>,
}

/// How reading an issue file ended.
pub(super) enum Opened {
    /// There is no file there.
    Missing,
    /// Read (and locked, or read-only when another Nashra has it).
    Issue(Box<OpenIssue>),
    /// It could not be read; its backup can be, or not.
    Failed {
        error: crate::io::LoadError,
        backup_loads: bool,
    },
}

/// How an export ended.
pub(super) enum Exported {
    /// The file is there and was not to be replaced without asking.
    Exists,
    /// Written.
    Written,
    /// Not written, for this reason.
    Failed(crate::io::SaveError),
}
