//! Text panes: the widget that shows and edits the editor's text with the text engine —
//! bidi-correct layout, a caret that moves visually, selection, clipboard and input methods.
//! A read-only pane is the selectable label.

mod access;
mod access_runs;
mod config;
mod input;
mod paint;
mod paragraph_edit;
pub mod paragraphs;
pub mod state;
mod widget;

use std::collections::HashMap;

pub use config::{
    JoinedText, LinksSeen, NoUnderlines, PaneConfig, PaneOutput, PaneSource, PaneUnderlines,
    SourceParagraph, Underline, UnderlineAt, UnderlineKind,
};
pub use state::{Caret, LineEdge, PaneState};
pub use widget::text_pane_ui;

/// Frames a pane's state may go unused before it is dropped.
const KEEP_FRAMES: u64 = 600;

/// The state of every pane, by widget id.
#[derive(Default)]
pub struct PaneStore {
    panes: HashMap<egui::Id, PaneState>,
    frame: u64,
}

impl PaneStore {
    /// The state of pane `id`, created empty the first time.
    pub fn get_mut(&mut self, id: egui::Id) -> &mut PaneState {
        let frame = self.frame;
        let state = self.panes.entry(id).or_default();
        state.last_used_frame = frame;
        state
    }

    /// The state of pane `id`, if it has been drawn.
    pub fn get(&self, id: egui::Id) -> Option<&PaneState> {
        self.panes.get(&id)
    }

    /// Starts a new frame, dropping panes unused for a while.
    pub fn next_frame(&mut self) {
        self.frame += 1;
        let frame = self.frame;
        self.panes
            .retain(|_, p| frame.saturating_sub(p.last_used_frame) <= KEEP_FRAMES);
    }
}
