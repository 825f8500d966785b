//! The outline: the issue, its sections and their picks, for choosing what to edit.

use egui::{Button, Ui};

use super::strings::{Msg, tr};
use super::user_text::{TextRole, user_text};
use super::{Command, Selection};
use crate::model::{Edit, Issue, Pick, Section, Story};

/// Draws the outline and queues the commands its buttons ask for.
pub fn outline_ui(ui: &mut Ui, issue: &Issue, selection: Selection, commands: &mut Vec<Command>) {
    let issue_label = if issue.title.is_empty() {
        tr(Msg::IssueDetails).to_owned()
    } else {
        format!("{} {}", issue.number, issue.title)
    };
    if ui
        .selectable_label(
            selection == Selection::Issue,
            user_text(&issue_label, TextRole::Row),
        )
        .clicked()
    {
        commands.push(Command::Select(Selection::Issue));
    }
    ui.separator();

    for (index, section) in issue.sections.iter().enumerate() {
        section_ui(ui, section, selection, commands);
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

fn section_ui(ui: &mut Ui, section: &Section, selection: Selection, commands: &mut Vec<Command>) {
    let title = if section.title.is_empty() {
        tr(Msg::UntitledSection)
    } else {
        &section.title
    };
    ui.label(user_text(title, TextRole::Heading).strong());
    for pick in &section.picks {
        let headline = if pick.story.headline.is_empty() {
            tr(Msg::UntitledPick)
        } else {
            &pick.story.headline
        };
        let selected = selection == Selection::Pick(pick.story.id);
        if ui
            .add(Button::selectable(selected, user_text(headline, TextRole::Row)).truncate())
            .clicked()
        {
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
