//! Pre-flight: what still stands between an issue and sending it. Each [`Finding`] names the
//! field it is in (so the window can go there) and the [`Problem`]; the checks that need only
//! the issue are here, the ones that need the network, the library or the dictionaries are
//! turned into findings here from what those layers found ([`link_findings`]).
//!
//! Nothing here blocks the editor: the findings are advice, and an issue with none is ready.

use std::collections::HashMap;
use std::ops::Range;

use jiff::civil::Date;

use super::{
    Desk, Edit, FieldRef, Issue, Link, LinkKind, StoryText, TextChange, TextField, issue_reading,
};

/// Something to look at before the issue goes out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The field it is in; `None` for the issue as a whole (its length).
    pub field: Option<TextField>,
    /// Where in the field's text, when it is a part of it (a word, a link).
    pub range: Option<Range<usize>>,
    /// What is wrong.
    pub problem: Problem,
}

/// What a [`Finding`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A link does not lead to a page.
    BrokenLink {
        /// The link as written.
        url: String,
        /// Why.
        failure: LinkFailure,
    },
    /// A link leads to a page through a permanent redirect: the new address is better.
    LinkMoved {
        /// The link as written.
        url: String,
        /// Where it ends up.
        to: String,
    },
    /// The story's link was featured in an earlier issue of the library.
    FeaturedBefore {
        /// That issue's number.
        number: u32,
        /// Its date.
        date: Date,
    },
    /// Two picks of this issue have the same link.
    DuplicateInIssue {
        /// The headline of the pick that has it first.
        first_headline: String,
    },
    /// The introduction is empty.
    EmptyIntro,
    /// A section has no picks.
    EmptySection {
        /// Its title (may be empty).
        title: String,
    },
    /// A pick has no headline.
    EmptyHeadline,
    /// A pick's headline is a placeholder ("TK", "عنوان", a bare link).
    PlaceholderHeadline {
        /// The headline.
        headline: String,
    },
    /// A pick has no commentary.
    NoCommentary,
    /// A Latin name beside a number that the bidi algorithm shows on the wrong side, not
    /// isolated and not dismissed.
    BidiHint {
        /// The name and the number, as written.
        text: String,
    },
    /// A misspelled word.
    Misspelled {
        /// The word.
        word: String,
    },
    /// The issue is longer than the editor's target.
    OverWordTarget {
        /// Its words.
        words: usize,
        /// The target.
        target: usize,
        /// Its reading time.
        minutes: u32,
    },
}

/// Why a link does not lead to a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkFailure {
    /// The server answered with this error status (4xx, 5xx).
    Status(u16),
    /// No answer in time.
    Timeout,
    /// Redirects that go round in a circle or on too long.
    TooManyRedirects,
    /// The secure connection failed (a bad or expired certificate).
    Tls(String),
    /// The server's name is not known (a typo in the address, or no network at all).
    HostNotFound,
    /// The server refused the connection.
    Refused,
    /// The server closed the connection without answering.
    Closed,
    /// The server could not be reached for another reason (as the system words it).
    Network(String),
    /// Not a web address ([`Link`] says what is): an email cannot carry it.
    NotWeb,
}

/// What checking a link found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkOutcome {
    /// It leads to a page, directly or through temporary redirects.
    Fine,
    /// It leads to a page through permanent redirects, ending at `to`.
    Moved {
        /// The final address.
        to: String,
    },
    /// It does not lead to a page.
    Failed(LinkFailure),
}

/// A link written in the issue: a pick's link, or one in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkSite {
    /// The link.
    pub url: String,
    /// The field it is in.
    pub field: TextField,
    /// Where in the field's text.
    pub range: Range<usize>,
}

impl Problem {
    /// The order findings are listed in: what readers would notice most first.
    pub fn rank(&self) -> u8 {
        match self {
            Self::BrokenLink { .. } => 0,
            Self::LinkMoved { .. } => 1,
            Self::FeaturedBefore { .. } | Self::DuplicateInIssue { .. } => 2,
            Self::EmptyIntro
            | Self::EmptySection { .. }
            | Self::EmptyHeadline
            | Self::PlaceholderHeadline { .. }
            | Self::NoCommentary => 3,
            Self::BidiHint { .. } => 4,
            Self::Misspelled { .. } => 5,
            Self::OverWordTarget { .. } => 6,
        }
    }
}

impl Finding {
    /// The one-click fix, when there is one and the text still reads as when it was found:
    /// a moved link is replaced by its new address.
    pub fn fix(&self, desk: &Desk) -> Option<Edit> {
        let Problem::LinkMoved { url, to } = &self.problem else {
            return None;
        };
        let (field, range) = (self.field?, self.range.clone()?);
        let text = field.get(desk).ok()?.text().into_owned();
        if text.get(range.clone()) == Some(url.as_str()) {
            return Some(Edit::Text {
                field,
                change: TextChange::replace(range, to.clone()),
            });
        }
        // A link on words: the words stay, the address changes.
        let on_words = super::formatting::link_at(desk, field, range.start)
            .is_some_and(|(words, address)| words == range && address == *url);
        if !on_words {
            return None;
        }
        let mut edits = super::formatting::format_edits(
            desk,
            field,
            range,
            &super::MarkKind::Link(to.clone()),
            true,
        )
        .ok()?;
        (edits.len() == 1).then(|| edits.remove(0))
    }
}

/// Every link of the issue, in reading order: the introduction's, then each pick's own link
/// and the links in its excerpt and commentary.
pub fn issue_links(issue: &Issue) -> Vec<LinkSite> {
    let mut sites = Vec::new();
    links_in_prose(&issue.intro, TextField::Intro, &mut sites);
    for pick in issue.picks() {
        let id = pick.story.id;
        let url = pick.story.url.trim();
        if !url.is_empty() {
            let start = pick.story.url.find(url).unwrap_or(0);
            sites.push(LinkSite {
                url: url.to_owned(),
                field: TextField::Story(id, StoryText::Url),
                range: start..start + url.len(),
            });
        }
        let excerpt = TextField::Story(id, StoryText::Excerpt);
        links_in_prose(&pick.story.excerpt, excerpt, &mut sites);
        links_in_prose(&pick.commentary, TextField::Commentary(id), &mut sites);
    }
    sites
}

/// The links of a prose field: those on its words (marks, where the site is the words they are
/// on) and those written out as addresses.
fn links_in_prose(prose: &super::Prose, field: TextField, sites: &mut Vec<LinkSite>) {
    let mut start = 0;
    for paragraph in prose.paragraphs() {
        for mark in &paragraph.marks {
            if let super::MarkKind::Link(address) = &mark.kind {
                sites.push(LinkSite {
                    url: address.clone(),
                    field,
                    range: start + mark.range.start..start + mark.range.end,
                });
            }
        }
        start += paragraph.text.len() + 1;
    }
    links_in_text(&prose.text(), field, sites);
}

/// The links written in `text` (prose), without the punctuation around them.
fn links_in_text(text: &str, field: TextField, sites: &mut Vec<LinkSite>) {
    for (start, token) in tokens(text) {
        if let Some((url, _)) = Link::in_token(token) {
            // The link is a part of the token: its offset is the distance between their starts.
            let at = start + (url.as_ptr() as usize - token.as_ptr() as usize);
            sites.push(LinkSite {
                url: url.to_owned(),
                field,
                range: at..at + url.len(),
            });
        }
    }
}

/// The whitespace-separated tokens of `text`, with their byte offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // Each token is a slice of `text`: its offset is the distance between their starts.
    text.split_whitespace()
        .map(move |token| (token.as_ptr() as usize - text.as_ptr() as usize, token))
}

/// The findings of the links' check: one per place a failed or moved link is written.
pub fn link_findings(sites: &[LinkSite], outcomes: &HashMap<String, LinkOutcome>) -> Vec<Finding> {
    sites
        .iter()
        .filter_map(|site| {
            let problem = match outcomes.get(&site.url)? {
                LinkOutcome::Fine => return None,
                LinkOutcome::Moved { to } => Problem::LinkMoved {
                    url: site.url.clone(),
                    to: to.clone(),
                },
                LinkOutcome::Failed(failure) => Problem::BrokenLink {
                    url: site.url.clone(),
                    failure: failure.clone(),
                },
            };
            Some(Finding {
                field: Some(site.field),
                range: Some(site.range.clone()),
                problem,
            })
        })
        .collect()
}

/// What the checks of [`content_findings`] are given besides the issue.
pub struct ContentChecks<'a> {
    /// The earliest other issue of the library that featured a link, if any.
    pub featured_before: &'a dyn Fn(&str) -> Option<(u32, Date)>,
    /// The length the editor aims at, in words.
    pub word_target: Option<usize>,
}

/// The findings that need only the issue (and the library's links): links featured before or
/// twice, empty parts, placeholder headlines, open bidi hints and the length.
pub fn content_findings(desk: &Desk, checks: &ContentChecks<'_>) -> Vec<Finding> {
    let issue = &desk.issue;
    let mut out = Vec::new();
    let mut push = |field: Option<TextField>, range: Option<Range<usize>>, problem| {
        out.push(Finding {
            field,
            range,
            problem,
        });
    };

    if issue.intro.text().trim().is_empty() {
        push(Some(TextField::Intro), None, Problem::EmptyIntro);
    }
    let mut first_with_link: HashMap<String, &str> = HashMap::new();
    for section in &issue.sections {
        if section.picks.is_empty() {
            push(
                Some(TextField::SectionTitle(section.id)),
                None,
                Problem::EmptySection {
                    title: section.title.trim().to_owned(),
                },
            );
        }
        for pick in &section.picks {
            let story = &pick.story;
            let url_field = Some(TextField::Story(story.id, StoryText::Url));
            if let Some(key) = story.link().key() {
                match first_with_link.get(&key) {
                    Some(first) => push(
                        url_field,
                        None,
                        Problem::DuplicateInIssue {
                            first_headline: (*first).to_owned(),
                        },
                    ),
                    None => {
                        first_with_link.insert(key, story.headline.trim());
                        if let Some((number, date)) = (checks.featured_before)(&story.url) {
                            push(url_field, None, Problem::FeaturedBefore { number, date });
                        }
                    }
                }
            }
            let headline = Some(TextField::Story(story.id, StoryText::Headline));
            if story.headline.trim().is_empty() {
                push(headline, None, Problem::EmptyHeadline);
            } else if is_placeholder(&story.headline) {
                push(
                    headline,
                    None,
                    Problem::PlaceholderHeadline {
                        headline: story.headline.trim().to_owned(),
                    },
                );
            }
            if pick.commentary.text().trim().is_empty() {
                push(
                    Some(TextField::Commentary(story.id)),
                    None,
                    Problem::NoCommentary,
                );
            }
        }
    }
    for field in TextField::of_issue_and_picks(issue) {
        if let Ok(value) = field.get(desk) {
            for (range, text) in open_hints(&value, issue) {
                push(Some(field), Some(range), Problem::BidiHint { text });
            }
        }
    }
    if let Some(target) = checks.word_target {
        let reading = issue_reading(issue);
        if reading.words > target {
            push(
                None,
                None,
                Problem::OverWordTarget {
                    words: reading.words,
                    target,
                    minutes: reading.minutes,
                },
            );
        }
    }
    out
}

/// The bidi hints of a field that the editor has neither fixed nor dismissed, with their
/// ranges in the field's text.
fn open_hints(value: &FieldRef<'_>, issue: &Issue) -> Vec<(Range<usize>, String)> {
    let directions = value.resolved_directions(issue.base_direction());
    let mut out = Vec::new();
    let mut start = 0;
    for (paragraph, direction) in value.paragraphs().iter().zip(directions) {
        for hint in paragraph.open_hints(direction) {
            let span = hint.span();
            out.push((
                start + span.start..start + span.end,
                paragraph.text[span].to_owned(),
            ));
        }
        start += paragraph.text.len() + 1;
    }
    out
}

/// True for a headline that stands in for one still to be written: a bare link, or only
/// placeholder words ("TK", "TODO", "عنوان", "بدون عنوان", "[headline]").
fn is_placeholder(headline: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "tk",
        "tktk",
        "todo",
        "tbd",
        "xxx",
        "untitled",
        "headline",
        "title",
        "new story",
        "عنوان",
        "العنوان",
        "بدون عنوان",
        "بلا عنوان",
        "عنوان الخبر",
        "قصة جديدة",
        "خبر جديد",
    ];
    let headline = headline.trim();
    if Link::parse(headline).kind() == LinkKind::Web {
        return true;
    }
    let bare = headline
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    bare.is_empty() || PLACEHOLDERS.contains(&bare.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entry, Prose, Section, Story};

    fn pick(headline: &str, url: &str, commentary: &str) -> Entry {
        let mut story = Story::new(headline);
        story.url = url.to_owned();
        Entry {
            story,
            commentary: Prose::from_text(commentary),
        }
    }

    fn issue(picks: Vec<Entry>) -> Issue {
        let mut issue = Issue::new(54, "اختيارات المحرر", jiff::civil::date(2026, 11, 27));
        issue.intro = Prose::from_text("مقدمة العدد.");
        issue.sections[0].picks = picks;
        issue
    }

    fn desk(issue: &Issue) -> Desk {
        Desk {
            issue: issue.clone(),
            inbox: Default::default(),
        }
    }

    fn findings(issue: &Issue) -> Vec<Problem> {
        let none = |_: &str| None;
        content_findings(
            &desk(issue),
            &ContentChecks {
                featured_before: &none,
                word_target: None,
            },
        )
        .into_iter()
        .map(|f| f.problem)
        .collect()
    }

    #[test]
    fn a_finished_issue_has_no_findings() {
        let issue = issue(vec![pick(
            "استثمرت Sequoia Capital في تويتر",
            "https://ft.com/a",
            "تعليق المحرر.",
        )]);
        assert_eq!(findings(&issue), Vec::new());
    }

    #[test]
    fn empty_parts_and_placeholders_are_found_where_they_are() {
        let mut issue = issue(vec![
            pick("", "https://ft.com/a", "تعليق"),
            pick("TK", "https://ft.com/b", ""),
            pick("https://ft.com/c", "https://ft.com/c", "تعليق"),
            pick("[عنوان]", "", "تعليق"),
        ]);
        issue.intro = Prose::from_text("  \n ");
        issue.sections.push(Section::new("أيضا"));
        let found = content_findings(
            &desk(&issue),
            &ContentChecks {
                featured_before: &|_| None,
                word_target: None,
            },
        );
        let problems: Vec<_> = found.iter().map(|f| f.problem.clone()).collect();
        assert_eq!(
            problems,
            vec![
                Problem::EmptyIntro,
                Problem::EmptyHeadline,
                Problem::PlaceholderHeadline {
                    headline: "TK".into()
                },
                Problem::NoCommentary,
                Problem::PlaceholderHeadline {
                    headline: "https://ft.com/c".into()
                },
                Problem::PlaceholderHeadline {
                    headline: "[عنوان]".into()
                },
                Problem::EmptySection {
                    title: "أيضا".into()
                },
            ]
        );
        let second = issue.sections[0].picks[1].story.id;
        assert_eq!(found[3].field, Some(TextField::Commentary(second)));
        assert_eq!(
            found[6].field,
            Some(TextField::SectionTitle(issue.sections[1].id))
        );
    }

    #[test]
    fn a_link_twice_in_the_issue_and_one_featured_before_are_flagged_once() {
        let issue = issue(vec![
            pick("أ", "https://www.ft.com/a?utm_source=x", "ت"),
            pick("ب", "https://ft.com/a", "ت"),
            pick("ج", "https://ft.com/old", "ت"),
        ]);
        let before =
            |url: &str| (url == "https://ft.com/old").then(|| (12, jiff::civil::date(2026, 5, 1)));
        let found = content_findings(
            &desk(&issue),
            &ContentChecks {
                featured_before: &before,
                word_target: None,
            },
        );
        let problems: Vec<_> = found.iter().map(|f| f.problem.clone()).collect();
        assert_eq!(
            problems,
            vec![
                Problem::DuplicateInIssue {
                    first_headline: "أ".into()
                },
                Problem::FeaturedBefore {
                    number: 12,
                    date: jiff::civil::date(2026, 5, 1)
                },
            ]
        );
        let second = issue.sections[0].picks[1].story.id;
        assert_eq!(
            found[0].field,
            Some(TextField::Story(second, StoryText::Url))
        );
    }

    #[test]
    fn open_bidi_hints_are_found_and_dismissed_or_isolated_ones_are_not() {
        let mut issue = issue(vec![pick(
            "خبر",
            "https://ft.com/a",
            "جمعت OpenAI 13 مليار دولار.",
        )]);
        let id = issue.sections[0].picks[0].story.id;
        let found = findings(&issue);
        assert_eq!(
            found,
            vec![Problem::BidiHint {
                text: "OpenAI 13".into()
            }]
        );
        issue.sections[0].picks[0].commentary =
            Prose::from_text("جمعت \u{2066}OpenAI\u{2069} 13 مليار دولار.");
        assert_eq!(findings(&issue), Vec::new());
        issue.sections[0].picks[0].commentary = Prose::from_text("جمعت OpenAI 13 مليار دولار.");
        let mut desk = Desk {
            issue,
            inbox: Default::default(),
        };
        crate::model::dismiss_hints(&desk, TextField::Commentary(id), 0, true)
            .expect("field")
            .expect("an edit")
            .apply(&mut desk)
            .expect("dismissed");
        assert_eq!(findings(&desk.issue), Vec::new());
    }

    #[test]
    fn the_length_is_checked_against_the_target() {
        let issue = issue(vec![pick(
            "خبر عاجل",
            "https://ft.com/a",
            "كلمة ".repeat(40).trim(),
        )]);
        let check = |target| {
            content_findings(
                &desk(&issue),
                &ContentChecks {
                    featured_before: &|_| None,
                    word_target: Some(target),
                },
            )
        };
        let words = issue_reading(&issue).words;
        assert!(check(words).is_empty());
        assert_eq!(
            check(words - 1)[0].problem,
            Problem::OverWordTarget {
                words,
                target: words - 1,
                minutes: 1
            }
        );
    }

    /// A link on words is checked by its address, found on its words, and a moved one gets its
    /// new address with the words left as they are.
    #[test]
    fn links_on_words_are_checked_and_moved_ones_get_their_new_address() {
        use crate::model::{Mark, MarkKind, Paragraph};
        let mut issue = issue(Vec::new());
        let text = "كما كتبنا الأسبوع الماضي";
        let words = text.find("الأسبوع").expect("present")..text.len();
        issue.intro = Prose::from(vec![Paragraph::new(text).with_marks(vec![Mark::new(
            words.clone(),
            MarkKind::Link("https://example.org/53".to_owned()),
        )])]);
        let sites = issue_links(&issue);
        assert_eq!(sites.len(), 1);
        assert_eq!(sites[0].url, "https://example.org/53");
        assert_eq!(sites[0].range, words);
        let outcomes = HashMap::from([(
            "https://example.org/53".to_owned(),
            LinkOutcome::Moved {
                to: "https://example.org/issues/53".to_owned(),
            },
        )]);
        let found = link_findings(&sites, &outcomes);
        let mut desk = Desk {
            issue,
            inbox: Default::default(),
        };
        let fix = found[0].fix(&desk).expect("a moved link on words is fixed");
        fix.apply(&mut desk).expect("applies");
        let paragraph = &desk.issue.intro.paragraphs()[0];
        assert_eq!(paragraph.text, text, "the words stay");
        assert_eq!(
            paragraph.marks,
            vec![Mark::new(
                words,
                MarkKind::Link("https://example.org/issues/53".to_owned())
            )]
        );
    }

    #[test]
    fn links_are_found_in_the_text_and_moved_ones_are_fixed_in_place() {
        let mut issue = issue(vec![pick(
            "خبر",
            " https://ft.com/a ",
            "اقرأ التقرير (https://ft.com/r)، ثم www.ft.com/x.",
        )]);
        issue.intro = Prose::from_text("سطر\nرابط: https://ft.com/i");
        let id = issue.sections[0].picks[0].story.id;
        let sites = issue_links(&issue);
        let urls: Vec<_> = sites.iter().map(|s| s.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://ft.com/i",
                "https://ft.com/a",
                "https://ft.com/r",
                "www.ft.com/x"
            ]
        );
        for site in &sites {
            let desk = Desk {
                issue: issue.clone(),
                inbox: Default::default(),
            };
            let text = site.field.get(&desk).expect("field").text().into_owned();
            assert_eq!(&text[site.range.clone()], site.url);
        }

        let outcomes = HashMap::from([
            ("https://ft.com/i".to_owned(), LinkOutcome::Fine),
            (
                "https://ft.com/r".to_owned(),
                LinkOutcome::Moved {
                    to: "https://www.ft.com/report".to_owned(),
                },
            ),
            (
                "https://ft.com/a".to_owned(),
                LinkOutcome::Failed(LinkFailure::Status(404)),
            ),
        ]);
        let found = link_findings(&sites, &outcomes);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].field, Some(TextField::Story(id, StoryText::Url)));
        let mut desk = Desk {
            issue,
            inbox: Default::default(),
        };
        let fix = found[1].fix(&desk).expect("a moved link is fixed");
        let undo = fix.apply(&mut desk).expect("applies");
        assert_eq!(
            desk.issue.sections[0].picks[0].commentary.text(),
            "اقرأ التقرير (https://www.ft.com/report)، ثم www.ft.com/x."
        );
        assert_eq!(found[1].fix(&desk), None, "the text changed: no fix");
        undo.apply(&mut desk).expect("undo");
        assert!(found[1].fix(&desk).is_some());
    }

    #[test]
    fn an_isolated_link_is_found_and_its_fix_keeps_the_isolate() {
        // As isolating "https://ft.com/r" before "13" leaves it, with an RLM after the next.
        let commentary =
            "راجع \u{2066}https://ft.com/r\u{2069} 13 مرة، ثم https://ft.com/s\u{200F}.";
        let issue = issue(vec![pick("خبر", "", commentary)]);
        let sites = issue_links(&issue);
        let urls: Vec<_> = sites.iter().map(|s| s.url.as_str()).collect();
        assert_eq!(urls, ["https://ft.com/r", "https://ft.com/s"]);
        let outcomes = HashMap::from([(
            "https://ft.com/r".to_owned(),
            LinkOutcome::Moved {
                to: "https://ft.com/report".to_owned(),
            },
        )]);
        let found = link_findings(&sites, &outcomes);
        let mut desk = Desk {
            issue,
            inbox: Default::default(),
        };
        found[0]
            .fix(&desk)
            .expect("a moved link is fixed")
            .apply(&mut desk)
            .expect("applies");
        assert_eq!(
            desk.issue.sections[0].picks[0].commentary.text(),
            "راجع \u{2066}https://ft.com/report\u{2069} 13 مرة، ثم https://ft.com/s\u{200F}."
        );
    }
}
