//! [`Session::availability`]: whether each action can run now, and why not — the one check
//! behind menus, shortcuts, the palette and [`super::Command::Run`].

use super::field_command::{FieldAction, FieldCaret};
use super::{Action, Effect, Focus, Selection, Session};
use crate::i18n::{Digits, Language, MonthNames};
use crate::model::{Edit, StoryText, TextChange, TextField, TextSelection};
use crate::strings::Msg;

impl Session {
    /// Whether `action` can run now: the one check behind menus (greyed out), shortcuts, the
    /// palette and [`super::Command::Run`], so a shortcut never does what its disabled menu item
    /// would not.
    pub fn can_run(&self, action: Action) -> bool {
        self.availability(action).is_ok()
    }

    /// Why `action` cannot run now (shown greyed in the palette), or `Ok`.
    pub fn availability(&self, action: Action) -> Result<(), Msg> {
        let writable = || (!self.open.read_only).then_some(()).ok_or(Msg::WhyReadOnly);
        let no_dialog = || {
            (!self.dialog_pending)
                .then_some(())
                .ok_or(Msg::WhyDialogOpen)
        };
        let library = || self.library.as_ref().map(|_| ()).ok_or(Msg::WhyNoLibrary);
        let place = self.selected_place();
        let require = |ok: bool, why: Msg| ok.then_some(()).ok_or(why);
        match action {
            Action::Undo => {
                writable()?;
                require(self.open.document.can_undo(), Msg::WhyNothingToUndo)
            }
            Action::Redo => {
                writable()?;
                require(self.open.document.can_redo(), Msg::WhyNothingToRedo)
            }
            Action::Save => {
                writable()?;
                no_dialog()?;
                require(self.saving.is_none(), Msg::WhySaving)
            }
            Action::SaveAs => {
                no_dialog()?;
                require(self.saving.is_none(), Msg::WhySaving)
            }
            Action::Open | Action::Export | Action::OpenLibrary => no_dialog(),
            Action::LibrarySettings => library(),
            Action::New
            | Action::Quit
            | Action::ToggleMarks
            | Action::CopyHtml
            | Action::CheckIssue
            | Action::ShowLibrary
            | Action::Find
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::ToggleLightTheme
            | Action::ToggleSpelling
            | Action::InterfaceArabic
            | Action::InterfaceEnglish
            | Action::ToggleArabicIndicDigits
            | Action::ToggleLevantMonths
            | Action::Palette
            | Action::Shortcuts
            | Action::About => Ok(()),
            Action::AddStory | Action::PasteStory | Action::ImportFeed => {
                library()?;
                writable()
            }
            Action::ImportUrl => {
                library()?;
                writable()?;
                require(self.import.is_none(), Msg::WhyImporting)
            }
            Action::PickStory => require(place.is_some_and(|p| p.is_inbox()), Msg::WhyNoInboxStory),
            Action::SendToInbox
            | Action::MoveUp
            | Action::MoveDown
            | Action::MoveToPreviousSection
            | Action::MoveToNextSection
            | Action::MoveToTop => require(place.is_some_and(|p| !p.is_inbox()), Msg::WhyNoPick),
            Action::DeleteStory => require(place.is_some(), Msg::WhyNoStory),
            Action::Bold | Action::Italic | Action::Link => {
                writable()?;
                self.formatting_availability(action)
            }
            Action::Cut | Action::Copy | Action::Paste | Action::PastePlain | Action::SelectAll => {
                let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
                if matches!(action, Action::Cut | Action::Paste | Action::PastePlain) {
                    writable()?;
                }
                if matches!(action, Action::Cut | Action::Copy) {
                    require(editing.has_selection(), Msg::WhyNoSelection)?;
                }
                Ok(())
            }
            Action::DirectionRtl
            | Action::DirectionLtr
            | Action::DirectionAuto
            | Action::InsertRlm
            | Action::InsertLrm
            | Action::IsolateLatin => {
                writable()?;
                self.field_edits(action).map(|_| ())
            }
            Action::CheckIssueSpelling | Action::NextMisspelling | Action::PreviousMisspelling => {
                self.spelling
                    .checker()
                    .map(|_| ())
                    .ok_or(Msg::WhyNoSpelling)
            }
            Action::SpellingSuggestions => {
                writable()?;
                self.misspelled_at_caret().map(|_| ())
            }
        }
    }

    /// The field with the caret, if it is one the main area shows now: the document keeps the
    /// caret, so a menu or the palette taking the keyboard does not take it away.
    pub fn editing_field(&self) -> Option<FieldCaret> {
        let (field, selection) = self.open.document.caret()?;
        let shown = match self.selection {
            Selection::Issue => field.story().is_none(),
            Selection::Story(story) => field.story() == Some(story),
            Selection::Preview | Selection::Library | Selection::Search => false,
        };
        let desk = self.open.document.desk();
        let exists = match field {
            // The tags are a list, not text: they exist while their story does.
            TextField::Story(story, StoryText::Tags) => desk.entry(story).is_ok(),
            _ => field.get(desk).is_ok(),
        };
        (shown && exists).then(|| FieldCaret::of(desk, field, selection))
    }

    /// The field with the caret and the misspelled word the caret is at, or why there is none.
    pub(super) fn misspelled_at_caret(
        &self,
    ) -> Result<(FieldCaret, std::ops::Range<usize>, String), Msg> {
        let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
        let (speller, _) = self.spelling.checker().ok_or(Msg::WhyNoSpelling)?;
        let (range, word) = editing
            .word_at(self.open.document.desk())
            .ok_or(Msg::WhyNoMisspelling)?;
        let known = crate::spell::KnownWords {
            personal: Some(self.spelling.personal_words()),
            ignored: &self.open.document.issue().ignored_words,
        };
        let wrong = crate::spell::script_of(&word)
            .is_some_and(|script| !speller.is_correct(&word, script) && !known.contains(&word));
        if wrong {
            Ok((editing, range, word))
        } else {
            Err(Msg::WhyNoMisspelling)
        }
    }

    /// The field with the caret and the edits a direction action makes there, or why there
    /// are none.
    fn field_edits(&self, action: Action) -> Result<(FieldCaret, Vec<Edit>), Msg> {
        let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
        let field_action = action.field_action().ok_or(Msg::WhyNoField)?;
        let edits = editing.plan(self.open.document.desk(), field_action)?;
        Ok((editing, edits))
    }

    /// Whether a menu item that switches something on and off is on.
    pub fn is_checked(&self, action: Action) -> Option<bool> {
        match action {
            Action::ToggleMarks => Some(self.show_marks),
            Action::ToggleLightTheme => Some(self.light_theme),
            Action::ToggleSpelling => Some(self.spelling.is_enabled()),
            Action::InterfaceArabic => Some(self.locale.language == Language::Arabic),
            Action::InterfaceEnglish => Some(self.locale.language == Language::English),
            Action::ToggleArabicIndicDigits => Some(self.locale.digits == Digits::ArabicIndic),
            Action::ToggleLevantMonths => Some(self.locale.months == MonthNames::Levant),
            _ => None,
        }
    }

    /// Cut, copy, paste or select all in the field with the caret, on the document's text and
    /// selection, in this frame (the menu does what Ctrl+X does without a trip through the
    /// field's pane). The caret goes back into the field.
    pub(super) fn clipboard_action(&mut self, action: Action) {
        let Some(editing) = self.editing_field() else {
            return;
        };
        let field = editing.field;
        self.effects.push(Effect::Focus(Focus::Field(field)));
        let desk = self.open.document.desk();
        let Ok(text) = field.get(desk) else {
            return;
        };
        let range = editing.selection.clamped(&text).ordered();
        match action {
            Action::Cut | Action::Copy => {
                let selected = text.text()[range.clone()].to_owned();
                self.effects.push(match copied_html(&text, range.clone()) {
                    Some(html) => Effect::CopyRich {
                        html,
                        plain: selected,
                    },
                    None => Effect::CopyText(selected),
                });
                if action == Action::Cut {
                    self.type_in(
                        field,
                        vec![TextChange::delete(range.clone())],
                        TextSelection::caret(range.start),
                    );
                }
            }
            Action::SelectAll => {
                let all = TextSelection::range(0..text.len());
                self.open.document.select(field, all);
            }
            // The clipboard arrives as a paste event next frame, in the focused pane (Paste
            // plain: the window leaves its HTML aside).
            _ => self.effects.push(Effect::RequestPaste),
        }
    }

    /// A direction action in the field with the caret, as one undo step, in this frame; a
    /// mark is typed (the caret moves past it, as after a letter). The caret goes back into
    /// the text the menu or the palette took it from.
    pub(super) fn field_action(&mut self, action: Action) {
        let Ok((editing, edits)) = self.field_edits(action) else {
            return;
        };
        match (action.field_action(), edits.as_slice()) {
            (Some(FieldAction::Mark(_)), [Edit::Text { change, .. }]) => {
                let after = TextSelection::caret(change.end_after());
                self.type_in(editing.field, vec![change.clone()], after);
            }
            _ => self.run(super::Command::Edits(edits)),
        }
        self.effects
            .push(Effect::Focus(Focus::Field(editing.field)));
    }
}

/// The selected bytes `range` of a prose field as HTML, one `<p>` a paragraph, when some of
/// them carry marks (else the plain text is all there is to copy).
fn copied_html(text: &crate::model::FieldRef<'_>, range: std::ops::Range<usize>) -> Option<String> {
    let crate::model::FieldRef::Prose(prose) = text else {
        return None;
    };
    let mut html = String::new();
    let mut any_mark = false;
    let mut start = 0;
    for paragraph in prose.paragraphs() {
        let end = start + paragraph.text.len();
        if start <= range.end && range.start <= end && !(range.start == end && start != end) {
            let local = range.start.saturating_sub(start)..(range.end.min(end)) - start;
            let marks: Vec<crate::model::Mark> =
                crate::model::mark::marks_within(&paragraph.marks, &local);
            any_mark |= !marks.is_empty();
            html.push_str("<p>");
            html.push_str(&crate::io::export::inline::inline_html(
                &paragraph.text[local],
                &marks,
                crate::io::export::escape_html,
                |address| {
                    crate::model::Link::parse(address)
                        .safe_for_export()
                        .map(str::to_owned)
                },
            ));
            html.push_str("</p>");
        }
        start = end + 1;
    }
    any_mark.then_some(html)
}
