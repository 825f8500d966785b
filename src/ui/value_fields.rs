//! The editor's fields whose text is a value: the status and language choices, and dates typed
//! as text that keep what was typed (in red, with the reason) until it parses.

use egui::{Response, Ui};
use jiff::civil::Date;

use super::user_text::string_pane_ui;
use crate::model::{Edit, Language, ResolvedDirection, Status};
use crate::session::Command;
use crate::strings::{Msg, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, reading_menu};

pub(super) fn status_ui(
    ui: &mut Ui,
    current: Status,
    label: &Response,
    commands: &mut Vec<Command>,
) {
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

/// The language: Arabic or English (what text whose words do not decide follows).
pub(super) fn language_ui(
    ui: &mut Ui,
    current: Language,
    label: &Response,
    commands: &mut Vec<Command>,
) {
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
    // A drop-down: the current choice on a button, the choices in a menu below it.
    let response = ui
        .push_id(id, |ui| ui.engine_drop_down(name(current)))
        .inner
        .labelled_by(label.id);
    reading_menu(&response).show(|ui| {
        for choice in choices {
            if ui
                .engine_selectable(choice == current, name(choice))
                .clicked()
                && choice != current
            {
                chosen = Some(choice);
            }
        }
    });
    chosen
}

/// A date typed as `YYYY-MM-DD`. Returns `Some(new value)` when the editor typed a valid date
/// (or cleared an optional one) that differs from `current`.
pub(super) fn date_edit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    id_salt: impl egui::AsIdSalt,
    current: Option<Date>,
    label: &Response,
) -> Option<Option<Date>> {
    let shown = current.map(|d| d.to_string()).unwrap_or_default();
    let parse = |draft: &str| {
        let draft = western_digits(draft.trim());
        if draft.is_empty() {
            Some(None)
        } else {
            draft.parse::<Date>().ok().map(Some)
        }
    };
    let hints = (tr(Msg::DateHint), tr(Msg::InvalidDate));
    let new = draft_field_ui(ui, engine, id_salt, &shown, hints, 130.0, label, parse)?;
    (new != current).then_some(new)
}

/// The number, typed (in Western or Arabic-Indic digits). Returns the new number when
/// the editor typed one that differs from `current`.
pub(super) fn number_edit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    current: u32,
    label: &Response,
) -> Option<u32> {
    let parse = |draft: &str| {
        western_digits(draft.trim())
            .parse::<u32>()
            .ok()
            .filter(|n| *n > 0)
    };
    let hints = ("", tr(Msg::InvalidNumber));
    let shown = current.to_string();
    let new = draft_field_ui(
        ui,
        engine,
        "issue_number",
        &shown,
        hints,
        70.0,
        label,
        parse,
    )?;
    (new != current).then_some(new)
}

/// `text` with Arabic-Indic and Eastern Arabic-Indic digits read as Western ones.
pub(super) fn western_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

/// A one-line field whose text is parsed into a value, `width` points wide, laid out by the
/// text engine. While it has focus, what the editor types is kept as a draft (in egui's
/// memory) so half-typed input is not replaced by the model's value; a draft that does not
/// parse stays, with the reason beside it, until it does.
#[expect(clippy::too_many_arguments)]
fn draft_field_ui<T>(
    ui: &mut Ui,
    engine: &mut TextEngine,
    id_salt: impl egui::AsIdSalt,
    shown: &str,
    (hint, invalid): (&str, &str),
    width: f32,
    label: &Response,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let id = ui.make_persistent_id(id_salt);
    // One cell of the grid: the field, and the reason when what is typed is not a value.
    ui.reading_row(|ui| {
        let mut draft: String = ui
            .data(|d| d.get_temp(id))
            .unwrap_or_else(|| shown.to_owned());
        let before = draft.clone();
        let output = ui
            .scope(|ui| {
                ui.set_width(width);
                // Dates and numbers read left to right in an Arabic line too.
                string_pane_ui(ui, engine, id.with("edit"), &mut draft, hint, |_| {
                    ResolvedDirection::Ltr
                })
            })
            .inner;
        let response = output.response.labelled_by(label.id);
        let valid = parse(&draft).is_some();
        // What she typed stays, with the reason, until it is a value: leaving the field must
        // not silently put the old value back.
        if response.has_focus() || !valid {
            ui.data_mut(|d| d.insert_temp(id, draft.clone()));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if !valid {
            ui.engine_colored(ui.visuals().error_fg_color, invalid);
        }
        if draft != before { parse(&draft) } else { None }
    })
    .inner
}
