//! [`Autosave`]: writes recovery snapshots of the open issue off the UI thread, at most a
//! second after a change, and deletes them when the work is saved or discarded.
//!
//! Every write and every deletion goes through one writer thread, in the order asked: a
//! deletion asked after a write can never be overtaken by it, so discarded work cannot come
//! back as a snapshot written late.

use std::path::PathBuf;
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use crate::io::recovery::{RecoveryStore, Snapshot};
use crate::model::Revision;

use super::open_issue::OpenIssue;

/// What the writer thread does, in the order it was asked.
enum Disk {
    Write(PathBuf, Box<Snapshot>),
    Remove(PathBuf),
}

/// The open issue's recovery state.
pub struct Autosave {
    store: RecoveryStore,
    /// A change is in a snapshot at most this long after it was made (typing or not).
    delay: Duration,
    /// Tells apart snapshots of never-saved issues from different runs.
    session: u64,
    writer: Option<Sender<Disk>>,
    /// The writer thread, joined when the session ends: what was asked of it is done before
    /// the program exits.
    thread: Option<std::thread::JoinHandle<()>>,
    /// The revision that needs no snapshot: the one the last snapshot holds, or the one the
    /// editor saved or discarded.
    covered: Option<Revision>,
    /// When the oldest change not in a snapshot yet was first seen.
    pending_since: Option<Instant>,
    /// A snapshot from an earlier run whose work is open now: kept until that work is saved or
    /// discarded.
    adopted: Option<PathBuf>,
}

impl Autosave {
    /// Starts the writer thread for `store`; snapshots follow changes by at most `delay`.
    pub fn new(store: RecoveryStore, delay: Duration) -> Self {
        let (writer, jobs) = channel::<Disk>();
        let thread_store = store.clone();
        let thread = std::thread::spawn(move || {
            for job in jobs {
                match job {
                    Disk::Write(path, snapshot) => {
                        if let Err(err) = thread_store.write(&path, &snapshot) {
                            log::error!("recovery snapshot not written: {err}");
                        }
                    }
                    Disk::Remove(path) => thread_store.remove(&path),
                }
            }
        });
        let session = u64::from(std::process::id()) << 32
            ^ jiff::Timestamp::now().as_millisecond().unsigned_abs();
        Self {
            store,
            delay,
            session,
            writer: Some(writer),
            thread: Some(thread),
            covered: None,
            pending_since: None,
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

    /// Called every frame: queues a snapshot of unsaved work once its oldest change not in a
    /// snapshot is `delay` old. Continued typing does not put it off, so a crash costs at most
    /// `delay` of work. Returns how long until it should be called again, if it is waiting.
    pub fn tick(&mut self, open: &OpenIssue, now: Instant) -> Option<Duration> {
        let revision = open.document.revision();
        if !open.document.is_modified() || self.covered == Some(revision) {
            self.pending_since = None;
            return None;
        }
        let since = *self.pending_since.get_or_insert(now);
        let waited = now.saturating_duration_since(since);
        if waited < self.delay {
            return Some(self.delay - waited);
        }
        // Cloned here, serialized and written by the writer thread: typing never waits for the
        // disk.
        let snapshot = Snapshot {
            version: 1,
            original: open.path().map(std::path::Path::to_owned),
            taken_at: jiff::Timestamp::now(),
            issue: open.document.issue().clone(),
            inbox: open.inbox_home().map(|_| open.document.inbox().clone()),
        };
        self.send(Disk::Write(self.snapshot_path(open), Box::new(snapshot)));
        self.covered = Some(revision);
        self.pending_since = None;
        None
    }

    /// The open work came from the snapshot at `path` (recovered after a crash).
    pub fn adopt(&mut self, path: PathBuf) {
        self.adopted = Some(path);
        self.covered = None;
        self.pending_since = None;
    }

    /// Deletes the snapshot at `path`, after any write already asked for.
    pub fn remove(&self, path: PathBuf) {
        self.send(Disk::Remove(path));
    }

    fn send(&self, job: Disk) {
        if let Some(writer) = &self.writer {
            let _ = writer.send(job);
        }
    }

    /// The work in `open` was saved: its snapshots go. Edits made while it was being written
    /// are still unsaved and get a snapshot of their own.
    pub fn forget(&mut self, open: &OpenIssue) {
        self.remove_snapshots(open);
        self.covered = (!open.document.is_modified()).then(|| open.document.revision());
    }

    /// The editor discarded the work in `open`: its snapshots go, and the revision she
    /// discarded is never written again (the window may still show it for a frame or two
    /// while it closes).
    pub fn discard(&mut self, open: &OpenIssue) {
        self.remove_snapshots(open);
        self.covered = Some(open.document.revision());
    }

    fn remove_snapshots(&mut self, open: &OpenIssue) {
        self.remove(self.snapshot_path(open));
        if let Some(adopted) = self.adopted.take() {
            self.remove(adopted);
        }
        self.pending_since = None;
    }
}

impl Drop for Autosave {
    fn drop(&mut self) {
        // Closing the channel ends the writer's loop once the queue is done.
        self.writer = None;
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            log::error!("the recovery writer stopped with a panic");
        }
    }
}
