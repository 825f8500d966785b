//! The command palette (Ctrl+K, Ctrl+Shift+P): every action of the one action list, found by
//! typing part of its name. Matching folds the way search does (case, Arabic letter variants,
//! diacritics), so a translated interface needs nothing more. Actions that cannot run now are
//! listed greyed out, with the reason.

use egui::{Context, Id, Key, Modal, Modifiers};

use super::user_text::draft_pane_ui;
use crate::model::{Direction, FoldedQuery, FoldedText, ResolvedDirection};
use crate::session::Action;
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout};

/// The palette's state while it is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Palette {
    /// What the editor typed.
    query: String,
    /// The highlighted row, among the matches.
    selected: usize,
    /// Whether the query field has been given the caret (on the first frame).
    focused_once: bool,
}

/// What the editor did in the palette this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaletteOutcome {
    /// Run this action (it can run now); the palette closes.
    Run(Action),
    /// Closed without running anything.
    Close,
}

/// The actions whose name holds `query`, best first: names that start with it, then names
/// with a word that does, then the rest, each group in menu order. An empty query lists all.
pub fn matching_actions(query: &str) -> Vec<Action> {
    let query = FoldedQuery::new(query);
    if query.is_empty() {
        return Action::ALL.to_vec();
    }
    let mut ranked: Vec<(u8, Action)> = Action::ALL
        .iter()
        .filter_map(|&action| {
            let name = FoldedText::new(action.label());
            let folded = name.folded();
            let at = folded.find(query.folded())?;
            let rank = if at == 0 {
                0
            } else if folded[..at].ends_with(' ') {
                1
            } else {
                2
            };
            Some((rank, action))
        })
        .collect();
    // Stable: menu order within a rank.
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, action)| action).collect()
}

/// Draws the palette over the window. `availability` says whether each action can run, or why
/// not; `base` is the direction (the query may be typed in Arabic).
pub fn palette_ui(
    ctx: &Context,
    engine: &mut TextEngine,
    palette: &mut Palette,
    availability: impl Fn(Action) -> Result<(), Msg>,
    base: ResolvedDirection,
) -> Option<PaletteOutcome> {
    let matches = matching_actions(&palette.query);
    palette.selected = palette.selected.min(matches.len().saturating_sub(1));
    // Taken before the query field sees them: they move in the list, not in the text.
    let (down, up, enter) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::Enter),
        )
    });
    if down && palette.selected + 1 < matches.len() {
        palette.selected += 1;
    }
    if up {
        palette.selected = palette.selected.saturating_sub(1);
    }
    let mut outcome = None;
    if enter
        && let Some(&action) = matches.get(palette.selected)
        && availability(action).is_ok()
    {
        outcome = Some(PaletteOutcome::Run(action));
    }

    let query_id = Id::unique("palette_query");
    let response = Modal::new(Id::unique("command_palette")).show(ctx, |ui| {
        ui.set_width(460.0_f32.min(ctx.content_rect().width() - 48.0));
        ui.reading_column(|ui| {
            let label = ui.engine_label(tr(Msg::CommandPalette));
            let (output, typed) = draft_pane_ui(
                ui,
                engine,
                query_id,
                query_id.with("pane"),
                &palette.query,
                tr(Msg::PaletteHint),
                |q| Direction::Auto.resolve(q, base),
            );
            let query_response = output.response.labelled_by(label.id);
            if !palette.focused_once {
                query_response.request_focus();
                palette.focused_once = true;
            }
            if typed != palette.query {
                palette.query = typed;
                palette.selected = 0;
            }
            ui.separator();
            if matches.is_empty() {
                ui.engine_weak(tr(Msg::PaletteNoMatch));
            }
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() * 0.6)
                .show(ui, |ui| {
                    for (index, &action) in matches.iter().enumerate() {
                        let available = availability(action);
                        ui.reading_row(|ui| {
                            let shortcut = action.shortcut_text(ui.ctx());
                            let selected = index == palette.selected;
                            let row = ui.add_enabled(available.is_ok(), |ui: &mut egui::Ui| {
                                ui.engine_menu_item(selected, action.label(), &shortcut)
                            });
                            if index == palette.selected {
                                row.scroll_to_me(None);
                            }
                            if row.clicked() {
                                outcome = Some(PaletteOutcome::Run(action));
                            }
                            if let Err(why) = available {
                                ui.engine_weak(tr(why));
                            }
                        });
                    }
                });
        });
    });
    if outcome.is_none() && response.should_close() {
        outcome = Some(PaletteOutcome::Close);
    }
    if outcome.is_some() {
        // The next palette starts empty, not with this one's query.
        ctx.data_mut(|d| d.remove::<String>(query_id));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_lists_every_action() {
        assert_eq!(matching_actions("  ").len(), Action::ALL.len());
    }

    #[test]
    fn names_starting_with_the_query_come_first() {
        let found = matching_actions("save");
        assert_eq!(found.first(), Some(&Action::Save));
        assert!(found.contains(&Action::SaveAs));
        // "Export…" does not hold "save".
        assert!(!found.contains(&Action::Export));
    }

    #[test]
    fn matching_ignores_case_and_finds_words_inside_names() {
        let found = matching_actions("LEFT");
        assert!(found.contains(&Action::DirectionLtr), "{found:?}");
        let found = matching_actions("zoom");
        assert_eq!(
            found,
            vec![Action::ZoomIn, Action::ZoomOut],
            "only names with the word"
        );
    }
}
