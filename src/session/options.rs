//! [`AppOptions`]: how a session (and the window around it) starts.

use crate::i18n::Language;
use std::path::PathBuf;

use crate::io::SettingsStore;
use crate::io::import::ImportLimits;
use crate::io::recovery::RecoveryStore;

/// How the app starts.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// The issue file to open; `None` opens the bundled sample.
    pub path: Option<PathBuf>,
    /// Use native file dialogs when the system has them (off in tests).
    pub native_dialogs: bool,
    /// How often the open file is checked for changes made elsewhere.
    pub disk_check_interval: std::time::Duration,
    /// Where recovery snapshots go; `None` turns autosave and recovery off (tests).
    pub recovery: Option<RecoveryStore>,
    /// A change is in a recovery snapshot at most this long after it was made, typing or
    /// not: what a crash can cost.
    pub autosave_delay: std::time::Duration,
    /// The library folder to use; `None` uses the one remembered in `settings`.
    pub library: Option<PathBuf>,
    /// Where the last library is remembered; `None` remembers nothing (tests).
    pub settings: Option<SettingsStore>,
    /// Limits of feed and page imports.
    pub import_limits: ImportLimits,
    /// Do file work on worker threads — saves, reading the library — and watch the library
    /// folder for changes, so no frame waits for the disk (tests turn it off to see results at
    /// once; the file work is the same).
    pub background_file_work: bool,
    /// The interface's language for this run (`--lang`), over the one in the settings; `None`
    /// follows the settings, else the system. Tests run in English unless they say otherwise.
    pub language: Option<Language>,
    /// How the pre-flight check asks for links; `None` leaves links unchecked (tests, which
    /// touch no address but their own server's).
    pub link_check: Option<crate::io::link_check::LinkCheckOptions>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            path: None,
            native_dialogs: false,
            disk_check_interval: std::time::Duration::from_secs(2),
            recovery: None,
            autosave_delay: std::time::Duration::from_secs(1),
            library: None,
            settings: None,
            import_limits: ImportLimits::default(),
            background_file_work: false,
            language: Some(Language::English),
            link_check: None,
        }
    }
}
