//! The HTML email: one self-contained file, table layout, inline CSS, no scripts.
//!
//! Mail clients strip `<html>` attributes (webmail), ignore `<bdi>` (Gmail, Outlook, Yahoo) and
//! mishandle `dir` on links (Outlook on Windows), so direction is given three times over: `lang`
//! and `dir` on `<html>` and on a wrapper inside `<body>`, and on every paragraph both as `dir`
//! and as inline CSS `direction` and `text-align`. Latin runs inside right-to-left paragraphs
//! are wrapped in `<span dir="ltr">` so a number after a name stays on the Arabic side.

use std::fmt::Write as _;

use super::{clean, exported_paragraphs, issue_byline, line_direction, safe_link, story_byline};
use crate::model::{Issue, Pick, Prose, ResolvedDirection, latin_runs};

/// Fonts the email asks for: the bundled faces first, then faces mail clients have.
const FONT_STACK: &str =
    "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', Tahoma, 'Segoe UI', Arial, sans-serif";

/// The issue as an HTML email.
pub fn to_html(issue: &Issue) -> String {
    let mut out = String::new();
    let title = clean(&issue.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background-color:#f3f0ea;\">\n\
         <div lang=\"ar\" dir=\"rtl\" style=\"direction:rtl;text-align:right;\">\n\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"background-color:#f3f0ea;\">\n<tr>\n<td align=\"center\" style=\"padding:24px 8px;\">\n\
         <table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"width:600px;max-width:100%;background-color:#ffffff;\">\n",
        escape(&title)
    );

    cell_start(&mut out);
    let dir = line_direction(&title);
    let _ = writeln!(
        out,
        "<h1 {} style=\"{}margin:0 0 8px;font-size:26px;line-height:1.4;color:#1a1a1a;\">{}</h1>",
        dir_attr(dir),
        dir_css(dir),
        inline(&title, dir)
    );
    let byline = issue_byline(issue);
    let _ = writeln!(
        out,
        "<p dir=\"rtl\" style=\"{}margin:0 0 20px;font-size:14px;color:#6b6b6b;\">{}</p>",
        dir_css(ResolvedDirection::Rtl),
        escape(&byline)
    );
    prose(
        &mut out,
        &issue.intro,
        "font-size:17px;line-height:1.8;color:#1a1a1a;",
    );
    cell_end(&mut out);

    for section in &issue.sections {
        cell_start(&mut out);
        let title = clean(&section.title);
        if !title.trim().is_empty() {
            let dir = line_direction(&title);
            let _ = writeln!(
                out,
                "<h2 {} style=\"{}margin:0 0 16px;padding-bottom:6px;border-bottom:2px solid #c8102e;\
                 font-size:21px;line-height:1.4;color:#1a1a1a;\">{}</h2>",
                dir_attr(dir),
                dir_css(dir),
                inline(&title, dir)
            );
        }
        for pick in &section.picks {
            pick_html(&mut out, pick);
        }
        cell_end(&mut out);
    }

    out.push_str("</table>\n</td>\n</tr>\n</table>\n</div>\n</body>\n</html>\n");
    out
}

fn pick_html(out: &mut String, pick: &Pick) {
    let story = &pick.story;
    let headline = clean(&story.headline);
    let dir = line_direction(&headline);
    let text = inline(&headline, dir);
    // The link carries no `dir` (Outlook mishandles it): the heading around it does.
    let linked = match safe_link(&story.url) {
        Some(url) => format!(
            "<a href=\"{}\" style=\"color:#0b5cad;text-decoration:none;\">{text}</a>",
            escape(&url)
        ),
        None => text,
    };
    let _ = writeln!(
        out,
        "<h3 {} style=\"{}margin:20px 0 4px;font-size:19px;line-height:1.5;\">{linked}</h3>",
        dir_attr(dir),
        dir_css(dir)
    );
    let byline = story_byline(story);
    if !byline.is_empty() {
        let dir = line_direction(&byline);
        let _ = writeln!(
            out,
            "<p {} style=\"{}margin:0 0 8px;font-size:13px;color:#6b6b6b;\">{}</p>",
            dir_attr(dir),
            dir_css(dir),
            inline(&byline, dir)
        );
    }
    prose(
        out,
        &story.excerpt,
        "font-size:15px;line-height:1.8;color:#4a4a4a;background-color:#f7f5f0;padding:8px 12px;",
    );
    prose(
        out,
        &pick.commentary,
        "font-size:17px;line-height:1.8;color:#1a1a1a;",
    );
}

/// Each paragraph as its own `<p>` with its own direction.
fn prose(out: &mut String, prose: &Prose, style: &str) {
    for (text, dir) in exported_paragraphs(prose) {
        let _ = writeln!(
            out,
            "<p {} style=\"{}margin:0 0 12px;{style}\">{}</p>",
            dir_attr(dir),
            dir_css(dir),
            inline(&text, dir)
        );
    }
}

fn cell_start(out: &mut String) {
    let _ = writeln!(
        out,
        "<tr>\n<td dir=\"rtl\" style=\"{}padding:24px 28px 8px;font-family:{FONT_STACK};\">",
        dir_css(ResolvedDirection::Rtl)
    );
}

fn cell_end(out: &mut String) {
    out.push_str("</td>\n</tr>\n");
}

fn dir_attr(dir: ResolvedDirection) -> String {
    format!("dir=\"{}\"", dir.as_str())
}

fn dir_css(dir: ResolvedDirection) -> &'static str {
    match dir {
        ResolvedDirection::Rtl => "direction:rtl;text-align:right;",
        ResolvedDirection::Ltr => "direction:ltr;text-align:left;",
    }
}

/// Escaped text; in a right-to-left paragraph, each Latin run wrapped in `<span dir="ltr">`.
fn inline(text: &str, dir: ResolvedDirection) -> String {
    if dir == ResolvedDirection::Ltr {
        return escape(text);
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for run in latin_runs(text) {
        out.push_str(&escape(&text[last..run.start]));
        let _ = write!(
            out,
            "<span dir=\"ltr\">{}</span>",
            escape(&text[run.clone()])
        );
        last = run.end;
    }
    out.push_str(&escape(&text[last..]));
    out
}

/// Text escaped for HTML content and double-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs_are_isolated_in_rtl_only() {
        assert_eq!(
            inline("جمعت OpenAI 13 مليار", ResolvedDirection::Rtl),
            "جمعت <span dir=\"ltr\">OpenAI</span> 13 مليار"
        );
        assert_eq!(inline("OpenAI 13", ResolvedDirection::Ltr), "OpenAI 13");
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }
}
