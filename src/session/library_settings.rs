//! The library's settings as the session uses them: changed from their window, written to the
//! library's `library.ron`, and read by the exports (campaign tags) and the pre-flight check
//! (the length aimed at).

use super::{Session, Topic};
use crate::io::library_settings::{LibrarySettings, UtmTags, save_library_settings};
use crate::strings::Msg;

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
        match save_library_settings(&library.library.settings_path(), &settings) {
            Ok(()) => library.settings = settings,
            Err(err) => self.post_error(
                Topic::Library,
                super::notice::failed(Msg::LibrarySettingsNotSaved, &err),
            ),
        }
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
