//! What the window reads of the session to draw it: the open issue, the selection, the
//! question asked, the messages, the library, and the state of background work.

use std::collections::HashMap;

use super::{LibrarySession, Notice, OpenIssue, Prompt, Selection, Session};
use crate::model::StoryId;
use crate::strings::{Text, text};

impl Session {
    /// The library in use, if any.
    pub fn library(&self) -> Option<&LibrarySession> {
        self.library.as_ref()
    }

    /// What the search view looks for.
    pub fn search_query(&self) -> &str {
        &self.search_query
    }

    /// True while a feed or page is being fetched.
    pub fn is_importing(&self) -> bool {
        self.import.is_some()
    }

    /// What imports changed in a story (shown under its row).
    pub fn story_flags(&self, story: StoryId) -> &[String] {
        self.story_flags.get(&story).map_or(&[], Vec::as_slice)
    }

    /// The open issue.
    pub fn open_issue(&self) -> &OpenIssue {
        &self.open
    }

    /// What the main area shows.
    pub fn selection(&self) -> Selection {
        self.selection
    }

    /// True while invisible formatting characters are drawn.
    pub fn shows_marks(&self) -> bool {
        self.show_marks
    }

    /// The modal being shown, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }

    /// Messages in the status bar.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// True once the editor agreed to close the window.
    pub fn close_confirmed(&self) -> bool {
        self.close_confirmed
    }

    /// The window title: the issue's name, with `*` in front while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let issue = self.open.document.issue();
        let name = issue.display_title();
        let marker = if self.open.document.is_modified() {
            "*"
        } else {
            ""
        };
        text(&Text::WindowTitle {
            name: format!("{marker}{name}").into(),
        })
    }

    /// The modal being shown, for the window to edit what is typed into the in-window path
    /// prompt (a draft, not a change to the document).
    pub fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        self.prompt.as_mut()
    }

    /// Which document is open: a number that changes each time another one replaces it.
    pub fn document_number(&self) -> u64 {
        self.document_number
    }

    /// What imports changed in each story.
    pub fn all_story_flags(&self) -> &HashMap<StoryId, Vec<String>> {
        &self.story_flags
    }

    /// True while a save is being written.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// The address being imported, while an import runs.
    pub fn importing_url(&self) -> Option<&str> {
        self.import.as_ref().map(|job| job.url.as_str())
    }

    /// The light theme is on.
    pub fn light_theme(&self) -> bool {
        self.light_theme
    }

    /// Spelling: the dictionaries (while checking is on), the personal dictionary and the
    /// suggestions worked out.
    pub fn spelling(&self) -> &super::Spelling {
        &self.spelling
    }

    /// The interface's language, digits and month names.
    pub fn locale(&self) -> crate::i18n::Locale {
        self.locale
    }
}
