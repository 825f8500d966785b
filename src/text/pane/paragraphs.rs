//! [`PaneParagraphs`]: a pane's text split into paragraphs, each with a cached layout.
//!
//! Typing changes one paragraph, so only that one is shaped again; a new width only re-breaks
//! lines; paragraphs that have never been on screen keep an estimated height and are shaped when
//! they scroll into view (or when the caret needs them).

use super::super::{ParagraphLayout, Shaper, TextStyle};
use super::config::{JoinedText, PaneSource, SourceParagraph};
use crate::model::{Mark, ResolvedDirection};

/// One paragraph of a pane.
pub struct PaneParagraph {
    /// Its text (no line break).
    pub text: String,
    /// Its resolved direction.
    pub direction: ResolvedDirection,
    /// Byte offset of its start in the pane's whole text.
    pub start: usize,
    /// Its layout, once shaped.
    pub layout: Option<ParagraphLayout>,
    /// Top, in points from the pane's top.
    pub top: f32,
    /// Height in points (estimated until shaped).
    pub height: f32,
    /// Its stamp in the pane's source ([`SourceParagraph::stamp`]), if the source numbers
    /// paragraphs; `None` after the pane edited it, until the source gives it back stamped.
    pub stamp: Option<u64>,
    /// Its links, strong and emphasised words (bytes of its text): shaped (bold, italic) and
    /// painted (links) with it.
    pub marks: Vec<Mark>,
    /// Its length in characters, for the estimated height (counted once, not per frame).
    chars: usize,
}

impl PaneParagraph {
    /// A paragraph not shaped yet.
    pub(super) fn new(
        text: String,
        marks: Vec<Mark>,
        direction: ResolvedDirection,
        stamp: Option<u64>,
    ) -> Self {
        Self {
            chars: text.chars().count(),
            text,
            direction,
            start: 0,
            layout: None,
            top: 0.0,
            height: 0.0,
            stamp,
            marks,
        }
    }

    /// True when it holds `source`'s paragraph: by stamp when both have one, else by text and
    /// marks.
    fn holds(&self, source: &SourceParagraph<'_>) -> bool {
        self.direction == source.direction
            && match (self.stamp, source.stamp) {
                (Some(mine), Some(theirs)) => mine == theirs,
                _ => self.text == source.text && self.marks == source.marks,
            }
    }

    /// Byte offset just past its end in the whole text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// A pane's paragraphs and their layouts.
#[derive(Default)]
pub struct PaneParagraphs {
    paragraphs: Vec<PaneParagraph>,
    style: Option<TextStyle>,
    width_pts: f32,
    pixels_per_point: f32,
    /// Paragraphs shaped since the pane was created, for tests and benchmarks.
    shaped_count: u64,
    /// The version of the text last synced, when its owner gave one.
    synced_version: Option<u64>,
    /// Layouts of paragraphs replaced since the last shaping, whose buffers the next
    /// paragraphs shaped fill again (a keystroke replaces its paragraph's layout).
    spare: Vec<ParagraphLayout>,
    /// Times the whole text was joined into one string, for tests: typing joins none.
    #[cfg(test)]
    joined_count: std::sync::atomic::AtomicU64,
}

/// Spare layouts kept at most: an edit replaces one paragraph, a paste a few.
const SPARE_LAYOUTS: usize = 4;

impl PaneParagraphs {
    /// The paragraphs.
    pub fn paragraphs(&self) -> &[PaneParagraph] {
        &self.paragraphs
    }

    /// How many times the whole text has been joined into one string.
    #[cfg(test)]
    pub fn joined_count(&self) -> u64 {
        self.joined_count.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many times a paragraph has been shaped in this pane.
    pub fn shaped_count(&self) -> u64 {
        self.shaped_count
    }

    /// Total height in points.
    pub fn height(&self) -> f32 {
        self.paragraphs.last().map_or(0.0, |p| p.top + p.height)
    }

    /// The pane's whole text.
    pub fn text(&self) -> String {
        #[cfg(test)]
        self.joined_count
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let parts: Vec<&str> = self.paragraphs.iter().map(|p| p.text.as_str()).collect();
        parts.join("\n")
    }

    /// Length in bytes of the whole text.
    pub fn len(&self) -> usize {
        self.paragraphs.last().map_or(0, PaneParagraph::end)
    }

    /// True when there is no text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Brings the cache in line with `text` (paragraphs joined by `\n`) and their directions.
    /// Paragraphs whose text and direction are unchanged keep their layouts, matched from the
    /// start and from the end so an edit in the middle reshapes only what changed.
    pub fn sync(&mut self, text: &str, directions: &[ResolvedDirection], style: TextStyle) {
        self.sync_source(&JoinedText { text, directions }, style);
    }

    /// [`Self::sync`] from the source's paragraphs. A source already synced at its version is
    /// not read again, so a frame that changes nothing costs nothing, however long the text;
    /// paragraphs the source stamps are matched by stamp, so a keystroke reads one paragraph.
    pub fn sync_source(&mut self, source: &dyn PaneSource, style: TextStyle) {
        let version = source.version();
        if version.is_some() && version == self.synced_version && self.style == Some(style) {
            return;
        }
        if self.style != Some(style) {
            self.paragraphs.clear();
            self.style = Some(style);
        }
        self.synced_version = version;
        let new = source.paragraphs();
        let (prefix, suffix) =
            super::super::unchanged_ends(&self.paragraphs, &new, PaneParagraph::holds);
        let old_len = self.paragraphs.len();
        // Kept paragraphs take the source's stamps (a paragraph the pane edited itself has
        // none until the edit comes back from the owner).
        for (old, new) in self.paragraphs[..prefix].iter_mut().zip(&new[..prefix]) {
            old.stamp = new.stamp;
        }
        for (old, new) in self.paragraphs[old_len - suffix..]
            .iter_mut()
            .zip(&new[new.len() - suffix..])
        {
            old.stamp = new.stamp;
        }
        if prefix == old_len && prefix == new.len() {
            return;
        }
        let replacement: Vec<PaneParagraph> = new[prefix..new.len() - suffix]
            .iter()
            .map(|p| PaneParagraph::new(p.text.to_owned(), p.marks.to_vec(), p.direction, p.stamp))
            .collect();
        let added = replacement.len();
        let removed = self
            .paragraphs
            .splice(prefix..old_len - suffix, replacement);
        keep_spares(&mut self.spare, removed);
        self.relayout(prefix..prefix + added);
    }

    /// Replaces paragraphs `range` with `replacement` (an edit made in the pane) and puts
    /// every paragraph in its place again.
    pub(super) fn splice(
        &mut self,
        range: std::ops::RangeInclusive<usize>,
        replacement: Vec<PaneParagraph>,
    ) {
        let first = *range.start();
        let added = replacement.len();
        let removed = self.paragraphs.splice(range, replacement);
        keep_spares(&mut self.spare, removed);
        self.relayout(first..first + added);
    }

    /// Sets the width and scale; a change re-breaks the shaped paragraphs (or drops them, if
    /// the scale changed) without reshaping.
    pub fn set_geometry(&mut self, width_pts: f32, pixels_per_point: f32) {
        if pixels_per_point != self.pixels_per_point {
            for p in &mut self.paragraphs {
                p.layout = None;
            }
            self.pixels_per_point = pixels_per_point;
            self.width_pts = width_pts;
            self.relayout(0..self.paragraphs.len());
        } else if width_pts != self.width_pts {
            self.width_pts = width_pts;
            for p in &mut self.paragraphs {
                if let Some(layout) = &mut p.layout {
                    layout.break_lines(Some(width_pts * pixels_per_point));
                }
            }
            self.relayout(0..self.paragraphs.len());
        }
    }

    /// Shapes the paragraphs that intersect `visible` (points from the pane's top), and any
    /// listed in `also`.
    pub fn ensure_shaped(
        &mut self,
        shaper: &mut Shaper,
        visible: std::ops::Range<f32>,
        also: &[usize],
    ) {
        let Some(style) = self.style else {
            return;
        };
        // The paragraphs shaped now: their heights change, and the places of those below.
        let mut shaped: Option<std::ops::Range<usize>> = None;
        let wanted = self.in_view(visible).chain(also.iter().copied());
        for i in wanted.collect::<Vec<_>>() {
            let Some(p) = self.paragraphs.get_mut(i) else {
                continue;
            };
            if p.layout.is_none() {
                p.layout = Some(shaper.layout_reusing(
                    self.spare.pop(),
                    &p.text,
                    &p.marks,
                    p.direction,
                    style,
                    self.pixels_per_point,
                    Some(self.width_pts),
                ));
                self.shaped_count += 1;
                shaped = Some(shaped.map_or(i..i + 1, |r| r.start.min(i)..r.end.max(i + 1)));
            }
        }
        if let Some(shaped) = shaped {
            self.relayout(shaped);
        }
    }

    /// Works out again the heights of paragraphs `changed` (shaped, or new), then the start
    /// offsets and tops of every paragraph from the first of them down. The others keep their
    /// heights: a keystroke measures one paragraph and moves the rest by adding.
    fn relayout(&mut self, changed: std::ops::Range<usize>) {
        let end = changed.end.min(self.paragraphs.len());
        for i in changed.start.min(end)..end {
            self.paragraphs[i].height = self.measured_height(&self.paragraphs[i]);
        }
        let first = changed.start.min(self.paragraphs.len());
        let (mut start, mut top) = match first.checked_sub(1).map(|i| &self.paragraphs[i]) {
            Some(above) => (above.end() + 1, above.top + above.height),
            None => (0, 0.0),
        };
        for p in &mut self.paragraphs[first..] {
            p.start = start;
            p.top = top;
            start += p.text.len() + 1;
            top += p.height;
        }
    }

    /// The height of `p` in points: its layout's, or an estimate from its length when it is
    /// not shaped yet.
    fn measured_height(&self, p: &PaneParagraph) -> f32 {
        match &p.layout {
            Some(layout) => layout.height_px() / layout.scale(),
            None => {
                let line_height = self.style.map_or(20.0, |s| s.size_pts * s.line_height);
                let chars_per_line =
                    (self.width_pts / (self.style.map_or(16.0, |s| s.size_pts) * 0.45)).max(1.0);
                let lines = (p.chars as f32 / chars_per_line).ceil().max(1.0);
                lines * line_height
            }
        }
    }

    /// The paragraph holding byte offset `offset` of the whole text.
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end() < offset)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The indices of the paragraphs that intersect `visible` (points from the pane's top):
    /// found by halving, so a long text costs a frame only what is on screen.
    pub fn in_view(&self, visible: std::ops::Range<f32>) -> std::ops::Range<usize> {
        let first = self
            .paragraphs
            .partition_point(|p| p.top + p.height.max(1.0) <= visible.start);
        let end = first + self.paragraphs[first..].partition_point(|p| p.top < visible.end);
        first..end
    }

    /// The paragraph at height `y` (points from the pane's top), clamped to the first and last.
    pub fn paragraph_at_y(&self, y: f32) -> usize {
        self.paragraphs
            .partition_point(|p| p.top + p.height <= y)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// A paragraph, by index.
    pub fn get(&self, index: usize) -> Option<&PaneParagraph> {
        self.paragraphs.get(index)
    }

    /// Number of paragraphs.
    pub fn count(&self) -> usize {
        self.paragraphs.len()
    }

    /// The scale layouts are made at.
    pub fn pixels_per_point(&self) -> f32 {
        self.pixels_per_point
    }
}

/// Keeps the layouts of `removed` paragraphs (up to [`SPARE_LAYOUTS`]) for their buffers.
fn keep_spares(spare: &mut Vec<ParagraphLayout>, removed: impl Iterator<Item = PaneParagraph>) {
    for layout in removed.filter_map(|p| p.layout) {
        if spare.len() >= SPARE_LAYOUTS {
            break;
        }
        spare.push(layout);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ResolvedDirection::{Ltr, Rtl};

    /// A source numbering its versions, for the tests.
    struct Versioned<'a>(&'a str, u64);

    impl PaneSource for Versioned<'_> {
        fn version(&self) -> Option<u64> {
            Some(self.1)
        }

        fn paragraphs(&self) -> Vec<SourceParagraph<'_>> {
            self.0
                .split('\n')
                .map(|text| SourceParagraph {
                    text,
                    direction: Rtl,
                    stamp: None,
                    marks: &[],
                })
                .collect()
        }
    }

    /// A text synced at a version is not looked at again at that version: an idle frame costs
    /// nothing however long the text. (Owners promise equal versions mean equal text; the
    /// second call breaks that promise on purpose, to show the text is not read.)
    #[test]
    fn a_text_already_synced_at_its_version_is_not_compared_again() {
        let mut p = PaneParagraphs::default();
        p.sync_source(&Versioned("أول\nثاني", 7), TextStyle::BODY);
        p.sync_source(&Versioned("غيره", 7), TextStyle::BODY);
        assert_eq!(p.text(), "أول\nثاني");
        p.sync_source(&Versioned("غيره", 8), TextStyle::BODY);
        assert_eq!(p.text(), "غيره");
        // Without a version, the text is always compared.
        p.sync("آخر", &[Rtl], TextStyle::BODY);
        assert_eq!(p.text(), "آخر");
    }

    /// Paragraphs with stamps are matched by them: one whose stamp is unchanged is kept
    /// without its text being compared (the source breaks the promise on purpose, to show
    /// it is not read), and one the pane edited takes the stamp the owner gives it back.
    #[test]
    fn stamped_paragraphs_are_matched_by_stamp() {
        struct Stamped(Vec<(&'static str, u64)>, u64);
        impl PaneSource for Stamped {
            fn version(&self) -> Option<u64> {
                Some(self.1)
            }
            fn paragraphs(&self) -> Vec<SourceParagraph<'_>> {
                self.0
                    .iter()
                    .map(|&(text, stamp)| SourceParagraph {
                        text,
                        direction: Rtl,
                        stamp: Some(stamp),
                        marks: &[],
                    })
                    .collect()
            }
        }
        let mut p = PaneParagraphs::default();
        p.sync_source(&Stamped(vec![("أول", 1), ("ثاني", 2)], 1), TextStyle::BODY);
        p.sync_source(
            &Stamped(vec![("غيره", 1), ("ثانيx", 3)], 2),
            TextStyle::BODY,
        );
        assert_eq!(p.text(), "أول\nثانيx");
        assert!(p.replace(0..0, "ب"));
        assert_eq!(p.get(0).and_then(|q| q.stamp), None);
        p.sync_source(
            &Stamped(vec![("بأول", 4), ("ثانيx", 3)], 3),
            TextStyle::BODY,
        );
        assert_eq!(p.get(0).and_then(|q| q.stamp), Some(4));
    }

    fn shaped(text: &str, paragraphs: &mut PaneParagraphs, shaper: &mut Shaper) {
        let dirs = vec![Rtl; text.split('\n').count()];
        paragraphs.sync(text, &dirs, TextStyle::BODY);
        paragraphs.set_geometry(400.0, 1.0);
        paragraphs.ensure_shaped(shaper, 0.0..f32::MAX, &[]);
    }

    #[test]
    fn typing_reshapes_only_the_edited_paragraph() {
        let mut engine = crate::text::TextEngine::new();
        let mut p = PaneParagraphs::default();
        shaped("أول\nثاني\nثالث", &mut p, &mut engine.shaper);
        assert_eq!(p.shaped_count(), 3);
        shaped("أول\nثانيx\nثالث", &mut p, &mut engine.shaper);
        assert_eq!(p.shaped_count(), 4);
        shaped("أول\nثانيx\n\nثالث", &mut p, &mut engine.shaper);
        assert_eq!(
            p.shaped_count(),
            5,
            "a new empty paragraph is the only new shape"
        );
        assert_eq!(p.text(), "أول\nثانيx\n\nثالث");
    }

    #[test]
    fn a_new_width_rebreaks_without_reshaping() {
        let mut engine = crate::text::TextEngine::new();
        let mut p = PaneParagraphs::default();
        shaped(&"كلمة ".repeat(50), &mut p, &mut engine.shaper);
        let tall = p.height();
        p.set_geometry(800.0, 1.0);
        assert_eq!(p.shaped_count(), 1);
        assert!(p.height() < tall);
    }

    #[test]
    fn offscreen_paragraphs_wait_until_visible() {
        let mut engine = crate::text::TextEngine::new();
        let mut p = PaneParagraphs::default();
        let text = vec!["سطر"; 200].join("\n");
        p.sync(&text, &[Ltr; 200], TextStyle::BODY);
        p.set_geometry(400.0, 1.0);
        p.ensure_shaped(&mut engine.shaper, 0.0..100.0, &[150]);
        assert!(p.shaped_count() < 10, "shaped {}", p.shaped_count());
        assert!(p.get(150).and_then(|x| x.layout.as_ref()).is_some());
    }

    #[test]
    fn offsets_map_to_paragraphs() {
        let mut p = PaneParagraphs::default();
        p.sync("ab\n\ncd", &[Ltr, Ltr, Ltr], TextStyle::BODY);
        assert_eq!(p.paragraph_at(0), 0);
        assert_eq!(p.paragraph_at(2), 0);
        assert_eq!(p.paragraph_at(3), 1);
        assert_eq!(p.paragraph_at(4), 2);
        assert_eq!(p.paragraph_at(6), 2);
    }

    proptest::proptest! {
        /// However the text changes and whichever paragraphs get shaped, every paragraph's
        /// height is its own (shaped or estimated) and its start and top are those of the
        /// paragraphs above it added up, though each change measures only what it touched.
        #[test]
        fn places_follow_every_change(
            steps in proptest::collection::vec(
                ("(أ|ب|x| |\n){0,12}", 0..8usize, 0..4usize),
                1..12,
            )
        ) {
            let mut engine = crate::text::TextEngine::new();
            let mut p = PaneParagraphs::default();
            p.set_geometry(120.0, 1.0);
            let mut text = String::from("أول\nثاني\nثالث");
            for (insert, at, shape) in steps {
                let at = text.floor_char_boundary(at * text.len() / 8);
                text.insert_str(at, &insert);
                let count = text.split('\n').count();
                p.sync(&text, &vec![Rtl; count], TextStyle::BODY);
                p.ensure_shaped(&mut engine.shaper, 0.0..1.0, &[shape, count - 1]);
                let (mut start, mut top) = (0, 0.0);
                for q in p.paragraphs() {
                    proptest::prop_assert_eq!(q.height, p.measured_height(q));
                    proptest::prop_assert_eq!((q.start, q.top), (start, top));
                    start += q.text.len() + 1;
                    top += q.height;
                }
                proptest::prop_assert_eq!(p.text(), text.as_str());
            }
        }
    }
}
