//! Files: issues as readable RON, saved atomically, loaded with clear errors; exports.

mod atomic;
mod error;
pub mod export;
pub mod format;
pub mod import;
mod issue_file;
mod library;
pub mod library_settings;
pub mod link_check;
mod lock;
pub mod personal_words;
pub mod recovery;
mod settings;

pub use atomic::{
    FaultHook, SaveStep, backup_path, no_faults, remove_stale_temps, replace_atomic, write_atomic,
};
pub use error::{LoadError, SaveError};
pub use issue_file::{
    LoadedIssue, MAX_FILE_BYTES, MAX_NESTING, content_hash, file_content_hash, issue_to_ron,
    load_issue, parse_issue, save_issue, save_issue_with_faults,
};
pub use library::{
    Featured, FeaturedTwice, INBOX_FILE_NAME, IndexedIssue, Library, LibraryIndex, LoadedInbox,
    inbox_to_ron, parse_inbox, read_inbox,
};
pub use lock::{FileLock, LockOutcome, LockOwner, lock_path};
pub use settings::{Settings, SettingsStore};

/// The bundled sample issue (`assets/sample-issue.ron`), which the app opens when it starts with
/// no file and no library, and which tests and benches use as a real issue.
pub const SAMPLE_RON: &str = include_str!("../../assets/sample-issue.ron");
