//! A paragraph's words with their marks, written inline: HTML (`<a href>`, `<strong>`,
//! `<em>`), Markdown (`[words](address)`, `**`, `*`) and plain text ("words (address)").
//!
//! The text is cut into [`Segment`]s where the marks change; each format opens and closes its
//! markup at segment edges, a link outermost so one link stays one `<a>` even when a bold word
//! inside it ends before it does.

use std::ops::Range;

use crate::model::{Mark, MarkKind};

/// A stretch of a paragraph over which the marks do not change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// Its text.
    pub text: &'a str,
    /// Its bytes in the paragraph.
    pub range: Range<usize>,
    /// The address of the link it is in, if any.
    pub link: Option<&'a str>,
    /// Strong (bold).
    pub strong: bool,
    /// Emphasised (italic).
    pub emphasis: bool,
}

/// `text` cut where its `marks` (canonical, inside it) begin or end.
pub fn segments<'a>(text: &'a str, marks: &'a [Mark]) -> Vec<Segment<'a>> {
    let mut edges: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.range.start, m.range.end])
        .filter(|&e| e <= text.len() && text.is_char_boundary(e))
        .chain([0, text.len()])
        .collect();
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let range = w[0]..w[1];
            let on = |m: &&Mark| m.range.start <= range.start && range.end <= m.range.end;
            let covering: Vec<&Mark> = marks.iter().filter(on).collect();
            Segment {
                text: &text[range.clone()],
                link: covering.iter().find_map(|m| match &m.kind {
                    MarkKind::Link(address) => Some(address.as_str()),
                    _ => None,
                }),
                strong: covering.iter().any(|m| m.kind == MarkKind::Strong),
                emphasis: covering.iter().any(|m| m.kind == MarkKind::Emphasis),
                range,
            }
        })
        .collect()
}

/// What is open at a point of the HTML, outermost first: the link (its `href`, or `None` for a
/// link whose address may not be written), strong, emphasis.
#[derive(Clone, PartialEq, Eq)]
enum Tag {
    Link(Option<String>),
    Strong,
    Emphasis,
}

/// `text` with `marks` as HTML: each segment's text through `escape`, links through `href`
/// (which gives the address to write, or `None` to leave the words unlinked).
pub fn inline_html(
    text: &str,
    marks: &[Mark],
    escape: impl Fn(&str) -> String,
    href: impl Fn(&str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(text.len() + 16 * marks.len());
    let mut open: Vec<Tag> = Vec::new();
    let mut link_of_open: Option<&str> = None;
    for segment in segments(text, marks) {
        let mut wanted = Vec::new();
        if let Some(address) = segment.link {
            wanted.push(Tag::Link(if link_of_open == Some(address) {
                open.first().and_then(|t| match t {
                    Tag::Link(h) => h.clone(),
                    _ => None,
                })
            } else {
                href(address)
            }));
        }
        if segment.strong {
            wanted.push(Tag::Strong);
        }
        if segment.emphasis {
            wanted.push(Tag::Emphasis);
        }
        // Another link (even one next to this one) is another <a>.
        let same_link = segment.link.is_some() && segment.link == link_of_open;
        let keep = open
            .iter()
            .zip(&wanted)
            .take_while(|(a, b)| a == b && (!matches!(a, Tag::Link(_)) || same_link))
            .count();
        for tag in open.drain(keep..).rev() {
            out.push_str(close(&tag));
        }
        for tag in &wanted[keep..] {
            match tag {
                Tag::Link(Some(href)) => {
                    out.push_str("<a href=\"");
                    out.push_str(&escape(href));
                    out.push_str("\">");
                }
                Tag::Link(None) => {}
                Tag::Strong => out.push_str("<strong>"),
                Tag::Emphasis => out.push_str("<em>"),
            }
        }
        open = wanted;
        link_of_open = segment.link;
        out.push_str(&escape(segment.text));
    }
    for tag in open.iter().rev() {
        out.push_str(close(tag));
    }
    out
}

fn close(tag: &Tag) -> &'static str {
    match tag {
        Tag::Link(Some(_)) => "</a>",
        Tag::Link(None) => "",
        Tag::Strong => "</strong>",
        Tag::Emphasis => "</em>",
    }
}

/// `text` with `marks` as Markdown: `[words](address)` (through `target`, which gives the
/// address to write or `None`), `**strong**`, `*emphasis*`; the words through `escape`.
/// Emphasis markers hug the words: spaces at a marked stretch's edges go outside them.
pub fn inline_markdown(
    text: &str,
    marks: &[Mark],
    escape: impl Fn(&str) -> String,
    target: impl Fn(&str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(text.len() + 8 * marks.len());
    let segments = segments(text, marks);
    let mut index = 0;
    while index < segments.len() {
        let link = segments[index].link;
        // The run of segments in this link (or out of any link).
        let end = segments[index..]
            .iter()
            .position(|s| s.link != link)
            .map_or(segments.len(), |p| index + p);
        let inner: String = segments[index..end]
            .iter()
            .map(|s| emphasised(s, &escape))
            .collect();
        match link.and_then(&target) {
            Some(address) => {
                out.push('[');
                out.push_str(&inner);
                out.push_str("](");
                out.push_str(&address);
                out.push(')');
            }
            None => out.push_str(&inner),
        }
        index = end;
    }
    out
}

/// A segment's words with its `**`/`*`, spaces at its edges outside them.
fn emphasised(segment: &Segment<'_>, escape: &impl Fn(&str) -> String) -> String {
    let marker = match (segment.strong, segment.emphasis) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    let words = segment.text.trim();
    if marker.is_empty() || words.is_empty() {
        return escape(segment.text);
    }
    let lead = &segment.text[..segment.text.len() - segment.text.trim_start().len()];
    let trail = &segment.text[segment.text.trim_end().len()..];
    format!("{lead}{marker}{}{marker}{trail}", escape(words))
}

/// `text` with its links written out after their words, in brackets ("تقرير Reuters
/// (https://…)"), through `target` (the address to write, or `None`); emphasis has no plain
/// form and leaves the words as they are.
pub fn inline_plain(text: &str, marks: &[Mark], target: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let segments = segments(text, marks);
    for (index, segment) in segments.iter().enumerate() {
        out.push_str(segment.text);
        let link_ends = segment.link.is_some()
            && segments.get(index + 1).map(|next| next.link) != Some(segment.link);
        if link_ends && let Some(address) = segment.link.and_then(&target) {
            out.push_str(" (");
            out.push_str(&address);
            out.push(')');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (String, Vec<Mark>) {
        let text = "بحسب تقرير Reuters الأخير".to_owned();
        let link = text.find("تقرير").expect("present")..text.find(" الأخير").expect("present");
        let bold = text.find("Reuters").expect("present")..text.len();
        let marks = vec![
            Mark::new(
                link,
                MarkKind::Link("https://r.example/x?a=1&b=2".to_owned()),
            ),
            Mark::new(bold, MarkKind::Strong),
        ];
        (text, marks)
    }

    fn no_escape(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn one_link_stays_one_a_when_a_bold_word_crosses_its_end() {
        let (text, marks) = sample();
        let html = inline_html(&text, &marks, no_escape, |a| Some(a.to_owned()));
        assert_eq!(
            html,
            "بحسب <a href=\"https://r.example/x?a=1&b=2\">تقرير <strong>Reuters</strong></a>\
             <strong> الأخير</strong>"
        );
    }

    #[test]
    fn a_link_that_may_not_be_written_leaves_its_words() {
        let text = "هنا";
        let marks = vec![Mark::new(
            0..text.len(),
            MarkKind::Link("javascript:x".to_owned()),
        )];
        assert_eq!(inline_html(text, &marks, no_escape, |_| None), "هنا");
        assert_eq!(inline_markdown(text, &marks, no_escape, |_| None), "هنا");
        assert_eq!(inline_plain(text, &marks, |_| None), "هنا");
    }

    #[test]
    fn markdown_and_plain_text() {
        let (text, marks) = sample();
        assert_eq!(
            inline_markdown(&text, &marks, no_escape, |a| Some(a.to_owned())),
            "بحسب [تقرير **Reuters**](https://r.example/x?a=1&b=2) **الأخير**"
        );
        assert_eq!(
            inline_plain(&text, &marks, |a| Some(a.to_owned())),
            "بحسب تقرير Reuters (https://r.example/x?a=1&b=2) الأخير"
        );
    }

    #[test]
    fn two_links_side_by_side_are_two() {
        let text = "ab";
        let marks = vec![
            Mark::new(0..1, MarkKind::Link("https://a.example/".to_owned())),
            Mark::new(1..2, MarkKind::Link("https://b.example/".to_owned())),
        ];
        assert_eq!(
            inline_html(text, &marks, no_escape, |a| Some(a.to_owned())),
            "<a href=\"https://a.example/\">a</a><a href=\"https://b.example/\">b</a>"
        );
    }
}
