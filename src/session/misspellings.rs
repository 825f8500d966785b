//! The misspellings of the whole issue, worked out on request, and the walk through them
//! (Next / Previous misspelling).

use std::ops::Range;

use super::{Effect, Focus, Selection, Session, Topic};
use crate::model::{Desk, TextField};
use crate::strings::{Text, text};

/// A misspelled word of the issue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Misspelling {
    /// The field it is in.
    pub field: TextField,
    /// Where it is in the field's text.
    pub range: Range<usize>,
    /// The word.
    pub word: String,
}

/// Every misspelled word of the issue on `desk`, in reading order: the issue's own fields, then
/// each pick's. `accepted` words (her personal dictionary) and the words ignored in the issue
/// are not misspellings.
pub fn issue_misspellings(
    desk: &Desk,
    speller: &crate::spell::Speller,
    accepted: &std::collections::BTreeSet<String>,
) -> Vec<Misspelling> {
    let issue = &desk.issue;
    let fields = TextField::of_issue_and_picks(issue);
    let mut out = Vec::new();
    let known = crate::spell::KnownWords {
        personal: Some(accepted),
        ignored: &desk.issue.ignored_words,
    };
    for field in fields.filter(|f| f.is_spell_checked()) {
        let Ok(value) = field.get(desk) else {
            continue;
        };
        let mut start = 0;
        for paragraph in value.paragraphs() {
            for range in speller.misspelled(paragraph.text) {
                let word = &paragraph.text[range.clone()];
                if !known.contains(word) {
                    out.push(Misspelling {
                        field,
                        range: start + range.start..start + range.end,
                        word: word.to_owned(),
                    });
                }
            }
            start += paragraph.text.len() + 1;
        }
    }
    out
}

impl Session {
    /// Moves the positions the session keeps in the text — the misspellings listed, the
    /// pre-flight findings — through the text changes applied since the last time, so each
    /// still points at its words after edits elsewhere. One whose words a change touched keeps
    /// its place until the list is made again (it may be another word now).
    pub(super) fn follow_text_changes(&mut self) {
        for (field, change) in self.open.document.take_text_changes() {
            for found in self.misspellings.iter_mut().filter(|m| m.field == field) {
                if let Some(moved) = crate::model::map_range(&found.range, &change) {
                    found.range = moved;
                }
            }
            if let Some(preflight) = &mut self.preflight {
                preflight.follow(field, &change);
            }
        }
    }

    /// Checks the whole issue's spelling, lists what it found and goes to the first.
    pub(super) fn check_issue_spelling(&mut self) {
        let Some((speller, _)) = self.spelling.checker() else {
            return;
        };
        let found = issue_misspellings(
            self.open.document.desk(),
            speller,
            self.spelling.personal_words(),
        );
        self.post_info(
            Topic::Spelling,
            text(&Text::MisspellingCount { count: found.len() }),
        );
        self.misspellings = found;
        self.misspellings_revision = self.open.document.revision();
        self.misspelling_at = None;
        self.show_misspellings = true;
        self.step_misspelling(true);
    }

    /// Goes to the next (or previous) misspelling of the list, checking the issue first when
    /// there is no list yet.
    pub(super) fn step_misspelling(&mut self, forward: bool) {
        if !self.show_misspellings {
            self.check_issue_spelling();
            return;
        }
        // The issue changed since the list was made (she fixed a word, say): made again. A
        // list one shorter means the word shown was fixed, and the next one took its place.
        let mut at = self.misspelling_at;
        if self.misspellings_revision != self.open.document.revision()
            && let Some((speller, _)) = self.spelling.checker()
        {
            let before = self.misspellings.len();
            self.misspellings = issue_misspellings(
                self.open.document.desk(),
                speller,
                self.spelling.personal_words(),
            );
            self.misspellings_revision = self.open.document.revision();
            if forward && self.misspellings.len() < before {
                at = at.and_then(|i| i.checked_sub(1));
                if at.is_none() {
                    at = self.misspellings.len().checked_sub(1);
                }
            }
        }
        let count = self.misspellings.len();
        if count == 0 {
            self.misspelling_at = None;
            return;
        }
        let next = match (at, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(at), true) => (at + 1) % count,
            (Some(at), false) => (at + count - 1) % count,
        };
        self.go_to_misspelling(next);
    }

    /// Shows misspelling `index` of the list: its story or the issue, the caret in its field,
    /// the word selected.
    pub(super) fn go_to_misspelling(&mut self, index: usize) {
        let Some(found) = self.misspellings.get(index).cloned() else {
            return;
        };
        self.misspelling_at = Some(index);
        self.selection = match found.field.story() {
            Some(story) => Selection::Story(story),
            None => Selection::Issue,
        };
        self.open
            .document
            .select(found.field, crate::model::TextSelection::range(found.range));
        self.effects.push(Effect::Focus(Focus::Field(found.field)));
    }

    /// Closes the list of misspellings.
    pub(super) fn close_misspellings(&mut self) {
        self.show_misspellings = false;
        self.misspellings.clear();
        self.misspelling_at = None;
    }

    /// The misspellings last listed, and the one shown, while the list is open.
    pub fn misspellings(&self) -> Option<(&[Misspelling], Option<usize>)> {
        self.show_misspellings
            .then_some((self.misspellings.as_slice(), self.misspelling_at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edit;

    #[test]
    fn the_whole_issue_is_checked_in_reading_order_and_her_words_are_accepted() {
        let speller = crate::spell::Speller::bundled().expect("dictionaries");
        let issue = crate::io::parse_issue(
            crate::io::SAMPLE_RON.as_bytes(),
            std::path::Path::new("sample.ron"),
        )
        .expect("sample")
        .issue;
        let mut document = crate::model::Document::new(issue);
        let story = document.issue().picks().next().expect("a pick").story.id;
        let len = document
            .issue()
            .picks()
            .next()
            .expect("a pick")
            .commentary
            .len();
        document
            .apply(
                Edit::Text {
                    field: TextField::Commentary(story),
                    change: crate::model::TextChange::replace(0..len, "فى البيت\nفى"),
                },
                std::time::Instant::now(),
            )
            .expect("edit");
        let found = issue_misspellings(document.desk(), &speller, &Default::default());
        let in_commentary: Vec<&Misspelling> = found
            .iter()
            .filter(|m| m.field == TextField::Commentary(story))
            .collect();
        assert_eq!(in_commentary.len(), 2, "{found:?}");
        assert_eq!(in_commentary[0].range, 0.."فى".len());
        let second = "فى البيت\n".len();
        assert_eq!(in_commentary[1].range, second..second + "فى".len());
        let accepted = ["فى".to_owned()].into_iter().collect();
        let found = issue_misspellings(document.desk(), &speller, &accepted);
        assert!(found.iter().all(|m| m.word != "فى"));
    }
}
