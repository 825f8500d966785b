//! The text engine: bidirectional layout, shaping and line breaking of the editor's Arabic and
//! Latin text (parley), glyphs rasterized into an egui texture (swash), drawn as egui meshes.
//!
//! egui lays text out left to right only; every piece of user text goes through this engine
//! instead, via [`crate::ui::user_text`]. Paragraph direction is decided in
//! [`crate::model::Direction`] (first strong character, inherited by neutral paragraphs) and
//! passed to parley as a forced base direction, so the panes, the inspector and the exporters
//! agree.

mod atlas;
mod engine;
mod font_setup;
pub mod inspector;
mod label_cache;
pub mod marks;
pub mod pane;
mod paragraph;
mod raster;
mod style;
mod unchanged_ends;
mod visual_order;

pub use atlas::{AtlasGlyph, GlyphAtlas, GlyphImage, GlyphKey};
pub use engine::{GlyphPainter, InkColors, Shaper, TextEngine};
pub use font_setup::bundled_font_context;
pub use paragraph::{Ink, ParagraphLayout, TextLayout};
pub use style::{Face, TextStyle};
pub use unchanged_ends::unchanged_ends;
pub use visual_order::{
    ClusterOrder, VisualCluster, is_bidi_control, visual_clusters, visual_lines,
};
