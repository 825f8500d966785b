//! [`Autosave`]: writes recovery snapshots of the open issue off the UI thread after a few
//! seconds without edits, and deletes them when the work is saved or discarded.

use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use crate::io::recovery::{RecoveryStore, Snapshot};
use crate::model::Revision;

use super::open_issue::OpenIssue;

/// The open issue's recovery state.
pub struct Autosave {
    store: RecoveryStore,
    /// Snapshots are written after this long without an edit.
    idle: Duration,
    /// Tells apart snapshots of never-saved issues from different runs.
    session: u64,
    writer: Sender<(PathBuf, Snapshot)>,
    seen_revision: Revision,
    changed_at: Instant,
    snapshot_revision: Option<Revision>,
    /// A snapshot from an earlier run whose work is open now: kept until that work is saved or
    /// discarded.
    adopted: Option<PathBuf>,
}

impl Autosave {
    /// Starts the writer thread for `store`.
    pub fn new(store: RecoveryStore, idle: Duration) -> Self {
        let (writer, jobs) = channel::<(PathBuf, Snapshot)>();
        let thread_store = store.clone();
        std::thread::spawn(move || {
            for (path, snapshot) in jobs {
                if let Err(err) = thread_store.write(&path, &snapshot) {
                    log::error!("recovery snapshot not written: {err}");
                }
            }
        });
        let session = u64::from(std::process::id()) << 32
            ^ jiff::Timestamp::now().as_millisecond().unsigned_abs();
        Self {
            store,
            idle,
            session,
            writer,
            seen_revision: 0,
            changed_at: Instant::now(),
            snapshot_revision: None,
            adopted: None,
        }
    }

    /// The store snapshots go to.
    pub fn store(&self) -> &RecoveryStore {
        &self.store
    }

    /// Where the snapshot of `open` goes.
    pub fn snapshot_path(&self, open: &OpenIssue) -> PathBuf {
        self.store.snapshot_path(open.path(), self.session)
    }

    /// Called every frame: after `idle` without edits, queues a snapshot of unsaved work.
    /// Returns how long until it should be called again, if it is waiting.
    pub fn tick(&mut self, open: &OpenIssue) -> Option<Duration> {
        let revision = open.document.revision();
        if revision != self.seen_revision {
            self.seen_revision = revision;
            self.changed_at = Instant::now();
        }
        if !open.document.is_modified() || self.snapshot_revision == Some(revision) {
            return None;
        }
        let waited = self.changed_at.elapsed();
        if waited < self.idle {
            return Some(self.idle - waited);
        }
        let snapshot = Snapshot {
            version: 1,
            original: open.path().map(std::path::Path::to_owned),
            taken_at: jiff::Timestamp::now(),
            issue: open.document.issue().clone(),
            inbox: open.inbox_home().map(|_| open.document.inbox().clone()),
        };
        // The writer thread owns the disk work; typing never waits for it.
        let _ = self.writer.send((self.snapshot_path(open), snapshot));
        self.snapshot_revision = Some(revision);
        None
    }

    /// The open work came from the snapshot at `path` (recovered after a crash).
    pub fn adopt(&mut self, path: PathBuf) {
        self.adopted = Some(path);
        self.snapshot_revision = None;
    }

    /// The work in `open` was saved or discarded: its snapshots go.
    pub fn forget(&mut self, open: &OpenIssue) {
        self.store.remove(&self.snapshot_path(open));
        if let Some(adopted) = self.adopted.take() {
            self.store.remove(&adopted);
        }
        self.snapshot_revision = None;
    }
}
