//! [`Spelling`]: the dictionaries the window checks spelling with, loaded on a worker after
//! the first frame, and whether the editor wants spelling checked.

use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, OnceLock};

use super::Waker;
use crate::spell::Speller;

/// The bundled dictionaries, parsed once per process (the window, and every test's session,
/// share them: parsing the Arabic one is the slow part).
fn shared_speller() -> Result<Arc<Speller>, String> {
    static SHARED: OnceLock<Result<Arc<Speller>, String>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            Speller::bundled()
                .map(Arc::new)
                .map_err(|err| err.to_string())
        })
        .clone()
}

/// The spelling state of a session.
pub struct Spelling {
    speller: Option<Arc<Speller>>,
    /// The dictionaries being loaded on a worker.
    loading: Option<Receiver<Result<Arc<Speller>, String>>>,
    /// Checking is on (the View menu's switch, remembered in the settings).
    enabled: bool,
    /// Changes whenever what is flagged may change (dictionaries loaded, checking switched):
    /// views key what they worked out with the dictionaries by it.
    generation: u64,
    /// The dictionaries could not be read (a broken build): said once, never retried.
    failed: Option<String>,
}

impl Spelling {
    /// Spelling, `enabled` or not; with `inline`, the dictionaries are loaded now (tests,
    /// which run without a window to wake), else by [`Self::start_loading`].
    pub fn new(enabled: bool, inline: bool) -> Self {
        let mut spelling = Self {
            speller: None,
            loading: None,
            enabled,
            generation: 1,
            failed: None,
        };
        if inline {
            spelling.take_loaded(shared_speller());
        }
        spelling
    }

    /// Starts loading the dictionaries on a worker, if they are neither loaded nor loading;
    /// `wake` asks the window for a frame when they are ready.
    pub fn start_loading(&mut self, wake: Waker) {
        if self.speller.is_some() || self.loading.is_some() || self.failed.is_some() {
            return;
        }
        let (send, receive) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("nashra-dictionaries".to_owned())
            .spawn(move || {
                let _ = send.send(shared_speller());
                wake();
            });
        match spawned {
            Ok(_) => self.loading = Some(receive),
            Err(err) => self.take_loaded(Err(err.to_string())),
        }
    }

    /// Takes in the dictionaries once the worker has loaded them; true when they arrived.
    pub fn poll(&mut self) -> bool {
        let Some(receiver) = &self.loading else {
            return false;
        };
        match receiver.try_recv() {
            Ok(loaded) => {
                self.loading = None;
                self.take_loaded(loaded);
                true
            }
            Err(TryRecvError::Empty) => false,
            Err(TryRecvError::Disconnected) => {
                self.loading = None;
                self.take_loaded(Err("the dictionary worker stopped".to_owned()));
                true
            }
        }
    }

    fn take_loaded(&mut self, loaded: Result<Arc<Speller>, String>) {
        match loaded {
            Ok(speller) => self.speller = Some(speller),
            Err(err) => {
                log::error!("no spell checking: {err}");
                self.failed = Some(err);
            }
        }
        self.generation += 1;
    }

    /// The dictionaries and their generation, while checking is on and they are loaded.
    pub fn checker(&self) -> Option<(&Speller, u64)> {
        self.speller
            .as_deref()
            .filter(|_| self.enabled)
            .map(|speller| (speller, self.generation))
    }

    /// Checking is on.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Turns checking on or off.
    pub fn set_enabled(&mut self, enabled: bool) {
        if self.enabled != enabled {
            self.enabled = enabled;
            self.generation += 1;
        }
    }
}
