//! Pixel snapshots of right-to-left panes, rendered on the CPU (Mesa's lavapipe through wgpu):
//! a mixed Arabic/Latin/digit line, a wrapped paragraph, and a selection across a direction
//! boundary. `UPDATE_SNAPSHOTS=1 cargo test snapshots` re-records them; look at the PNGs in
//! tests/snapshots/ before committing.

use egui_kittest::{Harness, SnapshotOptions};
use nashra::model::{Direction, ResolvedDirection};
use nashra::text::pane::{Caret, JoinedText, NoUnderlines, PaneConfig, text_pane_ui};
use nashra::text::{TextEngine, TextStyle};

struct Pane {
    engine: TextEngine,
    text: String,
}

fn pane_id() -> egui::Id {
    egui::Id::unique("snapshot_pane")
}

fn harness(text: &str, width: f32) -> Harness<'static, Pane> {
    let state = Pane {
        engine: TextEngine::new(),
        text: text.to_owned(),
    };
    Harness::builder()
        .with_size([width, 180.0])
        .with_context_setup(nashra::fonts::install)
        .build_ui_state(
            |ui, pane: &mut Pane| {
                pane.engine.begin_frame(ui.ctx().pixels_per_point());
                let directions: Vec<ResolvedDirection> = pane
                    .text
                    .split('\n')
                    .map(|p| Direction::Auto.resolve(p, ResolvedDirection::Rtl))
                    .collect();
                let config = PaneConfig {
                    id: pane_id(),
                    text: &JoinedText {
                        text: &pane.text,
                        directions: &directions,
                    },
                    style: TextStyle::BODY,
                    editable: false,
                    multiline: true,
                    hint: "",
                    show_marks: false,
                    underlines: &NoUnderlines,
                    selection: None,
                };
                egui::CentralPanel::default().show(ui, |ui| {
                    let label = ui.label("Commentary");
                    let output = text_pane_ui(ui, &mut pane.engine, &config);
                    output.response.labelled_by(label.id);
                });
            },
            state,
        )
}

fn options() -> SnapshotOptions {
    // Anti-aliased glyph edges may differ by a few pixels between Mesa versions.
    SnapshotOptions::default().max_failed_pixels(40)
}

#[test]
fn snapshot_mixed_line() {
    let mut h = harness(
        "استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.",
        640.0,
    );
    h.run();
    h.snapshot_options("rtl_mixed_line", &options());
}

#[test]
fn snapshot_wrapped_paragraph() {
    let text = "ماسك قضى أشهرًا في محاولة جمع ما يصل إلى 6 مليارات دولار من المستثمرين من أجل xAI، الذي أطلقه في عام 2023.";
    let mut h = harness(text, 360.0);
    h.run();
    h.snapshot_options("rtl_wrapped_paragraph", &options());
}

#[test]
fn snapshot_selection_across_a_direction_boundary() {
    let text = "استثمرت Sequoia Capital مبلغ 800 مليون دولار";
    let mut h = harness(text, 520.0);
    h.run();
    // From inside "Sequoia" to inside "مبلغ": one logical range, two rectangles on screen.
    let start = text.find("quoia").expect("present");
    let end = text.find("لغ").expect("present");
    {
        let state = h.state_mut().engine.pane_mut(pane_id());
        state.anchor = Caret::at(start);
        state.focus = Caret::at(end);
    }
    h.run();
    let rects = h
        .state()
        .engine
        .pane(pane_id())
        .expect("drawn")
        .selection_rects();
    assert!(
        rects.len() >= 2,
        "the selection is split where it crosses runs: {rects:?}"
    );
    h.snapshot_options("rtl_selection_across_runs", &options());
}
