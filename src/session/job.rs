//! [`Job`]: the one way the session runs work off the window's thread — saving, opening,
//! exporting, importing, checking links, reading the library and the dictionaries, asking for
//! suggestions, writing settings. A job runs a closure on a worker thread (or at once, where
//! tests want results without waiting), reports updates on the way (progress, or results as
//! they come, like each link checked), can be cancelled, and wakes the window when it has
//! something to show. The session polls its jobs in [`super::Session::run_all`]; nothing of
//! theirs touches the disk or the network on the frame.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use super::Waker;

/// Work running in the background, ending with a `T`, telling of its way with `U`s.
pub struct Job<T, U = ()> {
    cancel: Arc<AtomicBool>,
    events: Receiver<Event<T, U>>,
}

enum Event<T, U> {
    Update(U),
    Done(T),
}

/// What a job's closure is given: where to report, and whether to stop.
pub struct JobContext<T, U> {
    cancel: Arc<AtomicBool>,
    sender: Sender<Event<T, U>>,
    wake: Waker,
}

impl<T, U> JobContext<T, U> {
    /// True once the job was cancelled: the work stops at its next chance.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The flag the job's cancel sets, for work that takes one (an import, a link check).
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }

    /// Reports `update` and wakes the window to show it.
    pub fn update(&self, update: U) {
        // The session may have dropped the job: then no one is listening.
        let _ = self.sender.send(Event::Update(update));
        (self.wake)();
    }
}

/// What a poll found: the updates since the last poll, in order, and the end, once there is
/// one.
pub struct Polled<T, U> {
    /// Updates reported since the last poll.
    pub updates: Vec<U>,
    /// The result; `Some(Err(JobLost))` if the worker ended without one (it panicked).
    pub done: Option<Result<T, JobLost>>,
}

/// A job's worker ended without a result (it panicked): what it was doing did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JobLost;

impl<T: Send + 'static, U: Send + 'static> Job<T, U> {
    /// Starts `work` on a worker thread named `name` that wakes the window when it ends, or
    /// (with `background` false) runs it right here, so its result is there at the first poll.
    pub fn start(
        name: &str,
        background: bool,
        wake: Waker,
        work: impl FnOnce(&JobContext<T, U>) -> T + Send + 'static,
    ) -> Self {
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, events) = channel();
        let context = JobContext {
            cancel: Arc::clone(&cancel),
            sender,
            wake,
        };
        let run = move || {
            let result = work(&context);
            let _ = context.sender.send(Event::Done(result));
            (context.wake)();
        };
        if background {
            let spawned = std::thread::Builder::new()
                .name(format!("nashra-{name}"))
                .spawn(run);
            if let Err(err) = spawned {
                // No thread to be had: the job is lost, and its poll says so.
                log::error!("could not start the {name} job: {err}");
            }
        } else {
            run();
        }
        Self { cancel, events }
    }

    /// Asks the work to stop; it ends at its next chance (its result says how far it got).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// What arrived since the last poll.
    pub fn poll(&self) -> Polled<T, U> {
        let mut updates = Vec::new();
        loop {
            match self.events.try_recv() {
                Ok(Event::Update(update)) => updates.push(update),
                Ok(Event::Done(result)) => {
                    return Polled {
                        updates,
                        done: Some(Ok(result)),
                    };
                }
                Err(TryRecvError::Empty) => {
                    return Polled {
                        updates,
                        done: None,
                    };
                }
                Err(TryRecvError::Disconnected) => {
                    return Polled {
                        updates,
                        done: Some(Err(JobLost)),
                    };
                }
            }
        }
    }

    /// The result, once there is one (updates since the last poll are dropped: for jobs that
    /// send none).
    pub fn result(&self) -> Option<Result<T, JobLost>> {
        self.poll().done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_wake() -> Waker {
        Arc::new(|| {})
    }

    #[test]
    fn a_job_reports_its_updates_then_its_result() {
        let job: Job<u32, &str> = Job::start("test", true, no_wake(), |context| {
            context.update("one");
            context.update("two");
            7
        });
        let mut updates = Vec::new();
        let result = loop {
            let polled = job.poll();
            updates.extend(polled.updates);
            if let Some(done) = polled.done {
                break done;
            }
            std::thread::yield_now();
        };
        assert_eq!(updates, ["one", "two"]);
        assert_eq!(result, Ok(7));
    }

    #[test]
    fn inline_jobs_are_done_at_once_and_cancelled_ones_see_it() {
        let job: Job<bool> = Job::start("test", false, no_wake(), |context| context.is_cancelled());
        assert_eq!(job.result(), Some(Ok(false)));
        let (go, wait) = std::sync::mpsc::channel::<()>();
        let job: Job<bool> = Job::start("test", true, no_wake(), move |context| {
            let _ = wait.recv();
            context.is_cancelled()
        });
        job.cancel();
        let _ = go.send(());
        let result = loop {
            if let Some(done) = job.result() {
                break done;
            }
            std::thread::yield_now();
        };
        assert_eq!(result, Ok(true));
    }

    #[test]
    fn a_worker_that_panics_is_a_lost_job_not_a_hang() {
        let job: Job<u32> = Job::start("test", true, no_wake(), |_| {
            std::panic::resume_unwind(Box::new("the worker fails"))
        });
        let result = loop {
            if let Some(done) = job.result() {
                break done;
            }
            std::thread::yield_now();
        };
        assert_eq!(result, Err(JobLost));
    }
}
