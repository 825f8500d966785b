//! The library view: the folder in use and its issues (number, date, status, title), each
//! opening on click; files that could not be read are listed with their errors.

use std::path::Path;

use egui::Ui;

use super::user_text::{TextRole, bidi_line_ui, user_text_row_ui};
use crate::model::{Direction, ResolvedDirection};
use crate::session::Command;
use crate::session::LibrarySession;
use crate::strings::{Msg, Text, status_name, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout};

/// Draws the library view.
pub fn library_view_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    session: Option<&LibrarySession>,
    open_file: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    // `open_file` is canonical, like the library's issue paths.
    ui.engine_heading(tr(Msg::Library));
    let Some(session) = session else {
        ui.engine_label(tr(Msg::NoLibraryHint));
        if ui.engine_button(tr(Msg::ChooseLibrary)).clicked() {
            commands.push(Command::Run(crate::session::Action::OpenLibrary));
        }
        return;
    };
    ui.reading_row(|ui| {
        // The folder's name may be Arabic: drawn by the text engine.
        let root = session.library.root().display().to_string();
        let direction = Direction::Auto.resolve(&root, ResolvedDirection::Ltr);
        bidi_line_ui(ui, engine, &root, direction, TextRole::Row);
        if ui.engine_button(tr(Msg::ChooseLibrary)).clicked() {
            commands.push(Command::Run(crate::session::Action::OpenLibrary));
        }
    });
    ui.separator();
    if session.is_scanning() {
        ui.reading_row(|ui| {
            ui.spinner();
            ui.engine_weak(tr(Msg::ReadingLibrary));
        });
    } else if session.index.issues.is_empty() {
        ui.engine_weak(tr(Msg::LibraryEmpty));
    }
    for indexed in session.index.issues.iter().rev() {
        let issue = &indexed.issue;
        let title = issue.display_title();
        // Number, date and status first in reading order of an Arabic line: the text engine
        // lays the row out right to left because the title is Arabic.
        let row = format!(
            "#{} · {} · {} · {} · {title}",
            crate::i18n::number(issue.number),
            crate::i18n::format_date(issue.date),
            status_name(issue.status),
            text(&Text::StoryCount {
                count: issue.picks().count()
            }),
        );
        let is_open = Some(indexed.path.as_path()) == open_file;
        // The row reads in its title's direction, in that issue's language.
        let direction = if issue.title.is_empty() {
            ResolvedDirection::Ltr
        } else {
            issue
                .title_settings
                .resolve(&issue.title, issue.base_direction())
        };
        if user_text_row_ui(ui, engine, &row, direction, is_open).clicked() && !is_open {
            commands.push(Command::OpenLibraryIssue(indexed.path.clone(), None));
        }
    }
    if !session.index.problems.is_empty() {
        ui.separator();
        ui.engine_label(tr(Msg::UnreadableIssues));
        for problem in &session.index.problems {
            ui.engine_colored(ui.visuals().error_fg_color, problem.to_string());
        }
    }
}
