//! The preview: the issue as readers will see it, drawn with the text engine, updating as the
//! editor types; with the buttons that send it on (Copy HTML, Export…).

use egui::Ui;

use super::strings::{Msg, tr};
use super::user_text::{TextRole, bidi_label_ui, prose_view_ui};
use super::{Action, Command};
use crate::io::export::{issue_byline, story_byline};
use crate::model::Issue;
use crate::text::TextEngine;

/// Draws the preview of `issue`.
pub fn preview_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    issue: &Issue,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        if ui.button(tr(Msg::CopyHtml)).clicked() {
            commands.push(Command::Run(Action::CopyHtml));
        }
        if ui.button(tr(Msg::Export)).clicked() {
            commands.push(Command::Run(Action::Export));
        }
    });
    ui.separator();
    ui.add_space(8.0);
    bidi_label_ui(ui, engine, &issue.title, TextRole::Heading);
    bidi_label_ui(ui, engine, &issue_byline(issue), TextRole::Row);
    ui.add_space(8.0);
    prose_view_ui(ui, engine, &issue.intro, TextRole::Body);
    for section in &issue.sections {
        ui.add_space(16.0);
        if !section.title.trim().is_empty() {
            bidi_label_ui(ui, engine, &section.title, TextRole::Heading);
            ui.separator();
        }
        for pick in &section.picks {
            let story = &pick.story;
            ui.add_space(10.0);
            bidi_label_ui(ui, engine, &story.headline, TextRole::Heading);
            let byline = story_byline(story);
            if !byline.is_empty() {
                bidi_label_ui(ui, engine, &byline, TextRole::Row);
            }
            if !story.excerpt.is_empty() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    prose_view_ui(ui, engine, &story.excerpt, TextRole::Row);
                });
            }
            prose_view_ui(ui, engine, &pick.commentary, TextRole::Body);
        }
    }
}
