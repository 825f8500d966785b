//! The layout inspector behind `nashra layout`: lays paragraphs out with the panes' own code
//! and reports each paragraph's direction and the visual order of its lines.

use std::fmt::Write as _;

use parley::LayoutContext;

use super::{
    ClusterOrder, ParagraphLayout, TextStyle, VisualCluster, bundled_font_context, visual_clusters,
    visual_lines,
};
use crate::model::{Direction, ResolvedDirection};

/// One paragraph as laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InspectedParagraph {
    /// Its resolved direction.
    pub direction: ResolvedDirection,
    /// For each visual line, logical char indices from left to right (marks after their base;
    /// bidi controls omitted).
    pub lines: Vec<Vec<usize>>,
}

/// Lays out each line of `input` as a paragraph of body text, `width_px` wide (at one pixel per
/// point; `None`: no wrapping), with `direction` for every paragraph; `base` is the direction of
/// the language (what `Auto` falls back on).
pub fn inspect(
    input: &str,
    width_px: Option<f32>,
    direction: Direction,
    base: ResolvedDirection,
) -> Vec<InspectedParagraph> {
    let mut fonts = bundled_font_context();
    let mut layouts = LayoutContext::new();
    input
        .lines()
        .map(|text| {
            let resolved = direction.resolve(text, base);
            let paragraph = ParagraphLayout::new(
                &mut fonts,
                &mut layouts,
                None,
                text,
                &[],
                resolved,
                TextStyle::BODY,
                1.0,
                width_px,
            );
            InspectedParagraph {
                direction: resolved,
                lines: visual_lines(&paragraph, text, ClusterOrder::MarksFollowBase),
            }
        })
        .collect()
}

/// Each paragraph laid out on one unwrapped line of body text, in its given direction: its
/// clusters from left to right. What the export tests compare a browser's rendering with.
pub fn one_line_clusters(paragraphs: &[(&str, ResolvedDirection)]) -> Vec<Vec<VisualCluster>> {
    let marked: Vec<(&str, &[crate::model::Mark], ResolvedDirection)> = paragraphs
        .iter()
        .map(|&(text, direction)| (text, &[][..], direction))
        .collect();
    one_line_marked_clusters(&marked)
}

/// [`one_line_clusters`] of paragraphs with their marks (bold, emphasis and links shaped as the
/// pane shapes them).
pub fn one_line_marked_clusters(
    paragraphs: &[(&str, &[crate::model::Mark], ResolvedDirection)],
) -> Vec<Vec<VisualCluster>> {
    let mut fonts = bundled_font_context();
    let mut layouts = LayoutContext::new();
    paragraphs
        .iter()
        .map(|&(text, marks, direction)| {
            let paragraph = ParagraphLayout::new(
                &mut fonts,
                &mut layouts,
                None,
                text,
                marks,
                direction,
                TextStyle::BODY,
                1.0,
                None,
            );
            visual_clusters(&paragraph, text)
                .into_iter()
                .flatten()
                .collect()
        })
        .collect()
}

/// The report as one JSON object: `{"paragraphs": [{"direction": "rtl", "lines": [[…]]}]}`.
pub fn to_json(paragraphs: &[InspectedParagraph]) -> String {
    let mut out = String::from("{\"paragraphs\": [");
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(
            out,
            "{{\"direction\": \"{}\", \"lines\": [",
            paragraph.direction.as_str()
        );
        for (j, line) in paragraph.lines.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push('[');
            let numbers: Vec<String> = line.iter().map(usize::to_string).collect();
            out.push_str(&numbers.join(", "));
            out.push(']');
        }
        out.push_str("]}");
    }
    out.push_str("]}\n");
    out
}

/// The report as text for people: the direction, then each line's indices and characters in
/// visual order (left to right).
pub fn to_text(input: &str, paragraphs: &[InspectedParagraph]) -> String {
    let mut out = String::new();
    for (i, (text, paragraph)) in input.lines().zip(paragraphs).enumerate() {
        let chars: Vec<char> = text.chars().collect();
        let _ = writeln!(
            out,
            "paragraph {} ({})",
            i + 1,
            paragraph.direction.as_str()
        );
        for (j, line) in paragraph.lines.iter().enumerate() {
            let numbers: Vec<String> = line.iter().map(usize::to_string).collect();
            let visual: String = line.iter().filter_map(|&k| chars.get(k)).collect();
            let _ = writeln!(out, "  line {}: {}", j + 1, numbers.join(" "));
            // Wrapped in LRO…PDF so a terminal shows the characters in exactly this order.
            let _ = writeln!(out, "    \u{202D}{visual}\u{202C}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_with_latin_and_digits() {
        // "عام 2022 Sequoia" — RTL: the Latin run and the number keep their own order.
        let text = "عام 2022 Sequoia";
        let report = inspect(text, None, Direction::Auto, ResolvedDirection::Rtl);
        assert_eq!(report.len(), 1);
        assert_eq!(report[0].direction, ResolvedDirection::Rtl);
        let expected: Vec<usize> = (9..16).chain([8]).chain(4..8).chain([3, 2, 1, 0]).collect();
        assert_eq!(report[0].lines, vec![expected]);
    }

    #[test]
    fn json_shape() {
        let paragraphs = vec![InspectedParagraph {
            direction: ResolvedDirection::Rtl,
            lines: vec![vec![2, 1, 0], vec![]],
        }];
        assert_eq!(
            to_json(&paragraphs),
            "{\"paragraphs\": [{\"direction\": \"rtl\", \"lines\": [[2, 1, 0], []]}]}\n"
        );
    }

    #[test]
    fn bidi_controls_are_left_out_and_marks_follow_their_base() {
        // RLM, then a letter with shadda and fatha.
        let text = "\u{200F}مَّa";
        let report = inspect(text, None, Direction::Rtl, ResolvedDirection::Rtl);
        assert_eq!(report[0].lines, vec![vec![4, 1, 2, 3]]);
    }
}
