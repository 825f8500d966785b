//! Stories coming in and moving about: pastes, dropped files and imports collected into the
//! inbox, and curation moves between the inbox and the issue's sections.

use std::path::PathBuf;
use std::time::Instant;

use super::import_job::{ImportJob, ImportResult};
use super::notice::failed;
use super::{Command, Curate, Selection, Session, Topic};
use crate::model::curation;
use crate::model::{StoryId, StoryPlace};
use crate::strings::{Msg, Text, text, tr};

impl Session {
    /// Pasted text becomes stories in the inbox when no text field took it, or when "Paste
    /// story" asked for the clipboard.
    pub(super) fn take_paste(&mut self, text: String, field_focused: bool) {
        if self.prompt.is_none() && (!field_focused || self.paste_into_inbox) {
            let stories = crate::model::stories_from_paste(&text)
                .into_iter()
                .map(crate::model::PastedStory::into_story)
                .collect();
            self.collect(stories);
        }
        self.paste_into_inbox = false;
    }

    /// Takes in the result of a finished import.
    pub(super) fn poll_import(&mut self) {
        let Some(result) = self.import.as_ref().and_then(ImportJob::poll) else {
            return;
        };
        let url = self.import.take().map(|job| job.url).unwrap_or_default();
        self.take_import(&url, result);
    }

    pub(super) fn take_import(&mut self, from: &str, result: ImportResult) {
        match result {
            Ok((stories, warnings)) => {
                self.take_warnings(from, warnings);
                let count = stories.len();
                self.collect(stories);
                self.post_info(
                    Topic::Import,
                    text(&Text::ImportedCount {
                        count,
                        from: from.to_string().into(),
                    }),
                );
            }
            Err(err) => self.post_error(Topic::Import, failed(Msg::ImportFailed, &err)),
        }
    }

    /// What an import changed: flagged on its story, or (for the whole feed) told the editor.
    pub(super) fn take_warnings(
        &mut self,
        from: &str,
        warnings: Vec<crate::io::import::ImportWarning>,
    ) {
        for warning in warnings {
            match warning.story() {
                Some(story) => self
                    .story_flags
                    .entry(story)
                    .or_default()
                    .push(warning.to_string()),
                None => self.post_error(Topic::Import, format!("{from}: {warning}")),
            }
        }
    }

    /// Collects stories into the inbox as one undo step, merging ones already on the desk.
    pub(super) fn collect(&mut self, stories: Vec<crate::model::Story>) {
        if self.open.read_only || stories.is_empty() {
            return;
        }
        if self.library.is_none() {
            self.post_error(Topic::Library, tr(Msg::NoLibraryHint).to_owned());
            return;
        }
        let ids: Vec<StoryId> = stories.iter().map(|s| s.id).collect();
        let collected = curation::collect_many(self.open.document.desk(), stories);
        let mut edits = Vec::new();
        let mut merged = 0;
        let mut first = None;
        for (id, collected) in ids.into_iter().zip(collected) {
            if collected.merged_into.is_some() {
                merged += 1;
                // What the import flagged belongs to the story it was merged into.
                if let Some(flags) = self.story_flags.remove(&id) {
                    self.story_flags
                        .entry(collected.story)
                        .or_default()
                        .extend(flags);
                }
            }
            first.get_or_insert(collected.story);
            edits.extend(collected.edits);
        }
        if !edits.is_empty()
            && let Err(err) = self.open.document.apply_all(edits, Instant::now())
        {
            self.post_error(Topic::Curate, err.to_string());
            return;
        }
        if merged > 0 {
            self.post_info(
                Topic::Curate,
                text(&Text::AlreadyCollectedCount { count: merged }),
            );
        }
        if let Some(story) = first {
            self.selection = Selection::Story(story);
        }
    }

    /// Carries out a curation move as one undo step.
    pub(super) fn curate(&mut self, curate: Curate) {
        if self.open.read_only {
            return;
        }
        let desk = self.open.document.desk();
        let plan = match curate {
            Curate::Pick {
                story,
                section,
                index,
            } => curation::pick(desk, story, section, index).map(Some),
            Curate::SendToInbox(story) => curation::send_to_inbox(desk, story).map(Some),
            Curate::Delete(story) => curation::delete_story(desk, story).map(Some),
            Curate::Step(story, step) => curation::step_pick(desk, story, step),
            Curate::StepSection(section, up) => curation::step_section(desk, section, up),
            Curate::AddSection => {
                let (_, edits) = curation::add_section(desk, desk.issue.sections.len(), "");
                Ok(Some(edits))
            }
            Curate::DeleteSection(section) => curation::delete_section(desk, section).map(Some),
        };
        match plan {
            Ok(Some(edits)) => {
                if let Err(err) = self.open.document.apply_all(edits, Instant::now()) {
                    self.post_error(Topic::Curate, err.to_string());
                }
            }
            // Already at the end it was moved towards.
            Ok(None) => {}
            Err(err) => self.post_error(Topic::Curate, err.to_string()),
        }
    }

    /// The story the keyboard moves act on: the selected one.
    pub(super) fn selected_story(&self) -> Option<StoryId> {
        match self.selection {
            Selection::Story(id) => Some(id),
            _ => None,
        }
    }

    /// Where the selected story is, if a story is selected and editable.
    pub(super) fn selected_place(&self) -> Option<StoryPlace> {
        if self.open.read_only {
            return None;
        }
        self.open.document.desk().place(self.selected_story()?)
    }

    /// Files dropped on the window: issues open, feeds and text files become stories.
    pub(super) fn take_dropped(&mut self, paths: Vec<PathBuf>) {
        use crate::io::import::{import_feed_file, story_from_text_file};

        let mut stories = Vec::new();
        for path in paths {
            let extension = path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .unwrap_or_default();
            let result = match extension.as_str() {
                "ron" => {
                    self.queued
                        .push(Command::OpenLibraryIssue(path.clone(), None));
                    continue;
                }
                "txt" | "md" | "markdown" => story_from_text_file(&path, &self.import_limits)
                    .map(|(story, warnings)| (vec![story], warnings)),
                "xml" | "rss" | "atom" | "json" => import_feed_file(&path, &self.import_limits)
                    .map(|feed| (feed.stories, feed.warnings)),
                _ => {
                    self.post_error(
                        Topic::Import,
                        text(&Text::CannotImportFile {
                            path: path.display().to_string().into(),
                        }),
                    );
                    continue;
                }
            };
            match result {
                Ok((found, warnings)) => {
                    self.take_warnings(&path.display().to_string(), warnings);
                    stories.extend(found);
                }
                Err(err) => self.post_error(Topic::Import, failed(Msg::ImportFailed, &err)),
            }
        }
        self.collect(stories);
    }
}
