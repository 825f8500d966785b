//! The one place the interface shows and edits the editor's own text.
//!
//! Every headline, title, excerpt and commentary goes through these functions, which draw with
//! Nashra's text engine ([`crate::text`]) so Arabic runs right to left with Latin and digits in
//! place. No user text is laid out by egui itself.

use std::ops::Range;

use egui::{Response, Sense, Ui, vec2};

use crate::model::{FieldRef, ResolvedDirection, TextField, TextSelection};
use crate::session::Command;
use crate::text::pane::{
    JoinedText, NoUnderlines, PaneConfig, PaneOutput, PaneSource, PaneUnderlines, SourceParagraph,
    text_pane_ui,
};
use crate::text::{ParagraphLayout, TextEngine, TextStyle};
use crate::ui::field_analysis::FieldAnalysis;

/// How a piece of user text is styled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// Body text: excerpts, commentary, introduction.
    Body,
    /// Headlines and titles.
    Heading,
    /// Rows of lists and the outline.
    Row,
}

impl TextRole {
    /// The engine style for this role.
    pub fn style(self) -> TextStyle {
        match self {
            Self::Body => TextStyle::BODY,
            Self::Heading => TextStyle::HEADING,
            Self::Row => TextStyle::ROW,
        }
    }

    /// The egui font for this role (interface fields that still use egui's own layout).
    pub fn font_id(self) -> egui::FontId {
        let style = self.style();
        egui::FontId::new(style.size_pts, crate::fonts::text_family())
    }
}

/// Read-only user text (the BidiLabel): wrapped to the available width, shown in `direction`
/// (from the field's settings and [`crate::model::Direction::resolve`]), selectable with the
/// mouse and copyable with Ctrl+C.
pub fn bidi_label_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    direction: ResolvedDirection,
    role: TextRole,
) -> Response {
    let directions = [direction];
    let config = PaneConfig {
        id: ui.next_auto_id(),
        text: &JoinedText {
            text,
            directions: &directions,
        },
        style: role.style(),
        editable: false,
        multiline: false,
        hint: "",
        show_marks: engine.shows_marks(),
        underlines: &NoUnderlines,
        selection: None,
    };
    let response = text_pane_ui(ui, engine, &config).response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// One line of user text that does not wrap (a file path in the status bar), in `direction`.
pub fn bidi_line_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    direction: ResolvedDirection,
    role: TextRole,
) -> Response {
    let ppp = ui.ctx().pixels_per_point();
    let size = engine
        .label(text, direction, role.style(), ppp, None)
        .size_pts();
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    if ui.is_rect_visible(rect) {
        let color = ui.visuals().weak_text_color();
        engine.paint_label(
            ui.painter(),
            text,
            direction,
            role.style(),
            None,
            rect.min,
            color,
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A snippet of user text (a search result's context), wrapped to the available width, in
/// `direction` (right-aligned when right to left), dimmed, with the bytes `highlight` marked.
pub fn snippet_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    direction: ResolvedDirection,
    highlight: Range<usize>,
) -> Response {
    let ppp = ui.ctx().pixels_per_point();
    let width = ui.available_width().max(1.0);
    let style = TextRole::Row.style();
    let layout = engine.label(text, direction, style, ppp, Some(width));
    let (rect, response) = ui.allocate_exact_size(layout.size_pts(), Sense::hover());
    if ui.is_rect_visible(rect) {
        paint_highlight(ui, layout, highlight, rect.min);
        let color = ui.visuals().weak_text_color();
        engine.paint_label(
            ui.painter(),
            text,
            direction,
            style,
            Some(width),
            rect.min,
            color,
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A clickable row showing user text (the outline's picks) in `direction`: wrapped, highlighted
/// when selected or hovered.
pub fn user_text_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    direction: ResolvedDirection,
    selected: bool,
) -> Response {
    highlighted_row_ui(ui, engine, text, direction, selected, None)
}

/// [`user_text_row_ui`] with the bytes `highlight` of `text` marked (a search match).
pub fn highlighted_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    direction: ResolvedDirection,
    selected: bool,
    highlight: Option<Range<usize>>,
) -> Response {
    let width = ui.available_width().max(1.0);
    let padding = ui.spacing().button_padding;
    let ppp = ui.ctx().pixels_per_point();
    let text_width = width - 2.0 * padding.x;
    let size = engine
        .label(text, direction, TextStyle::ROW, ppp, Some(text_width))
        .size_pts();
    // Rows can be dragged (picks and inbox stories move by drag and drop).
    let (rect, response) = ui.allocate_exact_size(
        vec2(width, size.y + 2.0 * padding.y),
        Sense::click_and_drag(),
    );
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() || response.has_focus() {
            ui.painter()
                .rect_filled(rect, visuals.corner_radius, visuals.weak_bg_fill);
        }
        if let Some(range) = highlight {
            let layout = engine.label(text, direction, TextStyle::ROW, ppp, Some(text_width));
            paint_highlight(ui, layout, range, rect.min + padding);
        }
        engine.paint_label(
            ui.painter(),
            text,
            direction,
            TextStyle::ROW,
            Some(text_width),
            rect.min + padding,
            visuals.text_color(),
        );
    }
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, text));
    response
}

/// Marks the bytes `range` of a label laid out as `layout` at `origin`, behind its glyphs, as
/// browsers mark a found word: each run of the match gets its own box, right to left or not.
fn paint_highlight(ui: &Ui, layout: &ParagraphLayout, range: Range<usize>, origin: egui::Pos2) {
    let fill = ui.visuals().warn_fg_color.gamma_multiply(0.35);
    for rect in layout.range_rects(range) {
        ui.painter()
            .rect_filled(rect.translate(origin.to_vec2()), 2.0, fill);
    }
}

/// A field's text as a pane shows it: the model's paragraphs, with their stamps, in the
/// directions the rule gives them. The pane reads it only when the field's version changed,
/// and then matches paragraphs by stamp: typing costs it the one paragraph typed in.
pub struct FieldSource<'a> {
    /// The field.
    pub field: &'a FieldRef<'a>,
    /// Its analysis: each paragraph's resolved direction.
    pub analysis: &'a FieldAnalysis,
}

impl PaneSource for FieldSource<'_> {
    fn version(&self) -> Option<u64> {
        self.field.version()
    }

    fn paragraphs(&self) -> Vec<SourceParagraph<'_>> {
        match self.field {
            // A line is short; a break in it (from a hand-edited file) still splits it.
            FieldRef::Line(text, _) => text
                .split('\n')
                .enumerate()
                .map(|(i, text)| SourceParagraph {
                    text,
                    direction: self.direction(i),
                    stamp: None,
                    marks: &[],
                })
                .collect(),
            FieldRef::Prose(prose) => prose
                .paragraphs()
                .iter()
                .zip(prose.stamps())
                .enumerate()
                .map(|(i, (paragraph, stamp))| SourceParagraph {
                    text: &paragraph.text,
                    direction: self.direction(i),
                    stamp: Some(*stamp),
                    marks: &paragraph.marks,
                })
                .collect(),
        }
    }
}

impl FieldSource<'_> {
    fn direction(&self, paragraph: usize) -> ResolvedDirection {
        self.analysis
            .direction(paragraph)
            .unwrap_or(ResolvedDirection::Rtl)
    }
}

/// An editing pane for one field of the issue, drawn by the text engine: its text, each
/// paragraph in its resolved direction, with `underlines` drawn under the text, and the caret
/// and selection the document keeps for it (`selection`). Returns the pane's output and what
/// this frame's input asks of the session (the text typed with the caret after it, or the
/// caret moved), for the caller to queue.
pub fn user_text_edit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    field: TextField,
    text: &FieldSource<'_>,
    selection: TextSelection,
    role: TextRole,
    underlines: &dyn PaneUnderlines,
) -> (PaneOutput, Option<Command>) {
    let config = PaneConfig {
        id: pane_id(field),
        text,
        style: role.style(),
        editable: ui.is_enabled(),
        multiline: field.is_prose(),
        hint: "",
        show_marks: engine.shows_marks(),
        underlines,
        selection: Some(selection),
    };
    let mut output = text_pane_ui(ui, engine, &config);
    let changes = std::mem::take(&mut output.changes);
    let command = match (changes.is_empty(), output.selection) {
        (false, caret) => Some(Command::Type {
            field,
            changes,
            caret: caret.unwrap_or(selection),
        }),
        (true, Some(caret)) => Some(Command::Caret(field, caret)),
        (true, None) => None,
    };
    (output, command)
}

/// A one-line pane (id `pane`) over a draft that is not a model field as it stands (tags typed
/// with separators, a search query): while it has focus, what the editor types is kept as a
/// draft in egui's memory under `id`, so half-typed input ("ذكاء، ") is not replaced by the
/// model's value. `direction` gives the draft's direction. Returns the pane's output and the
/// draft after this frame's edits.
pub fn draft_pane_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    id: egui::Id,
    pane: egui::Id,
    shown: &str,
    hint: &str,
    direction: impl Fn(&str) -> ResolvedDirection,
) -> (PaneOutput, String) {
    let mut edited: String = ui
        .data(|d| d.get_temp(id))
        .unwrap_or_else(|| shown.to_owned());
    let output = string_pane_ui(ui, engine, pane, &mut edited, hint, direction);
    if output.response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, edited.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    (output, edited)
}

/// A one-line pane (id `pane`) editing `text` in place, in the direction `direction` gives it
/// (a value, a path typed into a prompt): the edits made this frame are applied to `text`.
pub fn string_pane_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    pane: egui::Id,
    text: &mut String,
    hint: &str,
    direction: impl Fn(&str) -> ResolvedDirection,
) -> PaneOutput {
    let directions = [direction(text)];
    let config = PaneConfig {
        id: pane,
        text: &JoinedText {
            text,
            directions: &directions,
        },
        style: TextStyle::ROW,
        editable: ui.is_enabled(),
        multiline: false,
        hint,
        show_marks: engine.shows_marks(),
        underlines: &NoUnderlines,
        selection: None,
    };
    let output = text_pane_ui(ui, engine, &config);
    for change in &output.changes {
        if text.is_char_boundary(change.range.start) && text.is_char_boundary(change.range.end) {
            text.replace_range(change.range.clone(), &change.insert);
        }
    }
    output
}

/// The widget id of the pane editing `field`.
pub fn pane_id(field: TextField) -> egui::Id {
    egui::Id::unique(("text_pane", field))
}
