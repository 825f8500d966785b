//! The newsletter's data and every change to it: issues, sections, picks and stories, prose
//! with per-paragraph direction, edits with exact inverses, and undo history.
//!
//! Nothing here knows about windows or files; it is tested on its own.

mod bidi_class;
mod bidi_hint;
pub mod curation;
mod desk;
mod direction;
mod document;
mod edit;
mod error;
mod field;
pub mod formatting;
mod history;
mod ids;
mod inbox;
mod issue;
mod language;
mod link;
mod link_key;
pub mod mark;
mod paragraph;
mod paste;
pub(crate) mod prose;
pub mod readiness;
mod reading_time;
pub mod search;
mod search_fold;
mod story;
mod text_change;
mod text_selection;
mod text_settings;

pub use bidi_hint::{
    BidiHint, LRI, PDI, bidi_hints, has_rtl_letter, isolate_edits, latin_run_at, latin_runs,
};
pub use desk::{Desk, StoryPlace};
pub use direction::{
    Direction, ResolvedDirection, first_strong_direction, word_majority_direction,
    word_majority_without_names,
};
pub use document::Document;
pub use edit::Edit;
pub use error::EditError;
pub use field::{FieldMut, FieldParagraph, FieldRef, ParagraphKey, StoryText, TextField};
pub use history::{COALESCE_WINDOW, History, Revision, Travelled};
pub use ids::{SectionId, StoryId};
pub use inbox::Inbox;
pub use issue::{Entry, Issue, PickPosition, Section, Status};
pub use language::Language;
pub use link::{Link, LinkKind};
pub use mark::{InsertMarks, Mark, MarkKind};
pub use paragraph::Paragraph;
pub use paste::{PastedStory, stories_from_paste};
pub use prose::Prose;
pub use reading_time::{
    ReadingCounter, ReadingStats, issue_reading, issue_reading_by, pick_reading, pick_reading_by,
    reading_stats,
};
pub use search_fold::{FoldedQuery, FoldedText, matches};
pub use story::Story;
pub use text_change::TextChange;
pub use text_selection::{Carets, FieldSelection, TextSelection, map_offset, map_range};
pub use text_settings::{TextSettings, dismiss_hints, set_direction};
