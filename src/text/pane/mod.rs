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
    JoinedText, NoUnderlines, PaneConfig, PaneOutput, PaneSource, PaneUnderlines, SourceParagraph,
    Underline, UnderlineAt, UnderlineKind,
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
    /// The editable pane that last had keyboard focus.
    active: Option<egui::Id>,
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

    /// The editable pane that last had keyboard focus: toolbars act on it.
    pub fn active(&self) -> Option<egui::Id> {
        self.active
    }

    /// Records that pane `id` has focus.
    pub fn set_active(&mut self, id: egui::Id) {
        self.active = Some(id);
    }

    /// Hands `event` to pane `id`, to be handled the next time it is drawn with focus (the
    /// caller asks for the focus). A menu's "Cut" is the pane's own Ctrl+X this way.
    pub fn send(&mut self, id: egui::Id, event: egui::Event) {
        let frame = self.frame;
        let state = self.get_mut(id);
        state.pending.push(event);
        state.pending_frame = frame;
    }

    /// Starts a new frame, dropping panes unused for a while.
    pub fn next_frame(&mut self) {
        self.frame += 1;
        let frame = self.frame;
        self.panes
            .retain(|_, p| frame.saturating_sub(p.last_used_frame) <= KEEP_FRAMES);
    }
}
