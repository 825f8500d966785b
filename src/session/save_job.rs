//! [`SaveJob`]: a save being written. The document's snapshot is taken on the UI thread; the
//! file work (serializing, writing, syncing, the inbox) runs on a worker thread, so a save never
//! stalls a frame. Tests may run it inline, which gives the same result at once.

use super::Waker;
use super::job::Job;
use super::open_issue::{SaveSnapshot, SaveWritten};
use crate::io;

/// A save under way.
pub struct SaveJob {
    job: Job<SaveWritten>,
    /// Where it goes (to say so if the worker dies).
    path: std::path::PathBuf,
}

impl SaveJob {
    /// Starts writing `snapshot`: on a worker thread that calls `wake` when done, or (with
    /// `background` false) right here.
    pub fn start(snapshot: SaveSnapshot, background: bool, wake: Waker) -> Self {
        let path = snapshot.path().to_owned();
        let job = Job::start("save", background, wake, move |_| {
            snapshot.write(&mut io::no_faults)
        });
        Self { job, path }
    }

    /// Where the save goes.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The finished save, once there is one. `Err` if the worker ended without one (it
    /// panicked): the document then stays unsaved.
    pub fn poll(&self) -> Option<Result<SaveWritten, ()>> {
        self.job.result().map(|done| done.map_err(|_| ()))
    }
}
