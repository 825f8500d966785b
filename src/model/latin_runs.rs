//! Latin runs inside right-to-left text: the stretches a bidi-unaware reader (a mail client, a
//! paragraph set right to left) may put on the wrong side of a following number.

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};

/// The left-to-right words of `text`, with the spaces, punctuation and digits between them but
/// not at their ends (so "GPT-4o" is one run, and a number after a name is left out): in "جمعت OpenAI 13 مليارات" the run is
/// "OpenAI", so that isolating it keeps 13 with "مليارات".
pub fn latin_runs(text: &str) -> Vec<Range<usize>> {
    let is_latin = |c: char| bidi_class(c) == BidiClass::L;
    let is_joiner = |c: char| {
        matches!(
            bidi_class(c),
            BidiClass::WS
                | BidiClass::ON
                | BidiClass::CS
                | BidiClass::ES
                | BidiClass::ET
                | BidiClass::NSM
                | BidiClass::EN
        )
    };
    let mut runs = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for (i, c) in text.char_indices() {
        if is_latin(c) {
            let end = i + c.len_utf8();
            current = Some(current.map_or(i..end, |r| r.start..end));
        } else if !is_joiner(c) {
            runs.extend(current.take());
        }
    }
    runs.extend(current);
    runs
}

/// True when `text` holds a strong right-to-left character (Arabic, Hebrew, …).
pub fn has_rtl_letter(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        latin_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_latin_words_without_their_numbers() {
        assert_eq!(runs("قد جمعت OpenAI 13 مليارات"), ["OpenAI"]);
        assert_eq!(
            runs("استثمرت Sequoia Capital مبلغ 800"),
            ["Sequoia Capital"]
        );
        assert_eq!(
            runs("دعمت SpaceX وThe Boring Company، وشاركت"),
            ["SpaceX", "The Boring Company"]
        );
        assert_eq!(runs("مبلغ 800 مليون"), Vec::<&str>::new());
    }

    #[test]
    fn punctuation_inside_a_run_stays_but_not_at_its_ends() {
        assert_eq!(runs("نموذج Grok-1, الجديد"), ["Grok"]);
        assert_eq!(runs("نموذج GPT-4o الجديد"), ["GPT-4o"]);
        assert_eq!(runs("(xAI)"), ["xAI"]);
    }
}
