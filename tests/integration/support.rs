//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use egui::{Rect, Shape, TextureId};
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

pub fn story(headline: &str, url: &str) -> nashra::model::Story {
    let mut s = nashra::model::Story::new(headline);
    s.url = url.to_owned();
    s
}

pub fn pick(headline: &str, url: &str) -> nashra::model::Entry {
    nashra::model::Entry {
        story: story(headline, url),
        commentary: nashra::model::Prose::from_text("تعليق المحررة"),
    }
}

/// A library: issue 12 (featuring an FT link), issue 13 (open: sections "أ" with two picks
/// and "ب" with one), and an inbox of two stories, one of them the FT link again.
pub fn library() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut old = nashra::model::Issue::new(12, "العدد الثاني عشر", jiff::civil::date(2026, 5, 1));
    old.sections[0]
        .picks
        .push(pick("قصة قديمة", "https://www.ft.com/content/abc"));
    nashra::io::save_issue(&dir.path().join("issue-012.ron"), &old).expect("save 12");

    let mut current =
        nashra::model::Issue::new(13, "العدد الثالث عشر", jiff::civil::date(2026, 5, 8));
    current.sections = vec![
        nashra::model::Section::new("أ"),
        nashra::model::Section::new("ب"),
    ];
    current.sections[0]
        .picks
        .push(pick("الأولى", "https://example.com/1"));
    current.sections[0]
        .picks
        .push(pick("الثانية", "https://example.com/2"));
    current.sections[1]
        .picks
        .push(pick("الثالثة", "https://example.com/3"));
    nashra::io::save_issue(&dir.path().join("issue-013.ron"), &current).expect("save 13");

    let inbox = nashra::model::Inbox {
        entries: vec![
            nashra::model::Entry {
                story: story(
                    "Sequoia تستثمر مجددًا",
                    "http://ft.com/content/abc/?utm_source=newsletter",
                ),
                commentary: nashra::model::Prose::default(),
            },
            nashra::model::Entry {
                story: story("خبر جديد", "https://bbc.com/news/1"),
                commentary: nashra::model::Prose::default(),
            },
        ],
    };
    let library = nashra::io::Library::open(dir.path()).expect("library");
    library.save_inbox(&inbox).expect("save inbox");
    let root = dir.path().to_owned();
    (dir, root)
}

/// How many stories wait in the open desk's inbox.
pub fn inbox_len(h: &Harness<'_, NashraApp>) -> usize {
    h.state()
        .session()
        .open_issue()
        .document
        .inbox()
        .entries
        .len()
}

/// Each section's headlines, then the inbox's.
pub fn desk_layout(desk: &nashra::model::Desk) -> Vec<Vec<String>> {
    desk.issue
        .sections
        .iter()
        .map(|s| s.picks.iter().map(|p| p.story.headline.clone()).collect())
        .chain(std::iter::once(
            desk.inbox
                .entries
                .iter()
                .map(|p| p.story.headline.clone())
                .collect(),
        ))
        .collect()
}

/// The story with this headline, picked or in the inbox.
pub fn desk_story(desk: &nashra::model::Desk, headline: &str) -> nashra::model::StoryId {
    desk.issue
        .picks()
        .chain(desk.inbox.entries.iter())
        .find(|p| p.story.headline == headline)
        .map(|p| p.story.id)
        .expect("a story with that headline on the desk")
}

/// Left and right edge of the glyphs the text engine painted inside `rect` last frame.
pub fn ink(h: &Harness<'static, NashraApp>, rect: Rect) -> (f32, f32) {
    fn visit(shape: &Shape, rect: Rect, extent: &mut (f32, f32)) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| visit(s, rect, extent)),
            // egui's own text uses the font texture; the engine's glyphs come from its atlas.
            Shape::Mesh(mesh) if mesh.texture_id != TextureId::default() => {
                for vertex in &mesh.vertices {
                    if rect.contains(vertex.pos) {
                        extent.0 = extent.0.min(vertex.pos.x);
                        extent.1 = extent.1.max(vertex.pos.x);
                    }
                }
            }
            _ => {}
        }
    }
    let mut extent = (f32::INFINITY, f32::NEG_INFINITY);
    for clipped in &h.output().shapes {
        visit(&clipped.shape, rect, &mut extent);
    }
    assert!(extent.0 < extent.1, "no glyphs painted in {rect:?}");
    extent
}
