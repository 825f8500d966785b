//! [`Spelling`]: the dictionaries the window checks spelling with, loaded on a worker after
//! the first frame, and whether the editor wants spelling checked.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use super::Waker;
use super::job::{Job, JobLost};
use crate::spell::{Speller, script_of};

/// Most suggestions offered for a word.
const MAX_SUGGESTIONS: usize = 6;

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
    loading: Option<Job<Result<Arc<Speller>, String>>>,
    /// Checking is on (the View menu's switch, remembered in the settings).
    enabled: bool,
    /// Changes whenever what is flagged may change (dictionaries loaded, checking switched):
    /// views key what they worked out with the dictionaries by it.
    generation: u64,
    /// The dictionaries could not be read (a broken build): never retried.
    failed: Option<String>,
    /// That failure, until the session has told the editor.
    failure_to_tell: Option<String>,
    /// The words of her personal dictionary (in the library folder).
    personal: BTreeSet<String>,
    /// Changes whenever the personal dictionary does: views filter their misspellings by it.
    words_generation: u64,
    /// Suggestions worked out so far, by word.
    suggestions: HashMap<String, Vec<String>>,
    /// Words whose suggestions are being worked out, each by its job.
    asked: HashMap<String, Job<Vec<String>>>,
}

impl std::fmt::Debug for Spelling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spelling")
            .field("loaded", &self.speller.is_some())
            .field("enabled", &self.enabled)
            .field("personal", &self.personal.len())
            .finish_non_exhaustive()
    }
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
            failure_to_tell: None,
            personal: BTreeSet::new(),
            words_generation: 1,
            suggestions: HashMap::new(),
            asked: HashMap::new(),
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
        self.loading = Some(Job::start("dictionaries", true, wake, |_| shared_speller()));
    }

    /// Takes in the dictionaries once the worker has loaded them, and suggestions worked out;
    /// true when something arrived.
    pub fn poll(&mut self) -> bool {
        let mut arrived = false;
        self.asked.retain(|word, job| match job.result() {
            None => true,
            Some(done) => {
                // A worker lost (it panicked) gives no suggestions, not a wait forever.
                self.suggestions
                    .insert(word.clone(), done.unwrap_or_default());
                arrived = true;
                false
            }
        });
        self.poll_dictionaries() || arrived
    }

    fn poll_dictionaries(&mut self) -> bool {
        let Some(done) = self.loading.as_ref().and_then(Job::result) else {
            return false;
        };
        self.loading = None;
        self.take_loaded(
            done.unwrap_or_else(|JobLost| Err("the dictionary worker stopped".to_owned())),
        );
        true
    }

    fn take_loaded(&mut self, loaded: Result<Arc<Speller>, String>) {
        match loaded {
            Ok(speller) => self.speller = Some(speller),
            Err(err) => {
                log::error!("no spell checking: {err}");
                self.failure_to_tell = Some(err.clone());
                self.failed = Some(err);
            }
        }
        self.generation += 1;
    }

    /// Why the dictionaries could not be read, the first time it is asked after they failed.
    pub fn take_failure(&mut self) -> Option<String> {
        self.failure_to_tell.take()
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

    /// The words of her personal dictionary.
    pub fn personal_words(&self) -> &BTreeSet<String> {
        &self.personal
    }

    /// Replaces the personal dictionary's words (read from the library, or after adding one).
    pub fn set_personal_words(&mut self, words: BTreeSet<String>) {
        if words != self.personal {
            self.personal = words;
            self.words_generation += 1;
        }
    }

    /// Changes whenever the personal dictionary does.
    pub fn words_generation(&self) -> u64 {
        self.words_generation
    }

    /// The suggestions for `word`, once worked out.
    pub fn suggestions(&self, word: &str) -> Option<&[String]> {
        self.suggestions.get(word).map(Vec::as_slice)
    }

    /// Has the suggestions for `word` worked out: on a worker (they take about a tenth of a
    /// second a word), or now with `inline` (tests). `wake` asks for a frame when they are in.
    pub fn ask_suggestions(&mut self, word: &str, wake: Waker, inline: bool) {
        if self.suggestions.contains_key(word) || self.asked.contains_key(word) {
            return;
        }
        let (Some(speller), Some(script)) = (self.speller.clone(), script_of(word)) else {
            return;
        };
        if inline {
            let suggestions = speller.suggestions(word, script, MAX_SUGGESTIONS);
            self.suggestions.insert(word.to_owned(), suggestions);
            return;
        }
        let thread_word = word.to_owned();
        let job = Job::start("suggestions", true, wake, move |_| {
            speller.suggestions(&thread_word, script, MAX_SUGGESTIONS)
        });
        self.asked.insert(word.to_owned(), job);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionaries_that_fail_are_told_once_and_checking_stays_off() {
        let mut spelling = Spelling::new(true, false);
        spelling.take_loaded(Err("broken".to_owned()));
        assert!(spelling.checker().is_none());
        assert_eq!(spelling.take_failure().as_deref(), Some("broken"));
        assert_eq!(spelling.take_failure(), None, "said once");
        spelling.start_loading(Arc::new(|| ()));
        assert!(spelling.loading.is_none(), "never retried");
    }
}
