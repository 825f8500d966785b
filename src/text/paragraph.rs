//! [`ParagraphLayout`]: one paragraph shaped and broken into lines, in a known direction.

use parley::{
    Alignment, AlignmentOptions, BaseDirection, FontContext, FontStyle, FontWeight, Layout,
    LayoutContext, StyleProperty,
};

use super::TextStyle;
use crate::model::{Mark, MarkKind, ResolvedDirection};

/// How a stretch of text is inked: the text's colour, or a link's. Parley keeps it per glyph
/// run, so the painter colours each visual piece of a link and draws its underline there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Ink {
    /// The text's colour.
    #[default]
    Text,
    /// A link's colour, underlined.
    Link,
}

/// A parley layout of Nashra's, inked with [`Ink`].
pub type TextLayout = Layout<Ink>;

/// A shaped paragraph. Shaping (the expensive part) happens once per text; a new width only
/// re-breaks the lines.
pub struct ParagraphLayout {
    layout: TextLayout,
    direction: ResolvedDirection,
    /// The width the lines were broken at, in pixels (`None`: one line).
    width_px: Option<f32>,
    scale: f32,
}

impl ParagraphLayout {
    /// Shapes `text` (no line breaks) at `scale` pixels per point, forced to `direction`,
    /// and breaks it into lines no wider than `width_px` (`None`: no wrapping). With a
    /// `spare` layout (one no longer shown), its buffers are filled again rather than new ones
    /// allocated: a keystroke replaces its paragraph's layout, and reusing the old one's memory
    /// spares the allocator and the cache.
    #[expect(clippy::too_many_arguments)]
    pub fn new(
        fonts: &mut FontContext,
        layouts: &mut LayoutContext<Ink>,
        spare: Option<Self>,
        text: &str,
        marks: &[Mark],
        direction: ResolvedDirection,
        style: TextStyle,
        scale: f32,
        width_px: Option<f32>,
    ) -> Self {
        let mut builder = layouts.ranged_builder(fonts, text, scale, true);
        builder.set_base_direction(match direction {
            ResolvedDirection::Rtl => BaseDirection::Rtl,
            ResolvedDirection::Ltr => BaseDirection::Ltr,
        });
        for property in style.properties() {
            builder.push_default(property);
        }
        for mark in marks.iter().filter(|m| m.range.end <= text.len()) {
            match &mark.kind {
                MarkKind::Strong => {
                    builder.push(
                        StyleProperty::FontWeight(FontWeight::BOLD),
                        mark.range.clone(),
                    );
                }
                // Arabic has no italic face: its letters stay upright (slanting them would
                // break their joins); Latin words lean.
                MarkKind::Emphasis => {
                    for range in non_arabic_ranges(text, mark.range.clone()) {
                        builder.push(StyleProperty::FontStyle(FontStyle::Italic), range);
                    }
                }
                MarkKind::Link(_) => {
                    builder.push(StyleProperty::Brush(Ink::Link), mark.range.clone());
                    builder.push(StyleProperty::Underline(true), mark.range.clone());
                }
            }
        }
        let mut layout = spare.map(|s| s.layout).unwrap_or_default();
        builder.build_into(&mut layout, text);
        let mut paragraph = Self {
            layout,
            direction,
            width_px: None,
            scale,
        };
        paragraph.break_lines(width_px);
        paragraph
    }

    /// Re-breaks the lines for a new width (cheap: no reshaping).
    pub fn break_lines(&mut self, width_px: Option<f32>) {
        self.layout.break_all_lines(width_px);
        // RTL paragraphs align right and LTR ones left: `Start` follows the forced base
        // direction. Lines that overflow (a long URL) still align to the start edge.
        self.layout.align(
            Alignment::Start,
            AlignmentOptions {
                align_when_overflowing: true,
                ..Default::default()
            },
        );
        self.width_px = width_px;
    }

    /// The parley layout.
    pub fn layout(&self) -> &TextLayout {
        &self.layout
    }

    /// The paragraph's direction.
    pub fn direction(&self) -> ResolvedDirection {
        self.direction
    }

    /// The width the lines are broken at, in pixels.
    pub fn width_px(&self) -> Option<f32> {
        self.width_px
    }

    /// Pixels per point the paragraph was shaped for.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Height of all lines, in pixels.
    pub fn height_px(&self) -> f32 {
        self.layout.height()
    }

    /// Rectangles (points, relative to the paragraph's top-left) covering the glyphs of byte
    /// range `range` of its text: one per run of each line the range crosses, so a word in a
    /// mixed line gets exactly its own glyphs, right to left where it runs so.
    pub fn range_rects(&self, range: std::ops::Range<usize>) -> Vec<egui::Rect> {
        if range.is_empty() {
            return Vec::new();
        }
        let scale = self.scale;
        let selection = parley::Selection::new(
            parley::Cursor::from_byte_index(
                &self.layout,
                range.start,
                parley::Affinity::Downstream,
            ),
            parley::Cursor::from_byte_index(&self.layout, range.end, parley::Affinity::Upstream),
        );
        let mut rects = Vec::new();
        selection.geometry_with(&self.layout, |b, _| {
            rects.push(egui::Rect::from_min_max(
                egui::pos2(b.x0 as f32 / scale, b.y0 as f32 / scale),
                egui::pos2(b.x1 as f32 / scale, b.y1 as f32 / scale),
            ));
        });
        rects
    }

    /// Size in points: the width it was broken at (or its natural width) by its height.
    pub fn size_pts(&self) -> egui::Vec2 {
        let width = self.width_px.unwrap_or_else(|| self.layout.width());
        egui::vec2(width, self.layout.height()) / self.scale
    }
}

/// The parts of `range` of `text` outside the Arabic script (what can be slanted): Arabic
/// letters, their harakat, tatweel and the joiners stay upright, and a style never changes
/// inside an Arabic word (that would break its joins).
fn non_arabic_ranges(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let Some(part) = text.get(range.clone()) else {
        return out;
    };
    for (offset, c) in part.char_indices() {
        let at = range.start + offset;
        let arabic = matches!(
            c,
            '\u{0600}'..='\u{06FF}'
                | '\u{0750}'..='\u{077F}'
                | '\u{08A0}'..='\u{08FF}'
                | '\u{FB50}'..='\u{FDFF}'
                | '\u{FE70}'..='\u{FEFF}'
                | '\u{200C}'
                | '\u{200D}'
        );
        match out.last_mut() {
            Some(last) if !arabic && last.end == at => last.end = at + c.len_utf8(),
            _ if !arabic => out.push(at..at + c.len_utf8()),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod reuse_tests {
    use super::*;
    use crate::text::bundled_font_context;
    use crate::text::visual_order::{ClusterOrder, visual_lines};

    /// What a reader sees of a layout: its lines' visual order, its size, each glyph's place.
    fn seen(p: &ParagraphLayout, text: &str) -> (Vec<Vec<usize>>, egui::Vec2, Vec<egui::Rect>) {
        (
            visual_lines(p, text, ClusterOrder::Visual),
            p.size_pts(),
            p.range_rects(0..text.len()),
        )
    }

    #[test]
    fn a_layout_shaped_into_a_spare_one_is_the_layout_shaped_afresh() {
        let texts = [
            "استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.",
            "",
            "Nvidia تعلن نتائجها الفصلية: 35.1 مليار دولار (ارتفاع 94%) https://nvidia.com/ir",
            "A long English line that wraps over several lines at this width, with numbers 1,000.",
            "جمعت \u{2066}OpenAI\u{2069} 13 مليار",
            "قصير",
        ];
        let mut fonts = bundled_font_context();
        let mut layouts = LayoutContext::new();
        let mut spare = None;
        for (i, text) in texts.iter().cycle().take(texts.len() * 2).enumerate() {
            let direction = if i % 3 == 2 {
                ResolvedDirection::Ltr
            } else {
                ResolvedDirection::Rtl
            };
            let width = Some(if i % 2 == 0 { 180.0 } else { 420.0 });
            let style = TextStyle::BODY;
            let fresh = ParagraphLayout::new(
                &mut fonts,
                &mut layouts,
                None,
                text,
                &[],
                direction,
                style,
                1.5,
                width,
            );
            let reused = ParagraphLayout::new(
                &mut fonts,
                &mut layouts,
                spare.take(),
                text,
                &[],
                direction,
                style,
                1.5,
                width,
            );
            assert_eq!(seen(&reused, text), seen(&fresh, text), "{text:?}");
            spare = Some(reused);
        }
    }
}
