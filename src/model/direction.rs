//! Paragraph direction: the editor's setting and the direction it resolves to.
//!
//! `Auto` follows the Unicode Bidirectional Algorithm's rules P2 and P3: the first strong
//! character (skipping anything inside isolates) decides. A paragraph with no strong character
//! inherits the direction of the paragraph before it, and the first one defaults to right to left,
//! because Nashra's documents are Arabic first.

use serde::{Deserialize, Serialize};
use unicode_bidi::BidiClass;

/// The direction setting stored with each paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// Decided by the paragraph's first strong character.
    #[default]
    Auto,
    /// Forced right to left.
    Rtl,
    /// Forced left to right.
    Ltr,
}

/// A direction after `Auto` has been decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResolvedDirection {
    /// Right to left (Arabic): aligned to the right edge.
    Rtl,
    /// Left to right (Latin): aligned to the left edge.
    Ltr,
}

impl ResolvedDirection {
    /// `"rtl"` or `"ltr"`, as used by HTML's `dir` attribute and the layout inspector.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rtl => "rtl",
            Self::Ltr => "ltr",
        }
    }

    /// True for right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Rtl
    }
}

impl Direction {
    /// Resolves this setting for a paragraph of `text` that follows a paragraph resolved as
    /// `previous` (`None` for the first paragraph of a field).
    pub fn resolve(self, text: &str, previous: Option<ResolvedDirection>) -> ResolvedDirection {
        match self {
            Self::Rtl => ResolvedDirection::Rtl,
            Self::Ltr => ResolvedDirection::Ltr,
            Self::Auto => first_strong_direction(text)
                .or(previous)
                .unwrap_or(ResolvedDirection::Rtl),
        }
    }
}

/// The direction of the first strong character of `text` (UAX #9, rules P2 and P3), or `None`
/// when it has none.
///
/// Characters between an isolate initiator (LRI, RLI, FSI) and its matching PDI are skipped, as
/// are characters after an initiator that is never closed.
pub fn first_strong_direction(text: &str) -> Option<ResolvedDirection> {
    let mut isolate_depth = 0_usize;
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => isolate_depth += 1,
            BidiClass::PDI => isolate_depth = isolate_depth.saturating_sub(1),
            BidiClass::L if isolate_depth == 0 => return Some(ResolvedDirection::Ltr),
            BidiClass::R | BidiClass::AL if isolate_depth == 0 => {
                return Some(ResolvedDirection::Rtl);
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use ResolvedDirection::{Ltr, Rtl};

    #[test]
    fn first_strong_character_decides() {
        assert_eq!(first_strong_direction("استثمرت Sequoia"), Some(Rtl));
        assert_eq!(first_strong_direction("OpenAI قد جمعت"), Some(Ltr));
        assert_eq!(first_strong_direction("2022 عام"), Some(Rtl));
        assert_eq!(first_strong_direction("«800» Sequoia"), Some(Ltr));
        assert_eq!(first_strong_direction("12/04/2024 ..."), None);
        assert_eq!(first_strong_direction(""), None);
    }

    #[test]
    fn hebrew_counts_as_rtl() {
        assert_eq!(first_strong_direction("שלום world"), Some(Rtl));
    }

    #[test]
    fn isolated_runs_are_skipped() {
        // LRI "OpenAI" PDI, then Arabic: the isolate is skipped, so the Arabic decides.
        assert_eq!(
            first_strong_direction("\u{2066}OpenAI\u{2069} قد جمعت"),
            Some(Rtl)
        );
        // An isolate that is never closed hides the rest of the paragraph.
        assert_eq!(first_strong_direction("\u{2067}عربي"), None);
        // Marks are strong: RLM makes a Latin-first paragraph RTL.
        assert_eq!(first_strong_direction("\u{200F}OpenAI 13"), Some(Rtl));
        assert_eq!(first_strong_direction("\u{200E}عربي"), Some(Ltr));
    }

    #[test]
    fn neutral_paragraphs_inherit_and_default_to_rtl() {
        assert_eq!(Direction::Auto.resolve("2024", None), Rtl);
        assert_eq!(Direction::Auto.resolve("2024", Some(Ltr)), Ltr);
        assert_eq!(Direction::Auto.resolve("", Some(Rtl)), Rtl);
        assert_eq!(Direction::Auto.resolve("Grok", Some(Rtl)), Ltr);
    }

    #[test]
    fn manual_setting_wins() {
        assert_eq!(Direction::Rtl.resolve("OpenAI 13", None), Rtl);
        assert_eq!(Direction::Ltr.resolve("عربي", None), Ltr);
    }
}
