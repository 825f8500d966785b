//! Invisible formatting characters: their names for the "show formatting marks" view, and the
//! one-click fix that isolates a Latin run inside right-to-left text.

use unicode_bidi::{BidiClass, bidi_class};

/// The short name shown for an invisible formatting character, or `None` for visible ones.
pub fn mark_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200E}' => "LRM",
        '\u{200F}' => "RLM",
        '\u{061C}' => "ALM",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{200D}' => "ZWJ",
        '\u{200C}' => "ZWNJ",
        _ => return None,
    })
}

/// Left-to-right isolate: starts an isolated run.
pub const LRI: char = '\u{2066}';
/// Pop directional isolate: ends it.
pub const PDI: char = '\u{2069}';

/// The Latin run around byte `offset` of `paragraph`, as a byte range: left-to-right letters,
/// with the spaces and punctuation between them, but not digits or spaces at its ends.
///
/// Isolating it (LRI … PDI) keeps a number that follows it on the Arabic side: in
/// "جمعت OpenAI 13 مليارات" the 13 belongs to "مليارات", yet without isolation the bidi
/// algorithm joins it to "OpenAI" and shows it on the wrong side.
pub fn latin_run_at(paragraph: &str, offset: usize) -> Option<std::ops::Range<usize>> {
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
        )
    };
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    // The nearest Latin letter: at the caret, else back over digits, spaces and punctuation
    // (the caret just after "OpenAI 13"), else forward; Arabic letters stop the search.
    let at = chars
        .iter()
        .position(|(i, _)| *i >= offset)
        .unwrap_or(chars.len());
    let is_strong_rtl = |c: char| matches!(bidi_class(c), BidiClass::R | BidiClass::AL);
    let backward = (0..at)
        .rev()
        .take_while(|&i| !is_strong_rtl(chars[i].1))
        .find(|&i| is_latin(chars[i].1));
    let forward = || {
        (at..chars.len())
            .take_while(|&i| !is_strong_rtl(chars[i].1))
            .find(|&i| is_latin(chars[i].1))
    };
    let seed = backward.or_else(forward)?;
    let mut start = seed;
    while start > 0 && (is_latin(chars[start - 1].1) || is_joiner(chars[start - 1].1)) {
        start -= 1;
    }
    let mut end = seed + 1;
    while end < chars.len() && (is_latin(chars[end].1) || is_joiner(chars[end].1)) {
        end += 1;
    }
    // Trim joiners (spaces, punctuation) off both ends: only the Latin words are isolated.
    while start < end && !is_latin(chars[start].1) {
        start += 1;
    }
    while end > start && !is_latin(chars[end - 1].1) {
        end -= 1;
    }
    let byte_start = chars[start].0;
    let byte_end = chars.get(end).map_or(paragraph.len(), |(i, _)| *i);
    let already = paragraph[..byte_start].ends_with(LRI) && paragraph[byte_end..].starts_with(PDI);
    (!already).then_some(byte_start..byte_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_latin_words_but_not_the_number() {
        let text = "قد جمعت OpenAI 13 مليارات";
        let at = text.find("Open").expect("present") + 2;
        let run = latin_run_at(text, at).expect("a run");
        assert_eq!(&text[run], "OpenAI");
    }

    #[test]
    fn spans_several_words_and_stops_at_arabic() {
        let text = "استثمرت Sequoia Capital مبلغ";
        let run = latin_run_at(text, text.find("Capital").expect("present")).expect("run");
        assert_eq!(&text[run], "Sequoia Capital");
    }

    #[test]
    fn a_caret_after_the_number_still_finds_the_run() {
        let text = "OpenAI 13 مليار";
        assert_eq!(latin_run_at(text, "OpenAI 13".len()), Some(0..6));
    }

    #[test]
    fn nothing_to_isolate_in_arabic_or_twice() {
        let text = "مبلغ 800 مليون";
        assert_eq!(latin_run_at(text, 3), None);
        let isolated = "جمعت \u{2066}OpenAI\u{2069} 13";
        assert_eq!(
            latin_run_at(isolated, isolated.find('O').expect("present")),
            None
        );
    }

    #[test]
    fn names_every_control_the_view_shows() {
        for c in [
            '\u{200E}', '\u{200F}', '\u{061C}', '\u{2066}', '\u{2069}', '\u{202E}', '\u{200D}',
            '\u{200C}',
        ] {
            assert!(mark_name(c).is_some(), "{c:?}");
        }
        assert_eq!(mark_name('a'), None);
    }
}
