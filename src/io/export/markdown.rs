//! Markdown export, for blogs and archives.
//!
//! Markdown has no direction markup: renderers guess each paragraph's direction from its first
//! strong character, so a paragraph whose first word is on the wrong side of its direction gets
//! a directional mark in front.

use std::fmt::Write as _;

use super::{
    clean, direction_mark, exported_paragraphs, issue_byline, line_direction, safe_link,
    story_byline,
};
use crate::model::{Issue, Prose};

/// The issue as Markdown.
pub fn to_markdown(issue: &Issue) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", line(&issue.title));
    let _ = writeln!(out, "*{}*\n", escape(&issue_byline(issue)));
    prose(&mut out, &issue.intro, "");
    for section in &issue.sections {
        if !section.title.trim().is_empty() {
            let _ = writeln!(out, "## {}\n", line(&section.title));
        }
        for pick in &section.picks {
            let story = &pick.story;
            let headline = line(&story.headline);
            match safe_link(&story.url) {
                Some(url) => {
                    let _ = writeln!(out, "### [{headline}](<{}>)\n", link_target(&url));
                }
                None => {
                    let _ = writeln!(out, "### {headline}\n");
                }
            }
            let byline = story_byline(story);
            if !byline.is_empty() {
                let _ = writeln!(out, "{}\n", line(&byline));
            }
            prose(&mut out, &story.excerpt, "> ");
            prose(&mut out, &pick.commentary, "");
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Paragraphs separated by blank lines, each with its direction mark; `prefix` quotes them.
fn prose(out: &mut String, prose: &Prose, prefix: &str) {
    for (text, dir) in exported_paragraphs(prose) {
        let _ = writeln!(
            out,
            "{prefix}{}{}\n",
            direction_mark(&text, dir),
            escape(&text)
        );
    }
}

/// A one-line field, escaped, with its direction mark.
fn line(text: &str) -> String {
    let text = clean(text);
    format!(
        "{}{}",
        direction_mark(&text, line_direction(&text)),
        escape(&text)
    )
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
