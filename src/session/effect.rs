//! [`Effect`]: what the session asks the window to do after running commands — things only a
//! window can do (the clipboard, the caret, dialogs, the window itself).

use std::path::PathBuf;
use std::time::Duration;

use super::prompt::DialogPurpose;
use crate::model::TextField;

/// Something for the window to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard.
    CopyText(String),
    /// Put words with their formatting on the clipboard: as HTML, with their plain text for
    /// programs that take no HTML.
    CopyRich {
        /// The HTML.
        html: String,
        /// The plain text.
        plain: String,
    },
    /// Open this address (already checked to be a web or mail link) in the browser.
    OpenUrl(String),
    /// Ask the platform for the clipboard's text; it arrives as a paste event next frame.
    RequestPaste,
    /// Put the caret here.
    Focus(Focus),
    /// Take the caret out of every field (so a paste that comes is not typed into one).
    ReleaseFocus,
    /// Show a file dialog (or, where there is none, the in-window prompt).
    AskPath {
        /// What it is for.
        purpose: DialogPurpose,
        /// The folder to start in.
        start_in: Option<PathBuf>,
        /// The file name to propose.
        file_name: String,
    },
    /// Close the window: the editor agreed.
    CloseWindow,
    /// Keep the window open: a close was asked for with unsaved changes, and a question is up.
    CancelClose,
    /// Change the interface's size.
    Zoom(Zoom),
    /// Open the command palette.
    ShowPalette,
    /// Open a Help window.
    ShowHelp(HelpTopic),
    /// Open the spelling menu of `word`, at bytes `range` of `field`'s text.
    ShowSpellingMenu {
        /// The field.
        field: TextField,
        /// Where the word is in the field's text.
        range: std::ops::Range<usize>,
        /// The word.
        word: String,
    },
    /// Draw again after this long (background work has a deadline).
    RepaintAfter(Duration),
}

/// Where the caret goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Into this field.
    Field(TextField),
    /// Into the search view's query.
    SearchQuery,
}

/// A change of the interface's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// Larger.
    In,
    /// Smaller.
    Out,
    /// Back to normal.
    Reset,
}

/// A Help window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpTopic {
    /// Every action and its shortcuts.
    Shortcuts,
    /// The version, the fonts and their licences.
    About,
}
