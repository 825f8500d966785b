//! The search view (Ctrl+F): one query over the inbox, the open issue and every other issue of
//! the library, in every text field, folding Arabic spelling variants; a result marks the match
//! and opens its story (or the issue's details). Results are worked
//! out once per change of query, desk or library ([`SearchResults`]), not once per frame.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::user_text::{draft_pane_ui, highlighted_row_ui, snippet_ui};
use crate::i18n::format_date;
use crate::model::search::{Hit, HitTarget, search_inbox, search_issue};
use crate::model::{Desk, Direction, FoldedQuery, ResolvedDirection, Revision};
use crate::session::Command;
use crate::session::LibrarySession;
use crate::session::Selection;
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, interface_direction};

/// The id of the query pane, so Ctrl+F can focus it.
pub fn query_pane_id() -> egui::Id {
    egui::Id::unique("search_query")
}

/// Where a group of results lives.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Found {
    /// On the desk (inbox or open issue): results select the story.
    Desk,
    /// In another issue of the library: results open that file.
    File(PathBuf),
}

/// Results of one query, grouped by where they were found.
#[derive(Default)]
pub struct SearchResults {
    /// What they were computed for: query, desk revision, library generation.
    key: Option<(String, Revision, u64)>,
    groups: Vec<(String, Found, Vec<Hit>)>,
}

impl SearchResults {
    /// Searches again if the query, the desk or the library changed since last time.
    /// `open_file` is canonical ([`crate::io::Library::canonical`]), like the library's paths.
    pub fn refresh(
        &mut self,
        query: &str,
        desk: (&Desk, Revision),
        library: Option<&LibrarySession>,
        open_file: Option<&Path>,
    ) {
        let key = (
            query.to_owned(),
            desk.1,
            library.map_or(0, LibrarySession::generation),
        );
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.key = Some(key);
        self.groups.clear();
        let folded = FoldedQuery::new(query);
        if folded.is_empty() {
            return;
        }
        let (desk, _) = desk;
        self.groups.push((
            tr(Msg::Inbox).to_owned(),
            Found::Desk,
            search_inbox(&desk.inbox, &folded, desk.issue.base_direction()),
        ));
        self.groups.push((
            text(&Text::ThisIssueNumber {
                number: desk.issue.number,
            }),
            Found::Desk,
            search_issue(&desk.issue, &folded),
        ));
        let Some(library) = library else {
            return;
        };
        for indexed in library.index.issues.iter().rev() {
            if Some(indexed.path.as_path()) == open_file {
                continue;
            }
            self.groups.push((
                text(&Text::IssueNumberDate {
                    number: indexed.issue.number,
                    date: format_date(indexed.issue.date).into(),
                }),
                Found::File(indexed.path.clone()),
                search_issue(&indexed.issue, &folded),
            ));
        }
    }
}

/// Draws the query and the results.
pub fn search_view_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    query: &str,
    results: &SearchResults,
    base: ResolvedDirection,
    commands: &mut Vec<Command>,
) {
    ui.engine_heading(tr(Msg::Search));
    let label = ui.engine_label(tr(Msg::SearchHint));
    let (output, typed) = draft_pane_ui(
        ui,
        engine,
        query_pane_id(),
        query_pane_id().with("pane"),
        query,
        tr(Msg::SearchPlaceholder),
        |q| Direction::Auto.resolve(q, base),
    );
    output.response.labelled_by(label.id);
    if typed != query {
        commands.push(Command::SetSearch(typed.clone()));
    }
    if FoldedQuery::new(&typed).is_empty() {
        return;
    }
    ui.separator();
    // "12 results", "نتيجتان", "11 نتيجة": the count in the language's plural forms.
    let total: usize = results.groups.iter().map(|(_, _, hits)| hits.len()).sum();
    ui.engine_weak(text(&Text::ResultCount { count: total }));
    for (title, found, hits) in &results.groups {
        if hits.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.engine_strong(title.as_str());
        for hit in hits {
            search_hit_ui(ui, engine, found, hit, commands);
        }
    }
}

/// One result: its row (the headline, or the issue's title) opens what matched; the match is
/// marked in the row when the row is what matched, else in a snippet under it.
fn search_hit_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    found: &Found,
    hit: &Hit,
    commands: &mut Vec<Command>,
) {
    // An issue's heading is never empty (Issue::display_title); a story's may be.
    let (heading, direction) = if hit.heading.is_empty() {
        (
            tr(Msg::UntitledPick),
            interface_direction(tr(Msg::UntitledPick)),
        )
    } else {
        (hit.heading.as_str(), hit.heading_direction)
    };
    let row_highlight =
        (hit.field.is_heading() && !hit.heading.is_empty()).then(|| hit.highlight.clone());
    if highlighted_row_ui(ui, engine, heading, direction, false, row_highlight).clicked() {
        let story = match hit.target {
            HitTarget::Story(id) => Some(id),
            HitTarget::Issue => None,
        };
        commands.push(match (found, story) {
            (Found::Desk, Some(id)) => Command::Select(Selection::Story(id)),
            (Found::Desk, None) => Command::Select(Selection::Issue),
            (Found::File(path), story) => Command::OpenLibraryIssue(path.clone(), story),
        });
    }
    if !hit.field.is_heading() {
        snippet_ui(
            ui,
            engine,
            &hit.snippet,
            hit.snippet_direction,
            hit.highlight.clone(),
        );
    }
}
