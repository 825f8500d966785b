//! The window: draws the issue with egui and turns what the editor does into [`Command`]s,
//! which [`NashraApp`] applies in one place after each frame's UI pass.

mod action;
mod app;
mod autosave;
mod dialogs;
mod editor_pane;
mod file_dialogs;
mod open_issue;
mod outline;
mod preview;
mod status_bar;
pub mod strings;
pub mod user_text;

use std::path::PathBuf;

pub use action::Action;
pub use app::{AppOptions, NashraApp};
pub use dialogs::{Prompt, RecoverChoice, Then, UnsavedChoice};
pub use file_dialogs::{DialogOutcome, DialogPurpose};
pub use open_issue::{OpenIssue, Origin, SAMPLE_RON};
pub use status_bar::Notice;

use crate::model::{Edit, StoryId};

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// The issue's own fields: title, date, introduction.
    Issue,
    /// One pick's story and commentary.
    Pick(StoryId),
    /// The issue as readers will see it.
    Preview,
}

/// Everything the interface can ask for. Widgets queue commands during the frame; the app runs
/// them after the UI pass, so the model changes in one place.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Run a menu or shortcut action.
    Run(Action),
    /// Apply an edit to the issue (an undo step, or part of the typing step it continues).
    Edit(Edit),
    /// Apply several edits as one undo step.
    Edits(Vec<Edit>),
    /// Show something else in the main area.
    Select(Selection),
    /// Open this file (after any unsaved-changes question has been answered).
    OpenPath(PathBuf),
    /// Save to this file.
    SaveToPath(PathBuf),
    /// Export to this file, in the format its extension names (`.html`, `.md`, `.txt`).
    ExportToPath(PathBuf),
    /// The answer to the unsaved-changes question.
    Unsaved(UnsavedChoice),
    /// Save over a file that changed on disk.
    OverwriteDisk,
    /// Load the file again from disk, dropping the edits here.
    ReloadFromDisk,
    /// Open the `.bak` of this damaged file (unsaved, to be saved over the file).
    OpenBackup(PathBuf),
    /// The answer to "recover unsaved work from an earlier run?".
    Recover(RecoverChoice),
    /// Close the path prompt without doing anything.
    ClosePrompt,
    /// Remove a message from the status bar.
    DismissNotice(usize),
}
