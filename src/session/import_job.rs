//! [`ImportJob`]: a feed or page being fetched on a worker thread, so the window stays
//! responsive; it can be cancelled, and it ends by itself after the import's timeout.

use super::job::Job;
use crate::io::import::{ImportError, ImportLimits, ImportWarning, import_url};
use crate::model::Story;

/// What an import brings: stories, and what cleaning them changed.
pub type ImportResult = Result<(Vec<Story>, Vec<ImportWarning>), ImportError>;

/// A running import.
pub struct ImportJob {
    /// The address being fetched (shown with the progress indicator).
    pub url: String,
    job: Job<ImportResult>,
}

impl ImportJob {
    /// Starts fetching `url`; `wake` is called (from the worker) when the result is in.
    pub fn start(url: String, limits: ImportLimits, wake: super::Waker) -> Self {
        let thread_url = url.clone();
        let job = Job::start("import", true, wake, move |context| {
            import_url(&thread_url, &limits, context.cancel_flag()).map(|i| i.into_parts())
        });
        Self { url, job }
    }

    /// Asks the worker to stop; it answers with [`ImportError::Cancelled`].
    pub fn cancel(&self) {
        self.job.cancel();
    }

    /// The result, once the worker has one; a worker that ended without a word (it panicked)
    /// reads as cancelled rather than spinning forever.
    pub fn poll(&self) -> Option<ImportResult> {
        self.job
            .result()
            .map(|done| done.unwrap_or(Err(ImportError::Cancelled)))
    }
}
