//! Cleaning text that came from outside before it becomes a story field.
//!
//! A feed can hide bidi embedding, override and isolate controls in a headline so that it
//! reads differently from what it says, or shuffles the Latin names around it: those are
//! removed and the removal is reported, so the editor is told rather than left puzzled. Other
//! control characters are dropped, whitespace is collapsed, and long text is shortened.
//! Direction marks (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ) are kept: Arabic and Persian text
//! needs them and they cannot reorder anything around them.

/// Whether a field keeps line breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One line (headline, source, author, tag, link): line breaks become spaces.
    Line,
    /// Paragraphs separated by `\n` (excerpt): empty paragraphs are dropped.
    Paragraphs,
}

/// Text after [`clean`], with what cleaning had to do to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned text.
    pub text: String,
    /// True when bidi embedding, override or isolate controls were removed.
    pub removed_bidi_controls: bool,
    /// True when the text was longer than allowed and was shortened.
    pub truncated: bool,
}

/// The mark put where text was cut, so a reader sees that something is missing.
const ELLIPSIS: char = '…';

/// Cuts at a space when one is this close (in characters) before the limit, so words stay
/// whole; further back than that, the cut would lose too much.
const WORD_BOUNDARY_REACH: usize = 30;

/// True for the bidi controls that change the order of the text around them: LRE, RLE, PDF,
/// LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Cleans `text` for a field of the given shape, keeping at most `max_chars` characters
/// (the ellipsis marking a cut included).
pub fn clean(text: &str, shape: Shape, max_chars: usize) -> Cleaned {
    let (text, removed_bidi_controls) = strip_and_collapse(text, shape);
    let (text, truncated) = truncate(text, max_chars);
    Cleaned {
        text,
        removed_bidi_controls,
        truncated,
    }
}

/// Removes controls and collapses whitespace; returns the text and whether bidi controls were
/// among what was removed.
fn strip_and_collapse(text: &str, shape: Shape) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut removed_bidi = false;
    // A space or line break seen but not yet written: written only before the next visible
    // character, so runs collapse and nothing trails.
    let mut pending_space = false;
    let mut pending_break = false;
    for c in text.chars() {
        if is_bidi_control(c) {
            removed_bidi = true;
        } else if is_line_break(c) {
            match shape {
                Shape::Line => pending_space = true,
                Shape::Paragraphs => pending_break = true,
            }
        } else if c.is_whitespace() || c == '\t' {
            pending_space = true;
        } else if c.is_control() {
            // C0, DEL and C1 controls: invisible, and meaningless in a story.
        } else {
            if !out.is_empty() {
                if pending_break {
                    out.push('\n');
                } else if pending_space {
                    out.push(' ');
                }
            }
            pending_space = false;
            pending_break = false;
            out.push(c);
        }
    }
    (out, removed_bidi)
}

/// Line and paragraph separators of every convention (`\r\n` counts twice, which collapsing
/// makes harmless).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Keeps at most `max_chars` characters, cutting at a space when one is near and marking the
/// cut with an ellipsis.
fn truncate(text: String, max_chars: usize) -> (String, bool) {
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return (text, false);
    };
    if max_chars == 0 {
        return (String::new(), true);
    }
    // Room for the ellipsis.
    let hard_end = text[..cut]
        .char_indices()
        .last()
        .map_or(0, |(index, _)| index);
    let kept = &text[..hard_end];
    let reach_start = kept
        .char_indices()
        .rev()
        .nth(WORD_BOUNDARY_REACH)
        .map_or(0, |(index, _)| index);
    let end = kept[reach_start..]
        .rfind([' ', '\n'])
        .map_or(hard_end, |space| reach_start + space);
    let mut shortened = kept[..end].trim_end().to_owned();
    shortened.push(ELLIPSIS);
    (shortened, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Cleaned {
        clean(text, Shape::Line, 500)
    }

    #[test]
    fn bidi_overrides_are_removed_and_reported() {
        let cleaned = line("\u{202E}OpenAI\u{202C} تجمع \u{2067}6.6\u{2069} مليار");
        assert_eq!(cleaned.text, "OpenAI تجمع 6.6 مليار");
        assert!(cleaned.removed_bidi_controls);
        assert!(!cleaned.truncated);
    }

    #[test]
    fn direction_marks_and_joiners_stay() {
        let text = "ALM\u{061C} LRM\u{200E} RLM\u{200F} ZWNJ\u{200C}ZWJ\u{200D}";
        let cleaned = line(text);
        assert_eq!(cleaned.text, text);
        assert!(!cleaned.removed_bidi_controls);
    }

    #[test]
    fn controls_go_and_whitespace_collapses() {
        let cleaned = line("  a\u{0}b\u{7}\u{1b}[31m \t\u{9c} c\r\nd  ");
        assert_eq!(cleaned.text, "ab[31m c d");
        assert!(!cleaned.removed_bidi_controls);
    }

    #[test]
    fn paragraphs_keep_breaks_but_not_empty_ones() {
        let cleaned = clean(
            "\n\n أولى \r\n\r\n\tثانية\u{2029}third \n",
            Shape::Paragraphs,
            500,
        );
        assert_eq!(cleaned.text, "أولى\nثانية\nthird");
    }

    #[test]
    fn long_text_is_cut_at_a_nearby_space() {
        let cleaned = clean("كلمة ".repeat(40).trim(), Shape::Line, 52);
        assert!(cleaned.truncated);
        assert!(cleaned.text.ends_with("كلمة…"), "{}", cleaned.text);
        assert!(cleaned.text.chars().count() <= 52);
    }

    #[test]
    fn a_long_word_is_cut_inside_on_a_char_boundary() {
        let cleaned = clean(&"ع".repeat(100), Shape::Line, 10);
        assert_eq!(cleaned.text, format!("{}…", "ع".repeat(9)));
        assert!(cleaned.truncated);
    }

    #[test]
    fn text_at_the_limit_is_untouched() {
        let cleaned = clean("abc", Shape::Line, 3);
        assert_eq!(cleaned.text, "abc");
        assert!(!cleaned.truncated);
        assert_eq!(clean("abc", Shape::Line, 0).text, "");
    }
}
