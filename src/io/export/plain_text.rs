//! Plain text export: the text part of the email.

use std::fmt::Write as _;

use super::{
    clean, direction_mark, exported_paragraphs, issue_byline, line_direction, safe_link,
    story_byline,
};
use crate::model::{Issue, Prose};

/// The issue as plain text.
pub fn to_plain_text(issue: &Issue) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", line(&issue.title));
    let _ = writeln!(out, "{}\n", issue_byline(issue));
    prose(&mut out, &issue.intro, "");
    for section in &issue.sections {
        if !section.title.trim().is_empty() {
            let title = line(&section.title);
            let _ = writeln!(
                out,
                "\n{title}\n{}\n",
                "=".repeat(title.chars().count().max(3))
            );
        }
        for pick in &section.picks {
            let story = &pick.story;
            let _ = writeln!(out, "{}", line(&story.headline));
            if let Some(url) = safe_link(&story.url) {
                let _ = writeln!(out, "{url}");
            }
            let byline = story_byline(story);
            if !byline.is_empty() {
                let _ = writeln!(out, "{}", line(&byline));
            }
            out.push('\n');
            prose(&mut out, &story.excerpt, "    ");
            prose(&mut out, &pick.commentary, "");
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn prose(out: &mut String, prose: &Prose, indent: &str) {
    for (text, dir) in exported_paragraphs(prose) {
        let _ = writeln!(out, "{indent}{}{text}\n", direction_mark(&text, dir));
    }
}

fn line(text: &str) -> String {
    let text = clean(text);
    format!("{}{text}", direction_mark(&text, line_direction(&text)))
}
