//! The spelling menu of a misspelled word: opened by a right-click on its wavy underline,
//! with the dictionary's suggestions and "Add to dictionary".

use egui::{Response, Ui};

use super::field_analysis::FieldAnalysis;
use super::user_text::pane_id;
use crate::model::{Desk, Edit, TextChange, TextField};
use crate::session::{Command, Spelling};
use crate::strings::{Msg, tr};
use crate::text::pane::{UnderlineAt, UnderlineKind};
use crate::ui::interface_text::{EngineText, reading_menu};

/// Where a right-click on a field may have landed: its pane, the underlines on screen and
/// what they mark.
pub(super) struct SpellingClick<'a> {
    /// The field's pane.
    pub pane: &'a Response,
    /// The underlines on screen.
    pub underlines: &'a [(UnderlineAt, Response)],
    /// The field's analysis: what they mark.
    pub analysis: &'a FieldAnalysis,
}

/// The spelling menu of a misspelled word: opened by a right-click on it, with the
/// dictionary's suggestions (worked out off the window's thread: "looking…" until they come),
/// each replacing the word as one undoable edit, and "Add to dictionary".
pub(super) fn spelling_menu_ui(
    ui: &mut Ui,
    desk: &Desk,
    spelling: &Spelling,
    field: TextField,
    clicked: &SpellingClick<'_>,
    commands: &mut Vec<Command>,
) {
    let menu_id = pane_id(field).with("spelling_menu");
    let mut open = None;
    if clicked.pane.secondary_clicked() {
        let at = ui.input(|i| i.pointer.interact_pos());
        let under = clicked.underlines.iter().find(|(underline, response)| {
            let is_mistake = clicked
                .analysis
                .underline(underline.paragraph, underline.index)
                .is_some_and(|u| u.kind == UnderlineKind::Mistake);
            is_mistake && at.is_some_and(|p| response.rect.contains(p))
        });
        if let Some((underline, _)) = under
            && let Some(word) = field_text(desk, field, &underline.range)
        {
            commands.push(Command::AskSuggestions(word.clone()));
            let opened = (underline.range.clone(), word, false);
            ui.data_mut(|d| d.insert_temp(menu_id, opened));
            open = Some(egui::SetOpenCommand::Bool(true));
        }
    }
    // Asked for from the keyboard (or the Edit menu): opened under the word.
    if let Some(asked) = ui.data_mut(|d| d.remove_temp::<SpellingMenuAsked>(asked_id(field))) {
        ui.data_mut(|d| d.insert_temp(menu_id, (asked.range, asked.word, true)));
        open = Some(egui::SetOpenCommand::Bool(true));
    }
    let Some((range, word, by_keyboard)) =
        ui.data(|d| d.get_temp::<(std::ops::Range<usize>, String, bool)>(menu_id))
    else {
        return;
    };
    let menu = reading_menu(clicked.pane).open_memory(open);
    let menu = if by_keyboard {
        // Under the word while it is on screen, else under the field.
        let word_rect = clicked
            .underlines
            .iter()
            .find(|(underline, _)| underline.range == range)
            .map_or(clicked.pane.rect, |(_, response)| response.rect);
        menu.anchor(word_rect)
    } else {
        menu.at_pointer_fixed()
    };
    menu.show(|ui| {
        match spelling.suggestions(&word) {
            None => {
                ui.engine_weak(tr(Msg::FindingSuggestions));
            }
            Some([]) => {
                ui.engine_weak(tr(Msg::NoSuggestions));
            }
            Some(suggestions) => {
                for suggestion in suggestions {
                    // The word may have changed since the menu opened: replaced only if
                    // it is still there.
                    if ui.engine_button(suggestion).clicked()
                        && field_text(desk, field, &range).as_deref() == Some(word.as_str())
                    {
                        commands.push(Command::Edit(Edit::Text {
                            field,
                            change: TextChange::replace(range.clone(), suggestion.as_str()),
                        }));
                    }
                }
            }
        }
        ui.separator();
        // Kept as the dictionaries are asked (no tashkeel or marks): found wherever the word
        // is written, isolated or not.
        let bare = || crate::spell::normalized(&word).into_owned();
        if ui.engine_button(tr(Msg::IgnoreInIssue)).clicked() {
            // An edit of the issue (saved in its file), undone like any other.
            let mut ignored = desk.issue.ignored_words.clone();
            ignored.insert(bare());
            commands.push(Command::Edit(Edit::SetIgnoredWords(ignored)));
        }
        if ui.engine_button(tr(Msg::AddToDictionary)).clicked() {
            commands.push(Command::AddToDictionary(bare()));
        }
    });
}

/// The text of `field` at `range` (a word), if the field and the range are still there.
fn field_text(desk: &Desk, field: TextField, range: &std::ops::Range<usize>) -> Option<String> {
    field
        .get(desk)
        .ok()?
        .slice(range.clone())
        .map(str::to_owned)
}

/// The spelling menu asked for from the keyboard, waiting for its field to be drawn.
#[derive(Clone, Default)]
struct SpellingMenuAsked {
    range: std::ops::Range<usize>,
    word: String,
}

fn asked_id(field: TextField) -> egui::Id {
    pane_id(field).with("spelling_menu_asked")
}

/// Opens the spelling menu of `word` (bytes `range` of `field`'s text) the next time the field
/// is drawn, under the word: the keyboard's way to the menu a right-click opens.
pub fn open_spelling_menu(
    ctx: &egui::Context,
    field: TextField,
    range: std::ops::Range<usize>,
    word: String,
) {
    ctx.data_mut(|d| d.insert_temp(asked_id(field), SpellingMenuAsked { range, word }));
}
