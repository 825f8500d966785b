//! [`Command`]: everything the window can ask of the session, queued during a frame and run
//! after it; [`Curate`], the curation moves; [`Selection`], what the main area shows.

use std::path::PathBuf;

use super::Action;
use super::prompt::{DialogOutcome, RecoverChoice, UnsavedChoice};
use crate::model::curation::PickStep;
use crate::model::{Edit, SectionId, StoryId, TextChange, TextField, TextSelection};

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// The issue's own fields: title, date, introduction.
    Issue,
    /// One story's fields and commentary: picked into the issue or waiting in the inbox.
    Story(StoryId),
    /// The issue as readers will see it.
    Preview,
    /// The library's issues.
    Library,
    /// Search across the inbox and the library.
    Search,
}

/// A curation move, planned against the desk when the command runs (see
/// [`crate::model::curation`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Curate {
    /// Pick a story (from the inbox, or move a pick) into a section at an index.
    Pick {
        /// The story.
        story: StoryId,
        /// The section.
        section: SectionId,
        /// Its position there.
        index: usize,
    },
    /// Send a pick back to the inbox.
    SendToInbox(StoryId),
    /// Delete a story, picked or collected.
    Delete(StoryId),
    /// Move a pick by a keyboard step.
    Step(StoryId, PickStep),
    /// Move a section up (`true`) or down.
    StepSection(SectionId, bool),
    /// Add an empty section at the end.
    AddSection,
    /// Delete a section; its picks go to the inbox.
    DeleteSection(SectionId),
}

/// Everything the interface can ask for. Widgets queue commands during the frame; the session
/// runs them after the UI pass ([`super::Session::run_all`]), so the model changes in one place.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Text typed, pasted or deleted in a field's pane this frame: its changes in order (each
    /// on the text the one before left), and the caret and selection after them.
    Type {
        /// The field.
        field: TextField,
        /// The changes.
        changes: Vec<TextChange>,
        /// Where the caret is after them.
        caret: TextSelection,
    },
    /// The caret moved, or text was selected, in a field (a click, an arrow key, a drag): it
    /// becomes the field with the caret.
    Caret(TextField, TextSelection),
    /// The link editor's Apply: this address on these words (bytes of the field's text).
    SetLink {
        /// The field.
        field: TextField,
        /// The words.
        range: std::ops::Range<usize>,
        /// The address.
        address: String,
    },
    /// The link editor's Remove: the words stay, their link goes.
    RemoveLink {
        /// The field.
        field: TextField,
        /// The words.
        range: std::ops::Range<usize>,
    },
    /// Open this address in the browser (the link editor's Open, Ctrl+click on a link).
    OpenLink(String),
    /// The clipboard's HTML, pasted into the field with the caret: its links, bold and italic
    /// kept (cleaned by the importer's sanitiser), or `plain` when the HTML has no text.
    PasteHtml {
        /// The HTML as the clipboard gave it.
        html: String,
        /// The clipboard's plain text.
        plain: String,
    },
    /// Run a menu or shortcut action.
    Run(Action),
    /// Apply an edit to the issue (an undo step, or part of the typing step it continues).
    Edit(Edit),
    /// Apply several edits as one undo step.
    Edits(Vec<Edit>),
    /// A curation move, as one undo step.
    Curate(Curate),
    /// The editor dismissed the bidi hints of a paragraph of a field (0 for a line).
    DismissHints(TextField, usize),
    /// Work out the spelling suggestions for a misspelled word (its menu is open).
    AskSuggestions(String),
    /// Add a word to the personal dictionary of the library.
    AddToDictionary(String),
    /// Show misspelling `n` of the issue's list.
    GoToMisspelling(usize),
    /// Close the list of the issue's misspellings.
    CloseMisspellings,
    /// Show finding `n` of the pre-flight check.
    GoToFinding(usize),
    /// Apply the fix of finding `n` (a moved link's new address).
    FixFinding(usize),
    /// Stop checking the issue's links.
    CancelLinkCheck,
    /// Close the pre-flight panel.
    ClosePreflight,
    /// Replace the library's settings (written to its `library.ron`).
    SetLibrarySettings(crate::io::library_settings::LibrarySettings),
    /// Close the library settings window.
    CloseLibrarySettings,
    /// Show something else in the main area.
    Select(Selection),
    /// Text pasted: collected as stories ("smart paste") when no text field took it
    /// (`field_focused` false) or when "Paste story" asked for it.
    Pasted {
        /// The clipboard's text.
        text: String,
        /// Whether a text field had the caret (it took the text itself).
        field_focused: bool,
    },
    /// Files dropped on the window.
    DroppedFiles(Vec<PathBuf>),
    /// Import the feed or page at this address (off the UI thread).
    ImportUrl(String),
    /// Import the RSS or Atom feed in this file.
    ImportFeedFile(PathBuf),
    /// Stop the running import.
    CancelImport,
    /// Use this folder as the library (remembered for next time).
    OpenLibrary(PathBuf),
    /// Open an issue of the library (asking about unsaved changes first), then show a story.
    OpenLibraryIssue(PathBuf, Option<StoryId>),
    /// The search text changed.
    SetSearch(String),
    /// Open this file (after any unsaved-changes question has been answered).
    OpenPath(PathBuf),
    /// Save to this file.
    SaveToPath(PathBuf),
    /// Export to this file, in the format its extension names (`.html`, `.md`, `.txt`).
    ExportToPath(PathBuf),
    /// Export to this file, replacing it (the editor confirmed).
    ExportReplacing(PathBuf),
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
    /// A file dialog (or the in-window prompt standing in for one) answered.
    DialogAnswered(DialogOutcome),
    /// The window manager asked to close the window.
    CloseRequested,
}
