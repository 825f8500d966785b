//! The editor's personal dictionary: the words she added, one a line, in `dictionary.txt` in
//! her library folder, so they travel with the archive.

use std::collections::BTreeSet;
use std::path::Path;

use super::{LoadError, SaveError, write_atomic};

/// The personal dictionary's file name in a library folder.
pub const PERSONAL_WORDS_FILE_NAME: &str = "dictionary.txt";

/// The words in the personal dictionary at `path`; none when there is no file yet. Blank
/// lines and lines starting with `#` are not words.
pub fn load_personal_words(path: &Path) -> Result<BTreeSet<String>, LoadError> {
    if !path.exists() {
        return Ok(BTreeSet::new());
    }
    let bytes = super::issue_file::read_capped(path)?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_owned)
        .collect())
}

/// Adds `word` to the personal dictionary at `path` (written whole, atomically, in order).
pub fn add_personal_word(path: &Path, word: &str) -> Result<BTreeSet<String>, SaveError> {
    let mut words = load_personal_words(path).unwrap_or_default();
    words.insert(word.trim().to_owned());
    let mut text = String::from("# Nashra's personal dictionary: one word a line.\n");
    for word in &words {
        text.push_str(word);
        text.push('\n');
    }
    write_atomic(path, text.as_bytes(), &mut super::no_faults)?;
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_added_are_kept_one_a_line_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(PERSONAL_WORDS_FILE_NAME);
        assert!(load_personal_words(&path).expect("no file").is_empty());
        add_personal_word(&path, "إيلون").expect("added");
        add_personal_word(&path, "SpaceX").expect("added");
        add_personal_word(&path, "إيلون").expect("added again");
        let words = load_personal_words(&path).expect("read");
        assert_eq!(words.into_iter().collect::<Vec<_>>(), ["SpaceX", "إيلون"]);
        let text = std::fs::read_to_string(&path).expect("text");
        assert_eq!(text.lines().filter(|l| !l.starts_with('#')).count(), 2);
    }
}
