//! [`Rasterizer`]: glyph outlines to alpha masks, with swash.
//!
//! swash was chosen over skrifa + vello_cpu (which egui already builds) because its scaler
//! does hinting, variable-font coordinates and anti-aliased coverage in a dozen lines, where the
//! other route needs a pen adapter and a separate rasterizer setup; it costs one small crate.

use swash::scale::{Render, ScaleContext, Source};
use swash::zeno::{Angle, Format, Transform, Vector};

use super::atlas::GlyphImage;

/// Rasterizes glyphs; holds swash's caches between calls.
#[derive(Default)]
pub struct Rasterizer {
    context: ScaleContext,
}

impl Rasterizer {
    /// Renders `glyph` of `font` (at variation `coords`) at `size_px`, shifted right by
    /// `offset_x` of a pixel, slanted or emboldened as `synthesis` asks (emphasis in a face with
    /// no italic of its own).
    pub fn rasterize(
        &mut self,
        font: &parley::FontData,
        coords: &[i16],
        glyph: u32,
        size_px: f32,
        offset_x: f32,
        synthesis: parley::fontique::Synthesis,
    ) -> Option<GlyphImage> {
        let font_ref = swash::FontRef::from_index(font.data.as_ref(), font.index as usize)?;
        let glyph = u16::try_from(glyph).ok()?;
        // A stable id lets swash keep its per-font caches between calls.
        let mut scaler = self
            .context
            .builder_with_id(font_ref, [font.data.id(), u64::from(font.index)])
            .size(size_px)
            .hint(true)
            .normalized_coords(coords)
            .build();
        let skew = synthesis
            .skew()
            .map(|degrees| Transform::skew(Angle::from_degrees(degrees), Angle::ZERO));
        let image = Render::new(&[Source::Outline])
            .format(Format::Alpha)
            .offset(Vector::new(offset_x, 0.0))
            .transform(skew)
            .embolden(if synthesis.embolden() { 0.6 } else { 0.0 })
            .render(&mut scaler, glyph)?;
        Some(GlyphImage {
            width: image.placement.width as usize,
            height: image.placement.height as usize,
            left: image.placement.left,
            top: image.placement.top,
            coverage: image.data,
        })
    }
}
