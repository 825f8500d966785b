//! [`SaveJob`]: a save being written. The document's snapshot is taken on the UI thread; the
//! file work (serializing, writing, syncing, the inbox) runs on a worker thread, so a save never
//! stalls a frame. Tests may run it inline, which gives the same result at once.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::Waker;
use super::open_issue::{SaveSnapshot, SaveWritten};
use crate::io;

/// A save under way.
pub struct SaveJob {
    result: Receiver<SaveWritten>,
    /// Where it goes (to say so if the worker dies).
    path: std::path::PathBuf,
}

impl SaveJob {
    /// Starts writing `snapshot`: on a worker thread that calls `wake` when done, or (with
    /// `background` false) right here.
    pub fn start(snapshot: SaveSnapshot, background: bool, wake: Waker) -> Self {
        let (sender, result) = channel();
        let path = snapshot.path().to_owned();
        if background {
            std::thread::spawn(move || {
                let written = snapshot.write(&mut io::no_faults);
                // The session may be gone (the window closed); then no one is listening.
                let _ = sender.send(written);
                wake();
            });
        } else {
            // Sending cannot fail: we hold the receiver.
            let _ = sender.send(snapshot.write(&mut io::no_faults));
        }
        Self { result, path }
    }

    /// Where the save goes.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// The finished save, once there is one. `Err` if the worker ended without one (it
    /// panicked): the document then stays unsaved.
    pub fn poll(&self) -> Option<Result<SaveWritten, ()>> {
        match self.result.try_recv() {
            Ok(written) => Some(Ok(written)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(())),
        }
    }
}
