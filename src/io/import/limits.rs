//! [`ImportLimits`]: how much of a feed, page or file an import will take in.
//!
//! Imports read what strangers wrote; every size has a cap so a hostile or broken source costs
//! bounded time and memory, and every cap is visible here in one place.

use std::time::Duration;

/// Caps on what an import reads and keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportLimits {
    /// Largest response or file read, in bytes; anything longer is refused, not cut, since a
    /// cut feed is not valid XML.
    pub max_bytes: usize,
    /// Most stories taken from one feed; later items are left out with a warning.
    pub max_items: usize,
    /// Longest text kept in each story field, in characters.
    pub max_field_chars: FieldLimits,
    /// Most tags kept per story.
    pub max_tags: usize,
    /// Seconds allowed to connect, and again for the whole download.
    pub timeout_secs: u64,
}

/// Longest text kept per story field, in characters (not bytes: Arabic letters take two).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldLimits {
    /// The headline.
    pub headline: usize,
    /// The excerpt, all paragraphs together.
    pub excerpt: usize,
    /// Every other field: link, source, author, each tag.
    pub other: usize,
}

impl Default for FieldLimits {
    fn default() -> Self {
        Self {
            headline: 500,
            excerpt: 20_000,
            other: 500,
        }
    }
}

impl Default for ImportLimits {
    fn default() -> Self {
        Self {
            max_bytes: 8 * 1024 * 1024,
            max_items: 500,
            max_field_chars: FieldLimits::default(),
            max_tags: 20,
            timeout_secs: 15,
        }
    }
}

impl ImportLimits {
    /// [`Self::timeout_secs`] as a duration.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.timeout_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_documented_caps() {
        let limits = ImportLimits::default();
        assert_eq!(limits.max_bytes, 8 * 1024 * 1024);
        assert_eq!(limits.max_items, 500);
        assert_eq!(limits.max_field_chars.headline, 500);
        assert_eq!(limits.max_field_chars.excerpt, 20_000);
        assert_eq!(limits.max_field_chars.other, 500);
        assert_eq!(limits.timeout(), Duration::from_secs(15));
    }
}
