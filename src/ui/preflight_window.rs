//! The pre-flight panel (File → Check issue…, and after setting the status to Ready): what is
//! left before the issue goes out, each finding a row that goes to its field when clicked, a
//! moved link with a button that puts its new address in; the links' progress, with Cancel.

use egui::{Context, Id, ScrollArea};

use super::tool_window::{tool_window, tool_window_heading_ui};
use crate::model::Issue;
use crate::model::readiness::Problem;
use crate::session::{Command, Preflight, finding_text, place_text};
use crate::strings::{Msg, Text, text, tr};
use crate::ui::interface_text::{EngineText, ReadingLayout, column_layout};

/// Draws the panel; what the editor chooses is queued in `commands`. `stale` says the issue
/// changed since the check.
pub fn preflight_window_ui(
    ctx: &Context,
    issue: &Issue,
    preflight: &Preflight,
    stale: bool,
    commands: &mut Vec<Command>,
) {
    let title = tr(Msg::PreflightTitle);
    tool_window(ctx, Id::unique("preflight"), title, 480.0).show(ctx, |ui| {
        let mut check_again = false;
        let closed = tool_window_heading_ui(ui, title, |ui| {
            check_again = ui.engine_button(tr(Msg::CheckAgain)).clicked();
        });
        if closed {
            commands.push(Command::ClosePreflight);
        }
        if check_again {
            commands.push(Command::Run(crate::session::Action::CheckIssue));
        }
        let reading = preflight.reading();
        ui.engine_weak(text(&Text::ReadingStats {
            words: reading.words,
            minutes: reading.minutes as usize,
        }));
        if let Some((done, total)) = preflight.link_progress() {
            ui.reading_row(|ui| {
                ui.spinner();
                ui.engine_label(text(&Text::LinksChecking { done, total }));
                if ui.engine_small_button(tr(Msg::Cancel)).clicked() {
                    commands.push(Command::CancelLinkCheck);
                }
            });
        }
        if stale {
            ui.engine_colored(ui.visuals().warn_fg_color, tr(Msg::IssueChangedSinceCheck));
        }
        ui.separator();
        let findings = preflight.findings();
        if findings.is_empty() {
            ui.engine_strong(if preflight.link_progress().is_some() {
                tr(Msg::NothingFound)
            } else {
                tr(Msg::IssueReady)
            });
            return;
        }
        ui.engine_weak(text(&Text::PreflightLeft {
            count: findings.len(),
        }));
        ScrollArea::vertical().show(ui, |ui| {
            ui.with_layout(column_layout(), |ui| {
                for (index, finding) in findings.iter().enumerate() {
                    let row = format!(
                        "{} — {}",
                        place_text(issue, finding.field),
                        finding_text(&finding.problem)
                    );
                    if ui.engine_clickable(row).clicked() {
                        commands.push(Command::GoToFinding(index));
                    }
                    if matches!(finding.problem, Problem::LinkMoved { .. })
                        && ui.engine_small_button(tr(Msg::UseNewAddress)).clicked()
                    {
                        commands.push(Command::FixFinding(index));
                    }
                }
            });
        });
    });
}
