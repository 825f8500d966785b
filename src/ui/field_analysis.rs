//! [`FieldAnalysis`]: what the direction rule and the bidi hints say about each paragraph of a
//! field, kept from frame to frame.
//!
//! Both read every letter of a paragraph, and a field is drawn every frame: done afresh for a
//! 100 KB commentary they cost milliseconds per frame. Like the pane's layouts, the results are
//! kept per paragraph and worked out again only for paragraphs whose text or settings changed
//! (matched from both ends, so typing redoes one paragraph and inserting one redoes only it).

use std::ops::Range;

use crate::model::{BidiHint, FieldParagraph, ParagraphKey, ResolvedDirection, TextSettings};
use crate::spell::Speller;
use crate::text::unchanged_ends;

/// The analysis of one field's paragraphs.
#[derive(Clone, Debug, Default)]
pub struct FieldAnalysis {
    paragraphs: Vec<AnalyzedParagraph>,
    /// Paragraphs analysed since this was made, for tests: typing analyses one.
    analysed_count: u64,
}

/// One paragraph, with what it was analysed from.
#[derive(Clone, Debug)]
struct AnalyzedParagraph {
    key: ParagraphKey,
    len: usize,
    settings: TextSettings,
    base: ResolvedDirection,
    direction: ResolvedDirection,
    /// Empty when the editor dismissed the paragraph's hints; each with its name's text.
    hints: Vec<(BidiHint, String)>,
    /// The misspelled words (byte ranges in the paragraph).
    misspelled: Vec<Range<usize>>,
    /// The dictionaries' generation they were checked with; 0 when not checked.
    spelled_with: u64,
}

impl AnalyzedParagraph {
    fn new(
        paragraph: &FieldParagraph<'_>,
        base: ResolvedDirection,
        speller: Option<(&Speller, u64)>,
    ) -> Self {
        let FieldParagraph {
            text,
            settings,
            stamp,
        } = *paragraph;
        let direction = settings.resolve(text, base);
        let hints = paragraph
            .open_hints(direction)
            .into_iter()
            .map(|hint| {
                let name = text.get(hint.name.clone()).unwrap_or_default().to_owned();
                (hint, name)
            })
            .collect();
        Self {
            key: ParagraphKey::of(text, stamp),
            len: text.len(),
            settings,
            base,
            direction,
            hints,
            misspelled: speller.map_or_else(Vec::new, |(speller, _)| speller.misspelled(text)),
            spelled_with: speller.map_or(0, |(_, generation)| generation),
        }
    }

    fn is_for(
        &self,
        paragraph: &FieldParagraph<'_>,
        base: ResolvedDirection,
        spelled_with: u64,
    ) -> bool {
        self.base == base
            && self.spelled_with == spelled_with
            && self.settings == paragraph.settings
            && self.key.matches(paragraph.text, paragraph.stamp)
    }
}

/// A hint of a field: the paragraph it is in, where that paragraph starts in the field's text,
/// the hint (ranges within the paragraph) and the text of the name it would isolate.
pub type PlacedHint = (usize, usize, BidiHint, String);

impl FieldAnalysis {
    /// Brings the analysis up to date with a field's `paragraphs`, in an issue whose base
    /// direction is `base`, spelling checked with `speller` (and its generation) if given:
    /// only paragraphs whose stamp (or, without one, text) or settings changed, or all of
    /// them when the dictionaries did, are read again.
    pub fn update(
        &mut self,
        paragraphs: &[FieldParagraph<'_>],
        base: ResolvedDirection,
        speller: Option<(&Speller, u64)>,
    ) {
        let old_len = self.paragraphs.len();
        let spelled_with = speller.map_or(0, |(_, generation)| generation);
        let (prefix, suffix) = unchanged_ends(&self.paragraphs, paragraphs, |o, n| {
            o.is_for(n, base, spelled_with)
        });
        let middle: Vec<AnalyzedParagraph> = paragraphs[prefix..paragraphs.len() - suffix]
            .iter()
            .map(|paragraph| AnalyzedParagraph::new(paragraph, base, speller))
            .collect();
        self.analysed_count += middle.len() as u64;
        self.paragraphs.splice(prefix..old_len - suffix, middle);
    }

    /// How many paragraphs have been analysed since this was made.
    #[cfg(test)]
    pub fn analysed_count(&self) -> u64 {
        self.analysed_count
    }

    /// Each paragraph's resolved direction.
    pub fn directions(&self) -> Vec<ResolvedDirection> {
        self.paragraphs.iter().map(|p| p.direction).collect()
    }

    /// The misspelled words: for each, its paragraph, where that paragraph starts in the
    /// field's text, and its byte range in the paragraph.
    pub fn misspelled(&self) -> Vec<(usize, usize, Range<usize>)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            out.extend(
                paragraph
                    .misspelled
                    .iter()
                    .map(|r| (index, start, r.clone())),
            );
            start += paragraph.len + 1;
        }
        out
    }

    /// The hints of the paragraphs whose hints are not dismissed.
    pub fn hints(&self) -> Vec<PlacedHint> {
        let mut out = Vec::new();
        let mut start = 0;
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            out.extend(
                paragraph
                    .hints
                    .iter()
                    .map(|(hint, name)| (index, start, hint.clone(), name.clone())),
            );
            start += paragraph.len + 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    const RTL: ResolvedDirection = ResolvedDirection::Rtl;

    /// A field's paragraphs as a line field gives them (no stamps: compared by text).
    fn unstamped<'a>(text: &'a str, settings: &[TextSettings]) -> Vec<FieldParagraph<'a>> {
        text.split('\n')
            .zip(settings)
            .map(|(text, settings)| FieldParagraph {
                text,
                settings: *settings,
                stamp: None,
            })
            .collect()
    }

    fn fresh(text: &str, settings: &[TextSettings], base: ResolvedDirection) -> FieldAnalysis {
        let mut analysis = FieldAnalysis::default();
        analysis.update(&unstamped(text, settings), base, None);
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
            kept.update(&unstamped(text, &settings), base, None);
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
        let (paragraph, start, hint, name) = &hints[0];
        assert_eq!((*paragraph, *start), (1, "أ".len() + 1));
        assert_eq!(name, "OpenAI");
        assert_eq!(&"جمعت OpenAI 13 مليار"[hint.name.clone()], "OpenAI");
    }

    /// Typing in one paragraph of a long commentary analyses that paragraph only: the prose's
    /// stamps tell which one changed, and no other paragraph's text is read.
    #[test]
    fn typing_analyses_one_paragraph() {
        use crate::model::{FieldRef, Prose, TextChange};
        let mut prose = Prose::from_text(&vec!["جمعت OpenAI 13 مليار"; 200].join("\n"));
        let mut analysis = FieldAnalysis::default();
        analysis.update(&FieldRef::Prose(&prose).paragraphs(), RTL, None);
        assert_eq!(analysis.analysed_count(), 200);
        let end = "جمعت OpenAI 13 مليار".len();
        prose.apply(&TextChange::insert(end, ".")).expect("types");
        analysis.update(&FieldRef::Prose(&prose).paragraphs(), RTL, None);
        assert_eq!(analysis.analysed_count(), 201);
        assert_eq!(analysis.hints().len(), 200);
    }
}
