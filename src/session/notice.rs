//! [`Notice`]: a message for the editor in the status bar, and the [`Topic`] it is about. Errors
//! stay until dismissed or replaced by a newer message on their topic; information fades.

use std::time::Instant;

/// What a message is about: a newer message replaces older ones on the same topic, so a
/// "Saved" takes the place of an earlier "Could not save".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Opening an issue (or the sample).
    Open,
    /// Saving the issue.
    Save,
    /// Exporting or copying the email.
    Export,
    /// Importing feeds, pages and files.
    Import,
    /// The library folder and its inbox.
    Library,
    /// Collecting and curating stories.
    Curate,
    /// Editing text, undo and redo.
    Edit,
}

/// A message for the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// What to say.
    pub text: String,
    /// Errors stay until dismissed or replaced; information fades.
    pub is_error: bool,
    /// What it is about.
    pub topic: Topic,
    /// When it was posted.
    pub posted_at: Instant,
}

impl Notice {
    /// Something that went well, about `topic`.
    pub fn info(topic: Topic, text: String) -> Self {
        Self {
            text,
            is_error: false,
            topic,
            posted_at: Instant::now(),
        }
    }

    /// Something that went wrong, about `topic`.
    pub fn error(topic: Topic, text: String) -> Self {
        Self {
            is_error: true,
            ..Self::info(topic, text)
        }
    }
}
