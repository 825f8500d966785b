//! The words of a paragraph that are spelling's business, and the form they are checked in.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

/// Which dictionary a word belongs to, by its letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Arabic letters: the Arabic dictionary.
    Arabic,
    /// Latin letters: the English dictionary.
    Latin,
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// Tashkeel (harakat, tanwin, shadda, sukun, dagger alef) and tatweel: written or not, the word
/// is the same word.
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}') || is_invisible_mark(c)
}

/// Bidi marks, isolates and joiners, which the editor may have typed inside or around a word.
fn is_invisible_mark(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `word` as the dictionary is asked: without tashkeel, tatweel or invisible marks.
pub fn normalized(word: &str) -> std::borrow::Cow<'_, str> {
    // Most words carry none: those are asked about as they are, with nothing copied.
    if word.chars().any(is_ignorable) {
        word.chars().filter(|c| !is_ignorable(*c)).collect()
    } else {
        word.into()
    }
}

/// A whitespace-separated chunk that is a link, an address or a handle, not words. Broader than
/// what [`Link`](crate::model::Link) calls a link, on purpose: `ft.com`, `a@b.com` and
/// `ftp://…` are not links an email carries, and not words to check either.
fn is_not_prose(chunk: &str) -> bool {
    chunk.contains("://")
        || chunk
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case("www."))
        || chunk.contains('@')
        // "ft.com", "example.org/page": a dot between letters, with no space around it.
        || chunk
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .split('.')
            .filter(|part| !part.is_empty())
            .count()
            > 1
            && chunk.is_ascii()
}

/// The script a word is checked in, or `None` for a word not to check: no letters (numbers,
/// punctuation), digits inside it ("G7", "٢٠٢٢م"), or Latin in capitals ("NASA", "FT").
pub fn script_of(word: &str) -> Option<Script> {
    if word.chars().any(|c| c.is_numeric()) {
        return None;
    }
    if word.chars().any(is_arabic_letter) {
        return Some(Script::Arabic);
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return None;
    }
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    Some(Script::Latin)
}

/// The words of `text` to check, with their byte ranges and scripts.
pub fn checked_words(text: &str) -> impl Iterator<Item = (Range<usize>, Script)> + '_ {
    chunks(text)
        .filter(|(_, chunk)| !is_not_prose(chunk))
        .flat_map(|(start, chunk)| {
            chunk
                .split_word_bound_indices()
                .flat_map(|(i, word)| script_runs(word).map(move |(r, w)| (i + r, w)))
                .filter_map(move |(i, word)| {
                    // Marks around the word (the isolate around a name) are not part of it:
                    // the underline, and a suggestion replacing the word, leave them be.
                    let inner = word.trim_start_matches(is_invisible_mark);
                    let at = start + i + (word.len() - inner.len());
                    let inner = inner.trim_end_matches(is_invisible_mark);
                    script_of(inner).map(|script| (at..at + inner.len(), script))
                })
        })
}

/// Arabic letters written onto a following word: "and", "with", "for", "like", "so".
const ARABIC_PREFIXES: [char; 5] = ['و', 'ب', 'ل', 'ك', 'ف'];

/// A word cut where it changes script: "وAmazon" is the conjunction "و" written onto a Latin
/// name. The Latin part goes to the English dictionary; a one-letter Arabic prefix is not a
/// word of its own.
fn script_runs(word: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut arabic = None;
    for (i, c) in word.char_indices() {
        let is_arabic = is_arabic_letter(c) || (is_ignorable(c) && arabic == Some(true));
        if c.is_alphabetic() || is_ignorable(c) {
            if arabic.is_some_and(|a| a != is_arabic) {
                runs.push((start, &word[start..i]));
                start = i;
            }
            arabic = Some(is_arabic);
        }
    }
    runs.push((start, &word[start..]));
    let mixed = runs.len() > 1;
    runs.into_iter().filter(move |(_, run)| {
        let mut letters = run.chars().filter(|c| is_arabic_letter(*c));
        let prefix = matches!((letters.next(), letters.next()), (Some(c), None) if ARABIC_PREFIXES.contains(&c));
        !(mixed && prefix && run.chars().count() == 1)
    })
}

/// The whitespace-separated chunks of `text`, with their byte offsets.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |chunk| (chunk.as_ptr() as usize - text.as_ptr() as usize, chunk))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Script)> {
        checked_words(text).map(|(r, s)| (&text[r], s)).collect()
    }

    #[test]
    fn each_word_goes_to_its_script_and_the_rest_is_skipped() {
        let text = "استثمرت Sequoia مبلغ 800 مليون (OpenAI) NASA G7 ٢٠٢٢م https://ft.com/x HTTPS://موقع www.ft.com WWW.موقع ft.com a@b.com @nashra.";
        assert_eq!(
            words(text),
            vec![
                ("استثمرت", Script::Arabic),
                ("Sequoia", Script::Latin),
                ("مبلغ", Script::Arabic),
                ("مليون", Script::Arabic),
                ("OpenAI", Script::Latin),
            ]
        );
    }

    #[test]
    fn marks_around_a_word_are_left_out_of_it() {
        let text = "قالت \u{2066}Zxqwv\u{2069} إن \u{200F}كلمة\u{200F} هنا";
        let found = words(text);
        assert_eq!(found[1], ("Zxqwv", Script::Latin));
        assert!(found.contains(&("كلمة", Script::Arabic)), "{found:?}");
        // Inside a word, a mark stays part of it.
        assert!(
            words("Ope\u{200D}nAI")
                .iter()
                .any(|(w, _)| *w == "Ope\u{200D}nAI")
        );
    }

    #[test]
    fn an_arabic_prefix_on_a_latin_name_is_cut_off() {
        assert_eq!(
            words("رهانات Microsoft وAmazon وThe"),
            vec![
                ("رهانات", Script::Arabic),
                ("Microsoft", Script::Latin),
                ("Amazon", Script::Latin),
                ("The", Script::Latin),
            ]
        );
    }

    #[test]
    fn tashkeel_tatweel_and_marks_are_not_part_of_the_word_checked() {
        assert_eq!(normalized("الكِتَـاب\u{200F}"), "الكتاب");
    }
}
