//! [`Library`]: the editor's archive — a folder she chooses, with one RON file per issue and
//! `inbox.ron` for the stories she collected and has not picked yet.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::format::{InboxFileV1, InboxFileV2, VersionProbe};
use super::issue_file::{parse_ron, read_capped, to_ron_text};
use super::{LoadError, SaveError, content_hash, load_issue, write_atomic};
use crate::model::{Inbox, Issue, Link};

/// The inbox's file name inside a library folder.
pub const INBOX_FILE_NAME: &str = "inbox.ron";

/// A library folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    /// The folder, canonical: the issue paths found in it are then canonical too, so views
    /// can compare them with the open file's without asking the file system every frame.
    root: PathBuf,
}

/// The inbox as read from disk.
#[derive(Debug)]
pub struct LoadedInbox {
    /// The collected stories.
    pub inbox: Inbox,
    /// [`content_hash`] of the file (`None` when there was no file yet).
    pub content_hash: Option<u64>,
}

impl Library {
    /// The library in folder `root`, which must exist.
    pub fn open(root: &Path) -> Result<Self, LoadError> {
        let meta = std::fs::metadata(root).map_err(|source| LoadError::Read {
            path: root.to_owned(),
            source,
        })?;
        if !meta.is_dir() {
            return Err(LoadError::Read {
                path: root.to_owned(),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotADirectory,
                    "a library is a folder",
                ),
            });
        }
        Ok(Self {
            root: same_file_key(root),
        })
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `path` in the form issue paths of a library take (canonical, when the file exists), so
    /// that two names of one file compare equal.
    pub fn canonical(path: &Path) -> PathBuf {
        same_file_key(path)
    }

    /// Where the personal dictionary is kept ([`super::personal_words`]).
    pub fn personal_words_path(&self) -> PathBuf {
        self.root
            .join(super::personal_words::PERSONAL_WORDS_FILE_NAME)
    }

    /// Where the library's settings are kept ([`super::library_settings`]).
    pub fn settings_path(&self) -> PathBuf {
        self.root
            .join(super::library_settings::LIBRARY_SETTINGS_FILE_NAME)
    }

    /// Where the inbox is kept.
    pub fn inbox_path(&self) -> PathBuf {
        self.root.join(INBOX_FILE_NAME)
    }

    /// Reads the inbox; a library without one has an empty inbox.
    pub fn load_inbox(&self) -> Result<LoadedInbox, LoadError> {
        let path = self.inbox_path();
        if !path.exists() {
            return Ok(LoadedInbox {
                inbox: Inbox::default(),
                content_hash: None,
            });
        }
        let (inbox, hash) = read_inbox(&path)?;
        Ok(LoadedInbox {
            inbox,
            content_hash: Some(hash),
        })
    }

    /// Saves the inbox atomically (same rules as issues: temp file, fsync, `.bak`, rename).
    /// Returns the [`content_hash`] of what was written.
    pub fn save_inbox(&self, inbox: &Inbox) -> Result<u64, SaveError> {
        let text = inbox_to_ron(inbox)?;
        write_atomic(&self.inbox_path(), text.as_bytes(), &mut super::no_faults)?;
        Ok(content_hash(text.as_bytes()))
    }

    /// A file name for a new issue numbered `number` that no file in the folder has yet.
    pub fn new_issue_path(&self, number: u32) -> PathBuf {
        let first = self.root.join(format!("issue-{number:03}.ron"));
        if !first.exists() {
            return first;
        }
        (2..)
            .map(|n| self.root.join(format!("issue-{number:03}-{n}.ron")))
            .find(|p| !p.exists())
            .unwrap_or(first)
    }

    /// True when `path` names an issue file of a library (whether or not it exists now): a
    /// `.ron` that is not the inbox or the library's settings, and not hidden (temporary files
    /// of a save are hidden).
    pub fn is_issue_path(path: &Path) -> bool {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return false;
        };
        path.extension().is_some_and(|e| e == "ron")
            && name != INBOX_FILE_NAME
            && name != super::library_settings::LIBRARY_SETTINGS_FILE_NAME
            && !name.starts_with('.')
    }

    /// The issue to open first, found without reading every issue: the highest number among
    /// files named as Nashra names them (`issue-054.ron`), else the file changed last.
    pub fn latest_issue_by_name(&self) -> Option<PathBuf> {
        // The listing's own file types: no call to the file system per file.
        let files: Vec<PathBuf> = std::fs::read_dir(&self.root)
            .ok()?
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.path())
            .filter(|p| Library::is_issue_path(p))
            .collect();
        let number = |path: &Path| -> Option<u32> {
            let stem = path.file_stem()?.to_str()?.strip_prefix("issue-")?;
            stem.split('-').next()?.parse().ok()
        };
        let by_number = files
            .iter()
            .filter_map(|p| Some((number(p)?, p)))
            .max_by_key(|(n, p)| (*n, std::cmp::Reverse(p.as_os_str().len())))
            .map(|(_, p)| p.clone());
        by_number.or_else(|| {
            files
                .into_iter()
                .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        })
    }

    /// Reads every issue file in the folder. Files that cannot be read are listed as problems
    /// rather than stopping the scan.
    pub fn scan(&self) -> LibraryIndex {
        let mut index = LibraryIndex::default();
        let entries = match std::fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(source) => {
                index.problems.push(LoadError::Read {
                    path: self.root.clone(),
                    source,
                });
                return index;
            }
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if !is_issue_file(&path) {
                continue;
            }
            match load_issue(&path) {
                Ok(loaded) => index.issues.push(IndexedIssue {
                    path,
                    issue: loaded.issue,
                }),
                Err(err) => index.problems.push(err),
            }
        }
        index.issues.sort_by_key(|i| (i.issue.number, i.issue.date));
        index.index_links();
        index
    }
}

/// True for a `.ron` file that should be an issue: not the inbox, not hidden.
fn is_issue_file(path: &Path) -> bool {
    Library::is_issue_path(path) && path.is_file()
}

/// Reads an inbox file (with the same size cap as issues); returns it and its
/// [`content_hash`].
pub fn read_inbox(path: &Path) -> Result<(Inbox, u64), LoadError> {
    let bytes = read_capped(path)?;
    Ok((parse_inbox(&bytes, path)?, content_hash(&bytes)))
}

/// Parses the bytes of an inbox file; `path` is only used in errors.
pub fn parse_inbox(bytes: &[u8], path: &Path) -> Result<Inbox, LoadError> {
    let probe: VersionProbe = parse_ron(bytes, path)?;
    match probe.version {
        0 => Err(LoadError::UnsupportedVersion {
            path: path.to_owned(),
            version: probe.version,
        }),
        1 => Ok(Inbox::from(parse_ron::<InboxFileV1>(bytes, path)?)),
        2.. => Ok(Inbox::from(parse_ron::<InboxFileV2>(bytes, path)?)),
    }
}

/// The inbox as the text of its file.
pub fn inbox_to_ron(inbox: &Inbox) -> Result<String, SaveError> {
    to_ron_text(&InboxFileV2::from(inbox.clone()))
}

/// Every issue of a library, read into memory (issues are small; a weekly newsletter makes
/// fifty a year), for the library view, "already featured" and search.
#[derive(Debug, Default)]
pub struct LibraryIndex {
    /// The issues, by number then date.
    pub issues: Vec<IndexedIssue>,
    /// Files that looked like issues and could not be read.
    pub problems: Vec<LoadError>,
    /// Each link's key ([`Link::key`]), with the link as first written and the issues featuring it,
    /// oldest first; in the order links first appear.
    links: Vec<(String, FeaturedTwice)>,
    /// Position in `links` by key.
    by_key: HashMap<String, usize>,
}

/// One issue of a library and its file.
#[derive(Clone, Debug)]
pub struct IndexedIssue {
    /// The file.
    pub path: PathBuf,
    /// What it holds.
    pub issue: Issue,
}

/// An issue that featured a link: its number and date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Featured {
    /// The issue's number.
    pub number: u32,
    /// The issue's date.
    pub date: Date,
    /// The issue's file.
    pub path: PathBuf,
}

/// A link and the issues that featured it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeaturedTwice {
    /// The link as it was first written.
    pub url: String,
    /// The issues featuring it, oldest first.
    pub issues: Vec<Featured>,
}

impl LibraryIndex {
    /// Builds the link table; called once per scan, so lookups per row stay cheap.
    fn index_links(&mut self) {
        self.links.clear();
        self.by_key.clear();
        for at in 0..self.issues.len() {
            self.add_links(at);
        }
    }

    /// The issues, other than the one in file `except`, that featured this link (compared
    /// by [`Link::key`]), oldest first. `except` is compared as given: pass it through
    /// [`Library::canonical`] (once, not per call) when it may be spelled differently.
    pub fn featured_in(&self, url: &str, except: Option<&Path>) -> Vec<&Featured> {
        let Some(slot) = Link::parse(url)
            .key()
            .and_then(|key| self.by_key.get(&key).copied())
        else {
            return Vec::new();
        };
        self.links[slot]
            .1
            .issues
            .iter()
            .filter(|f| Some(f.path.as_path()) != except)
            .collect()
    }

    /// Every link featured in more than one issue, in the order of first appearance.
    pub fn featured_twice(&self) -> Vec<&FeaturedTwice> {
        self.links
            .iter()
            .map(|(_, f)| f)
            .filter(|f| f.issues.len() > 1)
            .collect()
    }

    /// The issue with the highest number, if any.
    pub fn latest(&self) -> Option<&IndexedIssue> {
        self.issues.last()
    }

    /// Puts `issue`, just written to `path`, in place of what the index held for that file
    /// (or adds it): the work of one issue, not of the folder, so a save in a library of a
    /// thousand issues stays cheap.
    pub fn upsert(&mut self, path: &Path, issue: Issue) {
        // Issue paths are the canonical folder joined with a file name: one canonical form of
        // `path` is enough to find its entry (no file-system call per issue).
        let key = same_file_key(path);
        let found = self
            .issues
            .iter()
            .position(|i| i.path == key || i.path == path);
        // The index keeps the path as the folder listing spelled it.
        let path = match found {
            Some(at) => self.issues.remove(at).path,
            None => path.to_owned(),
        };
        for (_, featured) in &mut self.links {
            featured.issues.retain(|f| f.path != path);
        }
        self.problems
            .retain(|p| p.path() != key && p.path() != path);
        let at = self
            .issues
            .partition_point(|i| (i.issue.number, i.issue.date) <= (issue.number, issue.date));
        self.issues.insert(at, IndexedIssue { path, issue });
        self.add_links(at);
        // Links no issue features any more.
        if self.links.iter().any(|(_, f)| f.issues.is_empty()) {
            self.links.retain(|(_, f)| !f.issues.is_empty());
            self.by_key = self
                .links
                .iter()
                .enumerate()
                .map(|(slot, (key, _))| (key.clone(), slot))
                .collect();
        }
    }

    /// Adds the links of the issue at `at` to the link table, keeping each link's issues
    /// oldest first.
    fn add_links(&mut self, at: usize) {
        let indexed = &self.issues[at];
        let featured = indexed.featured();
        let order = |f: &Featured| (f.number, f.date);
        for pick in indexed.issue.picks() {
            let Some(key) = pick.story.link().key() else {
                continue;
            };
            let slot = *self.by_key.entry(key.clone()).or_insert_with(|| {
                self.links.push((
                    key,
                    FeaturedTwice {
                        url: pick.story.url.clone(),
                        issues: Vec::new(),
                    },
                ));
                self.links.len() - 1
            });
            let issues = &mut self.links[slot].1.issues;
            if !issues.iter().any(|f| f.path == featured.path) {
                let at = issues.partition_point(|f| order(f) <= order(&featured));
                issues.insert(at, featured.clone());
            }
        }
    }
}

impl IndexedIssue {
    fn featured(&self) -> Featured {
        Featured {
            number: self.issue.number,
            date: self.issue.date,
            path: self.path.clone(),
        }
    }
}

/// A path in a form where two names of one file compare equal (when the file exists).
fn same_file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}
