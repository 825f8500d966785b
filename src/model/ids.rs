//! Stable identifiers for stories and sections, so commands keep pointing at the right thing
//! when items are reordered.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies a story for its whole life: in the inbox, in a pick, across issues.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryId(pub Uuid);

/// Identifies a section within an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SectionId(pub Uuid);

impl StoryId {
    /// A new random id.
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl SectionId {
    /// A new random id.
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}
