//! [`LibrarySettings`]: what the editor decides once for a whole library — the length she aims
//! at, and whether exported links carry campaign tags — kept as `library.ron` in the library
//! folder, so they travel with the archive.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{LoadError, SaveError, replace_atomic};

/// The library settings' file name in a library folder.
pub const LIBRARY_SETTINGS_FILE_NAME: &str = "library.ron";

/// The settings of one library.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibrarySettings {
    /// The length an issue should not pass, in words (the pre-flight check compares).
    #[serde(default)]
    pub word_target: Option<u32>,
    /// Campaign tags added to the links of exports; `None` (the default): links go out as
    /// written.
    #[serde(default)]
    pub utm: Option<UtmTags>,
    /// The web archive of the library's published issues: its public address, title and
    /// description (all optional; nothing is written while all are empty).
    #[serde(default, skip_serializing_if = "SiteSettings::is_empty")]
    pub site: SiteSettings,
}

/// The library's web archive as the editor describes it once: where it is published, and what
/// its pages and feed are called.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSettings {
    /// The public address the archive's folder is served from (`https://…/`): the feed's
    /// absolute links and the email's "view in browser" are made from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The archive's title (the newsletter's name); empty: the first issue's language decides.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// A sentence saying what the newsletter is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl SiteSettings {
    /// True when nothing is set.
    pub fn is_empty(&self) -> bool {
        self.address.is_none() && self.title.is_empty() && self.description.is_empty()
    }

    /// The name of issue `number`'s page in the archive's folder, chosen once so its address
    /// never changes: `issue-054.html` (three digits at least, so the folder sorts).
    pub fn issue_page_name(number: u32) -> String {
        format!("issue-{number:03}.html")
    }
}

/// The `utm_` parameters added to each exported link, so the publication's analytics can tell
/// which visits came from which issue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UtmTags {
    /// `utm_source`: who sends (the newsletter's name).
    pub source: String,
    /// `utm_medium`: how (`email`).
    pub medium: String,
    /// `utm_campaign`, where `{number}` stands for the issue's number.
    pub campaign: String,
}

impl Default for UtmTags {
    fn default() -> Self {
        Self {
            source: "nashra".to_owned(),
            medium: "email".to_owned(),
            campaign: "issue-{number}".to_owned(),
        }
    }
}

impl UtmTags {
    /// The campaign of issue `number`.
    pub fn campaign_of(&self, number: u32) -> String {
        self.campaign.replace("{number}", &number.to_string())
    }
}

/// Reads the settings of the library whose settings file is `path`; no file means defaults.
pub fn load_library_settings(path: &Path) -> Result<LibrarySettings, LoadError> {
    super::issue_file::read_ron_or_default(path)
}

/// Writes the settings to `path`, atomically.
pub fn save_library_settings(path: &Path, settings: &LibrarySettings) -> Result<(), SaveError> {
    let text = super::issue_file::to_ron_text(settings)?;
    replace_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_a_missing_file_means_defaults() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(LIBRARY_SETTINGS_FILE_NAME);
        assert_eq!(
            load_library_settings(&path).expect("no file"),
            LibrarySettings::default()
        );
        let settings = LibrarySettings {
            word_target: Some(1200),
            utm: Some(UtmTags::default()),
            site: SiteSettings {
                address: Some("https://example.org/letters/".to_owned()),
                title: "اختيارات المحررة".to_owned(),
                description: String::new(),
            },
        };
        save_library_settings(&path, &settings).expect("saved");
        assert_eq!(load_library_settings(&path).expect("read"), settings);
        assert_eq!(settings.utm.expect("tags").campaign_of(54), "issue-54");
        assert_eq!(SiteSettings::issue_page_name(54), "issue-054.html");
        assert_eq!(SiteSettings::issue_page_name(1054), "issue-1054.html");
    }

    #[test]
    fn a_broken_file_is_reported_with_its_line_and_column_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(LIBRARY_SETTINGS_FILE_NAME);
        std::fs::write(&path, "(\n  word_target: Some(\"many\"),\n)").expect("written");
        let error = load_library_settings(&path).expect_err("not valid");
        let message = error.to_string();
        assert!(message.contains(":2:"), "{message}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("kept"),
            "(\n  word_target: Some(\"many\"),\n)"
        );
    }
}
