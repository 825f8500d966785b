//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use nashra::model::Issue;

/// The folder with test data (corpus files, crafted issue files).
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The bundled sample issue, parsed.
pub fn sample_issue() -> Issue {
    nashra::io::parse_issue(
        nashra::ui::SAMPLE_RON.as_bytes(),
        Path::new("assets/sample-issue.ron"),
    )
    .expect("the sample issue loads")
    .issue
}

/// Writes `text` to `name` in a new temporary folder.
pub fn temp_file(name: &str, text: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write test file");
    (dir, path)
}

/// Names of the files in a folder, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
