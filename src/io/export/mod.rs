//! Exporting an issue for sending: HTML email, Markdown, plain text.
//!
//! Every paragraph carries the direction Nashra resolved for it, so an English quote inside an
//! Arabic issue stays left to right in every mail client. User text is escaped for its context,
//! only http, https and mailto links are written, and the bidi overrides (LRE, RLE, PDF, LRO,
//! RLO), which can make text read differently from what it says, are left out.

mod html;
mod markdown;
mod plain_text;
mod safe_link;

pub use html::to_html;
pub use markdown::to_markdown;
pub use plain_text::to_plain_text;
pub use safe_link::safe_link;

use crate::model::{Direction, Issue, ResolvedDirection, first_strong_direction};

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

/// The issue in `format`.
pub fn export(issue: &Issue, format: ExportFormat) -> String {
    match format {
        ExportFormat::Html => to_html(issue),
        ExportFormat::Markdown => to_markdown(issue),
        ExportFormat::PlainText => to_plain_text(issue),
    }
}

/// The paragraphs worth exporting (cleaned, not blank), each with its resolved direction.
pub(crate) fn exported_paragraphs(
    prose: &crate::model::Prose,
) -> impl Iterator<Item = (String, ResolvedDirection)> + '_ {
    prose
        .paragraphs()
        .iter()
        .zip(prose.resolved_directions())
        .map(|(paragraph, dir)| (clean(&paragraph.text), dir))
        .filter(|(text, _)| !text.trim().is_empty())
}

/// User text as it may be exported: bidi overrides and control characters (other than tab)
/// removed.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}') && (!c.is_control() || *c == '\t'))
        .collect()
}

/// The direction of a one-line field (a headline, a title): its own first strong character,
/// right to left when it has none.
pub(crate) fn line_direction(text: &str) -> ResolvedDirection {
    Direction::Auto.resolve(text, None)
}

/// The mark that makes a reader that guesses direction from the first strong character (mail
/// clients, Markdown renderers) see `direction`: an RLM before a right-to-left paragraph that
/// starts with a Latin word, an LRM before a left-to-right one that starts in Arabic.
pub(crate) fn direction_mark(text: &str, direction: ResolvedDirection) -> &'static str {
    match (direction, first_strong_direction(text)) {
        (ResolvedDirection::Rtl, Some(ResolvedDirection::Ltr)) => "\u{200F}",
        (ResolvedDirection::Ltr, Some(ResolvedDirection::Rtl)) => "\u{200E}",
        _ => "",
    }
}

/// "العدد 54 · 2026-11-27": the issue's number and date, for every format and the preview.
pub fn issue_byline(issue: &Issue) -> String {
    format!("العدد {} · {}", issue.number, iso_date(issue.date))
}

/// A date kept in ISO order inside Arabic text. After an Arabic letter the bidi algorithm
/// turns its digits into Arabic numbers that the hyphens do not join, and "2026-11-27" would
/// read "27-11-2026"; a left-to-right mark on each side keeps it one left-to-right number.
pub(crate) fn iso_date(date: jiff::civil::Date) -> String {
    format!("\u{200E}{date}\u{200E}")
}

/// "Financial Times · George Hammond · 2024-04-12": what is known of a story's origin, for
/// every format and the preview.
pub fn story_byline(story: &crate::model::Story) -> String {
    let date = story.published.map(iso_date).unwrap_or_default();
    [clean(&story.source), clean(&story.author), date]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}
