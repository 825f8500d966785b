//! [`AccessRuns`]: the text-run nodes a pane last gave the screen reader, kept with the pane's
//! state to read back the positions a screen reader sends.

use egui::accesskit::TextPosition;

use super::paragraphs::PaneParagraphs;

/// One run node: where it is and which text it covers.
#[derive(Clone, Debug)]
pub(super) struct RunNode {
    /// The node's id.
    pub id: egui::Id,
    /// The paragraph it is in.
    pub paragraph: usize,
    /// Byte range in the paragraph.
    pub range: std::ops::Range<usize>,
}

/// The run nodes a pane last gave the screen reader, to read the positions it sends back.
#[derive(Clone, Debug, Default)]
pub struct AccessRuns(pub(super) Vec<RunNode>);

impl AccessRuns {
    /// The byte offset in the pane's text of a position in one of its run nodes (a screen
    /// reader moving the caret or selecting), if the node is one of them.
    pub fn offset(&self, position: &TextPosition, paragraphs: &PaneParagraphs) -> Option<usize> {
        let run = self
            .0
            .iter()
            .find(|run| run.id.accesskit_id() == position.node)?;
        let paragraph = paragraphs.get(run.paragraph)?;
        let text = paragraph.text.get(run.range.clone())?;
        let local = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(position.character_index)?;
        Some(paragraph.start + run.range.start + local)
    }
}
