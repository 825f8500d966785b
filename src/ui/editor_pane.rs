//! The main area: the fields of the issue itself, or of the selected pick.

use egui::{ComboBox, DragValue, Grid, Response, Ui};
use jiff::civil::Date;

use super::field_analysis::FieldAnalysis;
use super::user_text::{
    TextRole, bidi_line_ui, draft_pane_ui, field_caret, pane_id, user_text_edit_ui,
};
use crate::model::curation::PickStep;
use crate::model::{
    Desk, Direction, Edit, Language, ResolvedDirection, Status, StoryId, StoryPlace, StoryText,
    TextField, TextSettings, isolate_edits,
};
use crate::session::{Action, Command, Curate, FieldAction, Selection};
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::text::pane::{Underline, UnderlineKind};

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
    engine.set_show_marks(options.show_marks);
    ui.add_enabled_ui(!options.read_only, |ui| match selection {
        Selection::Issue => issue_fields_ui(ui, engine, desk, commands),
        Selection::Story(story) => {
            story_place_ui(ui, engine, desk, story, &options, commands);
            pick_fields_ui(ui, engine, desk, story, commands);
        }
        // Drawn by their own views, not the editor.
        Selection::Preview | Selection::Library | Selection::Search => {}
    });
}

/// An editing pane for `field`, named for screen readers by the label `label`: its paragraphs
/// in the directions the rule gives them, bidi hints underlined, and the direction toolbar above
/// it while it is the field being edited.
fn text_field_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    field: TextField,
    role: TextRole,
    label: &Response,
    commands: &mut Vec<Command>,
) {
    // Stacked: in a grid cell (source, link, author) the toolbar would otherwise push the
    // pane off to its side, out of the window.
    ui.vertical(|ui| field_stack_ui(ui, engine, desk, field, role, label, commands));
}

/// The toolbar (while editing) above the pane: the body of [`text_field_ui`].
fn field_stack_ui(
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
    // Shared by the hints, the toolbar and the pane.
    let text = current.text();
    let base = desk.issue.base_direction();
    let (directions, hints) = analyse_field(ui, field, &text, &current.settings(), base);
    // The paragraph toolbar sits above the field being edited (a link has no direction).
    let mut toolbar_used = false;
    if engine.active_pane() == Some(pane_id(field)) && field_has_direction(field) {
        toolbar_used = direction_control_ui(ui, engine, desk, field, commands);
    }
    let underlines: Vec<Underline> = hints
        .iter()
        .map(|h| Underline {
            range: h.span.clone(),
            kind: UnderlineKind::Hint,
        })
        .collect();
    let (output, edits) =
        user_text_edit_ui(ui, engine, field, &text, &directions, role, &underlines);
    let response = output.response.labelled_by(label.id);
    if toolbar_used {
        // The caret goes back into the text. Asked for after the pane is drawn: the pane gives up
        // its focus when a click lands elsewhere (on the toolbar), earlier in this same frame.
        response.request_focus();
    }
    commands.extend(edits.into_iter().map(Command::Edit));
    if let Some((paragraph, direction)) = output.set_direction
        && field_has_direction(field)
    {
        push_direction(desk, field, paragraph, direction, commands);
    }
    for (index, response) in output.underline_responses {
        if let Some(hint) = hints.get(index) {
            response.on_hover_ui(|ui| hint_tooltip_ui(ui, field, hint, commands));
        }
    }
}

/// True for the fields whose direction the editor sets (all but the link).
fn field_has_direction(field: TextField) -> bool {
    !matches!(field, TextField::Story(_, StoryText::Url))
}

/// Queues the edit that sets a paragraph's direction, unless it already has it.
fn push_direction(
    desk: &Desk,
    field: TextField,
    paragraph: usize,
    direction: Direction,
    commands: &mut Vec<Command>,
) {
    // No edit when the paragraph already reads that way (no empty undo step), or when the
    // field went away this frame.
    if let Ok(Some(edit)) = crate::model::set_direction(desk, field, paragraph, direction) {
        commands.push(Command::Edit(edit));
    }
}

/// A bidi hint of one field: where it is in the field's text, and what fixes it.
struct FieldHint {
    /// The underlined stretch (name and number), in the field's text.
    span: std::ops::Range<usize>,
    /// The paragraph it is in, and where that paragraph starts.
    paragraph: usize,
    paragraph_start: usize,
    /// The name to isolate, within the paragraph.
    name: std::ops::Range<usize>,
    /// The name as text, for the tooltip.
    name_text: String,
}

/// Each paragraph's direction and the bidi hints of a field's `text` (paragraphs joined by
/// `\n`, each with its `settings`), from the field's [`FieldAnalysis`], kept in egui's memory
/// from frame to frame so only changed paragraphs are read again.
fn analyse_field(
    ui: &Ui,
    field: TextField,
    text: &str,
    settings: &[TextSettings],
    base: ResolvedDirection,
) -> (Vec<ResolvedDirection>, Vec<FieldHint>) {
    ui.data_mut(|data| {
        let analysis =
            data.get_temp_mut_or_default::<FieldAnalysis>(pane_id(field).with("analysis"));
        analysis.update(text, settings, base);
        let hints = analysis
            .hints()
            .into_iter()
            .map(|(paragraph, start, hint)| FieldHint {
                span: start + hint.span().start..start + hint.span().end,
                paragraph,
                paragraph_start: start,
                name_text: analysis
                    .paragraph_text(paragraph, hint.name.clone())
                    .unwrap_or_default()
                    .to_owned(),
                name: hint.name,
            })
            .collect();
        (analysis.directions(), hints)
    })
}

/// The hint's explanation, with one click to isolate the name or to dismiss the paragraph's
/// hints.
fn hint_tooltip_ui(ui: &mut Ui, field: TextField, hint: &FieldHint, commands: &mut Vec<Command>) {
    ui.label(tr(Msg::BidiHintExplain));
    ui.horizontal(|ui| {
        let isolate = format!("{} «{}»", tr(Msg::IsolateName), hint.name_text);
        if ui.button(isolate).clicked() {
            commands.push(Command::Edits(isolate_edits(
                field,
                hint.paragraph_start,
                &hint.name,
            )));
        }
        if ui.button(tr(Msg::DismissHint)).clicked() {
            commands.push(Command::DismissHints(field, hint.paragraph));
        }
    });
}

/// The paragraph holding the caret: its direction (Auto, right to left, left to right), marks to
/// insert at the caret, and the fix that isolates a Latin run. Each button runs the Edit
/// menu's action, on this field (the one with the caret). Returns whether a button was clicked
/// (the caller then puts the caret back in the text).
fn direction_control_ui(
    ui: &mut Ui,
    engine: &TextEngine,
    desk: &Desk,
    field: TextField,
    commands: &mut Vec<Command>,
) -> bool {
    let caret = field_caret(engine, field);
    let Ok(settings) = field.settings(desk, caret.paragraph) else {
        return false;
    };
    let mut used = false;
    let mut run = |action: Action, commands: &mut Vec<Command>| {
        used = true;
        commands.push(Command::Run(action));
    };
    ui.horizontal_wrapped(|ui| {
        // Each button keeps its own name for screen readers ("Right to left"); the weak label
        // before them only reads as the group's heading.
        ui.weak(tr(Msg::ParagraphDirection));
        for (direction, msg, action) in [
            (Direction::Auto, Msg::DirectionAuto, Action::DirectionAuto),
            (Direction::Rtl, Msg::DirectionRtl, Action::DirectionRtl),
            (Direction::Ltr, Msg::DirectionLtr, Action::DirectionLtr),
        ] {
            let button = ui.selectable_label(settings.direction == direction, tr(msg));
            if button.clicked() {
                run(action, commands);
            }
        }
        // The tags are a list, not text one types marks into.
        if matches!(field, TextField::Story(_, StoryText::Tags)) {
            return;
        }
        ui.separator();
        for (msg, action) in [
            (Msg::InsertRlm, Action::InsertRlm),
            (Msg::InsertLrm, Action::InsertLrm),
        ] {
            if ui.small_button(tr(msg)).clicked() {
                run(action, commands);
            }
        }
        let isolate = caret.plan(desk, FieldAction::IsolateLatin);
        let button = ui
            .add_enabled(
                isolate.is_ok(),
                egui::Button::new(tr(Msg::IsolateLatin)).small(),
            )
            .on_hover_text(tr(Msg::IsolateLatinHint));
        if button.clicked() {
            run(Action::IsolateLatin, commands);
        }
    });
    used
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

            let label = ui.label(tr(Msg::Language));
            language_ui(ui, issue.language, &label, commands);
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
    if let Some(status) = choice_ui(ui, "status", current, Status::ALL, name, label) {
        commands.push(Command::Edit(Edit::SetStatus(status)));
    }
}

/// The issue's language: Arabic or English (what text whose words do not decide follows).
fn language_ui(ui: &mut Ui, current: Language, label: &Response, commands: &mut Vec<Command>) {
    let name = |l: Language| {
        tr(match l {
            Language::Arabic => Msg::LanguageArabic,
            Language::English => Msg::LanguageEnglish,
        })
    };
    if let Some(language) = choice_ui(ui, "language", current, Language::ALL, name, label) {
        commands.push(Command::Edit(Edit::SetLanguage(language)));
    }
}

/// A drop-down of `choices` named by `name`, labelled by `label`: the choice made this frame,
/// if it differs from `current`.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: &str,
    current: T,
    choices: impl IntoIterator<Item = T>,
    name: impl Fn(T) -> &'static str,
    label: &Response,
) -> Option<T> {
    let mut chosen = None;
    let combo = ComboBox::from_id_salt(id)
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for choice in choices {
                if ui
                    .selectable_label(choice == current, name(choice))
                    .clicked()
                    && choice != current
                {
                    chosen = Some(choice);
                }
            }
        });
    combo.response.labelled_by(label.id);
    chosen
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
            tags_edit_ui(ui, engine, desk, id, &label, commands);
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
                        let direction = section
                            .title_settings
                            .resolve(&section.title, desk.issue.base_direction());
                        bidi_line_ui(ui, engine, &section.title, direction, TextRole::Row);
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
    let hints = (tr(Msg::DateHint), tr(Msg::InvalidDate));
    let new = draft_field_ui(ui, id_salt, &shown, hints, 120.0, label, parse)?;
    (new != current).then_some(new)
}

/// Tags typed separated by commas (Latin or Arabic); returns the new list when it changed.
fn tags_edit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    desk: &Desk,
    id: StoryId,
    label: &Response,
    commands: &mut Vec<Command>,
) {
    let Ok(entry) = desk.entry(id) else {
        return;
    };
    let story = &entry.story;
    let field = TextField::Story(id, StoryText::Tags);
    let base = desk.issue.base_direction();
    let shown = story.tags.join("، ");
    let draft_id = ui.make_persistent_id(("tags", id));
    ui.vertical(|ui| {
        let mut toolbar_used = false;
        if engine.active_pane() == Some(pane_id(field)) {
            toolbar_used = direction_control_ui(ui, engine, desk, field, commands);
        }
        let settings = story.tags_settings;
        let (output, draft) = draft_pane_ui(
            ui,
            engine,
            draft_id,
            pane_id(field),
            &shown,
            tr(Msg::TagsHint),
            |draft| settings.resolve(draft, base),
        );
        let response = output.response.labelled_by(label.id);
        if toolbar_used {
            // As for every field: the caret goes back into the text after a toolbar click.
            response.request_focus();
        }
        if let Some((_, direction)) = output.set_direction {
            push_direction(desk, field, 0, direction, commands);
        }
        if !response.changed() {
            return;
        }
        let new: Vec<String> = draft
            .split([',', '،'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        if new != story.tags {
            commands.push(Command::Edit(Edit::SetTags {
                story: id,
                tags: new,
            }));
        }
    });
}

/// A one-line field whose text is parsed into a value. While it has focus, what the editor
/// types is kept as a draft (in egui's memory) so half-typed input is not replaced by the
/// model's value; a draft that does not parse is shown in the error colour.
fn draft_field_ui<T>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    shown: &str,
    (hint, invalid): (&str, &str),
    width: f32,
    label: &Response,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let id = ui.make_persistent_id(id_salt);
    // One cell of the grid: the field, and the reason when what is typed is not a value.
    ui.horizontal(|ui| {
        let mut draft: String = ui
            .data(|d| d.get_temp(id))
            .unwrap_or_else(|| shown.to_owned());
        let shown_valid = parse(&draft).is_some();
        let response = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .id(id.with("edit"))
                .hint_text(hint)
                .font(TextRole::Row.font_id())
                .desired_width(width)
                .text_color_opt((!shown_valid).then(|| ui.visuals().error_fg_color)),
        );
        let response = response.labelled_by(label.id);
        let valid = parse(&draft).is_some();
        // What she typed stays, in red and with the reason, until it is a value: leaving the field
        // must not silently put the old value back.
        if response.has_focus() || !valid {
            ui.data_mut(|d| d.insert_temp(id, draft.clone()));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if !valid {
            ui.colored_label(ui.visuals().error_fg_color, invalid);
        }
        if response.changed() {
            parse(&draft)
        } else {
            None
        }
    })
    .inner
}
