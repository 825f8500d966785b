//! The interface's own words (menus, buttons, labels, headings, tooltips, dialogs, the status
//! bar), laid out by Nashra's text engine like the editor's text: Arabic joins and reads right
//! to left, and a mixed line ("العدد 54 · Financial Times") keeps its order. egui draws the
//! frames and senses the clicks; every word is ours.
//!
//! [`EngineText`] gives `Ui` the widgets the interface uses, named after egui's own
//! (`engine_label` for `label`, `engine_button` for `button`), so a view reads as it would
//! with egui's widgets.

use std::sync::{Arc, Mutex, PoisonError};

use egui::{Atom, Color32, Id, IdSalt, IntoAtoms as _, Rect, Response, Sense, Ui, Vec2, vec2};

use crate::i18n;
use crate::model::{Direction, ResolvedDirection};
use crate::text::{Face, TextEngine, TextStyle};

/// The engine the interface's words are laid out with. It is its own (panes belong to the
/// window's engine, which views hold while they draw), kept in egui's context so that any
/// view can reach it.
#[derive(Clone)]
struct SharedEngine(Arc<Mutex<TextEngine>>);

fn with_engine<R>(ctx: &egui::Context, f: impl FnOnce(&mut TextEngine) -> R) -> R {
    let shared = ctx.data_mut(|d| {
        d.get_temp_mut_or_insert_with(Id::unique("nashra_interface_text"), || {
            SharedEngine(Arc::new(Mutex::new(TextEngine::new())))
        })
        .clone()
    });
    let mut engine = shared.0.lock().unwrap_or_else(PoisonError::into_inner);
    f(&mut engine)
}

/// Starts a frame of the interface's engine: labels unused for a while are forgotten.
pub fn begin_frame(ctx: &egui::Context) {
    let ppp = ctx.pixels_per_point();
    with_engine(ctx, |engine| engine.begin_frame(ppp));
}

/// True when the interface reads right to left (Arabic).
pub fn interface_is_rtl() -> bool {
    i18n::locale().language.base_direction().is_rtl()
}

/// The direction a piece of interface text reads in: its own words decide, and a line that
/// starts with a number or a Latin name still reads the interface's way.
pub fn interface_direction(text: &str) -> ResolvedDirection {
    Direction::Auto.resolve(text, i18n::locale().language.base_direction())
}

/// How a piece of interface text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tone {
    /// A label.
    Normal,
    /// Dimmed: hints, secondary facts.
    Weak,
    /// Bold: group titles.
    Strong,
    /// A heading.
    Heading,
    /// Small: compact buttons.
    Small,
    /// In this colour (warnings, errors).
    Colored(Color32),
}

impl Tone {
    fn style(self, ui: &Ui) -> TextStyle {
        let size = |text_style: egui::TextStyle| {
            ui.style()
                .text_styles
                .get(&text_style)
                .map_or(14.0, |font| font.size)
        };
        let (face, size_pts) = match self {
            Self::Normal | Self::Weak | Self::Colored(_) => {
                (Face::Interface, size(egui::TextStyle::Body))
            }
            Self::Strong => (Face::InterfaceBold, size(egui::TextStyle::Body)),
            Self::Heading => (Face::InterfaceBold, size(egui::TextStyle::Heading)),
            // egui's own small text is too small for Arabic letters and their dots.
            Self::Small => (Face::Interface, size(egui::TextStyle::Body) * 0.85),
        };
        TextStyle {
            face,
            size_pts,
            line_height: 1.35,
        }
    }

    fn color(self, ui: &Ui) -> Color32 {
        let visuals = ui.visuals();
        match self {
            Self::Normal | Self::Small => visuals.text_color(),
            Self::Weak => visuals.weak_text_color(),
            Self::Strong | Self::Heading => visuals.strong_text_color(),
            Self::Colored(color) => color,
        }
    }
}

/// Laid-out interface text: one layout per line of the text, wrapped at `width`.
struct Measured {
    size: Vec2,
    width: Option<f32>,
}

/// The size of `text` in `style`, wrapped at `max_width` only if it does not fit.
fn measure(ctx: &egui::Context, text: &str, style: TextStyle, max_width: Option<f32>) -> Measured {
    let ppp = ctx.pixels_per_point();
    with_engine(ctx, |engine| {
        let natural = lines_size(engine, text, style, ppp, None);
        match max_width {
            Some(max) if natural.x > max => Measured {
                size: vec2(max, lines_size(engine, text, style, ppp, Some(max)).y),
                width: Some(max),
            },
            _ => Measured {
                size: natural,
                width: None,
            },
        }
    })
}

fn lines_size(
    engine: &mut TextEngine,
    text: &str,
    style: TextStyle,
    ppp: f32,
    width: Option<f32>,
) -> Vec2 {
    text.split('\n').fold(Vec2::ZERO, |size, line| {
        let line_size = engine
            .label(line, interface_direction(line), style, ppp, width)
            .size_pts();
        vec2(size.x.max(line_size.x), size.y + line_size.y)
    })
}

/// Paints `text` in `rect`, each line on the side it reads from.
fn paint(ui: &Ui, rect: Rect, text: &str, style: TextStyle, width: Option<f32>, color: Color32) {
    if !ui.is_rect_visible(rect) {
        return;
    }
    let ppp = ui.ctx().pixels_per_point();
    with_engine(ui.ctx(), |engine| {
        let mut top = rect.top();
        for line in text.split('\n') {
            let direction = interface_direction(line);
            let size = engine.label(line, direction, style, ppp, width).size_pts();
            let left = if direction.is_rtl() {
                rect.right() - size.x
            } else {
                rect.left()
            };
            engine.paint_label(
                ui.painter(),
                line,
                direction,
                style,
                width,
                egui::pos2(left, top),
                color,
            );
            top += size.y;
        }
    });
}

/// A button's words as an egui atom of the right size, painted once the button is placed.
struct ButtonText<'t> {
    text: &'t str,
    style: TextStyle,
    size: Vec2,
    salt: IdSalt,
}

impl<'t> ButtonText<'t> {
    fn new(ui: &Ui, text: &'t str, tone: Tone, salt: &str) -> Self {
        let style = tone.style(ui);
        Self {
            text,
            style,
            size: measure(ui.ctx(), text, style, None).size,
            salt: IdSalt::new(salt),
        }
    }

    fn atom(&self) -> Atom<'static> {
        Atom::custom(self.salt, self.size)
    }

    fn paint(&self, ui: &Ui, rect: Rect, color: Color32) {
        paint(ui, rect, self.text, self.style, None, color);
    }
}

/// A button of `text` (and a shortcut, or a drop-down's arrow, at its far end), selectable
/// when `selected` is given. In Arabic the far end is the left: the atoms are mirrored.
fn button(
    ui: &mut Ui,
    text: &str,
    tone: Tone,
    selected: Option<bool>,
    shortcut: Option<&str>,
) -> Response {
    let label = ButtonText::new(ui, text, tone, "label");
    let shortcut = shortcut
        .filter(|s| !s.is_empty())
        .map(|s| ButtonText::new(ui, s, Tone::Weak, "shortcut"));
    let atoms: egui::Atoms<'static> = match &shortcut {
        Some(shortcut) if interface_is_rtl() => {
            (shortcut.atom(), Atom::grow(), label.atom()).into_atoms()
        }
        Some(shortcut) => (label.atom(), Atom::grow(), shortcut.atom()).into_atoms(),
        None => label.atom().into_atoms(),
    };
    let mut widget = match selected {
        Some(selected) => egui::Button::selectable(selected, atoms),
        None => egui::Button::new(atoms),
    };
    if tone == Tone::Small {
        widget = widget.small();
    }
    let placed = widget.atom_ui(ui);
    let response = placed.response.clone();
    let visuals = match selected {
        Some(selected) => ui.style().interact_selectable(&response, selected),
        None => *ui.style().interact(&response),
    };
    let mut color = visuals.text_color();
    if !response.enabled() {
        color = ui.visuals().weak_text_color();
    }
    if let Some(rect) = placed.rect(label.salt) {
        label.paint(ui, rect, color);
    }
    if let Some(shortcut) = &shortcut
        && let Some(rect) = placed.rect(shortcut.salt)
    {
        shortcut.paint(ui, rect, ui.visuals().weak_text_color());
    }
    let enabled = response.enabled();
    // Named as egui names a button with a shortcut: "Save Ctrl+S".
    let name = match &shortcut {
        Some(shortcut) => format!("{text} {}", shortcut.text),
        None => text.to_owned(),
    };
    response.widget_info(|| match selected {
        Some(selected) => egui::WidgetInfo::selected(egui::Role::Button, enabled, selected, &name),
        None => egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name),
    });
    tell_direction(ui, &response, text);
    response
}

/// Tells the screen reader which way `text`, the name of `response`, reads.
fn tell_direction(ui: &Ui, response: &Response, text: &str) {
    let direction = if interface_direction(text).is_rtl() {
        egui::accesskit::TextDirection::RightToLeft
    } else {
        egui::accesskit::TextDirection::LeftToRight
    };
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_text_direction(direction));
}

/// A label of `text` in `tone`: on one line if it fits, else wrapped at the width there is.
fn label(ui: &mut Ui, text: &str, tone: Tone, sense: Sense) -> Response {
    let style = tone.style(ui);
    let wrap = !ui.layout().is_horizontal() || ui.wrap_mode() == egui::TextWrapMode::Wrap;
    let max_width = wrap.then(|| ui.available_width().max(20.0));
    let measured = measure(ui.ctx(), text, style, max_width);
    let (rect, mut response) = ui.allocate_exact_size(measured.size, sense);
    let clickable = sense.senses_click();
    if clickable && response.hovered() {
        // Behind the words: a clickable line shows it is one, as a list row does.
        let fill = ui.visuals().widgets.hovered.weak_bg_fill;
        ui.painter().rect_filled(rect.expand(2.0), 3.0, fill);
        response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    }
    paint(ui, rect, text, style, measured.width, tone.color(ui));
    let role = if clickable {
        egui::Role::Link
    } else {
        egui::Role::Label
    };
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, text));
    tell_direction(ui, &response, text);
    response
}

pub use super::reading_layout::{
    ReadingLayout, column_layout, end_row_layout, labelled_row_ui, reading_menu, row_layout,
};

/// egui's text widgets, with the words laid out by Nashra's text engine.
pub trait EngineText {
    /// A label (`Ui::label`).
    fn engine_label(&mut self, text: impl AsRef<str>) -> Response;
    /// A dimmed label (`Ui::weak`).
    fn engine_weak(&mut self, text: impl AsRef<str>) -> Response;
    /// A bold label (`Ui::strong`).
    fn engine_strong(&mut self, text: impl AsRef<str>) -> Response;
    /// A heading (`Ui::heading`).
    fn engine_heading(&mut self, text: impl AsRef<str>) -> Response;
    /// A label in `color` (`Ui::colored_label`).
    fn engine_colored(&mut self, color: Color32, text: impl AsRef<str>) -> Response;
    /// A button (`Ui::button`).
    fn engine_button(&mut self, text: impl AsRef<str>) -> Response;
    /// A small button (`Button::small`).
    fn engine_small_button(&mut self, text: impl AsRef<str>) -> Response;
    /// A selectable label (`Ui::selectable_label`).
    fn engine_selectable(&mut self, selected: bool, text: impl AsRef<str>) -> Response;
    /// A label that can be clicked, wrapped like any label: a row of a list that goes
    /// somewhere (`Ui::link`, without the underline).
    fn engine_clickable(&mut self, text: impl AsRef<str>) -> Response;
    /// A menu item: selectable, with its shortcut (`Button::selectable` + `shortcut_text`).
    fn engine_menu_item(&mut self, selected: bool, text: &str, shortcut: &str) -> Response;
    /// A drop-down's button: the current choice, and an arrow at its far end.
    fn engine_drop_down(&mut self, text: impl AsRef<str>) -> Response;
}

impl EngineText for Ui {
    fn engine_label(&mut self, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Normal, Sense::hover())
    }

    fn engine_weak(&mut self, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Weak, Sense::hover())
    }

    fn engine_strong(&mut self, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Strong, Sense::hover())
    }

    fn engine_heading(&mut self, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Heading, Sense::hover())
    }

    fn engine_colored(&mut self, color: Color32, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Colored(color), Sense::hover())
    }

    fn engine_button(&mut self, text: impl AsRef<str>) -> Response {
        button(self, text.as_ref(), Tone::Normal, None, None)
    }

    fn engine_small_button(&mut self, text: impl AsRef<str>) -> Response {
        button(self, text.as_ref(), Tone::Small, None, None)
    }

    fn engine_selectable(&mut self, selected: bool, text: impl AsRef<str>) -> Response {
        button(self, text.as_ref(), Tone::Normal, Some(selected), None)
    }

    fn engine_clickable(&mut self, text: impl AsRef<str>) -> Response {
        label(self, text.as_ref(), Tone::Normal, Sense::click())
    }

    fn engine_menu_item(&mut self, selected: bool, text: &str, shortcut: &str) -> Response {
        button(self, text, Tone::Normal, Some(selected), Some(shortcut))
    }

    fn engine_drop_down(&mut self, text: impl AsRef<str>) -> Response {
        button(self, text.as_ref(), Tone::Normal, None, Some("▾"))
    }
}

/// A tooltip of `text` on `response` (`Response::on_hover_text`).
pub fn engine_tooltip(response: Response, text: impl AsRef<str>) -> Response {
    response.on_hover_ui(|ui| {
        ui.engine_label(text.as_ref());
    })
}
