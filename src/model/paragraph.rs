//! [`Paragraph`]: one paragraph of prose with its direction setting.

use serde::{Deserialize, Serialize};

use super::Direction;

/// One paragraph of a prose field. Its text never contains a line break.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's text, without line breaks.
    pub text: String,
    /// The editor's direction setting for this paragraph.
    #[serde(default)]
    pub direction: Direction,
}

impl Paragraph {
    /// A paragraph with automatic direction.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            direction: Direction::Auto,
        }
    }

    /// A paragraph with the given direction setting.
    pub fn with_direction(text: impl Into<String>, direction: Direction) -> Self {
        Self {
            text: text.into(),
            direction,
        }
    }
}
