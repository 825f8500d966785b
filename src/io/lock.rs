//! [`FileLock`]: one writer per issue file. A lock file next to the issue (`issue.ron.lock`)
//! names the process, host and time; a second Nashra opening the same file sees it and opens
//! read-only. A lock whose process is gone (after a crash) is stale and is taken over.

use std::fs::{self, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockOwner {
    /// Process id.
    pub pid: u32,
    /// Host name.
    pub host: String,
    /// When it was taken (seconds since the Unix epoch).
    pub since_secs: i64,
}

impl LockOwner {
    fn me() -> Self {
        Self {
            pid: std::process::id(),
            host: host_name(),
            since_secs: jiff::Timestamp::now().as_second(),
        }
    }

    fn to_line(&self) -> String {
        format!("{} {} {}\n", self.pid, self.since_secs, self.host)
    }

    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().splitn(3, ' ');
        Some(Self {
            pid: parts.next()?.parse().ok()?,
            since_secs: parts.next()?.parse().ok()?,
            host: parts.next().unwrap_or_default().to_owned(),
        })
    }

    /// True when this owner is a process that still runs here (owners on other hosts are taken
    /// to be alive: their process cannot be checked from here).
    fn is_alive(&self) -> bool {
        if self.host != host_name() {
            return true;
        }
        process_exists(self.pid)
    }
}

/// The outcome of trying to lock an issue file.
#[derive(Debug)]
pub enum LockOutcome {
    /// The lock is ours (newly taken, or taken over from a process that is gone).
    Acquired(FileLock),
    /// Another running Nashra has the file open.
    HeldBy(LockOwner),
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct FileLock {
    lock_path: PathBuf,
}

/// The lock file for `path`: `issue.ron` → `issue.ron.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

impl FileLock {
    /// Takes the lock for the issue file at `path`, unless a live process holds it.
    pub fn acquire(path: &Path) -> io::Result<LockOutcome> {
        let lock_path = lock_path(path);
        for _ in 0..3 {
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock_path)
            {
                Ok(mut file) => {
                    file.write_all(LockOwner::me().to_line().as_bytes())?;
                    file.sync_all()?;
                    return Ok(LockOutcome::Acquired(Self { lock_path }));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let text = fs::read_to_string(&lock_path).unwrap_or_default();
                    match LockOwner::parse(&text) {
                        Some(owner)
                            if owner.pid == std::process::id() && owner.host == host_name() =>
                        {
                            // Our own lock (the same file opened again): share it.
                            return Ok(LockOutcome::Acquired(Self { lock_path }));
                        }
                        Some(owner) if owner.is_alive() => return Ok(LockOutcome::HeldBy(owner)),
                        // Stale (its process is gone) or unreadable: take it over.
                        _ => {
                            let _ = fs::remove_file(&lock_path);
                        }
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other("the lock file keeps reappearing"))
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Only remove a lock that is still ours.
        let ours = fs::read_to_string(&self.lock_path)
            .ok()
            .and_then(|t| LockOwner::parse(&t))
            .is_some_and(|o| o.pid == std::process::id());
        if ours {
            let _ = fs::remove_file(&self.lock_path);
        }
    }
}

fn host_name() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_default()
}

/// True when process `pid` runs. A zombie (killed, not yet reaped by its parent) does not
/// count: its Nashra is gone, whatever `/proc` still lists.
#[cfg(target_os = "linux")]
pub(crate) fn process_exists(pid: u32) -> bool {
    let Ok(stat) = fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // The state letter follows the command name, which is in parentheses and may hold spaces.
    let state = stat
        .rfind(')')
        .and_then(|end| stat[end + 1..].trim_start().chars().next());
    !matches!(state, Some('Z' | 'X' | 'x'))
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn process_exists(_pid: u32) -> bool {
    // Without a portable check, a lock is assumed live; the editor can delete it by hand.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_lines_round_trip() {
        let owner = LockOwner {
            pid: 42,
            host: "desk top".to_owned(),
            since_secs: 1_700_000_000,
        };
        assert_eq!(LockOwner::parse(&owner.to_line()), Some(owner));
        assert_eq!(LockOwner::parse("garbage"), None);
    }
}
