//! Searching an issue and the inbox: every text field — the issue's title, introduction and
//! section titles, and each story's headline, source, author, tags, excerpt and commentary —
//! with Arabic folding (see `search_fold`). One hit per story (and one for the issue's own
//! fields), naming the first field that matched, with a snippet cut at word boundaries and the
//! match's place in it.

use std::ops::Range;

use super::search_fold::{FoldedQuery, FoldedText};
use super::{Direction, Entry, Inbox, Issue, ResolvedDirection, StoryId};

/// Characters of context kept, at most, on each side of a match in a snippet.
const SNIPPET_CONTEXT_CHARS: usize = 40;

/// Which field matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitField {
    /// The issue's title.
    Title,
    /// The issue's introduction.
    Intro,
    /// A section's title.
    SectionTitle,
    /// A story's headline.
    Headline,
    /// Its source.
    Source,
    /// Its author.
    Author,
    /// Its tags.
    Tags,
    /// Its excerpt.
    Excerpt,
    /// The editor's commentary.
    Commentary,
}

impl HitField {
    /// True for the fields a result row already shows whole (the issue's title, a headline):
    /// their snippet is the row itself.
    pub fn is_heading(self) -> bool {
        matches!(self, Self::Title | Self::Headline)
    }
}

/// What a hit opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitTarget {
    /// The issue's own fields (title, introduction, section titles).
    Issue,
    /// A story, in the issue or the inbox.
    Story(StoryId),
}

/// Something that matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// What it opens.
    pub target: HitTarget,
    /// The result row's text: the story's headline, or the issue's title.
    pub heading: String,
    /// The direction the heading is shown in.
    pub heading_direction: ResolvedDirection,
    /// The first field that matched.
    pub field: HitField,
    /// The match with some words around it, on one line; for a heading field, the heading.
    pub snippet: String,
    /// The direction the snippet reads in.
    pub snippet_direction: ResolvedDirection,
    /// Where the match is in the snippet (bytes).
    pub highlight: Range<usize>,
}

/// What matched in `issue`: its own fields first (one hit), then its picks in reading order.
pub fn search_issue(issue: &Issue, query: &FoldedQuery) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    let base = issue.base_direction();
    let title = issue.display_title();
    let heading = Heading {
        text: &title,
        direction: issue.title_settings.resolve(&title, base),
    };
    let fields = [
        (HitField::Title, issue.title.clone()),
        (HitField::Intro, issue.intro.text()),
    ]
    .into_iter()
    .chain(
        issue
            .sections
            .iter()
            .map(|s| (HitField::SectionTitle, s.title.clone())),
    );
    first_hit(fields, HitTarget::Issue, &heading, query, base)
        .into_iter()
        .chain(search_picks(issue.picks(), query, base))
        .collect()
}

/// The inbox stories that match, in inbox order; `base` is the open issue's base direction.
pub fn search_inbox(inbox: &Inbox, query: &FoldedQuery, base: ResolvedDirection) -> Vec<Hit> {
    if query.is_empty() {
        return Vec::new();
    }
    search_picks(inbox.entries.iter(), query, base).collect()
}

fn search_picks<'a>(
    picks: impl Iterator<Item = &'a Entry> + 'a,
    query: &'a FoldedQuery,
    base: ResolvedDirection,
) -> impl Iterator<Item = Hit> + 'a {
    picks.filter_map(move |pick| {
        let story = &pick.story;
        let heading = Heading {
            text: &story.headline,
            direction: story.headline_settings.resolve(&story.headline, base),
        };
        let fields = [
            (HitField::Headline, story.headline.clone()),
            (HitField::Source, story.source.clone()),
            (HitField::Author, story.author.clone()),
            (HitField::Tags, story.tags.join("، ")),
            (HitField::Excerpt, story.excerpt.text()),
            (HitField::Commentary, pick.commentary.text()),
        ];
        first_hit(fields, HitTarget::Story(story.id), &heading, query, base)
    })
}

/// A result row's text and direction.
struct Heading<'a> {
    text: &'a str,
    direction: ResolvedDirection,
}

/// The hit for the first of `fields` that matches `query`, if any.
fn first_hit(
    fields: impl IntoIterator<Item = (HitField, String)>,
    target: HitTarget,
    heading: &Heading<'_>,
    query: &FoldedQuery,
    base: ResolvedDirection,
) -> Option<Hit> {
    fields.into_iter().find_map(|(field, text)| {
        let found = FoldedText::new(&text).find_all(query).into_iter().next()?;
        let (snippet, highlight, snippet_direction) = if field.is_heading() {
            (text.clone(), found, heading.direction)
        } else {
            let (snippet, highlight) = snippet(&text, found);
            let direction = Direction::Auto.resolve(&snippet, base);
            (snippet, highlight, direction)
        };
        Some(Hit {
            target,
            heading: heading.text.to_owned(),
            heading_direction: heading.direction,
            field,
            snippet,
            snippet_direction,
            highlight,
        })
    })
}

/// The match and up to [`SNIPPET_CONTEXT_CHARS`] characters either side, cut back to whole
/// words, line breaks as spaces, with "…" where text was cut; and where the match is in it.
fn snippet(text: &str, found: Range<usize>) -> (String, Range<usize>) {
    let start = text[..found.start]
        .char_indices()
        .rev()
        .nth(SNIPPET_CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    // Start at a word: after the first white space past the cut, or at the start of the word
    // the match is in; end likewise, so no word is cut ("…شرت" was).
    let after_space = |i: usize| i + text[i..].chars().next().map_or(0, char::len_utf8);
    let word_start = text[..found.start]
        .rfind(char::is_whitespace)
        .map_or(0, after_space);
    let start = if start >= word_start {
        word_start
    } else if start == 0 || text[..start].ends_with(char::is_whitespace) {
        start
    } else {
        text[start..word_start]
            .find(char::is_whitespace)
            .map_or(word_start, |i| after_space(start + i))
    };
    let end = text[found.end..]
        .char_indices()
        .nth(SNIPPET_CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| found.end + i);
    let word_end = text[found.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| found.end + i);
    let end = if end <= word_end {
        word_end
    } else if end == text.len() || text[end..].starts_with(char::is_whitespace) {
        end
    } else {
        text[word_end..end]
            .rfind(char::is_whitespace)
            .map_or(word_end, |i| word_end + i)
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let highlight_start = out.len() + (found.start - start);
    out.push_str(&text[start..end].replace('\n', " "));
    let highlight = highlight_start..highlight_start + found.len();
    if end < text.len() {
        out.push('…');
    }
    (out, highlight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Prose, Story};

    fn pick(headline: &str, excerpt: &str, commentary: &str) -> Entry {
        let mut story = Story::new(headline);
        story.excerpt = Prose::from_text(excerpt);
        story.source = "Financial Times".to_owned();
        Entry {
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
        hits.iter().map(|h| h.heading.as_str()).collect()
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
    fn snippets_cut_long_text_at_whole_words_and_mark_the_match() {
        let long = format!("{} الهدف {}", "ب".repeat(100), "ج".repeat(100));
        let inbox = Inbox {
            entries: vec![pick("x", &long, "")],
        };
        let hits = search_inbox(&inbox, &FoldedQuery::new("الهدف"), ResolvedDirection::Rtl);
        let hit = &hits[0];
        assert!(hit.snippet.starts_with('…') && hit.snippet.ends_with('…'));
        assert_eq!(&hit.snippet[hit.highlight.clone()], "الهدف");
        assert!(hit.snippet.chars().count() < 100);

        // Words are never cut: "…شرت" was the defect.
        let words = "استثمرت شركة رأس المال المغامر Sequoia Capital في xAI التي أسسها ماسك عام 2023 \
                     ضمن جولة تمويل كبيرة يقودها مستثمرون من الخليج وأوروبا والولايات المتحدة";
        let inbox = Inbox {
            entries: vec![pick("x", words, "")],
        };
        let hit = &search_inbox(&inbox, &FoldedQuery::new("2023"), ResolvedDirection::Rtl)[0];
        let inner = hit.snippet.trim_start_matches('…').trim_end_matches('…');
        for word in inner.split_whitespace() {
            assert!(
                words.split_whitespace().any(|w| w == word),
                "cut word {word:?}"
            );
        }
        assert_eq!(&hit.snippet[hit.highlight.clone()], "2023");
    }

    #[test]
    fn every_text_field_is_searched() {
        let mut issue = Issue::new(9, "أسبوع الرقائق", jiff::civil::date(2026, 12, 4));
        issue.intro = Prose::from_text("مقدمة عن Nvidia");
        issue.sections[0].title = "قسم الأسواق".to_owned();
        let mut p = pick("عنوان", "", "");
        p.story.author = "Krystal Hu".to_owned();
        p.story.tags = vec!["سحابة".to_owned()];
        issue.sections[0].picks.push(p);
        let find = |q: &str| search_issue(&issue, &FoldedQuery::new(q));
        let field = |q: &str| find(q).first().map(|h| (h.target, h.field));
        assert_eq!(field("الرقائق"), Some((HitTarget::Issue, HitField::Title)));
        assert_eq!(field("nvidia"), Some((HitTarget::Issue, HitField::Intro)));
        assert_eq!(
            field("الاسواق"),
            Some((HitTarget::Issue, HitField::SectionTitle))
        );
        let story = HitTarget::Story(issue.sections[0].picks[0].story.id);
        assert_eq!(field("krystal"), Some((story, HitField::Author)));
        assert_eq!(field("سحابه"), Some((story, HitField::Tags)));
        assert_eq!(field("financial"), Some((story, HitField::Source)));
        // A heading match marks the heading itself.
        let title = &find("الرقائق")[0];
        assert_eq!(title.snippet, "أسبوع الرقائق");
        assert_eq!(&title.snippet[title.highlight.clone()], "الرقائق");
    }
}
