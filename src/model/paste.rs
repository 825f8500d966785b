//! Smart paste: clipboard text turned into inbox stories.
//!
//! Pasted links (one, or one per line) become one story each. Anything else is an article copied
//! from a page: its first line is the headline, the rest the excerpt, and a link on a line of its
//! own (as many sites put it above or below the text) becomes the story's link.

use unicode_segmentation::UnicodeSegmentation as _;

use super::prose::normalize_line_breaks;
use super::search_fold::is_invisible;
use super::{Link, Prose, Story};

/// Headlines longer than this many characters were not headlines but a first paragraph pasted
/// without a line break; the part past it moves to the excerpt.
const MAX_HEADLINE_CHARS: usize = 300;

/// A story read from pasted text, before it enters the inbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PastedStory {
    /// The headline: the article's first line, or empty for a pasted link.
    pub headline: String,
    /// The story's link, with `https://` added to one written as `www.…`; empty if none.
    pub url: String,
    /// The article's other paragraphs, joined by `\n`, without blank lines.
    pub excerpt: String,
}

impl PastedStory {
    /// A new inbox story with this headline, link and excerpt, collected now.
    pub fn into_story(self) -> Story {
        let mut story = Story::new(self.headline);
        story.url = self.url;
        story.excerpt = Prose::from_text(&self.excerpt);
        story
    }
}

/// The stories in pasted `text`: one per link when it holds only links (one per line, repeats
/// left out), otherwise one article; nothing when it is blank.
pub fn stories_from_paste(text: &str) -> Vec<PastedStory> {
    let text = normalize_line_breaks(text);
    let lines: Vec<&str> = text
        .split('\n')
        .map(str::trim)
        .filter(|line| !is_blank(line))
        .collect();
    if lines.is_empty() {
        Vec::new()
    } else if lines.iter().all(|line| link_line(line).is_some()) {
        links(&lines)
    } else {
        vec![article(&lines)]
    }
}

/// One story per distinct link.
fn links(lines: &[&str]) -> Vec<PastedStory> {
    let mut seen = Vec::new();
    let mut stories = Vec::new();
    for link in lines.iter().filter_map(|line| link_line(line)) {
        let (key, Some(url)) = (link.key(), link.address()) else {
            continue;
        };
        if key.is_none() || !seen.contains(&key) {
            seen.push(key);
            stories.push(PastedStory {
                url: url.to_owned(),
                ..PastedStory::default()
            });
        }
    }
    stories
}

/// `lines` (not blank, at least one of them not a link) read as one article.
fn article(lines: &[&str]) -> PastedStory {
    let is_link = |i: usize| link_line(lines[i]).is_some();
    let link_index = (0..lines.len()).find(|&i| is_link(i));
    let headline_index = (0..lines.len()).find(|&i| !is_link(i));
    let headline = headline_index.map_or("", |i| lines[i]);
    let body: Vec<&str> = (0..lines.len())
        .filter(|&i| Some(i) != link_index && Some(i) != headline_index)
        .map(|i| lines[i])
        .collect();

    let url = link_index
        .and_then(|i| link_line(lines[i]))
        .or_else(|| first_link_in(headline, &body))
        .and_then(|link| link.address().map(str::to_owned))
        .unwrap_or_default();
    let (headline, overflow) = split_long_headline(headline);
    let excerpt: Vec<&str> = (!overflow.is_empty())
        .then_some(overflow)
        .into_iter()
        .chain(body)
        .collect();
    PastedStory {
        headline: headline.to_owned(),
        url,
        excerpt: excerpt.join("\n"),
    }
}

/// The web link a trimmed line consists of (its [`address`](Link::address) is stored: `www.`
/// links get `https://`).
fn link_line(line: &str) -> Option<Link> {
    if line.contains(char::is_whitespace) {
        return None;
    }
    Link::in_token(line).map(|(_, link)| link)
}

/// The first web link written inside the headline's or the body's sentences.
fn first_link_in(headline: &str, body: &[&str]) -> Option<Link> {
    std::iter::once(headline)
        .chain(body.iter().copied())
        .flat_map(str::split_whitespace)
        .find_map(Link::in_token)
        .map(|(_, link)| link)
}

/// A line with nothing visible on it: spaces, or only direction marks and joiners left over
/// from the page it was copied from.
fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// The headline cut to at most [`MAX_HEADLINE_CHARS`] characters at the last space that fits,
/// and the rest; a headline without such a space is cut between two letters.
fn split_long_headline(headline: &str) -> (&str, &str) {
    let Some((limit, _)) = headline.char_indices().nth(MAX_HEADLINE_CHARS) else {
        return (headline, "");
    };
    let cut = last_space_at_or_before(headline, limit)
        .filter(|&cut| !headline[..cut].trim_end().is_empty())
        .unwrap_or_else(|| last_letter_boundary_at_or_before(headline, limit));
    (headline[..cut].trim_end(), headline[cut..].trim_start())
}

fn last_space_at_or_before(text: &str, limit: usize) -> Option<usize> {
    text.char_indices()
        .take_while(|&(i, _)| i <= limit)
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .last()
}

/// The last boundary between user-perceived characters (so a letter keeps its diacritics) at
/// or before `limit`, or `limit` itself when one character is longer than the whole headline.
fn last_letter_boundary_at_or_before(text: &str, limit: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(i, _)| i)
        .take_while(|&i| i <= limit)
        .filter(|&i| i > 0)
        .last()
        .unwrap_or(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(text: &str) -> PastedStory {
        let mut stories = stories_from_paste(text);
        assert_eq!(stories.len(), 1, "{text:?} → {stories:?}");
        stories.remove(0)
    }

    fn story(headline: &str, url: &str, excerpt: &str) -> PastedStory {
        PastedStory {
            headline: headline.to_owned(),
            url: url.to_owned(),
            excerpt: excerpt.to_owned(),
        }
    }

    #[test]
    fn blank_text_is_nothing() {
        assert_eq!(stories_from_paste(""), []);
        assert_eq!(stories_from_paste("  \n\r\n\t "), []);
        assert_eq!(stories_from_paste("\u{200F}\n\u{FEFF}"), []);
    }

    #[test]
    fn a_pasted_link_is_a_story_without_headline() {
        let url = "https://www.aljazeera.net/news/2024/1/1/سوريا";
        assert_eq!(one(url), story("", url, ""));
        assert_eq!(one(&format!("  {url}\r\n")), story("", url, ""));
        assert_eq!(one("<https://ft.com/x>"), story("", "https://ft.com/x", ""));
    }

    #[test]
    fn links_one_per_line_are_one_story_each() {
        let text = "https://ft.com/a\r\n\r\nhttps://ft.com/b\nwww.aljazeera.net/news/1\n";
        assert_eq!(
            stories_from_paste(text),
            [
                story("", "https://ft.com/a", ""),
                story("", "https://ft.com/b", ""),
                story("", "https://www.aljazeera.net/news/1", ""),
            ]
        );
    }

    #[test]
    fn a_link_pasted_twice_is_one_story() {
        let text = "https://ft.com/a?utm_source=x\nhttp://www.ft.com/a/\nhttps://ft.com/b";
        assert_eq!(
            stories_from_paste(text),
            [
                story("", "https://ft.com/a?utm_source=x", ""),
                story("", "https://ft.com/b", ""),
            ]
        );
    }

    #[test]
    fn www_links_get_a_scheme() {
        assert_eq!(one("www.ft.com/x").url, "https://www.ft.com/x");
        assert_eq!(one("عنوان\nwww.ft.com/x\nنص").url, "https://www.ft.com/x");
    }

    #[test]
    fn an_article_is_headline_and_paragraphs() {
        let text = "\n  الذكاء الاصطناعي يغيّر غرف الأخبار  \n\n\nفقرة أولى عن التحول.\n\n\n\nفقرة ثانية.\n  ";
        assert_eq!(
            one(text),
            story(
                "الذكاء الاصطناعي يغيّر غرف الأخبار",
                "",
                "فقرة أولى عن التحول.\nفقرة ثانية."
            )
        );
        assert_eq!(one("عنوان فقط"), story("عنوان فقط", "", ""));
    }

    #[test]
    fn a_link_on_its_own_line_is_taken_out_wherever_it_is() {
        let expected = story("عنوان", "https://ft.com/x", "نص");
        assert_eq!(one("https://ft.com/x\nعنوان\nنص"), expected);
        assert_eq!(one("عنوان\nhttps://ft.com/x\nنص"), expected);
        assert_eq!(one("عنوان\n\nنص\n\nhttps://ft.com/x"), expected);
        assert_eq!(
            one("https://ft.com/x\nعنوان"),
            story("عنوان", "https://ft.com/x", "")
        );
    }

    #[test]
    fn only_the_first_own_line_link_is_taken_out() {
        assert_eq!(
            one("https://ft.com/x\nhttps://ft.com/y\nعنوان\nنص"),
            story("عنوان", "https://ft.com/x", "https://ft.com/y\nنص")
        );
    }

    #[test]
    fn a_link_inside_a_sentence_stays_in_it() {
        let text = "استثمرت Sequoia في تويتر\nكما ذكرت الصحيفة (https://ft.com/x). وأضافت https://ft.com/y";
        assert_eq!(
            one(text),
            story(
                "استثمرت Sequoia في تويتر",
                "https://ft.com/x",
                "كما ذكرت الصحيفة (https://ft.com/x). وأضافت https://ft.com/y"
            )
        );
        assert_eq!(one("اقرأ www.ft.com/x الآن").url, "https://www.ft.com/x");
    }

    #[test]
    fn a_link_on_its_own_line_wins_over_one_in_a_sentence() {
        let text = "عنوان\nالمصدر https://ft.com/a\nhttps://ft.com/b";
        assert_eq!(
            one(text),
            story("عنوان", "https://ft.com/b", "المصدر https://ft.com/a")
        );
    }

    #[test]
    fn carriage_returns_are_line_breaks() {
        assert_eq!(
            one("عنوان\r\nفقرة أولى\r\nفقرة ثانية\r\n"),
            story("عنوان", "", "فقرة أولى\nفقرة ثانية")
        );
        assert_eq!(one("عنوان\rنص"), story("عنوان", "", "نص"));
    }

    #[test]
    fn a_long_headline_continues_in_the_excerpt() {
        let sentence = "قالت الشركة إن النموذج الجديد أسرع بكثير من سابقه";
        let long = [sentence; 12].join("، ");
        let pasted = one(&format!("{long}\nالفقرة التالية"));
        let headline_chars = pasted.headline.chars().count();
        assert!(headline_chars <= MAX_HEADLINE_CHARS && headline_chars > 250);
        let (rest, next) = pasted.excerpt.split_once('\n').unwrap();
        assert_eq!(format!("{} {rest}", pasted.headline), long);
        assert_eq!(next, "الفقرة التالية");
        // The cut falls between words.
        assert!(long[pasted.headline.len()..].starts_with(' '));
    }

    #[test]
    fn a_headline_without_spaces_is_cut_between_letters() {
        let long = "مُحَمَّدٌ".repeat(100);
        let pasted = one(&long);
        assert!(pasted.headline.chars().count() <= MAX_HEADLINE_CHARS);
        assert_eq!(format!("{}{}", pasted.headline, pasted.excerpt), long);
        // Every piece starts with a letter, not a diacritic.
        let first = pasted.excerpt.chars().next().unwrap();
        assert!(!('\u{064B}'..='\u{065F}').contains(&first), "{first:?}");
    }

    #[test]
    fn a_headline_of_exactly_the_limit_stays_whole() {
        let headline = "ب".repeat(MAX_HEADLINE_CHARS);
        assert_eq!(one(&headline), story(&headline, "", ""));
    }

    #[test]
    fn a_pasted_story_enters_the_inbox_as_a_story() {
        let story = one("https://ft.com/x\nعنوان\nفقرة أولى\nفقرة ثانية").into_story();
        assert_eq!(story.headline, "عنوان");
        assert_eq!(story.url, "https://ft.com/x");
        assert_eq!(story.excerpt.paragraphs().len(), 2);
        assert_eq!(story.excerpt.text(), "فقرة أولى\nفقرة ثانية");
    }

    /// Pasted text made of words, links, spaces and line breaks of every kind.
    fn pasted_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "عنوان",
            "نص",
            "مُحَمَّد",
            "Sequoia",
            "2022",
            "https://ft.com/x",
            "www.ft.com/y",
            "(https://ft.com/z).",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\r",
            "\n\n",
            "\u{2029}",
            "\u{200F}",
            "\t",
            "،",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn stories_are_well_formed(text in pasted_text()) {
            for story in stories_from_paste(&text) {
                prop_assert!(!story.headline.is_empty() || !story.url.is_empty());
                prop_assert!(story.headline.chars().count() <= MAX_HEADLINE_CHARS);
                prop_assert!(!story.headline.contains(['\n', '\r']));
                prop_assert!(!story.excerpt.contains('\r'));
                prop_assert!(!story.excerpt.contains("\n\n"));
                prop_assert_eq!(story.excerpt.trim(), story.excerpt.as_str());
                prop_assert!(story.url.is_empty() || Link::parse(&story.url).key().is_some());
            }
        }

        #[test]
        fn any_text_is_handled(text in "\\PC{0,400}") {
            let _ = stories_from_paste(&text);
        }

        #[test]
        fn long_lines_keep_every_word(words in prop::collection::vec("[a-zب-ي]{1,12}", 0..80)) {
            let line = words.join(" ");
            let pasted = one_or_none(&line);
            let rejoined = [pasted.headline.as_str(), pasted.excerpt.as_str()].join(" ");
            prop_assert_eq!(rejoined.split_whitespace().collect::<Vec<_>>(), words);
        }
    }

    fn one_or_none(text: &str) -> PastedStory {
        stories_from_paste(text).pop().unwrap_or_default()
    }
}
