//! Plain text export: the text part of the email. As in Markdown, every block whose first
//! letter would lead a reader to the wrong direction gets a directional mark in front.

use std::fmt::Write as _;

use super::{Block, BlockRole, direction_mark, issue_blocks};
use crate::model::Issue;

/// The issue as plain text.
pub fn to_plain_text(issue: &Issue) -> String {
    plain_text_of(&issue_blocks(issue))
}

/// The blocks as plain text.
pub(super) fn plain_text_of(blocks: &[Block]) -> String {
    let mut out = String::new();
    // A story's heading lines (headline, link, byline) end with a blank line.
    let mut in_story_heading = false;
    for block in blocks {
        if in_story_heading && block.role != BlockRole::StoryByline {
            out.push('\n');
            in_story_heading = false;
        }
        // Links on words are written after them: "تقرير Reuters (https://…)".
        let words = super::inline::inline_plain(&block.text, &block.marks, |address| {
            crate::model::Link::parse(address)
                .safe_for_export()
                .map(str::to_owned)
        });
        let text = format!("{}{words}", direction_mark(&block.text, block.direction));
        let _ = match block.role {
            BlockRole::Title => writeln!(out, "{text}"),
            BlockRole::IssueByline => writeln!(out, "{text}\n"),
            BlockRole::SectionTitle => writeln!(
                out,
                "\n{text}\n{}\n",
                "=".repeat(text.chars().count().max(3))
            ),
            BlockRole::Headline => {
                in_story_heading = true;
                match &block.link {
                    Some(url) => writeln!(out, "{text}\n{url}"),
                    None => writeln!(out, "{text}"),
                }
            }
            BlockRole::StoryByline => writeln!(out, "{text}"),
            BlockRole::Excerpt => writeln!(out, "    {text}\n"),
            BlockRole::Intro | BlockRole::Commentary => writeln!(out, "{text}\n"),
        };
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
