//! Word counts and reading times as the views show them, worked out once per revision of the
//! desk rather than on every frame, and then only for the paragraphs that changed: the counts
//! of the last revision are kept in reading order and matched with the new paragraphs by their
//! stamps (lines, by their short text), so a keystroke recounts one paragraph, not a 100 KB
//! commentary, and no paragraph is compared, hashed or copied again.

use std::collections::HashMap;

use crate::model::{
    Desk, ParagraphKey, ReadingStats, Revision, StoryId, issue_reading_by, pick_reading_by,
    reading_stats,
};

use crate::strings::{Text, text};

/// Reading stats of the desk at one revision.
#[derive(Default)]
pub struct ReadingCache {
    revision: Option<Revision>,
    issue: ReadingStats,
    /// The issue's paragraphs, in the order the issue is read.
    issue_counts: OrderedCounts,
    /// Each picked story's stats, summed from the issue's paragraphs.
    picks: HashMap<StoryId, ReadingStats>,
    /// The inbox story last asked for, and its paragraphs.
    inbox_story: Option<StoryId>,
    inbox_counts: OrderedCounts,
    inbox_stats: Option<ReadingStats>,
}

impl ReadingCache {
    /// Works the issue's stats out again when the desk is at another revision than last time,
    /// recounting only paragraphs whose text is new.
    pub fn refresh(&mut self, desk: &Desk, revision: Revision) {
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        let counts = &mut self.issue_counts;
        counts.begin();
        self.issue = issue_reading_by(&desk.issue, &mut |text, stamp| counts.count(text, stamp));
        // The issue is read as: title, introduction, section titles, then each pick's
        // headline, excerpt and commentary; each pick's stats are the sum of its stretch.
        let issue = &desk.issue;
        let mut at = 1 + issue.intro.paragraphs().len() + issue.sections.len();
        self.picks.clear();
        for pick in issue.picks() {
            let len =
                1 + pick.story.excerpt.paragraphs().len() + pick.commentary.paragraphs().len();
            let stats = self.issue_counts.sum(at..at + len);
            self.picks.insert(pick.story.id, stats);
            at += len;
        }
        self.inbox_stats = None;
    }

    /// The whole issue.
    pub fn issue(&self) -> ReadingStats {
        self.issue
    }

    /// One story (picked or in the inbox), if it is on the desk.
    pub fn story(&mut self, desk: &Desk, story: StoryId) -> Option<ReadingStats> {
        if let Some(stats) = self.picks.get(&story) {
            return Some(*stats);
        }
        if self.inbox_story == Some(story)
            && let Some(stats) = self.inbox_stats
        {
            return Some(stats);
        }
        let entry = desk.entry(story).ok()?;
        if self.inbox_story != Some(story) {
            // Another story's paragraphs would not match: start afresh.
            self.inbox_counts = OrderedCounts::default();
            self.inbox_story = Some(story);
        }
        let counts = &mut self.inbox_counts;
        counts.begin();
        let stats = pick_reading_by(entry, &mut |text, stamp| counts.count(text, stamp));
        self.inbox_stats = Some(stats);
        Some(stats)
    }

    /// How many paragraphs were counted (not found kept) since the last new revision: the
    /// work a keystroke costs, which tests hold to the edited paragraph.
    #[cfg(test)]
    pub fn recounted(&self) -> usize {
        self.issue_counts.recounted + self.inbox_counts.recounted
    }
}

/// Paragraph counts in reading order: those of the last revision, and those of this one.
#[derive(Default)]
struct OrderedCounts {
    previous: Vec<(ParagraphKey, ReadingStats)>,
    current: Vec<(ParagraphKey, ReadingStats)>,
    /// Where in `previous` the next paragraph is looked for.
    cursor: usize,
    recounted: usize,
}

impl OrderedCounts {
    /// How far ahead a paragraph is looked for: far enough to step over the paragraphs an
    /// edit removed (joining paragraphs, deleting a few).
    const LOOK_AHEAD: usize = 4;

    /// Starts a revision: the counts of the last one become the ones to match.
    fn begin(&mut self) {
        self.previous = std::mem::take(&mut self.current);
        self.cursor = 0;
        self.recounted = 0;
    }

    /// The stats of the next paragraph, `text` (with its stamp, for prose): kept when the
    /// last revision had it at about this place, else counted. Prose is matched by stamp, so
    /// its text is not even compared.
    fn count(&mut self, text: &str, stamp: Option<u64>) -> ReadingStats {
        let end = (self.cursor + Self::LOOK_AHEAD).min(self.previous.len());
        let found = (self.cursor..end).find(|&j| self.previous[j].0.matches(text, stamp));
        let (kept, stats) = match found {
            Some(j) => {
                self.cursor = j + 1;
                let (kept, stats) = &mut self.previous[j];
                // Taken, not copied; the slot is behind the cursor and never looked at again.
                (std::mem::replace(kept, ParagraphKey::Stamp(0)), *stats)
            }
            // New or changed: counted. The cursor stays, so the paragraphs after it match.
            None => {
                self.recounted += 1;
                (ParagraphKey::of(text, stamp), reading_stats([text]))
            }
        };
        self.current.push((kept, stats));
        stats
    }

    /// The stats of paragraphs `range` of this revision, summed.
    fn sum(&self, range: std::ops::Range<usize>) -> ReadingStats {
        self.current
            .get(range)
            .unwrap_or_default()
            .iter()
            .map(|(_, stats)| *stats)
            .sum()
    }
}

/// "312 words · 3 min read".
pub fn stats_text(stats: &ReadingStats) -> String {
    text(&Text::ReadingStats {
        words: stats.words,
        minutes: stats.minutes as usize,
    })
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

        // Enter in the middle of a paragraph: the two halves are counted, nothing else.
        let at = "كلمة الفقرة".len();
        let split = Edit::Text {
            field: TextField::Commentary(id),
            change: TextChange::insert(at, "\n"),
        };
        let join = split.clone().apply(&mut desk).expect("split");
        cache.refresh(&desk, 2);
        assert!(cache.recounted() <= 2, "{}", cache.recounted());
        assert_eq!(cache.issue(), crate::model::issue_reading(&desk.issue));
        // And joined again: one paragraph counted.
        join.apply(&mut desk).expect("join");
        cache.refresh(&desk, 3);
        assert_eq!(cache.recounted(), 1);
        assert_eq!(cache.issue(), crate::model::issue_reading(&desk.issue));
        assert_eq!(
            cache.story(&desk, id),
            desk.entry(id).ok().map(crate::model::pick_reading)
        );
    }
}
