//! [`LibraryWatch`]: notices when the library folder's issue files change on disk (another
//! program, a sync client, a copy by hand), and says so once the changes have settled, so the
//! folder is read again once per burst rather than once per event.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::Waker;
use crate::io::Library;

/// How long the folder must stay quiet before its changes count: a sync client writing twenty
/// issues triggers one read, not twenty.
pub const SETTLE: Duration = Duration::from_millis(400);

/// A watch on a library folder.
pub struct LibraryWatch {
    /// Kept alive: dropping it ends the watch.
    _watcher: notify::RecommendedWatcher,
    events: Receiver<PathBuf>,
    /// Issue files changed since the last settled burst.
    changed: HashSet<PathBuf>,
    /// When the last event of the current burst came.
    last_event: Option<Instant>,
}

/// Where a watch stands.
#[derive(Debug, PartialEq, Eq)]
pub enum WatchState {
    /// Nothing changed.
    Quiet,
    /// Changes came in; look again after this long.
    Settling(Duration),
    /// These issue files changed, and the folder has been quiet since.
    Settled(Vec<PathBuf>),
}

impl LibraryWatch {
    /// Watches `root`; `wake` is called (from the watcher's thread) on each change. `None` when
    /// the system refuses a watch (too many watches, a network folder): the library then is
    /// read again only when the editor opens it.
    pub fn start(root: &Path, wake: Waker) -> Option<Self> {
        let (sender, events) = channel();
        let handler = move |event: notify::Result<notify::Event>| {
            let Ok(event) = event else {
                return;
            };
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            let mut any = false;
            for path in event.paths {
                if Library::is_issue_path(&path) {
                    any = true;
                    // The session may be gone; then no one is listening.
                    let _ = sender.send(path);
                }
            }
            if any {
                wake();
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(watcher) => watcher,
            Err(err) => {
                log::warn!("not watching the library folder: {err}");
                return None;
            }
        };
        if let Err(err) = watcher.watch(root, RecursiveMode::NonRecursive) {
            log::warn!("not watching the library folder {}: {err}", root.display());
            return None;
        }
        Some(Self {
            _watcher: watcher,
            events,
            changed: HashSet::new(),
            last_event: None,
        })
    }

    /// Takes in the events so far; once the folder has been quiet for [`SETTLE`], hands over
    /// the issue files that changed.
    pub fn poll(&mut self, now: Instant) -> WatchState {
        for path in self.events.try_iter() {
            self.changed.insert(path);
            self.last_event = Some(now);
        }
        let Some(last) = self.last_event else {
            return WatchState::Quiet;
        };
        let quiet_for = now.duration_since(last);
        if quiet_for < SETTLE {
            return WatchState::Settling(SETTLE - quiet_for);
        }
        self.last_event = None;
        WatchState::Settled(self.changed.drain().collect())
    }
}
