//! The main area: the fields of the issue itself, or of the selected story, and the story's
//! place with the moves that take it elsewhere.

use egui::Ui;

use super::text_field::{Fields, tags_edit_ui, text_field_ui};
use super::user_text::{TextRole, bidi_line_ui};
use super::value_fields::{date_edit_ui, language_ui, number_edit_ui, status_ui};
use crate::model::curation::PickStep;
use crate::model::{Desk, Edit, StoryId, StoryPlace, StoryText, TextField};
use crate::session::{Command, Curate, Selection};
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, labelled_row_ui};

/// How the editor is shown.
#[derive(Clone, Debug)]
pub struct EditorOptions<'a> {
    /// Spelling: dictionaries, personal words, suggestions.
    pub spelling: &'a crate::session::Spelling,
    /// The caret and selection of each field, as the document keeps them.
    pub carets: &'a crate::model::Carets,
    /// The file is from a newer version: nothing may change.
    pub read_only: bool,
    /// Draw invisible formatting characters.
    pub show_marks: bool,
    /// Other issues of the library that featured the selected story's link.
    pub featured: Vec<crate::io::Featured>,
    /// What its import changed in the selected story.
    pub flags: Vec<String>,
    /// The selected story's word count and reading time.
    pub reading: Option<crate::model::ReadingStats>,
}

/// Draws the editor for the selection, queuing the edits made.
pub fn editor_pane_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    selection: Selection,
    options: EditorOptions<'_>,
    commands: &mut Vec<Command>,
) {
    engine.set_show_marks(options.show_marks);
    let fields = Fields {
        desk,
        carets: options.carets,
        spelling: options.spelling,
    };
    ui.add_enabled_ui(!options.read_only, |ui| match selection {
        Selection::Issue => issue_fields_ui(ui, engine, fields, commands),
        Selection::Story(story) => {
            story_place_ui(ui, engine, desk, story, &options, commands);
            pick_fields_ui(ui, engine, fields, story, commands);
        }
        // Drawn by their own views, not the editor.
        Selection::Preview | Selection::Library | Selection::Search => {}
    });
}

/// The width of the labels beside the short fields, so the fields line up.
const LABEL_WIDTH: f32 = 110.0;

fn issue_fields_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    fields: Fields<'_>,
    commands: &mut Vec<Command>,
) {
    let issue = &fields.desk.issue;
    labelled_row_ui(ui, tr(Msg::Number), LABEL_WIDTH, |ui, label| {
        if let Some(number) = number_edit_ui(ui, engine, issue.number, label) {
            commands.push(Command::Edit(Edit::SetNumber(number)));
        }
    });
    labelled_row_ui(ui, tr(Msg::Date), LABEL_WIDTH, |ui, label| {
        if let Some(Some(date)) = date_edit_ui(ui, engine, "issue_date", Some(issue.date), label) {
            commands.push(Command::Edit(Edit::SetDate(date)));
        }
    });
    labelled_row_ui(ui, tr(Msg::Status), LABEL_WIDTH, |ui, label| {
        status_ui(ui, issue.status, label, commands);
    });
    labelled_row_ui(ui, tr(Msg::Language), LABEL_WIDTH, |ui, label| {
        language_ui(ui, issue.language, label, commands);
    });
    ui.add_space(8.0);
    let label = ui.engine_label(tr(Msg::Title));
    text_field_ui(
        ui,
        engine,
        fields,
        TextField::IssueTitle,
        TextRole::Heading,
        &label,
        commands,
    );
    ui.add_space(8.0);
    let label = ui.engine_label(tr(Msg::Introduction));
    text_field_ui(
        ui,
        engine,
        fields,
        TextField::Intro,
        TextRole::Body,
        &label,
        commands,
    );

    for (index, section) in issue.sections.iter().enumerate() {
        ui.add_space(8.0);
        let label = ui.engine_label(text(&Text::SectionNumber { number: index + 1 }));
        let title = TextField::SectionTitle(section.id);
        text_field_ui(
            ui,
            engine,
            fields,
            title,
            TextRole::Heading,
            &label,
            commands,
        );
    }
}

fn pick_fields_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    fields: Fields<'_>,
    id: StoryId,
    commands: &mut Vec<Command>,
) {
    let desk = fields.desk;
    let Ok(pick) = desk.entry(id) else {
        return;
    };
    let story = &pick.story;
    let label = ui.engine_label(tr(Msg::Headline));
    let headline = TextField::Story(id, StoryText::Headline);
    text_field_ui(
        ui,
        engine,
        fields,
        headline,
        TextRole::Heading,
        &label,
        commands,
    );
    ui.add_space(6.0);

    for (msg, which) in [
        (Msg::Source, StoryText::Source),
        (Msg::Url, StoryText::Url),
        (Msg::Author, StoryText::Author),
    ] {
        labelled_row_ui(ui, tr(msg), LABEL_WIDTH, |ui, label| {
            let field = TextField::Story(id, which);
            text_field_ui(ui, engine, fields, field, TextRole::Row, label, commands);
        });
    }
    labelled_row_ui(ui, tr(Msg::PublishedOn), LABEL_WIDTH, |ui, label| {
        if let Some(date) = date_edit_ui(ui, engine, ("published", id), story.published, label) {
            commands.push(Command::Edit(Edit::SetPublished { story: id, date }));
        }
    });
    labelled_row_ui(ui, tr(Msg::Tags), LABEL_WIDTH, |ui, label| {
        tags_edit_ui(ui, engine, desk, id, label, commands);
    });

    ui.add_space(8.0);
    let label = ui.engine_label(tr(Msg::Excerpt));
    let excerpt = TextField::Story(id, StoryText::Excerpt);
    text_field_ui(
        ui,
        engine,
        fields,
        excerpt,
        TextRole::Body,
        &label,
        commands,
    );
    ui.add_space(8.0);
    let label = ui.engine_label(tr(Msg::Commentary));
    text_field_ui(
        ui,
        engine,
        fields,
        TextField::Commentary(id),
        TextRole::Body,
        &label,
        commands,
    );
}

/// Where the story is and the moves that take it elsewhere; its word count, and warnings:
/// featured before, changed on import.
fn story_place_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    id: StoryId,
    options: &EditorOptions,
    commands: &mut Vec<Command>,
) {
    match desk.place(id) {
        Some(StoryPlace::Inbox(_)) => {
            ui.engine_strong(tr(Msg::InInbox));
            // One row per section: the button, then the section's (user text) title.
            for (index, section) in desk.issue.sections.iter().enumerate() {
                ui.reading_row(|ui| {
                    let label = text(&Text::PickIntoSection { number: index + 1 });
                    if ui.engine_button(label).clicked() {
                        commands.push(Command::Curate(Curate::Pick {
                            story: id,
                            section: section.id,
                            index: section.picks.len(),
                        }));
                    }
                    if !section.title.is_empty() {
                        let direction = section
                            .title_settings
                            .resolve(&section.title, desk.issue.base_direction());
                        bidi_line_ui(ui, engine, &section.title, direction, TextRole::Row);
                    }
                });
            }
        }
        Some(StoryPlace::Issue(_)) => {
            ui.reading_row_wrapped(|ui| {
                if ui.engine_button(tr(Msg::SendToInbox)).clicked() {
                    commands.push(Command::Curate(Curate::SendToInbox(id)));
                }
                if ui.engine_button(tr(Msg::MoveToTop)).clicked() {
                    commands.push(Command::Curate(Curate::Step(id, PickStep::Top)));
                }
            });
        }
        None => return,
    }
    ui.reading_row_wrapped(|ui| {
        if let Some(reading) = &options.reading {
            ui.engine_weak(super::reading::stats_text(reading));
        }
        if ui.engine_button(tr(Msg::DeleteStory)).clicked() {
            commands.push(Command::Curate(Curate::Delete(id)));
        }
    });
    if let Some(badge) = super::inbox_panel::featured_badge(&options.featured) {
        ui.engine_colored(ui.visuals().warn_fg_color, badge);
    }
    for flag in &options.flags {
        ui.engine_colored(
            ui.visuals().warn_fg_color,
            text(&Text::ImportFlagNamed {
                flag: flag.as_str().into(),
            }),
        );
    }
    ui.separator();
}
