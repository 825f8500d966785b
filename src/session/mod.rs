//! The session: everything the editor has open and everything that happens to it, with no
//! window. [`Session`] holds the open document, the library and its inbox, autosave and
//! recovery, imports, the questions asked and the messages shown. The window queues
//! [`Command`]s while it draws; [`Session::run_all`] applies them in one place after the frame
//! and returns the [`Effect`]s the window must perform (copy to the clipboard, show a file
//! dialog, put the caret in a field). Background work (saves, imports, reading the library) runs
//! on worker threads; its results are taken in by [`Session::run_all`] too, before the commands.
//! [`Session::tick`], before each frame, only writes recovery snapshots and follows the library
//! folder's watch.

mod action;
mod autosave;
mod availability;
mod command;
mod dispatch;
mod effect;
mod field_command;
mod file_writes;
mod files;
mod formatting;
mod import_job;
pub mod job;
mod library_session;
mod library_settings;
mod library_watch;
mod misspellings;
mod notice;
mod open_issue;
mod options;
mod preflight;
mod prompt;
mod save_job;
mod spelling;
mod stories;
mod view;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use action::Action;
pub use autosave::Autosave;
pub use command::{Command, Curate, Selection};
pub use effect::{Effect, Focus, HelpTopic, Zoom};
pub use field_command::{FieldAction, FieldCaret};
pub use import_job::{ImportJob, ImportResult};
pub use library_session::LibrarySession;
pub use misspellings::Misspelling;
pub use notice::{Notice, Topic};
pub use open_issue::{OpenIssue, Origin};
pub use options::AppOptions;
pub use preflight::{Preflight, finding_text, offline_findings, ordered, place_text};
pub use prompt::{DialogOutcome, DialogPurpose, Prompt, RecoverChoice, Then, UnsavedChoice};
pub use spelling::Spelling;

use crate::i18n::{self, Locale};
use crate::io::SettingsStore;
use crate::io::import::ImportLimits;
use crate::io::recovery::{FoundSnapshot, RecoveryStore};
use crate::model::{Inbox, StoryId};
use crate::strings::Msg;
use notice::failed;

/// What background results can change, compared before and after taking them in: an import
/// or save running, the library's read, a question, the messages, the document's revision, and
/// the links the pre-flight check has checked.
type BackgroundStamp = (
    (bool, bool, bool),
    bool,
    u64,
    bool,
    usize,
    crate::model::Revision,
    Option<(usize, usize)>,
);

/// Called from a worker thread when its result is in, so the window draws it (the window gives
/// one that asks egui for a repaint).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// What the editor has open, and the one place where it changes.
pub struct Session {
    open: OpenIssue,
    selection: Selection,
    notices: Vec<Notice>,
    prompt: Option<Prompt>,
    /// What to do once a save asked for by the unsaved-changes dialog has succeeded.
    after_save: Option<Then>,
    /// Set once the editor has agreed to close; the next close request goes through.
    close_confirmed: bool,
    /// When the file on disk was last looked at for changes made elsewhere.
    last_disk_check: Instant,
    disk_check_interval: Duration,
    autosave: Option<Autosave>,
    /// Snapshots from an earlier run, still to be offered.
    recoveries: Vec<FoundSnapshot>,
    /// Draw invisible formatting characters (RLM, isolates, joiners) as small tags.
    show_marks: bool,
    /// The library folder in use, if any.
    library: Option<LibrarySession>,
    settings: Option<SettingsStore>,
    /// What the search view looks for.
    search_query: String,
    /// A feed or page being fetched.
    import: Option<ImportJob>,
    import_limits: ImportLimits,
    /// What imports had to change in stories (direction overrides removed, text cut), shown
    /// under their rows for the rest of the session.
    story_flags: HashMap<StoryId, Vec<String>>,
    /// Set by "Paste story": the clipboard's text, when it arrives, goes to the inbox.
    paste_into_inbox: bool,
    /// The light theme rather than the dark one (remembered in the settings).
    light_theme: bool,
    /// The interface's language, digits and month names (in force on the window's thread).
    locale: Locale,
    /// The dictionaries, and whether spelling is checked.
    spelling: spelling::Spelling,
    /// The issue's misspellings as last listed, the one shown, the revision they were found
    /// in, and whether the list is open.
    misspellings: Vec<Misspelling>,
    misspelling_at: Option<usize>,
    misspellings_revision: crate::model::Revision,
    show_misspellings: bool,
    /// The pre-flight check, while its panel is open.
    preflight: Option<preflight::Preflight>,
    /// How the pre-flight check asks for links (`None`: it does not).
    link_check: Option<crate::io::link_check::LinkCheckOptions>,
    /// The library settings window is open.
    show_library_settings: bool,
    /// A file dialog was asked for and has not answered yet.
    dialog_pending: bool,
    /// Commands queued by the session itself or by [`Self::push_command`], run before the
    /// window's next ones.
    queued: Vec<Command>,
    /// What the window must do, collected while commands run.
    effects: Vec<Effect>,
    waker: Waker,
    /// Counts the documents opened, so views can drop what they cached of the one before.
    document_number: u64,
    /// The save being written, and the recovery snapshot it makes unneeded.
    saving: Option<(save_job::SaveJob, Option<PathBuf>)>,
    /// A save asked for while another was being written.
    save_waiting: Option<PathBuf>,
    /// An issue file being read, to replace the open one.
    opening: Option<files::Opening>,
    /// An export being written, and where.
    exporting: Option<(PathBuf, job::Job<files::Exported>)>,
    /// The settings, her dictionary and `library.ron`, written by jobs in the order asked.
    file_writes: file_writes::FileWrites,
    /// File work runs on worker threads (off in tests, which want results at once).
    background_file_work: bool,
}

impl Session {
    /// Starts on the given file, else the library's latest issue, else the bundled sample.
    pub fn new(options: AppOptions) -> Self {
        let mut notices = Vec::new();
        let mut prompt = None;
        let remembered = options
            .settings
            .as_ref()
            .and_then(|s| s.load().ok())
            .unwrap_or_default();
        // Set before any message is worded: the notices below are in this language.
        let locale = Locale {
            language: options
                .language
                .or(remembered.language)
                .unwrap_or_else(i18n::system_language),
            digits: remembered.digits,
            months: remembered.months,
        };
        i18n::set_locale(locale);
        let library_dir = options
            .library
            .clone()
            .or_else(|| remembered.last_library.clone().filter(|dir| dir.is_dir()));
        let no_waker: Waker = Arc::new(|| {});
        let library = library_dir.and_then(|dir| {
            match LibrarySession::open(&dir, options.background_file_work, no_waker.clone()) {
                Ok(session) => Some(session),
                Err(err) => {
                    notices.push(notice::error_notice(
                        Topic::Library,
                        Msg::LibraryFailed,
                        &err,
                    ));
                    None
                }
            }
        });
        // The file asked for; else the library's latest issue; else (no library) the sample.
        let path = options
            .path
            .clone()
            .or_else(|| library.as_ref().and_then(LibrarySession::latest_issue));
        let open = match &path {
            Some(path) => OpenIssue::load(path).unwrap_or_else(|err| {
                notices.push(notice::error_notice(Topic::Open, Msg::OpenFailed, &err));
                prompt = files::damaged_prompt(path);
                OpenIssue::first_issue()
            }),
            None if library.is_some() => OpenIssue::first_issue(),
            None => OpenIssue::sample().unwrap_or_else(|err| {
                notices.push(notice::error_notice(Topic::Open, Msg::OpenFailed, &err));
                OpenIssue::first_issue()
            }),
        };
        let mut session = Self {
            open,
            selection: Selection::Issue,
            notices,
            prompt,
            after_save: None,
            close_confirmed: false,
            last_disk_check: Instant::now(),
            disk_check_interval: options.disk_check_interval,
            recoveries: options
                .recovery
                .as_ref()
                .map(RecoveryStore::offers)
                .unwrap_or_default(),
            autosave: options
                .recovery
                .map(|store| Autosave::new(store, options.autosave_delay)),
            show_marks: false,
            library,
            settings: options.settings,
            search_query: String::new(),
            import: None,
            import_limits: options.import_limits,
            story_flags: HashMap::new(),
            paste_into_inbox: false,
            light_theme: remembered.light_theme,
            locale,
            misspellings: Vec::new(),
            misspelling_at: None,
            misspellings_revision: crate::model::Revision::default(),
            show_misspellings: false,
            spelling: spelling::Spelling::new(
                remembered.spell_check.unwrap_or(true),
                !options.background_file_work,
            ),
            preflight: None,
            link_check: options.link_check,
            show_library_settings: false,
            dialog_pending: false,
            queued: Vec::new(),
            effects: Vec::new(),
            waker: no_waker,
            document_number: 0,
            saving: None,
            save_waiting: None,
            opening: None,
            exporting: None,
            file_writes: file_writes::FileWrites::default(),
            background_file_work: options.background_file_work,
        };
        session.attach_library_inbox(None);
        session.remember_library();
        session.announce_opened();
        session
    }

    /// Puts the library's inbox on the desk: `recovered` when a snapshot held one, else the
    /// inbox file. A damaged inbox file is reported and never written over.
    fn attach_library_inbox(&mut self, recovered: Option<Inbox>) {
        let Some(words_file) = self
            .library
            .as_ref()
            .map(|session| session.library.personal_words_path())
        else {
            return;
        };
        if let Some(err) = self
            .library
            .as_mut()
            .and_then(LibrarySession::take_settings_problem)
        {
            self.post_error(Topic::Library, failed(Msg::LibrarySettingsUnreadable, &err));
        }
        match crate::io::personal_words::load_personal_words(&words_file) {
            Ok(words) => self.spelling.set_personal_words(words),
            Err(err) => self.post_error(Topic::Spelling, failed(Msg::DictionaryUnreadable, &err)),
        }
        let Some(session) = &self.library else {
            return;
        };
        let home = Some(session.library.clone());
        let on_disk = session.library.load_inbox();
        match (recovered, on_disk) {
            // Recovered work replaces what is on disk now; only a later change is a conflict.
            (Some(inbox), Ok(loaded)) => self.open.attach_inbox(inbox, home, loaded.content_hash),
            (None, Ok(loaded)) => self
                .open
                .attach_inbox(loaded.inbox, home, loaded.content_hash),
            (recovered, Err(err)) => {
                self.post_error(Topic::Library, failed(Msg::InboxUnreadable, &err));
                // Shown (recovered work included), never written over the damaged file.
                self.open
                    .attach_inbox(recovered.unwrap_or_default(), None, None);
            }
        }
    }

    /// Remembers the library in use for the next start.
    fn remember_library(&mut self) {
        let Some(session) = &self.library else {
            return;
        };
        let root = session.library.root().to_owned();
        self.remember(move |remembered| remembered.last_library = Some(root));
    }

    /// Puts `locale` in force for the interface and remembers it for the next start.
    pub(super) fn set_locale(&mut self, locale: Locale) {
        self.locale = locale;
        i18n::set_locale(locale);
        self.remember(move |settings| {
            settings.language = Some(locale.language);
            settings.digits = locale.digits;
            settings.months = locale.months;
        });
    }

    /// Changes the settings file with `change`, for the next start: read, changed and written
    /// by a job, in the order asked (a failure is logged: the setting still holds for this
    /// run).
    pub(super) fn remember(
        &mut self,
        change: impl FnOnce(&mut crate::io::Settings) + Send + 'static,
    ) {
        let Some(settings) = self.settings.clone() else {
            return;
        };
        let background = self.background_file_work;
        self.file_writes
            .queue("settings", background, &self.waker, move || {
                let mut remembered = settings.load().unwrap_or_default();
                let before = remembered.clone();
                change(&mut remembered);
                if remembered == before {
                    return Ok(());
                }
                settings.save(&remembered).map_err(|err| err.to_string())
            });
        self.take_file_writes();
    }

    /// Takes in the writes of small files that ended; a settings file that could not be
    /// written is logged (the choice holds for this run), the others are said.
    pub(super) fn take_file_writes(&mut self) {
        let failures = self
            .file_writes
            .poll(self.background_file_work, &self.waker);
        for (what, why) in failures {
            match what {
                "settings" => log::warn!("could not remember a setting: {why}"),
                "dictionary" => {
                    self.post_error(Topic::Spelling, failed(Msg::DictionaryFailed, &why))
                }
                _ => self.post_error(Topic::Library, failed(Msg::LibrarySettingsNotSaved, &why)),
            }
        }
    }

    /// Adds `word` to the personal dictionary: at once for spelling, and to the library's file
    /// by a job when there is a library (else for this run only).
    fn add_to_dictionary(&mut self, word: &str) {
        let mut words = self.spelling.personal_words().clone();
        words.insert(word.to_owned());
        self.spelling.set_personal_words(words);
        if let Some(session) = &self.library {
            let path = session.library.personal_words_path();
            let word = word.to_owned();
            let background = self.background_file_work;
            self.file_writes
                .queue("dictionary", background, &self.waker, move || {
                    crate::io::personal_words::add_personal_word(&path, &word)
                        .map(|_| ())
                        .map_err(|err| err.to_string())
                });
            self.take_file_writes();
        }
    }

    /// Remembers the theme for the next start.
    fn remember_theme(&mut self) {
        let light = self.light_theme;
        self.remember(move |settings| settings.light_theme = light);
    }

    /// Queues a command as if the window had; it runs with the next [`Self::run_all`].
    pub fn push_command(&mut self, command: Command) {
        self.queued.push(command);
    }

    /// Gives the session the function that wakes the window when background work is done.
    pub fn set_waker(&mut self, waker: Waker) {
        if let Some(library) = &mut self.library {
            library.set_waker(waker.clone());
        }
        // The window is up: the dictionaries load now, off its thread.
        self.spelling.start_loading(waker.clone());
        self.waker = waker;
    }

    /// Once a frame before drawing: writes recovery snapshots, follows the library folder's
    /// watch. Changes nothing the window shows (results are taken in by [`Self::run_all`]);
    /// returns how soon to look again.
    pub fn tick(&mut self, now: Instant) -> Option<Duration> {
        let mut next = None;
        let mut soonest = |wait: Option<Duration>| {
            if let Some(wait) = wait {
                next = Some(next.map_or(wait, |n: Duration| n.min(wait)));
            }
        };
        // Once the editor has chosen to close, nothing more is written: what she discarded
        // must not come back as recovered work.
        if !self.close_confirmed {
            soonest(self.autosave.as_mut().and_then(|a| a.tick(&self.open, now)));
        }
        if self.open.path().is_some() {
            let since = now.duration_since(self.last_disk_check);
            soonest(Some(self.disk_check_interval.saturating_sub(since)));
        }
        // Reads of the library and saves wake the window themselves when they end.
        if let Some(library) = &mut self.library {
            soonest(library.watch(now));
        }
        next
    }

    /// Applies finished background work, the session's own queued commands, then `commands`,
    /// in order; returns what the window must do.
    pub fn run_all(&mut self, commands: Vec<Command>) -> Vec<Effect> {
        self.take_background_results();
        loop {
            let mut batch = std::mem::take(&mut self.queued);
            if batch.is_empty() {
                break;
            }
            for command in batch.drain(..) {
                self.run(command);
            }
        }
        for command in commands {
            self.run(command);
            // What a command queued (a dropped issue file to open) runs right after it.
            for queued in std::mem::take(&mut self.queued) {
                self.run(queued);
            }
        }
        self.follow_text_changes();
        // A deleted story can no longer be shown.
        if let Selection::Story(id) = self.selection
            && self.open.document.desk().place(id).is_none()
        {
            self.selection = Selection::Issue;
        }
        // The first frame is drawn: the library's first read may start.
        if let Some(library) = &mut self.library {
            library.start_wanted_scan();
        }
        std::mem::take(&mut self.effects)
    }

    /// What finished in the background since the last frame: imports, saves, the library's
    /// read; then the questions that came up meanwhile (recovered work, a file changed
    /// elsewhere).
    fn take_background_results(&mut self) {
        let before = self.background_stamp();
        self.poll_import();
        self.poll_save();
        self.poll_open();
        self.poll_export();
        self.take_file_writes();
        self.poll_link_check();
        let dictionaries_arrived = self.spelling.poll();
        if let Some(err) = self.spelling.take_failure() {
            self.post_error(Topic::Spelling, failed(Msg::DictionariesFailed, &err));
        }
        if let Some(library) = &mut self.library {
            library.take_scan();
        }
        self.offer_recovery();
        self.watch_disk(Instant::now());
        if self.background_stamp() != before || dictionaries_arrived {
            // Nothing the editor did asked for a frame: this change needs one to be seen.
            self.effects.push(Effect::RepaintAfter(Duration::ZERO));
        }
    }

    /// What background results can change, in a form cheap to compare.
    fn background_stamp(&self) -> BackgroundStamp {
        (
            (
                self.import.is_some(),
                self.opening.is_some(),
                self.exporting.is_some(),
            ),
            self.saving.is_some(),
            self.library.as_ref().map_or(0, LibrarySession::generation),
            self.prompt.is_some(),
            self.notices.len(),
            self.open.document.revision(),
            // Links checked (and whether the check still runs): the panel shows each.
            self.preflight.as_ref().map(|p| {
                let (done, _) = p.link_progress().unwrap_or((usize::MAX, 0));
                (done, p.findings().len())
            }),
        )
    }
}
