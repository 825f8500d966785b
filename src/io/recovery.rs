//! Recovery snapshots: while an issue has unsaved changes, a copy is written to a recovery
//! folder in the user's data directory at most a second after each change, so a crash costs a
//! second of work, not an evening. A snapshot never replaces the real file; it is deleted after Save or Discard.

use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{LoadError, SaveError, content_hash, replace_atomic};
use crate::model::{Inbox, Issue};

/// One snapshot file's contents.
#[derive(Debug, Serialize, Deserialize)]
pub struct Snapshot {
    /// Snapshot format version (1).
    pub version: u32,
    /// The issue file the snapshot belongs to; `None` for an issue never saved.
    pub original: Option<PathBuf>,
    /// When it was taken.
    pub taken_at: Timestamp,
    /// The issue as it was.
    pub issue: Issue,
    /// The library's inbox as it was (snapshots from before the inbox existed have none).
    #[serde(default)]
    pub inbox: Option<Inbox>,
}

/// A snapshot found on disk.
#[derive(Debug)]
pub struct FoundSnapshot {
    /// Where the snapshot file is.
    pub snapshot_path: PathBuf,
    /// Its contents.
    pub snapshot: Snapshot,
}

/// The folder of recovery snapshots.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    /// The store in the user's data directory (`~/.local/share/nashra/recovery` on Linux).
    pub fn in_user_data_dir() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "nashra")?;
        Some(Self::at(dirs.data_dir().join("recovery")))
    }

    /// A store in `dir` (tests use a temporary folder).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The snapshot file for an issue: one per file (by its path), one per unsaved new issue
    /// (by `session`).
    pub fn snapshot_path(&self, original: Option<&Path>, session: u64) -> PathBuf {
        let key = match original {
            Some(path) => {
                let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
                format!(
                    "file-{:016x}",
                    content_hash(path.to_string_lossy().as_bytes())
                )
            }
            None => format!("new-{session:016x}"),
        };
        self.dir.join(format!("{key}.ron"))
    }

    /// Writes a snapshot atomically.
    pub fn write(&self, path: &Path, snapshot: &Snapshot) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| SaveError::Io {
            path: self.dir.clone(),
            step: super::SaveStep::CreateTemp,
            source,
        })?;
        let text = super::issue_file::to_ron_text(snapshot)?;
        replace_atomic(path, text.as_bytes())
    }

    /// Every readable snapshot, oldest first. Unreadable ones are skipped (and logged): a
    /// damaged snapshot must not stop the app from starting.
    pub fn list(&self) -> Vec<FoundSnapshot> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<FoundSnapshot> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .filter_map(|snapshot_path| match read_snapshot(&snapshot_path) {
                Ok(snapshot) => Some(FoundSnapshot {
                    snapshot_path,
                    snapshot,
                }),
                Err(err) => {
                    log::warn!("skipping recovery snapshot: {err}");
                    None
                }
            })
            .collect();
        found.sort_by_key(|f| f.snapshot.taken_at);
        found
    }

    /// Snapshots worth offering: newer than the file they belong to (or of never-saved issues).
    pub fn offers(&self) -> Vec<FoundSnapshot> {
        self.list()
            .into_iter()
            .filter(|found| match &found.snapshot.original {
                None => true,
                Some(path) => std::fs::metadata(path)
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| Timestamp::try_from(t).ok())
                    .is_none_or(|saved| found.snapshot.taken_at > saved),
            })
            .collect()
    }

    /// Deletes a snapshot (after Save or Discard).
    pub fn remove(&self, snapshot_path: &Path) {
        if let Err(err) = std::fs::remove_file(snapshot_path)
            && err.kind() != std::io::ErrorKind::NotFound
        {
            log::warn!("could not delete {}: {err}", snapshot_path.display());
        }
    }
}

fn read_snapshot(path: &Path) -> Result<Snapshot, LoadError> {
    let bytes = super::issue_file::read_capped(path)?;
    super::issue_file::parse_ron(&bytes, path)
}
