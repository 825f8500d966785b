//! A text field of the editor: its pane drawn by the text engine, each paragraph in the
//! direction the rule gives it, bidi hints underlined with their fixes, and the direction
//! toolbar above the field being edited. The tags field is a list typed as one line.

use std::collections::BTreeSet;
use std::sync::Arc;

use egui::{Response, Ui};

use super::field_analysis::FieldAnalysis;
use super::spelling_menu::{SpellingClick, spelling_menu_ui};
use super::user_text::{
    FieldSource, TextRole, draft_pane_ui, field_caret, pane_id, user_text_edit_ui,
};
use crate::model::{
    Desk, Direction, Edit, FieldRef, ResolvedDirection, StoryId, StoryText, TextField,
    isolate_edits,
};
use crate::session::{Action, Command, FieldAction, Spelling};
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::text::pane::{Underline, UnderlineKind};
use crate::ui::interface_text::{EngineText, ReadingLayout, engine_tooltip};

/// An editing pane for `field`, named for screen readers by the label `label`: its paragraphs
/// in the directions the rule gives them, bidi hints underlined, and the direction toolbar above
/// it while it is the field being edited.
pub(super) fn text_field_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    fields: Fields<'_>,
    field: TextField,
    role: TextRole,
    label: &Response,
    commands: &mut Vec<Command>,
) {
    // Stacked: in a grid cell (source, link, author) the toolbar would otherwise push the
    // pane off to its side, out of the window.
    let desk = fields.desk;
    ui.reading_column(|ui| {
        let Ok(current) = field.get(desk) else {
            return;
        };
        // Shared by the hints, the toolbar and the pane; kept whole from frame to frame while
        // the field's version stays the same.
        let version = current.version();
        let spelling = field.is_spell_checked().then_some(fields.spelling);
        let base = desk.issue.base_direction();
        let ignored = &desk.issue.ignored_words;
        let view = field_view(ui, field, &current, version, base, spelling, ignored);
        // The paragraph toolbar sits above the field being edited (a link has no direction).
        let mut toolbar_used = false;
        if engine.active_pane() == Some(pane_id(field)) && field_has_direction(field) {
            toolbar_used = direction_control_ui(ui, engine, desk, field, commands);
        }
        let shown = FieldSource {
            field: &current,
            directions: &view.directions,
        };
        let (output, edits) = user_text_edit_ui(ui, engine, field, &shown, role, &view.underlines);
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
        for (index, response) in &output.underline_responses {
            let hint = view.underline_hint.get(*index).copied().flatten();
            if let Some(hint) = hint.and_then(|h| view.hints.get(h)) {
                let _ = response
                    .clone()
                    .on_hover_ui(|ui| hint_tooltip_ui(ui, field, hint, commands));
            }
        }
        if let Some(spelling) = spelling {
            let clicked = SpellingClick {
                pane: &response,
                underlines: &output.underline_responses,
                view: &view,
            };
            spelling_menu_ui(ui, desk, spelling, field, &clicked, commands);
        }
    });
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
#[derive(Clone, Debug)]
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

/// What a text field's pane shows besides its text: each paragraph's direction, the bidi
/// hints and the underlines that mark them.
#[derive(Clone, Debug)]
pub(super) struct FieldView {
    directions: Vec<ResolvedDirection>,
    hints: Vec<FieldHint>,
    /// In order of their starts, as the pane wants them.
    pub underlines: Vec<Underline>,
    /// For each underline, the hint it marks (`None`: a misspelling).
    underline_hint: Vec<Option<usize>>,
}

/// What a field is drawn from: the desk, and spelling (dictionaries, personal words,
/// suggestions).
#[derive(Clone, Copy)]
pub(super) struct Fields<'a> {
    /// The issue and the inbox.
    pub desk: &'a Desk,
    /// Spelling: dictionaries (while checking is on), personal words, suggestions.
    pub spelling: &'a Spelling,
}

/// The view of `field` (at `version`, in an issue whose direction is `base`, spelling checked
/// with `speller` if given). It is kept whole in egui's memory while the field's version, the
/// base and the dictionaries stay the same, so an unchanged commentary is not read again; when
/// it changes, the field's [`FieldAnalysis`] reads only the paragraphs whose stamps changed.
/// A line (no version) is short and worked out every frame.
fn field_view(
    ui: &Ui,
    field: TextField,
    current: &FieldRef<'_>,
    version: Option<u64>,
    base: ResolvedDirection,
    spelling: Option<&Spelling>,
    ignored: &BTreeSet<String>,
) -> Arc<FieldView> {
    let view_id = pane_id(field).with("view");
    let speller = spelling.and_then(Spelling::checker);
    let spelled_with = speller.map_or(0, |(_, generation)| generation);
    // Her personal words, and the issue's ignored ones: what the underlines leave out.
    let words = spelling.map_or(0, Spelling::words_generation) ^ ignored_key(ignored);
    let key = version.map(|version| (version, base, spelled_with, words));
    if let Some(key) = key
        && let Some((kept, view)) =
            ui.data(|d| d.get_temp::<((u64, ResolvedDirection, u64, u64), Arc<FieldView>)>(view_id))
        && kept == key
    {
        return view;
    }
    let view = ui.data_mut(|data| {
        let analysis =
            data.get_temp_mut_or_default::<FieldAnalysis>(pane_id(field).with("analysis"));
        analysis.update(&current.paragraphs(), base, speller);
        let hints: Vec<FieldHint> = analysis
            .hints()
            .into_iter()
            .map(|(paragraph, start, hint, name_text)| FieldHint {
                span: start + hint.span().start..start + hint.span().end,
                paragraph,
                paragraph_start: start,
                name_text,
                name: hint.name,
            })
            .collect();
        let mut marked: Vec<(Underline, Option<usize>)> = hints
            .iter()
            .enumerate()
            .map(|(index, h)| {
                let underline = Underline {
                    range: h.span.clone(),
                    kind: UnderlineKind::Hint,
                };
                (underline, Some(index))
            })
            .chain(
                mistakes(analysis, current, spelling, ignored)
                    .into_iter()
                    .map(|range| {
                        let underline = Underline {
                            range,
                            kind: UnderlineKind::Mistake,
                        };
                        (underline, None)
                    }),
            )
            .collect();
        marked.sort_by_key(|(underline, _)| underline.range.start);
        let (underlines, underline_hint) = marked.into_iter().unzip();
        Arc::new(FieldView {
            directions: analysis.directions(),
            hints,
            underlines,
            underline_hint,
        })
    });
    if let Some(key) = key {
        ui.data_mut(|d| d.insert_temp(view_id, (key, Arc::clone(&view))));
    }
    view
}

/// A number that changes when the issue's ignored words do (a view keyed by it is redone).
fn ignored_key(ignored: &BTreeSet<String>) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    ignored.hash(&mut hasher);
    hasher.finish()
}

/// The misspelled words of a field (byte ranges of its text), less those of her personal
/// dictionary and those ignored in the issue.
fn mistakes(
    analysis: &FieldAnalysis,
    current: &FieldRef<'_>,
    spelling: Option<&Spelling>,
    ignored: &BTreeSet<String>,
) -> Vec<std::ops::Range<usize>> {
    let paragraphs = current.paragraphs();
    let personal = spelling.map(Spelling::personal_words);
    analysis
        .misspelled()
        .into_iter()
        .filter(|(index, _, range)| {
            let word = paragraphs
                .get(*index)
                .and_then(|p| p.text.get(range.clone()))
                .unwrap_or_default();
            !personal.is_some_and(|words| words.contains(word)) && !ignored.contains(word)
        })
        .map(|(_, start, range)| start + range.start..start + range.end)
        .collect()
}

/// The hint's explanation, with one click to isolate the name or to dismiss the paragraph's
/// hints.
fn hint_tooltip_ui(ui: &mut Ui, field: TextField, hint: &FieldHint, commands: &mut Vec<Command>) {
    ui.engine_label(tr(Msg::BidiHintExplain));
    ui.reading_row(|ui| {
        let isolate = text(&Text::IsolateNamed {
            name: hint.name_text.as_str().into(),
        });
        if ui.engine_button(isolate).clicked() {
            commands.push(Command::Edits(isolate_edits(
                field,
                hint.paragraph_start,
                &hint.name,
            )));
        }
        if ui.engine_button(tr(Msg::DismissHint)).clicked() {
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
    ui.reading_row_wrapped(|ui| {
        // Each button keeps its own name for screen readers ("Right to left"); the weak label
        // before them only reads as the group's heading.
        ui.engine_weak(tr(Msg::ParagraphDirection));
        for (direction, msg, action) in [
            (Direction::Auto, Msg::DirectionAuto, Action::DirectionAuto),
            (Direction::Rtl, Msg::DirectionRtl, Action::DirectionRtl),
            (Direction::Ltr, Msg::DirectionLtr, Action::DirectionLtr),
        ] {
            let button = ui.engine_selectable(settings.direction == direction, tr(msg));
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
            if ui.engine_small_button(tr(msg)).clicked() {
                run(action, commands);
            }
        }
        let isolate = caret.plan(desk, FieldAction::IsolateLatin);
        let button = ui.add_enabled(isolate.is_ok(), |ui: &mut egui::Ui| {
            ui.engine_small_button(tr(Msg::IsolateLatin))
        });
        let button = engine_tooltip(button, tr(Msg::IsolateLatinHint));
        if button.clicked() {
            run(Action::IsolateLatin, commands);
        }
    });
    used
}

/// Tags typed separated by commas (Latin or Arabic); returns the new list when it changed.
pub(super) fn tags_edit_ui(
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
    ui.reading_column(|ui| {
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
