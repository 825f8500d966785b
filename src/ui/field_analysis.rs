//! [`FieldAnalysis`]: what the direction rule and the bidi hints say about each paragraph of a
//! field, kept from frame to frame.
//!
//! Both read every letter of a paragraph, and a field is drawn every frame: done afresh for a
//! 100 KB commentary they cost milliseconds per frame. Like the pane's layouts, the results are
//! kept per paragraph and worked out again only for paragraphs whose text or settings changed
//! (matched from both ends, so typing redoes one paragraph and inserting one redoes only it).

use std::ops::Range;

use crate::model::{BidiHint, ResolvedDirection, TextSettings, bidi_hints};
use crate::text::unchanged_ends;

/// The analysis of one field's paragraphs.
#[derive(Clone, Debug, Default)]
pub struct FieldAnalysis {
    paragraphs: Vec<AnalyzedParagraph>,
}

/// One paragraph, with what it was analysed from.
#[derive(Clone, Debug)]
struct AnalyzedParagraph {
    text: String,
    settings: TextSettings,
    base: ResolvedDirection,
    direction: ResolvedDirection,
    /// Empty when the editor dismissed the paragraph's hints.
    hints: Vec<BidiHint>,
}

impl AnalyzedParagraph {
    fn new(text: &str, settings: TextSettings, base: ResolvedDirection) -> Self {
        let direction = settings.resolve(text, base);
        let hints = if settings.hints_dismissed {
            Vec::new()
        } else {
            bidi_hints(text, direction)
        };
        Self {
            text: text.to_owned(),
            settings,
            base,
            direction,
            hints,
        }
    }

    fn is_for(&self, text: &str, settings: TextSettings, base: ResolvedDirection) -> bool {
        self.settings == settings && self.base == base && self.text == text
    }
}

impl FieldAnalysis {
    /// Brings the analysis up to date with a field's `text` (paragraphs joined by `\n`), each
    /// paragraph with its `settings`, in an issue whose base direction is `base`: only
    /// paragraphs whose text or settings changed are read again.
    pub fn update(&mut self, text: &str, settings: &[TextSettings], base: ResolvedDirection) {
        let new: Vec<(&str, TextSettings)> = text
            .split('\n')
            .enumerate()
            .map(|(i, p)| (p, settings.get(i).copied().unwrap_or_default()))
            .collect();
        let old_len = self.paragraphs.len();
        let (prefix, suffix) =
            unchanged_ends(&self.paragraphs, &new, |o, n| o.is_for(n.0, n.1, base));
        let middle: Vec<AnalyzedParagraph> = new[prefix..new.len() - suffix]
            .iter()
            .map(|&(text, settings)| AnalyzedParagraph::new(text, settings, base))
            .collect();
        self.paragraphs.splice(prefix..old_len - suffix, middle);
    }

    /// Each paragraph's resolved direction.
    pub fn directions(&self) -> Vec<ResolvedDirection> {
        self.paragraphs.iter().map(|p| p.direction).collect()
    }

    /// The hints of the paragraphs whose hints are not dismissed: for each, the paragraph's
    /// index, its start in the field's text, and the hint (ranges within the paragraph).
    pub fn hints(&self) -> Vec<(usize, usize, BidiHint)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            out.extend(paragraph.hints.iter().map(|h| (index, start, h.clone())));
            start += paragraph.text.len() + 1;
        }
        out
    }

    /// The text of paragraph `index` (for a hint's tooltip), if there is one.
    pub fn paragraph_text(&self, index: usize, range: Range<usize>) -> Option<&str> {
        self.paragraphs.get(index)?.text.get(range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    const RTL: ResolvedDirection = ResolvedDirection::Rtl;

    fn fresh(text: &str, settings: &[TextSettings], base: ResolvedDirection) -> FieldAnalysis {
        let mut analysis = FieldAnalysis::default();
        analysis.update(text, settings, base);
        analysis
    }

    fn same(a: &FieldAnalysis, b: &FieldAnalysis) -> bool {
        a.directions() == b.directions() && a.hints() == b.hints()
    }

    #[test]
    fn kept_results_equal_fresh_ones_after_every_kind_of_change() {
        let ltr = TextSettings {
            direction: Direction::Ltr,
            hints_dismissed: false,
        };
        let dismissed = TextSettings {
            direction: Direction::Auto,
            hints_dismissed: true,
        };
        let d = TextSettings::default();
        let steps: [(&str, Vec<TextSettings>, ResolvedDirection); 6] = [
            ("جمعت OpenAI 13 مليار\nNvidia تعلن", vec![d, d], RTL),
            (
                "جمعت OpenAI 13 مليار\nNvidia تعلن\nwhy now",
                vec![d, d, d],
                RTL,
            ),
            (
                "سطر\nجمعت OpenAI 13 مليار\nNvidia تعلن\nwhy now",
                vec![d, d, d, d],
                RTL,
            ),
            (
                "سطر\nجمعت OpenAI 13 مليار\nwhy now",
                vec![d, dismissed, d],
                RTL,
            ),
            ("سطر\nجمعت OpenAI 13 مليار\nwhy now", vec![d, ltr, d], RTL),
            ("2024\nGoogle جوجل", vec![d, d], ResolvedDirection::Ltr),
        ];
        let mut kept = FieldAnalysis::default();
        for (text, settings, base) in steps {
            kept.update(text, &settings, base);
            assert!(same(&kept, &fresh(text, &settings, base)), "{text}");
        }
        assert_eq!(kept.directions(), [ResolvedDirection::Ltr; 2]);
    }

    #[test]
    fn hints_carry_their_paragraph_and_its_start() {
        let d = TextSettings::default();
        let a = fresh("أ\nجمعت OpenAI 13 مليار", &[d, d], RTL);
        let hints = a.hints();
        assert_eq!(hints.len(), 1);
        let (paragraph, start, hint) = &hints[0];
        assert_eq!((*paragraph, *start), (1, "أ".len() + 1));
        assert_eq!(a.paragraph_text(1, hint.name.clone()), Some("OpenAI"));
    }
}
