//! Exporting an issue for sending: HTML email, Markdown, plain text.
//!
//! All three write the same [`Block`]s, each in the direction Nashra shows it, so an English quote
//! inside an Arabic issue stays left to right in every mail client and an Arabic headline that
//! starts with "Nvidia" stays right to left. User text is escaped for its context, only web and
//! mail links are written (`Link::safe_for_export`; a `www.` link as https), and the bidi overrides (LRE, RLE, PDF, LRO, RLO), which can
//! make text read differently from what it says, are left out.

mod blocks;
mod html;
pub mod inline;
mod markdown;
mod plain_text;
mod target;
mod utm;

pub use blocks::{Block, BlockRole, clean, issue_blocks, issue_byline, story_byline};
pub use html::{escape_html, to_html};
pub use markdown::to_markdown;
pub use plain_text::to_plain_text;
pub use target::{ExportPathError, check_export_path, suggested_export_path};
pub use utm::tag_link;

use crate::io::library_settings::UtmTags;
use crate::model::{Issue, ResolvedDirection, first_strong_direction};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// One self-contained HTML email.
    Html,
    /// Markdown, for blogs and archives.
    Markdown,
    /// Plain text: the email's text part.
    PlainText,
}

impl ExportFormat {
    /// Every format.
    pub const ALL: [Self; 3] = [Self::Html, Self::Markdown, Self::PlainText];

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::PlainText => "txt",
        }
    }

    /// The format named on the command line: `html`, `md` or `txt`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.extension() == name)
    }
}

/// The issue in `format`, its links as written.
pub fn export(issue: &Issue, format: ExportFormat) -> String {
    export_with(issue, format, None)
}

/// The issue in `format`, its links tagged with `utm` when the library asks for it.
pub fn export_with(issue: &Issue, format: ExportFormat, utm: Option<&UtmTags>) -> String {
    let mut blocks = issue_blocks(issue);
    if let Some(tags) = utm {
        for block in &mut blocks {
            if let Some(link) = &mut block.link {
                *link = tag_link(link, tags, issue.number);
            }
            // Links on words are the issue's links too: tagged the same way.
            for mark in &mut block.marks {
                if let crate::model::MarkKind::Link(address) = &mut mark.kind {
                    *address = tag_link(address, tags, issue.number);
                }
            }
        }
    }
    match format {
        ExportFormat::Html => html::html_of(issue, &blocks),
        ExportFormat::Markdown => markdown::markdown_of(&blocks),
        ExportFormat::PlainText => plain_text::plain_text_of(&blocks),
    }
}

/// The mark that makes a reader that guesses direction from the first strong character (mail
/// clients, Markdown renderers) see `direction`: an RLM before a right-to-left paragraph that
/// starts with a Latin word (or has no letter at all: "2024"), an LRM before a left-to-right
/// one that starts in Arabic or has no letter.
pub(crate) fn direction_mark(text: &str, direction: ResolvedDirection) -> &'static str {
    match (direction, first_strong_direction(text)) {
        (ResolvedDirection::Rtl, Some(ResolvedDirection::Rtl))
        | (ResolvedDirection::Ltr, Some(ResolvedDirection::Ltr)) => "",
        (ResolvedDirection::Rtl, _) => "\u{200F}",
        (ResolvedDirection::Ltr, _) => "\u{200E}",
    }
}
