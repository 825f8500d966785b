//! [`Action`]: the list of things the editor can ask for by menu, shortcut or palette. Menus
//! and shortcut handling both read this one list.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::strings::{Msg, tr};

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
    /// Show or hide invisible formatting characters.
    ToggleMarks,
    /// Export the issue as HTML, Markdown or text.
    Export,
    /// Put the HTML email on the clipboard.
    CopyHtml,
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
    /// Pick the selected inbox story into the first section.
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
}

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const COMMAND_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const ALT_SHIFT: Modifiers = Modifiers::ALT.plus(Modifiers::SHIFT);

impl Action {
    /// Every action, in menu order.
    pub const ALL: [Self; 25] = [
        Self::New,
        Self::Open,
        Self::OpenLibrary,
        Self::Save,
        Self::SaveAs,
        Self::Export,
        Self::CopyHtml,
        Self::Quit,
        Self::Undo,
        Self::Redo,
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
        Self::ToggleMarks,
    ];

    /// The action's name in menus.
    pub fn label(self) -> &'static str {
        tr(match self {
            Self::New => Msg::New,
            Self::Open => Msg::Open,
            Self::Save => Msg::Save,
            Self::SaveAs => Msg::SaveAs,
            Self::Undo => Msg::Undo,
            Self::Redo => Msg::Redo,
            Self::Quit => Msg::Quit,
            Self::ToggleMarks => Msg::ShowMarks,
            Self::Export => Msg::Export,
            Self::CopyHtml => Msg::CopyHtml,
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
        })
    }

    /// The keyboard shortcuts that run it; the first is the one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::S)];
        const UNDO: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [
            shortcut(COMMAND_SHIFT, Key::Z),
            shortcut(Modifiers::COMMAND, Key::Y),
        ];
        const QUIT: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::Q)];
        // Word's "show ¶" shortcut.
        const MARKS: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::Num8)];
        const EXPORT: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::E)];
        const COPY_HTML: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::C)];
        const FIND: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::F)];
        const ADD_STORY: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::N)];
        const PASTE_STORY: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::V)];
        const IMPORT_URL: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::U)];
        const PICK: [KeyboardShortcut; 1] = [shortcut(Modifiers::COMMAND, Key::Enter)];
        const SEND_BACK: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::Backspace)];
        const DELETE: [KeyboardShortcut; 1] = [shortcut(COMMAND_SHIFT, Key::Delete)];
        const UP: [KeyboardShortcut; 1] = [shortcut(Modifiers::ALT, Key::ArrowUp)];
        const DOWN: [KeyboardShortcut; 1] = [shortcut(Modifiers::ALT, Key::ArrowDown)];
        const PREVIOUS_SECTION: [KeyboardShortcut; 1] = [shortcut(ALT_SHIFT, Key::ArrowUp)];
        const NEXT_SECTION: [KeyboardShortcut; 1] = [shortcut(ALT_SHIFT, Key::ArrowDown)];
        const TOP: [KeyboardShortcut; 1] = [shortcut(Modifiers::ALT, Key::Home)];
        match self {
            Self::New => &NEW,
            Self::Open => &OPEN,
            Self::Save => &SAVE,
            Self::SaveAs => &SAVE_AS,
            Self::Undo => &UNDO,
            Self::Redo => &REDO,
            Self::Quit => &QUIT,
            Self::ToggleMarks => &MARKS,
            Self::Export => &EXPORT,
            Self::CopyHtml => &COPY_HTML,
            Self::Find => &FIND,
            Self::AddStory => &ADD_STORY,
            Self::PasteStory => &PASTE_STORY,
            Self::ImportUrl => &IMPORT_URL,
            Self::PickStory => &PICK,
            Self::SendToInbox => &SEND_BACK,
            Self::DeleteStory => &DELETE,
            Self::MoveUp => &UP,
            Self::MoveDown => &DOWN,
            Self::MoveToPreviousSection => &PREVIOUS_SECTION,
            Self::MoveToNextSection => &NEXT_SECTION,
            Self::MoveToTop => &TOP,
            Self::OpenLibrary | Self::ShowLibrary | Self::ImportFeed => &[],
        }
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
            | Self::Quit => Msg::MenuFile,
            Self::OpenLibrary => Msg::MenuFile,
            Self::Undo | Self::Redo | Self::Find => Msg::MenuEdit,
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
            Self::ToggleMarks | Self::ShowLibrary => Msg::MenuView,
        }
    }

    /// Takes the first action whose shortcut was pressed this frame out of the input, so that
    /// widgets (a text field's own undo, say) do not also react to it.
    ///
    /// Shortcuts with more modifiers are tried first: egui matches Ctrl+Z on Ctrl+Shift+Z too.
    pub fn consume_pressed(input: &mut egui::InputState) -> Option<Self> {
        let mut all: Vec<(Self, &KeyboardShortcut)> = Self::ALL
            .iter()
            .flat_map(|a| a.shortcuts().iter().map(move |s| (*a, s)))
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        all.into_iter()
            .find(|(_, s)| input.consume_shortcut(s))
            .map(|(a, _)| a)
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.shift) + u8::from(m.ctrl || m.command || m.mac_cmd)
}
