//! The HTML email: one self-contained file, table layout, inline CSS, no scripts.
//!
//! Mail clients strip `<html>` attributes (webmail), ignore `<bdi>` (Gmail, Outlook, Yahoo) and
//! mishandle `dir` on links (Outlook on Windows), and Gmail on phones turns a whole email right
//! to left once it holds Arabic: so every block states its direction, as `dir` and as inline CSS
//! `direction` and `text-align`, and `lang` and `dir` are also on `<html>` and on a wrapper inside
//! `<body>`.
//!
//! Inside a block the text goes out as the editor wrote it. The browser then runs the same
//! Unicode bidi algorithm, on the same text, from the same base direction as Nashra's pane, so
//! the email shows each line in the order the pane does (checked in headless Chromium by the
//! tests). Isolates the editor put in ("Isolate Latin run") are characters of the text and go
//! with it; nothing is isolated that she did not isolate. Spaces are kept as typed.

use std::fmt::Write as _;

use super::{Block, BlockRole, issue_blocks};
use crate::model::{Issue, ResolvedDirection};

/// Fonts the email asks for: the bundled faces first, then faces mail clients have.
const FONT_STACK: &str =
    "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', Tahoma, 'Segoe UI', Arial, sans-serif";

/// The issue as an HTML email.
pub fn to_html(issue: &Issue) -> String {
    html_of(issue, &issue_blocks(issue))
}

/// The blocks of `issue` as an HTML email.
pub(super) fn html_of(issue: &Issue, blocks: &[Block]) -> String {
    let lang = issue.language.code();
    let base = issue.base_direction();
    let title = blocks
        .iter()
        .find(|b| b.role == BlockRole::Title)
        .map_or("", |b| b.text.as_str());
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background-color:#f3f0ea;\">\n\
         <div lang=\"{lang}\" dir=\"{dir}\" style=\"{}\">\n\
         <table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"background-color:#f3f0ea;\">\n<tr>\n<td align=\"center\" style=\"padding:24px 8px;\">\n\
         <table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" \
         style=\"width:600px;max-width:100%;background-color:#ffffff;\">\n",
        escape(title),
        dir_css(base),
        dir = base.as_str(),
    );

    let mut section = None;
    cell_start(&mut out, base);
    for block in blocks {
        if block.section != section {
            section = block.section;
            cell_end(&mut out);
            cell_start(&mut out, base);
        }
        block_html(&mut out, block);
    }
    cell_end(&mut out);

    out.push_str("</table>\n</td>\n</tr>\n</table>\n</div>\n</body>\n</html>\n");
    out
}

/// One block as its element: `<h1>`, `<h2>`, `<h3>` or `<p>`, with its direction.
fn block_html(out: &mut String, block: &Block) {
    let (tag, style) = match block.role {
        BlockRole::Title => (
            "h1",
            "margin:0 0 8px;font-size:26px;line-height:1.4;color:#1a1a1a;",
        ),
        BlockRole::IssueByline => ("p", "margin:0 0 20px;font-size:14px;color:#6b6b6b;"),
        BlockRole::Intro | BlockRole::Commentary => (
            "p",
            "margin:0 0 12px;font-size:17px;line-height:1.8;color:#1a1a1a;",
        ),
        BlockRole::SectionTitle => (
            "h2",
            "margin:0 0 16px;padding-bottom:6px;border-bottom:2px solid #c8102e;\
             font-size:21px;line-height:1.4;color:#1a1a1a;",
        ),
        BlockRole::Headline => ("h3", "margin:20px 0 4px;font-size:19px;line-height:1.5;"),
        BlockRole::StoryByline => ("p", "margin:0 0 8px;font-size:13px;color:#6b6b6b;"),
        BlockRole::Excerpt => (
            "p",
            "margin:0 0 12px;font-size:15px;line-height:1.8;color:#4a4a4a;\
             background-color:#f7f5f0;padding:8px 12px;",
        ),
    };
    // Links on words carry no `dir` either (Outlook mishandles it on `<a>`): the paragraph's
    // direction holds for them, as in the pane.
    let text = super::inline::inline_html(&block.text, &block.marks, escape, |address| {
        crate::model::Link::parse(address)
            .safe_for_export()
            .map(str::to_owned)
    });
    // The link carries no `dir` (Outlook mishandles it): the heading around it does.
    let content = match &block.link {
        Some(url) => format!(
            "<a href=\"{}\" style=\"color:#0b5cad;text-decoration:none;\">{text}</a>",
            escape(url)
        ),
        None => text,
    };
    let _ = writeln!(
        out,
        "<{tag} dir=\"{}\" style=\"{}white-space:pre-wrap;{style}\">{content}</{tag}>",
        block.direction.as_str(),
        dir_css(block.direction),
    );
}

fn cell_start(out: &mut String, base: ResolvedDirection) {
    let _ = writeln!(
        out,
        "<tr>\n<td dir=\"{}\" style=\"{}padding:24px 28px 8px;font-family:{FONT_STACK};\">",
        base.as_str(),
        dir_css(base)
    );
}

fn cell_end(out: &mut String) {
    out.push_str("</td>\n</tr>\n");
}

fn dir_css(dir: ResolvedDirection) -> &'static str {
    match dir {
        ResolvedDirection::Rtl => "direction:rtl;text-align:right;",
        ResolvedDirection::Ltr => "direction:ltr;text-align:left;",
    }
}

/// Text escaped for HTML content and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    escape(text)
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
    fn markup_is_escaped() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn text_goes_out_as_written_with_its_isolates() {
        let mut issue = Issue::new(1, "", jiff::civil::date(2026, 1, 1));
        issue.intro = crate::model::Prose::from_text(
            "جمعت OpenAI 13 مليار\nجمعت \u{2066}OpenAI\u{2069} 13 مليار",
        );
        let html = to_html(&issue);
        assert!(html.contains(">جمعت OpenAI 13 مليار</p>"), "{html}");
        assert!(html.contains(">جمعت \u{2066}OpenAI\u{2069} 13 مليار</p>"));
        assert!(!html.contains("<span"));
    }
}
