//! Reading and writing issue files: readable RON, size and nesting limits, errors with line
//! and column, atomic saves.

use std::io::Read as _;
use std::path::Path;

use ron::ser::PrettyConfig;

use super::format::{CURRENT_VERSION, IssueFileV1, IssueFileV2, IssueFileV4, VersionProbe};
use super::{FaultHook, LoadError, SaveError, no_faults, write_atomic};
use crate::model::Issue;

/// Files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Deeper nesting than this is refused (an issue file needs about 8 levels). The same limit
/// applies when saving.
pub const MAX_NESTING: usize = 64;

/// An issue read from disk.
#[derive(Debug)]
pub struct LoadedIssue {
    /// The issue, migrated to the current model.
    pub issue: Issue,
    /// The format version the file declares.
    pub file_version: u32,
    /// [`content_hash`] of the file's bytes, to tell later whether someone else changed it.
    pub content_hash: u64,
}

impl LoadedIssue {
    /// True when the file comes from a newer Nashra: it must not be saved over, since this build
    /// would drop what it does not understand.
    pub fn is_from_newer_version(&self) -> bool {
        self.file_version > CURRENT_VERSION
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_NESTING)
}

/// Formatting of saved files: readable Arabic (no `\u{..}` escapes), `\n` on every OS, four
/// spaces of indentation, one field per line.
fn pretty_config() -> PrettyConfig {
    PrettyConfig::new()
        .escape_strings(false)
        .new_line("\n")
        .indentor("    ")
        .separate_tuple_members(false)
        .struct_names(false)
}

/// Reads an issue file.
pub fn load_issue(path: &Path) -> Result<LoadedIssue, LoadError> {
    let bytes = read_capped(path)?;
    parse_issue(&bytes, path)
}

/// Reads at most [`MAX_FILE_BYTES`] of a file, refusing larger ones.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, LoadError> {
    let read_err = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let too_large = |size_bytes| LoadError::TooLarge {
        path: path.to_owned(),
        size_bytes,
        limit_bytes: MAX_FILE_BYTES,
    };
    let size = file.metadata().map_err(read_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    // The size can change between the check and the read: cap the read too.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses the bytes of an issue file; `path` is only used in errors.
pub fn parse_issue(bytes: &[u8], path: &Path) -> Result<LoadedIssue, LoadError> {
    let text = utf8_text(bytes, path)?;
    let syntax = |e| syntax_error(path, e);
    let probe: VersionProbe = ron_options().from_str(text).map_err(syntax)?;
    let issue = match probe.version {
        1 => Issue::from(
            ron_options()
                .from_str::<IssueFileV1>(text)
                .map_err(syntax)?,
        ),
        2 => Issue::from(
            ron_options()
                .from_str::<IssueFileV2>(text)
                .map_err(syntax)?,
        ),
        // Versions 3 and 4 are the current model (version 4 only added fields with
        // defaults); newer files are read with the newest known types, ignoring unknown
        // fields.
        3.. => Issue::from(
            ron_options()
                .from_str::<IssueFileV4>(text)
                .map_err(syntax)?,
        ),
        0 => {
            return Err(LoadError::UnsupportedVersion {
                path: path.to_owned(),
                version: probe.version,
            });
        }
    };
    Ok(LoadedIssue {
        issue,
        file_version: probe.version,
        content_hash: content_hash(bytes),
    })
}

/// The bytes as text, or an error pointing at the first byte that is not UTF-8.
fn utf8_text<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_and_column(&bytes[..e.valid_up_to()]);
        LoadError::Syntax {
            path: path.to_owned(),
            line,
            column,
            message: "the file is not valid UTF-8 text".to_owned(),
        }
    })
}

/// A RON parse error as a [`LoadError`] with the file's path, line and column.
fn syntax_error(path: &Path, e: ron::error::SpannedError) -> LoadError {
    let message = match e.code {
        // ron's own text here advises changing its options: not the editor's to act on.
        ron::Error::ExceededRecursionLimit => {
            format!("the file is nested more deeply than Nashra reads ({MAX_NESTING} levels)")
        }
        code => code.to_string(),
    };
    LoadError::Syntax {
        path: path.to_owned(),
        line: e.span.start.line,
        column: e.span.start.col,
        message,
    }
}

/// Line and column (1-based, in characters) just after `valid`.
fn line_and_column(valid: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(valid);
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// The issue as the text of a file (current version).
pub fn issue_to_ron(issue: &Issue) -> Result<String, SaveError> {
    to_ron_text(&IssueFileV4::from(issue.clone()))
}

/// Any of Nashra's files (issue, inbox, settings, snapshot) as text, in the one written form:
/// [`pretty_config`], the nesting limit, and a final line end.
pub(crate) fn to_ron_text(value: &impl serde::Serialize) -> Result<String, SaveError> {
    let mut text = ron_options()
        .to_string_pretty(value, pretty_config())
        .map_err(|e| SaveError::Serialize {
            message: e.to_string(),
        })?;
    text.push('\n');
    Ok(text)
}

/// Parses the bytes of any of Nashra's files as `T`, with the nesting limit and errors that
/// give `path`, line and column.
pub(crate) fn parse_ron<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    path: &Path,
) -> Result<T, LoadError> {
    ron_options()
        .from_str(utf8_text(bytes, path)?)
        .map_err(|e| syntax_error(path, e))
}

/// A small settings file of Nashra's read as `T`: its defaults when there is no file yet.
pub(crate) fn read_ron_or_default<T: serde::de::DeserializeOwned + Default>(
    path: &Path,
) -> Result<T, LoadError> {
    if !path.exists() {
        return Ok(T::default());
    }
    parse_ron(&read_capped(path)?, path)
}

/// A hash of a file's contents (FNV-1a, 64 bits): equal contents, equal hashes, on every run
/// and every build. Used to notice changes made by someone else, not for security.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The [`content_hash`] of the file at `path` now, or `None` when there is no file.
pub fn file_content_hash(path: &Path) -> Result<Option<u64>, LoadError> {
    if !path.exists() {
        return Ok(None);
    }
    Ok(Some(content_hash(&read_capped(path)?)))
}

/// Saves an issue atomically, keeping the previous file as `.bak`. Returns the
/// [`content_hash`] of what was written.
pub fn save_issue(path: &Path, issue: &Issue) -> Result<u64, SaveError> {
    save_issue_with_faults(path, issue, &mut no_faults)
}

/// [`save_issue`] with a hook that can make any step fail, for tests of failure handling.
pub fn save_issue_with_faults(
    path: &Path,
    issue: &Issue,
    fault: FaultHook<'_>,
) -> Result<u64, SaveError> {
    let text = issue_to_ron(issue)?;
    write_atomic(path, text.as_bytes(), fault)?;
    Ok(content_hash(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        assert_eq!(line_and_column(b""), (1, 1));
        assert_eq!(line_and_column("ab\nعر".as_bytes()), (2, 3));
    }
}
