//! Errors of reading and writing files. Each names the file it is about, last, as the user
//! needs it to act.

use std::path::PathBuf;

/// Why a file could not be loaded. The file is never modified.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("could not read the file: {source}: {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is bigger than Nashra will read.
    #[error("the file is {size_bytes} bytes, over the limit of {limit_bytes} bytes: {path}")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size_bytes: u64,
        /// The limit.
        limit_bytes: u64,
    },
    /// The file's contents are not valid: with the position of the problem.
    #[error("{path}:{line}:{column}: {message}", path = path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What was wrong or expected there.
        message: String,
    },
    /// The file's format version is older than any this build can read.
    #[error("format version {version} is not supported (this Nashra reads 1 to {current}): {path}", current = super::format::CURRENT_VERSION)]
    UnsupportedVersion {
        /// The file.
        path: PathBuf,
        /// The version found.
        version: u32,
    },
}

impl LoadError {
    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Syntax { path, .. }
            | Self::UnsupportedVersion { path, .. } => path,
        }
    }
}

/// Why a save failed. The file on disk is left as it was before the save.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The document could not be turned into RON.
    #[error("could not write the issue as RON: {message}")]
    Serialize {
        /// ron's description.
        message: String,
    },
    /// Another running Nashra has the file open.
    #[error("another Nashra (process {pid}) has this file open: {path}")]
    Locked {
        /// The file.
        path: PathBuf,
        /// The other process.
        pid: u32,
    },
    /// A step of the atomic save failed.
    #[error("saving failed while {step}: {source}: {path}")]
    Io {
        /// The file being saved.
        path: PathBuf,
        /// The step that failed.
        step: super::SaveStep,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The worker writing the save stopped before it could say how it went; the file on disk
    /// is the old one or the new one, never a mix (saves are atomic).
    #[error("the save was interrupted before it finished: {path}")]
    Interrupted {
        /// The file being saved.
        path: PathBuf,
    },
}
