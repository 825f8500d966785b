//! The outline: the issue, its sections and their picks, for choosing what to edit and for
//! ordering picks by drag and drop.

use egui::Ui;

use super::DraggedStory;
use super::user_text::{TextRole, bidi_label_ui, user_text_row_ui};
use crate::model::{Desk, Entry, Section, Story};
use crate::session::{Command, Curate, Selection};
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, interface_direction};

/// Draws the outline (with the issue's `reading` stats) and queues the commands its rows and
/// buttons ask for.
pub fn outline_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    selection: Selection,
    reading: crate::model::ReadingStats,
    commands: &mut Vec<Command>,
) {
    let issue = &desk.issue;
    ui.reading_row(|ui| {
        for (target, msg) in [
            (Selection::Library, Msg::Library),
            (Selection::Search, Msg::Search),
            (Selection::Preview, Msg::Preview),
        ] {
            if ui.engine_selectable(selection == target, tr(msg)).clicked() {
                commands.push(Command::Select(target));
            }
        }
    });
    ui.separator();
    let base = issue.base_direction();
    // The row reads in the title's direction; the number sits at its start.
    let (issue_label, direction) = if issue.title.trim().is_empty() {
        // Untitled: "العدد 55" in the issue's own language, never English in an Arabic issue.
        (issue.display_title(), base)
    } else {
        let direction = issue.title_settings.resolve(&issue.title, base);
        // The number in the interface's digits; the title as she wrote it.
        let number = crate::i18n::number(issue.number);
        (format!("{number} {}", issue.title), direction)
    };
    if user_text_row_ui(
        ui,
        engine,
        &issue_label,
        direction,
        selection == Selection::Issue,
    )
    .clicked()
    {
        commands.push(Command::Select(Selection::Issue));
    }
    ui.engine_weak(super::reading::stats_text(&reading));
    ui.separator();

    for (index, section) in issue.sections.iter().enumerate() {
        let position = SectionPosition {
            first: index == 0,
            last: index + 1 == issue.sections.len(),
        };
        section_ui(ui, engine, section, position, selection, base, commands);
        ui.add_space(6.0);
    }
    ui.add_space(2.0);
    if ui.engine_button(tr(Msg::AddSection)).clicked() {
        commands.push(Command::Curate(Curate::AddSection));
    }
}

#[derive(Clone, Copy)]
struct SectionPosition {
    first: bool,
    last: bool,
}

fn section_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    section: &Section,
    position: SectionPosition,
    selection: Selection,
    base: crate::model::ResolvedDirection,
    commands: &mut Vec<Command>,
) {
    // The heading is a drop target: a story dropped on it goes to the end of the section.
    let heading = if section.title.is_empty() {
        ui.engine_strong(tr(Msg::UntitledSection))
    } else {
        let direction = section.title_settings.resolve(&section.title, base);
        bidi_label_ui(ui, engine, &section.title, direction, TextRole::Heading)
    };
    let end = section.picks.len();
    drop_target(ui, &heading, section, end, commands);

    for (index, pick) in section.picks.iter().enumerate() {
        let story = &pick.story;
        let (headline, direction) = if story.headline.is_empty() {
            (
                tr(Msg::UntitledPick),
                interface_direction(tr(Msg::UntitledPick)),
            )
        } else {
            let direction = story.headline_settings.resolve(&story.headline, base);
            (story.headline.as_str(), direction)
        };
        let selected = selection == Selection::Story(pick.story.id);
        let row = user_text_row_ui(ui, engine, headline, direction, selected);
        row.dnd_set_drag_payload(DraggedStory(pick.story.id));
        if row.clicked() {
            commands.push(Command::Select(Selection::Story(pick.story.id)));
        }
        drop_target(ui, &row, section, index, commands);
    }
    ui.reading_row_wrapped(|ui| {
        if ui.engine_small_button(tr(Msg::AddPick)).clicked() {
            let story = Story::new("");
            let id = story.id;
            commands.push(Command::Edit(crate::model::Edit::InsertPick {
                section: section.id,
                index: section.picks.len(),
                pick: Box::new(Entry {
                    story,
                    commentary: Default::default(),
                }),
            }));
            commands.push(Command::Select(Selection::Story(id)));
        }
        if ui
            .add_enabled(!position.first, |ui: &mut egui::Ui| {
                ui.engine_small_button(tr(Msg::SectionUp))
            })
            .clicked()
        {
            commands.push(Command::Curate(Curate::StepSection(section.id, true)));
        }
        if ui
            .add_enabled(!position.last, |ui: &mut egui::Ui| {
                ui.engine_small_button(tr(Msg::SectionDown))
            })
            .clicked()
        {
            commands.push(Command::Curate(Curate::StepSection(section.id, false)));
        }
        if ui.engine_small_button(tr(Msg::RemoveSection)).clicked() {
            commands.push(Command::Curate(Curate::DeleteSection(section.id)));
        }
    });
}

/// Makes `target` accept a dragged story, placing it at `index` of `section` (it takes the
/// place of the row it is dropped on). Draws a line where it would go while hovering.
fn drop_target(
    ui: &Ui,
    target: &egui::Response,
    section: &Section,
    index: usize,
    commands: &mut Vec<Command>,
) {
    if target.dnd_hover_payload::<DraggedStory>().is_some() {
        let y = target.rect.top();
        ui.painter()
            .hline(target.rect.x_range(), y, ui.visuals().selection.stroke);
    }
    let Some(dragged) = target.dnd_release_payload::<DraggedStory>() else {
        return;
    };
    let story = dragged.0;
    commands.push(Command::Curate(Curate::Pick {
        story,
        section: section.id,
        index,
    }));
}
