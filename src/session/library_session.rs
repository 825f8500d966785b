//! [`LibrarySession`]: the library folder in use and what its issues hold (for the library
//! view, "already featured" and search). The folder is read off the UI thread, at start and
//! whenever its issue files change on disk; a save here updates only its own entry.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Waker;
use super::job::Job;
use super::library_watch::{LibraryWatch, WatchState};
use crate::io::library_settings::{LibrarySettings, load_library_settings};
use crate::io::{Library, LibraryIndex, LoadError};

/// The library in use.
pub struct LibrarySession {
    /// The folder.
    pub library: Library,
    /// Its issues as last read (empty until the first read ends).
    pub index: LibraryIndex,
    /// Its settings (`library.ron`): the defaults when the file is missing or cannot be
    /// read, and then it is not written over until the editor changes a setting.
    pub settings: LibrarySettings,
    /// Why `library.ron` could not be read, until the session has said so.
    settings_problem: Option<LoadError>,
    /// Counts the reads, so views can tell when to work their results out again.
    generation: u64,
    /// A read of the folder under way.
    scan: Option<Job<LibraryIndex>>,
    /// The folder is read again when changes settle; `None` without a watch.
    watch: Option<LibraryWatch>,
    /// Files this session wrote, with the hash of what it wrote: their events are not news.
    own_writes: HashMap<PathBuf, u64>,
    /// How many times the folder was read (for tests: a save must not read it).
    scans_started: u64,
    /// A read is wanted and not started yet.
    scan_wanted: bool,
    /// Issues saved while a read was under way: the read may have seen the files before they
    /// were written, so they are put in again when it ends.
    saved_during_scan: Vec<(PathBuf, crate::model::Issue)>,
    wake: Waker,
}

impl LibrarySession {
    /// Opens the folder. With `background` its issues are read on a worker thread once the
    /// window is up (the index fills in when [`Self::take_scan`] sees the read end) and the
    /// folder is watched for changes; without, they are read now and not watched.
    pub fn open(root: &Path, background: bool, wake: Waker) -> Result<Self, LoadError> {
        let library = Library::open(root)?;
        let (settings, settings_problem) = match load_library_settings(&library.settings_path()) {
            Ok(settings) => (settings, None),
            Err(err) => (LibrarySettings::default(), Some(err)),
        };
        let mut session = Self {
            library,
            index: LibraryIndex::default(),
            settings,
            settings_problem,
            generation: 0,
            scan: None,
            watch: None,
            own_writes: HashMap::new(),
            scans_started: 0,
            scan_wanted: false,
            saved_during_scan: Vec::new(),
            wake,
        };
        if background {
            // Started after the first frame (`start_wanted_scan`), so the window appears
            // without the read competing for the processor, and with a way to wake it.
            session.scan_wanted = true;
        } else {
            session.index = session.library.scan();
            session.generation = 1;
            session.scans_started = 1;
        }
        Ok(session)
    }

    /// Why the library's settings could not be read, once.
    pub fn take_settings_problem(&mut self) -> Option<LoadError> {
        self.settings_problem.take()
    }

    /// Starts reading the folder on a worker thread.
    fn start_scan(&mut self) {
        let library = self.library.clone();
        self.scan = Some(Job::start("library", true, self.wake.clone(), move |_| {
            library.scan()
        }));
        self.scans_started += 1;
    }

    /// True until the folder's issues have been read.
    pub fn is_scanning(&self) -> bool {
        self.scan.is_some() || self.scan_wanted
    }

    /// Starts the read asked for at open, and the watch on the folder, if they have not
    /// started (after the first frame).
    pub fn start_wanted_scan(&mut self) {
        if std::mem::take(&mut self.scan_wanted) {
            self.watch = LibraryWatch::start(self.library.root(), self.wake.clone());
            self.start_scan();
        }
    }

    /// The function that wakes the window when a read ends or the folder changes.
    pub fn set_waker(&mut self, wake: Waker) {
        self.wake = wake;
    }

    /// How many times the folder has been read.
    pub fn scans_started(&self) -> u64 {
        self.scans_started
    }

    /// Takes in a finished read of the folder, if one has ended.
    pub fn take_scan(&mut self) {
        let Some(done) = self.scan.as_ref().and_then(Job::result) else {
            return;
        };
        self.scan = None;
        // A worker that died leaves what we had rather than a wait forever.
        if let Ok(index) = done {
            self.index = index;
            for (path, issue) in std::mem::take(&mut self.saved_during_scan) {
                self.index.upsert(&path, issue);
            }
            self.generation += 1;
        }
    }

    /// Follows the folder's watch: once changes made elsewhere have settled, starts reading
    /// the folder again. Returns when to look again, while changes are settling.
    pub fn watch(&mut self, now: Instant) -> Option<Duration> {
        match self.watch.as_mut().map(|w| w.poll(now)) {
            Some(WatchState::Settling(wait)) => Some(wait),
            Some(WatchState::Settled(paths)) => {
                if paths.iter().any(|p| !self.is_own_write(p)) && self.scan.is_none() {
                    self.start_scan();
                }
                None
            }
            Some(WatchState::Quiet) | None => None,
        }
    }

    /// True when `path` holds just what this session last wrote there.
    fn is_own_write(&self, path: &Path) -> bool {
        let Some(written) = self.own_writes.get(path) else {
            return false;
        };
        crate::io::file_content_hash(path).is_ok_and(|hash| hash == Some(*written))
    }

    /// The issue was just saved to `path` (with contents hashing to `hash`): only its entry
    /// of the index changes, and the watch will not read the folder again for it.
    pub fn saved(&mut self, path: &Path, issue: crate::model::Issue, hash: u64) {
        if self.is_scanning() {
            self.saved_during_scan
                .push((path.to_owned(), issue.clone()));
        }
        self.index.upsert(path, issue);
        // The watch names files as the canonical folder joined with their name.
        self.own_writes.insert(Library::canonical(path), hash);
        self.generation += 1;
    }

    /// Changes every time the issues are read again.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The latest issue's file, to open when the app starts on this library: the highest
    /// number once the issues are read, else the one the file names say.
    pub fn latest_issue(&self) -> Option<PathBuf> {
        if self.is_scanning() || self.generation == 0 {
            return self.library.latest_issue_by_name();
        }
        self.index.latest().map(|i| i.path.clone())
    }
}
