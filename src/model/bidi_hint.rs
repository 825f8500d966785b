//! Latin names inside right-to-left text, and the spots where the bidi algorithm shows them
//! wrongly to an Arabic reader.
//!
//! In "جمعت OpenAI 13 مليار" the 13 belongs to "مليار", but the bidi algorithm joins a European
//! number to the Latin word before it, so the line shows "13" beside "OpenAI", on the wrong side
//! of the name. Isolating the name (LRI … PDI) fixes it; nothing else can, because which word a
//! number belongs to is a matter of meaning. [`bidi_hints`] finds such spots so the pane can
//! point at them, and [`isolate_edits`] plans the fix.

use std::ops::Range;

use super::bidi_class::bidi_class;
use unicode_bidi::BidiClass;

use super::{Edit, ResolvedDirection, TextChange, TextField};

/// Left-to-right isolate: starts an isolated run.
pub const LRI: char = '\u{2066}';
/// Pop directional isolate: ends it.
pub const PDI: char = '\u{2069}';

/// A Latin name directly followed by a European number that belongs to the Arabic after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BidiHint {
    /// The name (byte range in the paragraph), what isolating fixes.
    pub name: Range<usize>,
    /// The number shown beside it.
    pub number: Range<usize>,
}

impl BidiHint {
    /// From the name's start to the number's end: what the pane underlines.
    pub fn span(&self) -> Range<usize> {
        self.name.start..self.number.end
    }
}

/// One whitespace-separated token of a paragraph, outside isolates.
#[derive(Clone, Debug)]
struct Token {
    range: Range<usize>,
    kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenKind {
    /// Mostly Latin letters: a name or a part of one (the range keeps only the name itself).
    Latin,
    /// Only European digits and the signs a number carries ("13", "23.5%", "1,000").
    Number,
    /// Mostly right-to-left letters; `definite` when it starts with the article (الجديد).
    RightToLeft { definite: bool, particle: bool },
    /// Anything else: punctuation, Arabic-Indic digits, symbols.
    Other,
}

/// The Latin names of `text` (outside isolates): runs of words with Latin letters, with the
/// spaces between them, each without the punctuation around it. A name keeps what is glued to
/// it ("Grok-1", "GPT-4o", "2.0") but not a number set apart by a space ("OpenAI 13").
pub fn latin_runs(text: &str) -> Vec<Range<usize>> {
    let tokens = tokens(text);
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut previous_latin: Option<usize> = None;
    for (index, token) in tokens.iter().enumerate() {
        if token.kind != TokenKind::Latin {
            previous_latin = None;
            continue;
        }
        match (previous_latin, runs.last_mut()) {
            // Consecutive Latin words separated only by white space make one name.
            (Some(previous), Some(run))
                if previous + 1 == index
                    && text[run.end..token.range.start]
                        .chars()
                        .all(char::is_whitespace) =>
            {
                run.end = token.range.end;
            }
            _ => runs.push(token.range.clone()),
        }
        previous_latin = Some(index);
    }
    runs
}

/// The spots of `text`, shown in `direction`, where a Latin name is followed by a European
/// number that belongs to the Arabic word after it. None in left-to-right text.
///
/// The number must be followed by an Arabic word that is neither definite ("iPhone 16 الجديد":
/// the number is part of the name) nor a particle ("Llama 3 في أبريل"). Names that end in
/// digits ("Grok-1", "GPT-4o") and numbers at the end of the text or before a Latin word
/// ("iPhone 16 Pro") are not flagged.
pub fn bidi_hints(text: &str, direction: ResolvedDirection) -> Vec<BidiHint> {
    if !direction.is_rtl() {
        return Vec::new();
    }
    let tokens = tokens(text);
    let runs = latin_runs(text);
    let mut hints = Vec::new();
    for run in runs {
        let Some(next) = tokens.iter().position(|t| t.range.start >= run.end) else {
            continue;
        };
        let (number, after) = (&tokens[next], tokens.get(next + 1));
        let gap_is_space = |a: usize, b: usize| {
            let gap = &text[a..b];
            !gap.is_empty() && gap.chars().all(char::is_whitespace)
        };
        if number.kind != TokenKind::Number || !gap_is_space(run.end, number.range.start) {
            continue;
        }
        let Some(after) = after else { continue };
        let quantifies = matches!(
            after.kind,
            TokenKind::RightToLeft {
                definite: false,
                particle: false
            }
        );
        if quantifies && gap_is_space(number.range.end, after.range.start) {
            hints.push(BidiHint {
                name: run,
                number: number.range.clone(),
            });
        }
    }
    hints
}

/// The Latin name at or nearest to byte `offset` of `paragraph`, if no Arabic letter stands
/// between it and the offset and it is not isolated already: what "Isolate Latin run" acts on.
pub fn latin_run_at(paragraph: &str, offset: usize) -> Option<Range<usize>> {
    let offset = offset.min(paragraph.len());
    let reachable = |a: usize, b: usize| {
        paragraph
            .get(a.min(b)..a.max(b))
            .is_some_and(|between| !has_rtl_letter(between))
    };
    let runs = latin_runs(paragraph);
    let containing = runs.iter().find(|r| r.start <= offset && offset <= r.end);
    // Prefer the run before the offset (a caret just after "OpenAI 13"), then the one after.
    let before = || {
        runs.iter()
            .rev()
            .find(|r| r.end <= offset && reachable(r.end, offset))
    };
    let after = || {
        runs.iter()
            .find(|r| r.start >= offset && reachable(offset, r.start))
    };
    let run = containing.or_else(before).or_else(after)?.clone();
    let already = paragraph[..run.start].ends_with(LRI) && paragraph[run.end..].starts_with(PDI);
    (!already).then_some(run)
}

/// The edits that isolate `run` (a byte range of the paragraph starting at byte
/// `paragraph_start` of `field`'s text): PDI after it, then LRI before it, as one step.
pub fn isolate_edits(field: TextField, paragraph_start: usize, run: &Range<usize>) -> Vec<Edit> {
    // The closing PDI first, so the opening LRI's offset still holds.
    vec![
        Edit::Text {
            field,
            change: TextChange::insert(paragraph_start + run.end, PDI.to_string()),
        },
        Edit::Text {
            field,
            change: TextChange::insert(paragraph_start + run.start, LRI.to_string()),
        },
    ]
}

/// True when `text` holds a strong right-to-left character (Arabic, Hebrew, …).
pub fn has_rtl_letter(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// Arabic words after which a number is not a quantity of them: prepositions, conjunctions and
/// relatives ("Llama 3 في أبريل", "Windows 11 أو macOS").
const PARTICLES: [&str; 24] = [
    "في", "من", "إلى", "الى", "على", "عن", "مع", "و", "أو", "او", "ثم", "بعد", "قبل", "منذ", "حتى",
    "لدى", "عند", "التي", "الذي", "هو", "هي", "لكن", "بل", "كما",
];

/// The article and the prefixes it takes: a word starting so is definite.
const DEFINITE_PREFIXES: [&str; 6] = ["ال", "وال", "فال", "بال", "كال", "لل"];

/// Splits `text` at white space into tokens, leaving out what is inside isolates.
fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut depth = 0_usize;
    let mut start: Option<usize> = None;
    let push = |range: Range<usize>, tokens: &mut Vec<Token>| {
        if let Some(token) = classify(text, range) {
            tokens.push(token);
        }
    };
    for (i, c) in text.char_indices() {
        let class = bidi_class(c);
        let boundary = c.is_whitespace()
            || matches!(
                class,
                BidiClass::LRI | BidiClass::RLI | BidiClass::FSI | BidiClass::PDI
            );
        if boundary || depth > 0 {
            if let Some(s) = start.take() {
                push(s..i, &mut tokens);
            }
            match class {
                BidiClass::LRI | BidiClass::RLI | BidiClass::FSI => depth += 1,
                BidiClass::PDI => depth = depth.saturating_sub(1),
                _ => {}
            }
            continue;
        }
        start.get_or_insert(i);
    }
    if let Some(s) = start {
        push(s..text.len(), &mut tokens);
    }
    tokens
}

/// What a token is, with a Latin token's range narrowed to the name (no quotes or commas
/// around it, no Arabic prefix such as و before it).
fn classify(text: &str, range: Range<usize>) -> Option<Token> {
    let word = &text[range.clone()];
    let (mut latin, mut rtl, mut digits, mut other) = (0, 0, 0, 0);
    for c in word.chars() {
        match bidi_class(c) {
            BidiClass::L if !matches!(c, '\u{200E}') => latin += 1,
            BidiClass::R | BidiClass::AL if !matches!(c, '\u{200F}' | '\u{061C}') => rtl += 1,
            BidiClass::EN => digits += 1,
            BidiClass::CS | BidiClass::ES | BidiClass::ET | BidiClass::NSM | BidiClass::BN => {}
            _ => other += 1,
        }
    }
    let kind = if latin > 0 && latin >= rtl {
        TokenKind::Latin
    } else if rtl > 0 {
        let bare = word.trim_start_matches(|c: char| !c.is_alphabetic());
        TokenKind::RightToLeft {
            definite: DEFINITE_PREFIXES.iter().any(|p| bare.starts_with(p)),
            particle: PARTICLES.contains(&bare),
        }
    } else if digits > 0 && other == 0 && !ends_with_punctuation(word) {
        TokenKind::Number
    } else {
        TokenKind::Other
    };
    let range = if kind == TokenKind::Latin {
        // The name runs from its first Latin letter to its last letter or digit.
        let first = word.char_indices().find(|(_, c)| is_latin_letter(*c))?.0;
        let last = word
            .char_indices()
            .rev()
            .find(|(_, c)| is_latin_letter(*c) || bidi_class(*c) == BidiClass::EN)?;
        range.start + first..range.start + last.0 + last.1.len_utf8()
    } else {
        range
    };
    Some(Token { range, kind })
}

fn is_latin_letter(c: char) -> bool {
    bidi_class(c) == BidiClass::L && c != '\u{200E}'
}

/// "13،", "2.0." and "4:" end a clause: the number does not run on into the next word.
fn ends_with_punctuation(word: &str) -> bool {
    word.chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | ',' | '،' | ':' | '؛' | ';' | '!' | '?' | '؟'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ResolvedDirection::{Ltr, Rtl};

    fn runs(text: &str) -> Vec<&str> {
        latin_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    fn hinted(text: &str) -> Vec<(&str, &str)> {
        bidi_hints(text, Rtl)
            .into_iter()
            .map(|h| (&text[h.name], &text[h.number]))
            .collect()
    }

    #[test]
    fn names_keep_what_is_glued_to_them() {
        assert_eq!(runs("قد جمعت OpenAI 13 مليارات"), ["OpenAI"]);
        assert_eq!(
            runs("استثمرت Sequoia Capital مبلغ 800"),
            ["Sequoia Capital"]
        );
        assert_eq!(
            runs("دعمت SpaceX وThe Boring Company، وشاركت"),
            ["SpaceX", "The Boring Company"]
        );
        assert_eq!(runs("نموذج Grok-1, الجديد"), ["Grok-1"]);
        assert_eq!(runs("نموذج GPT-4o الجديد"), ["GPT-4o"]);
        assert_eq!(runs("رخصة Apache 2.0."), ["Apache"]);
        assert_eq!(runs("(xAI)"), ["xAI"]);
        assert_eq!(runs("مبلغ 800 مليون"), Vec::<&str>::new());
        assert_eq!(runs("جمعت \u{2066}OpenAI\u{2069} 13"), Vec::<&str>::new());
    }

    #[test]
    fn a_number_that_belongs_to_the_arabic_after_it_is_flagged() {
        assert_eq!(hinted("جمعت OpenAI 13 مليار دولار"), [("OpenAI", "13")]);
        assert_eq!(
            hinted("حصلت Anthropic 4 مليارات من Amazon"),
            [("Anthropic", "4")]
        );
        assert_eq!(
            hinted("ارتفع سهم Nvidia Corp 23.5% خلال اليوم"),
            [("Nvidia Corp", "23.5%")]
        );
    }

    #[test]
    fn names_ending_in_digits_and_numbers_of_the_name_are_not_flagged() {
        for text in [
            "نموذج Grok-1 مفتوح المصدر",
            "نموذج GPT-4o الجديد",
            "هاتف iPhone 16",
            "هاتف iPhone 16 Pro الجديد",
            "هاتف iPhone 16 الجديد",
            "نموذج Llama 3 في أبريل",
            "رخصة Apache 2.0.",
            "جمعت \u{2066}OpenAI\u{2069} 13 مليار",
            "مبلغ 800 مليون دولار",
            "ارتفع عام 2024 بنسبة كبيرة",
        ] {
            assert_eq!(hinted(text), Vec::<(&str, &str)>::new(), "{text}");
        }
    }

    #[test]
    fn only_right_to_left_text_has_hints() {
        assert!(bidi_hints("OpenAI 13 مليار دولار", Ltr).is_empty());
        assert_eq!(bidi_hints("OpenAI 13 مليار دولار", Rtl).len(), 1);
    }

    #[test]
    fn isolating_the_name_removes_the_hint() {
        let field = TextField::Intro;
        let text = "جمعت OpenAI 13 مليار";
        let hint = bidi_hints(text, Rtl).remove(0);
        let mut prose = super::super::Prose::from_text(text);
        for edit in isolate_edits(field, 0, &hint.name) {
            let Edit::Text { change, .. } = edit else {
                panic!("a text edit")
            };
            prose.apply(&change).expect("applies");
        }
        assert_eq!(prose.text(), "جمعت \u{2066}OpenAI\u{2069} 13 مليار");
        assert!(bidi_hints(&prose.text(), Rtl).is_empty());
    }

    #[test]
    fn latin_run_at_finds_the_name_near_the_caret() {
        let text = "قد جمعت OpenAI 13 مليارات";
        let at = text.find("Open").expect("present") + 2;
        assert_eq!(&text[latin_run_at(text, at).expect("a run")], "OpenAI");
        let text = "OpenAI 13 مليار";
        assert_eq!(latin_run_at(text, "OpenAI 13".len()), Some(0..6));
        assert_eq!(latin_run_at("مبلغ 800 مليون", 3), None);
        let isolated = "جمعت \u{2066}OpenAI\u{2069} 13";
        assert_eq!(latin_run_at(isolated, isolated.find('O').expect("O")), None);
    }

    proptest::proptest! {
        #[test]
        fn hints_lie_on_char_boundaries_and_never_panic(
            text in "[a-zA-Z0-9 .,%\\u{600}-\\u{6FF}\\u{2066}\\u{2069}-]{0,40}"
        ) {
            for hint in bidi_hints(&text, Rtl) {
                proptest::prop_assert!(text.is_char_boundary(hint.name.start));
                proptest::prop_assert!(text.is_char_boundary(hint.number.end));
                proptest::prop_assert!(hint.name.end <= hint.number.start);
            }
            for run in latin_runs(&text) {
                proptest::prop_assert!(text.get(run).is_some());
            }
        }
    }
}
