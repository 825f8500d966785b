//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use nashra::model::Issue;
use nashra::ui::NashraApp;

/// The folder with test data (corpus files, crafted issue files).
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The bundled sample issue, parsed.
pub fn sample_issue() -> Issue {
    nashra::io::parse_issue(
        nashra::io::SAMPLE_RON.as_bytes(),
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

/// The text the last frame put on the clipboard, if any.
pub fn copied_text(h: &Harness<'_, NashraApp>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

/// The whole app in a headless harness, with the bundled fonts.
pub fn app_harness(app: NashraApp) -> Harness<'static, NashraApp> {
    Harness::builder()
        .with_size([1200.0, 900.0])
        .with_context_setup(nashra::fonts::install)
        .build_ui_state(|ui, app: &mut NashraApp| app.frame_ui(ui), app)
}
