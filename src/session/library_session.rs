//! [`LibrarySession`]: the library folder in use and what its issues hold (for the library
//! view, "already featured" and search).

use std::path::{Path, PathBuf};

use crate::io::{Library, LibraryIndex, LoadError};

/// The library in use.
pub struct LibrarySession {
    /// The folder.
    pub library: Library,
    /// Its issues as last read.
    pub index: LibraryIndex,
    /// Counts the reads, so views can tell when to work their results out again.
    generation: u64,
}

impl LibrarySession {
    /// Opens the folder and reads its issues.
    pub fn open(root: &Path) -> Result<Self, LoadError> {
        let library = Library::open(root)?;
        let index = library.scan();
        Ok(Self {
            library,
            index,
            generation: 1,
        })
    }

    /// Reads the folder's issues again (after it changed on disk).
    pub fn rescan(&mut self) {
        self.index = self.library.scan();
        self.generation += 1;
    }

    /// The issue was just saved to `path`: only its entry of the index changes.
    pub fn saved(&mut self, path: &Path, issue: crate::model::Issue) {
        self.index.upsert(path, issue);
        self.generation += 1;
    }

    /// Changes every time the issues are read again.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The latest issue's file, to open when the app starts on this library.
    pub fn latest_issue(&self) -> Option<PathBuf> {
        self.index.latest().map(|i| i.path.clone())
    }
}
