//! Search that finds a word however it was typed: with or without Arabic diacritics (tashkeel)
//! and tatweel, with any of the alef, yeh, teh marbuta, waw and Persian letter variants,
//! Arabic-Indic or Western digits, any letter case and any run of spaces, and with or without
//! invisible direction marks and joiners.
//!
//! Both the text and the query are folded to one spelling; the folded text remembers where each
//! of its pieces came from, so matches are reported as ranges of the original text that a view
//! can highlight.

use std::ops::Range;

use super::bidi_class::bidi_class;
use unicode_bidi::BidiClass;

/// A text prepared for searching: its folded spelling and the way back to the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoldedText {
    folded: String,
    /// The pieces of `folded`, in order. A piece is what one original letter (with the marks
    /// that follow it) or one run of spaces folds to; matches may only start and end between
    /// pieces, so a match never takes half of what a letter folded to.
    units: Vec<Unit>,
}

/// One piece of the folded text.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Unit {
    /// Where the piece starts in the folded text; it ends where the next one starts.
    folded_start: usize,
    /// The original text the piece stands for, including marks dropped after it.
    original: Range<usize>,
}

/// A search query, folded the same way as the text it looks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoldedQuery {
    folded: String,
}

/// True when `query` occurs in `text`, ignoring what folding ignores. An empty query (or one of
/// only spaces and marks) matches nothing.
pub fn matches(text: &str, query: &str) -> bool {
    FoldedText::new(text).contains(&FoldedQuery::new(query))
}

impl FoldedQuery {
    /// `query` folded, without leading or trailing spaces.
    pub fn new(query: &str) -> Self {
        let folded = FoldedText::new(query).folded;
        Self {
            folded: folded.trim_matches(' ').to_owned(),
        }
    }

    /// The folded spelling the query looks for.
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// True when the query holds nothing to look for; it then matches nothing.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }
}

impl FoldedText {
    /// Folds `text`, remembering where each folded piece came from.
    pub fn new(text: &str) -> Self {
        let mut folded = Self {
            folded: String::with_capacity(text.len()),
            units: Vec::new(),
        };
        for (at, c) in text.char_indices() {
            folded.push(c, at..at + c.len_utf8());
        }
        folded
    }

    /// The folded spelling of the whole text.
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// Every match of `query`, left to right and not overlapping, as ranges of the original
    /// text. A range starts at a letter and ends after the diacritics and tatweel that follow
    /// its last letter; it never splits a character.
    pub fn find_all(&self, query: &FoldedQuery) -> Vec<Range<usize>> {
        self.matches_of(query).collect()
    }

    /// True when `query` occurs at least once.
    pub fn contains(&self, query: &FoldedQuery) -> bool {
        self.matches_of(query).next().is_some()
    }

    fn matches_of<'a>(&'a self, query: &'a FoldedQuery) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            if query.is_empty() {
                return None;
            }
            while let Some(found) = self.folded.get(from..)?.find(&query.folded) {
                let start = from + found;
                let end = start + query.folded.len();
                if let Some(range) = self.original_range(start..end) {
                    from = end;
                    return Some(range);
                }
                // The occurrence splits a piece; look again one character further on.
                from = start
                    + self.folded[start..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
            }
            None
        })
    }

    /// The original text behind `folded_range`, or `None` when the range does not start and
    /// end between pieces.
    fn original_range(&self, folded_range: Range<usize>) -> Option<Range<usize>> {
        let first = self.unit_starting_at(folded_range.start)?;
        let after_last = if folded_range.end == self.folded.len() {
            self.units.len()
        } else {
            self.unit_starting_at(folded_range.end)?
        };
        let last = self.units.get(after_last.checked_sub(1)?)?;
        Some(self.units.get(first)?.original.start..last.original.end)
    }

    fn unit_starting_at(&self, folded_offset: usize) -> Option<usize> {
        self.units
            .binary_search_by_key(&folded_offset, |unit| unit.folded_start)
            .ok()
    }

    /// Folds one original character found at `original`.
    fn push(&mut self, c: char, original: Range<usize>) {
        match kind_of(c) {
            Kind::Invisible => {}
            Kind::DroppedMark => self.extend_last_unit(original.end),
            Kind::Space if self.folded.ends_with(' ') => self.extend_last_unit(original.end),
            Kind::Space => self.push_unit(original, |folded| folded.push(' ')),
            Kind::KeptMark if self.units.is_empty() || self.folded.ends_with(' ') => {
                self.push_unit(original, |folded| folded.push(c));
            }
            Kind::KeptMark => {
                self.folded.push(c);
                self.extend_last_unit(original.end);
            }
            Kind::Other => self.push_unit(original, |folded| push_folded(c, folded)),
        }
    }

    fn push_unit(&mut self, original: Range<usize>, fold: impl FnOnce(&mut String)) {
        self.units.push(Unit {
            folded_start: self.folded.len(),
            original,
        });
        fold(&mut self.folded);
    }

    /// Lets the last piece cover the original text up to `original_end` (a mark dropped or
    /// kept after it); a mark before any piece belongs to nothing and is only dropped.
    fn extend_last_unit(&mut self, original_end: usize) {
        if let Some(last) = self.units.last_mut() {
            last.original.end = original_end;
        }
    }
}

/// How a character takes part in folding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Arabic diacritics and tatweel: dropped, but a match's range extends over them.
    DroppedMark,
    /// Joiners, direction marks and the like: dropped, and not part of any match's ends.
    Invisible,
    /// Any white space; a run of it folds to one space.
    Space,
    /// Another combining mark (an accent): kept, and never separated from its letter.
    KeptMark,
    /// Everything else: folded on its own by [`push_folded`].
    Other,
}

fn kind_of(c: char) -> Kind {
    if is_dropped_mark(c) {
        Kind::DroppedMark
    } else if is_invisible(c) {
        Kind::Invisible
    } else if c.is_whitespace() {
        Kind::Space
    } else if bidi_class(c) == BidiClass::NSM {
        Kind::KeptMark
    } else {
        Kind::Other
    }
}

/// Tashkeel, Quranic annotation marks, the superscript alef and tatweel: writers add or leave
/// them out freely, so a search must not depend on them.
fn is_dropped_mark(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}'
    )
}

/// Characters with no glyph that editors and pasted text scatter through words: joiners,
/// direction marks, embeddings and isolates, soft hyphens, zero-width spaces.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{00AD}'
            | '\u{FEFF}'
    )
}

/// Pushes the folded spelling of a character that is neither dropped nor a space.
fn push_folded(c: char, folded: &mut String) {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => folded.push('ا'),
        'ى' | 'ئ' | 'ی' => folded.push('ي'),
        'ة' => folded.push('ه'),
        'ؤ' => folded.push('و'),
        'ک' => folded.push('ك'),
        '٠'..='٩' => folded.push(ascii_digit(c, '٠')),
        '۰'..='۹' => folded.push(ascii_digit(c, '۰')),
        // Full lowercasing gives "i" and a combining dot; searchers type a plain "i".
        'İ' => folded.push('i'),
        _ => folded.extend(c.to_lowercase()),
    }
}

/// The Western digit for `digit` of a script whose zero is `zero`.
fn ascii_digit(digit: char, zero: char) -> char {
    let value = u32::from(digit) - u32::from(zero);
    char::from_digit(value, 10).unwrap_or(digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The original slices `query` finds in `text`.
    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        FoldedText::new(text)
            .find_all(&FoldedQuery::new(query))
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn hamza_forms_of_alef_are_one_letter() {
        assert!(matches("احمد", "أحمد"));
        assert!(matches("إحمد", "أحمد"));
        assert!(matches("أحمد", "احمد"));
        assert!(matches("القرآن", "القران"));
        assert!(matches("ٱلله", "الله"));
    }

    #[test]
    fn teh_marbuta_and_heh_are_one_letter() {
        assert!(matches("مدرسه", "مدرسة"));
        assert!(matches("مدرسة", "مدرسه"));
    }

    #[test]
    fn alef_maqsura_and_yeh_are_one_letter() {
        assert!(matches("مستشفي", "مستشفى"));
        assert!(matches("مستشفى", "مستشفي"));
    }

    #[test]
    fn hamza_carriers_fold_to_their_letters() {
        assert!(matches("مسوول", "مسؤول"));
        assert!(matches("مسؤول", "مسوول"));
        assert!(matches("رييس", "رئيس"));
        // A hamza written as a separate combining mark is a diacritic.
        assert!(matches("مسو\u{0654}ول", "مسؤول"));
    }

    #[test]
    fn persian_letters_fold_to_arabic() {
        assert!(matches("کتاب ایران", "كتاب ايران"));
        assert!(matches("كتاب", "کتاب"));
    }

    #[test]
    fn diacritics_are_ignored_both_ways() {
        let text = "قال مُحَمَّدٌ إنَّ الاجتماع مستمر";
        assert_eq!(found(text, "محمد"), ["مُحَمَّدٌ"]);
        assert_eq!(found("قال محمد إن", "مُحَمَّد"), ["محمد"]);
        assert_eq!(found(text, "إن"), ["إنَّ"]);
    }

    #[test]
    fn tatweel_is_ignored() {
        assert_eq!(found("هذا كتـــاب جميل", "كتاب"), ["كتـــاب"]);
        assert_eq!(found("هذا كتاب جميل", "كتـــاب"), ["كتاب"]);
        // Tatweel after the last letter stretches it, so it is part of the match.
        assert_eq!(found("كتـــاب", "كت"), ["كتـــ"]);
    }

    #[test]
    fn latin_case_is_ignored() {
        assert_eq!(
            found("استثمرت Sequoia Capital مبلغ", "SEQUOIA"),
            ["Sequoia"]
        );
        assert!(matches("OPENAI", "openai"));
        assert!(matches("Ελλάδα", "ΕΛΛΆΔΑ"));
    }

    #[test]
    fn lowercasing_that_changes_length_maps_back() {
        // The Kelvin sign is three bytes and lowercases to a one-byte "k".
        assert_eq!(found("5 \u{212A}m", "km"), ["\u{212A}m"]);
        assert_eq!(found("زار İstanbul أمس", "istanbul"), ["İstanbul"]);
        // "Ⱥ" is two bytes and its lowercase three.
        assert_eq!(found("xȺy", "ⱥy"), ["Ⱥy"]);
    }

    #[test]
    fn digits_of_every_script_are_one() {
        assert_eq!(found("في عام 2022 استثمرت", "٢٠٢٢"), ["2022"]);
        assert_eq!(found("في عام ٢٠٢٢ استثمرت", "2022"), ["٢٠٢٢"]);
        assert_eq!(found("سال ۲۰۲۲", "2022"), ["۲۰۲۲"]);
    }

    #[test]
    fn runs_of_spaces_match_one_space() {
        assert_eq!(
            found("Sequoia   Capital\nو\tشركاه", "sequoia capital"),
            ["Sequoia   Capital"]
        );
        assert!(matches("مليون\u{00A0}دولار", "مليون دولار"));
        assert!(matches("مليون دولار", "  مليون    دولار "));
    }

    #[test]
    fn invisible_characters_are_ignored_but_not_matched_at_the_ends() {
        assert_eq!(
            found("جمعت \u{2066}OpenAI\u{2069} مبلغ", "openai"),
            ["OpenAI"]
        );
        assert!(matches("Open\u{200B}AI", "openai"));
        assert!(matches("مي\u{200C}خواهم", "ميخواهم"));
        assert!(matches("\u{200F}مبلغ 800", "مبلغ 800"));
        assert!(matches("مبلغ \u{200F} 800", "مبلغ 800"));
    }

    #[test]
    fn every_match_is_found_once() {
        let text = "الذكاء الاصطناعي، والذكاءُ البشري";
        assert_eq!(found(text, "الذكاء"), ["الذكاء", "الذكاءُ"]);
        assert_eq!(found("aaaa", "aa"), ["aa", "aa"]);
    }

    #[test]
    fn accents_stay_with_their_letters() {
        // A decomposed "é" is one letter: "cafe" does not match its first half.
        assert_eq!(found("cafe\u{301}", "cafe"), Vec::<&str>::new());
        assert_eq!(found("un cafe\u{301} noir", "CAFE\u{301}"), ["cafe\u{301}"]);
    }

    #[test]
    fn empty_queries_match_nothing() {
        assert!(!matches("نص", ""));
        assert!(!matches("نص", "   "));
        assert!(!matches("نص", "\u{064E}\u{0640}"));
        assert!(FoldedQuery::new(" \u{200F} ").is_empty());
        assert!(!matches("", "نص"));
    }

    #[test]
    fn queries_are_folded_and_trimmed() {
        assert_eq!(FoldedQuery::new("  أَحْمَد  ").folded(), "احمد");
        assert_eq!(
            FoldedQuery::new("SEQUOIA Capital").folded(),
            "sequoia capital"
        );
    }

    /// Text made of the characters folding treats specially.
    fn tricky_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ا", "أ", "إ", "آ", "ٱ", "ى", "ي", "ئ", "ة", "ه", "ؤ", "و", "ی", "ک", "ك", "م", "ح",
            "د", "\u{064E}", "\u{0651}", "\u{0670}", "\u{0654}", "\u{0640}", "\u{06E5}", "٢", "2",
            "۲", " ", "  ", "\n", "\u{00A0}", "\u{200C}", "\u{200D}", "\u{200F}", "\u{2066}",
            "\u{2069}", "\u{00AD}", "a", "A", "İ", "i", "\u{212A}", "k", "Ⱥ", "ⱥ", "\u{0301}",
            "\u{0307}", "é", "ß", "-",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
    }

    /// A query cut from `text` at two character positions, so it often matches.
    fn text_and_query() -> impl Strategy<Value = (String, String)> {
        (
            tricky_text(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(text, a, b)| {
                let boundaries: Vec<usize> = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([text.len()])
                    .collect();
                let (a, b) = (a.get(&boundaries), b.get(&boundaries));
                let query = text[*a.min(b)..*a.max(b)].to_owned();
                (text, query)
            })
    }

    proptest! {
        #[test]
        fn matches_are_whole_characters_that_fold_to_the_query(
            (text, query) in text_and_query(),
        ) {
            let query = FoldedQuery::new(&query);
            let mut previous_end = 0;
            for range in FoldedText::new(&text).find_all(&query) {
                prop_assert!(text.is_char_boundary(range.start));
                prop_assert!(text.is_char_boundary(range.end));
                prop_assert!(previous_end <= range.start && range.start < range.end);
                let slice = FoldedText::new(&text[range.clone()]);
                prop_assert_eq!(slice.folded(), query.folded());
                previous_end = range.end;
            }
        }

        #[test]
        fn any_text_finds_itself(text in tricky_text()) {
            let query = FoldedQuery::new(&text);
            prop_assert_eq!(matches(&text, &text), !query.is_empty());
        }

        #[test]
        fn arbitrary_text_folds_without_failing(text in "\\PC{0,40}", query in "\\PC{0,6}") {
            for range in FoldedText::new(&text).find_all(&FoldedQuery::new(&query)) {
                prop_assert!(text.get(range).is_some());
            }
        }
    }
}
