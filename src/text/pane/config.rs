//! What a pane is given ([`PaneConfig`], with its [`Underline`]s) and what it reports
//! ([`PaneOutput`]): the pane's interface, shared by the widget that handles input and the
//! painter that draws it.

use egui::{Id, Response};

use super::super::TextStyle;
use crate::model::{Direction, ResolvedDirection, TextChange, TextSelection};

/// What a pane shows and how it behaves.
pub struct PaneConfig<'a> {
    /// The widget's id (stable across frames).
    pub id: Id,
    /// The text: its paragraphs, each with its resolved direction.
    pub text: &'a dyn PaneSource,
    /// How the text looks.
    pub style: TextStyle,
    /// False for a selectable, copyable label.
    pub editable: bool,
    /// False for one-line fields: Enter does nothing and pasted breaks become spaces.
    pub multiline: bool,
    /// Shown greyed while the pane is empty.
    pub hint: &'a str,
    /// Draws bidi controls and joiners as small visible symbols.
    pub show_marks: bool,
    /// Stretches of text to underline (bidi hints, misspellings), kept per paragraph by the
    /// owner: the pane asks only the paragraphs on screen for theirs.
    pub underlines: &'a dyn PaneUnderlines,
    /// The caret and selection its owner keeps (a field's, in the document): the pane shows
    /// them and reports where its input moves them. `None`: the pane keeps its own (a label,
    /// a draft).
    pub selection: Option<TextSelection>,
}

/// The underlines of a pane's text, paragraph by paragraph: an owner that keeps them so hands
/// the pane what it has, with no list of the whole text's underlines built or shifted when one
/// paragraph changes.
pub trait PaneUnderlines {
    /// The underlines of paragraph `paragraph` as the pane shows it, `text` with the source's
    /// `stamp` (byte ranges in that text, in order of their starts). None past the last
    /// paragraph, and none when they were worked out for other text: a paragraph the pane has
    /// just edited itself (its stamp is `None` until the edit comes back from the owner) shows
    /// no underline for that frame rather than one under the wrong letters.
    fn in_paragraph(&self, paragraph: usize, text: &str, stamp: Option<u64>) -> &[Underline];
}

/// A text with nothing underlined.
pub struct NoUnderlines;

impl PaneUnderlines for NoUnderlines {
    fn in_paragraph(&self, _paragraph: usize, _text: &str, _stamp: Option<u64>) -> &[Underline] {
        &[]
    }
}

/// The text a pane shows, as its owner keeps it. The pane keeps its own copy of each
/// paragraph with its layout, and reads the source only when its version changed.
pub trait PaneSource {
    /// The text's version, when its owner numbers them (equal versions: equal text and
    /// directions): the pane then skips reading an unchanged text every frame. `None` for a
    /// text short enough to compare every frame.
    fn version(&self) -> Option<u64>;

    /// The paragraphs, in order (at least one).
    fn paragraphs(&self) -> Vec<SourceParagraph<'_>>;
}

/// One paragraph of a [`PaneSource`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceParagraph<'a> {
    /// Its text (no line break).
    pub text: &'a str,
    /// Its resolved direction.
    pub direction: ResolvedDirection,
    /// A number that changes whenever its text changes, when the owner numbers paragraphs
    /// (as [`crate::model::Prose::stamps`]): the pane then matches the paragraph by it and
    /// never compares its text.
    pub stamp: Option<u64>,
    /// Its links, strong and emphasised words.
    pub marks: &'a [crate::model::Mark],
}

/// A text held as one string, paragraphs joined by `\n`, with each paragraph's direction
/// (labels, one-line fields, drafts): short, so compared every frame.
pub struct JoinedText<'a> {
    /// The text.
    pub text: &'a str,
    /// Each paragraph's direction (right to left past the end of the list).
    pub directions: &'a [ResolvedDirection],
}

impl PaneSource for JoinedText<'_> {
    fn version(&self) -> Option<u64> {
        None
    }

    fn paragraphs(&self) -> Vec<SourceParagraph<'_>> {
        self.text
            .split('\n')
            .enumerate()
            .map(|(i, text)| SourceParagraph {
                text,
                direction: self
                    .directions
                    .get(i)
                    .copied()
                    .unwrap_or(ResolvedDirection::Rtl),
                stamp: None,
                marks: &[],
            })
            .collect()
    }
}

/// A stretch of a pane's text drawn underlined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Underline {
    /// Byte range in its paragraph's text.
    pub range: std::ops::Range<usize>,
    /// How it looks.
    pub kind: UnderlineKind,
}

/// How an underline looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnderlineKind {
    /// A subtle dotted line: something worth a look (a bidi hint).
    Hint,
    /// A wavy line: a mistake (a misspelling).
    Mistake,
}

/// What happened in a pane this frame.
pub struct PaneOutput {
    /// The pane's response (focus, hover, clicks).
    pub response: Response,
    /// Edits to apply, in order, to the text the pane was given.
    pub changes: Vec<TextChange>,
    /// A paragraph whose direction the editor set (by shortcut), as (paragraph, direction).
    pub set_direction: Option<(usize, Direction)>,
    /// For each stretch of each underline on screen, which underline it is and a response
    /// that senses hovering over its glyphs (for a tooltip) and clicks on them (for a menu).
    pub underline_responses: Vec<(UnderlineAt, Response)>,
    /// Where this frame's input left the caret and selection, when the owner keeps them and
    /// they moved, or the pane took the keyboard (it is then the field with the caret).
    pub selection: Option<TextSelection>,
    /// The links under the pointer and at the caret.
    pub links: LinksSeen,
}

/// The links of a pane the editor is pointing at or has the caret in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinksSeen {
    /// The address of the link under the pointer.
    pub hovered: Option<String>,
    /// The address of the link Ctrl+clicked this frame (to open in the browser).
    pub opened: Option<String>,
    /// The link the caret is in (nothing selected, the pane focused): where its words are on
    /// screen, and its address.
    pub at_caret: Option<(egui::Rect, String)>,
}

/// Which underline of a pane, and where its text is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnderlineAt {
    /// Its paragraph.
    pub paragraph: usize,
    /// Its place among [`PaneUnderlines::in_paragraph`]'s underlines of that paragraph.
    pub index: usize,
    /// Where its paragraph starts in the pane's text (bytes).
    pub paragraph_start: usize,
    /// The bytes it underlines in the pane's text.
    pub range: std::ops::Range<usize>,
}
