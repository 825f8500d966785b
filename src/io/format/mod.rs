//! The file formats and their versions.
//!
//! Every file starts with `version: N`. Loading reads that number first, then parses the rest
//! with the matching version's types and migrates them forward to the current model. A file from a
//! newer Nashra is parsed as the newest version this build knows, ignoring fields it does not
//! know, and opened read-only so that saving cannot drop them.
//!
//! The newest version's types are the model's own serde shapes. When the model changes shape,
//! the old shapes are frozen in their own file (as `v1.rs` was when version 2 came) and
//! migrate into the model; saving always writes the newest version.

mod v1;
mod v2;
mod v4;

use serde::Deserialize;

pub use v1::{InboxFileV1, IssueFileV1};
pub use v2::{InboxFileV2, IssueFileV2};
pub use v4::IssueFileV4;

/// The newest version this build reads, and the one it writes issues in (the inbox file is
/// written in version 2, which it has not outgrown).
pub const CURRENT_VERSION: u32 = 4;

/// Just enough of a file to learn its version before parsing the rest.
#[derive(Deserialize)]
pub(crate) struct VersionProbe {
    pub version: u32,
}
