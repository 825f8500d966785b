//! The search view (Ctrl+F): one query over the inbox, the open issue and every other issue of
//! the library, folding Arabic spelling variants; a result opens its story.

use std::path::Path;

use egui::Ui;

use super::Command;
use super::Selection;
use super::library_session::LibrarySession;
use super::strings::{Msg, tr};
use super::user_text::{TextRole, bidi_line_ui, draft_pane_ui, user_text_row_ui};
use crate::model::FoldedQuery;
use crate::model::search::{Hit, HitField, search_inbox, search_issue};
use crate::model::{Desk, StoryId};
use crate::text::TextEngine;

/// The id of the query pane, so Ctrl+F can focus it.
pub fn query_pane_id() -> egui::Id {
    egui::Id::unique("search_query")
}

/// Draws the query and the results.
pub fn search_view_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    query: &str,
    desk: &Desk,
    library: Option<&LibrarySession>,
    open_file: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    ui.heading(tr(Msg::Search));
    let label = ui.label(tr(Msg::SearchHint));
    let (response, typed) = draft_pane_ui(
        ui,
        engine,
        query_pane_id(),
        query,
        tr(Msg::SearchPlaceholder),
    );
    response.labelled_by(label.id);
    if typed != query {
        commands.push(Command::SetSearch(typed.clone()));
    }
    let folded = FoldedQuery::new(&typed);
    if folded.is_empty() {
        return;
    }
    ui.separator();
    let mut total = 0;
    let mut group = |ui: &mut Ui,
                     engine: &mut TextEngine,
                     title: String,
                     hits: Vec<Hit>,
                     open: &dyn Fn(StoryId) -> Command| {
        if hits.is_empty() {
            return;
        }
        total += hits.len();
        ui.add_space(6.0);
        ui.strong(title);
        for hit in hits {
            let headline = if hit.headline.is_empty() {
                tr(Msg::UntitledPick).to_owned()
            } else {
                hit.headline.clone()
            };
            if user_text_row_ui(ui, engine, &headline, false).clicked() {
                commands.push(open(hit.story));
            }
            // A headline match is the row itself; other fields show where they matched.
            if hit.field != HitField::Headline {
                bidi_line_ui(ui, engine, &hit.snippet, TextRole::Row);
            }
        }
    };
    group(
        ui,
        engine,
        tr(Msg::Inbox).to_owned(),
        search_inbox(&desk.inbox, &folded),
        &|id| Command::Select(Selection::Pick(id)),
    );
    group(
        ui,
        engine,
        format!("{} #{}", tr(Msg::ThisIssue), desk.issue.number),
        search_issue(&desk.issue, &folded),
        &|id| Command::Select(Selection::Pick(id)),
    );
    if let Some(library) = library {
        let open_file = open_file.and_then(|p| std::fs::canonicalize(p).ok());
        for indexed in library.index.issues.iter().rev() {
            if std::fs::canonicalize(&indexed.path).ok() == open_file {
                continue;
            }
            let path = indexed.path.clone();
            group(
                ui,
                engine,
                format!(
                    "{} #{} ({})",
                    tr(Msg::IssueWord),
                    indexed.issue.number,
                    indexed.issue.date
                ),
                search_issue(&indexed.issue, &folded),
                &|id| Command::OpenLibraryIssue(path.clone(), Some(id)),
            );
        }
    }
    if total == 0 {
        ui.weak(tr(Msg::NoResults));
    }
}
