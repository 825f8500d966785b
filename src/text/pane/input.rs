//! Keyboard, clipboard and input-method events of a focused pane, turned into caret moves and
//! text changes.

use egui::{Event, ImeEvent, Key, Modifiers};

use super::super::Shaper;
use super::state::{Caret, PaneState};
use crate::model::{Direction, TextChange};

/// The edits made during this frame. The text itself is edited in the pane's paragraphs, where
/// it lives: a keystroke reads and rebuilds the one paragraph it lands in.
pub struct Input {
    /// The edits, in order.
    pub changes: Vec<TextChange>,
    /// A paragraph direction set by shortcut.
    pub set_direction: Option<(usize, Direction)>,
    /// False for read-only panes.
    pub editable: bool,
    /// False for one-line fields.
    pub multiline: bool,
    /// Lines PageUp/PageDown move.
    pub page_lines: usize,
}

impl Input {
    /// Replaces `range` with `insert`, records the change and puts the caret after it.
    fn replace(&mut self, state: &mut PaneState, range: std::ops::Range<usize>, insert: &str) {
        if !self.editable || (range.is_empty() && insert.is_empty()) {
            return;
        }
        let insert = if self.multiline {
            insert.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            insert.replace(['\r', '\n'], " ")
        };
        if !state.paragraphs.replace(range.clone(), &insert) {
            return;
        }
        self.changes
            .push(TextChange::replace(range.clone(), insert.as_str()));
        state.set_focus(Caret::at(range.start + insert.len()), false);
        state.preferred_x = None;
    }

    fn selected_text(state: &PaneState) -> Option<String> {
        let range = state.selection();
        (!range.is_empty()).then(|| state.paragraphs.slice(range))
    }
}

/// Handles this frame's events; returns text to put on the clipboard, if any.
pub fn handle_events(
    events: &[Event],
    state: &mut PaneState,
    shaper: &mut Shaper,
    input: &mut Input,
    visible: std::ops::Range<f32>,
) -> Option<String> {
    let mut copied = None;
    for event in events {
        // The caret's paragraph and its neighbours must be shaped before moving in them.
        let focus = state.paragraphs.paragraph_at(state.focus.offset);
        let near = [focus.saturating_sub(1), focus, focus + 1];
        state
            .paragraphs
            .ensure_shaped(shaper, visible.clone(), &near);
        match event {
            Event::Text(text) => {
                let text: String = text.chars().filter(|c| !c.is_control()).collect();
                if !text.is_empty() {
                    input.replace(state, state.selection(), &text);
                }
            }
            Event::Copy => copied = Input::selected_text(state).or(copied),
            Event::Cut => {
                if let Some(text) = Input::selected_text(state) {
                    copied = Some(text);
                    input.replace(state, state.selection(), "");
                }
            }
            Event::Paste(text) => input.replace(state, state.selection(), text),
            Event::Ime(ImeEvent::Preedit { text, .. }) => {
                state.compose = (!text.is_empty()).then(|| text.clone());
            }
            Event::Ime(ImeEvent::Commit(text)) => {
                state.compose = None;
                if !text.is_empty() && text != "\n" {
                    input.replace(state, state.selection(), text);
                }
            }
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => handle_key(*key, *modifiers, state, input),
            _ => {}
        }
    }
    copied
}

/// The direction switch of Word on Windows: Ctrl with one Shift key, pressed and released with
/// no other key in between, sets the caret's paragraph right to left (right Shift) or left to
/// right (left Shift). Any other key pressed meanwhile (the Z of Ctrl+Shift+Z, say) cancels it,
/// so shortcuts that use Ctrl+Shift never flip a paragraph.
///
/// `events` must be the frame's raw events: the app takes its shortcuts out of the filtered
/// ones before the pane sees them, and a shortcut's key still has to cancel the switch.
/// Returns the direction to set, on the frame the Shift key is released.
pub fn direction_chord(events: &[Event], state: &mut PaneState) -> Option<Direction> {
    let mut fired = None;
    for event in events {
        match event {
            Event::Key {
                key,
                pressed,
                modifiers,
                repeat,
                ..
            } => match (key, pressed) {
                (Key::ShiftLeft | Key::ShiftRight, true) if *repeat => {}
                (Key::ShiftLeft | Key::ShiftRight, true) => {
                    // The other Shift joining in, or Shift without Ctrl, is no switch.
                    state.direction_chord =
                        (modifiers.command && state.direction_chord.is_none()).then_some(*key);
                }
                (Key::ShiftLeft | Key::ShiftRight, false) => {
                    if state.direction_chord == Some(*key) {
                        fired = Some(if *key == Key::ShiftRight {
                            Direction::Rtl
                        } else {
                            Direction::Ltr
                        });
                    }
                    state.direction_chord = None;
                }
                (Key::ControlLeft | Key::ControlRight, _) => {}
                (_, true) => state.direction_chord = None,
                (_, false) => {}
            },
            Event::Text(_)
            | Event::Paste(_)
            | Event::Copy
            | Event::Cut
            | Event::Ime(_)
            | Event::PointerButton { .. } => state.direction_chord = None,
            _ => {}
        }
    }
    fired
}

fn handle_key(key: Key, modifiers: Modifiers, state: &mut PaneState, input: &mut Input) {
    let extend = modifiers.shift;
    let word = modifiers.command || modifiers.alt;
    let vertical = matches!(
        key,
        Key::ArrowUp | Key::ArrowDown | Key::PageUp | Key::PageDown
    );
    if !vertical {
        state.preferred_x = None;
    }
    match key {
        Key::ArrowLeft | Key::ArrowRight => {
            let caret = state.visual_step(state.focus, key == Key::ArrowRight, word);
            state.set_focus(caret, extend);
        }
        Key::ArrowUp | Key::ArrowDown | Key::PageUp | Key::PageDown => {
            let x = state
                .preferred_x
                .or_else(|| state.caret_rect(state.focus).map(|r| r.center().x))
                .unwrap_or(0.0);
            state.preferred_x = Some(x);
            let down = matches!(key, Key::ArrowDown | Key::PageDown);
            let lines = if matches!(key, Key::PageUp | Key::PageDown) {
                input.page_lines
            } else {
                1
            };
            let caret = state.vertical_step(state.focus, down, lines, x);
            state.set_focus(caret, extend);
        }
        Key::Home | Key::End => {
            let end = key == Key::End;
            let caret = if modifiers.command {
                Caret::at(if end { state.paragraphs.len() } else { 0 })
            } else {
                state.line_edge(state.focus, end)
            };
            state.set_focus(caret, extend);
        }
        Key::A if modifiers.command => {
            state.anchor = Caret::at(0);
            state.focus = Caret::at(state.paragraphs.len());
        }
        Key::Backspace => {
            let selection = state.selection();
            let range = if !selection.is_empty() {
                selection
            } else if word {
                state.paragraphs.word_start_before(selection.start)..selection.start
            } else {
                state.paragraphs.backspace_start(selection.start)..selection.start
            };
            input.replace(state, range, "");
        }
        Key::Delete => {
            let selection = state.selection();
            let range = if !selection.is_empty() {
                selection
            } else if word {
                selection.start..state.paragraphs.word_end_after(selection.start)
            } else {
                selection.start..state.paragraphs.delete_end(selection.start)
            };
            input.replace(state, range, "");
        }
        Key::Enter if input.multiline => input.replace(state, state.selection(), "\n"),
        // Ctrl+Right Shift / Ctrl+Left Shift are handled by `direction_chord`. Ctrl+Shift+R /
        // Ctrl+Shift+L do the same for keyboards (and remote sessions) that do not report which
        // Shift key was pressed.
        Key::R | Key::L if modifiers.command && modifiers.shift && input.editable => {
            let paragraph = state.paragraphs.paragraph_at(state.focus.offset);
            let direction = if key == Key::R {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            input.set_direction = Some((paragraph, direction));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use egui::{Event, Key, Modifiers};
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Prose, ResolvedDirection, TextChange};
    use crate::text::{TextEngine, TextStyle};

    fn key(key: Key, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn event() -> impl Strategy<Value = Event> {
        let text = prop::sample::select(vec![
            "ع",
            "ر",
            "ب",
            "ّ",
            "َ",
            "لا",
            " ",
            "A",
            "z",
            "1",
            "٣",
            "\u{200F}",
            "\u{2066}",
            "\u{2069}",
            "\u{200C}",
            "😀",
            "👩🏽‍💻",
            "OpenAI 13",
        ]);
        let keys = prop::sample::select(vec![
            Key::ArrowLeft,
            Key::ArrowRight,
            Key::ArrowUp,
            Key::ArrowDown,
            Key::Home,
            Key::End,
            Key::Backspace,
            Key::Delete,
            Key::Enter,
            Key::PageUp,
            Key::PageDown,
            Key::A,
        ]);
        let modifiers = prop::sample::select(vec![
            Modifiers::NONE,
            Modifiers::SHIFT,
            Modifiers::COMMAND,
            Modifiers::COMMAND | Modifiers::SHIFT,
        ]);
        prop_oneof![
            4 => text.prop_map(|t| Event::Text(t.to_owned())),
            4 => (keys, modifiers).prop_map(|(k, m)| key(k, m)),
            1 => Just(Event::Paste("سطر أول\nsecond line\r\n٣".to_owned())),
            1 => Just(Event::Cut),
            1 => Just(Event::Copy),
        ]
    }

    /// Two right-to-left paragraphs of mixed text, the editing tests' starting point.
    const ORIGINAL: &str = "استثمرت Sequoia Capital مبلغ 800\nOpenAI 13 مليار";

    /// An engine, a pane state and the pane's input over `text`, 300 pt wide, right to left.
    fn editing(text: &str) -> (TextEngine, PaneState, Input) {
        let engine = TextEngine::new();
        let mut state = PaneState::default();
        let directions = vec![ResolvedDirection::Rtl; text.split('\n').count()];
        state.paragraphs.sync(text, &directions, TextStyle::BODY);
        state.paragraphs.set_geometry(300.0, 1.0);
        let input = Input {
            changes: Vec::new(),
            set_direction: None,
            editable: true,
            multiline: true,
            page_lines: 3,
        };
        (engine, state, input)
    }

    /// Found by the property test below: Ctrl+Left after this editing never returned (a word
    /// step that does not move, taken again and again).
    #[test]
    fn a_word_step_next_to_an_emoji_returns() {
        let events = [
            key(Key::End, Modifiers::NONE),
            Event::Text("ع".to_owned()),
            Event::Text("A".to_owned()),
            key(Key::ArrowUp, Modifiers::NONE),
            Event::Text("A".to_owned()),
            Event::Text("😀".to_owned()),
            key(Key::ArrowDown, Modifiers::NONE),
            key(Key::ArrowLeft, Modifiers::COMMAND),
        ];
        let (mut engine, mut state, mut input) = editing(ORIGINAL);
        for event in events {
            handle_events(
                &[event],
                &mut state,
                &mut engine.shaper,
                &mut input,
                0.0..400.0,
            );
        }
        assert!(state.paragraphs.text().is_char_boundary(state.focus.offset));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(150))]

        #[test]
        fn random_editing_keeps_the_caret_on_boundaries_and_undoes_exactly(
            events in prop::collection::vec(event(), 1..60)
        ) {
            let original = ORIGINAL;
            let (mut engine, mut state, mut input) = editing(original);
            // The text as the changes make it, applied to one string, beside the pane's own
            // paragraphs.
            let mut expected = original.to_owned();
            for event in events {
                let before = input.changes.len();
                handle_events(&[event], &mut state, &mut engine.shaper, &mut input, 0.0..400.0);
                for change in &input.changes[before..] {
                    expected.replace_range(change.range.clone(), &change.insert);
                }
                let text = state.paragraphs.text();
                for caret in [state.anchor, state.focus] {
                    prop_assert!(caret.offset <= text.len());
                    prop_assert!(text.is_char_boundary(caret.offset));
                }
                prop_assert_eq!(&text, &expected);
            }
            // The changes, applied to the model in order, give the pane's text, and their
            // inverses, applied backwards, give back the original exactly.
            let mut prose = Prose::from_text(original);
            let mut undo: Vec<TextChange> = Vec::new();
            for change in &input.changes {
                undo.push(prose.apply(change).expect("the pane's changes apply"));
            }
            prop_assert_eq!(prose.text(), expected);
            for change in undo.iter().rev() {
                prose.apply(change).expect("undo applies");
            }
            prop_assert_eq!(prose, Prose::from_text(original));
        }
    }
}
