//! [`FileWrites`]: the small files the session keeps in step with what the editor chose — the
//! settings, her personal dictionary, the library's `library.ron` — written by jobs, never on
//! the frame, one at a time and in the order asked, so a later choice is never overwritten by
//! an earlier one finishing last.

use std::collections::VecDeque;

use super::Waker;
use super::job::{Job, JobLost};

/// A write to do: its name (for the job), and the work.
type Write = (&'static str, Box<dyn FnOnce() -> Result<(), String> + Send>);

/// Writes waiting their turn, and the one under way.
#[derive(Default)]
pub struct FileWrites {
    running: Option<(&'static str, Job<Result<(), String>>)>,
    waiting: VecDeque<Write>,
}

impl FileWrites {
    /// Queues `write` (named `what`): started now if nothing is being written, else after what
    /// was asked before it.
    pub fn queue(
        &mut self,
        what: &'static str,
        background: bool,
        wake: &Waker,
        write: impl FnOnce() -> Result<(), String> + Send + 'static,
    ) {
        self.waiting.push_back((what, Box::new(write)));
        self.start_next(background, wake);
    }

    fn start_next(&mut self, background: bool, wake: &Waker) {
        while self.running.is_none() {
            let Some((what, write)) = self.waiting.pop_front() else {
                return;
            };
            let job = Job::start(what, background, wake.clone(), move |_| write());
            self.running = Some((what, job));
            if !background {
                // Done at once: take it in and go on with the next.
                return;
            }
        }
    }

    /// Takes in the write that ended, if one did, starting the next; returns the failures (the
    /// name of what was being written, and why) for the session to say.
    pub fn poll(&mut self, background: bool, wake: &Waker) -> Vec<(&'static str, String)> {
        let mut failures = Vec::new();
        while let Some((what, job)) = &self.running {
            let Some(done) = job.result() else {
                break;
            };
            match done {
                Ok(Ok(())) => {}
                Ok(Err(why)) => failures.push((*what, why)),
                Err(JobLost) => failures.push((*what, "the writer stopped".to_owned())),
            }
            self.running = None;
            self.start_next(background, wake);
        }
        failures
    }

    /// True while something is being written or waits to be.
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || !self.waiting.is_empty()
    }
}

impl Drop for FileWrites {
    /// The window closes: what was asked is written before the program ends (the write under
    /// way is waited for, a few seconds at most; those waiting are written here).
    fn drop(&mut self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        if let Some((what, job)) = self.running.take() {
            while job.result().is_none() && std::time::Instant::now() < deadline {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            log::debug!("{what} written before closing");
        }
        for (what, write) in self.waiting.drain(..) {
            if let Err(why) = write() {
                log::warn!("{what} not written while closing: {why}");
            }
        }
        debug_assert!(!self.is_busy());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn writes_run_one_at_a_time_in_the_order_asked() {
        let wake: Waker = Arc::new(|| {});
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut writes = FileWrites::default();
        for n in 0..5 {
            let seen = Arc::clone(&seen);
            writes.queue("test", true, &wake, move || {
                std::thread::sleep(std::time::Duration::from_millis(5 - n));
                seen.lock().map_err(|e| e.to_string())?.push(n);
                if n == 3 {
                    Err("full".to_owned())
                } else {
                    Ok(())
                }
            });
        }
        let mut failures = Vec::new();
        while writes.is_busy() {
            failures.extend(writes.poll(true, &wake));
            std::thread::yield_now();
        }
        assert_eq!(*seen.lock().expect("lock"), [0, 1, 2, 3, 4]);
        assert_eq!(failures, [("test", "full".to_owned())]);
    }
}
