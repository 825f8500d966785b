//! [`Settings`]: what Nashra remembers between runs (the last library, the theme, the
//! interface's language, digits and month names), in the user's configuration folder.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{LoadError, SaveError, replace_atomic};
use crate::i18n::{Digits, Language, MonthNames};

/// Remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The library folder opened last.
    #[serde(default)]
    pub last_library: Option<PathBuf>,
    /// The light theme rather than the dark one.
    #[serde(default)]
    pub light_theme: bool,
    /// The interface's language, when the editor chose one (else the system's).
    #[serde(default)]
    pub language: Option<Language>,
    /// The digits of the interface's numbers.
    #[serde(default)]
    pub digits: Digits,
    /// The month names of Arabic dates.
    #[serde(default)]
    pub months: MonthNames,
    /// Spelling is checked as she types (`None`: never switched, so on).
    #[serde(default)]
    pub spell_check: Option<bool>,
}

/// Where settings are read from and written to.
#[derive(Clone, Debug)]
pub struct SettingsStore {
    path: PathBuf,
}

impl SettingsStore {
    /// `settings.ron` in the user's configuration folder (`~/.config/nashra` on Linux).
    pub fn in_user_config_dir() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "nashra")?;
        Some(Self::at(dirs.config_dir().join("settings.ron")))
    }

    /// Settings kept in the file `path` (tests use a temporary folder).
    pub fn at(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the settings; no file means defaults.
    pub fn load(&self) -> Result<Settings, LoadError> {
        super::issue_file::read_ron_or_default(&self.path)
    }

    /// Writes the settings atomically.
    pub fn save(&self, settings: &Settings) -> Result<(), SaveError> {
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| SaveError::Io {
                path: dir.to_owned(),
                step: super::SaveStep::CreateTemp,
                source,
            })?;
        }
        let text = super::issue_file::to_ron_text(settings)?;
        replace_atomic(&self.path, text.as_bytes())
    }
}
