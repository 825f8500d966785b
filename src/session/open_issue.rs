//! [`OpenIssue`]: the document being edited and where it lives on disk.

use std::path::{Path, PathBuf};

use crate::io::{self, LoadError, SaveError};
use crate::model::{Document, Inbox, Issue};

/// Where the open issue came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A new issue, never saved.
    New,
    /// The bundled sample: saving asks for a place of the editor's own.
    Sample,
    /// A file on disk.
    File(PathBuf),
}

/// The issue being edited, its origin, and whether it may be saved in place.
#[derive(Debug)]
pub struct OpenIssue {
    /// The issue and its history.
    pub document: Document,
    /// Where it came from; saving in place needs a file.
    pub origin: Origin,
    /// Set when the file comes from a newer Nashra: saving over it would lose data.
    pub read_only: bool,
    /// What the file held when it was loaded or last saved, to notice changes made by others.
    disk_hash: Option<u64>,
    /// The file's modification time and length at the last look, so that an unchanged file is
    /// not read again.
    disk_stamp: Option<(std::time::SystemTime, u64)>,
    /// Our lock on the file: one writer at a time.
    lock: Option<io::FileLock>,
    /// Set when another running Nashra has the file open (then it is read-only here).
    pub locked_by: Option<io::LockOwner>,
    /// The library whose inbox is on the desk: saving the issue saves that inbox too. `None`
    /// without a library, or when its inbox file could not be read (it is then never
    /// written, so a damaged file is not lost).
    inbox_home: Option<io::Library>,
    /// What the inbox file held when it was read or last written (`None`: no file yet), to
    /// notice changes made elsewhere before writing over them.
    inbox_disk_hash: Option<u64>,
}

impl OpenIssue {
    /// An open issue with no file, lock or disk state yet.
    fn detached(document: Document, origin: Origin) -> Self {
        Self {
            document,
            origin,
            read_only: false,
            disk_hash: None,
            disk_stamp: None,
            lock: None,
            locked_by: None,
            inbox_home: None,
            inbox_disk_hash: None,
        }
    }

    /// Issue 1, dated today: the first of a new newsletter.
    pub fn first_issue() -> Self {
        Self::new_issue(Issue::new(1, "", jiff::Zoned::now().date()))
    }

    /// `issue`, new and not saved yet.
    pub fn new_issue(issue: Issue) -> Self {
        Self::detached(Document::new_unsaved(issue, Inbox::default()), Origin::New)
    }

    /// The bundled sample issue.
    pub fn sample() -> Result<Self, LoadError> {
        let loaded = io::parse_issue(
            io::SAMPLE_RON.as_bytes(),
            Path::new("assets/sample-issue.ron"),
        )?;
        Ok(Self::detached(Document::new(loaded.issue), Origin::Sample))
    }

    /// Opens an issue file.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let loaded = io::load_issue(path)?;
        // Leftovers of saves killed in an earlier run (the file itself is whole).
        io::remove_stale_temps(path);
        let (lock, locked_by) = match io::FileLock::acquire(path) {
            Ok(io::LockOutcome::Acquired(lock)) => (Some(lock), None),
            Ok(io::LockOutcome::HeldBy(owner)) => (None, Some(owner)),
            // A folder where no lock file can be written (read-only media): open without one.
            Err(err) => {
                log::warn!("no lock file for {}: {err}", path.display());
                (None, None)
            }
        };
        let read_only = loaded.is_from_newer_version() || locked_by.is_some();
        Ok(Self {
            document: Document::new(loaded.issue),
            origin: Origin::File(path.to_owned()),
            read_only,
            disk_hash: Some(loaded.content_hash),
            disk_stamp: file_stamp(path),
            lock,
            locked_by,
            inbox_home: None,
            inbox_disk_hash: None,
        })
    }

    /// The `.bak` of a damaged file, to be saved over it: unsaved, with `path` as its file.
    pub fn from_backup(path: &Path) -> Result<Self, LoadError> {
        let loaded = io::load_issue(&io::backup_path(path))?;
        Ok(Self::recovered(loaded.issue, Some(path)))
    }

    /// Work recovered from a snapshot: unsaved, to be saved over `original` (if it had one).
    pub fn recovered(issue: Issue, original: Option<&Path>) -> Self {
        let mut open = Self::detached(Document::new_unsaved(issue, Inbox::default()), Origin::New);
        if let Some(path) = original.filter(|p| p.exists()) {
            open.origin = Origin::File(path.to_owned());
            // What is on disk now is what the recovered work replaces; only a later change
            // made elsewhere is a conflict.
            open.disk_hash = io::file_content_hash(path).ok().flatten();
            open.disk_stamp = file_stamp(path);
            match io::FileLock::acquire(path) {
                Ok(io::LockOutcome::Acquired(lock)) => open.lock = Some(lock),
                Ok(io::LockOutcome::HeldBy(owner)) => {
                    open.read_only = true;
                    open.locked_by = Some(owner);
                }
                Err(_) => {}
            }
        }
        open
    }

    /// Puts the library's inbox on the desk of a just-opened issue; saves will write it back
    /// to `home`. With `home` `None` the inbox is only shown, never written. `disk_hash` is the
    /// [`io::content_hash`] of the inbox file as it is on disk now (`None`: no file).
    pub fn attach_inbox(
        &mut self,
        inbox: crate::model::Inbox,
        home: Option<io::Library>,
        disk_hash: Option<u64>,
    ) {
        self.document.attach_inbox(inbox);
        self.inbox_home = home;
        self.inbox_disk_hash = disk_hash;
    }

    /// True when the inbox file no longer holds what was read or last written: another
    /// program (or another Nashra) changed it, and saving must ask before writing over it.
    pub fn inbox_changed_on_disk(&self) -> bool {
        let Some(home) = &self.inbox_home else {
            return false;
        };
        match io::file_content_hash(&home.inbox_path()) {
            Ok(now) => now.is_some() && now != self.inbox_disk_hash,
            // Unreadable now: saving will say why.
            Err(_) => false,
        }
    }

    /// The library the inbox is saved to, if any.
    pub fn inbox_home(&self) -> Option<&io::Library> {
        self.inbox_home.as_ref()
    }

    /// The file it is saved in, if any.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(path) => Some(path),
            Origin::New | Origin::Sample => None,
        }
    }

    /// True when Save can write in place (otherwise it asks for a path).
    pub fn can_save_in_place(&self) -> bool {
        self.path().is_some() && !self.read_only
    }

    /// Saves to `path`, then the inbox to its library; on success the document is clean and
    /// `path` becomes its file. On failure the document stays unsaved.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        self.save_to_with_faults(path, &mut io::no_faults)
    }

    /// [`Self::save_to`] with injected failures, for tests.
    pub fn save_to_with_faults(
        &mut self,
        path: &Path,
        fault: io::FaultHook<'_>,
    ) -> Result<(), SaveError> {
        let written = self.snapshot_for_save(path).write(fault);
        self.finish_save(written).map(|_| ())
    }

    /// What a save of the issue (and its inbox) to `path` writes, taken now so the writing
    /// can happen elsewhere (on a worker thread) while the editor goes on.
    pub fn snapshot_for_save(&self, path: &Path) -> SaveSnapshot {
        SaveSnapshot {
            path: path.to_owned(),
            revision: self.document.revision(),
            issue: self.document.issue().clone(),
            inbox: self
                .inbox_home
                .as_ref()
                .map(|home| (home.clone(), self.document.inbox().clone())),
            // Saving under a new name takes that file's lock first.
            needs_lock: !(self.path() == Some(path) && self.lock.is_some()),
        }
    }

    /// Takes in a finished save: on success `path` becomes the issue's file and the revision
    /// saved is marked saved (edits made meanwhile keep the document unsaved). Returns the
    /// issue as written and the hash of the file's contents (for the library's index).
    pub fn finish_save(&mut self, written: SaveWritten) -> Result<(Issue, u64), SaveError> {
        let done = written.result?;
        if done.lock.is_some() {
            self.lock = done.lock;
        }
        self.locked_by = None;
        self.origin = Origin::File(written.path.clone());
        self.read_only = false;
        self.disk_hash = Some(done.hash);
        self.disk_stamp = done.stamp;
        if let Some(hash) = done.inbox_hash {
            self.inbox_disk_hash = Some(hash);
        }
        // The inbox failed after the issue was written: the issue's file is new, but the
        // document is not clean until both are.
        if let Some(err) = done.inbox_error {
            return Err(err);
        }
        self.document.mark_saved(written.revision);
        Ok((done.issue, done.hash))
    }

    /// True when the file on disk no longer holds what was loaded or last saved: someone else
    /// changed it. Compares contents, so a touch that leaves them identical does not count; a
    /// file that is gone does not count either (saving simply writes it again).
    pub fn changed_on_disk(&mut self) -> bool {
        let Some(path) = self.path().map(Path::to_owned) else {
            return false;
        };
        let stamp = file_stamp(&path);
        if stamp.is_some() && stamp == self.disk_stamp {
            return false;
        }
        match io::file_content_hash(&path) {
            Ok(Some(hash)) if Some(hash) != self.disk_hash => true,
            Ok(_) => {
                // Same contents (or no file): remember the new stamp and stop asking.
                self.disk_stamp = stamp;
                false
            }
            // Unreadable now: saving will say why.
            Err(_) => false,
        }
    }
}

/// A file's modification time and length.
fn file_stamp(path: &Path) -> Option<(std::time::SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// What a save writes, taken from the document when the save starts.
#[derive(Debug)]
pub struct SaveSnapshot {
    path: PathBuf,
    revision: crate::model::Revision,
    issue: Issue,
    /// The library whose inbox file is written too, and the inbox.
    inbox: Option<(io::Library, Inbox)>,
    needs_lock: bool,
}

/// A finished save, for [`OpenIssue::finish_save`].
#[derive(Debug)]
pub struct SaveWritten {
    /// Where it was written.
    pub path: PathBuf,
    revision: crate::model::Revision,
    result: Result<Written, SaveError>,
}

/// What a successful write left on disk.
#[derive(Debug)]
struct Written {
    issue: Issue,
    hash: u64,
    stamp: Option<(std::time::SystemTime, u64)>,
    inbox_hash: Option<u64>,
    inbox_error: Option<SaveError>,
    lock: Option<io::FileLock>,
}

impl SaveSnapshot {
    /// Where it goes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the issue, then the inbox: the file work of a save, safe to run on any thread.
    pub fn write(self, fault: io::FaultHook<'_>) -> SaveWritten {
        let path = self.path.clone();
        let revision = self.revision;
        SaveWritten {
            path,
            revision,
            result: self.write_files(fault),
        }
    }

    fn write_files(self, fault: io::FaultHook<'_>) -> Result<Written, SaveError> {
        let lock = if self.needs_lock {
            match io::FileLock::acquire(&self.path) {
                Ok(io::LockOutcome::Acquired(lock)) => Some(lock),
                Ok(io::LockOutcome::HeldBy(owner)) => {
                    return Err(SaveError::Locked {
                        path: self.path,
                        pid: owner.pid,
                    });
                }
                Err(_) => None,
            }
        } else {
            None
        };
        let hash = io::save_issue_with_faults(&self.path, &self.issue, fault)?;
        let stamp = file_stamp(&self.path);
        // The issue goes first: a crash in between leaves a picked story in both files
        // (merged on the next collect), never in neither.
        let (inbox_hash, inbox_error) = match &self.inbox {
            Some((home, inbox)) => match home.save_inbox(inbox) {
                Ok(hash) => (Some(hash), None),
                Err(err) => (None, Some(err)),
            },
            None => (None, None),
        };
        Ok(Written {
            issue: self.issue,
            hash,
            stamp,
            inbox_hash,
            inbox_error,
            lock,
        })
    }
}
