//! [`Action`]: the list of things the editor can ask for by menu, shortcut or palette. Menus,
//! shortcut handling, the command palette and the shortcuts window all read this one list.

use egui::gui_zoom::kb_shortcuts;
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
    /// Cut the selection of the field being edited.
    Cut,
    /// Copy the selection of the field being edited.
    Copy,
    /// Paste into the field being edited.
    Paste,
    /// Select all the text of the field being edited.
    SelectAll,
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
    /// Find any action by name and run it.
    Palette,
    /// List every action and its shortcut.
    Shortcuts,
    /// The version, and the fonts with their licences.
    About,
}

/// Where a shortcut is handled, which decides who sees the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Taken out of the input by the app before any widget sees it.
    Keys(KeyboardShortcut),
    /// Handled by the focused text field (Ctrl+C) or by egui itself (zoom): only shown.
    Widget(KeyboardShortcut),
    /// Word's direction switch: Ctrl with the right (`true`) or left Shift key, alone.
    DirectionChord {
        /// Right Shift (right to left) or left Shift.
        right: bool,
    },
}

const COMMAND_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const ALT_SHIFT: Modifiers = Modifiers::ALT.plus(Modifiers::SHIFT);

impl Action {
    /// Every action, in menu order.
    pub const ALL: &'static [Self] = &[
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
        Self::Cut,
        Self::Copy,
        Self::Paste,
        Self::SelectAll,
        Self::DirectionRtl,
        Self::DirectionLtr,
        Self::DirectionAuto,
        Self::InsertRlm,
        Self::InsertLrm,
        Self::IsolateLatin,
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
            Self::Copy => Msg::Copy,
            Self::Paste => Msg::Paste,
            Self::SelectAll => Msg::SelectAll,
            Self::DirectionRtl => Msg::ParagraphRtl,
            Self::DirectionLtr => Msg::ParagraphLtr,
            Self::DirectionAuto => Msg::ParagraphAuto,
            Self::InsertRlm => Msg::InsertRlm,
            Self::InsertLrm => Msg::InsertLrm,
            Self::IsolateLatin => Msg::IsolateLatin,
            Self::ToggleMarks => Msg::ShowMarks,
            Self::ZoomIn => Msg::ZoomIn,
            Self::ZoomOut => Msg::ZoomOut,
            Self::ZoomReset => Msg::ZoomReset,
            Self::ToggleLightTheme => Msg::LightTheme,
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
            Self::Palette => Msg::CommandPalette,
            Self::Shortcuts => Msg::KeyboardShortcuts,
            Self::About => Msg::About,
        })
    }

    /// The action's shortcuts; the first is the one shown.
    pub fn shortcuts(self) -> &'static [Shortcut] {
        const fn keys(modifiers: Modifiers, key: Key) -> Shortcut {
            Shortcut::Keys(KeyboardShortcut::new(modifiers, key))
        }
        const fn widget(modifiers: Modifiers, key: Key) -> Shortcut {
            Shortcut::Widget(KeyboardShortcut::new(modifiers, key))
        }
        const CMD: Modifiers = Modifiers::COMMAND;
        match self {
            Self::New => const { &[keys(CMD, Key::N)] },
            Self::Open => const { &[keys(CMD, Key::O)] },
            Self::Save => const { &[keys(CMD, Key::S)] },
            Self::SaveAs => const { &[keys(COMMAND_SHIFT, Key::S)] },
            Self::Undo => const { &[keys(CMD, Key::Z)] },
            Self::Redo => const { &[keys(COMMAND_SHIFT, Key::Z), keys(CMD, Key::Y)] },
            Self::Quit => const { &[keys(CMD, Key::Q)] },
            // The focused field takes these keys itself, as clipboard events.
            Self::Cut => const { &[widget(CMD, Key::X)] },
            Self::Copy => const { &[widget(CMD, Key::C)] },
            Self::Paste => const { &[widget(CMD, Key::V)] },
            Self::SelectAll => const { &[widget(CMD, Key::A)] },
            // The pane also takes Ctrl+Shift+R and Ctrl+Shift+L, for keyboards without a right
            // Shift key.
            Self::DirectionRtl => {
                const {
                    &[
                        Shortcut::DirectionChord { right: true },
                        widget(COMMAND_SHIFT, Key::R),
                    ]
                }
            }
            Self::DirectionLtr => {
                const {
                    &[
                        Shortcut::DirectionChord { right: false },
                        widget(COMMAND_SHIFT, Key::L),
                    ]
                }
            }
            // Ctrl+Shift with a letter: Ctrl+Alt is AltGr on Windows and Alt+letter types the
            // letter too on Linux. M for "mark": the right-to-left one is the common one here.
            Self::DirectionAuto => const { &[keys(COMMAND_SHIFT, Key::A)] },
            Self::InsertRlm => const { &[keys(COMMAND_SHIFT, Key::M)] },
            Self::InsertLrm => const { &[keys(COMMAND_SHIFT, Key::J)] },
            Self::IsolateLatin => const { &[keys(COMMAND_SHIFT, Key::I)] },
            // Word's "show ¶" shortcut.
            Self::ToggleMarks => const { &[keys(COMMAND_SHIFT, Key::Num8)] },
            // egui zooms with these keys itself.
            Self::ZoomIn => const { &[Shortcut::Widget(kb_shortcuts::ZOOM_IN)] },
            Self::ZoomOut => const { &[Shortcut::Widget(kb_shortcuts::ZOOM_OUT)] },
            Self::ZoomReset => const { &[Shortcut::Widget(kb_shortcuts::ZOOM_RESET)] },
            Self::Export => const { &[keys(CMD, Key::E)] },
            Self::CopyHtml => const { &[keys(COMMAND_SHIFT, Key::C)] },
            Self::Find => const { &[keys(CMD, Key::F)] },
            Self::AddStory => const { &[keys(COMMAND_SHIFT, Key::N)] },
            Self::PasteStory => const { &[keys(COMMAND_SHIFT, Key::V)] },
            Self::ImportUrl => const { &[keys(COMMAND_SHIFT, Key::U)] },
            Self::PickStory => const { &[keys(CMD, Key::Enter)] },
            Self::SendToInbox => const { &[keys(COMMAND_SHIFT, Key::Backspace)] },
            Self::DeleteStory => const { &[keys(COMMAND_SHIFT, Key::Delete)] },
            Self::MoveUp => const { &[keys(Modifiers::ALT, Key::ArrowUp)] },
            Self::MoveDown => const { &[keys(Modifiers::ALT, Key::ArrowDown)] },
            Self::MoveToPreviousSection => const { &[keys(ALT_SHIFT, Key::ArrowUp)] },
            Self::MoveToNextSection => const { &[keys(ALT_SHIFT, Key::ArrowDown)] },
            Self::MoveToTop => const { &[keys(Modifiers::ALT, Key::Home)] },
            // VS Code's and Sublime's palette keys, and the one of Slack, Linear and Notion.
            Self::Palette => const { &[keys(CMD, Key::K), keys(COMMAND_SHIFT, Key::P)] },
            Self::Shortcuts => const { &[keys(Modifiers::NONE, Key::F1)] },
            Self::OpenLibrary
            | Self::ShowLibrary
            | Self::ImportFeed
            | Self::ToggleLightTheme
            | Self::About => &[],
        }
    }

    /// The first shortcut as the menus show it ("Ctrl+Shift+S", "Ctrl+Right Shift"), or an
    /// empty string.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| s.text(ctx))
            .unwrap_or_default()
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
            | Self::OpenLibrary
            | Self::Quit => Msg::MenuFile,
            Self::Undo
            | Self::Redo
            | Self::Cut
            | Self::Copy
            | Self::Paste
            | Self::SelectAll
            | Self::DirectionRtl
            | Self::DirectionLtr
            | Self::DirectionAuto
            | Self::InsertRlm
            | Self::InsertLrm
            | Self::IsolateLatin
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
            | Self::ToggleLightTheme => Msg::MenuView,
            Self::Palette | Self::Shortcuts | Self::About => Msg::MenuHelp,
        }
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
                | Self::About
        )
    }

    /// Takes the first action whose shortcut was pressed this frame out of the input, so that
    /// widgets (a text field's own undo, say) do not also react to it. Shortcuts that belong
    /// to the focused field or to egui ([`Shortcut::Widget`]) are left in the input.
    ///
    /// Shortcuts with more modifiers are tried first: egui matches Ctrl+Z on Ctrl+Shift+Z too.
    pub fn consume_pressed(input: &mut egui::InputState) -> Option<Self> {
        let mut all: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
            .flat_map(|a| {
                a.shortcuts().iter().filter_map(move |s| match s {
                    Shortcut::Keys(keys) => Some((*a, *keys)),
                    Shortcut::Widget(_) | Shortcut::DirectionChord { .. } => None,
                })
            })
            .collect();
        all.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        all.into_iter()
            .find(|(_, s)| input.consume_shortcut(s))
            .map(|(a, _)| a)
    }
}

impl Shortcut {
    /// How the shortcut is written for the editor ("Ctrl+Shift+S", "Ctrl+Right Shift").
    pub fn text(self, ctx: &egui::Context) -> String {
        match self {
            Self::Keys(keys) | Self::Widget(keys) => ctx.format_shortcut(&keys),
            Self::DirectionChord { right: true } => tr(Msg::ChordRightShift).to_owned(),
            Self::DirectionChord { right: false } => tr(Msg::ChordLeftShift).to_owned(),
        }
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.shift) + u8::from(m.ctrl || m.command || m.mac_cmd)
}
