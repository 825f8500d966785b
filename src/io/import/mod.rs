//! Importing stories from outside: RSS, Atom and JSON feeds, web pages (by their Open Graph
//! metadata), and text or Markdown notes.
//!
//! Everything read here was written by strangers. Sizes, item counts, field lengths and time
//! are capped ([`ImportLimits`]); parsing is linear in the input; only http and https are
//! fetched; and every text field goes through one cleaning step that drops control
//! characters and removes bidi overrides, reporting them ([`ImportWarning`]) so the editor
//! learns that a headline was made to read differently from what it says.

mod entities;
mod error;
mod feed;
mod fetch;
mod file_import;
mod html_text;
mod html_tokens;
mod limits;
mod page_meta;
mod raw_story;
mod sanitize;
mod url_import;
mod warning;

pub use entities::decode_entities;
pub use error::ImportError;
pub use feed::{FeedImport, parse_feed};
pub use fetch::{Fetched, MAX_REDIRECTS, fetch};
pub use file_import::{import_feed_file, story_from_text_file};
pub use html_text::{formatted_paste, html_to_text};
pub use limits::{FieldLimits, ImportLimits};
pub use page_meta::{PAGE_HEAD_BYTES, PageMeta, story_from_page};
pub use sanitize::{Cleaned, Shape, clean, is_bidi_control};
pub use url_import::{UrlImport, import_url};
pub use warning::ImportWarning;
