//! [`ParagraphLayout`]: one paragraph shaped and broken into lines, in a known direction.

use parley::{Alignment, AlignmentOptions, BaseDirection, FontContext, Layout, LayoutContext};

use super::TextStyle;
use crate::model::ResolvedDirection;

/// A shaped paragraph. Shaping (the expensive part) happens once per text; a new width only
/// re-breaks the lines.
pub struct ParagraphLayout {
    layout: Layout<()>,
    direction: ResolvedDirection,
    /// The width the lines were broken at, in pixels (`None`: one line).
    width_px: Option<f32>,
    scale: f32,
}

impl ParagraphLayout {
    /// Shapes `text` (no line breaks) at `scale` pixels per point, forced to `direction`,
    /// and breaks it into lines no wider than `width_px` (`None`: no wrapping).
    pub fn new(
        fonts: &mut FontContext,
        layouts: &mut LayoutContext<()>,
        text: &str,
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
        let layout = builder.build(text);
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
    pub fn layout(&self) -> &Layout<()> {
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
