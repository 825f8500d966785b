//! [`Speller`]: both dictionaries, loaded from the files bundled in `assets/dictionaries/`.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use super::words::{Script, checked_words, normalized};

/// The bundled dictionaries' files.
const ARABIC_AFF: &str = include_str!("../../assets/dictionaries/ar.aff");
const ARABIC_DIC: &str = include_str!("../../assets/dictionaries/ar.dic");
const ENGLISH_AFF: &str = include_str!("../../assets/dictionaries/en_US.aff");
const ENGLISH_DIC: &str = include_str!("../../assets/dictionaries/en_US.dic");

/// A dictionary that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("the {language} dictionary could not be read: {reason}")]
pub struct SpellError {
    language: &'static str,
    reason: String,
}

/// The Arabic and the English dictionary, and the words the editor added.
pub struct Speller {
    arabic: spellbook::Dictionary,
    english: spellbook::Dictionary,
    /// What the dictionaries said of each word asked about, by script and normalized form.
    /// A keystroke checks its paragraph again, and all its words but the one being typed were
    /// checked before: asking a dictionary about an Arabic word (its prefixes and suffixes
    /// tried one by one) costs far more than looking the answer up here.
    known: Mutex<KnownAnswers>,
}

/// The dictionaries' answers remembered, by script: a word is looked up as it is written,
/// without making a key of it.
#[derive(Default)]
struct KnownAnswers {
    arabic: HashMap<String, bool>,
    latin: HashMap<String, bool>,
}

impl KnownAnswers {
    fn of(&mut self, script: Script) -> &mut HashMap<String, bool> {
        match script {
            Script::Arabic => &mut self.arabic,
            Script::Latin => &mut self.latin,
        }
    }

    fn clear(&mut self) {
        self.arabic.clear();
        self.latin.clear();
    }
}

/// Words remembered before the memory of answers starts again (a few MB at most).
const KNOWN_WORDS_LIMIT: usize = 100_000;

impl std::fmt::Debug for Speller {
    // The dictionaries hold hundreds of thousands of words: not printed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Speller { arabic, english }")
    }
}

impl Speller {
    /// Both bundled dictionaries. Parsing the Arabic one takes about a tenth of a second in a
    /// release build: done on a worker, never on a frame.
    pub fn bundled() -> Result<Self, SpellError> {
        let load = |language, aff, dic| {
            spellbook::Dictionary::new(aff, dic).map_err(|err| SpellError {
                language,
                reason: err.to_string(),
            })
        };
        Ok(Self {
            arabic: load("Arabic", ARABIC_AFF, ARABIC_DIC)?,
            english: load("English", ENGLISH_AFF, ENGLISH_DIC)?,
            known: Mutex::new(KnownAnswers::default()),
        })
    }

    /// True when `word` (one word of `script`) is spelled right.
    pub fn is_correct(&self, word: &str, script: Script) -> bool {
        let word = normalized(word);
        let lock = || self.known.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&correct) = lock().of(script).get(word.as_ref()) {
            return correct;
        }
        let correct = match script {
            Script::Arabic => self.arabic.check(&word),
            Script::Latin => self.english.check(&word),
        };
        let mut known = lock();
        if known.arabic.len() + known.latin.len() >= KNOWN_WORDS_LIMIT {
            known.clear();
        }
        known.of(script).insert(word.into_owned(), correct);
        correct
    }

    /// Up to `limit` spellings the dictionary of `script` suggests for `word`.
    pub fn suggestions(&self, word: &str, script: Script, limit: usize) -> Vec<String> {
        let mut out = Vec::new();
        let word = normalized(word);
        match script {
            Script::Arabic => self.arabic.suggest(&word, &mut out),
            Script::Latin => self.english.suggest(&word, &mut out),
        }
        out.truncate(limit);
        out
    }

    /// Adds `word` to the dictionary of its script for this run (the personal dictionary).
    pub fn add(&mut self, word: &str, script: Script) {
        let word = normalized(word);
        let added = match script {
            Script::Arabic => self.arabic.add(&word),
            Script::Latin => self.english.add(&word),
        };
        if let Err(err) = added {
            log::warn!("could not add {word:?} to the dictionary: {err}");
        }
        // An answer remembered before may have changed.
        self.known
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// The byte ranges of the misspelled words of `text` (one paragraph).
    pub fn misspelled(&self, text: &str) -> Vec<Range<usize>> {
        checked_words(text)
            .filter(|(range, script)| !self.is_correct(&text[range.clone()], *script))
            .map(|(range, _)| range)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;

    fn speller() -> &'static Speller {
        static SPELLER: OnceLock<Speller> = OnceLock::new();
        SPELLER.get_or_init(|| Speller::bundled().expect("the bundled dictionaries"))
    }

    #[test]
    fn arabic_words_with_prefixes_suffixes_and_tashkeel_pass() {
        for word in [
            "الكتاب",
            "والكتاب",
            "بالكتاب",
            "كتابهم",
            "الكِتَاب",
            "المستثمرين",
            "الاستثمارية",
            "مليون",
            "دولار",
            "الشركات",
            "وتحاول",
            "الاصطناعي",
            "الكتـاب",
        ] {
            assert!(speller().is_correct(word, Script::Arabic), "{word}");
        }
    }

    #[test]
    fn arabic_misspellings_are_flagged_with_the_right_word_suggested() {
        for (wrong, right) in [
            // A dropped letter.
            ("المستثمرن", "المستثمرين"),
            // A missing hamza.
            ("اسبوع", "أسبوع"),
            // Alef maqsura for yeh.
            ("فى", "في"),
        ] {
            assert!(!speller().is_correct(wrong, Script::Arabic), "{wrong}");
            let suggested = speller().suggestions(wrong, Script::Arabic, 6);
            assert!(
                suggested.iter().any(|s| s == right),
                "{wrong}: {suggested:?}"
            );
        }
    }

    #[test]
    fn english_words_pass_and_misspellings_are_flagged() {
        for word in ["investment", "Capital", "billion", "round", "Twitter's"] {
            assert!(speller().is_correct(word, Script::Latin), "{word}");
        }
        for (wrong, right) in [("investmnet", "investment"), ("recieve", "receive")] {
            assert!(!speller().is_correct(wrong, Script::Latin), "{wrong}");
            let suggested = speller().suggestions(wrong, Script::Latin, 6);
            assert!(
                suggested.iter().any(|s| s == right),
                "{wrong}: {suggested:?}"
            );
        }
    }

    #[test]
    fn a_mixed_paragraph_flags_only_its_misspelled_words() {
        let text =
            "استثمرت Sequoia Capital مبلغ 800 مليون دولار فى تويتر عام 2022 https://ft.com NASA";
        let flagged: Vec<&str> = speller()
            .misspelled(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert!(flagged.contains(&"فى"), "{flagged:?}");
        assert!(!flagged.contains(&"مليون"), "{flagged:?}");
        assert!(!flagged.iter().any(|w| w.contains("ft.com")), "{flagged:?}");
        assert!(!flagged.contains(&"NASA"), "{flagged:?}");
    }

    #[test]
    fn remembered_answers_are_the_dictionaries_and_a_word_added_is_asked_again() {
        let mut own = Speller::bundled().expect("the bundled dictionaries");
        let words = [
            ("إيلون", Script::Arabic),
            ("الكتاب", Script::Arabic),
            ("xAI", Script::Latin),
        ];
        let first: Vec<bool> = words.iter().map(|(w, s)| own.is_correct(w, *s)).collect();
        let again: Vec<bool> = words.iter().map(|(w, s)| own.is_correct(w, *s)).collect();
        assert_eq!(first, [false, true, false]);
        assert_eq!(again, first, "the remembered answers");
        // With tashkeel the word is the same word, and its answer the same.
        assert!(own.is_correct("الكِتَاب", Script::Arabic));
        own.add("إيلون", Script::Arabic);
        assert!(
            own.is_correct("إيلون", Script::Arabic),
            "asked again after the add"
        );
    }
}
