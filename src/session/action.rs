//! [`Action`]: the list of things the editor can ask for by menu, shortcut or palette. Menus,
//! shortcut handling, the command palette and the shortcuts window all read this one list;
//! [`super::Session::availability`] says whether each can run now. The keys that run them are
//! the window's business (`ui::shortcuts`).

use super::field_command::FieldAction;
use crate::model::Direction;
use crate::strings::{Msg, tr};

/// A user-invokable action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Start a new issue.
    New,
    /// Open an issue file.
    Open,
    /// Save to the current file.
    Save,
    /// Save to a file chosen now.
    SaveAs,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Close the window (asking about unsaved changes).
    Quit,
    /// Cut the selection of the field being edited.
    Cut,
    /// Copy the selection of the field being edited.
    Copy,
    /// Paste into the field being edited.
    Paste,
    /// Select all the text of the field being edited.
    SelectAll,
    /// Paste the clipboard's text into the field being edited, without its formatting.
    PastePlain,
    /// Make the selected words bold (or not, when they all are).
    Bold,
    /// Make the selected words italic: emphasis (or not, when they all are).
    Italic,
    /// Put a link on the selected words, or edit the link at the caret.
    Link,
    /// Set the caret's paragraph right to left.
    DirectionRtl,
    /// Set the caret's paragraph left to right.
    DirectionLtr,
    /// Let the caret's paragraph take the direction of most of its words.
    DirectionAuto,
    /// Insert a right-to-left mark at the caret.
    InsertRlm,
    /// Insert a left-to-right mark at the caret.
    InsertLrm,
    /// Isolate the Latin run at the caret, so it keeps its place in a right-to-left line.
    IsolateLatin,
    /// Open the spelling menu of the misspelled word at the caret.
    SpellingSuggestions,
    /// Check the whole issue's spelling and list what is found.
    CheckIssueSpelling,
    /// Go to the next misspelling of the issue.
    NextMisspelling,
    /// Go to the previous misspelling of the issue.
    PreviousMisspelling,
    /// Show or hide invisible formatting characters.
    ToggleMarks,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to the normal size.
    ZoomReset,
    /// Switch between the dark and the light theme.
    ToggleLightTheme,
    /// Underline misspelled words as she types.
    ToggleSpelling,
    /// Show the interface in Arabic, right to left.
    InterfaceArabic,
    /// Show the interface in English.
    InterfaceEnglish,
    /// Write the interface's numbers (and the exports' dates and counts) in Arabic-Indic
    /// digits (٠-٩) rather than Western ones.
    ToggleArabicIndicDigits,
    /// Name the months as in the Levant (كانون الثاني) rather than as in Egypt and the Gulf
    /// (يناير).
    ToggleLevantMonths,
    /// Export the issue as HTML, Markdown or text.
    Export,
    /// Put the HTML email on the clipboard.
    CopyHtml,
    /// Check whether the issue is ready to send: links, repeats, empty parts, hints,
    /// spelling, length.
    CheckIssue,
    /// The library's settings: the length aimed at, campaign tags on links.
    LibrarySettings,
    /// Choose the library folder.
    OpenLibrary,
    /// Show the library's issues.
    ShowLibrary,
    /// Search the inbox and the library.
    Find,
    /// Add an empty story to the inbox.
    AddStory,
    /// Collect the clipboard's text or links as stories.
    PasteStory,
    /// Import an RSS or Atom file.
    ImportFeed,
    /// Import a feed or page from its address.
    ImportUrl,
    /// Pick the selected inbox story into the issue's first section.
    PickStory,
    /// Send the selected pick back to the inbox.
    SendToInbox,
    /// Delete the selected story.
    DeleteStory,
    /// Move the selected pick up in its section.
    MoveUp,
    /// Move the selected pick down in its section.
    MoveDown,
    /// Move the selected pick to the end of the section before.
    MoveToPreviousSection,
    /// Move the selected pick to the start of the section after.
    MoveToNextSection,
    /// Move the selected pick to the top of its section.
    MoveToTop,
    /// Find any action by name and run it.
    Palette,
    /// List every action and its shortcut.
    Shortcuts,
    /// The version, and the fonts with their licences.
    About,
}

impl Action {
    /// Every action, in menu order.
    pub const ALL: &'static [Self] = &[
        Self::New,
        Self::Open,
        Self::OpenLibrary,
        Self::LibrarySettings,
        Self::Save,
        Self::SaveAs,
        Self::Export,
        Self::CopyHtml,
        Self::CheckIssue,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Cut,
        Self::Copy,
        Self::Paste,
        Self::PastePlain,
        Self::SelectAll,
        Self::Bold,
        Self::Italic,
        Self::Link,
        Self::DirectionRtl,
        Self::DirectionLtr,
        Self::DirectionAuto,
        Self::InsertRlm,
        Self::InsertLrm,
        Self::IsolateLatin,
        Self::SpellingSuggestions,
        Self::CheckIssueSpelling,
        Self::NextMisspelling,
        Self::PreviousMisspelling,
        Self::Find,
        Self::AddStory,
        Self::PasteStory,
        Self::ImportFeed,
        Self::ImportUrl,
        Self::PickStory,
        Self::SendToInbox,
        Self::MoveUp,
        Self::MoveDown,
        Self::MoveToPreviousSection,
        Self::MoveToNextSection,
        Self::MoveToTop,
        Self::DeleteStory,
        Self::ShowLibrary,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::ToggleMarks,
        Self::ToggleLightTheme,
        Self::ToggleSpelling,
        Self::InterfaceArabic,
        Self::InterfaceEnglish,
        Self::ToggleArabicIndicDigits,
        Self::ToggleLevantMonths,
        Self::Palette,
        Self::Shortcuts,
        Self::About,
    ];

    /// The action's name in menus, the palette and the shortcuts window.
    pub fn label(self) -> &'static str {
        tr(match self {
            Self::New => Msg::New,
            Self::Open => Msg::Open,
            Self::Save => Msg::Save,
            Self::SaveAs => Msg::SaveAs,
            Self::Undo => Msg::Undo,
            Self::Redo => Msg::Redo,
            Self::Quit => Msg::Quit,
            Self::Cut => Msg::Cut,
            Self::PastePlain => Msg::PastePlain,
            Self::Bold => Msg::Bold,
            Self::Italic => Msg::Italic,
            Self::Link => Msg::LinkAction,
            Self::Copy => Msg::Copy,
            Self::Paste => Msg::Paste,
            Self::SelectAll => Msg::SelectAll,
            Self::DirectionRtl => Msg::ParagraphRtl,
            Self::DirectionLtr => Msg::ParagraphLtr,
            Self::DirectionAuto => Msg::ParagraphAuto,
            Self::InsertRlm => Msg::InsertRlm,
            Self::InsertLrm => Msg::InsertLrm,
            Self::IsolateLatin => Msg::IsolateLatin,
            Self::SpellingSuggestions => Msg::SpellingSuggestions,
            Self::CheckIssueSpelling => Msg::CheckIssueSpelling,
            Self::NextMisspelling => Msg::NextMisspelling,
            Self::PreviousMisspelling => Msg::PreviousMisspelling,
            Self::ToggleMarks => Msg::ShowMarks,
            Self::ZoomIn => Msg::ZoomIn,
            Self::ZoomOut => Msg::ZoomOut,
            Self::ZoomReset => Msg::ZoomReset,
            Self::ToggleLightTheme => Msg::LightTheme,
            Self::ToggleSpelling => Msg::CheckSpelling,
            Self::InterfaceArabic => Msg::InterfaceArabic,
            Self::InterfaceEnglish => Msg::InterfaceEnglish,
            Self::ToggleArabicIndicDigits => Msg::ArabicIndicDigits,
            Self::ToggleLevantMonths => Msg::LevantMonths,
            Self::Export => Msg::Export,
            Self::CopyHtml => Msg::CopyHtml,
            Self::CheckIssue => Msg::CheckIssue,
            Self::LibrarySettings => Msg::LibrarySettings,
            Self::OpenLibrary => Msg::ChooseLibrary,
            Self::ShowLibrary => Msg::Library,
            Self::Find => Msg::Search,
            Self::AddStory => Msg::AddStory,
            Self::PasteStory => Msg::PasteStory,
            Self::ImportFeed => Msg::ImportFeed,
            Self::ImportUrl => Msg::ImportUrl,
            Self::PickStory => Msg::PickStory,
            Self::SendToInbox => Msg::SendToInbox,
            Self::DeleteStory => Msg::DeleteStory,
            Self::MoveUp => Msg::MoveUp,
            Self::MoveDown => Msg::MoveDown,
            Self::MoveToPreviousSection => Msg::MoveToPreviousSection,
            Self::MoveToNextSection => Msg::MoveToNextSection,
            Self::MoveToTop => Msg::MoveToTop,
            Self::Palette => Msg::CommandPalette,
            Self::Shortcuts => Msg::KeyboardShortcuts,
            Self::About => Msg::About,
        })
    }

    /// The menu it appears in.
    pub fn menu(self) -> Msg {
        match self {
            Self::New
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::Export
            | Self::CopyHtml
            | Self::CheckIssue
            | Self::OpenLibrary
            | Self::LibrarySettings
            | Self::Quit => Msg::MenuFile,
            Self::Undo
            | Self::Redo
            | Self::Cut
            | Self::Copy
            | Self::Paste
            | Self::PastePlain
            | Self::SelectAll
            | Self::Bold
            | Self::Italic
            | Self::Link
            | Self::DirectionRtl
            | Self::DirectionLtr
            | Self::DirectionAuto
            | Self::InsertRlm
            | Self::InsertLrm
            | Self::IsolateLatin
            | Self::SpellingSuggestions
            | Self::CheckIssueSpelling
            | Self::NextMisspelling
            | Self::PreviousMisspelling
            | Self::Find => Msg::MenuEdit,
            Self::AddStory
            | Self::PasteStory
            | Self::ImportFeed
            | Self::ImportUrl
            | Self::PickStory
            | Self::SendToInbox
            | Self::DeleteStory
            | Self::MoveUp
            | Self::MoveDown
            | Self::MoveToPreviousSection
            | Self::MoveToNextSection
            | Self::MoveToTop => Msg::MenuStories,
            Self::ShowLibrary
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ToggleMarks
            | Self::ToggleLightTheme
            | Self::ToggleSpelling
            | Self::InterfaceArabic
            | Self::InterfaceEnglish
            | Self::ToggleArabicIndicDigits
            | Self::ToggleLevantMonths => Msg::MenuView,
            Self::Palette | Self::Shortcuts | Self::About => Msg::MenuHelp,
        }
    }

    /// What the action does in the field with the caret, for the direction actions of the
    /// Edit menu; `None` for every other action.
    pub fn field_action(self) -> Option<FieldAction> {
        Some(match self {
            Self::DirectionRtl => FieldAction::Direction(Direction::Rtl),
            Self::DirectionLtr => FieldAction::Direction(Direction::Ltr),
            Self::DirectionAuto => FieldAction::Direction(Direction::Auto),
            Self::InsertRlm => FieldAction::Mark('\u{200F}'),
            Self::InsertLrm => FieldAction::Mark('\u{200E}'),
            Self::IsolateLatin => FieldAction::IsolateLatin,
            _ => return None,
        })
    }

    /// The menus, in the order of the menu bar.
    pub const MENUS: [Msg; 5] = [
        Msg::MenuFile,
        Msg::MenuEdit,
        Msg::MenuStories,
        Msg::MenuView,
        Msg::MenuHelp,
    ];

    /// Whether a separator comes before it in its menu (groups: clipboard, direction, zoom).
    pub fn starts_group(self) -> bool {
        matches!(
            self,
            Self::Quit
                | Self::Cut
                | Self::DirectionRtl
                | Self::InsertRlm
                | Self::Find
                | Self::PickStory
                | Self::DeleteStory
                | Self::ZoomIn
                | Self::ToggleMarks
                | Self::InterfaceArabic
                | Self::About
        )
    }
}
