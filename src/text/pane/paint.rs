//! Painting a pane: frame, selection under the text, the text, composition, caret on top.

use egui::{Color32, Pos2, Rect, Stroke, Ui, pos2, vec2};

use super::super::{GlyphPainter, Shaper, TextStyle};
use super::config::{PaneConfig, UnderlineKind};
use super::state::PaneState;
use crate::model::ResolvedDirection;

/// One stretch of an underline on screen: which underline, how it looks, the stretch's number
/// (a word split across lines or runs has several) and its screen rectangle.
pub(super) struct UnderlineStretch {
    pub at: super::UnderlineAt,
    pub kind: UnderlineKind,
    pub part: usize,
    pub rect: Rect,
}

/// Draws the pane in `rect`, its text starting at `origin`.
#[expect(clippy::too_many_arguments)]
pub fn paint_pane(
    ui: &Ui,
    glyphs: &mut GlyphPainter,
    shaper: &mut Shaper,
    state: &PaneState,
    config: &PaneConfig<'_>,
    underlined: &[UnderlineStretch],
    rect: Rect,
    origin: Pos2,
    focused: bool,
) {
    if !ui.is_rect_visible(rect) {
        return;
    }
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect.expand(2.0));
    if config.editable {
        let stroke = if focused {
            visuals.selection.stroke
        } else {
            visuals.widgets.inactive.bg_stroke
        };
        painter.rect(
            rect,
            4.0,
            visuals.text_edit_bg_color(),
            stroke,
            egui::StrokeKind::Inside,
        );
    }

    for selection in state.selection_rects() {
        painter.rect_filled(
            selection.translate(origin.to_vec2()),
            0.0,
            visuals.selection.bg_fill,
        );
    }

    let color = if ui.is_enabled() {
        visuals.strong_text_color()
    } else {
        visuals.text_color()
    };
    let composing_in = state
        .compose
        .as_ref()
        .filter(|_| focused)
        .map(|compose| (state.paragraphs.paragraph_at(state.focus.offset), compose));
    // Only what is on screen is painted: paragraphs scrolled past keep their layouts, and a
    // long text would otherwise cost every frame all the glyphs it ever showed.
    let clip = painter.clip_rect();
    let in_view = state
        .paragraphs
        .in_view((clip.top() - origin.y)..(clip.bottom() - origin.y));
    let paragraphs = state.paragraphs.paragraphs();
    for index in in_view.clone() {
        let paragraph = &paragraphs[index];
        let at = origin + vec2(0.0, paragraph.top);
        if let Some((compose_index, compose)) = composing_in
            && compose_index == index
        {
            paint_composition(
                &painter, glyphs, shaper, state, config, index, compose, at, color,
            );
            continue;
        }
        if let Some(layout) = &paragraph.layout {
            let colors = crate::text::InkColors {
                text: color,
                link: visuals.hyperlink_color,
            };
            glyphs.paint_inked(&painter, layout, at, colors);
        }
    }

    if config.show_marks {
        let marks = MarkPainter {
            painter: &painter,
            glyphs,
            shaper,
            color: visuals.warn_fg_color,
        };
        paint_marks(marks, state, in_view, origin);
    }
    for stretch in underlined {
        let color = match stretch.kind {
            UnderlineKind::Hint => visuals.warn_fg_color.gamma_multiply(0.8),
            UnderlineKind::Mistake => visuals.error_fg_color,
        };
        paint_underline(&painter, stretch.rect, stretch.kind, color);
    }

    if state.paragraphs.is_empty() && !config.hint.is_empty() && !focused {
        // The hint is interface text: laid out by the engine too, on the side the empty
        // field's first paragraph starts from. (Shaped each frame it shows: it is short, and
        // shows only while the field is empty and unfocused.)
        let direction = state
            .paragraphs
            .get(0)
            .map_or(ResolvedDirection::Rtl, |p| p.direction);
        let style = TextStyle {
            size_pts: config.style.size_pts * 0.8,
            ..config.style
        };
        let hint = shaper.layout(
            config.hint,
            direction,
            style,
            ui.ctx().pixels_per_point(),
            None,
        );
        let left = if direction.is_rtl() {
            rect.right() - (origin.x - rect.left()) - hint.size_pts().x
        } else {
            origin.x
        };
        glyphs.paint(
            &painter,
            &hint,
            pos2(left, origin.y),
            visuals.weak_text_color(),
        );
    }

    if focused && config.editable && state.compose.is_none() {
        paint_caret(&painter, state, origin, visuals.text_cursor.stroke.color);
    }
    if focused {
        set_ime_output(ui, state, rect, origin);
    }
}

/// An underline along the bottom of `rect` (a run of glyphs): dotted for a hint, wavy for a
/// mistake.
fn paint_underline(painter: &egui::Painter, rect: Rect, kind: UnderlineKind, color: Color32) {
    let y = rect.bottom() - 2.0;
    let stroke = Stroke::new(1.2, color);
    match kind {
        UnderlineKind::Hint => {
            let mut x = rect.left();
            while x < rect.right() {
                let end = (x + 2.0).min(rect.right());
                painter.line_segment([pos2(x, y), pos2(end, y)], stroke);
                x += 4.0;
            }
        }
        UnderlineKind::Mistake => {
            let step = 2.0;
            let mut points = Vec::new();
            let mut x = rect.left();
            let mut up = true;
            while x <= rect.right() {
                points.push(pos2(x, if up { y - 1.5 } else { y + 1.0 }));
                up = !up;
                x += step;
            }
            if points.len() > 1 {
                painter.add(egui::Shape::line(points, stroke));
            }
        }
    }
}

/// Invisible formatting characters drawn as small tags above the line where they sit.
/// What the marks are painted with: their names are laid out by the engine, like every word.
struct MarkPainter<'a> {
    painter: &'a egui::Painter,
    glyphs: &'a mut GlyphPainter,
    shaper: &'a mut Shaper,
    color: Color32,
}

fn paint_marks(
    marks: MarkPainter<'_>,
    state: &PaneState,
    in_view: std::ops::Range<usize>,
    origin: Pos2,
) {
    let MarkPainter {
        painter,
        glyphs,
        shaper,
        color,
    } = marks;
    let style = TextStyle {
        face: crate::text::Face::Interface,
        size_pts: 8.0,
        line_height: 1.0,
    };
    let ppp = painter.ctx().pixels_per_point();
    for paragraph in &state.paragraphs.paragraphs()[in_view] {
        for (offset, c) in paragraph.text.char_indices() {
            let Some(name) = crate::text::marks::mark_name(c) else {
                continue;
            };
            let caret = super::state::Caret::at(paragraph.start + offset);
            let Some(rect) = state.caret_rect(caret) else {
                continue;
            };
            let at = origin + rect.center_top().to_vec2();
            painter.line_segment(
                [at, at + vec2(0.0, rect.height())],
                Stroke::new(1.0, color.gamma_multiply(0.6)),
            );
            let label = shaper.layout(name, ResolvedDirection::Ltr, style, ppp, None);
            let size = label.size_pts();
            glyphs.paint(painter, &label, at - vec2(size.x / 2.0, size.y), color);
        }
    }
}

/// The caret, with a small flag on top pointing the way the text at the caret runs.
fn paint_caret(painter: &egui::Painter, state: &PaneState, origin: Pos2, color: Color32) {
    let Some(caret) = state.caret_rect(state.focus) else {
        return;
    };
    let caret = caret.translate(origin.to_vec2());
    let x = caret.center().x;
    painter.line_segment(
        [pos2(x, caret.top()), pos2(x, caret.bottom())],
        Stroke::new(1.5, color),
    );
    let rtl = state.caret_is_rtl(state.focus).unwrap_or(true);
    let flag = if rtl { -4.0 } else { 4.0 };
    painter.add(egui::Shape::convex_polygon(
        vec![
            pos2(x, caret.top()),
            pos2(x + flag, caret.top()),
            pos2(x, caret.top() + 4.0),
        ],
        color,
        Stroke::NONE,
    ));
}

/// The caret's paragraph laid out with the input method's text at the caret, underlined.
#[expect(clippy::too_many_arguments)]
fn paint_composition(
    painter: &egui::Painter,
    glyphs: &mut GlyphPainter,
    shaper: &mut Shaper,
    state: &PaneState,
    config: &PaneConfig<'_>,
    index: usize,
    compose: &str,
    at: Pos2,
    color: Color32,
) {
    let Some(paragraph) = state.paragraphs.get(index) else {
        return;
    };
    let local = state
        .focus
        .offset
        .saturating_sub(paragraph.start)
        .min(paragraph.text.len());
    let mut text = paragraph.text.clone();
    text.insert_str(local, compose);
    let ppp = state.paragraphs.pixels_per_point();
    let width = paragraph
        .layout
        .as_ref()
        .and_then(|l| l.width_px())
        .map(|w| w / ppp);
    let layout = shaper.layout(&text, paragraph.direction, config.style, ppp, width);
    glyphs.paint(painter, &layout, at, color);
    let selection = parley::Selection::new(
        parley::Cursor::from_byte_index(layout.layout(), local, parley::Affinity::Downstream),
        parley::Cursor::from_byte_index(
            layout.layout(),
            local + compose.len(),
            parley::Affinity::Upstream,
        ),
    );
    selection.geometry_with(layout.layout(), |b, _| {
        let y = at.y + b.y1 as f32 / ppp - 2.0;
        painter.line_segment(
            [
                pos2(at.x + b.x0 as f32 / ppp, y),
                pos2(at.x + b.x1 as f32 / ppp, y),
            ],
            Stroke::new(1.0, color),
        );
    });
}

/// Tells the platform where the caret is, so an input method's candidate window sits there;
/// egui only enables IME while a widget sets this every frame.
fn set_ime_output(ui: &Ui, state: &PaneState, rect: Rect, origin: Pos2) {
    let cursor = state
        .caret_rect(state.focus)
        .map_or(rect, |r| r.translate(origin.to_vec2()));
    let to_global = ui
        .ctx()
        .layer_transform_to_global(ui.layer_id())
        .unwrap_or_default();
    ui.output_mut(|o| {
        o.ime = Some(egui::output::IMEOutput {
            purpose: egui::IMEPurpose::Normal,
            rect: to_global * rect,
            cursor_rect: to_global * cursor,
            should_interrupt_composition: false,
        });
    });
}
