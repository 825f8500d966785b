//! The inbox panel: stories collected and not picked yet, with the ways in (add, paste,
//! import) and out (drag into a section, or pick from the story's view). Dropping a pick here
//! sends it back.

use egui::Ui;

use super::DraggedStory;
use super::user_text::{TextRole, bidi_line_ui, user_text_row_ui};
use crate::i18n::{format_date, number};
use crate::io::Featured;
use crate::model::{Desk, ResolvedDirection, Story, StoryPlace};
use crate::session::{Command, Curate, Selection};
use crate::strings::{Msg, Text, text, tr};
use crate::text::TextEngine;
use crate::ui::interface_text::{EngineText, ReadingLayout, interface_direction};

/// What the inbox panel shows besides the desk.
pub struct InboxView<'a> {
    /// The issue and the inbox.
    pub desk: &'a Desk,
    /// What the main area shows.
    pub selection: Selection,
    /// The issues of the library (other than the open one) that featured a link.
    pub featured: &'a dyn Fn(&str) -> Vec<Featured>,
    /// What imports changed in stories, by story.
    pub flags: &'a std::collections::HashMap<crate::model::StoryId, Vec<String>>,
    /// A running import: what it is fetching, to show with a spinner and a Cancel button.
    pub importing: Option<&'a str>,
    /// False without a library (nothing could be saved).
    pub has_library: bool,
    /// False while the issue is read-only.
    pub editable: bool,
}

/// Draws the inbox and queues the commands its controls ask for.
pub fn inbox_panel_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &InboxView<'_>,
    commands: &mut Vec<Command>,
) {
    let inbox = &view.desk.inbox;
    ui.engine_heading(text(&Text::InboxHeading {
        count: inbox.entries.len(),
    }));
    if !view.has_library {
        ui.engine_label(tr(Msg::NoLibraryHint));
        if ui.engine_button(tr(Msg::ChooseLibrary)).clicked() {
            commands.push(Command::Run(crate::session::Action::OpenLibrary));
        }
        return;
    }
    ui.add_enabled_ui(view.editable, |ui| {
        ui.reading_row_wrapped(|ui| {
            if ui.engine_button(tr(Msg::AddStory)).clicked() {
                commands.push(Command::Run(crate::session::Action::AddStory));
            }
            if ui.engine_button(tr(Msg::PasteStory)).clicked() {
                commands.push(Command::Run(crate::session::Action::PasteStory));
            }
            if ui.engine_button(tr(Msg::ImportFeed)).clicked() {
                commands.push(Command::Run(crate::session::Action::ImportFeed));
            }
            if ui.engine_button(tr(Msg::ImportUrl)).clicked() {
                commands.push(Command::Run(crate::session::Action::ImportUrl));
            }
        });
    });
    if let Some(what) = view.importing {
        ui.reading_row(|ui| {
            ui.spinner();
            ui.engine_label(tr(Msg::Importing));
            if ui.engine_button(tr(Msg::Cancel)).clicked() {
                commands.push(Command::CancelImport);
            }
        });
        bidi_line_ui(ui, engine, what, ResolvedDirection::Ltr, TextRole::Row);
    }
    ui.separator();

    // The whole list is a drop zone: a pick dropped here goes back to the inbox.
    // Links the open issue already features (an inbox file edited elsewhere, or a story
    // collected before it was picked by hand): a handful of picks, keyed once per frame.
    let in_issue: std::collections::HashSet<String> = view
        .desk
        .issue
        .picks()
        .filter_map(|p| p.story.link().key())
        .collect();
    let (_, dropped) = ui.dnd_drop_zone::<DraggedStory, _>(egui::Frame::new(), |ui| {
        // The zone fills the panel, so a pick can be dropped anywhere below the list.
        ui.set_min_size(egui::vec2(
            ui.available_width(),
            ui.available_height().max(80.0),
        ));
        if inbox.is_empty() {
            ui.engine_weak(tr(Msg::InboxEmpty));
        }
        for entry in &inbox.entries {
            let story = &entry.story;
            let selected = view.selection == Selection::Story(story.id);
            let (text, direction) = row_text(story, view.desk.issue.base_direction());
            let response = user_text_row_ui(ui, engine, &text, direction, selected);
            response.dnd_set_drag_payload(DraggedStory(story.id));
            if response.clicked() {
                commands.push(Command::Select(Selection::Story(story.id)));
            }
            if story.link().key().is_some_and(|k| in_issue.contains(&k)) {
                ui.engine_colored(ui.visuals().warn_fg_color, tr(Msg::AlreadyInIssue));
            }
            let featured = (view.featured)(&story.url);
            if let Some(badge) = featured_badge(&featured) {
                ui.engine_colored(ui.visuals().warn_fg_color, badge);
            }
            if view.flags.contains_key(&story.id) {
                ui.engine_colored(ui.visuals().warn_fg_color, tr(Msg::ImportFlag));
            }
        }
    });
    if let Some(dragged) = dropped
        && matches!(view.desk.place(dragged.0), Some(StoryPlace::Issue(_)))
    {
        commands.push(Command::Curate(Curate::SendToInbox(dragged.0)));
    }
}

/// A row's text and direction: the headline (in its direction, `base` being the issue's), or
/// the link when there is no headline yet.
pub fn row_text(story: &Story, base: ResolvedDirection) -> (String, ResolvedDirection) {
    match (
        story.headline.trim().is_empty(),
        story.url.trim().is_empty(),
    ) {
        (false, _) => (
            story.headline.clone(),
            story.headline_settings.resolve(&story.headline, base),
        ),
        (true, false) => (story.url.clone(), ResolvedDirection::Ltr),
        (true, true) => (
            tr(Msg::UntitledPick).to_owned(),
            interface_direction(tr(Msg::UntitledPick)),
        ),
    }
}

/// "Featured in issue #12 (1 May 2026)" for the earliest issues that featured a link, or
/// `None` when none did.
pub fn featured_badge(featured: &[Featured]) -> Option<String> {
    let first = featured.first()?;
    let mut badge = text(&Text::FeaturedIn {
        number: first.number,
        date: format_date(first.date).into(),
    });
    if featured.len() > 1 {
        let more: Vec<String> = featured[1..]
            .iter()
            .map(|f| format!("#{}", number(f.number)))
            .collect();
        badge.push_str(&text(&Text::FeaturedAlso {
            issues: more.join(tr(Msg::ListSeparator)).into(),
        }));
    }
    Some(badge)
}

/// While a story is dragged, its headline follows the pointer (the drop line alone does not
/// say what is being moved).
pub fn drag_preview_ui(ctx: &egui::Context, engine: &mut TextEngine, desk: &Desk) {
    let Some(dragged) = egui::DragAndDrop::payload::<DraggedStory>(ctx) else {
        return;
    };
    let Some(pointer) = ctx.pointer_latest_pos() else {
        return;
    };
    let Ok(entry) = desk.entry(dragged.0) else {
        return;
    };
    let (text, direction) = row_text(&entry.story, desk.issue.base_direction());
    egui::Area::new(egui::Id::unique("drag_preview"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + egui::vec2(12.0, 8.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(320.0);
                user_text_row_ui(ui, engine, &text, direction, true);
            });
        });
}
