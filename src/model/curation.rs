//! Curation moves built from [`Edit`]s: picking from the inbox, sending back, reordering,
//! deleting sections, collecting new stories. Each function reads the desk and returns the
//! edits that carry the move out, to be applied as one undo step; nothing here changes the desk.

use std::collections::HashMap;

use super::{
    Desk, Edit, EditError, Entry, Prose, Section, SectionId, Story, StoryId, StoryPlace, StoryText,
    TextChange, TextField,
};

/// A keyboard move of a pick within the issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickStep {
    /// One place up in its section (Alt+Up).
    Up,
    /// One place down in its section (Alt+Down).
    Down,
    /// To the end of the section before (Alt+Shift+Up).
    PreviousSection,
    /// To the start of the section after (Alt+Shift+Down).
    NextSection,
    /// To the top of its section.
    Top,
}

/// Picks `story` from the inbox into `section` at `index`; a story already picked is moved
/// there instead. The story takes the place of the one at `index` (it is counted once the
/// story has been taken out of its old place), and an index past the end puts it last, so
/// callers such as a drop on a heading need not know where the story comes from.
pub fn pick(
    desk: &Desk,
    story: StoryId,
    section: SectionId,
    index: usize,
) -> Result<Vec<Edit>, EditError> {
    let target = desk.issue.section(section)?;
    match desk.place(story) {
        Some(StoryPlace::Inbox(at)) => Ok(vec![
            Edit::RemoveInbox(story),
            Edit::InsertPick {
                section,
                index: index.min(target.picks.len()),
                pick: Box::new(desk.inbox.entries[at].clone()),
            },
        ]),
        Some(StoryPlace::Issue(at)) => {
            let leaves_target = desk.issue.sections[at.section].id == section;
            let len_after_removal = target.picks.len() - usize::from(leaves_target);
            Ok(vec![Edit::MovePick {
                story,
                section,
                index: index.min(len_after_removal),
            }])
        }
        None => Err(EditError::NoSuchStory(story)),
    }
}

/// Sends a pick back to the top of the inbox, with its commentary.
pub fn send_to_inbox(desk: &Desk, story: StoryId) -> Result<Vec<Edit>, EditError> {
    let pick = desk.issue.pick(story)?;
    Ok(vec![
        Edit::RemovePick(story),
        Edit::InsertInbox {
            index: 0,
            entry: Box::new(pick.clone()),
        },
    ])
}

/// Deletes a story, picked or in the inbox (undo brings it back).
pub fn delete_story(desk: &Desk, story: StoryId) -> Result<Vec<Edit>, EditError> {
    match desk.place(story) {
        Some(StoryPlace::Inbox(_)) => Ok(vec![Edit::RemoveInbox(story)]),
        Some(StoryPlace::Issue(_)) => Ok(vec![Edit::RemovePick(story)]),
        None => Err(EditError::NoSuchStory(story)),
    }
}

/// Moves a pick by one keyboard step. `None` when it cannot go further that way.
pub fn step_pick(
    desk: &Desk,
    story: StoryId,
    step: PickStep,
) -> Result<Option<Vec<Edit>>, EditError> {
    let issue = &desk.issue;
    let at = issue.pick_position(story)?;
    let here = &issue.sections[at.section];
    let target = match step {
        PickStep::Up => at.pick.checked_sub(1).map(|i| (here.id, i)),
        PickStep::Down => (at.pick + 1 < here.picks.len()).then(|| (here.id, at.pick + 1)),
        PickStep::Top => (at.pick > 0).then_some((here.id, 0)),
        PickStep::PreviousSection => at
            .section
            .checked_sub(1)
            .map(|s| (issue.sections[s].id, issue.sections[s].picks.len())),
        PickStep::NextSection => issue.sections.get(at.section + 1).map(|s| (s.id, 0)),
    };
    Ok(target.map(|(section, index)| {
        vec![Edit::MovePick {
            story,
            section,
            index,
        }]
    }))
}

/// Moves a section one place up (`up`) or down. `None` at either end.
pub fn step_section(
    desk: &Desk,
    section: SectionId,
    up: bool,
) -> Result<Option<Vec<Edit>>, EditError> {
    let from = desk.issue.section_index(section)?;
    let to = if up {
        from.checked_sub(1)
    } else {
        (from + 1 < desk.issue.sections.len()).then_some(from + 1)
    };
    Ok(to.map(|index| vec![Edit::MoveSection { section, index }]))
}

/// Adds an empty section at `index`, titled `title`. Returns its id with the edits.
pub fn add_section(desk: &Desk, index: usize, title: &str) -> (SectionId, Vec<Edit>) {
    let section = Section::new(title);
    let id = section.id;
    let index = index.min(desk.issue.sections.len());
    (id, vec![Edit::InsertSection { index, section }])
}

/// Deletes a section. Its picks go to the top of the inbox in their order, commentary and
/// all, so deleting a section never loses a story.
pub fn delete_section(desk: &Desk, section: SectionId) -> Result<Vec<Edit>, EditError> {
    let picks = &desk.issue.section(section)?.picks;
    let mut edits = Vec::with_capacity(picks.len() * 2 + 1);
    for (index, pick) in picks.iter().enumerate() {
        edits.push(Edit::RemovePick(pick.story.id));
        edits.push(Edit::InsertInbox {
            index,
            entry: Box::new(pick.clone()),
        });
    }
    edits.push(Edit::RemoveSection(section));
    Ok(edits)
}

/// What collecting a story comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collected {
    /// The story the collected one now is: itself, or the one it was merged into.
    pub story: StoryId,
    /// Where it was already (`None` for a new story).
    pub merged_into: Option<StoryPlace>,
    /// The edits: an insertion at the top of the inbox, or fills of the existing story's
    /// empty fields. Empty when there was nothing to add.
    pub edits: Vec<Edit>,
}

/// Collects stories (one, a feed, dropped files, pasted links) into the inbox in their order:
/// the first ends on top. A story whose link is already on the desk (in the inbox, picked, or
/// collected just before it) is merged into that one instead: fields it lacks are filled in,
/// nothing is duplicated.
/// Applying every result's edits in order carries the whole collection out.
pub fn collect_many(desk: &Desk, stories: Vec<Story>) -> Vec<Collected> {
    // Each link's key is computed once per story, not once per story per comparison: a feed
    // of 500 items into an inbox of 500 would otherwise parse half a million links.
    let mut by_key: HashMap<String, StoryId> = HashMap::new();
    for pick in desk.inbox.entries.iter().rev().chain(desk.issue.picks()) {
        if let Some(key) = pick.story.link().key() {
            by_key.insert(key, pick.story.id);
        }
    }
    let mut working = desk.clone();
    let mut inserted = 0;
    let mut out = Vec::with_capacity(stories.len());
    for story in stories {
        let key = story.link().key();
        let collected = match key.as_ref().and_then(|k| by_key.get(k)).copied() {
            Some(existing) => Collected {
                story: existing,
                merged_into: working.place(existing),
                edits: working
                    .entry(existing)
                    .map(|entry| fill_missing(&entry.story, &story))
                    .unwrap_or_default(),
            },
            None => {
                if let Some(key) = key {
                    by_key.insert(key, story.id);
                }
                let id = story.id;
                let index = inserted.min(working.inbox.entries.len());
                inserted += 1;
                Collected {
                    story: id,
                    merged_into: None,
                    edits: vec![Edit::InsertInbox {
                        index,
                        entry: Box::new(Entry {
                            story,
                            commentary: Prose::default(),
                        }),
                    }],
                }
            }
        };
        for edit in &collected.edits {
            // Planned against `working` just now: applies.
            let _ = edit.apply(&mut working);
        }
        out.push(collected);
    }
    out
}

/// Edits that copy into `existing` the fields it has empty and `new` has filled.
fn fill_missing(existing: &Story, new: &Story) -> Vec<Edit> {
    let id = existing.id;
    let mut edits = Vec::new();
    let lines = [
        (StoryText::Headline, &existing.headline, &new.headline),
        (StoryText::Source, &existing.source, &new.source),
        (StoryText::Author, &existing.author, &new.author),
    ];
    for (which, old, new) in lines {
        if old.trim().is_empty() && !new.trim().is_empty() {
            edits.push(Edit::Text {
                field: TextField::Story(id, which),
                change: TextChange::replace(0..old.len(), new.clone()),
            });
        }
    }
    let new_excerpt = new.excerpt.text();
    if existing.excerpt.text().trim().is_empty() && !new_excerpt.trim().is_empty() {
        edits.push(Edit::Text {
            field: TextField::Story(id, StoryText::Excerpt),
            change: TextChange::replace(0..existing.excerpt.len(), new_excerpt),
        });
    }
    if existing.published.is_none() && new.published.is_some() {
        edits.push(Edit::SetPublished {
            story: id,
            date: new.published,
        });
    }
    let mut tags = existing.tags.clone();
    for tag in &new.tags {
        if !tags.contains(tag) {
            tags.push(tag.clone());
        }
    }
    if tags != existing.tags {
        edits.push(Edit::SetTags { story: id, tags });
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Inbox, Issue};
    use std::time::Instant;

    fn story(headline: &str, url: &str) -> Story {
        let mut s = Story::new(headline);
        s.url = url.to_owned();
        s
    }

    /// An issue with sections A (two picks) and B (one pick), and two stories in the inbox.
    fn document() -> Document {
        let date = jiff::civil::date(2026, 11, 29);
        let mut issue = Issue::new(7, "العدد السابع", date);
        issue.sections = vec![Section::new("أ"), Section::new("ب")];
        for (s, headline) in [(0, "الأول"), (0, "الثاني"), (1, "الثالث")] {
            issue.sections[s].picks.push(Entry {
                story: story(headline, &format!("https://example.com/{headline}")),
                commentary: Prose::from_text("تعليق"),
            });
        }
        let inbox = Inbox {
            entries: vec![
                Entry {
                    story: story("وارد ١", "https://ft.com/a"),
                    commentary: Prose::default(),
                },
                Entry {
                    story: story("وارد ٢", ""),
                    commentary: Prose::default(),
                },
            ],
        };
        Document::with_inbox(issue, inbox)
    }

    fn headlines(doc: &Document) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = doc
            .issue()
            .sections
            .iter()
            .map(|s| s.picks.iter().map(|p| p.story.headline.clone()).collect())
            .collect();
        out.push(
            doc.inbox()
                .entries
                .iter()
                .map(|p| p.story.headline.clone())
                .collect(),
        );
        out
    }

    /// Applies `edits`, checks the result, and checks that undo and redo restore exactly.
    fn check_undoable(doc: &mut Document, edits: Vec<Edit>, expected: &[&[&str]]) {
        let before = doc.desk().clone();
        doc.apply_all(edits, Instant::now()).expect("applies");
        let after = doc.desk().clone();
        assert_eq!(headlines(doc), expected);
        assert!(doc.is_modified());
        assert!(doc.undo().expect("undo"));
        assert_eq!(doc.desk(), &before);
        assert!(doc.redo().expect("redo"));
        assert_eq!(doc.desk(), &after);
    }

    fn collect(desk: &Desk, story: Story) -> Collected {
        collect_many(desk, vec![story]).remove(0)
    }

    fn id_of(doc: &Document, headline: &str) -> StoryId {
        let d = doc.desk();
        d.issue
            .picks()
            .chain(d.inbox.entries.iter())
            .find(|p| p.story.headline == headline)
            .map(|p| p.story.id)
            .expect("story exists")
    }

    #[test]
    fn picking_moves_from_inbox_into_a_section() {
        let mut doc = document();
        let story = id_of(&doc, "وارد ١");
        let section = doc.issue().sections[1].id;
        let edits = pick(doc.desk(), story, section, 0).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الأول", "الثاني"], &["وارد ١", "الثالث"], &["وارد ٢"]],
        );
    }

    #[test]
    fn an_index_past_the_end_puts_the_story_last() {
        let mut doc = document();
        let first = id_of(&doc, "الأول");
        let section = doc.issue().sections[0].id;
        let edits = pick(doc.desk(), first, section, 99).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الثاني", "الأول"], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
        let waiting = id_of(&doc, "وارد ٢");
        let edits = pick(doc.desk(), waiting, section, 99).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الثاني", "الأول", "وارد ٢"], &["الثالث"], &["وارد ١"]],
        );
    }

    #[test]
    fn sending_back_keeps_the_commentary() {
        let mut doc = document();
        let story = id_of(&doc, "الثاني");
        let edits = send_to_inbox(doc.desk(), story).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الأول"], &["الثالث"], &["الثاني", "وارد ١", "وارد ٢"]],
        );
        assert_eq!(doc.inbox().entries[0].commentary.text(), "تعليق");
    }

    #[test]
    fn keyboard_steps_move_within_and_across_sections() {
        let mut doc = document();
        let second = id_of(&doc, "الثاني");
        let up = step_pick(doc.desk(), second, PickStep::Up).expect("plan");
        check_undoable(
            &mut doc,
            up.expect("can move up"),
            &[&["الثاني", "الأول"], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
        assert_eq!(step_pick(doc.desk(), second, PickStep::Up), Ok(None));
        assert_eq!(step_pick(doc.desk(), second, PickStep::Top), Ok(None));
        let across = step_pick(doc.desk(), second, PickStep::NextSection).expect("plan");
        check_undoable(
            &mut doc,
            across.expect("a next section"),
            &[&["الأول"], &["الثاني", "الثالث"], &["وارد ١", "وارد ٢"]],
        );
        let back = step_pick(doc.desk(), second, PickStep::PreviousSection).expect("plan");
        check_undoable(
            &mut doc,
            back.expect("a previous section"),
            &[&["الأول", "الثاني"], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
        let down = step_pick(doc.desk(), second, PickStep::Down).expect("plan");
        assert_eq!(down, None, "already last in its section");
        let third = id_of(&doc, "الثالث");
        assert_eq!(
            step_pick(doc.desk(), third, PickStep::NextSection),
            Ok(None)
        );
    }

    #[test]
    fn move_to_top() {
        let mut doc = document();
        let second = id_of(&doc, "الثاني");
        let edits = step_pick(doc.desk(), second, PickStep::Top).expect("plan");
        check_undoable(
            &mut doc,
            edits.expect("not at top"),
            &[&["الثاني", "الأول"], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
    }

    #[test]
    fn deleting_a_section_sends_its_picks_to_the_inbox() {
        let mut doc = document();
        let first = doc.issue().sections[0].id;
        let edits = delete_section(doc.desk(), first).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الثالث"], &["الأول", "الثاني", "وارد ١", "وارد ٢"]],
        );
        assert_eq!(doc.issue().sections.len(), 1);
    }

    #[test]
    fn sections_add_and_reorder() {
        let mut doc = document();
        let (id, edits) = add_section(doc.desk(), 9, "ج");
        check_undoable(
            &mut doc,
            edits,
            &[&["الأول", "الثاني"], &["الثالث"], &[], &["وارد ١", "وارد ٢"]],
        );
        assert_eq!(doc.issue().sections[2].id, id);
        let up = step_section(doc.desk(), id, true).expect("plan");
        check_undoable(
            &mut doc,
            up.expect("can go up"),
            &[&["الأول", "الثاني"], &[], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
        let first = doc.issue().sections[0].id;
        assert_eq!(step_section(doc.desk(), first, true), Ok(None));
    }

    #[test]
    fn deleting_stories_is_undoable() {
        let mut doc = document();
        let picked = id_of(&doc, "الأول");
        let edits = delete_story(doc.desk(), picked).expect("plan");
        check_undoable(
            &mut doc,
            edits,
            &[&["الثاني"], &["الثالث"], &["وارد ١", "وارد ٢"]],
        );
        let waiting = id_of(&doc, "وارد ٢");
        let edits = delete_story(doc.desk(), waiting).expect("plan");
        check_undoable(&mut doc, edits, &[&["الثاني"], &["الثالث"], &["وارد ١"]]);
    }

    #[test]
    fn collecting_a_new_story_puts_it_on_top() {
        let mut doc = document();
        let collected = collect(doc.desk(), story("جديد", "https://bbc.com/x"));
        assert_eq!(collected.merged_into, None);
        check_undoable(
            &mut doc,
            collected.edits,
            &[
                &["الأول", "الثاني"],
                &["الثالث"],
                &["جديد", "وارد ١", "وارد ٢"],
            ],
        );
    }

    #[test]
    fn collecting_the_same_link_twice_merges() {
        let mut doc = document();
        // Same story: other scheme, www., tracking parameters and a fragment.
        let mut again = story("", "http://www.ft.com/a/?utm_source=x#top");
        again.source = "Financial Times".to_owned();
        again.excerpt = Prose::from_text("مقتطف");
        let collected = collect(doc.desk(), again);
        let existing = id_of(&doc, "وارد ١");
        assert_eq!(collected.story, existing);
        assert_eq!(collected.merged_into, Some(StoryPlace::Inbox(0)));
        doc.apply_all(collected.edits, Instant::now())
            .expect("fills");
        let entry = doc.inbox().entry(existing).expect("still there");
        assert_eq!(entry.story.headline, "وارد ١", "a filled field is kept");
        assert_eq!(entry.story.source, "Financial Times");
        assert_eq!(entry.story.excerpt.text(), "مقتطف");
        assert_eq!(doc.inbox().entries.len(), 2, "not duplicated");
    }

    #[test]
    fn collecting_many_keeps_their_order_and_merges_among_them() {
        let mut doc = document();
        let stories = vec![
            story("أول", "https://bbc.com/1"),
            story("ثان", "https://bbc.com/2"),
            story("", "http://www.bbc.com/1/"),
            story("", "https://ft.com/a?utm_source=x"),
        ];
        let all = collect_many(doc.desk(), stories);
        assert_eq!(all[2].story, all[0].story, "merged with the first");
        // "وارد ١" was first in the inbox; the two new stories went above it.
        assert_eq!(all[3].merged_into, Some(StoryPlace::Inbox(2)));
        let edits: Vec<Edit> = all.into_iter().flat_map(|c| c.edits).collect();
        check_undoable(
            &mut doc,
            edits,
            &[
                &["الأول", "الثاني"],
                &["الثالث"],
                &["أول", "ثان", "وارد ١", "وارد ٢"],
            ],
        );
    }

    #[test]
    fn collecting_a_picked_link_points_at_the_pick() {
        let doc = document();
        let collected = collect(doc.desk(), story("x", "https://example.com/الأول"));
        assert!(matches!(collected.merged_into, Some(StoryPlace::Issue(_))));
        assert_eq!(collected.story, id_of(&doc, "الأول"));
    }

    #[test]
    fn inbox_text_fields_are_editable_and_undoable() {
        let mut doc = document();
        let id = id_of(&doc, "وارد ٢");
        doc.apply(
            Edit::Text {
                field: TextField::Story(id, StoryText::Headline),
                change: TextChange::insert(0, "عاجل: "),
            },
            Instant::now(),
        )
        .expect("applies");
        assert_eq!(doc.inbox().entries[1].story.headline, "عاجل: وارد ٢");
        doc.undo().expect("undo");
        assert_eq!(doc.inbox().entries[1].story.headline, "وارد ٢");
    }
}
