//! [`text_pane_ui`]: draws a pane, handles its input, and reports the edits made.

use egui::{Event, EventFilter, Response, Sense, Ui, vec2};

use super::super::TextEngine;
use super::config::{PaneConfig, PaneOutput};
use super::input::{Input, direction_chord, handle_events};
use super::paint::{UnderlineStretch, paint_pane};

/// Inner margin between the pane's frame and its text, in points.
const MARGIN: f32 = 6.0;

/// Draws a text pane and handles its input.
pub fn text_pane_ui(ui: &mut Ui, engine: &mut TextEngine, config: &PaneConfig<'_>) -> PaneOutput {
    let ppp = ui.ctx().pixels_per_point();
    let width = ui.available_width().max(40.0);
    let text_width = width - 2.0 * MARGIN;
    let TextEngine {
        shaper,
        painter: glyphs,
        panes,
        ..
    } = engine;
    let state = panes.get_mut(config.id);
    state.paragraphs.sync_source(config.text, config.style);
    state.paragraphs.set_geometry(text_width, ppp);
    match config.selection {
        Some(selection) => state.adopt(selection),
        None => state.clamp(),
    }

    let top_left = ui.cursor().min + vec2(MARGIN, MARGIN);
    let clip = ui.clip_rect();
    let visible = (clip.top() - top_left.y)..(clip.bottom() - top_left.y);
    let focus_paragraph = state.paragraphs.paragraph_at(state.focus.offset);
    let near_caret = [
        focus_paragraph.saturating_sub(1),
        focus_paragraph,
        focus_paragraph + 1,
    ];
    state
        .paragraphs
        .ensure_shaped(shaper, visible.clone(), &near_caret);

    let line_height = config.style.size_pts * config.style.line_height;
    let height = state.paragraphs.height().max(line_height) + 2.0 * MARGIN;
    let (_, rect) = ui.allocate_space(vec2(width, height));
    // Read-only panes take focus too: their selection can be copied with the keyboard.
    let sense = Sense::click_and_drag() | Sense::FOCUSABLE;
    let mut response = ui.interact(rect, config.id, sense);
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
    }

    // Edits are made in the pane's paragraphs: a keystroke copies nothing of a long field.
    let mut input = Input {
        changes: Vec::new(),
        set_direction: None,
        editable: config.editable,
        multiline: config.multiline,
        page_lines: ((visible.end - visible.start) / line_height).max(1.0) as usize,
    };

    // A screen reader moving the caret or selecting, in the run nodes it was last given.
    if set_selection_from_screen_reader(ui, state, config.id) {
        response.request_focus();
    }

    // Pointer: click places the caret, drag selects, double/triple click select a word/paragraph.
    let origin = rect.min + vec2(MARGIN, MARGIN);
    if let Some(pointer) = response.interact_pointer_pos() {
        let local = (pointer - origin).to_pos2();
        let shift = ui.input(|i| i.modifiers.shift);
        if response.triple_clicked() {
            if let Some((start, end)) = state.paragraph_around(local) {
                state.anchor = start;
                state.focus = end;
            }
        } else if response.double_clicked() {
            if let Some((start, end)) = state.word_at(local) {
                state.anchor = start;
                state.focus = end;
            }
        } else if response.drag_started() || response.clicked() {
            // A drag is recognised only once the pointer has moved: it starts where the
            // button went down, not where the pointer is now.
            let pressed_at = ui
                .input(|i| i.pointer.press_origin())
                .filter(|_| response.drag_started())
                .map_or(local, |p| (p - origin).to_pos2());
            let caret = state.hit(pressed_at);
            state.set_focus(caret, shift);
            state.preferred_x = None;
            response.request_focus();
        } else if response.dragged() {
            let caret = state.hit(local);
            state.set_focus(caret, true);
        }
    }

    let focused = response.has_focus();
    if focused {
        let filter = EventFilter {
            horizontal_arrows: true,
            vertical_arrows: true,
            tab: false,
            escape: false,
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(config.id, filter));
        let events = ui.input(|i| i.filtered_events(&filter));
        let copied = if events.is_empty() {
            None
        } else {
            handle_events(&events, state, shaper, &mut input, visible)
        };
        let raw: Vec<Event> = ui.input(|i| i.raw.events.clone());
        if let Some(direction) = direction_chord(&raw, state)
            && config.editable
        {
            let paragraph = state.paragraphs.paragraph_at(state.focus.offset);
            input.set_direction = Some((paragraph, direction));
        }
        if let Some(text) = copied {
            ui.ctx().copy_text(text);
        }
        if events.iter().any(|e| {
            matches!(
                e,
                Event::Key {
                    key: egui::Key::Escape,
                    pressed: true,
                    ..
                }
            )
        }) {
            response.surrender_focus();
        }
        if !input.changes.is_empty() {
            response.mark_changed();
        }
    }

    // Worked out once a frame, for the painter and for the hover senses.
    let underlined = underline_rects(ui, state, config, origin);
    paint_pane(
        ui,
        glyphs,
        shaper,
        state,
        config,
        &underlined,
        rect,
        origin,
        focused,
    );
    let underline_responses = underline_responses(ui, state, config, underlined);
    super::access::expose_text(ui, state, config.id, origin, rect);

    // Built when egui asks: on a click, a focus, a change (every keystroke), and every frame
    // while a screen reader is attached.
    response.widget_info(|| pane_widget_info(config, state));
    if config.multiline {
        ui.ctx().accesskit_node_builder(config.id, |node| {
            node.set_role(egui::accesskit::Role::MultilineTextInput);
        });
    }
    let selection = config.selection.and_then(|kept| {
        let now = state.text_selection();
        (now != kept || response.gained_focus() || !input.changes.is_empty()).then_some(now)
    });
    let links = links_seen(ui, state, &response, origin, focused);
    PaneOutput {
        response,
        changes: input.changes,
        set_direction: input.set_direction,
        underline_responses,
        links,
        selection,
    }
}

/// What a pane tells screen readers and egui's output events about itself. A one-line field
/// (or a label) gives its text as its value. A field of paragraphs does not: screen readers
/// read it from its text runs ([`super::access`]), and joining a long commentary into one
/// string (then copying and comparing it, as a text edit's info does) on every keystroke cost
/// more than the keystroke.
fn pane_widget_info(config: &PaneConfig<'_>, state: &super::PaneState) -> egui::WidgetInfo {
    if config.multiline && config.editable {
        return egui::WidgetInfo {
            enabled: true,
            hint_text: Some(config.hint.to_owned()),
            ..egui::WidgetInfo::new(egui::Role::TextInput)
        };
    }
    let before: Vec<&str> = config.text.paragraphs().iter().map(|p| p.text).collect();
    let now = state.paragraphs.text();
    egui::WidgetInfo::text_edit(config.editable, before.join("\n"), now, config.hint)
}

/// The screen rectangles of the underlines on screen, stretch by stretch.
fn underline_rects(
    ui: &Ui,
    state: &super::PaneState,
    config: &PaneConfig<'_>,
    origin: egui::Pos2,
) -> Vec<UnderlineStretch> {
    let clip = ui.clip_rect();
    let visible = (clip.top() - origin.y)..(clip.bottom() - origin.y);
    let mut stretches = Vec::new();
    for (at, kind) in state.underlines_in_view(config.underlines, visible) {
        for (part, rect) in state.range_rects(at.range.clone()).into_iter().enumerate() {
            let rect = rect.translate(origin.to_vec2());
            if ui.is_rect_visible(rect) {
                stretches.push(UnderlineStretch {
                    at: at.clone(),
                    kind,
                    part,
                    rect,
                });
            }
        }
    }
    stretches
}

/// A hover sense over each stretch of each underline on screen.
fn underline_responses(
    ui: &Ui,
    state: &super::PaneState,
    config: &PaneConfig<'_>,
    underlined: Vec<UnderlineStretch>,
) -> Vec<(super::UnderlineAt, Response)> {
    underlined
        .into_iter()
        .map(|stretch| {
            let UnderlineStretch { at, part, rect, .. } = stretch;
            let id = config.id.with(("underline", at.paragraph, at.index, part));
            // Hover only: a click still places the caret in the pane underneath.
            let response = ui.interact(rect, id, Sense::hover());
            // Named by the text it marks, so screen readers (and tests) can find it.
            response.widget_info(|| {
                let text = state.paragraphs.slice(at.range.clone());
                egui::WidgetInfo::labeled(egui::Role::Label, true, text)
            });
            (at, response)
        })
        .collect()
}

/// Applies the selections a screen reader asked for this frame (AccessKit's
/// `SetTextSelection` on the pane); true if it set one.
fn set_selection_from_screen_reader(
    ui: &Ui,
    state: &mut super::PaneState,
    pane_id: egui::Id,
) -> bool {
    use egui::accesskit::{Action, ActionData, ActionRequest, TreeId};
    let selections: Vec<_> = ui.input(|i| {
        i.events
            .iter()
            .filter_map(|event| match event {
                Event::AccessKitActionRequest(ActionRequest {
                    action: Action::SetTextSelection,
                    target_node,
                    target_tree,
                    data: Some(ActionData::SetTextSelection(selection)),
                }) if *target_node == pane_id.accesskit_id() && *target_tree == TreeId::ROOT => {
                    Some(*selection)
                }
                _ => None,
            })
            .collect()
    });
    let mut set = false;
    for selection in selections {
        let runs = &state.access_runs;
        let anchor = runs.offset(&selection.anchor, &state.paragraphs);
        let focus = runs.offset(&selection.focus, &state.paragraphs);
        if let (Some(anchor), Some(focus)) = (anchor, focus) {
            state.anchor = super::Caret::at(anchor);
            state.focus = super::Caret::at(focus);
            state.preferred_x = None;
            set = true;
        }
    }
    set
}

/// The links under the pointer and at the caret: what the owner shows (the address as a
/// tooltip, the link bar under the caret's link) and opens (Ctrl+click).
fn links_seen(
    ui: &Ui,
    state: &super::PaneState,
    response: &Response,
    origin: egui::Pos2,
    focused: bool,
) -> super::config::LinksSeen {
    let mut seen = super::config::LinksSeen::default();
    let paragraphs = state.paragraphs.paragraphs();
    let link_rects = |index: usize, mark: &crate::model::Mark| -> Vec<egui::Rect> {
        let paragraph = &paragraphs[index];
        paragraph.layout.as_ref().map_or_else(Vec::new, |layout| {
            layout
                .range_rects(mark.range.clone())
                .into_iter()
                .map(|r| r.translate(origin.to_vec2() + vec2(0.0, paragraph.top)))
                .collect()
        })
    };
    if let Some(pointer) = response.hover_pos() {
        let index = state.paragraphs.paragraph_at_y(pointer.y - origin.y);
        if let Some(paragraph) = paragraphs.get(index) {
            for mark in &paragraph.marks {
                if let crate::model::MarkKind::Link(address) = &mark.kind
                    && link_rects(index, mark).iter().any(|r| r.contains(pointer))
                {
                    seen.hovered = Some(address.clone());
                    if response.clicked() && ui.input(|i| i.modifiers.command) {
                        seen.opened = Some(address.clone());
                    }
                }
            }
        }
    }
    if focused && state.anchor.offset == state.focus.offset {
        let index = state.paragraphs.paragraph_at(state.focus.offset);
        if let Some(paragraph) = paragraphs.get(index) {
            let local = state.focus.offset - paragraph.start;
            for mark in &paragraph.marks {
                if let crate::model::MarkKind::Link(address) = &mark.kind
                    && mark.range.start <= local
                    && local <= mark.range.end
                    && let Some(rect) = link_rects(index, mark)
                        .into_iter()
                        .reduce(|a, b| a.union(b))
                {
                    seen.at_caret = Some((rect, address.clone()));
                }
            }
        }
    }
    seen
}
