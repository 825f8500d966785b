//! The issue file format and its versions.
//!
//! Every file starts with `version: N`. Loading reads that number first, then parses the rest
//! with the matching version's types and migrates them forward to the current model. A file from a
//! newer Nashra is parsed as the newest version this build knows, ignoring fields it does not
//! know, and opened read-only so that saving cannot drop them.
//!
//! Version 1's types are the model's own serde shapes. When the model changes shape, the old
//! shapes move into a frozen `v1.rs`, the model becomes version 2, and `migrate` gains a step.

mod v1;

use serde::Deserialize;

pub use v1::{InboxFileV1, IssueFileV1};

/// The version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// Just enough of a file to learn its version before parsing the rest.
#[derive(Deserialize)]
pub(crate) struct VersionProbe {
    pub version: u32,
}
