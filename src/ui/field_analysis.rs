//! [`FieldAnalysis`]: what the direction rule and the bidi hints say about each paragraph of a
//! field, kept from frame to frame.
//!
//! Both read every letter of a paragraph, and a field is drawn every frame: done afresh for a
//! 100 KB commentary they cost milliseconds per frame. Like the pane's layouts, the results are
//! kept per paragraph and worked out again only for paragraphs whose text or settings changed
//! (matched from both ends, so typing redoes one paragraph and inserting one redoes only it).

use std::ops::Range;

use crate::model::{BidiHint, FieldParagraph, ParagraphKey, ResolvedDirection, TextSettings};
use crate::spell::{KnownWords, Speller};
use crate::text::pane::{PaneUnderlines, Underline, UnderlineKind};
use crate::text::unchanged_ends;

/// The analysis of one field's paragraphs, and what the pane underlines in each.
#[derive(Clone, Debug, Default)]
pub struct FieldAnalysis {
    paragraphs: Vec<AnalyzedParagraph>,
    /// What the analysis was last brought up to date with, for a field that has versions: an
    /// unchanged field is not looked at again.
    kept: Option<AnalysisKey>,
    /// Paragraphs analysed since this was made, for tests: typing analyses one.
    analysed_count: u64,
    /// Paragraphs whose underlines were worked out since this was made, for tests.
    underlined_count: u64,
}

/// A field's version with everything else its analysis depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct AnalysisKey {
    version: u64,
    base: ResolvedDirection,
    spelled_with: u64,
    words: u64,
}

/// The words never underlined (her personal words and the ignored ones), with a
/// number that changes whenever they do.
#[derive(Clone, Copy)]
pub struct KnownAt<'a> {
    /// The words.
    pub words: KnownWords<'a>,
    /// Changes whenever the words do.
    pub generation: u64,
}

/// One paragraph, with what it was analysed from.
#[derive(Clone, Debug)]
struct AnalyzedParagraph {
    key: ParagraphKey,
    settings: TextSettings,
    base: ResolvedDirection,
    direction: ResolvedDirection,
    /// Empty when the editor dismissed the paragraph's hints; each with its name's text.
    hints: Vec<(BidiHint, String)>,
    /// The misspelled words (byte ranges in the paragraph).
    misspelled: Vec<Range<usize>>,
    /// The dictionaries' generation they were checked with; 0 when not checked.
    spelled_with: u64,
    /// What the pane underlines: the hints and the misspellings that are not known words, in
    /// order of their starts (byte ranges in the paragraph).
    underlines: Vec<Underline>,
    /// For each underline, the hint it marks (`None`: a misspelling).
    underline_hints: Vec<Option<usize>>,
    /// The known words' generation the underlines were worked out with.
    underlined_with: u64,
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
            settings,
            base,
            direction,
            hints,
            misspelled: speller.map_or_else(Vec::new, |(speller, _)| speller.misspelled(text)),
            spelled_with: speller.map_or(0, |(_, generation)| generation),
            underlines: Vec::new(),
            underline_hints: Vec::new(),
            // Not a generation known words ever have: worked out by `underline`.
            underlined_with: u64::MAX,
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

    /// Works out the underlines of `text` (this paragraph's), leaving out `known` words.
    fn underline(&mut self, text: &str, known: &KnownAt<'_>) {
        let hints = self.hints.iter().enumerate().map(|(index, (hint, _))| {
            let underline = Underline {
                range: hint.span(),
                kind: UnderlineKind::Hint,
            };
            (underline, Some(index))
        });
        let mistakes = self
            .misspelled
            .iter()
            .filter(|range| {
                !known
                    .words
                    .contains(text.get((*range).clone()).unwrap_or_default())
            })
            .map(|range| {
                let underline = Underline {
                    range: range.clone(),
                    kind: UnderlineKind::Mistake,
                };
                (underline, None)
            });
        let mut marked: Vec<(Underline, Option<usize>)> = hints.chain(mistakes).collect();
        marked.sort_by_key(|(underline, _)| underline.range.start);
        (self.underlines, self.underline_hints) = marked.into_iter().unzip();
        self.underlined_with = known.generation;
    }
}

impl FieldAnalysis {
    /// Brings the analysis up to date with a field's `paragraphs` (`version`, when the field
    /// has versions), in an issue whose base direction is `base`, spelling checked with
    /// `speller` (and its generation) if given, `known` words not underlined: only paragraphs
    /// whose stamp (or, without one, text) or settings changed, or all of them when the
    /// dictionaries did, are read again; only their underlines, or all of them when the known
    /// words changed, are worked out again. A field at the version, base, dictionaries and
    /// known words of the last update is not looked at at all (`paragraphs` is not called).
    pub fn update<'a>(
        &mut self,
        version: Option<u64>,
        paragraphs: impl FnOnce() -> Vec<FieldParagraph<'a>>,
        base: ResolvedDirection,
        speller: Option<(&Speller, u64)>,
        known: &KnownAt<'_>,
    ) {
        let spelled_with = speller.map_or(0, |(_, generation)| generation);
        let key = version.map(|version| AnalysisKey {
            version,
            base,
            spelled_with,
            words: known.generation,
        });
        if key.is_some() && key == self.kept {
            return;
        }
        self.kept = key;
        let paragraphs = paragraphs();
        let old_len = self.paragraphs.len();
        let (prefix, suffix) = unchanged_ends(&self.paragraphs, &paragraphs, |o, n| {
            o.is_for(n, base, spelled_with)
        });
        let middle: Vec<AnalyzedParagraph> = paragraphs[prefix..paragraphs.len() - suffix]
            .iter()
            .map(|paragraph| AnalyzedParagraph::new(paragraph, base, speller))
            .collect();
        self.analysed_count += middle.len() as u64;
        self.paragraphs.splice(prefix..old_len - suffix, middle);
        for (analysed, paragraph) in self.paragraphs.iter_mut().zip(&paragraphs) {
            if analysed.underlined_with != known.generation {
                analysed.underline(paragraph.text, known);
                self.underlined_count += 1;
            }
        }
    }

    /// How many paragraphs have been analysed since this was made.
    #[cfg(test)]
    pub fn analysed_count(&self) -> u64 {
        self.analysed_count
    }

    /// How many paragraphs' underlines have been worked out since this was made.
    #[cfg(test)]
    pub fn underlined_count(&self) -> u64 {
        self.underlined_count
    }

    /// The resolved direction of paragraph `paragraph`.
    pub fn direction(&self, paragraph: usize) -> Option<ResolvedDirection> {
        self.paragraphs.get(paragraph).map(|p| p.direction)
    }

    /// The bidi hint underline `index` of paragraph `paragraph` marks, with the name's text
    /// (`None` for a misspelling's underline).
    pub fn underline_hint(&self, paragraph: usize, index: usize) -> Option<&(BidiHint, String)> {
        let analysed = self.paragraphs.get(paragraph)?;
        let hint = (*analysed.underline_hints.get(index)?)?;
        analysed.hints.get(hint)
    }

    /// Each paragraph's resolved direction.
    #[cfg(test)]
    fn directions(&self) -> Vec<ResolvedDirection> {
        self.paragraphs.iter().map(|p| p.direction).collect()
    }

    /// The hints of the paragraphs whose hints are not dismissed.
    #[cfg(test)]
    fn hints(&self) -> Vec<(usize, BidiHint, String)> {
        let mut out = Vec::new();
        for (index, paragraph) in self.paragraphs.iter().enumerate() {
            out.extend(
                paragraph
                    .hints
                    .iter()
                    .map(|(hint, name)| (index, hint.clone(), name.clone())),
            );
        }
        out
    }
}

impl FieldAnalysis {
    /// Underline `index` of paragraph `paragraph`.
    pub fn underline(&self, paragraph: usize, index: usize) -> Option<&Underline> {
        self.paragraphs.get(paragraph)?.underlines.get(index)
    }
}

impl PaneUnderlines for FieldAnalysis {
    fn in_paragraph(&self, paragraph: usize, text: &str, stamp: Option<u64>) -> &[Underline] {
        self.paragraphs
            .get(paragraph)
            .filter(|p| p.key.matches(text, stamp))
            .map_or(&[], |p| p.underlines.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

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

    const NO_WORDS: &BTreeSet<String> = &BTreeSet::new();

    /// Nothing known: every misspelling is underlined.
    fn unknown() -> KnownAt<'static> {
        KnownAt {
            words: KnownWords {
                personal: None,
                ignored: NO_WORDS,
            },
            generation: 0,
        }
    }

    /// Brings `analysis` up to date with `paragraphs`, as a field without versions.
    fn update(
        analysis: &mut FieldAnalysis,
        paragraphs: Vec<FieldParagraph<'_>>,
        base: ResolvedDirection,
    ) {
        analysis.update(None, || paragraphs, base, None, &unknown());
    }

    fn fresh(text: &str, settings: &[TextSettings], base: ResolvedDirection) -> FieldAnalysis {
        let mut analysis = FieldAnalysis::default();
        update(&mut analysis, unstamped(text, settings), base);
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
            update(&mut kept, unstamped(text, &settings), base);
            assert!(same(&kept, &fresh(text, &settings, base)), "{text}");
        }
        assert_eq!(kept.directions(), [ResolvedDirection::Ltr; 2]);
    }

    #[test]
    fn a_hint_is_underlined_in_its_own_paragraph() {
        let d = TextSettings::default();
        let a = fresh("أ\nجمعت OpenAI 13 مليار", &[d, d], RTL);
        let line = "جمعت OpenAI 13 مليار";
        assert!(a.in_paragraph(0, "أ", None).is_empty());
        let underlines = a.in_paragraph(1, line, None);
        assert_eq!(underlines.len(), 1);
        assert_eq!(underlines[0].kind, UnderlineKind::Hint);
        assert_eq!(
            &"جمعت OpenAI 13 مليار"[underlines[0].range.clone()],
            "OpenAI 13"
        );
        let (hint, name) = a.underline_hint(1, 0).expect("the hint it marks");
        assert_eq!(name, "OpenAI");
        assert_eq!(&"جمعت OpenAI 13 مليار"[hint.name.clone()], "OpenAI");
        assert!(a.in_paragraph(2, "", None).is_empty(), "none past the end");
        assert!(
            a.in_paragraph(1, "جمعت OpenAI 13 مليارx", None).is_empty(),
            "none for other text"
        );
    }

    /// Typing in one paragraph of a long commentary analyses that paragraph only: the prose's
    /// stamps tell which one changed, and no other paragraph's text is read.
    #[test]
    fn typing_analyses_one_paragraph() {
        use crate::model::{FieldRef, Prose, TextChange};
        let mut prose = Prose::from_text(&vec!["جمعت OpenAI 13 مليار"; 200].join("\n"));
        let mut analysis = FieldAnalysis::default();
        let update = |analysis: &mut FieldAnalysis, prose: &Prose| {
            let field = FieldRef::Prose(prose);
            analysis.update(
                field.version(),
                || field.paragraphs(),
                RTL,
                None,
                &unknown(),
            );
        };
        update(&mut analysis, &prose);
        assert_eq!(analysis.analysed_count(), 200);
        assert_eq!(analysis.underlined_count(), 200);
        let end = "جمعت OpenAI 13 مليار".len();
        prose.apply(&TextChange::insert(end, ".")).expect("types");
        update(&mut analysis, &prose);
        let field = FieldRef::Prose(&prose);
        assert_eq!(analysis.analysed_count(), 201);
        assert_eq!(analysis.underlined_count(), 201);
        assert_eq!(analysis.hints().len(), 200);
        // The same version again: not looked at.
        let mut read = false;
        let paragraphs = || {
            read = true;
            field.paragraphs()
        };
        analysis.update(field.version(), paragraphs, RTL, None, &unknown());
        assert!(!read, "an unchanged field is not read");
    }

    /// Her words and the ignored words are not underlined; when they change, every
    /// paragraph's underlines are worked out again, but no paragraph is spelled again.
    #[test]
    fn known_words_change_the_underlines_not_the_analysis() {
        let speller = Speller::bundled().expect("the bundled dictionaries");
        let text = "قالت Zxqwv إن Qqzrtt تعمل\nفقرة ثانية عن Zxqwv";
        let d = TextSettings::default();
        let paragraphs = || unstamped(text, &[d, d]);
        let mut analysis = FieldAnalysis::default();
        let mistakes = |a: &FieldAnalysis, paragraph: usize| -> Vec<String> {
            let line = text.split('\n').nth(paragraph).unwrap_or_default();
            a.in_paragraph(paragraph, line, None)
                .iter()
                .filter(|u| u.kind == UnderlineKind::Mistake)
                .map(|u| line[u.range.clone()].to_owned())
                .collect()
        };
        let checked = Some((&speller, 1));
        analysis.update(Some(1), paragraphs, RTL, checked, &unknown());
        assert_eq!(mistakes(&analysis, 0), ["Zxqwv", "Qqzrtt"]);
        assert_eq!(mistakes(&analysis, 1), ["Zxqwv"]);

        let personal = BTreeSet::from(["Zxqwv".to_owned()]);
        let ignored = BTreeSet::from(["Qqzrtt".to_owned()]);
        let known = KnownAt {
            words: KnownWords {
                personal: Some(&personal),
                ignored: &ignored,
            },
            generation: 1,
        };
        analysis.update(Some(1), paragraphs, RTL, checked, &known);
        assert!(mistakes(&analysis, 0).is_empty());
        assert!(mistakes(&analysis, 1).is_empty());
        assert_eq!(analysis.analysed_count(), 2, "not spelled again");
        assert_eq!(analysis.underlined_count(), 4, "underlined again");
    }
}
