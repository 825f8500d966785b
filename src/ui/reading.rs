//! Word counts and reading times as the views show them, worked out once per revision of the
//! desk rather than on every frame, and then only for the paragraphs that changed: each
//! paragraph's count is kept by its text, so a keystroke recounts one paragraph, not a 100 KB
//! commentary.

use std::collections::HashMap;

use crate::model::{
    Desk, ReadingStats, Revision, StoryId, issue_reading_by, pick_reading_by, reading_stats,
};

use crate::strings::{Msg, tr};

/// Reading stats of the desk at one revision.
#[derive(Default)]
pub struct ReadingCache {
    revision: Option<Revision>,
    issue: ReadingStats,
    /// Stories asked for at this revision.
    stories: HashMap<StoryId, ReadingStats>,
    paragraphs: ParagraphCounts,
}

impl ReadingCache {
    /// Works the issue's stats out again when the desk is at another revision than last time,
    /// recounting only paragraphs whose text is new.
    pub fn refresh(&mut self, desk: &Desk, revision: Revision) {
        if self.revision != Some(revision) {
            self.revision = Some(revision);
            self.paragraphs.begin_revision();
            let paragraphs = &mut self.paragraphs;
            self.issue = issue_reading_by(&desk.issue, &mut |text| paragraphs.count(text));
            self.stories.clear();
        }
    }

    /// The whole issue.
    pub fn issue(&self) -> ReadingStats {
        self.issue
    }

    /// One story (picked or in the inbox), if it is on the desk.
    pub fn story(&mut self, desk: &Desk, story: StoryId) -> Option<ReadingStats> {
        if let Some(stats) = self.stories.get(&story) {
            return Some(*stats);
        }
        let paragraphs = &mut self.paragraphs;
        let stats = pick_reading_by(desk.entry(story).ok()?, &mut |text| paragraphs.count(text));
        self.stories.insert(story, stats);
        Some(stats)
    }

    /// How many paragraphs were counted (not found kept) since the last new revision: the
    /// work a keystroke costs, which tests hold to the edited paragraph.
    #[cfg(test)]
    pub fn recounted(&self) -> usize {
        self.paragraphs.recounted
    }
}

/// Paragraph counts by text: those of the last revision, and those used at this one.
#[derive(Default)]
struct ParagraphCounts {
    current: HashMap<String, ReadingStats>,
    previous: HashMap<String, ReadingStats>,
    recounted: usize,
}

impl ParagraphCounts {
    /// Starts a revision: what is not used again before the next one is dropped then.
    fn begin_revision(&mut self) {
        self.previous = std::mem::take(&mut self.current);
        self.recounted = 0;
    }

    /// The stats of one paragraph, kept or counted.
    fn count(&mut self, text: &str) -> ReadingStats {
        if let Some(stats) = self.current.get(text) {
            return *stats;
        }
        let stats = match self.previous.remove_entry(text) {
            Some((_, stats)) => stats,
            None => {
                self.recounted += 1;
                reading_stats([text])
            }
        };
        self.current.insert(text.to_owned(), stats);
        stats
    }
}

/// "312 words · 3 min read".
pub fn stats_text(stats: &ReadingStats) -> String {
    format!(
        "{} {} · {} {}",
        stats.words,
        tr(Msg::Words),
        stats.minutes,
        tr(Msg::MinutesToRead)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Entry, Paragraph, Prose, Story, TextChange, TextField};

    #[test]
    fn a_keystroke_recounts_one_paragraph_and_the_totals_stay_exact() {
        let mut desk = Desk {
            issue: crate::model::Issue::new(1, "العدد", jiff::civil::date(2026, 12, 2)),
            inbox: crate::model::Inbox::default(),
        };
        let story = Story::new("عنوان القصة");
        let id = story.id;
        let long: Vec<Paragraph> = (0..300)
            .map(|i| Paragraph::new(format!("الفقرة رقم {i} فيها Sequoia و 800 مليون")))
            .collect();
        desk.issue.sections[0].picks.push(Entry {
            story,
            commentary: Prose::from(long),
        });
        let mut cache = ReadingCache::default();
        cache.refresh(&desk, 0);
        let first = cache.recounted();
        assert!(first > 300, "everything is counted once: {first}");
        assert_eq!(cache.issue(), crate::model::issue_reading(&desk.issue));

        Edit::Text {
            field: TextField::Commentary(id),
            change: TextChange::insert(0, "كلمة "),
        }
        .apply(&mut desk)
        .expect("edit");
        cache.refresh(&desk, 1);
        assert_eq!(cache.recounted(), 1, "only the edited paragraph");
        assert_eq!(cache.issue(), crate::model::issue_reading(&desk.issue));
        assert_eq!(
            cache.story(&desk, id),
            desk.entry(id).ok().map(crate::model::pick_reading)
        );
    }
}
