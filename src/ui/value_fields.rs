//! The editor's fields whose text is a value: the status and language choices, and dates typed
//! as text that keep what was typed (in red, with the reason) until it parses.

use egui::{ComboBox, Response, Ui};
use jiff::civil::Date;

use super::user_text::TextRole;
use crate::model::{Edit, Language, Status};
use crate::session::Command;
use crate::strings::{Msg, tr};

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
    let combo = ComboBox::from_id_salt(id)
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for choice in choices {
                if ui
                    .selectable_label(choice == current, name(choice))
                    .clicked()
                    && choice != current
                {
                    chosen = Some(choice);
                }
            }
        });
    combo.response.labelled_by(label.id);
    chosen
}

/// A date typed as `YYYY-MM-DD`. Returns `Some(new value)` when the editor typed a valid date
/// (or cleared an optional one) that differs from `current`.
pub(super) fn date_edit_ui(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    current: Option<Date>,
    label: &Response,
) -> Option<Option<Date>> {
    let shown = current.map(|d| d.to_string()).unwrap_or_default();
    let parse = |draft: &str| {
        let draft = draft.trim();
        if draft.is_empty() {
            Some(None)
        } else {
            draft.parse::<Date>().ok().map(Some)
        }
    };
    let hints = (tr(Msg::DateHint), tr(Msg::InvalidDate));
    let new = draft_field_ui(ui, id_salt, &shown, hints, 120.0, label, parse)?;
    (new != current).then_some(new)
}

/// A one-line field whose text is parsed into a value. While it has focus, what the editor
/// types is kept as a draft (in egui's memory) so half-typed input is not replaced by the
/// model's value; a draft that does not parse is shown in the error colour.
fn draft_field_ui<T>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    shown: &str,
    (hint, invalid): (&str, &str),
    width: f32,
    label: &Response,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let id = ui.make_persistent_id(id_salt);
    // One cell of the grid: the field, and the reason when what is typed is not a value.
    ui.horizontal(|ui| {
        let mut draft: String = ui
            .data(|d| d.get_temp(id))
            .unwrap_or_else(|| shown.to_owned());
        let shown_valid = parse(&draft).is_some();
        let response = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .id(id.with("edit"))
                .hint_text(hint)
                .font(TextRole::Row.font_id())
                .desired_width(width)
                .text_color_opt((!shown_valid).then(|| ui.visuals().error_fg_color)),
        );
        let response = response.labelled_by(label.id);
        let valid = parse(&draft).is_some();
        // What she typed stays, in red and with the reason, until it is a value: leaving the field
        // must not silently put the old value back.
        if response.has_focus() || !valid {
            ui.data_mut(|d| d.insert_temp(id, draft.clone()));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if !valid {
            ui.colored_label(ui.visuals().error_fg_color, invalid);
        }
        if response.changed() {
            parse(&draft)
        } else {
            None
        }
    })
    .inner
}
