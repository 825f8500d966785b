//! The window: draws the session with egui, turns what the editor does into
//! [`crate::session::Command`]s through the one action list, and performs the effects the
//! session returns. [`NashraApp`] is the shell that does this once a frame.

mod app;
mod clipboard;
mod dialogs;
mod editor_pane;
mod field_analysis;
mod file_dialogs;
mod format_bar;
mod help;
mod inbox_panel;
pub mod interface_text;
mod library_settings_window;
mod library_view;
mod menu_bar;
mod misspellings_window;
mod outline;
mod palette;
mod preflight_window;
mod preview;
mod reading;
mod reading_layout;
mod search_view;
mod shortcuts;
mod spelling_menu;
mod status_bar;
mod text_field;
mod tool_window;
pub mod user_text;
mod value_fields;

pub use app::NashraApp;
pub use palette::matching_actions;
pub use shortcuts::Shortcut;

use crate::model::StoryId;

/// The payload of a story being dragged (from the inbox or the outline).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraggedStory(pub StoryId);
