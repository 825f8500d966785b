//! [`Session::run`]: each command applied, and each action carried out — the one place where
//! what the editor asked for changes the session.

use std::path::Path;
use std::time::Instant;

use super::notice::failed;
use super::prompt::DialogPurpose;
use super::{
    Action, Command, Curate, Effect, Focus, HelpTopic, OpenIssue, Prompt, Selection, Session, Then,
    Topic, Zoom,
};
use crate::i18n::{Digits, Language, Locale, MonthNames};
use crate::model::curation::PickStep;
use crate::model::{Edit, Status, StoryId, TextChange, TextField, TextSelection};
use crate::strings::{Msg, tr};

impl Session {
    /// Applies one command. Run only from [`Session::run_all`], after the frame.
    pub(super) fn run(&mut self, command: Command) {
        // Positions kept in the text follow every change before anything reads them.
        self.follow_text_changes();
        match command {
            Command::Run(action) => {
                if self.can_run(action) {
                    self.run_action(action);
                }
            }
            Command::Edit(edit) => {
                if self.open.read_only || self.opening.is_some() {
                    return;
                }
                let to_ready = matches!(edit, Edit::SetStatus(Status::Ready))
                    && self.open.document.issue().status != Status::Ready;
                if let Err(err) = self.open.document.apply(edit, Instant::now()) {
                    // An edit built from the current state should always apply; if it does
                    // not, say so rather than losing it silently.
                    self.post_error(Topic::Edit, err.to_string());
                } else if to_ready {
                    // Ready is her word, not a gate: the check says what is left, after.
                    self.check_issue(true);
                }
            }
            Command::Edits(edits) => {
                if self.open.read_only || self.opening.is_some() {
                    return;
                }
                if let Err(err) = self.open.document.apply_all(edits, Instant::now()) {
                    self.post_error(Topic::Edit, err.to_string());
                }
            }
            Command::Type {
                field,
                changes,
                caret,
            } => self.type_in(field, changes, caret),
            Command::Caret(field, selection) => self.open.document.select(field, selection),
            Command::SetLink {
                field,
                range,
                address,
            } => self.set_link(field, range, address),
            Command::RemoveLink { field, range } => self.remove_link(field, range),
            Command::OpenLink(address) => self.open_link(&address),
            Command::PasteHtml { html, plain } => {
                let (text, marks) = crate::io::import::formatted_paste(&html)
                    .filter(|(text, _)| !text.trim().is_empty())
                    .unwrap_or((plain, Vec::new()));
                self.paste_formatted(text, marks);
            }
            Command::Curate(curate) => self.curate(curate),
            Command::AskSuggestions(word) => {
                let wake = self.waker.clone();
                let inline = !self.background_file_work;
                self.spelling.ask_suggestions(&word, wake, inline);
            }
            Command::AddToDictionary(word) => self.add_to_dictionary(&word),
            Command::GoToMisspelling(index) => self.go_to_misspelling(index),
            Command::CloseMisspellings => self.close_misspellings(),
            Command::GoToFinding(index) => self.go_to_finding(index),
            Command::FixFinding(index) => self.fix_finding(index),
            Command::CancelLinkCheck => self.cancel_link_check(),
            Command::ClosePreflight => self.close_preflight(),
            Command::SetLibrarySettings(settings) => self.set_library_settings(settings),
            Command::CloseLibrarySettings => self.show_library_settings = false,
            Command::DismissHints(field, paragraph) => {
                match crate::model::dismiss_hints(self.open.document.desk(), field, paragraph, true)
                {
                    Ok(Some(edit)) => self.run(Command::Edit(edit)),
                    Ok(None) => {}
                    Err(err) => self.post_error(Topic::Edit, err.to_string()),
                }
            }
            Command::Select(selection) => {
                if selection != self.selection {
                    self.open.document.seal_typing();
                    self.selection = selection;
                }
                if selection == Selection::Search {
                    self.effects.push(Effect::Focus(Focus::SearchQuery));
                }
            }
            Command::Pasted {
                text,
                field_focused,
            } => self.take_paste(text, field_focused),
            Command::DroppedFiles(paths) => self.take_dropped(paths),
            Command::ImportUrl(url) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                if let Some(job) = &self.import {
                    job.cancel();
                }
                self.import = Some(super::ImportJob::start(
                    url,
                    self.import_limits.clone(),
                    self.waker.clone(),
                ));
            }
            Command::ImportFeedFile(path) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.take_dropped(vec![path]);
            }
            Command::CancelImport => {
                // The worker may be waiting on a silent server until its timeout: stop
                // waiting for it now; it stops at its next chance and its result is dropped.
                if let Some(job) = self.import.take() {
                    job.cancel();
                    self.post_info(Topic::Import, tr(Msg::ImportCancelled).to_owned());
                }
            }
            Command::OpenLibrary(path) => {
                if matches!(self.prompt, Some(Prompt::Path { .. })) {
                    self.prompt = None;
                }
                self.unless_unsaved(Then::SwitchLibrary(path));
            }
            Command::OpenLibraryIssue(path, story) => {
                self.unless_unsaved(Then::OpenFile(path, story));
            }
            Command::SetSearch(query) => self.search_query = query,
            Command::OpenPath(path) => self.open_path(&path),
            Command::SaveToPath(path) => self.save_to(&path),
            Command::ExportToPath(path) => self.export_to(&path, false),
            Command::ExportReplacing(path) => self.export_to(&path, true),
            Command::Unsaved(choice) => self.answer_unsaved(choice),
            Command::OverwriteDisk => {
                self.prompt = None;
                if let Some(path) = self.open.path().map(Path::to_owned) {
                    self.save_to(&path);
                }
            }
            Command::ReloadFromDisk => {
                self.prompt = None;
                self.after_save = None;
                if let Some(path) = self.open.path().map(Path::to_owned) {
                    self.open_path(&path);
                }
            }
            Command::Recover(choice) => self.answer_recovery(choice),
            Command::OpenBackup(path) => {
                self.prompt = None;
                match OpenIssue::from_backup(&path) {
                    Ok(open) => self.replace_open(open),
                    Err(err) => self.post_error(Topic::Open, failed(Msg::OpenFailed, &err)),
                }
            }
            Command::ClosePrompt => {
                self.prompt = None;
                self.after_save = None;
            }
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::DialogAnswered(outcome) => self.dialog_answered(outcome),
            Command::CloseRequested => self.close_requested(),
        }
    }

    fn run_action(&mut self, action: Action) {
        match action {
            Action::New => self.unless_unsaved(Then::New),
            Action::Open => self.unless_unsaved(Then::Open),
            Action::Quit => self.unless_unsaved(Then::Quit),
            Action::Save => self.save(),
            Action::SaveAs => self.request_dialog(DialogPurpose::SaveAs),
            Action::Undo => self.undo_redo(|d| d.undo()),
            Action::Redo => self.undo_redo(|d| d.redo()),
            Action::ToggleMarks => self.show_marks = !self.show_marks,
            Action::Export => self.request_dialog(DialogPurpose::Export),
            Action::CheckIssue => self.check_issue(false),
            Action::LibrarySettings => self.show_library_settings = true,
            Action::CopyHtml => {
                let html = crate::io::export::export_with(
                    self.open.document.issue(),
                    crate::io::export::ExportFormat::Html,
                    self.utm_tags(),
                );
                self.effects.push(Effect::CopyText(html));
                let text = self.with_empty_sections_warning(tr(Msg::HtmlCopied).to_owned());
                self.post_info(Topic::Export, text);
            }
            Action::OpenLibrary => self.request_dialog(DialogPurpose::Library),
            Action::ShowLibrary => self.queued.push(Command::Select(Selection::Library)),
            Action::Find => self.queued.push(Command::Select(Selection::Search)),
            Action::AddStory => {
                let story = crate::model::Story::new("");
                let id = story.id;
                self.collect(vec![story]);
                // The caret goes into the new story's headline: what she types next is its title.
                if self.selection == Selection::Story(id) {
                    let headline =
                        crate::model::TextField::Story(id, crate::model::StoryText::Headline);
                    self.effects.push(Effect::Focus(Focus::Field(headline)));
                }
            }
            Action::PasteStory => {
                // The clipboard's text arrives as a paste event next frame: no text field may
                // have the caret then, or it would take the text too.
                self.effects.push(Effect::ReleaseFocus);
                self.paste_into_inbox = true;
                self.effects.push(Effect::RequestPaste);
            }
            Action::ImportFeed => self.request_dialog(DialogPurpose::ImportFeed),
            Action::ImportUrl => self.request_dialog(DialogPurpose::ImportUrl),
            Action::PickStory => {
                if let (Some(story), Some(section)) = (
                    self.selected_story(),
                    self.open.document.issue().sections.first(),
                ) {
                    let index = section.picks.len();
                    let section = section.id;
                    self.curate(Curate::Pick {
                        story,
                        section,
                        index,
                    });
                }
            }
            Action::SendToInbox => self.on_selected(Curate::SendToInbox),
            Action::DeleteStory => self.on_selected(Curate::Delete),
            Action::MoveUp => self.on_selected(|s| Curate::Step(s, PickStep::Up)),
            Action::MoveDown => self.on_selected(|s| Curate::Step(s, PickStep::Down)),
            Action::MoveToPreviousSection => {
                self.on_selected(|s| Curate::Step(s, PickStep::PreviousSection));
            }
            Action::MoveToNextSection => {
                self.on_selected(|s| Curate::Step(s, PickStep::NextSection));
            }
            Action::MoveToTop => self.on_selected(|s| Curate::Step(s, PickStep::Top)),
            Action::Cut | Action::Copy | Action::Paste | Action::PastePlain | Action::SelectAll => {
                self.clipboard_action(action);
            }
            Action::Bold => self.toggle_mark(crate::model::MarkKind::Strong),
            Action::Italic => self.toggle_mark(crate::model::MarkKind::Emphasis),
            Action::Link => self.ask_link(),
            Action::DirectionRtl
            | Action::DirectionLtr
            | Action::DirectionAuto
            | Action::InsertRlm
            | Action::InsertLrm
            | Action::IsolateLatin => {
                self.field_action(action);
            }
            Action::CheckIssueSpelling => self.check_issue_spelling(),
            Action::NextMisspelling => self.step_misspelling(true),
            Action::PreviousMisspelling => self.step_misspelling(false),
            Action::SpellingSuggestions => {
                if let Ok((editing, range, word)) = self.misspelled_at_caret() {
                    let wake = self.waker.clone();
                    let inline = !self.background_file_work;
                    self.spelling.ask_suggestions(&word, wake, inline);
                    self.effects.push(Effect::ShowSpellingMenu {
                        field: editing.field,
                        range,
                        word,
                    });
                }
            }
            Action::ZoomIn => self.effects.push(Effect::Zoom(Zoom::In)),
            Action::ZoomOut => self.effects.push(Effect::Zoom(Zoom::Out)),
            Action::ZoomReset => self.effects.push(Effect::Zoom(Zoom::Reset)),
            Action::ToggleLightTheme => {
                self.light_theme = !self.light_theme;
                self.remember_theme();
            }
            Action::ToggleSpelling => {
                let enabled = !self.spelling.is_enabled();
                self.spelling.set_enabled(enabled);
                self.remember(move |settings| settings.spell_check = Some(enabled));
            }
            Action::InterfaceArabic => self.set_locale(Locale {
                language: Language::Arabic,
                ..self.locale
            }),
            Action::InterfaceEnglish => self.set_locale(Locale {
                language: Language::English,
                ..self.locale
            }),
            Action::ToggleArabicIndicDigits => self.set_locale(Locale {
                digits: match self.locale.digits {
                    Digits::Western => Digits::ArabicIndic,
                    Digits::ArabicIndic => Digits::Western,
                },
                ..self.locale
            }),
            Action::ToggleLevantMonths => self.set_locale(Locale {
                months: match self.locale.months {
                    MonthNames::EgyptGulf => MonthNames::Levant,
                    MonthNames::Levant => MonthNames::EgyptGulf,
                },
                ..self.locale
            }),
            Action::Palette => self.effects.push(Effect::ShowPalette),
            Action::Shortcuts => self.effects.push(Effect::ShowHelp(HelpTopic::Shortcuts)),
            Action::About => self.effects.push(Effect::ShowHelp(HelpTopic::About)),
        }
    }

    /// Text typed, pasted or deleted in `field` (by its pane or a menu): each change applied as
    /// a keystroke (consecutive typing joins one undo step), the caret left at `caret`.
    pub(super) fn type_in(
        &mut self,
        field: TextField,
        changes: Vec<TextChange>,
        caret: TextSelection,
    ) {
        if self.open.read_only || self.opening.is_some() {
            return;
        }
        let count = changes.len();
        for (index, change) in changes.into_iter().enumerate() {
            let after = if index + 1 == count {
                caret
            } else {
                TextSelection::caret(change.end_after())
            };
            let edit = Edit::Text { field, change };
            let applied = self.open.document.apply_with_caret(
                vec![edit],
                Instant::now(),
                Some((field, after)),
            );
            if let Err(err) = applied {
                // Built from the text as it is, so it applies; if not, say so rather than lose
                // it silently.
                self.post_error(Topic::Edit, err.to_string());
                return;
            }
        }
    }

    /// Runs a curation move on the selected story, if one is selected.
    fn on_selected(&mut self, make: impl FnOnce(StoryId) -> Curate) {
        if self.selected_place().is_some()
            && let Some(story) = self.selected_story()
        {
            self.curate(make(story));
        }
    }

    fn undo_redo(
        &mut self,
        step: impl FnOnce(&mut crate::model::Document) -> Result<bool, crate::model::EditError>,
    ) {
        if self.open.read_only {
            return;
        }
        match step(&mut self.open.document) {
            Err(err) => self.post_error(Topic::Edit, err.to_string()),
            // The caret goes back where the step was made, when the main area shows that
            // field.
            Ok(true) => {
                if let Some(editing) = self.editing_field() {
                    self.effects
                        .push(Effect::Focus(Focus::Field(editing.field)));
                }
            }
            Ok(false) => {}
        }
    }
}
