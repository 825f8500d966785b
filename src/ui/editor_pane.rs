//! The main area: the fields of the issue itself, or of the selected pick.

use egui::{ComboBox, DragValue, Grid, Response, Ui};
use jiff::civil::Date;

use super::strings::{Msg, tr};
use super::user_text::{
    TextRole, bidi_line_ui, caret_offset, caret_paragraph, draft_pane_ui, pane_id,
    user_text_edit_ui,
};
use super::{Command, Curate, Selection};
use crate::model::TextChange;
use crate::model::curation::PickStep;
use crate::model::{
    Desk, Direction, Edit, FieldRef, Status, StoryId, StoryPlace, StoryText, TextField,
};
use crate::text::TextEngine;
use crate::text::marks::{LRI, PDI, latin_run_at};

/// How the editor is shown.
#[derive(Clone, Debug)]
pub struct EditorOptions {
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
    options: EditorOptions,
    commands: &mut Vec<Command>,
) {
    engine.show_marks = options.show_marks;
    ui.add_enabled_ui(!options.read_only, |ui| match selection {
        Selection::Issue => issue_fields_ui(ui, engine, desk, commands),
        Selection::Pick(story) => {
            story_place_ui(ui, engine, desk, story, &options, commands);
            pick_fields_ui(ui, engine, desk, story, commands);
        }
        // Drawn by their own views, not the editor.
        Selection::Preview | Selection::Library | Selection::Search => {}
    });
}

/// An editing pane for `field`, named for screen readers by the label `label`.
fn text_field_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    field: TextField,
    role: TextRole,
    label: &Response,
    commands: &mut Vec<Command>,
) {
    let Ok(current) = field.get(desk) else {
        return;
    };
    // The paragraph toolbar sits above the prose field being edited.
    if let FieldRef::Prose(prose) = &current
        && engine.panes.active() == Some(pane_id(field))
    {
        direction_control_ui(ui, engine, field, prose, commands);
    }
    let (response, edits) = user_text_edit_ui(ui, engine, field, &current, role);
    response.labelled_by(label.id);
    commands.extend(edits.into_iter().map(Command::Edit));
}

/// The paragraph holding the caret: its direction (Auto, right to left, left to right), marks to
/// insert at the caret, and the fix that isolates a Latin run.
fn direction_control_ui(
    ui: &mut Ui,
    engine: &TextEngine,
    field: TextField,
    prose: &crate::model::Prose,
    commands: &mut Vec<Command>,
) {
    let paragraph = caret_paragraph(engine, field).unwrap_or(0);
    let Some(current) = prose.paragraphs().get(paragraph).map(|p| p.direction) else {
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.weak(tr(Msg::ParagraphDirection));
        for (direction, msg) in [
            (Direction::Auto, Msg::DirectionAuto),
            (Direction::Rtl, Msg::DirectionRtl),
            (Direction::Ltr, Msg::DirectionLtr),
        ] {
            let button = ui
                .selectable_label(current == direction, tr(msg))
                .labelled_by(label.id);
            if button.clicked() && current != direction {
                commands.push(Command::Edit(Edit::SetDirection {
                    field,
                    paragraph,
                    direction,
                }));
            }
        }
        ui.separator();
        let caret = caret_offset(engine, field).unwrap_or(0).min(prose.len());
        for (mark, msg) in [('\u{200F}', Msg::InsertRlm), ('\u{200E}', Msg::InsertLrm)] {
            if ui.small_button(tr(msg)).clicked() {
                commands.push(Command::Edit(Edit::Text {
                    field,
                    change: TextChange::insert(caret, mark.to_string()),
                }));
            }
        }
        let (_, start) = prose.paragraph_at(caret);
        let text = &prose.paragraphs()[paragraph].text;
        let run = latin_run_at(text, caret.saturating_sub(start));
        let isolate = ui
            .add_enabled(
                run.is_some(),
                egui::Button::new(tr(Msg::IsolateLatin)).small(),
            )
            .on_hover_text(tr(Msg::IsolateLatinHint));
        if let (true, Some(run)) = (isolate.clicked(), run) {
            // The closing PDI first, so the opening LRI's offset still holds.
            commands.push(Command::Edits(vec![
                Edit::Text {
                    field,
                    change: TextChange::insert(start + run.end, PDI.to_string()),
                },
                Edit::Text {
                    field,
                    change: TextChange::insert(start + run.start, LRI.to_string()),
                },
            ]));
        }
    });
}

fn issue_fields_ui(ui: &mut Ui, engine: &mut TextEngine, desk: &Desk, commands: &mut Vec<Command>) {
    let issue = &desk.issue;
    Grid::new("issue_fields")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(tr(Msg::Number));
            let mut number = issue.number;
            let response = ui.add(DragValue::new(&mut number).range(1..=u32::MAX));
            if response.labelled_by(label.id).changed() {
                commands.push(Command::Edit(Edit::SetNumber(number)));
            }
            ui.end_row();

            let label = ui.label(tr(Msg::Date));
            if let Some(date) = date_edit_ui(ui, "issue_date", Some(issue.date), &label).flatten() {
                commands.push(Command::Edit(Edit::SetDate(date)));
            }
            ui.end_row();

            let label = ui.label(tr(Msg::Status));
            status_ui(ui, issue.status, &label, commands);
            ui.end_row();
        });
    ui.add_space(8.0);
    let label = ui.label(tr(Msg::Title));
    text_field_ui(
        ui,
        engine,
        desk,
        TextField::IssueTitle,
        TextRole::Heading,
        &label,
        commands,
    );
    ui.add_space(8.0);
    let label = ui.label(tr(Msg::Introduction));
    text_field_ui(
        ui,
        engine,
        desk,
        TextField::Intro,
        TextRole::Body,
        &label,
        commands,
    );

    for (index, section) in issue.sections.iter().enumerate() {
        ui.add_space(8.0);
        let label = ui.label(format!("{} {}", tr(Msg::SectionTitle), index + 1));
        let title = TextField::SectionTitle(section.id);
        text_field_ui(ui, engine, desk, title, TextRole::Heading, &label, commands);
    }
}

fn status_ui(ui: &mut Ui, current: Status, label: &Response, commands: &mut Vec<Command>) {
    let name = |s: Status| {
        tr(match s {
            Status::Draft => Msg::Draft,
            Status::Ready => Msg::Ready,
            Status::Published => Msg::Published,
        })
    };
    let combo = ComboBox::from_id_salt("status")
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for status in Status::ALL {
                if ui
                    .selectable_label(status == current, name(status))
                    .clicked()
                    && status != current
                {
                    commands.push(Command::Edit(Edit::SetStatus(status)));
                }
            }
        });
    combo.response.labelled_by(label.id);
}

fn pick_fields_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    id: StoryId,
    commands: &mut Vec<Command>,
) {
    let Ok(pick) = desk.entry(id) else {
        return;
    };
    let story = &pick.story;
    let label = ui.label(tr(Msg::Headline));
    let headline = TextField::Story(id, StoryText::Headline);
    text_field_ui(
        ui,
        engine,
        desk,
        headline,
        TextRole::Heading,
        &label,
        commands,
    );
    ui.add_space(6.0);

    Grid::new("story_fields")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (msg, which) in [
                (Msg::Source, StoryText::Source),
                (Msg::Url, StoryText::Url),
                (Msg::Author, StoryText::Author),
            ] {
                let label = ui.label(tr(msg));
                text_field_ui(
                    ui,
                    engine,
                    desk,
                    TextField::Story(id, which),
                    TextRole::Row,
                    &label,
                    commands,
                );
                ui.end_row();
            }
            let label = ui.label(tr(Msg::PublishedOn));
            if let Some(date) = date_edit_ui(ui, ("published", id), story.published, &label) {
                commands.push(Command::Edit(Edit::SetPublished { story: id, date }));
            }
            ui.end_row();
            let label = ui.label(tr(Msg::Tags));
            if let Some(tags) = tags_edit_ui(ui, engine, id, &story.tags, &label) {
                commands.push(Command::Edit(Edit::SetTags { story: id, tags }));
            }
            ui.end_row();
        });

    ui.add_space(8.0);
    let label = ui.label(tr(Msg::Excerpt));
    let excerpt = TextField::Story(id, StoryText::Excerpt);
    text_field_ui(ui, engine, desk, excerpt, TextRole::Body, &label, commands);
    ui.add_space(8.0);
    let label = ui.label(tr(Msg::Commentary));
    text_field_ui(
        ui,
        engine,
        desk,
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
            ui.strong(tr(Msg::InInbox));
            // One row per section: the button, then the section's (user text) title.
            for (index, section) in desk.issue.sections.iter().enumerate() {
                ui.horizontal(|ui| {
                    let label = format!("{} {}", tr(Msg::PickInto), index + 1);
                    if ui.button(label).clicked() {
                        commands.push(Command::Curate(Curate::Pick {
                            story: id,
                            section: section.id,
                            index: section.picks.len(),
                        }));
                    }
                    if !section.title.is_empty() {
                        bidi_line_ui(ui, engine, &section.title, TextRole::Row);
                    }
                });
            }
        }
        Some(StoryPlace::Issue(_)) => {
            ui.horizontal_wrapped(|ui| {
                if ui.button(tr(Msg::SendToInbox)).clicked() {
                    commands.push(Command::Curate(Curate::SendToInbox(id)));
                }
                if ui.button(tr(Msg::MoveToTop)).clicked() {
                    commands.push(Command::Curate(Curate::Step(id, PickStep::Top)));
                }
            });
        }
        None => return,
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(reading) = &options.reading {
            ui.weak(super::reading::stats_text(reading));
        }
        if ui.button(tr(Msg::DeleteStory)).clicked() {
            commands.push(Command::Curate(Curate::Delete(id)));
        }
    });
    if let Some(badge) = super::inbox_panel::featured_badge(&options.featured) {
        ui.colored_label(ui.visuals().warn_fg_color, badge);
    }
    for flag in &options.flags {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("{}: {flag}", tr(Msg::ImportFlag)),
        );
    }
    ui.separator();
}

/// A date typed as `YYYY-MM-DD`. Returns `Some(new value)` when the editor typed a valid date
/// (or cleared an optional one) that differs from `current`.
fn date_edit_ui(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    current: Option<Date>,
    label: &Response,
) -> Option<Option<Date>> {
    let shown = current.map(|d| d.to_string()).unwrap_or_default();
    let parse = |draft: &str| {
        let draft = draft.trim();
        if draft.is_empty() {
            Some(None)
        } else {
            draft.parse::<Date>().ok().map(Some)
        }
    };
    let new = draft_field_ui(ui, id_salt, &shown, tr(Msg::DateHint), 120.0, label, parse)?;
    (new != current).then_some(new)
}

/// Tags typed separated by commas (Latin or Arabic); returns the new list when it changed.
fn tags_edit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    id: StoryId,
    tags: &[String],
    label: &Response,
) -> Option<Vec<String>> {
    let shown = tags.join("، ");
    let draft_id = ui.make_persistent_id(("tags", id));
    let (response, draft) = draft_pane_ui(ui, engine, draft_id, &shown, tr(Msg::TagsHint));
    let response = response.labelled_by(label.id);
    if !response.changed() {
        return None;
    }
    let new: Vec<String> = draft
        .split([',', '،'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    (new != tags).then_some(new)
}

/// A one-line field whose text is parsed into a value. While it has focus, what the editor
/// types is kept as a draft (in egui's memory) so half-typed input is not replaced by the
/// model's value; a draft that does not parse is shown in the error colour.
fn draft_field_ui<T>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    shown: &str,
    hint: &str,
    width: f32,
    label: &Response,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let id = ui.make_persistent_id(id_salt);
    let mut draft: String = ui
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| shown.to_owned());
    let valid = parse(&draft).is_some();
    let response = ui.add(
        egui::TextEdit::singleline(&mut draft)
            .id(id.with("edit"))
            .hint_text(hint)
            .font(TextRole::Row.font_id())
            .desired_width(width)
            .text_color_opt((!valid).then(|| ui.visuals().error_fg_color)),
    );
    let response = response.labelled_by(label.id);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, draft.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if response.changed() {
        parse(&draft)
    } else {
        None
    }
}
