//! The questions the session asks the editor ([`Prompt`]) and her answers, and the file
//! dialogs it asks the window to show ([`DialogPurpose`]) with what came back.

use std::path::PathBuf;

/// What a dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Choose a file to open.
    Open,
    /// Choose where to save.
    SaveAs,
    /// Choose where to export.
    Export,
    /// Choose the library folder.
    Library,
    /// Choose an RSS or Atom file to import.
    ImportFeed,
    /// Type the address of a feed or page to import (always in the app).
    ImportUrl,
}

/// What came back from a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The editor chose this path.
    Chosen(DialogPurpose, PathBuf),
    /// The editor cancelled.
    Cancelled(DialogPurpose),
    /// No native dialog could be shown: ask in the app instead.
    Unavailable(DialogPurpose),
}

/// What happens after the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Then {
    /// Close the window.
    Quit,
    /// Start a new issue.
    New,
    /// Show the open dialog.
    Open,
    /// Open this issue file, then show this story of it.
    OpenFile(std::path::PathBuf, Option<crate::model::StoryId>),
    /// Switch to this library folder.
    SwitchLibrary(std::path::PathBuf),
}

/// The editor's answer to "save changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay where we were.
    Cancel,
}

/// The editor's answer to "recover unsaved work?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    /// Open the snapshot (unsaved, to be saved over the file).
    Recover,
    /// Open the file as last saved (the snapshot is kept).
    OpenSaved,
    /// Delete the snapshot.
    Discard,
}

/// The modal currently shown, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// "Unsaved changes": Save / Discard / Cancel, then `Then`.
    Unsaved(Then),
    /// The file changed on disk since it was loaded or saved: overwrite it, save elsewhere,
    /// or reload it (dropping the edits here).
    ChangedOnDisk,
    /// The file is damaged but its backup loads: open the backup?
    Damaged {
        /// The damaged file.
        path: PathBuf,
    },
    /// Unsaved work from an earlier run was found.
    Recover {
        /// The file it belongs to, if it was ever saved.
        original: Option<PathBuf>,
        /// When the snapshot was taken.
        taken_at: jiff::Timestamp,
    },
    /// The export's file exists: replace it?
    ReplaceExport {
        /// The file.
        path: PathBuf,
    },
    /// The link editor: the address of a link on words of a prose field (a new one, or the
    /// one at the caret), to apply, remove or open.
    Link {
        /// The field.
        field: crate::model::TextField,
        /// The words, in bytes of the field's text.
        range: std::ops::Range<usize>,
        /// The address as typed so far.
        address: String,
        /// True for a link not yet on the words (nothing to remove or open).
        is_new: bool,
        /// Why the last address was refused, if it was.
        problem: Option<crate::strings::Msg>,
    },
    /// Type a path (no native dialog).
    Path {
        /// Open or save.
        purpose: DialogPurpose,
        /// The path typed so far.
        text: String,
        /// Why the last path was refused, if it was.
        problem: Option<String>,
    },
}
