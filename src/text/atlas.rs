//! [`GlyphAtlas`]: rasterized glyphs packed into egui textures.
//!
//! Glyphs are white with coverage in alpha, so one texture serves every colour (the mesh
//! vertices carry it). Pages are packed in shelves; each frame uploads one rectangle per page
//! covering what changed, and a full page opens a new one. Glyphs are rasterized for one
//! pixels-per-point value: when it changes, the atlas starts again.

use std::collections::HashMap;

use egui::{Color32, ColorImage, TextureHandle, TextureOptions};

/// Side of a square atlas page, in pixels.
const PAGE_SIDE: usize = 1024;

/// Past this many pages the atlas is cleared and refilled with what is on screen.
const MAX_PAGES: usize = 8;

/// Padding between glyphs, so linear sampling never bleeds into a neighbour.
const PADDING: usize = 1;

/// Identifies one rasterized glyph image.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlyphKey {
    /// The font blob's id.
    pub font_blob: u64,
    /// The face index in the blob.
    pub font_index: u32,
    /// The glyph id.
    pub glyph: u32,
    /// Font size in pixels, as bits.
    pub size_bits: u32,
    /// Horizontal sub-pixel offset in quarter pixels (0..4).
    pub subpixel_x: u8,
    /// Slant in degrees, for a face that has no italic (0: upright).
    pub skew: i8,
    /// Drawn bolder, for a face that has no bold.
    pub embolden: bool,
}

/// A rasterized glyph's alpha mask and its placement relative to the pen position.
pub struct GlyphImage {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// Offset of the left edge from the pen x.
    pub left: i32,
    /// Offset of the top edge above the baseline.
    pub top: i32,
    /// Coverage, one byte per pixel, rows top to bottom.
    pub coverage: Vec<u8>,
}

/// Where a glyph sits in the atlas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtlasGlyph {
    /// Page index.
    pub page: usize,
    /// Position in the page, in pixels.
    pub x: usize,
    /// Position in the page, in pixels.
    pub y: usize,
    /// Size in pixels.
    pub width: usize,
    /// Size in pixels.
    pub height: usize,
    /// Offset of the left edge from the pen x.
    pub left: i32,
    /// Offset of the top edge above the baseline.
    pub top: i32,
}

struct Page {
    pixels: Vec<Color32>,
    texture: Option<TextureHandle>,
    shelf_x: usize,
    shelf_y: usize,
    shelf_height: usize,
    /// Changed since the last upload: x0, y0, x1, y1.
    dirty: Option<[usize; 4]>,
}

impl Page {
    fn new() -> Self {
        Self {
            pixels: vec![Color32::TRANSPARENT; PAGE_SIDE * PAGE_SIDE],
            texture: None,
            shelf_x: 0,
            shelf_y: 0,
            shelf_height: 0,
            dirty: None,
        }
    }

    /// Finds room for a `width`×`height` image, opening a new shelf when the row is full.
    fn allocate(&mut self, width: usize, height: usize) -> Option<(usize, usize)> {
        let (w, h) = (width + PADDING, height + PADDING);
        if w > PAGE_SIDE || h > PAGE_SIDE {
            return None;
        }
        if self.shelf_x + w > PAGE_SIDE {
            self.shelf_y += self.shelf_height;
            self.shelf_x = 0;
            self.shelf_height = 0;
        }
        if self.shelf_y + h > PAGE_SIDE {
            return None;
        }
        let at = (self.shelf_x, self.shelf_y);
        self.shelf_x += w;
        self.shelf_height = self.shelf_height.max(h);
        Some(at)
    }

    fn blit(&mut self, x: usize, y: usize, image: &GlyphImage) {
        for row in 0..image.height {
            let src = &image.coverage[row * image.width..(row + 1) * image.width];
            let dst = &mut self.pixels[(y + row) * PAGE_SIDE + x..][..image.width];
            for (d, &a) in dst.iter_mut().zip(src) {
                *d = Color32::from_white_alpha(a);
            }
        }
        let rect = [x, y, x + image.width, y + image.height];
        self.dirty = Some(match self.dirty {
            None => rect,
            Some(d) => [
                d[0].min(rect[0]),
                d[1].min(rect[1]),
                d[2].max(rect[2]),
                d[3].max(rect[3]),
            ],
        });
    }

    fn upload(&mut self, ctx: &egui::Context, index: usize) {
        let options = TextureOptions::LINEAR;
        match &mut self.texture {
            None => {
                let image = ColorImage::new([PAGE_SIDE, PAGE_SIDE], self.pixels.clone());
                self.texture =
                    Some(ctx.load_texture(format!("nashra-glyphs-{index}"), image, options));
            }
            Some(texture) => {
                let Some([x0, y0, x1, y1]) = self.dirty else {
                    return;
                };
                let mut region = Vec::with_capacity((x1 - x0) * (y1 - y0));
                for y in y0..y1 {
                    region.extend_from_slice(&self.pixels[y * PAGE_SIDE + x0..y * PAGE_SIDE + x1]);
                }
                texture.set_partial(
                    [x0, y0],
                    ColorImage::new([x1 - x0, y1 - y0], region),
                    options,
                );
            }
        }
        self.dirty = None;
    }
}

/// Rasterized glyphs in egui textures.
pub struct GlyphAtlas {
    pages: Vec<Page>,
    glyphs: HashMap<GlyphKey, Option<AtlasGlyph>>,
    pixels_per_point: f32,
    /// Times the atlas was cleared because it was full or the scale changed.
    generation: u64,
}

impl Default for GlyphAtlas {
    fn default() -> Self {
        Self {
            pages: Vec::new(),
            glyphs: HashMap::new(),
            pixels_per_point: 1.0,
            generation: 0,
        }
    }
}

impl GlyphAtlas {
    /// Starts again when the pixels-per-point value changes: every glyph is rasterized anew
    /// at the new size.
    pub fn set_pixels_per_point(&mut self, pixels_per_point: f32) {
        if pixels_per_point != self.pixels_per_point {
            self.clear();
            self.pixels_per_point = pixels_per_point;
        }
    }

    fn clear(&mut self) {
        self.pages.clear();
        self.glyphs.clear();
        self.generation += 1;
    }

    /// How many times the atlas has been cleared.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Number of pages in use.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The glyph's place in the atlas, rasterizing it with `rasterize` the first time.
    /// `None` for glyphs with no pixels (spaces) or that could not be rasterized.
    pub fn glyph(
        &mut self,
        key: GlyphKey,
        rasterize: impl FnOnce() -> Option<GlyphImage>,
    ) -> Option<AtlasGlyph> {
        if let Some(found) = self.glyphs.get(&key) {
            return *found;
        }
        let placed = rasterize()
            .filter(|image| image.width > 0 && image.height > 0)
            .and_then(|image| self.place(&image));
        self.glyphs.insert(key, placed);
        placed
    }

    fn place(&mut self, image: &GlyphImage) -> Option<AtlasGlyph> {
        let spot = match self
            .pages
            .last_mut()
            .and_then(|p| p.allocate(image.width, image.height))
        {
            Some(spot) => Some(spot),
            None => {
                if self.pages.len() >= MAX_PAGES {
                    self.clear();
                }
                self.pages.push(Page::new());
                self.pages.last_mut()?.allocate(image.width, image.height)
            }
        }?;
        let page = self.pages.len() - 1;
        self.pages[page].blit(spot.0, spot.1, image);
        Some(AtlasGlyph {
            page,
            x: spot.0,
            y: spot.1,
            width: image.width,
            height: image.height,
            left: image.left,
            top: image.top,
        })
    }

    /// Uploads what changed since the last call: one rectangle per page.
    pub fn upload(&mut self, ctx: &egui::Context) {
        for (index, page) in self.pages.iter_mut().enumerate() {
            page.upload(ctx, index);
        }
    }

    /// The texture of a page (after [`Self::upload`]).
    pub fn texture(&self, page: usize) -> Option<egui::TextureId> {
        self.pages
            .get(page)?
            .texture
            .as_ref()
            .map(TextureHandle::id)
    }

    /// Side of a page in pixels, to turn positions into texture coordinates.
    pub fn page_side(&self) -> f32 {
        PAGE_SIDE as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(glyph: u32) -> GlyphKey {
        GlyphKey {
            font_blob: 1,
            font_index: 0,
            glyph,
            size_bits: 20.0_f32.to_bits(),
            subpixel_x: 0,
            skew: 0,
            embolden: false,
        }
    }

    fn image(side: usize) -> GlyphImage {
        GlyphImage {
            width: side,
            height: side,
            left: 0,
            top: side as i32,
            coverage: vec![255; side * side],
        }
    }

    #[test]
    fn glyphs_are_rasterized_once() {
        let mut atlas = GlyphAtlas::default();
        let first = atlas.glyph(key(1), || Some(image(10))).expect("placed");
        let again = atlas.glyph(key(1), || panic!("must come from the cache"));
        assert_eq!(again, Some(first));
        let second = atlas.glyph(key(2), || Some(image(10))).expect("placed");
        assert_ne!((first.x, first.y), (second.x, second.y));
    }

    #[test]
    fn a_full_page_opens_another() {
        let mut atlas = GlyphAtlas::default();
        let per_page = (PAGE_SIDE / 101) * (PAGE_SIDE / 101);
        for glyph in 0..=per_page as u32 {
            atlas.glyph(key(glyph), || Some(image(100)));
        }
        assert_eq!(atlas.page_count(), 2);
    }

    #[test]
    fn a_new_scale_starts_again() {
        let mut atlas = GlyphAtlas::default();
        atlas.glyph(key(1), || Some(image(4)));
        atlas.set_pixels_per_point(2.0);
        assert_eq!(atlas.page_count(), 0);
        assert_eq!(atlas.generation(), 1);
        let mut called = false;
        atlas.glyph(key(1), || {
            called = true;
            Some(image(8))
        });
        assert!(called);
    }

    #[test]
    fn empty_glyphs_take_no_space() {
        let mut atlas = GlyphAtlas::default();
        assert_eq!(atlas.glyph(key(3), || Some(image(0))), None);
        assert_eq!(atlas.page_count(), 0);
    }
}
