//! [`PaneState`]: a pane's paragraphs, caret and selection, and how the caret moves.
//!
//! Offsets are bytes into the pane's whole text (paragraphs joined by `\n`), the same
//! addresses the model's edits use. Within a paragraph the caret moves with parley's cursor,
//! which walks the visual order; at a paragraph's edge it continues into the next or previous
//! paragraph in the direction the arrow points.

use egui::{Rect, Vec2, pos2};
use parley::{Affinity, Cursor, Selection};
use unicode_segmentation::UnicodeSegmentation as _;

use super::paragraphs::PaneParagraphs;

/// A caret position: a byte offset into the whole text, and which side of a direction boundary
/// it is drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caret {
    /// Byte offset into the whole text.
    pub offset: usize,
    /// Which of two visual positions the caret takes where runs of different directions meet.
    pub affinity: Affinity,
    /// Set by Home and End: the caret is drawn at that edge of its line. (In a right-to-left
    /// line that starts with "2022." the line's first character is not at its right edge, yet
    /// that is where the editor expects the caret after Home.)
    pub edge: Option<LineEdge>,
}

/// An end of a visual line, in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEdge {
    /// Where the line starts: the right edge of a right-to-left line.
    Start,
    /// Where it ends.
    End,
}

impl Caret {
    /// A caret at `offset`, drawn after the character before it.
    pub fn at(offset: usize) -> Self {
        Self {
            offset,
            affinity: Affinity::Downstream,
            edge: None,
        }
    }
}

/// Everything a pane remembers between frames.
#[derive(Default)]
pub struct PaneState {
    /// The text and its layouts.
    pub paragraphs: PaneParagraphs,
    /// Where the selection started.
    pub anchor: Caret,
    /// Where the caret is (the moving end of the selection).
    pub focus: Caret,
    /// The x (points) Up and Down try to keep.
    pub preferred_x: Option<f32>,
    /// Text being composed by an input method, shown at the caret but not yet in the text.
    pub compose: Option<String>,
    /// The frame this pane was last drawn in.
    pub last_used_frame: u64,
    /// The Shift key pressed while Ctrl was held, as long as nothing else was pressed since:
    /// releasing it sets the paragraph's direction (see `text::pane::input`).
    pub direction_chord: Option<egui::Key>,
    /// The run nodes last given to the screen reader.
    pub(super) access_runs: super::access_runs::AccessRuns,
}

impl Default for Caret {
    fn default() -> Self {
        Self::at(0)
    }
}

impl PaneState {
    /// The selected byte range, in order.
    pub fn selection(&self) -> std::ops::Range<usize> {
        let (a, b) = (self.anchor.offset, self.focus.offset);
        a.min(b)..a.max(b)
    }

    /// Puts the caret at `caret`; with `extend`, the anchor stays.
    pub fn set_focus(&mut self, caret: Caret, extend: bool) {
        self.focus = caret;
        if !extend {
            self.anchor = caret;
        }
    }

    /// Takes the caret and selection its owner keeps, where they differ from the pane's (an
    /// undo, a menu's Select all, a finding gone to); where they agree, the pane's side of a
    /// direction boundary stays.
    pub fn adopt(&mut self, selection: crate::model::TextSelection) {
        if self.anchor.offset != selection.anchor {
            self.anchor = Caret::at(selection.anchor);
        }
        if self.focus.offset != selection.focus {
            self.focus = Caret::at(selection.focus);
            self.preferred_x = None;
        }
        self.clamp();
    }

    /// The caret and selection as the model keeps them: offsets only.
    pub fn text_selection(&self) -> crate::model::TextSelection {
        crate::model::TextSelection {
            anchor: self.anchor.offset,
            focus: self.focus.offset,
        }
    }

    /// Keeps the caret and anchor inside the text and on character boundaries (after an undo
    /// or an edit from elsewhere).
    pub fn clamp(&mut self) {
        for caret in [&mut self.anchor, &mut self.focus] {
            caret.offset = self.paragraphs.floor_boundary(caret.offset);
        }
    }

    /// The paragraph index and parley cursor for a caret, if that paragraph is shaped.
    fn cursor(&self, caret: Caret) -> Option<(usize, Cursor)> {
        let index = self.paragraphs.paragraph_at(caret.offset);
        let paragraph = self.paragraphs.get(index)?;
        let layout = paragraph.layout.as_ref()?;
        let local = caret
            .offset
            .saturating_sub(paragraph.start)
            .min(paragraph.text.len());
        Some((
            index,
            Cursor::from_byte_index(layout.layout(), local, caret.affinity),
        ))
    }

    fn caret_from(&self, index: usize, cursor: Cursor) -> Caret {
        let start = self.paragraphs.get(index).map_or(0, |p| p.start);
        Caret {
            offset: start + cursor.index(),
            affinity: cursor.affinity(),
            edge: None,
        }
    }

    /// The caret's rectangle in points, relative to the pane's top-left corner.
    pub fn caret_rect(&self, caret: Caret) -> Option<Rect> {
        let (index, cursor) = self.cursor(caret)?;
        let paragraph = self.paragraphs.get(index)?;
        let layout = paragraph.layout.as_ref()?;
        let scale = layout.scale();
        let end = end_caret_box(layout.layout(), &paragraph.text, cursor);
        let b = end.unwrap_or_else(|| cursor.geometry(layout.layout(), 1.5 * scale));
        let width = (b.x1 - b.x0) as f32;
        let edge_x = caret.edge.and_then(|edge| {
            let y = ((b.y0 + b.y1) / 2.0) as f32;
            let line = layout
                .layout()
                .lines()
                .find(|l| y < l.metrics().block_max_coord)?;
            let metrics = line.metrics();
            let (left, right) = (metrics.offset, metrics.offset + metrics.advance);
            let start_is_right = paragraph.direction.is_rtl();
            // At a line's edge the caret stands outside the text.
            Some(match (edge, start_is_right) {
                (LineEdge::Start, true) | (LineEdge::End, false) => right,
                (LineEdge::Start, false) | (LineEdge::End, true) => left - width,
            })
        });
        let x0 = edge_x
            .or_else(|| end.map(|b| b.x0 as f32))
            .or_else(|| ligature_caret_x(layout.layout(), &paragraph.text, cursor))
            .unwrap_or(b.x0 as f32);
        Some(Rect::from_min_max(
            pos2(x0 / scale, paragraph.top + b.y0 as f32 / scale),
            pos2((x0 + width) / scale, paragraph.top + b.y1 as f32 / scale),
        ))
    }

    /// True when the text at the caret runs right to left (for the caret's direction flag).
    pub fn caret_is_rtl(&self, caret: Caret) -> Option<bool> {
        let (index, cursor) = self.cursor(caret)?;
        let layout = self.paragraphs.get(index)?.layout.as_ref()?;
        let [upstream, downstream] = cursor.logical_clusters(layout.layout());
        let cluster = match caret.affinity {
            Affinity::Upstream => upstream.or(downstream),
            Affinity::Downstream => downstream.or(upstream),
        };
        Some(cluster.map_or(layout.direction().is_rtl(), |c| c.is_rtl()))
    }

    /// The caret one step left or right on screen (a word with `word`), crossing into the
    /// neighbouring paragraph at an edge.
    pub fn visual_step(&self, from: Caret, rightward: bool, word: bool) -> Caret {
        let Some((index, cursor)) = self.cursor(from) else {
            return from;
        };
        let Some(layout) = self.paragraphs.get(index).and_then(|p| p.layout.as_ref()) else {
            return from;
        };
        let layout = layout.layout();
        let moved = match (rightward, word) {
            (true, false) => cursor.next_visual(layout),
            (false, false) => cursor.previous_visual(layout),
            (_, true) => visual_word_step(cursor, layout, rightward),
        };
        let stuck = moved.index() == cursor.index();
        if !stuck {
            return self.caret_from(index, moved);
        }
        // At the paragraph's visual edge: go on to the next paragraph when the arrow points
        // the way this paragraph reads, to the previous one otherwise.
        let rtl = self
            .paragraphs
            .get(index)
            .is_some_and(|p| p.direction.is_rtl());
        let forward = rightward != rtl;
        let paragraph = self.paragraphs.get(index);
        match (forward, paragraph) {
            (true, Some(p)) if index + 1 < self.paragraphs.count() => Caret::at(p.end() + 1),
            (false, Some(p)) if index > 0 => Caret::at(p.start - 1),
            _ => self.caret_from(index, moved),
        }
    }

    /// The caret `lines` lines down (or up), keeping `x` (points) where it can.
    pub fn vertical_step(&self, from: Caret, down: bool, lines: usize, x: f32) -> Caret {
        let Some(rect) = self.caret_rect(from) else {
            return from;
        };
        let mut y = rect.center().y;
        let mut caret = from;
        for _ in 0..lines.max(1) {
            let index = self.paragraphs.paragraph_at(caret.offset);
            let Some(paragraph) = self.paragraphs.get(index) else {
                break;
            };
            let Some(layout) = paragraph.layout.as_ref() else {
                break;
            };
            let scale = layout.scale();
            let local_y = (y - paragraph.top) * scale;
            let lines_in = layout.layout().lines().collect::<Vec<_>>();
            let line_index = lines_in
                .iter()
                .position(|l| local_y < l.metrics().block_max_coord)
                .unwrap_or(lines_in.len().saturating_sub(1));
            let target = if down {
                if line_index + 1 < lines_in.len() {
                    Some((
                        index,
                        lines_in[line_index + 1].metrics().block_min_coord / scale
                            + paragraph.top
                            + 1.0,
                    ))
                } else {
                    self.paragraphs
                        .get(index + 1)
                        .map(|p| (index + 1, p.top + 1.0))
                }
            } else if line_index > 0 {
                Some((
                    index,
                    lines_in[line_index - 1].metrics().block_max_coord / scale + paragraph.top
                        - 1.0,
                ))
            } else if index > 0 {
                self.paragraphs
                    .get(index - 1)
                    .map(|p| (index - 1, p.top + p.height - 1.0))
            } else {
                None
            };
            let Some((target_index, target_y)) = target else {
                // Past the first or last line: go to the start or end of the text.
                caret = if down {
                    Caret::at(self.paragraphs.len())
                } else {
                    Caret::at(0)
                };
                break;
            };
            y = target_y;
            caret = self.hit_in(target_index, pos2(x, y)).unwrap_or(caret);
        }
        caret
    }

    /// The caret at the start (Home) or end (End) of the caret's visual (wrapped) line, in
    /// reading order, drawn at that edge of the line.
    pub fn line_edge(&self, from: Caret, end: bool) -> Caret {
        let Some((index, cursor)) = self.cursor(from) else {
            return from;
        };
        let Some(layout) = self.paragraphs.get(index).and_then(|p| p.layout.as_ref()) else {
            return from;
        };
        let selection = Selection::from(cursor);
        let moved = if end {
            selection.line_end(layout.layout(), false)
        } else {
            selection.line_start(layout.layout(), false)
        };
        Caret {
            edge: Some(if end { LineEdge::End } else { LineEdge::Start }),
            ..self.caret_from(index, moved.focus())
        }
    }

    /// The caret nearest to `point` (points, relative to the pane's top-left corner).
    pub fn hit(&self, point: egui::Pos2) -> Caret {
        let index = self.paragraphs.paragraph_at_y(point.y);
        self.hit_in(index, point).unwrap_or(self.focus)
    }

    fn hit_in(&self, index: usize, point: egui::Pos2) -> Option<Caret> {
        let paragraph = self.paragraphs.get(index)?;
        let layout = paragraph.layout.as_ref()?;
        let scale = layout.scale();
        let y = ((point.y - paragraph.top) * scale).clamp(0.0, (layout.height_px() - 1.0).max(0.0));
        let cursor = Cursor::from_point(layout.layout(), point.x * scale, y);
        Some(self.caret_from(index, cursor))
    }

    /// The word around `point`, as (start, end) carets.
    pub fn word_at(&self, point: egui::Pos2) -> Option<(Caret, Caret)> {
        let index = self.paragraphs.paragraph_at_y(point.y);
        let paragraph = self.paragraphs.get(index)?;
        let layout = paragraph.layout.as_ref()?;
        let scale = layout.scale();
        let selection = Selection::word_from_point(
            layout.layout(),
            point.x * scale,
            (point.y - paragraph.top) * scale,
        );
        Some((
            self.caret_from(index, selection.anchor()),
            self.caret_from(index, selection.focus()),
        ))
    }

    /// The whole paragraph around `point`, as (start, end) carets.
    pub fn paragraph_around(&self, point: egui::Pos2) -> Option<(Caret, Caret)> {
        let paragraph = self
            .paragraphs
            .get(self.paragraphs.paragraph_at_y(point.y))?;
        Some((Caret::at(paragraph.start), Caret::at(paragraph.end())))
    }

    /// The underlines of the paragraphs that show in `visible` (points from the pane's top),
    /// each placed in the pane's text, with how it looks: a long text with many misspellings
    /// costs a frame only those on screen.
    pub fn underlines_in_view(
        &self,
        underlines: &dyn super::PaneUnderlines,
        visible: std::ops::Range<f32>,
    ) -> Vec<(super::UnderlineAt, super::UnderlineKind)> {
        let mut placed = Vec::new();
        for paragraph in self.paragraphs.in_view(visible) {
            let Some(shown) = self.paragraphs.get(paragraph) else {
                continue;
            };
            let start = shown.start;
            let kept = underlines.in_paragraph(paragraph, &shown.text, shown.stamp);
            for (index, underline) in kept.iter().enumerate() {
                // Kept inside the paragraph whatever an owner hands back: the range is sliced
                // for screen readers, and a range past the text must not panic.
                let end = underline.range.end.min(shown.text.len());
                let range = underline.range.start.min(end) + start..end + start;
                let at = super::UnderlineAt {
                    paragraph,
                    index,
                    paragraph_start: start,
                    range,
                };
                placed.push((at, underline.kind));
            }
        }
        placed
    }

    /// Rectangles (points, pane-relative) covering the selection; several per line where it
    /// crosses direction boundaries.
    pub fn selection_rects(&self) -> Vec<Rect> {
        let range = self.selection();
        if range.is_empty() {
            return Vec::new();
        }
        let mut rects = self.range_rects(range.clone());
        for (paragraph, layout, local) in self.shaped_paragraphs_in(&range) {
            // A selected paragraph break shows as a small box at the paragraph's end.
            if range.end > paragraph.end() && local.start <= paragraph.text.len() {
                let scale = layout.scale();
                let end = Cursor::from_byte_index(
                    layout.layout(),
                    paragraph.text.len(),
                    Affinity::Upstream,
                );
                let b = end.geometry(layout.layout(), 6.0 * scale);
                let x = if paragraph.direction.is_rtl() {
                    b.x0 as f32 / scale - 6.0
                } else {
                    b.x0 as f32 / scale
                };
                rects.push(Rect::from_min_size(
                    pos2(x, paragraph.top + b.y0 as f32 / scale),
                    Vec2::new(6.0, (b.y1 - b.y0) as f32 / scale),
                ));
            }
        }
        rects
    }

    /// Rectangles (points, pane-relative) covering the glyphs of byte range `range` of the
    /// text: one per run of each line it crosses, so a word in a mixed line gets exactly its
    /// own glyphs. Ranges in paragraphs not shaped yet give nothing.
    pub fn range_rects(&self, range: std::ops::Range<usize>) -> Vec<Rect> {
        self.shaped_paragraphs_in(&range)
            .flat_map(|(paragraph, layout, local)| {
                let top = egui::vec2(0.0, paragraph.top);
                layout
                    .range_rects(local)
                    .into_iter()
                    .map(move |r| r.translate(top))
            })
            .collect()
    }

    /// The shaped paragraphs `range` touches, each with its layout and the part of `range`
    /// inside it (in the paragraph's own byte offsets).
    fn shaped_paragraphs_in<'a>(
        &'a self,
        range: &'a std::ops::Range<usize>,
    ) -> impl Iterator<
        Item = (
            &'a super::paragraphs::PaneParagraph,
            &'a crate::text::ParagraphLayout,
            std::ops::Range<usize>,
        ),
    > + 'a {
        // Found by halving: a hint's underline costs its own paragraph, however long the text.
        let all = self.paragraphs.paragraphs();
        let first = all.partition_point(|p| p.end() < range.start);
        all[first..]
            .iter()
            .take_while(|p| p.start <= range.end)
            .filter_map(|paragraph| {
                let layout = paragraph.layout.as_ref()?;
                let start = range.start.saturating_sub(paragraph.start);
                let end = (range.end - paragraph.start.min(range.end)).min(paragraph.text.len());
                Some((paragraph, layout, start..end))
            })
    }
}

/// The caret's box at the end of a paragraph, worked out from its last character: after it on
/// its line, standing clear of it (left of it when it runs right to left), so a full stop just
/// typed is never drawn over. Parley 0.12 draws that caret over the last character's edge, and
/// puts the end of a wrapped right-to-left paragraph that begins with a Latin word and ends
/// with "(…)." at the start of its first line. `None` elsewhere.
fn end_caret_box(
    layout: &crate::text::TextLayout,
    text: &str,
    cursor: Cursor,
) -> Option<parley::BoundingBox> {
    if cursor.index() != text.len() || text.is_empty() {
        return None;
    }
    let (last, _) = text.char_indices().next_back()?;
    let cluster = parley::Cluster::from_byte_index(layout, last)?;
    let left = cluster.visual_offset()?;
    let width = 1.5 * layout.scale();
    let x = if cluster.is_rtl() {
        left - width
    } else {
        left + cluster.advance()
    };
    let line = cluster.line();
    let line = line.metrics();
    Some(parley::BoundingBox::new(
        f64::from(x),
        f64::from(line.block_min_coord),
        f64::from(x + width),
        f64::from(line.block_max_coord),
    ))
}

/// The caret one word to the right (or left) on screen: parley's visual word step, which never
/// returned on some mixed lines (after an emoji typed beside Latin in a right-to-left line its
/// character steps went round between two positions). Here the walk stops where it started
/// going round, and after at most one step per cluster of the paragraph.
fn visual_word_step(start: Cursor, layout: &crate::text::TextLayout, rightward: bool) -> Cursor {
    let clusters: usize = layout
        .lines()
        .flat_map(|line| line.runs().map(|run| run.len()))
        .sum();
    let mut seen = vec![start];
    let mut caret = start;
    for _ in 0..=clusters {
        let next = if rightward {
            caret.next_visual(layout)
        } else {
            caret.previous_visual(layout)
        };
        if seen.contains(&next) {
            break;
        }
        seen.push(next);
        caret = next;
        let [Some(left), Some(right)] = caret.visual_clusters(layout) else {
            break;
        };
        if at_visual_word_edge(&left, &right, rightward) {
            break;
        }
    }
    caret
}

/// Whether a word step going right (or left) stops between clusters `left` and `right`: at the
/// start of a word in the direction of travel, not inside the spaces between words.
fn at_visual_word_edge(
    left: &parley::Cluster<'_, crate::text::Ink>,
    right: &parley::Cluster<'_, crate::text::Ink>,
    rightward: bool,
) -> bool {
    match (left.is_rtl(), rightward) {
        // In right-to-left text a word's start is on its right: the cluster left of the caret.
        (true, true) => left.is_word_boundary() && !left.is_space_or_nbsp(),
        (true, false) => {
            left.is_word_boundary()
                && (left.is_space_or_nbsp()
                    || (right.is_word_boundary() && !right.is_space_or_nbsp()))
        }
        (false, true) => right.is_word_boundary() && !left.is_space_or_nbsp(),
        (false, false) => right.is_word_boundary() && !right.is_space_or_nbsp(),
    }
}

/// Where the caret goes inside a ligature (lam-alef, say). The font draws the ligature as the
/// first letter's glyph, and the letters after it get no width of their own, so a caret between
/// them would not move on screen. The ligature's width is shared equally among its letters
/// instead, as browsers do.
fn ligature_caret_x(layout: &crate::text::TextLayout, text: &str, cursor: Cursor) -> Option<f32> {
    let is_folded_letter = |cluster: &parley::Cluster<'_, crate::text::Ink>| {
        cluster.advance() == 0.0
            && text
                .get(cluster.text_range())
                .is_some_and(|t| t.chars().next().is_some_and(char::is_alphabetic))
    };
    let [_, downstream] = cursor.logical_clusters(layout);
    let downstream = downstream?;
    if !is_folded_letter(&downstream) {
        return None;
    }
    // Walk back to the letter that carries the ligature's width, counting letters before the
    // caret, then forward over the rest of the ligature.
    let mut start = downstream.previous_logical()?;
    let mut before = 1;
    while is_folded_letter(&start) {
        start = start.previous_logical()?;
        before += 1;
    }
    let mut total = before;
    let mut next = Some(downstream);
    while let Some(cluster) = next.filter(|c| is_folded_letter(c)) {
        total += 1;
        next = cluster.next_logical();
    }
    if start.advance() == 0.0 {
        return None;
    }
    // The same origin parley's own caret geometry uses.
    let left = start.visual_offset()?;
    let width = start.advance();
    let share = width * before as f32 / total as f32;
    Some(if start.is_rtl() {
        left + width - share
    } else {
        left + share
    })
}

/// The offset of the grapheme boundary before `offset` in `text`; a combining mark alone when
/// the character before the caret is one, so Backspace can take one haraka off a letter.
pub fn backspace_start(text: &str, offset: usize) -> usize {
    let before = &text[..offset];
    match before.chars().next_back() {
        None => 0,
        Some(c) if is_mark(c) => offset - c.len_utf8(),
        Some(_) => before
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i),
    }
}

/// The offset of the grapheme boundary after `offset` in `text`.
pub fn delete_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .graphemes(true)
        .next()
        .map_or(offset, |g| offset + g.len())
}

/// The start of the word before `offset` (skipping spaces first), within its paragraph.
pub fn word_start_before(text: &str, offset: usize) -> usize {
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..offset];
    if before.is_empty() {
        // At a paragraph's start: Ctrl+Backspace joins it to the previous paragraph.
        return offset.saturating_sub(1);
    }
    let mut start = before.len();
    for (i, word) in before.split_word_bound_indices().rev() {
        start = i;
        if !word.trim().is_empty() {
            break;
        }
    }
    line_start + start
}

/// The end of the word after `offset` (skipping spaces first), within its paragraph.
pub fn word_end_after(text: &str, offset: usize) -> usize {
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let after = &text[offset..line_end];
    if after.is_empty() {
        return (offset + 1).min(text.len());
    }
    let mut end = 0;
    for (i, word) in after.split_word_bound_indices() {
        end = i + word.len();
        if !word.trim().is_empty() {
            break;
        }
    }
    offset + end
}

/// Arabic harakat and other combining marks (general category Mn, approximated by the
/// combining ranges the corpus uses and Unicode's main combining blocks).
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two stamped paragraphs, as a prose field gives them.
    struct Stamped;

    impl super::super::PaneSource for Stamped {
        fn version(&self) -> Option<u64> {
            Some(1)
        }

        fn paragraphs(&self) -> Vec<super::super::SourceParagraph<'_>> {
            ["جمعت OpenAI 13 مليار", "فقرة ثانية"]
                .into_iter()
                .zip([1, 2])
                .map(|(text, stamp)| super::super::SourceParagraph {
                    text,
                    direction: crate::model::ResolvedDirection::Rtl,
                    stamp: Some(stamp),
                    marks: &[],
                })
                .collect()
        }
    }

    /// One underline (the first two bytes) per paragraph, for the stamp it was worked out
    /// with: paragraph `i` has stamp `i + 1`.
    struct FirstLetters([super::super::Underline; 1]);

    impl super::super::PaneUnderlines for FirstLetters {
        fn in_paragraph(
            &self,
            paragraph: usize,
            _text: &str,
            stamp: Option<u64>,
        ) -> &[super::super::Underline] {
            if stamp == Some(paragraph as u64 + 1) {
                &self.0
            } else {
                &[]
            }
        }
    }

    /// A paragraph the pane has just edited (its edit not yet back from the owner) shows no
    /// underline worked out for its old text; the others keep theirs, placed in the pane.
    #[test]
    fn a_paragraph_edited_in_the_pane_drops_its_stale_underlines() {
        let mut state = PaneState::default();
        state
            .paragraphs
            .sync_source(&Stamped, crate::text::TextStyle::BODY);
        let underlines = FirstLetters([super::super::Underline {
            range: 0..2,
            kind: super::super::UnderlineKind::Mistake,
        }]);
        let placed = |state: &PaneState| -> Vec<(usize, std::ops::Range<usize>)> {
            state
                .underlines_in_view(&underlines, 0.0..f32::MAX)
                .into_iter()
                .map(|(at, _)| (at.paragraph, at.range))
                .collect()
        };
        let second = "جمعت OpenAI 13 مليار".len() + 1;
        assert_eq!(placed(&state), [(0, 0..2), (1, second..second + 2)]);
        assert!(state.paragraphs.replace(0..0, "ب"));
        assert_eq!(placed(&state), [(1, second + 2..second + 4)]);
    }

    #[test]
    fn backspace_takes_one_haraka_then_the_letter() {
        let text = "مُحَمَّد";
        let end = text.len();
        let after_d = backspace_start(text, end);
        assert_eq!(&text[after_d..end], "د");
        // "مَّ": shadda then fatha; Backspace removes the fatha first.
        let m = text.find("مَّ").expect("present") + "مَّ".len();
        assert_eq!(&text[backspace_start(text, m)..m], "\u{0651}");
    }

    #[test]
    fn backspace_and_delete_keep_emoji_whole() {
        let text = "a👩🏽‍💻b";
        let end = text.len() - 1;
        assert_eq!(&text[backspace_start(text, end)..end], "👩🏽‍💻");
        assert_eq!(&text[1..delete_end(text, 1)], "👩🏽‍💻");
    }

    #[test]
    fn word_boundaries_stay_in_the_paragraph() {
        let text = "xAI في عام\n2023";
        let end = text.find('\n').expect("newline");
        assert_eq!(&text[word_start_before(text, end)..end], "عام");
        assert_eq!(word_start_before(text, end + 1), end);
        assert_eq!(&text[0..word_end_after(text, 0)], "xAI");
    }
}
