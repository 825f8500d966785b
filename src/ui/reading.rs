//! Word counts and reading times as the views show them, worked out once per revision of the
//! desk rather than on every frame, and then only for what changed: each field's counts are
//! kept in reading order with the prose's version (a line's, with its text), so an unchanged
//! field costs one comparison, and in the edited prose the paragraphs are matched by their
//! stamps, so a keystroke recounts one paragraph, not a 100 KB commentary, and the field's
//! total is corrected by that paragraph's difference rather than summed again.

use std::collections::HashMap;

use crate::model::{
    Desk, Prose, ReadingCounter, ReadingStats, Revision, StoryId, TextField, issue_reading_by,
    pick_reading_by, reading_stats,
};
use crate::strings::{Text, text};
use crate::text::unchanged_ends;

/// Reading stats of the desk at one revision.
#[derive(Default)]
pub struct ReadingCache {
    revision: Option<Revision>,
    issue: ReadingStats,
    /// The issue's fields, and each pick's stats.
    issue_counts: FieldCounts,
    /// The inbox story last asked for, and its fields.
    inbox_story: Option<StoryId>,
    inbox_counts: FieldCounts,
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
        self.issue_counts.begin();
        self.issue = issue_reading_by(&desk.issue, &mut self.issue_counts);
        self.inbox_stats = None;
    }

    /// The whole issue.
    pub fn issue(&self) -> ReadingStats {
        self.issue
    }

    /// One story (picked or in the inbox), if it is on the desk.
    pub fn story(&mut self, desk: &Desk, story: StoryId) -> Option<ReadingStats> {
        let picked = self.issue_counts.picks.iter().find(|(id, _)| *id == story);
        if let Some((_, stats)) = picked {
            return Some(*stats);
        }
        if self.inbox_story == Some(story)
            && let Some(stats) = self.inbox_stats
        {
            return Some(stats);
        }
        let entry = desk.entry(story).ok()?;
        self.inbox_story = Some(story);
        let counts = &mut self.inbox_counts;
        counts.begin();
        let stats = pick_reading_by(entry, counts);
        self.inbox_stats = Some(stats);
        Some(stats)
    }

    /// How many paragraphs and lines were counted (not found kept) since the last new
    /// revision: the work a keystroke costs, which tests hold to the edited paragraph.
    #[cfg(test)]
    pub fn recounted(&self) -> usize {
        self.issue_counts.recounted + self.inbox_counts.recounted
    }
}

/// The counts of the fields of a walk over the issue (or a story), in reading order: those of
/// the last walk, matched with the fields of this one as they come.
#[derive(Default)]
struct FieldCounts {
    previous: Vec<(TextField, CountedText)>,
    current: Vec<(TextField, CountedText)>,
    /// Where in `previous` the next field is looked for.
    cursor: usize,
    /// Where each field of `previous` is, made only when a field is not where the walk
    /// expects it (a pick moved, removed or added), not on a keystroke.
    positions: Option<HashMap<TextField, usize>>,
    /// Each pick's stats, in order.
    picks: Vec<(StoryId, ReadingStats)>,
    /// Paragraphs and lines counted afresh in this walk.
    recounted: usize,
}

/// What a field's counts were worked out from.
enum CountedText {
    /// A line: its text, and its stats.
    Line { text: String, stats: ReadingStats },
    /// Prose at one version: each paragraph's stamp and stats, and their sums.
    Prose {
        version: u64,
        paragraphs: Vec<(u64, ReadingStats)>,
        words: usize,
        arabic_words: usize,
    },
    /// Taken into the current walk already.
    Taken,
}

impl FieldCounts {
    /// Starts a walk: the counts of the last one become the ones to match.
    fn begin(&mut self) {
        self.previous = std::mem::take(&mut self.current);
        self.cursor = 0;
        self.positions = None;
        self.picks.clear();
        self.recounted = 0;
    }

    /// The counts the last walk kept for `field`, taken out: found at the cursor when the
    /// fields come in the same order (every walk but one after a structural edit).
    fn take(&mut self, field: TextField) -> Option<CountedText> {
        let at = match self.previous.get(self.cursor) {
            Some((kept, _)) if *kept == field => self.cursor,
            _ => {
                let previous = &self.previous;
                let positions = self.positions.get_or_insert_with(|| {
                    previous
                        .iter()
                        .enumerate()
                        .map(|(i, (field, _))| (*field, i))
                        .collect()
                });
                *positions.get(&field)?
            }
        };
        self.cursor = at + 1;
        let (_, counted) = self.previous.get_mut(at)?;
        match std::mem::replace(counted, CountedText::Taken) {
            CountedText::Taken => None,
            counted => Some(counted),
        }
    }
}

impl ReadingCounter for FieldCounts {
    fn line(&mut self, field: TextField, text: &str) -> ReadingStats {
        let stats = match self.take(field) {
            Some(CountedText::Line { text: kept, stats }) if kept == text => {
                self.current
                    .push((field, CountedText::Line { text: kept, stats }));
                return stats;
            }
            _ => reading_stats([text]),
        };
        self.recounted += 1;
        let text = text.to_owned();
        self.current
            .push((field, CountedText::Line { text, stats }));
        stats
    }

    fn prose(&mut self, field: TextField, prose: &Prose) -> ReadingStats {
        let (mut paragraphs, mut words, mut arabic_words) = match self.take(field) {
            Some(CountedText::Prose {
                version,
                paragraphs,
                words,
                arabic_words,
            }) if version == prose.version() => {
                let stats = ReadingStats::from_counts(words, arabic_words);
                let kept = CountedText::Prose {
                    version,
                    paragraphs,
                    words,
                    arabic_words,
                };
                self.current.push((field, kept));
                return stats;
            }
            Some(CountedText::Prose {
                paragraphs,
                words,
                arabic_words,
                ..
            }) => (paragraphs, words, arabic_words),
            _ => (Vec::new(), 0, 0),
        };
        self.recounted += recount_changed(prose, &mut paragraphs, &mut words, &mut arabic_words);
        let counted = CountedText::Prose {
            version: prose.version(),
            paragraphs,
            words,
            arabic_words,
        };
        self.current.push((field, counted));
        ReadingStats::from_counts(words, arabic_words)
    }

    fn pick(&mut self, story: StoryId, stats: ReadingStats) {
        self.picks.push((story, stats));
    }
}

/// Brings a prose field's kept `paragraphs` counts, and their sums `words` and
/// `arabic_words`, in line with `prose`: paragraphs whose stamps are kept at both ends are not
/// read, the others are counted, and the sums take the difference. Returns how many were
/// counted.
fn recount_changed(
    prose: &Prose,
    paragraphs: &mut Vec<(u64, ReadingStats)>,
    words: &mut usize,
    arabic_words: &mut usize,
) -> usize {
    let stamps = prose.stamps();
    let (prefix, suffix) = unchanged_ends(paragraphs, stamps, |(kept, _), stamp| kept == stamp);
    let counted: Vec<(u64, ReadingStats)> = prose.paragraphs()[prefix..stamps.len() - suffix]
        .iter()
        .zip(&stamps[prefix..stamps.len() - suffix])
        .map(|(paragraph, stamp)| (*stamp, reading_stats([paragraph.text.as_str()])))
        .collect();
    for (_, stats) in &counted {
        *words += stats.words;
        *arabic_words += stats.arabic_words;
    }
    let recounted = counted.len();
    let old_len = paragraphs.len();
    for (_, stats) in paragraphs.splice(prefix..old_len - suffix, counted) {
        *words -= stats.words;
        *arabic_words -= stats.arabic_words;
    }
    recounted
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
    use proptest::prelude::*;

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

    /// One step of an editing session, for the property test below.
    #[derive(Clone, Debug)]
    enum Step {
        /// Types `text` (maybe with line breaks) at a fraction of a pick's commentary.
        Type { pick: usize, at: f64, text: String },
        /// Deletes up to `len` bytes from a fraction of a pick's commentary.
        Delete { pick: usize, at: f64, len: usize },
        /// Sets a pick's headline.
        Headline { pick: usize, text: String },
        /// Types at the start of the introduction.
        Intro(String),
        /// Removes a pick, or puts a removed one back (undo).
        RemoveOrRestore(usize),
    }

    fn step() -> impl Strategy<Value = Step> {
        let words = "(Sequoia|مليون|800|جمعت|OpenAI|\n| |،){0,6}";
        prop_oneof![
            (0..3usize, 0.0..1.0f64, words).prop_map(|(pick, at, text)| Step::Type {
                pick,
                at,
                text
            }),
            (0..3usize, 0.0..1.0f64, 0..40usize).prop_map(|(pick, at, len)| Step::Delete {
                pick,
                at,
                len
            }),
            (0..3usize, words).prop_map(|(pick, text)| Step::Headline { pick, text }),
            words.prop_map(Step::Intro),
            (0..3usize).prop_map(Step::RemoveOrRestore),
        ]
    }

    /// The counted commentary edit at fraction `at` of `field`'s text (a char boundary).
    fn text_edit(desk: &Desk, field: TextField, at: f64, len: usize, insert: &str) -> Option<Edit> {
        let text = field.get(desk).ok()?.text().into_owned();
        let start = text.floor_char_boundary((text.len() as f64 * at) as usize);
        let end = text.floor_char_boundary((start + len).min(text.len()));
        Some(Edit::Text {
            field,
            change: TextChange::replace(start..end, insert),
        })
    }

    proptest::proptest! {
        /// Whatever the edits, the kept counts give exactly the stats counted afresh.
        #[test]
        fn kept_counts_equal_fresh_counts(steps in proptest::collection::vec(step(), 1..25)) {
            let mut desk = Desk {
                issue: crate::model::Issue::new(1, "العدد", jiff::civil::date(2026, 12, 2)),
                inbox: crate::model::Inbox::default(),
            };
            let mut ids = Vec::new();
            for i in 0..3 {
                let story = Story::new(format!("عنوان {i}"));
                ids.push(story.id);
                desk.issue.sections[0].picks.push(Entry {
                    story,
                    commentary: Prose::from_text("جمعت OpenAI 13 مليار\nفقرة ثانية\nوثالثة"),
                });
            }
            let mut removed: Vec<Option<Edit>> = vec![None; 3];
            let mut cache = ReadingCache::default();
            for (revision, step) in steps.into_iter().enumerate() {
                let edit = match step {
                    Step::Type { pick, at, text } => {
                        text_edit(&desk, TextField::Commentary(ids[pick]), at, 0, &text)
                    }
                    Step::Delete { pick, at, len } => {
                        text_edit(&desk, TextField::Commentary(ids[pick]), at, len, "")
                    }
                    Step::Headline { pick, text } => text_edit(
                        &desk,
                        TextField::Story(ids[pick], crate::model::StoryText::Headline),
                        0.0,
                        usize::MAX / 2,
                        &text.replace('\n', " "),
                    ),
                    Step::Intro(text) => text_edit(&desk, TextField::Intro, 0.0, 0, &text),
                    Step::RemoveOrRestore(pick) => match removed[pick].take() {
                        Some(restore) => Some(restore),
                        None => Some(Edit::RemovePick(ids[pick])),
                    },
                };
                let Some(edit) = edit else { continue };
                let is_removal = matches!(edit, Edit::RemovePick(_));
                let Ok(undo) = edit.apply(&mut desk) else { continue };
                if is_removal && let Edit::InsertPick { pick, .. } = &undo {
                    let index = ids.iter().position(|id| *id == pick.story.id).unwrap_or(0);
                    removed[index] = Some(undo.clone());
                }
                cache.refresh(&desk, revision as Revision + 1);
                prop_assert_eq!(cache.issue(), crate::model::issue_reading(&desk.issue));
                for pick in desk.issue.picks() {
                    prop_assert_eq!(
                        cache.story(&desk, pick.story.id),
                        Some(crate::model::pick_reading(pick))
                    );
                }
            }
        }
    }
}
