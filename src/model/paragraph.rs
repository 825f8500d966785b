//! [`Paragraph`]: one paragraph of prose with the editor's settings for it.

use serde::{Deserialize, Serialize};

use super::{Direction, TextSettings};

/// One paragraph of a prose field. Its text never contains a line break.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, without line breaks.
    pub text: String,
    /// The editor's direction setting for this paragraph.
    #[serde(default)]
    pub direction: Direction,
    /// The editor dismissed the bidi hints of this paragraph.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hints_dismissed: bool,
}

impl Paragraph {
    /// A paragraph with automatic direction.
    pub fn new(text: impl Into<String>) -> Self {
        Self::with_direction(text, Direction::Auto)
    }

    /// A paragraph with the given direction setting.
    pub fn with_direction(text: impl Into<String>, direction: Direction) -> Self {
        Self::with_settings(
            text,
            TextSettings {
                direction,
                hints_dismissed: false,
            },
        )
    }

    /// A paragraph with the given settings.
    pub fn with_settings(text: impl Into<String>, settings: TextSettings) -> Self {
        Self {
            text: text.into(),
            direction: settings.direction,
            hints_dismissed: settings.hints_dismissed,
        }
    }

    /// Its settings (direction, dismissed hints).
    pub fn settings(&self) -> TextSettings {
        TextSettings {
            direction: self.direction,
            hints_dismissed: self.hints_dismissed,
        }
    }

    /// Replaces its settings; returns the ones it had.
    pub fn set_settings(&mut self, settings: TextSettings) -> TextSettings {
        let old = self.settings();
        self.direction = settings.direction;
        self.hints_dismissed = settings.hints_dismissed;
        old
    }
}
