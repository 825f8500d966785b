//! Spelling: the bundled Arabic (Ayaspell) and English (SCOWL en_US) Hunspell dictionaries,
//! checked with `spellbook`, and the words of a paragraph that are misspelled.
//!
//! A leaf module like the text engine: no egui, no issue. Each word goes to the dictionary of
//! its script; numbers, links, addresses, handles and words in capitals are not words to
//! check; tashkeel and tatweel never make a right word wrong.

mod known_words;
mod speller;
mod words;

pub use known_words::KnownWords;
pub use speller::{SpellError, Speller};
pub use words::{Script, checked_words, normalized, script_of};
