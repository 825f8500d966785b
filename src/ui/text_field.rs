//! A text field of the editor: its pane drawn by the text engine, each paragraph in the
//! direction the rule gives it, bidi hints underlined with their fixes. The tags field is a
//! list typed as one line. (The buttons acting on the field with the caret are in the format
//! bar, `ui/format_bar.rs`, which never moves.)

use std::collections::BTreeSet;

use egui::{Response, Ui};

use super::field_analysis::{FieldAnalysis, KnownAt};
use super::spelling_menu::{SpellingClick, spelling_menu_ui};
use super::user_text::{FieldSource, TextRole, draft_pane_ui, pane_id, user_text_edit_ui};
use crate::model::{
    Carets, Desk, Direction, Edit, FieldRef, StoryId, StoryText, TextField, TextSelection,
    isolate_edits,
};
use crate::session::{Command, Spelling};
use crate::spell::KnownWords;
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout};

/// An editing pane for `field`, named for screen readers by the label `label`: its paragraphs
/// in the directions the rule gives them, bidi hints underlined.
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
        // The field's analysis is taken out of egui's memory for the frame (and put back), so
        // the pane reads each paragraph's direction and underlines where they are kept.
        let analysis_id = pane_id(field).with("analysis");
        let mut analysis = ui
            .data_mut(|d| d.remove_temp::<FieldAnalysis>(analysis_id))
            .unwrap_or_default();
        let spelling = field.is_spell_checked().then_some(fields.spelling);
        update_analysis(&mut analysis, &current, desk, spelling);
        let shown = FieldSource {
            field: &current,
            analysis: &analysis,
        };
        let selection = fields.carets.of(field);
        let (output, typed) =
            user_text_edit_ui(ui, engine, field, &shown, selection, role, &analysis);
        let response = output.response.labelled_by(label.id);
        commands.extend(typed);
        let at_caret = crate::model::formatting::link_at(desk, field, selection.focus);
        links_ui(
            ui,
            engine,
            (field, at_caret),
            &response,
            &output.links,
            commands,
        );
        if let Some((paragraph, direction)) = output.set_direction
            && field_has_direction(field)
        {
            push_direction(desk, field, paragraph, direction, commands);
        }
        for (at, response) in &output.underline_responses {
            if let Some((hint, name)) = analysis.underline_hint(at.paragraph, at.index) {
                let hint = FieldHint {
                    paragraph: at.paragraph,
                    paragraph_start: at.paragraph_start,
                    name: hint.name.clone(),
                    name_text: name,
                };
                let _ = response
                    .clone()
                    .on_hover_ui(|ui| hint_tooltip_ui(ui, field, &hint, commands));
            }
        }
        if let Some(spelling) = spelling {
            let clicked = SpellingClick {
                pane: &response,
                underlines: &output.underline_responses,
                analysis: &analysis,
            };
            spelling_menu_ui(ui, desk, spelling, field, &clicked, commands);
        }
        ui.data_mut(|d| d.insert_temp(analysis_id, analysis));
    });
}

/// A field's links: the address of the one under the pointer as a tooltip, Ctrl+click opening
/// it, and the link bar under the one the caret is in (its address, Open, Edit, Remove), in
/// an area of its own over the text below, so nothing moves.
fn links_ui(
    ui: &Ui,
    engine: &mut TextEngine,
    (field, caret_link): (TextField, Option<(std::ops::Range<usize>, String)>),
    response: &Response,
    links: &crate::text::pane::LinksSeen,
    commands: &mut Vec<Command>,
) {
    if let Some(address) = &links.hovered {
        let _ = response.clone().on_hover_ui_at_pointer(|ui| {
            super::user_text::bidi_line_ui(
                ui,
                engine,
                address,
                crate::model::ResolvedDirection::Ltr,
                TextRole::Row,
            );
        });
    }
    if let Some(address) = &links.opened {
        commands.push(Command::OpenLink(address.clone()));
    }
    let bar_id = pane_id(field).with("link_bar");
    // Kept while the pointer is on the bar: pressing one of its buttons takes the caret out of
    // the field for a frame.
    let on_bar = ui
        .ctx()
        .memory(|m| m.area_rect(bar_id))
        .is_some_and(|rect| {
            ui.ctx()
                .pointer_hover_pos()
                .is_some_and(|p| rect.expand(4.0).contains(p))
        });
    let remembered: Option<(egui::Rect, String)> = ui.data(|d| d.get_temp(bar_id));
    let shown = links.at_caret.clone().or(remembered.filter(|_| on_bar));
    ui.data_mut(|d| match &shown {
        Some(link) => {
            d.insert_temp(bar_id, link.clone());
        }
        None => d.remove::<(egui::Rect, String)>(bar_id),
    });
    let Some((rect, address)) = shown else {
        return;
    };
    egui::Area::new(bar_id)
        .order(egui::Order::Foreground)
        .fixed_pos(rect.left_bottom() + egui::vec2(0.0, 4.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.reading_row(|ui| {
                    super::user_text::bidi_line_ui(
                        ui,
                        engine,
                        &address,
                        crate::model::ResolvedDirection::Ltr,
                        TextRole::Row,
                    );
                    if ui.engine_small_button(tr(Msg::LinkOpen)).clicked() {
                        commands.push(Command::OpenLink(address.clone()));
                    }
                    if ui.engine_small_button(tr(Msg::LinkAction)).clicked() {
                        commands.push(Command::Run(crate::session::Action::Link));
                    }
                    if ui.engine_small_button(tr(Msg::LinkRemove)).clicked()
                        && let Some((words, _)) = &caret_link
                    {
                        commands.push(Command::RemoveLink {
                            field,
                            range: words.clone(),
                        });
                    }
                });
            });
        });
}

/// Brings the field's analysis up to date: the direction rule, the bidi hints and (with
/// `spelling`) the misspellings not among her words or the issue's ignored ones. Only what
/// changed is read again (see [`FieldAnalysis::update`]); an unchanged commentary is not read.
fn update_analysis(
    analysis: &mut FieldAnalysis,
    current: &FieldRef<'_>,
    desk: &Desk,
    spelling: Option<&Spelling>,
) {
    let ignored = &desk.issue.ignored_words;
    let known = KnownAt {
        words: KnownWords {
            personal: spelling.map(Spelling::personal_words),
            ignored,
        },
        generation: spelling.map_or(0, Spelling::words_generation) ^ ignored_key(ignored),
    };
    analysis.update(
        current.version(),
        || current.paragraphs(),
        desk.issue.base_direction(),
        spelling.and_then(Spelling::checker),
        &known,
    );
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

/// A bidi hint under the pointer: its paragraph, and the name that isolating would wrap.
struct FieldHint<'a> {
    /// The paragraph it is in, and where that paragraph starts in the field's text.
    paragraph: usize,
    paragraph_start: usize,
    /// The name to isolate, within the paragraph.
    name: std::ops::Range<usize>,
    /// The name as text, for the tooltip.
    name_text: &'a str,
}

/// What a field is drawn from: the desk, the carets, and spelling (dictionaries, personal
/// words, suggestions).
#[derive(Clone, Copy)]
pub(super) struct Fields<'a> {
    /// The issue and the inbox.
    pub desk: &'a Desk,
    /// The caret and selection of each field, as the document keeps them.
    pub carets: &'a Carets,
    /// Spelling: dictionaries (while checking is on), personal words, suggestions.
    pub spelling: &'a Spelling,
}

/// A number that changes when the issue's ignored words do (the underlines are then worked
/// out again).
fn ignored_key(ignored: &BTreeSet<String>) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    ignored.hash(&mut hasher);
    hasher.finish()
}

/// The hint's explanation, with one click to isolate the name or to dismiss the paragraph's
/// hints.
fn hint_tooltip_ui(
    ui: &mut Ui,
    field: TextField,
    hint: &FieldHint<'_>,
    commands: &mut Vec<Command>,
) {
    ui.engine_label(tr(Msg::BidiHintExplain));
    ui.reading_row(|ui| {
        let isolate = text(&Text::IsolateNamed {
            name: hint.name_text.into(),
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
        if response.gained_focus() {
            // The tags are a list, not text the document keeps a caret in; they still become
            // the field the format bar and the Edit menu act on.
            commands.push(Command::Caret(field, TextSelection::default()));
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
