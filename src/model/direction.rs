//! Paragraph direction: the editor's setting and the direction it resolves to.
//!
//! `Auto` counts words, not letters: a paragraph (or a one-line field) whose words with strong
//! letters are mostly in a right-to-left script is right to left, mostly Latin is left to right,
//! and a tie, or no strong letter at all, takes the base direction of the language. An
//! Arabic headline that starts with "Nvidia" is still an Arabic headline. Words inside isolates
//! count as neutral: the editor isolated them to say they do not belong to the paragraph's flow.
//!
//! **Names do not vote** in an Arabic issue: a Latin word with a capital letter in it (Samsung,
//! AI, iPhone, xAI, GPT-4) is a name, and names do not outvote Arabic words — "Samsung Galaxy Z
//! Fold 6 في الأسواق" and "Google Gemini Ultra متاح الآن" are Arabic sentences. Lowercase Latin
//! words (English prose) still vote, so "Saudi Aramco signs a new deal with أرامكو" stays left
//! to right; and a line with no Arabic word at all ("Financial Times") is decided by its names.
//! In an English issue every word votes.
//!
//! This is the one place that decides; panes, labels, rows, the preview, `nashra layout` and
//! every export ask it.

use serde::{Deserialize, Serialize};
use unicode_bidi::BidiClass;

/// The direction setting stored with each paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    /// Decided by the paragraph's words (see the module's documentation).
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
    /// True for `Auto` (what files leave out).
    pub fn is_auto(&self) -> bool {
        *self == Self::Auto
    }

    /// Resolves this setting for `text`; `base` is the direction of the language, taken
    /// when the words do not decide.
    pub fn resolve(self, text: &str, base: ResolvedDirection) -> ResolvedDirection {
        match self {
            Self::Rtl => ResolvedDirection::Rtl,
            Self::Ltr => ResolvedDirection::Ltr,
            Self::Auto => match base {
                ResolvedDirection::Rtl => word_majority_without_names(text),
                ResolvedDirection::Ltr => word_majority_direction(text),
            }
            .unwrap_or(base),
        }
    }
}

/// The direction most of the words of `text` are written in, or `None` on a tie or when no word
/// has a strong letter.
///
/// A word is a run of characters between white space. Its direction is that of most of its
/// strong letters (the first one breaks a tie), so "وOpenAI" is a Latin word and "xAI" one Latin
/// word. Letters between an isolate initiator (LRI, RLI, FSI) and its PDI do not count, nor do
/// those after an initiator that is never closed. The marks LRM, RLM and ALM are not letters.
pub fn word_majority_direction(text: &str) -> Option<ResolvedDirection> {
    let words = count_words(text);
    majority(words.rtl, words.ltr + words.names)
}

/// [`word_majority_direction`] as an Arabic issue decides it: names (Latin words with a capital
/// letter) do not count against Arabic words; they decide only a line with no Arabic word.
pub fn word_majority_without_names(text: &str) -> Option<ResolvedDirection> {
    let words = count_words(text);
    if words.rtl > 0 {
        majority(words.rtl, words.ltr)
    } else {
        majority(0, words.ltr + words.names)
    }
}

fn majority(rtl: usize, ltr: usize) -> Option<ResolvedDirection> {
    match rtl.cmp(&ltr) {
        std::cmp::Ordering::Greater => Some(ResolvedDirection::Rtl),
        std::cmp::Ordering::Less => Some(ResolvedDirection::Ltr),
        std::cmp::Ordering::Equal => None,
    }
}

/// How many words of a text are right to left, left to right, and left-to-right names.
#[derive(Default)]
struct WordCounts {
    rtl: usize,
    ltr: usize,
    names: usize,
}

fn count_words(text: &str) -> WordCounts {
    let mut isolate_depth = 0_usize;
    let mut counts = WordCounts::default();
    let mut word = WordLetters::default();
    for c in text.chars() {
        if c.is_whitespace() {
            word.count_into(&mut counts);
            word = WordLetters::default();
            continue;
        }
        match super::bidi_class::bidi_class(c) {
            BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => isolate_depth += 1,
            BidiClass::PDI => isolate_depth = isolate_depth.saturating_sub(1),
            _ if isolate_depth > 0 || is_directional_mark(c) => {}
            BidiClass::L => {
                word.add(ResolvedDirection::Ltr);
                word.capital |= c.is_uppercase();
            }
            BidiClass::R | BidiClass::AL => word.add(ResolvedDirection::Rtl),
            _ => {}
        }
    }
    word.count_into(&mut counts);
    counts
}

/// LRM, RLM and ALM: strong for the bidi algorithm, but marks, not letters of a word.
fn is_directional_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The strong letters of one word.
#[derive(Default)]
struct WordLetters {
    rtl: usize,
    ltr: usize,
    first: Option<ResolvedDirection>,
    /// A Latin capital among them: a Latin word with one is a name.
    capital: bool,
}

impl WordLetters {
    fn add(&mut self, direction: ResolvedDirection) {
        self.first.get_or_insert(direction);
        match direction {
            ResolvedDirection::Rtl => self.rtl += 1,
            ResolvedDirection::Ltr => self.ltr += 1,
        }
    }

    /// Adds this word to the paragraph's counts.
    fn count_into(&self, counts: &mut WordCounts) {
        let direction = match self.rtl.cmp(&self.ltr) {
            std::cmp::Ordering::Greater => Some(ResolvedDirection::Rtl),
            std::cmp::Ordering::Less => Some(ResolvedDirection::Ltr),
            std::cmp::Ordering::Equal => self.first,
        };
        match direction {
            Some(ResolvedDirection::Rtl) => counts.rtl += 1,
            Some(ResolvedDirection::Ltr) if self.capital => counts.names += 1,
            Some(ResolvedDirection::Ltr) => counts.ltr += 1,
            None => {}
        }
    }
}

/// The direction of the first strong character of `text` (UAX #9, rules P2 and P3), or `None`
/// when it has none: what a browser, a mail client or a Markdown renderer guesses for a
/// paragraph that does not state its direction (the exports add a mark where that guess is
/// wrong).
///
/// Characters between an isolate initiator (LRI, RLI, FSI) and its matching PDI are skipped, as
/// are characters after an initiator that is never closed.
pub fn first_strong_direction(text: &str) -> Option<ResolvedDirection> {
    let mut isolate_depth = 0_usize;
    for c in text.chars() {
        match super::bidi_class::bidi_class(c) {
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

    /// The table of `docs/TEXT-ENGINE.md`: (text, Arabic issue, English issue).
    const TABLE: [(&str, ResolvedDirection, ResolvedDirection); 20] = [
        ("Nvidia تعلن نتائج الربع الثالث", Rtl, Rtl),
        ("Sequoia تنضم إلى المستثمرين في xAI", Rtl, Rtl),
        ("OpenAI 13 مليار دولار من Microsoft", Rtl, Rtl),
        ("Grok يصبح مفتوح المصدر", Rtl, Rtl),
        ("Why training frontier models now costs billions", Ltr, Ltr),
        ("iPhone 16 Pro", Ltr, Ltr),
        ("The word تويتر in English text", Ltr, Ltr),
        ("2024", Rtl, Ltr),
        ("", Rtl, Ltr),
        ("Google جوجل", Rtl, Ltr),
        ("«800» — 12/04/2024", Rtl, Ltr),
        // The isolated name does not count: one Arabic word against none.
        ("\u{2066}Financial Times\u{2069} تقول", Rtl, Rtl),
        // A mark is not a word.
        ("\u{200F}OpenAI", Ltr, Ltr),
        // "And OpenAI and Microsoft agree": an Arabic sentence whose names do not vote.
        ("وOpenAI وMicrosoft تتفقان", Rtl, Ltr),
        // Names do not outvote Arabic words in an Arabic issue.
        ("Samsung Galaxy Z Fold 6 في الأسواق", Rtl, Ltr),
        ("Google Gemini Ultra متاح الآن", Rtl, Ltr),
        ("GPT-4 وxAI وiPhone في سطر واحد", Rtl, Ltr),
        // English prose votes: lowercase words are not names.
        ("Saudi Aramco signs a new deal with أرامكو", Ltr, Ltr),
        // No Arabic word: the names decide.
        ("Financial Times", Ltr, Ltr),
        ("AI", Ltr, Ltr),
    ];

    #[test]
    fn auto_follows_most_words_then_the_language() {
        for (text, arabic, english) in TABLE {
            assert_eq!(Direction::Auto.resolve(text, Rtl), arabic, "ar: {text}");
            assert_eq!(Direction::Auto.resolve(text, Ltr), english, "en: {text}");
        }
    }

    #[test]
    fn first_strong_character_is_what_other_readers_guess() {
        assert_eq!(first_strong_direction("استثمرت Sequoia"), Some(Rtl));
        assert_eq!(first_strong_direction("OpenAI قد جمعت"), Some(Ltr));
        assert_eq!(first_strong_direction("2022 عام"), Some(Rtl));
        assert_eq!(first_strong_direction("«800» Sequoia"), Some(Ltr));
        assert_eq!(first_strong_direction("12/04/2024 ..."), None);
        assert_eq!(first_strong_direction(""), None);
        assert_eq!(first_strong_direction("שלום world"), Some(Rtl));
        assert_eq!(
            first_strong_direction("\u{2066}OpenAI\u{2069} قد جمعت"),
            Some(Rtl)
        );
        assert_eq!(first_strong_direction("\u{2067}عربي"), None);
        assert_eq!(first_strong_direction("\u{200F}OpenAI 13"), Some(Rtl));
    }

    #[test]
    fn manual_setting_wins() {
        assert_eq!(Direction::Rtl.resolve("OpenAI 13", Ltr), Rtl);
        assert_eq!(Direction::Ltr.resolve("عربي", Rtl), Ltr);
    }

    proptest::proptest! {
        #[test]
        fn the_rule_never_panics_and_settings_always_win(
            text in "[a-zA-Z0-9 \u{600}-\u{6FF}\u{2066}-\u{2069}\u{200E}\u{200F}.,«»-]{0,40}",
            base_rtl in proptest::bool::ANY,
        ) {
            let base = if base_rtl { Rtl } else { Ltr };
            let _ = Direction::Auto.resolve(&text, base);
            proptest::prop_assert_eq!(Direction::Rtl.resolve(&text, base), Rtl);
            proptest::prop_assert_eq!(Direction::Ltr.resolve(&text, base), Ltr);
            // Text with no strong letter takes the base.
            let neutral: String = text.chars().filter(|c| c.is_ascii_digit() || *c == ' ').collect();
            proptest::prop_assert_eq!(Direction::Auto.resolve(&neutral, base), base);
        }
    }
}
