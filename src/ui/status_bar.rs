//! The status bar: messages for the editor (errors stay until dismissed or replaced by a newer
//! message on their topic; information fades), and whether the
//! issue is saved and where.

use std::time::{Duration, Instant};

use egui::Ui;

use super::user_text::{TextRole, bidi_line_ui};
use crate::session::Command;
use crate::session::{Notice, OpenIssue, Origin};
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, end_row_layout};

/// How long an informational message stays.
const INFO_DURATION: Duration = Duration::from_secs(6);

/// Draws the bar: errors first, each on its own wrapping line, then the status line.
pub fn status_bar_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    notices: &[Notice],
    open: &OpenIssue,
    commands: &mut Vec<Command>,
) {
    for (index, notice) in notices.iter().enumerate().filter(|(_, n)| n.is_error) {
        ui.reading_row(|ui| {
            if ui.engine_small_button(tr(Msg::Dismiss)).clicked() {
                commands.push(Command::DismissNotice(index));
            }
            ui.engine_colored(ui.visuals().error_fg_color, &notice.text);
        });
    }
    ui.reading_row(|ui| {
        let now = Instant::now();
        for notice in notices.iter().filter(|n| !n.is_error) {
            let age = now.duration_since(notice.posted_at);
            if age < INFO_DURATION {
                ui.engine_label(notice.text.as_str());
                ui.ctx().request_repaint_after(INFO_DURATION - age);
            }
        }
        ui.with_layout(end_row_layout(), |ui| {
            match &open.origin {
                // A path may hold Arabic folder names: drawn by the text engine.
                Origin::File(path) => {
                    let path = path.display().to_string();
                    let direction = crate::model::Direction::Auto
                        .resolve(&path, crate::model::ResolvedDirection::Ltr);
                    bidi_line_ui(ui, engine, &path, direction, TextRole::Row);
                }
                Origin::Sample => {
                    ui.engine_weak(tr(Msg::SampleOrigin));
                }
                Origin::New => {
                    ui.engine_weak(tr(Msg::NotSavedYet));
                }
            }
            if open.document.is_modified() {
                ui.engine_label(tr(Msg::Unsaved));
            } else if open.path().is_some() {
                ui.engine_label(tr(Msg::Saved));
            }
        });
    });
}
