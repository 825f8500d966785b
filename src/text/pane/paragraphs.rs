//! [`PaneParagraphs`]: a pane's text split into paragraphs, each with a cached layout.
//!
//! Typing changes one paragraph, so only that one is shaped again; a new width only re-breaks
//! lines; paragraphs that have never been on screen keep an estimated height and are shaped when
//! they scroll into view (or when the caret needs them).

use super::super::{ParagraphLayout, Shaper, TextStyle};
use crate::model::ResolvedDirection;

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
}

impl PaneParagraph {
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
}

impl PaneParagraphs {
    /// The paragraphs.
    pub fn paragraphs(&self) -> &[PaneParagraph] {
        &self.paragraphs
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
        self.synced_version = None;
        self.sync_text(text, directions, style);
    }

    /// [`Self::sync`] for a text whose owner numbers its versions (equal versions, equal
    /// text and directions): a text already synced at this version is not looked at again, so
    /// a frame that changes nothing costs nothing, however long the text.
    pub fn sync_version(
        &mut self,
        text: &str,
        directions: &[ResolvedDirection],
        style: TextStyle,
        version: Option<u64>,
    ) {
        if version.is_some() && version == self.synced_version && self.style == Some(style) {
            return;
        }
        self.sync_text(text, directions, style);
        self.synced_version = version;
    }

    fn sync_text(&mut self, text: &str, directions: &[ResolvedDirection], style: TextStyle) {
        if self.style != Some(style) {
            self.paragraphs.clear();
            self.style = Some(style);
        }
        let new: Vec<(&str, ResolvedDirection)> = text
            .split('\n')
            .enumerate()
            .map(|(i, t)| {
                (
                    t,
                    directions.get(i).copied().unwrap_or(ResolvedDirection::Rtl),
                )
            })
            .collect();
        let same = |old: &PaneParagraph, new: &(&str, ResolvedDirection)| {
            old.text == new.0 && old.direction == new.1
        };
        let (prefix, suffix) = super::super::unchanged_ends(&self.paragraphs, &new, same);
        if prefix == self.paragraphs.len() && prefix == new.len() {
            return;
        }
        let old_middle_end = self.paragraphs.len() - suffix;
        let replacement: Vec<PaneParagraph> = new[prefix..new.len() - suffix]
            .iter()
            .map(|(text, direction)| PaneParagraph {
                text: (*text).to_owned(),
                direction: *direction,
                start: 0,
                layout: None,
                top: 0.0,
                height: 0.0,
            })
            .collect();
        self.paragraphs.splice(prefix..old_middle_end, replacement);
        self.relayout_positions();
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
            self.relayout_positions();
        } else if width_pts != self.width_pts {
            self.width_pts = width_pts;
            for p in &mut self.paragraphs {
                if let Some(layout) = &mut p.layout {
                    layout.break_lines(Some(width_pts * pixels_per_point));
                }
            }
            self.relayout_positions();
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
        let mut changed = false;
        for (i, p) in self.paragraphs.iter_mut().enumerate() {
            let on_screen = p.top < visible.end && p.top + p.height.max(1.0) > visible.start;
            if p.layout.is_none() && (on_screen || also.contains(&i)) {
                p.layout = Some(shaper.layout(
                    &p.text,
                    p.direction,
                    style,
                    self.pixels_per_point,
                    Some(self.width_pts),
                ));
                self.shaped_count += 1;
                changed = true;
            }
        }
        if changed {
            self.relayout_positions();
        }
    }

    /// Recomputes each paragraph's start offset, top and height.
    fn relayout_positions(&mut self) {
        let line_height = self.style.map_or(20.0, |s| s.size_pts * s.line_height);
        let chars_per_line =
            (self.width_pts / (self.style.map_or(16.0, |s| s.size_pts) * 0.45)).max(1.0);
        let mut start = 0;
        let mut top = 0.0;
        for p in &mut self.paragraphs {
            p.start = start;
            p.top = top;
            p.height = match &p.layout {
                Some(layout) => layout.height_px() / layout.scale(),
                None => {
                    let lines = (p.text.chars().count() as f32 / chars_per_line)
                        .ceil()
                        .max(1.0);
                    lines * line_height
                }
            };
            start += p.text.len() + 1;
            top += p.height;
        }
    }

    /// The paragraph holding byte offset `offset` of the whole text.
    pub fn paragraph_at(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end() < offset)
            .min(self.paragraphs.len().saturating_sub(1))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ResolvedDirection::{Ltr, Rtl};

    /// A text synced at a version is not looked at again at that version: an idle frame costs
    /// nothing however long the text. (Owners promise equal versions mean equal text; the
    /// second call breaks that promise on purpose, to show the text is not read.)
    #[test]
    fn a_text_already_synced_at_its_version_is_not_compared_again() {
        let mut p = PaneParagraphs::default();
        p.sync_version("أول\nثاني", &[Rtl, Rtl], TextStyle::BODY, Some(7));
        p.sync_version("غيره", &[Rtl], TextStyle::BODY, Some(7));
        assert_eq!(p.text(), "أول\nثاني");
        p.sync_version("غيره", &[Rtl], TextStyle::BODY, Some(8));
        assert_eq!(p.text(), "غيره");
        // Without a version, the text is always compared.
        p.sync_version("آخر", &[Rtl], TextStyle::BODY, None);
        assert_eq!(p.text(), "آخر");
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
}
