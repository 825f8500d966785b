//! [`TextEngine`]: the app's one font context, layout context, rasterizer and glyph atlas, and
//! the painting of laid-out paragraphs as egui meshes.

use egui::{Color32, Mesh, Painter, Pos2, Rect, Vec2, pos2, vec2};
use parley::{FontContext, LayoutContext, PositionedLayoutItem};

use super::atlas::{GlyphAtlas, GlyphKey};
use super::label_cache::LabelCache;
use super::pane::{PaneState, PaneStore};
use super::paragraph::Ink;
use super::raster::Rasterizer;
use super::{ParagraphLayout, TextStyle, bundled_font_context};
use crate::model::{Mark, ResolvedDirection};

/// The colours text is painted in: its own, and its links'.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InkColors {
    /// The text's colour.
    pub text: Color32,
    /// A link's colour (and its underline's).
    pub link: Color32,
}

impl InkColors {
    /// Everything in one colour (labels, which hold no links).
    pub fn plain(color: Color32) -> Self {
        Self {
            text: color,
            link: color,
        }
    }
}

/// Shapes text: the font and layout contexts.
pub struct Shaper {
    fonts: FontContext,
    layouts: LayoutContext<Ink>,
}

impl Shaper {
    /// Shapes one paragraph at `pixels_per_point`, broken at `width_pts` (points).
    pub fn layout(
        &mut self,
        text: &str,
        direction: ResolvedDirection,
        style: TextStyle,
        pixels_per_point: f32,
        width_pts: Option<f32>,
    ) -> ParagraphLayout {
        self.layout_reusing(
            None,
            text,
            &[],
            direction,
            style,
            pixels_per_point,
            width_pts,
        )
    }

    /// [`Self::layout`] of a paragraph with `marks` (bold, emphasis, links), into the buffers of
    /// `spare`, a layout no longer shown.
    #[expect(clippy::too_many_arguments)]
    pub fn layout_reusing(
        &mut self,
        spare: Option<ParagraphLayout>,
        text: &str,
        marks: &[Mark],
        direction: ResolvedDirection,
        style: TextStyle,
        pixels_per_point: f32,
        width_pts: Option<f32>,
    ) -> ParagraphLayout {
        ParagraphLayout::new(
            &mut self.fonts,
            &mut self.layouts,
            spare,
            text,
            marks,
            direction,
            style,
            pixels_per_point,
            width_pts.map(|w| w * pixels_per_point),
        )
    }
}

/// Draws laid-out text: the rasterizer and the glyph atlas.
#[derive(Default)]
pub struct GlyphPainter {
    rasterizer: Rasterizer,
    atlas: GlyphAtlas,
}

/// Shared text machinery: one per app.
///
/// Its state is the text module's own: the window reaches panes through the few methods
/// below (which pane has the caret, where it is, an event for it), never into their layouts.
pub struct TextEngine {
    /// Shaping.
    pub(in crate::text) shaper: Shaper,
    /// Painting.
    pub(in crate::text) painter: GlyphPainter,
    labels: LabelCache,
    /// The state of each text pane.
    pub(in crate::text) panes: PaneStore,
    /// Panes draw invisible formatting characters (RLM, isolates, joiners) as small tags.
    pub(in crate::text) show_marks: bool,
}

impl Default for TextEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl TextEngine {
    /// An engine with the bundled fonts only.
    pub fn new() -> Self {
        Self {
            shaper: Shaper {
                fonts: bundled_font_context(),
                layouts: LayoutContext::new(),
            },
            painter: GlyphPainter::default(),
            labels: LabelCache::default(),
            panes: PaneStore::default(),
            show_marks: false,
        }
    }

    /// The shaper, to lay text out without a window (benches, tests, the `layout` command).
    pub fn shaper_mut(&mut self) -> &mut Shaper {
        &mut self.shaper
    }

    /// The state of pane `id` (its caret and selection), once it has been drawn.
    pub fn pane(&self, id: egui::Id) -> Option<&PaneState> {
        self.panes.get(id)
    }

    /// The state of pane `id`, to place its caret or selection (tests, "find" results).
    pub fn pane_mut(&mut self, id: egui::Id) -> &mut PaneState {
        self.panes.get_mut(id)
    }

    /// Whether panes draw invisible formatting characters.
    pub fn shows_marks(&self) -> bool {
        self.show_marks
    }

    /// Panes draw invisible formatting characters (RLM, isolates, joiners) as small tags.
    pub fn set_show_marks(&mut self, show: bool) {
        self.show_marks = show;
    }

    /// Called at the start of each frame: forgets labels unused for a while, and restarts the
    /// atlas if the scale changed.
    pub fn begin_frame(&mut self, pixels_per_point: f32) {
        self.labels.next_frame();
        self.panes.next_frame();
        self.painter.atlas.set_pixels_per_point(pixels_per_point);
    }

    /// A short text (label, row) laid out once per change of text, style, width or scale.
    pub fn label(
        &mut self,
        text: &str,
        direction: ResolvedDirection,
        style: TextStyle,
        pixels_per_point: f32,
        width_pts: Option<f32>,
    ) -> &ParagraphLayout {
        cached_label(
            &mut self.labels,
            &mut self.shaper,
            text,
            direction,
            style,
            pixels_per_point,
            width_pts,
        )
    }

    /// Lays out (or reuses) a label and paints it with its top-left corner at `origin`.
    /// Returns its size in points.
    #[expect(clippy::too_many_arguments)]
    pub fn paint_label(
        &mut self,
        painter: &Painter,
        text: &str,
        direction: ResolvedDirection,
        style: TextStyle,
        width_pts: Option<f32>,
        origin: Pos2,
        color: Color32,
    ) -> Vec2 {
        let ppp = painter.ctx().pixels_per_point();
        let paragraph = cached_label(
            &mut self.labels,
            &mut self.shaper,
            text,
            direction,
            style,
            ppp,
            width_pts,
        );
        self.painter.paint(painter, paragraph, origin, color);
        paragraph.size_pts()
    }
}

/// A label's layout from the cache, shaped on a miss. (A free function so that callers can
/// hold the layout while painting with the engine's other parts.)
fn cached_label<'a>(
    labels: &'a mut LabelCache,
    shaper: &mut Shaper,
    text: &str,
    direction: ResolvedDirection,
    style: TextStyle,
    pixels_per_point: f32,
    width_pts: Option<f32>,
) -> &'a ParagraphLayout {
    let key = LabelCache::key(text, direction, style, pixels_per_point, width_pts);
    labels.get_or_insert_with(key, text, || {
        shaper.layout(text, direction, style, pixels_per_point, width_pts)
    })
}

impl GlyphPainter {
    /// Paints `paragraph` with its top-left corner at `origin` (points), in `color`; lines
    /// outside the painter's clip rectangle are skipped.
    pub fn paint(
        &mut self,
        painter: &Painter,
        paragraph: &ParagraphLayout,
        origin: Pos2,
        color: Color32,
    ) {
        self.paint_inked(painter, paragraph, origin, InkColors::plain(color));
    }

    /// [`Self::paint`] with links in their own colour, each visual piece of a link underlined.
    pub fn paint_inked(
        &mut self,
        painter: &Painter,
        paragraph: &ParagraphLayout,
        origin: Pos2,
        colors: InkColors,
    ) {
        let (meshes, underlines) =
            self.glyph_meshes(paragraph, origin, colors, painter.clip_rect());
        self.atlas.upload(painter.ctx());
        for (page, mut mesh) in meshes.into_iter().enumerate() {
            if mesh.is_empty() {
                continue;
            }
            if let Some(texture) = self.atlas.texture(page) {
                mesh.texture_id = texture;
                painter.add(mesh);
            }
        }
        for (rect, color) in underlines {
            painter.rect_filled(rect, 0.0, color);
        }
    }

    /// One mesh per atlas page for the visible lines of `paragraph`, and the underlines of its
    /// links (one per glyph run: a link crossing an Arabic/Latin boundary gets one under each
    /// of its pieces).
    fn glyph_meshes(
        &mut self,
        paragraph: &ParagraphLayout,
        origin: Pos2,
        colors: InkColors,
        clip: Rect,
    ) -> (Vec<Mesh>, Vec<(Rect, Color32)>) {
        let scale = paragraph.scale();
        let side = self.atlas.page_side();
        let mut meshes: Vec<Mesh> = Vec::new();
        let mut underlines = Vec::new();
        for line in paragraph.layout().lines() {
            let metrics = line.metrics();
            let top = origin.y + metrics.block_min_coord / scale;
            let bottom = origin.y + metrics.block_max_coord / scale;
            if bottom < clip.top() || top > clip.bottom() {
                continue;
            }
            for item in line.items() {
                let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                    continue;
                };
                let style = glyph_run.style();
                let color = match style.brush {
                    Ink::Text => colors.text,
                    Ink::Link => colors.link,
                };
                let run = glyph_run.run();
                if style.underline.is_some() {
                    let run_metrics = run.font_metrics();
                    let thickness = (run_metrics.underline_size / scale).max(1.0);
                    let y =
                        origin.y + (glyph_run.baseline() - run_metrics.underline_offset) / scale;
                    let left = origin.x + glyph_run.offset() / scale;
                    let right = left + glyph_run.advance() / scale;
                    underlines.push((
                        Rect::from_min_max(pos2(left, y), pos2(right, y + thickness)),
                        color,
                    ));
                }
                let font = run.font();
                let size_px = run.font_size();
                let synthesis = run.synthesis();
                let coords: Vec<i16> = run
                    .normalized_coords()
                    .iter()
                    .map(|c| c.to_bits())
                    .collect();
                for glyph in glyph_run.positioned_glyphs() {
                    let subpixel = ((glyph.x.fract() * 4.0).round() as u8) % 4;
                    let key = GlyphKey {
                        font_blob: font.data.id(),
                        font_index: font.index,
                        glyph: glyph.id,
                        size_bits: size_px.to_bits(),
                        subpixel_x: subpixel,
                        skew: synthesis.skew().map_or(0, |degrees| degrees as i8),
                        embolden: synthesis.embolden(),
                    };
                    let rasterizer = &mut self.rasterizer;
                    let Some(placed) = self.atlas.glyph(key, || {
                        rasterizer.rasterize(
                            font,
                            &coords,
                            glyph.id,
                            size_px,
                            f32::from(subpixel) / 4.0,
                            synthesis,
                        )
                    }) else {
                        continue;
                    };
                    let x_px = glyph.x.floor() + placed.left as f32;
                    let y_px = glyph.y.round() - placed.top as f32;
                    let rect = Rect::from_min_size(
                        pos2(origin.x + x_px / scale, origin.y + y_px / scale),
                        vec2(placed.width as f32 / scale, placed.height as f32 / scale),
                    );
                    let uv = Rect::from_min_size(
                        pos2(placed.x as f32 / side, placed.y as f32 / side),
                        vec2(placed.width as f32 / side, placed.height as f32 / side),
                    );
                    if meshes.len() <= placed.page {
                        meshes.resize_with(placed.page + 1, Mesh::default);
                    }
                    meshes[placed.page].add_rect_with_uv(rect, uv, color);
                }
            }
        }
        (meshes, underlines)
    }
}
