//! [`Notice`]: a message for the editor in the status bar, and the [`Topic`] it is about. Errors
//! stay until dismissed or replaced by a newer message on their topic; information fades.

use std::time::Instant;

use super::Session;
use crate::strings::{Msg, Text, text, tr};

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
    /// Spelling: the dictionaries, the personal dictionary, the issue's misspellings.
    Spelling,
    /// The pre-flight check.
    Check,
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

/// Posting messages, from anywhere in the session.
impl Session {
    /// Says something that went well. It replaces every earlier message but the errors of
    /// other topics: "Saved" takes the place of an earlier "Could not save".
    pub(super) fn post_info(&mut self, topic: Topic, text: String) {
        self.post(Notice::info(topic, text));
    }

    /// `text`, followed by a warning naming the sections exported with no stories, if any.
    pub(super) fn with_empty_sections_warning(&self, text: String) -> String {
        let empty = self.open.document.issue().empty_section_titles();
        if empty.is_empty() {
            return text;
        }
        let names: Vec<String> = empty
            .iter()
            .map(|t| {
                if t.trim().is_empty() {
                    tr(Msg::UntitledSection).to_owned()
                } else {
                    format!("«{t}»")
                }
            })
            .collect();
        format!(
            "{text}. {}: {}",
            tr(Msg::EmptySectionsExported),
            names.join("، ")
        )
    }

    /// Reports an error: it stays until dismissed or until a later message of its topic
    /// replaces it.
    pub(super) fn post_error(&mut self, topic: Topic, text: String) {
        log::error!("{text}");
        self.post(Notice::error(topic, text));
    }

    pub(super) fn post(&mut self, notice: Notice) {
        self.notices
            .retain(|n| n.is_error && n.topic != notice.topic);
        self.notices.push(notice);
    }
}

/// The error notice for `what` failing with `err`.
pub(super) fn error_notice(topic: Topic, what: Msg, err: &dyn std::fmt::Display) -> Notice {
    Notice::error(topic, failed(what, err))
}

/// "`what`. `err`": a failure and its cause, in the interface's language.
pub(super) fn failed(what: Msg, err: &dyn std::fmt::Display) -> String {
    text(&Text::FailedBecause {
        what,
        error: err.to_string().into(),
    })
}
