//! Markdown export, for blogs and archives.
//!
//! Markdown has no direction markup: renderers guess each paragraph's direction from its first
//! strong character, so every block (headings included) whose first letter would lead them to
//! the wrong direction gets a directional mark in front.

use std::fmt::Write as _;

use super::{Block, BlockRole, direction_mark, issue_blocks};
use crate::model::Issue;

/// The issue as Markdown.
pub fn to_markdown(issue: &Issue) -> String {
    markdown_of(&issue_blocks(issue))
}

/// The blocks as Markdown.
pub(super) fn markdown_of(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        let text = marked(block);
        let _ = match block.role {
            BlockRole::Title => writeln!(out, "# {text}\n"),
            BlockRole::IssueByline => writeln!(out, "*{text}*\n"),
            BlockRole::SectionTitle => writeln!(out, "## {text}\n"),
            BlockRole::Headline => match &block.link {
                Some(url) => writeln!(out, "### [{text}](<{}>)\n", link_target(url)),
                None => writeln!(out, "### {text}\n"),
            },
            BlockRole::Excerpt => writeln!(out, "> {text}\n"),
            BlockRole::Intro | BlockRole::StoryByline | BlockRole::Commentary => {
                writeln!(out, "{text}\n")
            }
        };
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A block's text, escaped, its links as `[words](address)` and its emphasis as `**`/`*`,
/// after the mark that makes a first-strong reader see its direction.
fn marked(block: &Block) -> String {
    let text = super::inline::inline_markdown(&block.text, &block.marks, escape, |address| {
        crate::model::Link::parse(address)
            .safe_for_export()
            .map(|safe| format!("<{}>", link_target(safe)))
    });
    format!("{}{text}", direction_mark(&block.text, block.direction))
}

/// Backslash-escapes what Markdown could read as markup: emphasis, code, links, HTML and table
/// characters anywhere, and heading, list and quote markers at the start of the text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        let always = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
        );
        let image = c == '!' && chars.peek() == Some(&'[');
        let block_marker = at_start && matches!(c, '#' | '+' | '-' | '=');
        if always || image || block_marker {
            out.push('\\');
        }
        out.push(c);
        // "12. " at the start would become an ordered list item.
        if at_start && c.is_ascii_digit() {
            while let Some(d) = chars.next_if(char::is_ascii_digit) {
                out.push(d);
            }
            if chars.peek() == Some(&'.') {
                out.push('\\');
            }
        }
        at_start = false;
    }
    out
}

/// A link target inside `<…>`: no spaces, angle brackets or line breaks.
fn link_target(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('<', "%3C")
        .replace('>', "%3E")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("[x](javascript:1) *b*"),
            "\\[x\\](javascript:1) \\*b\\*"
        );
        assert_eq!(escape("# 2026-11-27"), "\\# 2026-11-27");
        assert_eq!(escape("12. أبريل"), "12\\. أبريل");
        assert_eq!(escape("![img](x)"), "\\!\\[img\\](x)");
    }
}
