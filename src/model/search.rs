//! Searching stories: headlines, sources, excerpts and commentary, with Arabic folding (see
//! `search_fold`). One hit per story, naming the first field that matched and a
//! snippet around the match.

use super::search_fold::{FoldedQuery, FoldedText};
use super::{Direction, Inbox, Issue, Pick, ResolvedDirection, StoryId};

/// Characters of context kept on each side of a match in a snippet.
const SNIPPET_CONTEXT_CHARS: usize = 40;

/// Which field of a story matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitField {
    /// The headline.
    Headline,
    /// The source.
    Source,
    /// The excerpt.
    Excerpt,
    /// The editor's commentary.
    Commentary,
}

/// A story that matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The story.
    pub story: StoryId,
    /// Its headline (for the result row).
    pub headline: String,
    /// The direction the headline is shown in.
    pub headline_direction: ResolvedDirection,
    /// The first field that matched.
    pub field: HitField,
    /// The match with some text around it, on one line.
    pub snippet: String,
    /// The direction the snippet reads in.
    pub snippet_direction: ResolvedDirection,
}

/// The picks of `issue` that match, in reading order.
pub fn search_issue(issue: &Issue, query: &FoldedQuery) -> Vec<Hit> {
    search_picks(issue.picks(), query, issue.base_direction())
}

/// The inbox stories that match, in inbox order; `base` is the open issue's base direction.
pub fn search_inbox(inbox: &Inbox, query: &FoldedQuery, base: ResolvedDirection) -> Vec<Hit> {
    search_picks(inbox.entries.iter(), query, base)
}

fn search_picks<'a>(
    picks: impl Iterator<Item = &'a Pick>,
    query: &FoldedQuery,
    base: ResolvedDirection,
) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    picks.filter_map(|pick| hit(pick, query, base)).collect()
}

fn hit(pick: &Pick, query: &FoldedQuery, base: ResolvedDirection) -> Option<Hit> {
    let story = &pick.story;
    let fields = [
        (HitField::Headline, story.headline.clone()),
        (HitField::Source, story.source.clone()),
        (HitField::Excerpt, story.excerpt.text()),
        (HitField::Commentary, pick.commentary.text()),
    ];
    fields.into_iter().find_map(|(field, text)| {
        let found = FoldedText::new(&text).find_all(query).into_iter().next()?;
        let snippet = snippet(&text, found);
        Some(Hit {
            story: story.id,
            headline: story.headline.clone(),
            headline_direction: story.headline_settings.resolve(&story.headline, base),
            field,
            snippet_direction: Direction::Auto.resolve(&snippet, base),
            snippet,
        })
    })
}

/// The match and up to [`SNIPPET_CONTEXT_CHARS`] characters either side, line breaks as
/// spaces, with "…" where text was cut.
fn snippet(text: &str, found: std::ops::Range<usize>) -> String {
    let start = text[..found.start]
        .char_indices()
        .rev()
        .nth(SNIPPET_CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let end = text[found.end..]
        .char_indices()
        .nth(SNIPPET_CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| found.end + i);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text[start..end].replace('\n', " "));
    if end < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Prose, Story};

    fn pick(headline: &str, excerpt: &str, commentary: &str) -> Pick {
        let mut story = Story::new(headline);
        story.excerpt = Prose::from_text(excerpt);
        story.source = "Financial Times".to_owned();
        Pick {
            story,
            commentary: Prose::from_text(commentary),
        }
    }

    fn inbox() -> Inbox {
        Inbox {
            entries: vec![
                pick("مُحَمَّد يفتتح المدرسة", "", ""),
                pick("Sequoia Capital", "استثمرت في تويتر عام ٢٠٢٢", ""),
                pick("عنوان", "نص", "رأيي في المسؤولية الاجتماعية"),
            ],
        }
    }

    fn headlines(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.headline.as_str()).collect()
    }

    #[test]
    fn folds_diacritics_letters_digits_and_case() {
        let inbox = inbox();
        let find = |q: &str| search_inbox(&inbox, &FoldedQuery::new(q), ResolvedDirection::Rtl);
        assert_eq!(headlines(&find("محمد")), ["مُحَمَّد يفتتح المدرسة"]);
        assert_eq!(headlines(&find("المدرسه")), ["مُحَمَّد يفتتح المدرسة"]);
        assert_eq!(headlines(&find("sequoia")), ["Sequoia Capital"]);
        let by_year = find("2022");
        assert_eq!(headlines(&by_year), ["Sequoia Capital"]);
        assert_eq!(by_year[0].field, HitField::Excerpt);
        let by_commentary = find("المسوولية");
        assert_eq!(by_commentary[0].field, HitField::Commentary);
        assert!(find("").is_empty());
        assert!(find("غير موجود").is_empty());
    }

    #[test]
    fn sources_match_too() {
        let hits = search_inbox(
            &inbox(),
            &FoldedQuery::new("financial"),
            ResolvedDirection::Rtl,
        );
        assert_eq!(hits.len(), 3);
        assert!(hits.iter().all(|h| h.field == HitField::Source));
    }

    #[test]
    fn snippets_cut_long_text_at_characters() {
        let long = format!("{} الهدف {}", "ب".repeat(100), "ج".repeat(100));
        let inbox = Inbox {
            entries: vec![pick("x", &long, "")],
        };
        let hits = search_inbox(&inbox, &FoldedQuery::new("الهدف"), ResolvedDirection::Rtl);
        let snippet = &hits[0].snippet;
        assert!(snippet.starts_with('…') && snippet.ends_with('…'));
        assert!(snippet.contains("الهدف"));
        assert!(snippet.chars().count() < 100);
    }
}
