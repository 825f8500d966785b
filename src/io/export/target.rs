//! Where an export may be written: a file named `.html`, `.md` or `.txt` (the extension picks
//! the format), never the open issue, never any issue file (`.ron`) or backup (`.bak`).
//!
//! The same check runs on a path typed into the prompt and on a native dialog's answer, so no
//! way of choosing a file can write an email over the editor's work.

use std::path::{Path, PathBuf};

use super::ExportFormat;

/// Why a path was refused as an export target.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportPathError {
    /// The extension names no export format.
    #[error("an export must end in .html, .md or .txt (not {found})")]
    UnsupportedExtension {
        /// The extension given, or "no extension".
        found: String,
    },
    /// The path is the open issue, another issue file or a backup.
    #[error("{} is an issue file or a backup; an export never writes over one", .0.display())]
    IssueFile(PathBuf),
}

/// The format to write `path` in, or why it may not be written: `open_issue` is the file of
/// the issue being exported, if it has one.
pub fn check_export_path(
    path: &Path,
    open_issue: Option<&Path>,
) -> Result<ExportFormat, ExportPathError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("ron" | "bak")) || is_same_file(path, open_issue) {
        return Err(ExportPathError::IssueFile(path.to_owned()));
    }
    extension
        .as_deref()
        .and_then(ExportFormat::from_name)
        .ok_or_else(|| ExportPathError::UnsupportedExtension {
            found: extension.map_or_else(|| "no extension".to_owned(), |e| format!(".{e}")),
        })
}

/// The export file offered for the issue saved at `issue`: `<issue>.html` beside it.
pub fn suggested_export_path(issue: &Path) -> PathBuf {
    issue.with_extension(ExportFormat::Html.extension())
}

/// True when `path` is `other` (compared after resolving links, when both exist).
fn is_same_file(path: &Path, other: Option<&Path>) -> bool {
    let Some(other) = other else {
        return false;
    };
    if path == other {
        return true;
    }
    match (path.canonicalize(), other.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format_and_nothing_else_is_accepted() {
        let ok = |p: &str| check_export_path(Path::new(p), None);
        assert_eq!(ok("/x/issue-54.html"), Ok(ExportFormat::Html));
        assert_eq!(ok("/x/issue-54.HTML"), Ok(ExportFormat::Html));
        assert_eq!(ok("/x/issue-54.md"), Ok(ExportFormat::Markdown));
        assert_eq!(ok("/x/issue-54.txt"), Ok(ExportFormat::PlainText));
        assert!(matches!(
            ok("/x/issue-54.pdf"),
            Err(ExportPathError::UnsupportedExtension { found }) if found == ".pdf"
        ));
        assert!(matches!(
            ok("/x/issue-54"),
            Err(ExportPathError::UnsupportedExtension { .. })
        ));
    }

    #[test]
    fn issue_files_and_backups_are_never_targets() {
        let open = Path::new("/x/issue-54.ron");
        for path in [
            "/x/issue-54.ron",
            "/x/other.RON",
            "/x/issue-54.ron.bak",
            "/y/a.bak",
        ] {
            assert!(
                matches!(
                    check_export_path(Path::new(path), Some(open)),
                    Err(ExportPathError::IssueFile(_))
                ),
                "{path}"
            );
        }
    }

    #[test]
    fn the_open_issue_is_refused_even_under_another_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let issue = dir.path().join("issue.html");
        std::fs::write(&issue, "x").expect("write");
        let link = dir.path().join("link.html");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&issue, &link).expect("link");
        #[cfg(unix)]
        assert!(check_export_path(&link, Some(&issue)).is_err());
        assert!(check_export_path(&issue, Some(&issue)).is_err());
    }

    #[test]
    fn the_offer_is_html_beside_the_issue() {
        assert_eq!(
            suggested_export_path(Path::new("/a/issue-54.ron")),
            Path::new("/a/issue-54.html")
        );
    }
}
