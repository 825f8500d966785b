//! Importing from files the editor dropped or opened: a saved feed, or a `.txt`/`.md` note
//! that becomes one story.

use std::io::Read as _;
use std::path::Path;

use super::raw_story::RawStory;
use super::{FeedImport, ImportError, ImportLimits, ImportWarning, parse_feed};
use crate::model::Story;

/// Reads a feed saved to a file (RSS, Atom or JSON Feed).
pub fn import_feed_file(path: &Path, limits: &ImportLimits) -> Result<FeedImport, ImportError> {
    let bytes = read_capped(path, limits)?;
    parse_feed(&bytes, limits).map_err(|e| e.from_source(&path.display().to_string()))
}

/// A story from a text or Markdown file: the first non-empty line is the headline (for
/// Markdown, without its `#` marks), the rest the excerpt. Markdown's wrapped lines are
/// joined into paragraphs; in plain text every line is a paragraph.
pub fn story_from_text_file(
    path: &Path,
    limits: &ImportLimits,
) -> Result<(Story, Vec<ImportWarning>), ImportError> {
    let bytes = read_capped(path, limits)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText {
        path: path.to_owned(),
    })?;
    let markdown = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    let (headline, excerpt) = split_note(text, markdown);
    Ok(RawStory {
        headline,
        excerpt,
        ..RawStory::default()
    }
    .into_story(limits))
}

/// Headline and excerpt (paragraphs separated by `\n`) of a note.
fn split_note(text: &str, markdown: bool) -> (String, String) {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next().unwrap_or_default().trim();
    if !markdown {
        return (first.to_owned(), lines.collect::<Vec<_>>().join("\n"));
    }
    let headline = first
        .trim_start_matches('#')
        .trim_end_matches('#')
        .trim()
        .to_owned();
    let mut lines = lines.peekable();
    // A Setext heading is underlined on the next line.
    if lines.peek().is_some_and(|l| is_setext_underline(l.trim())) {
        lines.next();
    }
    let mut excerpt = String::new();
    let mut new_paragraph = true;
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            new_paragraph = true;
            continue;
        }
        if !excerpt.is_empty() {
            excerpt.push(if new_paragraph || starts_block(line) {
                '\n'
            } else {
                ' '
            });
        }
        excerpt.push_str(line);
        new_paragraph = false;
    }
    (headline, excerpt)
}

fn is_setext_underline(line: &str) -> bool {
    !line.is_empty() && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-'))
}

/// True for Markdown lines that begin their own block even without a blank line before:
/// list items, quotes, headings.
fn starts_block(line: &str) -> bool {
    let numbered = line
        .split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    numbered
        || ["- ", "* ", "+ ", "> ", "#"]
            .iter()
            .any(|marker| line.starts_with(marker))
}

/// Reads at most [`ImportLimits::max_bytes`] of a file, refusing larger ones.
fn read_capped(path: &Path, limits: &ImportLimits) -> Result<Vec<u8>, ImportError> {
    let io = |source| ImportError::Io {
        path: path.to_owned(),
        source,
    };
    let too_large = || ImportError::TooLarge {
        from: path.display().to_string(),
        limit_bytes: limits.max_bytes,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let cap = limits.max_bytes as u64;
    if file.metadata().map_err(io)?.len() > cap {
        return Err(too_large());
    }
    // The file can grow between the check and the read: cap the read too.
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() > limits.max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_lines_are_paragraphs() {
        let (headline, excerpt) = split_note("\n\n  العنوان  \nسطر أول\n\nسطر ثان\n", false);
        assert_eq!(headline, "العنوان");
        assert_eq!(excerpt, "سطر أول\n\nسطر ثان");
    }

    #[test]
    fn markdown_headings_lose_their_marks_and_wrapped_lines_join() {
        let note = "# عنوان **مهم** #\n\nفقرة\nمكسورة\n\n- بند\n- بند ثان\n";
        let (headline, excerpt) = split_note(note, true);
        assert_eq!(headline, "عنوان **مهم**");
        assert_eq!(excerpt, "فقرة مكسورة\n- بند\n- بند ثان");
    }

    #[test]
    fn setext_headings_drop_their_underline() {
        let (headline, excerpt) = split_note("Title\n=====\nbody", true);
        assert_eq!((headline.as_str(), excerpt.as_str()), ("Title", "body"));
    }

    #[test]
    fn an_empty_note_has_empty_fields() {
        assert_eq!(split_note("", true), (String::new(), String::new()));
        assert_eq!(split_note(" \n ", false), (String::new(), String::new()));
    }
}
