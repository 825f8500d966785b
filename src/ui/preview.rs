//! The preview: the issue as readers will see it, drawn with the text engine, updating as the
//! editor types; with the buttons that send it on (Copy HTML, Export…).
//!
//! It draws the very blocks the exports write ([`crate::io::export::issue_blocks`]), each in
//! the direction the email gives it, so the preview and the email cannot disagree.

use egui::Ui;

use super::user_text::{TextRole, bidi_label_ui};
use crate::io::export::{BlockRole, issue_blocks};
use crate::model::Issue;
use crate::session::{Action, Command};
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout};

/// Draws the preview of `issue`.
pub fn preview_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    issue: &Issue,
    commands: &mut Vec<Command>,
) {
    ui.reading_row(|ui| {
        if ui.engine_button(tr(Msg::CopyHtml)).clicked() {
            commands.push(Command::Run(Action::CopyHtml));
        }
        if ui.engine_button(tr(Msg::Export)).clicked() {
            commands.push(Command::Run(Action::Export));
        }
    });
    ui.separator();
    ui.add_space(8.0);
    for block in issue_blocks(issue) {
        let role = match block.role {
            BlockRole::Title | BlockRole::SectionTitle | BlockRole::Headline => TextRole::Heading,
            BlockRole::IssueByline | BlockRole::StoryByline | BlockRole::Excerpt => TextRole::Row,
            BlockRole::Intro | BlockRole::Commentary => TextRole::Body,
        };
        match block.role {
            BlockRole::SectionTitle => ui.add_space(16.0),
            BlockRole::Headline => ui.add_space(10.0),
            _ => {}
        }
        if block.role == BlockRole::Excerpt {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                bidi_label_ui(ui, engine, &block.text, block.direction, role);
            });
        } else {
            bidi_label_ui(ui, engine, &block.text, block.direction, role);
        }
        if block.role == BlockRole::SectionTitle {
            ui.separator();
        }
    }
}
