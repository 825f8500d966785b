//! The order characters appear on screen: for each visual line, logical character indices
//! from left to right. The layout inspector prints it and the bidi tests check it.

use super::ParagraphLayout;

/// How the characters of one cluster (a base letter with its marks) are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterOrder {
    /// Marks follow their base character, as a reader sees a letter (the inspector's order).
    MarksFollowBase,
    /// Pure visual order: in a right-to-left cluster the characters are reversed, as in
    /// Unicode's BidiCharacterTest (which does not apply rule L3).
    Visual,
}

/// For each visual line, the logical char indices (Unicode scalar values, 0-based) of the
/// characters as they appear from left to right. Characters that draw nothing and only steer
/// the bidi algorithm (see [`is_bidi_control`]) are left out.
pub fn visual_lines(
    paragraph: &ParagraphLayout,
    text: &str,
    order: ClusterOrder,
) -> Vec<Vec<usize>> {
    let char_index_at = char_index_by_byte(text);
    visual_clusters(paragraph, text)
        .into_iter()
        .map(|line| {
            let mut indices = Vec::new();
            for cluster in line {
                let mut cluster_indices: Vec<usize> = text[cluster.range.clone()]
                    .char_indices()
                    .filter(|(_, c)| !is_bidi_control(*c))
                    .map(|(offset, _)| char_index_at[cluster.range.start + offset])
                    .collect();
                if order == ClusterOrder::Visual && cluster.rtl {
                    cluster_indices.reverse();
                }
                indices.extend(cluster_indices);
            }
            indices
        })
        .collect()
}

/// One shaped cluster of a line: the smallest piece of text the layout places as a whole (a
/// letter with its marks, a ligature, a space).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisualCluster {
    /// Its byte range in the paragraph's text.
    pub range: std::ops::Range<usize>,
    /// Whether it sits in a right-to-left run.
    pub rtl: bool,
}

/// For each visual line, its clusters from left to right (clusters made only of bidi controls
/// are left out: they are not drawn, so they have no place on screen).
pub fn visual_clusters(paragraph: &ParagraphLayout, text: &str) -> Vec<Vec<VisualCluster>> {
    paragraph
        .layout()
        .lines()
        .map(|line| {
            line.runs()
                .flat_map(|run| run.visual_clusters().collect::<Vec<_>>())
                .filter_map(|cluster| {
                    let range = cluster.text_range();
                    let chars = text.get(range.clone())?;
                    (!chars.chars().all(is_bidi_control)).then(|| VisualCluster {
                        range,
                        rtl: cluster.is_rtl(),
                    })
                })
                .collect()
        })
        .collect()
}

/// Characters that only steer the bidi algorithm and draw nothing: the marks LRM, RLM and ALM,
/// embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// For each byte offset that starts a character, that character's index.
fn char_index_by_byte(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut count = 0;
    for (offset, _) in text.char_indices() {
        map[offset] = count;
        count += 1;
    }
    map[text.len()] = count;
    map
}
