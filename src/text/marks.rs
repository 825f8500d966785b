//! Invisible formatting characters: their names for the "show formatting marks" view, and the
//! one-click fix that isolates a Latin run inside right-to-left text.

use crate::model::{has_rtl_letter, latin_runs};

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

/// The Latin run at or nearest to byte `offset` of `paragraph` (see
/// [`crate::model::latin_runs`]), if no Arabic letter stands between it and the caret and it is
/// not isolated already.
///
/// Isolating it (LRI … PDI) keeps a number that follows it on the Arabic side: in
/// "جمعت OpenAI 13 مليارات" the 13 belongs to "مليارات", yet without isolation the bidi
/// algorithm joins it to "OpenAI" and shows it on the wrong side.
pub fn latin_run_at(paragraph: &str, offset: usize) -> Option<std::ops::Range<usize>> {
    let offset = offset.min(paragraph.len());
    let reachable = |a: usize, b: usize| {
        paragraph
            .get(a.min(b)..a.max(b))
            .is_some_and(|between| !has_rtl_letter(between))
    };
    let runs = latin_runs(paragraph);
    let containing = runs.iter().find(|r| r.start <= offset && offset <= r.end);
    // Prefer the run before the caret (the caret just after "OpenAI 13"), then the one after.
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
