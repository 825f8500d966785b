//! [`ImportJob`]: a feed or page being fetched on a worker thread, so the window stays
//! responsive; it can be cancelled, and it ends by itself after the import's timeout.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::io::import::{ImportError, ImportLimits, ImportWarning, import_url};
use crate::model::Story;

/// What an import brings: stories, and what cleaning them changed.
pub type ImportResult = Result<(Vec<Story>, Vec<ImportWarning>), ImportError>;

/// A running import.
pub struct ImportJob {
    /// The address being fetched (shown with the progress indicator).
    pub url: String,
    cancel: Arc<AtomicBool>,
    result: Receiver<ImportResult>,
}

impl ImportJob {
    /// Starts fetching `url`; `wake` is called (from the worker) when the result is in.
    pub fn start(url: String, limits: ImportLimits, wake: super::Waker) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, result) = channel();
        let thread_cancel = Arc::clone(&cancel);
        let thread_url = url.clone();
        std::thread::spawn(move || {
            let outcome = import_url(&thread_url, &limits, &thread_cancel).map(|i| i.into_parts());
            // The app may have been closed meanwhile; then no one is listening.
            let _ = sender.send(outcome);
            wake();
        });
        Self {
            url,
            cancel,
            result,
        }
    }

    /// Asks the worker to stop; it answers with [`ImportError::Cancelled`].
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The result, once the worker has one.
    pub fn poll(&self) -> Option<ImportResult> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            // The worker ended without a word (it panicked): say so rather than spin forever.
            Err(TryRecvError::Disconnected) => Some(Err(ImportError::Cancelled)),
        }
    }
}
