//! Word counts and reading times as the views show them, worked out once per revision of the
//! desk rather than on every frame (a 100 KB commentary is a lot of word-breaking to redo for
//! each mouse move).

use std::collections::HashMap;

use crate::model::{Desk, ReadingStats, Revision, StoryId, issue_reading, pick_reading};

use super::strings::{Msg, tr};

/// Reading stats of the desk at one revision.
#[derive(Default)]
pub struct ReadingCache {
    revision: Option<Revision>,
    issue: ReadingStats,
    /// Stories asked for at this revision.
    stories: HashMap<StoryId, ReadingStats>,
}

impl ReadingCache {
    /// Forgets everything when the desk is at another revision than last time.
    pub fn refresh(&mut self, desk: &Desk, revision: Revision) {
        if self.revision != Some(revision) {
            self.revision = Some(revision);
            self.issue = issue_reading(&desk.issue);
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
        let stats = pick_reading(desk.entry(story).ok()?);
        self.stories.insert(story, stats);
        Some(stats)
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
