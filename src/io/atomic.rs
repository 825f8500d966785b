//! Atomic file replacement: the file on disk is always either the old version or the new one.
//!
//! The new bytes go to a temporary file in the same folder, are flushed to disk, the old file is
//! copied to `<name>.bak`, and the temporary file is renamed over the target; finally the folder is
//! flushed so the rename itself survives a power cut. A failure at any step before the rename
//! removes the temporary file and leaves the target untouched.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::SaveError;

/// A step of an atomic save, named in errors and used to inject failures in tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// Creating the temporary file.
    CreateTemp,
    /// Writing the bytes into it.
    Write,
    /// Flushing it to disk.
    SyncTemp,
    /// Keeping the previous version as `.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Flushing the folder so the rename is durable.
    SyncFolder,
}

impl SaveStep {
    /// Every step, in the order a save runs them.
    pub const ALL: [Self; 6] = [
        Self::CreateTemp,
        Self::Write,
        Self::SyncTemp,
        Self::Backup,
        Self::Rename,
        Self::SyncFolder,
    ];
}

impl fmt::Display for SaveStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::CreateTemp => "creating a temporary file",
            Self::Write => "writing",
            Self::SyncTemp => "flushing to disk",
            Self::Backup => "keeping the previous version as .bak",
            Self::Rename => "replacing the file",
            Self::SyncFolder => "flushing the folder to disk",
        })
    }
}

/// Called before each step; returning an error makes that step fail. Production code passes
/// [`no_faults`]; tests use it to prove that every failure leaves the original intact.
pub type FaultHook<'a> = &'a mut dyn FnMut(SaveStep) -> io::Result<()>;

/// A hook that never fails.
pub fn no_faults(_: SaveStep) -> io::Result<()> {
    Ok(())
}

/// The path of the backup kept for `path`: `issue.ron` → `issue.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces the contents of `path` with `bytes` atomically, keeping the old file as `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8], fault: FaultHook<'_>) -> Result<(), SaveError> {
    replace(path, bytes, true, fault)
}

/// Replaces the contents of `path` atomically without keeping a backup (recovery snapshots,
/// which are themselves the backup).
pub fn replace_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    replace(path, bytes, false, &mut no_faults)
}

fn replace(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    fault: FaultHook<'_>,
) -> Result<(), SaveError> {
    // Write next to the real file when `path` is a symlink, so the rename stays on one
    // file system and the link is kept.
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let err = |step: SaveStep| {
        let path = path.to_owned();
        move |source| SaveError::Io { path, step, source }
    };

    fault(SaveStep::CreateTemp).map_err(err(SaveStep::CreateTemp))?;
    let (temp_path, mut temp) = create_temp(&folder, &target).map_err(err(SaveStep::CreateTemp))?;
    let mut temp_guard = TempFile(Some(temp_path.clone()));

    fault(SaveStep::Write).map_err(err(SaveStep::Write))?;
    temp.write_all(bytes).map_err(err(SaveStep::Write))?;
    if let Ok(meta) = fs::metadata(&target) {
        // Keep the file's permissions; failing to is not worth failing the save for.
        let _ = temp.set_permissions(meta.permissions());
    }

    fault(SaveStep::SyncTemp).map_err(err(SaveStep::SyncTemp))?;
    temp.sync_all().map_err(err(SaveStep::SyncTemp))?;
    drop(temp);

    fault(SaveStep::Backup).map_err(err(SaveStep::Backup))?;
    if keep_backup && target.exists() {
        copy_to_backup(&target, &folder).map_err(err(SaveStep::Backup))?;
    }

    fault(SaveStep::Rename).map_err(err(SaveStep::Rename))?;
    fs::rename(&temp_path, &target).map_err(err(SaveStep::Rename))?;
    temp_guard.0 = None;

    fault(SaveStep::SyncFolder).map_err(err(SaveStep::SyncFolder))?;
    sync_folder(&folder).map_err(err(SaveStep::SyncFolder))?;
    // A save that was killed earlier left its temporary file behind; the file is whole now,
    // so the leftovers can go.
    remove_stale_temps(&target);
    Ok(())
}

/// Removes the temporary files that saves of `target` (and of its `.bak`) left behind when
/// their process was killed: names `.<file>.<pid>.<n>.tmp` whose process is gone. A running
/// process's files are left alone: they may be a save in progress. Returns how many went.
pub fn remove_stale_temps(target: &Path) -> usize {
    let (Some(folder), Some(name)) = (target.parent(), target.file_name()) else {
        return 0;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let name = name.to_string_lossy();
    let prefixes = [format!(".{name}."), format!(".{name}.bak.")];
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(pid) = prefixes
            .iter()
            .find_map(|prefix| temp_owner(&file_name, prefix))
        else {
            continue;
        };
        if pid != std::process::id()
            && !super::lock::process_exists(pid)
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id in a temporary file's name `<prefix><pid>.<n>.tmp`, if it is one.
fn temp_owner(file_name: &str, prefix: &str) -> Option<u32> {
    let rest = file_name.strip_prefix(prefix)?.strip_suffix(".tmp")?;
    let (pid, n) = rest.split_once('.')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// Copies `target` to its `.bak`, itself through a temporary file and a rename.
fn copy_to_backup(target: &Path, folder: &Path) -> io::Result<()> {
    let backup = backup_path(target);
    let (temp_path, temp) = create_temp(folder, &backup)?;
    let mut guard = TempFile(Some(temp_path.clone()));
    drop(temp);
    fs::copy(target, &temp_path)?;
    File::open(&temp_path)?.sync_all()?;
    fs::rename(&temp_path, &backup)?;
    guard.0 = None;
    Ok(())
}

fn create_temp(folder: &Path, target: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp_path = folder.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; NTFS journals the rename itself.
    Ok(())
}

/// Removes the temporary file on every early return.
struct TempFile(Option<PathBuf>);

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            // Best effort: the error that got us here is the one worth reporting.
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_name_appends_bak() {
        assert_eq!(
            backup_path(Path::new("/a/issue-12.ron")),
            Path::new("/a/issue-12.ron.bak")
        );
    }

    #[test]
    fn writes_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.ron");
        write_atomic(&path, b"one", &mut no_faults).expect("first save");
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two", &mut no_faults).expect("second save");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(fs::read(backup_path(&path)).expect("read bak"), b"one");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
    }
}
