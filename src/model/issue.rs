//! [`Issue`]: one weekly newsletter, its sections and the picks in them.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{
    EditError, Language, Prose, ResolvedDirection, SectionId, Story, StoryId, TextSettings,
};

/// Where an issue is in its life.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Being written.
    #[default]
    Draft,
    /// Finished, waiting to be sent.
    Ready,
    /// Sent to readers.
    Published,
}

impl Status {
    /// All statuses in their natural order.
    pub const ALL: [Self; 3] = [Self::Draft, Self::Ready, Self::Published];
}

/// A story on the editor's desk with her commentary on it: a *pick* while it sits in a section
/// of the issue, an inbox entry while it waits to be picked. The same value moves between the
/// two, so the commentary written for it is never lost on the way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The story.
    pub story: Story,
    /// What she writes about it.
    pub commentary: Prose,
}

/// A titled group of picks ("This week's picks", "Also worth reading", …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable identity within the issue.
    pub id: SectionId,
    /// The heading shown above the picks.
    pub title: String,
    /// The heading's direction and dismissed hints.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub title_settings: TextSettings,
    /// The picks, in the order readers see them.
    pub picks: Vec<Entry>,
}

impl Section {
    /// An empty section with a fresh id.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            id: SectionId::new_random(),
            title: title.into(),
            title_settings: TextSettings::default(),
            picks: Vec::new(),
        }
    }
}

/// One issue of the newsletter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// The issue's number in the series.
    pub number: u32,
    /// The language it is written in: the direction of text whose words do not decide.
    #[serde(default)]
    pub language: Language,
    /// The issue's title.
    pub title: String,
    /// The title's direction and dismissed hints.
    #[serde(default, skip_serializing_if = "TextSettings::is_default")]
    pub title_settings: TextSettings,
    /// The date it is sent.
    pub date: Date,
    /// Draft, ready or published.
    pub status: Status,
    /// The editor's introduction.
    pub intro: Prose,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
    /// Words the editor told the spelling check to leave alone in this issue ("Ignore in this
    /// issue"): names of this week's stories, say.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub ignored_words: std::collections::BTreeSet<String>,
}

/// Where a pick sits: its section's index and its index within the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PickPosition {
    /// Index of the section in [`Issue::sections`].
    pub section: usize,
    /// Index of the pick in [`Section::picks`].
    pub pick: usize,
}

impl Issue {
    /// An empty draft issue in Arabic dated `date`, with one section ready for picks.
    pub fn new(number: u32, title: impl Into<String>, date: Date) -> Self {
        Self {
            number,
            language: Language::default(),
            title: title.into(),
            title_settings: TextSettings::default(),
            date,
            status: Status::Draft,
            intro: Prose::default(),
            sections: vec![Section::new("")],
            ignored_words: Default::default(),
        }
    }

    /// Its title, or "العدد 55" ("Issue 55" in English) while it has none: what names it in the
    /// window, the outline and the library, in the issue's own language.
    pub fn display_title(&self) -> String {
        if self.title.trim().is_empty() {
            format!("{} {}", self.language.issue_word(), self.number)
        } else {
            self.title.clone()
        }
    }

    /// The titles of the sections with no picks: exported, they are a heading over nothing.
    pub fn empty_section_titles(&self) -> Vec<String> {
        self.sections
            .iter()
            .filter(|s| s.picks.is_empty())
            .map(|s| s.title.clone())
            .collect()
    }

    /// The issue after this one: numbered `number`, dated a week later (the newsletter is
    /// weekly), in the same language, with the same sections (their titles and settings, fresh
    /// ids, no picks yet), and an empty title and introduction for the editor to write.
    pub fn next(&self, number: u32) -> Self {
        let date = self
            .date
            .checked_add(jiff::Span::new().days(7))
            .unwrap_or(self.date);
        let sections: Vec<Section> = self
            .sections
            .iter()
            .map(|s| Section {
                title_settings: s.title_settings,
                ..Section::new(s.title.clone())
            })
            .collect();
        Self {
            language: self.language,
            sections: if sections.is_empty() {
                vec![Section::new("")]
            } else {
                sections
            },
            ..Self::new(number, "", date)
        }
    }

    /// Index of the section with this id.
    pub fn section_index(&self, id: SectionId) -> Result<usize, EditError> {
        self.sections
            .iter()
            .position(|s| s.id == id)
            .ok_or(EditError::NoSuchSection(id))
    }

    /// The section with this id.
    pub fn section(&self, id: SectionId) -> Result<&Section, EditError> {
        Ok(&self.sections[self.section_index(id)?])
    }

    /// Where the pick of this story sits.
    pub fn pick_position(&self, story: StoryId) -> Result<PickPosition, EditError> {
        self.sections
            .iter()
            .enumerate()
            .find_map(|(section, s)| {
                s.picks
                    .iter()
                    .position(|p| p.story.id == story)
                    .map(|pick| PickPosition { section, pick })
            })
            .ok_or(EditError::NoSuchStory(story))
    }

    /// The pick of this story.
    pub fn pick(&self, story: StoryId) -> Result<&Entry, EditError> {
        let at = self.pick_position(story)?;
        Ok(&self.sections[at.section].picks[at.pick])
    }

    /// The pick of this story, mutably.
    pub fn pick_mut(&mut self, story: StoryId) -> Result<&mut Entry, EditError> {
        let at = self.pick_position(story)?;
        Ok(&mut self.sections[at.section].picks[at.pick])
    }

    /// The direction of text whose words do not decide it: that of the issue's language.
    pub fn base_direction(&self) -> ResolvedDirection {
        self.language.base_direction()
    }

    /// All picks in reading order.
    pub fn picks(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(|s| s.picks.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_issue_follows_a_week_later_with_the_same_sections_empty() {
        let mut issue = Issue::new(54, "أسبوع الذكاء الاصطناعي", jiff::civil::date(2026, 11, 27));
        issue.language = Language::English;
        issue.sections = vec![Section::new("القصة الرئيسية"), Section::new("قراءات سريعة")];
        issue.sections[1].title_settings.direction = super::super::Direction::Rtl;
        issue.sections[0].picks.push(Entry {
            story: Story::new("قصة"),
            commentary: Prose::from_text("تعليق"),
        });
        issue.intro = Prose::from_text("مقدمة");
        issue.status = Status::Published;

        let next = issue.next(55);
        assert_eq!(next.number, 55);
        assert_eq!(next.date, jiff::civil::date(2026, 12, 4));
        assert_eq!(next.language, Language::English);
        assert_eq!(next.status, Status::Draft);
        assert!(next.title.is_empty() && next.intro.is_empty());
        let titles: Vec<&str> = next.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["القصة الرئيسية", "قراءات سريعة"]);
        assert_eq!(
            next.sections[1].title_settings,
            issue.sections[1].title_settings
        );
        assert!(next.sections.iter().all(|s| s.picks.is_empty()));
        assert!(next.sections[0].id != issue.sections[0].id, "fresh ids");
        assert_eq!(next.display_title(), "Issue 55");
        assert_eq!(Issue::new(7, " ", next.date).display_title(), "العدد 7");
    }
}
