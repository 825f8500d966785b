//! The keys that run each [`Action`]: taken out of the input before widgets see them, or left to
//! the focused field (Ctrl+C) and to egui (zoom) and only shown in menus.

use egui::gui_zoom::kb_shortcuts;
use egui::{Key, KeyboardShortcut, Modifiers};

use crate::session::Action;
use crate::strings::{Msg, tr};

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
            // The clipboard's text without its links and emphasis, as in Docs and Word.
            Self::PastePlain => const { &[widget(COMMAND_SHIFT, Key::V)] },
            Self::Bold => const { &[keys(CMD, Key::B)] },
            Self::Italic => const { &[keys(CMD, Key::I)] },
            // The link key of every editor (Docs, Word, Notion, Slack).
            Self::Link => const { &[keys(CMD, Key::K)] },
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
            // The key of a "quick fix" in code editors; F7 is the spelling key of Word.
            Self::NextMisspelling => const { &[keys(Modifiers::NONE, Key::F8)] },
            Self::PreviousMisspelling => const { &[keys(Modifiers::SHIFT, Key::F8)] },
            Self::CheckIssueSpelling => &[],
            Self::SpellingSuggestions => {
                const { &[keys(CMD, Key::Period), keys(Modifiers::NONE, Key::F7)] }
            }
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
            Self::ImportUrl => const { &[keys(COMMAND_SHIFT, Key::U)] },
            Self::PickStory => const { &[keys(CMD, Key::Enter)] },
            Self::SendToInbox => const { &[keys(COMMAND_SHIFT, Key::Backspace)] },
            Self::DeleteStory => const { &[keys(COMMAND_SHIFT, Key::Delete)] },
            Self::MoveUp => const { &[keys(Modifiers::ALT, Key::ArrowUp)] },
            Self::MoveDown => const { &[keys(Modifiers::ALT, Key::ArrowDown)] },
            Self::MoveToPreviousSection => const { &[keys(ALT_SHIFT, Key::ArrowUp)] },
            Self::MoveToNextSection => const { &[keys(ALT_SHIFT, Key::ArrowDown)] },
            Self::MoveToTop => const { &[keys(Modifiers::ALT, Key::Home)] },
            // VS Code's and Sublime's palette key (Ctrl+K is the link's).
            Self::Palette => const { &[keys(COMMAND_SHIFT, Key::P)] },
            Self::Shortcuts => const { &[keys(Modifiers::NONE, Key::F1)] },
            // Plain Ctrl+V does it when no text field has the caret (Ctrl+Shift+V pastes plain
            // text into the field that has it).
            Self::PasteStory
            | Self::OpenLibrary
            | Self::LibrarySettings
            | Self::CheckIssue
            | Self::ShowLibrary
            | Self::ImportFeed
            | Self::ToggleLightTheme
            | Self::ToggleSpelling
            | Self::InterfaceArabic
            | Self::InterfaceEnglish
            | Self::ToggleArabicIndicDigits
            | Self::ToggleLevantMonths
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
