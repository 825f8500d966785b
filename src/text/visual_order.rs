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
    let mut lines = Vec::new();
    for line in paragraph.layout().lines() {
        let mut indices = Vec::new();
        for run in line.runs() {
            for cluster in run.visual_clusters() {
                let range = cluster.text_range();
                let Some(chars) = text.get(range.clone()) else {
                    continue;
                };
                let mut cluster_indices: Vec<usize> = chars
                    .char_indices()
                    .filter(|(_, c)| !is_bidi_control(*c))
                    .map(|(offset, _)| char_index_at[range.start + offset])
                    .collect();
                if order == ClusterOrder::Visual && cluster.is_rtl() {
                    cluster_indices.reverse();
                }
                indices.extend(cluster_indices);
            }
        }
        lines.push(indices);
    }
    lines
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
