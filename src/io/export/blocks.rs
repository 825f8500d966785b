//! [`Block`]: the issue as readers get it — every heading, byline and paragraph in reading
//! order, cleaned, each with the direction Nashra shows it in.
//!
//! The three exports and the in-app Preview all draw these blocks, so a paragraph can never be
//! right to left in one and left to right in another: each block's direction comes from the
//! field's settings and [`crate::model::Direction::resolve`], the one rule.

use crate::model::{Issue, Mark, Prose, ResolvedDirection, Story, TextSettings};

/// What a block is, which decides how each format shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockRole {
    /// The issue's title.
    Title,
    /// "العدد 54 · 2026-11-27".
    IssueByline,
    /// A paragraph of the introduction.
    Intro,
    /// A section's heading.
    SectionTitle,
    /// A story's headline (linked when it has a safe link).
    Headline,
    /// "Financial Times · George Hammond · 2024-04-12".
    StoryByline,
    /// A paragraph of a story's excerpt.
    Excerpt,
    /// A paragraph of the editor's commentary.
    Commentary,
}

/// One block of the issue as exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub role: BlockRole,
    /// Its text, cleaned ([`clean`]): no bidi overrides, no control characters.
    pub text: String,
    /// The direction it is shown in.
    pub direction: ResolvedDirection,
    /// The index of the section it belongs to; `None` before the first section.
    pub section: Option<usize>,
    /// For a headline, its link when it is one an export may write.
    pub link: Option<String>,
    /// Its links, strong and emphasised words (bytes of `text`): prose only.
    pub marks: Vec<Mark>,
}

/// The blocks of `issue` in reading order. Blank paragraphs and empty section titles are left
/// out; an untitled story keeps its (empty) headline, so its link and commentary still have a
/// heading.
pub fn issue_blocks(issue: &Issue) -> Vec<Block> {
    let base = issue.base_direction();
    let mut blocks = Vec::new();
    let mut push =
        |role, (text, marks): (String, Vec<Mark>), settings: TextSettings, section, link| {
            let direction = settings.resolve(&text, base);
            blocks.push(Block {
                role,
                text,
                direction,
                section,
                link,
                marks,
            });
        };
    let plain = |text: String| (text, Vec::new());
    push(
        BlockRole::Title,
        plain(clean(&issue.title)),
        issue.title_settings,
        None,
        None,
    );
    push(
        BlockRole::IssueByline,
        plain(issue_byline(issue)),
        TextSettings::default(),
        None,
        None,
    );
    for (text, settings) in paragraphs(&issue.intro) {
        push(BlockRole::Intro, text, settings, None, None);
    }
    for (index, section) in issue.sections.iter().enumerate() {
        let title = clean(&section.title);
        if !title.trim().is_empty() {
            push(
                BlockRole::SectionTitle,
                plain(title),
                section.title_settings,
                Some(index),
                None,
            );
        }
        for pick in &section.picks {
            let story = &pick.story;
            push(
                BlockRole::Headline,
                plain(clean(&story.headline)),
                story.headline_settings,
                Some(index),
                story.link().safe_for_export().map(str::to_owned),
            );
            let byline = story_byline(story);
            if !byline.is_empty() {
                // The byline leads with the source: the source's setting, if she set one.
                push(
                    BlockRole::StoryByline,
                    plain(byline),
                    story.source_settings,
                    Some(index),
                    None,
                );
            }
            for (text, settings) in paragraphs(&story.excerpt) {
                push(BlockRole::Excerpt, text, settings, Some(index), None);
            }
            for (text, settings) in paragraphs(&pick.commentary) {
                push(BlockRole::Commentary, text, settings, Some(index), None);
            }
        }
    }
    blocks
}

/// The paragraphs worth exporting (cleaned, not blank, their marks moved with what cleaning
/// took out), with their settings.
fn paragraphs(prose: &Prose) -> impl Iterator<Item = ((String, Vec<Mark>), TextSettings)> + '_ {
    prose
        .paragraphs()
        .iter()
        .map(|p| (clean_marked(&p.text, &p.marks), p.settings()))
        .filter(|((text, _), _)| !text.trim().is_empty())
}

/// [`clean`], with `marks` moved with the characters it keeps.
pub fn clean_marked(text: &str, marks: &[Mark]) -> (String, Vec<Mark>) {
    let cleaned = clean(text);
    if cleaned.len() == text.len() || marks.is_empty() {
        return (cleaned, marks.to_vec());
    }
    // Where each kept byte of `text` is in the cleaned text.
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut kept = 0;
    for c in text.chars() {
        for _ in 0..c.len_utf8() {
            map.push(kept);
        }
        if is_kept(c) {
            kept += c.len_utf8();
        }
    }
    map.push(kept);
    let mut moved: Vec<Mark> = marks
        .iter()
        .filter_map(|m| {
            let start = *map.get(m.range.start)?;
            let end = *map.get(m.range.end)?;
            Some(Mark::new(start..end, m.kind.clone()))
        })
        .collect();
    crate::model::mark::normalize(&mut moved, &cleaned);
    (cleaned, moved)
}

fn is_kept(c: char) -> bool {
    !matches!(c, '\u{202A}'..='\u{202E}') && (!c.is_control() || c == '\t')
}

/// User text as it may be exported: bidi overrides and control characters (other than tab)
/// removed.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| is_kept(*c)).collect()
}

/// "العدد 54 · 2026-11-27" (or "Issue 54 · 2026-11-27" in English): the issue's number and
/// date, for every format and the preview, in the digits the editor chose for the interface
/// and the exports (Western or Arabic-Indic: "العدد ٥٤"); her own text is never changed.
pub fn issue_byline(issue: &Issue) -> String {
    let word = issue.language.issue_word();
    let digits = crate::i18n::locale().digits;
    format!(
        "{word} {} · {}",
        digits.apply(&issue.number.to_string()),
        iso_date(issue.date)
    )
}

/// A date kept in ISO order inside Arabic text. After an Arabic letter the bidi algorithm
/// turns its digits into Arabic numbers that the hyphens do not join, and "2026-11-27" would
/// read "27-11-2026"; a left-to-right mark on each side keeps it one left-to-right number.
pub(crate) fn iso_date(date: jiff::civil::Date) -> String {
    let date = crate::i18n::locale().digits.apply(&date.to_string());
    format!("\u{200E}{date}\u{200E}")
}

/// "Financial Times · George Hammond · 2024-04-12": what is known of a story's origin, for
/// every format and the preview.
pub fn story_byline(story: &Story) -> String {
    let date = story.published.map(iso_date).unwrap_or_default();
    [clean(&story.source), clean(&story.author), date]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byline_takes_the_chosen_digits_and_the_text_keeps_its_own() {
        use crate::i18n::{Digits, Locale, set_locale};
        let mut issue = Issue::new(54, "عدد 2026", jiff::civil::date(2026, 11, 27));
        issue.language = crate::model::Language::Arabic;
        set_locale(Locale {
            digits: Digits::ArabicIndic,
            ..Locale::default()
        });
        let byline = issue_byline(&issue);
        let html = crate::io::export::export(&issue, crate::io::export::ExportFormat::Html);
        set_locale(Locale::default());
        assert_eq!(byline, "العدد ٥٤ · \u{200E}٢٠٢٦-١١-٢٧\u{200E}");
        assert!(html.contains("عدد 2026"), "the title keeps its digits");
        assert!(html.contains("٥٤"));
        assert_eq!(
            issue_byline(&issue),
            "العدد 54 · \u{200E}2026-11-27\u{200E}"
        );
    }
    use crate::model::{Direction, Entry, Language, Section, Story};

    fn issue_with_headline(headline: &str, language: Language) -> Issue {
        let mut issue = Issue::new(
            7,
            "Nvidia تعلن نتائج الربع الثالث",
            jiff::civil::date(2026, 11, 27),
        );
        issue.language = language;
        issue.sections = vec![Section::new("")];
        issue.sections[0].picks.push(Entry {
            story: Story::new(headline),
            commentary: Prose::from_text("2024"),
        });
        issue
    }

    #[test]
    fn every_block_resolves_by_the_rule_and_the_language() {
        let issue = issue_with_headline("Grok يصبح مفتوح المصدر", Language::Arabic);
        let blocks = issue_blocks(&issue);
        let direction = |role| {
            blocks
                .iter()
                .find(|b| b.role == role)
                .map(|b| b.direction)
                .expect("present")
        };
        assert_eq!(direction(BlockRole::Title), ResolvedDirection::Rtl);
        assert_eq!(direction(BlockRole::Headline), ResolvedDirection::Rtl);
        assert_eq!(direction(BlockRole::Commentary), ResolvedDirection::Rtl);
        assert_eq!(direction(BlockRole::IssueByline), ResolvedDirection::Rtl);

        let english = issue_blocks(&issue_with_headline("iPhone 16 Pro", Language::English));
        assert!(
            english
                .iter()
                .all(|b| b.role == BlockRole::Title || !b.direction.is_rtl())
        );
        assert!(english[1].text.starts_with("Issue 7"));
    }

    #[test]
    fn the_editors_setting_wins() {
        let mut issue = issue_with_headline("Grok يصبح مفتوح المصدر", Language::Arabic);
        issue.sections[0].picks[0].story.headline_settings.direction = Direction::Ltr;
        let headline = issue_blocks(&issue)
            .into_iter()
            .find(|b| b.role == BlockRole::Headline)
            .expect("headline");
        assert_eq!(headline.direction, ResolvedDirection::Ltr);
    }

    #[test]
    fn a_headline_links_to_what_its_story_link_reads_as() {
        let link_of = |url: &str| {
            let mut issue = issue_with_headline("عنوان", Language::Arabic);
            issue.sections[0].picks[0].story.url = url.to_owned();
            issue_blocks(&issue)
                .into_iter()
                .find(|b| b.role == BlockRole::Headline)
                .and_then(|b| b.link)
        };
        assert_eq!(
            link_of(" HTTPS://ft.com/x ").as_deref(),
            Some("https://ft.com/x")
        );
        // Left out before, though the pre-flight check had asked for it and found it.
        assert_eq!(
            link_of("www.ft.com/x").as_deref(),
            Some("https://www.ft.com/x")
        );
        assert_eq!(
            link_of("mailto:editor@example.com").as_deref(),
            Some("mailto:editor@example.com")
        );
        for not_a_link in ["ft.com/x", "javascript:alert(1)", "tel:+9613000000", ""] {
            assert_eq!(link_of(not_a_link), None, "{not_a_link:?}");
        }
    }
}
