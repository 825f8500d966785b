//! [`KnownWords`]: the words never called misspelled, whatever the dictionaries say.

use std::collections::BTreeSet;

use super::normalized;

/// Her personal dictionary's words and the words an issue ignores. A word is looked for as
/// the dictionaries are asked about it (without tashkeel, tatweel or invisible marks), so
/// "OpenAI" ignored once is ignored where she isolated it too.
#[derive(Clone, Copy)]
pub struct KnownWords<'a> {
    /// Her personal dictionary, when spelling is checked.
    pub personal: Option<&'a BTreeSet<String>>,
    /// The words ignored in the issue.
    pub ignored: &'a BTreeSet<String>,
}

impl KnownWords<'_> {
    /// True when `word`, as written in the text, is one of them. The lists hold words as they
    /// are asked about; a list written before words were kept that way may hold a word with
    /// its marks, so the word as written is looked for too.
    pub fn contains(&self, word: &str) -> bool {
        let bare = normalized(word);
        let listed = |word: &str| {
            self.personal.is_some_and(|words| words.contains(word)) || self.ignored.contains(word)
        };
        listed(&bare) || (bare != word && listed(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_known_with_or_without_its_marks() {
        let personal = BTreeSet::from(["Zxqwv".to_owned()]);
        let ignored = BTreeSet::from(["OpenAI".to_owned(), "\u{2066}Grok\u{2069}".to_owned()]);
        let known = KnownWords {
            personal: Some(&personal),
            ignored: &ignored,
        };
        assert!(known.contains("Zxqwv"));
        assert!(known.contains("OpenAI"));
        assert!(known.contains("\u{2066}OpenAI\u{2069}"), "isolated");
        assert!(
            known.contains("\u{2066}Grok\u{2069}"),
            "listed with its marks"
        );
        assert!(!known.contains("Grokk"));
        let none = KnownWords {
            personal: None,
            ignored: &ignored,
        };
        assert!(
            !none.contains("Zxqwv"),
            "no personal words while spelling is off"
        );
    }
}
