//! The outline: the issue, its sections and their picks, for choosing what to edit.

use egui::Ui;

use super::strings::{Msg, tr};
use super::user_text::{TextRole, bidi_label_ui, user_text_row_ui};
use super::{Command, Selection};
use crate::model::{Edit, Issue, Pick, Section, Story};
use crate::text::TextEngine;

/// Draws the outline and queues the commands its buttons ask for.
pub fn outline_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    issue: &Issue,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    let issue_label = if issue.title.is_empty() {
        format!("{} {}", issue.number, tr(Msg::UntitledIssue))
    } else {
        format!("{} {}", issue.number, issue.title)
    };
    if user_text_row_ui(ui, engine, &issue_label, selection == Selection::Issue).clicked() {
        commands.push(Command::Select(Selection::Issue));
    }
    if ui
        .selectable_label(selection == Selection::Preview, tr(Msg::Preview))
        .clicked()
    {
        commands.push(Command::Select(Selection::Preview));
    }
    ui.separator();

    for (index, section) in issue.sections.iter().enumerate() {
        section_ui(ui, engine, section, selection, commands);
        if index + 1 < issue.sections.len() {
            ui.add_space(6.0);
        }
    }
    ui.add_space(8.0);
    if ui.button(tr(Msg::AddSection)).clicked() {
        commands.push(Command::Edit(Edit::InsertSection {
            index: issue.sections.len(),
            section: Section::new(""),
        }));
    }
}

fn section_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    section: &Section,
    selection: Selection,
    commands: &mut Vec<Command>,
) {
    if section.title.is_empty() {
        ui.strong(tr(Msg::UntitledSection));
    } else {
        bidi_label_ui(ui, engine, &section.title, TextRole::Heading);
    }
    for pick in &section.picks {
        let headline = if pick.story.headline.is_empty() {
            tr(Msg::UntitledPick)
        } else {
            &pick.story.headline
        };
        let selected = selection == Selection::Pick(pick.story.id);
        if user_text_row_ui(ui, engine, headline, selected).clicked() {
            commands.push(Command::Select(Selection::Pick(pick.story.id)));
        }
    }
    ui.horizontal(|ui| {
        if ui.small_button(tr(Msg::AddPick)).clicked() {
            let story = Story::new("");
            let id = story.id;
            commands.push(Command::Edit(Edit::InsertPick {
                section: section.id,
                index: section.picks.len(),
                pick: Box::new(Pick {
                    story,
                    commentary: Default::default(),
                }),
            }));
            commands.push(Command::Select(Selection::Pick(id)));
        }
        if ui.small_button(tr(Msg::RemoveSection)).clicked() {
            commands.push(Command::Edit(Edit::RemoveSection(section.id)));
        }
    });
}
