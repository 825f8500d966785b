//! The library's settings as the session uses them: changed from their window, written to the
//! library's `library.ron`, and read by the exports (campaign tags) and the pre-flight check
//! (the length aimed at).

use super::Session;
use crate::io::library_settings::{LibrarySettings, UtmTags, save_library_settings};

impl Session {
    /// Replaces the library's settings and writes them; a failed write is reported and the
    /// settings stay as they were.
    pub(super) fn set_library_settings(&mut self, settings: LibrarySettings) {
        let Some(library) = &mut self.library else {
            return;
        };
        if library.settings == settings {
            return;
        }
        // In force at once; written to `library.ron` by a job (a failure is said, and the
        // settings hold for this run).
        library.settings = settings.clone();
        let path = library.library.settings_path();
        let background = self.background_file_work;
        self.file_writes
            .queue("library settings", background, &self.waker, move || {
                save_library_settings(&path, &settings).map_err(|err| err.to_string())
            });
        self.take_file_writes();
    }

    /// The campaign tags exported links get, when the library asks for them.
    pub(super) fn utm_tags(&self) -> Option<&UtmTags> {
        self.library.as_ref()?.settings.utm.as_ref()
    }

    /// The library's settings, while their window is open.
    pub fn library_settings(&self) -> Option<&LibrarySettings> {
        self.show_library_settings
            .then(|| self.library.as_ref().map(|l| &l.settings))
            .flatten()
    }
}
