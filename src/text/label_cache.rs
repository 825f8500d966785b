//! [`LabelCache`]: layouts of short texts (labels, outline rows) kept between frames.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};

use super::{ParagraphLayout, TextStyle};
use crate::model::ResolvedDirection;

/// Frames a layout may go unused before it is dropped.
const KEEP_FRAMES: u64 = 300;

struct Entry {
    text: String,
    layout: ParagraphLayout,
    last_used_frame: u64,
}

/// Layouts of short texts, keyed by everything that shapes them.
#[derive(Default)]
pub struct LabelCache {
    entries: HashMap<u64, Entry>,
    frame: u64,
}

impl LabelCache {
    /// The cache key of a label.
    pub fn key(
        text: &str,
        direction: ResolvedDirection,
        style: TextStyle,
        pixels_per_point: f32,
        width_pts: Option<f32>,
    ) -> u64 {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut hasher);
        direction.hash(&mut hasher);
        style.cache_key().hash(&mut hasher);
        pixels_per_point.to_bits().hash(&mut hasher);
        width_pts.map(f32::to_bits).hash(&mut hasher);
        hasher.finish()
    }

    /// The layout for `key`, made by `make` when missing (or when `key` belonged to another
    /// text).
    pub fn get_or_insert_with(
        &mut self,
        key: u64,
        text: &str,
        make: impl FnOnce() -> ParagraphLayout,
    ) -> &ParagraphLayout {
        use std::collections::hash_map::Entry as Slot;
        let frame = self.frame;
        let entry = match self.entries.entry(key) {
            Slot::Occupied(slot) => {
                let entry = slot.into_mut();
                if entry.text != text {
                    entry.text = text.to_owned();
                    entry.layout = make();
                }
                entry
            }
            Slot::Vacant(slot) => slot.insert(Entry {
                text: text.to_owned(),
                layout: make(),
                last_used_frame: frame,
            }),
        };
        entry.last_used_frame = frame;
        &entry.layout
    }

    /// Starts a new frame, dropping layouts unused for a while.
    pub fn next_frame(&mut self) {
        self.frame += 1;
        let frame = self.frame;
        self.entries
            .retain(|_, e| frame.saturating_sub(e.last_used_frame) <= KEEP_FRAMES);
    }
}
