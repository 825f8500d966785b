//! [`Paragraph`]: one paragraph of prose with the editor's settings for it.

use serde::{Deserialize, Serialize};

use super::{Direction, Mark, MarkKind, TextSettings};

/// One paragraph of a prose field. Its text never contains a line break.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredParagraph", into = "StoredParagraph")]
pub struct Paragraph {
    /// The paragraph's text, without line breaks.
    pub text: String,
    /// The editor's direction setting for this paragraph.
    pub direction: Direction,
    /// The editor dismissed the bidi hints of this paragraph.
    pub hints_dismissed: bool,
    /// Its links, strong and emphasised words, in canonical form ([`super::mark::normalize`]).
    pub marks: Vec<Mark>,
}

/// A paragraph as a file holds it: the text as one plain string, and the marks after it, each
/// by the characters (not bytes) it covers and with the words it covers written out, so a
/// person reading the file sees what each mark is on.
#[derive(Serialize, Deserialize)]
struct StoredParagraph {
    text: String,
    #[serde(default)]
    direction: Direction,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    hints_dismissed: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    marks: Vec<StoredMark>,
}

/// A mark in a file: the characters `start..end` of its paragraph (counted from 0), its kind,
/// and those characters as text.
#[derive(Serialize, Deserialize)]
struct StoredMark {
    start: usize,
    end: usize,
    kind: MarkKind,
    /// The words it covers. When a hand edit moved the text under the mark, the mark goes to
    /// where these words are (the nearest place); when they are nowhere, it is dropped.
    #[serde(default)]
    text: String,
}

impl From<StoredParagraph> for Paragraph {
    fn from(stored: StoredParagraph) -> Self {
        let mut marks: Vec<Mark> = stored
            .marks
            .iter()
            .filter_map(|m| stored_mark_bytes(&stored.text, m))
            .collect();
        super::mark::normalize(&mut marks, &stored.text);
        Self {
            text: stored.text,
            direction: stored.direction,
            hints_dismissed: stored.hints_dismissed,
            marks,
        }
    }
}

impl From<Paragraph> for StoredParagraph {
    fn from(paragraph: Paragraph) -> Self {
        let chars_before = |byte: usize| paragraph.text[..byte].chars().count();
        let marks = paragraph
            .marks
            .iter()
            .map(|m| StoredMark {
                start: chars_before(m.range.start),
                end: chars_before(m.range.end),
                kind: m.kind.clone(),
                text: paragraph.text[m.range.clone()].to_owned(),
            })
            .collect();
        Self {
            text: paragraph.text,
            direction: paragraph.direction,
            hints_dismissed: paragraph.hints_dismissed,
            marks,
        }
    }
}

/// The bytes of `text` a stored mark covers: its characters when they hold its words (or when
/// it gives none), else the place of its words nearest to where it was.
fn stored_mark_bytes(text: &str, mark: &StoredMark) -> Option<Mark> {
    let byte_of = |chars: usize| {
        text.char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(chars)
    };
    let at = byte_of(mark.start).and_then(|s| Some(s..byte_of(mark.end)?));
    if let Some(range) = at.clone()
        && (mark.text.is_empty() || text.get(range.clone()) == Some(mark.text.as_str()))
    {
        return Some(Mark::new(range, mark.kind.clone()));
    }
    if mark.text.is_empty() {
        return None;
    }
    let wanted = at.map_or(0, |r| r.start);
    let found = text
        .match_indices(mark.text.as_str())
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(wanted))?;
    Some(Mark::new(found..found + mark.text.len(), mark.kind.clone()))
}

impl Paragraph {
    /// A paragraph with automatic direction.
    pub fn new(text: impl Into<String>) -> Self {
        Self::with_direction(text, Direction::Auto)
    }

    /// A paragraph with the given direction setting.
    pub fn with_direction(text: impl Into<String>, direction: Direction) -> Self {
        Self::with_settings(
            text,
            TextSettings {
                direction,
                hints_dismissed: false,
            },
        )
    }

    /// A paragraph with the given settings.
    pub fn with_settings(text: impl Into<String>, settings: TextSettings) -> Self {
        Self {
            text: text.into(),
            direction: settings.direction,
            hints_dismissed: settings.hints_dismissed,
            marks: Vec::new(),
        }
    }

    /// Its settings (direction, dismissed hints).
    pub fn settings(&self) -> TextSettings {
        TextSettings {
            direction: self.direction,
            hints_dismissed: self.hints_dismissed,
        }
    }

    /// The same paragraph with `marks` (put in canonical form).
    pub fn with_marks(mut self, mut marks: Vec<Mark>) -> Self {
        super::mark::normalize(&mut marks, &self.text);
        self.marks = marks;
        self
    }

    /// Replaces its settings; returns the ones it had.
    pub fn set_settings(&mut self, settings: TextSettings) -> TextSettings {
        let old = self.settings();
        self.direction = settings.direction;
        self.hints_dismissed = settings.hints_dismissed;
        old
    }
}
