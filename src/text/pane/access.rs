//! What a pane tells screen readers (AccessKit): one text-run node per run of each visible line,
//! in logical order, with its direction, characters and their positions, the pane's caret and
//! selection as positions in those runs, and a link node (its words, its address) for each link.

use egui::accesskit::{self, TextDirection, TextPosition, TextSelection};
use egui::{Pos2, Rect, Sense, Ui, UiBuilder, pos2};

use super::access_runs::{AccessRuns, RunNode};
use super::state::{Caret, PaneState};

/// AccessKit's word starts are `u8` indices: a run node holds at most this many characters.
const MAX_RUN_CHARS: usize = 255;

/// Builds the run nodes under the pane `pane_id` and sets its text selection; the pane keeps
/// the nodes to read the selections a screen reader asks for.
pub fn expose_text(
    ui: &mut Ui,
    state: &mut PaneState,
    pane_id: egui::Id,
    origin: Pos2,
    rect: Rect,
) {
    // Nothing to do unless a screen reader (or a test) asked for the tree.
    if ui.ctx().accesskit_node_builder(pane_id, |_| ()).is_none() {
        return;
    }
    let child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .accessibility_parent(pane_id),
    );
    let mut nodes: Vec<RunNode> = Vec::new();
    // The visible paragraphs' runs, as the doc above says, and the caret's: a long text off
    // screen is not described to the screen reader every frame.
    let clip = ui.clip_rect();
    let in_view = state
        .paragraphs
        .in_view((clip.top() - origin.y)..(clip.bottom() - origin.y));
    let caret_paragraph = state.paragraphs.paragraph_at(state.focus.offset);
    let caret_off_screen = (!in_view.contains(&caret_paragraph)).then_some(caret_paragraph);
    let paragraphs = state.paragraphs.paragraphs();
    for p_index in in_view.chain(caret_off_screen) {
        let Some(paragraph) = paragraphs.get(p_index) else {
            continue;
        };
        let Some(layout) = &paragraph.layout else {
            continue;
        };
        let scale = layout.scale();
        for (l_index, line) in layout.layout().lines().enumerate() {
            let metrics = line.metrics();
            let mut x = metrics.offset;
            let mut runs: Vec<(parley::Run<'_, crate::text::Ink>, f32)> = Vec::new();
            for run in line.runs() {
                runs.push((run, x));
                x += run.advance();
            }
            runs.sort_by_key(|(run, _)| run.text_range().start);
            for (r_index, (run, run_x)) in runs.iter().enumerate() {
                let mut chars: Vec<(usize, char, f32, f32)> = Vec::new();
                // Positions are measured from the run's start edge, in its own direction.
                let mut along = 0.0;
                for cluster in run.clusters() {
                    let range = cluster.text_range();
                    let text = paragraph.text.get(range.clone()).unwrap_or_default();
                    let count = text.chars().count().max(1) as f32;
                    for (i, c) in text.char_indices() {
                        chars.push((
                            range.start + i,
                            c,
                            along / scale,
                            cluster.advance() / count / scale,
                        ));
                    }
                    along += cluster.advance();
                }
                for (c_index, chunk) in chars.chunks(MAX_RUN_CHARS).enumerate() {
                    let id = pane_id.with((p_index, l_index, r_index, c_index));
                    let Some(first) = chunk.first() else {
                        continue;
                    };
                    let end = chunk
                        .last()
                        .map_or(first.0, |(i, c, _, _)| i + c.len_utf8());
                    let bounds = Rect::from_min_max(
                        pos2(
                            origin.x + run_x / scale,
                            origin.y + paragraph.top + metrics.block_min_coord / scale,
                        ),
                        pos2(
                            origin.x + (run_x + run.advance()) / scale,
                            origin.y + paragraph.top + metrics.block_max_coord / scale,
                        ),
                    );
                    child.interact(bounds, id, Sense::hover());
                    let direction = if run.is_rtl() {
                        TextDirection::RightToLeft
                    } else {
                        TextDirection::LeftToRight
                    };
                    ui.ctx().accesskit_node_builder(id, |node| {
                        node.set_role(accesskit::Role::TextRun);
                        node.set_text_direction(direction);
                        node.set_value(paragraph.text.get(first.0..end).unwrap_or_default());
                        node.set_character_lengths(
                            chunk
                                .iter()
                                .map(|(_, c, _, _)| c.len_utf8() as u8)
                                .collect::<Vec<_>>(),
                        );
                        let start = first.2;
                        node.set_character_positions(
                            chunk
                                .iter()
                                .map(|(_, _, at, _)| at - start)
                                .collect::<Vec<_>>(),
                        );
                        node.set_character_widths(
                            chunk.iter().map(|(_, _, _, w)| *w).collect::<Vec<_>>(),
                        );
                        node.set_bounds(accesskit::Rect {
                            x0: bounds.min.x.into(),
                            y0: bounds.min.y.into(),
                            x1: bounds.max.x.into(),
                            y1: bounds.max.y.into(),
                        });
                    });
                    nodes.push(RunNode {
                        id,
                        paragraph: p_index,
                        range: first.0..end,
                    });
                }
            }
        }
    }
    // Each link of the paragraphs described: a node of its own, named by its words, with its
    // address, over its glyphs (all its pieces, when it crosses a change of direction).
    for p_index in state
        .paragraphs
        .in_view((clip.top() - origin.y)..(clip.bottom() - origin.y))
    {
        let Some(paragraph) = state.paragraphs.get(p_index) else {
            continue;
        };
        let Some(layout) = &paragraph.layout else {
            continue;
        };
        for (m_index, mark) in paragraph.marks.iter().enumerate() {
            let crate::model::MarkKind::Link(address) = &mark.kind else {
                continue;
            };
            let Some(bounds) = layout
                .range_rects(mark.range.clone())
                .into_iter()
                .map(|r| r.translate(origin.to_vec2() + egui::vec2(0.0, paragraph.top)))
                .reduce(|a, b| a.union(b))
            else {
                continue;
            };
            let id = pane_id.with(("link", p_index, m_index));
            child.interact(bounds, id, Sense::hover());
            let words = paragraph.text.get(mark.range.clone()).unwrap_or_default();
            ui.ctx().accesskit_node_builder(id, |node| {
                node.set_role(accesskit::Role::Link);
                node.set_label(words);
                node.set_url(address.as_str());
                node.set_bounds(accesskit::Rect {
                    x0: bounds.min.x.into(),
                    y0: bounds.min.y.into(),
                    x1: bounds.max.x.into(),
                    y1: bounds.max.y.into(),
                });
            });
        }
    }
    let position = |caret: Caret| -> Option<TextPosition> {
        let p_index = state.paragraphs.paragraph_at(caret.offset);
        let paragraph = state.paragraphs.get(p_index)?;
        let local = caret.offset.saturating_sub(paragraph.start);
        let node = nodes
            .iter()
            .filter(|n| n.paragraph == p_index)
            .find(|n| n.range.contains(&local))
            .or_else(|| {
                nodes
                    .iter()
                    .filter(|n| n.paragraph == p_index)
                    .find(|n| n.range.end == local)
            })?;
        let text = paragraph
            .text
            .get(node.range.start..local.min(node.range.end))?;
        Some(TextPosition {
            node: node.id.accesskit_id(),
            character_index: text.chars().count(),
        })
    };
    if let (Some(anchor), Some(focus)) = (position(state.anchor), position(state.focus)) {
        ui.ctx().accesskit_node_builder(pane_id, |node| {
            node.set_text_selection(TextSelection { anchor, focus });
        });
    }
    state.access_runs = AccessRuns(nodes);
}
