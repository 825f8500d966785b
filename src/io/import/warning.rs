//! [`ImportWarning`]: something an import changed or left out, for the editor to know.

use std::fmt;

use crate::model::StoryId;

/// Something an import did to what it read. The story it names was still imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportWarning {
    /// Bidi embedding, override or isolate controls were removed from the story's text: they
    /// could make it read differently from what it says.
    BidiControlsRemoved {
        /// The story.
        story: StoryId,
        /// Its headline, cleaned.
        headline: String,
    },
    /// A field was longer than the limit and was shortened (for tags: some were left out).
    Truncated {
        /// The story.
        story: StoryId,
        /// Its headline, cleaned.
        headline: String,
        /// Which field: "headline", "excerpt", "source", "author" or "tags".
        field: &'static str,
    },
    /// The story's link was not a web address (or too long to be one) and was left out.
    LinkRemoved {
        /// The story.
        story: StoryId,
        /// Its headline, cleaned.
        headline: String,
    },
    /// Bidi controls were removed from the feed's title (and so from every story's source).
    FeedTitleBidiControlsRemoved {
        /// The title, cleaned.
        feed_title: String,
    },
    /// The feed had more items than an import takes; the first ones were kept.
    ItemsCapped {
        /// How many were imported.
        kept: usize,
        /// How many the feed had.
        total: usize,
    },
}

impl ImportWarning {
    /// The story the warning is about, if it is about one.
    pub fn story(&self) -> Option<StoryId> {
        match self {
            Self::BidiControlsRemoved { story, .. }
            | Self::Truncated { story, .. }
            | Self::LinkRemoved { story, .. } => Some(*story),
            Self::FeedTitleBidiControlsRemoved { .. } | Self::ItemsCapped { .. } => None,
        }
    }
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BidiControlsRemoved { headline, .. } => write!(
                f,
                "“{headline}” had hidden direction-override characters, removed"
            ),
            Self::Truncated {
                headline,
                field: "tags",
                ..
            } => write!(
                f,
                "“{headline}” had too many tags; the first ones were kept"
            ),
            Self::Truncated {
                headline, field, ..
            } => write!(
                f,
                "“{headline}”: the {field} was too long and was shortened"
            ),
            Self::LinkRemoved { headline, .. } => write!(
                f,
                "“{headline}”: the link was not a web address and was left out"
            ),
            Self::FeedTitleBidiControlsRemoved { feed_title } => write!(
                f,
                "the feed “{feed_title}” had hidden direction-override characters in its title, removed"
            ),
            Self::ItemsCapped { kept, total } => write!(
                f,
                "the feed has {total} items; only the first {kept} were imported"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_short_and_name_the_story() {
        let story = StoryId::new_random();
        let bidi = ImportWarning::BidiControlsRemoved {
            story,
            headline: "عنوان".to_owned(),
        };
        assert_eq!(
            bidi.to_string(),
            "“عنوان” had hidden direction-override characters, removed"
        );
        assert_eq!(bidi.story(), Some(story));
        let capped = ImportWarning::ItemsCapped {
            kept: 500,
            total: 812,
        };
        assert_eq!(
            capped.to_string(),
            "the feed has 812 items; only the first 500 were imported"
        );
        assert_eq!(capped.story(), None);
    }
}
