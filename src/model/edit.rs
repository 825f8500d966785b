//! [`Edit`]: every change to the issue or the inbox, each with an exact inverse so undo can be
//! built on it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{
    Desk, EditError, Entry, Language, Mark, Section, SectionId, Status, StoryId, TextChange,
    TextField, TextSettings,
};

/// One change to the desk (the issue or the inbox). [`Edit::apply`] is the only place either
/// is modified.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edit {
    /// Replaces a range of a text field.
    Text {
        /// The field edited.
        field: TextField,
        /// What changes.
        change: TextChange,
    },
    /// Replaces the settings (direction, dismissed hints) of one paragraph of a prose field,
    /// or of a line (paragraph 0).
    SetTextSettings {
        /// The field.
        field: TextField,
        /// Index of the paragraph (0 for a line).
        paragraph: usize,
        /// The new settings.
        settings: TextSettings,
    },
    /// Replaces the marks (links, strong, emphasis) of one paragraph of a prose field.
    SetMarks {
        /// The field.
        field: TextField,
        /// Index of the paragraph.
        paragraph: usize,
        /// Its new marks (put in canonical form when applied).
        marks: Vec<Mark>,
    },
    /// Sets the issue's language.
    SetLanguage(Language),
    /// Sets the issue's number.
    SetNumber(u32),
    /// Sets the issue's date.
    SetDate(Date),
    /// Sets the issue's status.
    SetStatus(Status),
    /// Replaces the words the spelling check ignores in this issue.
    SetIgnoredWords(std::collections::BTreeSet<String>),
    /// Sets a story's publication date (picked or in the inbox).
    SetPublished {
        /// The story.
        story: StoryId,
        /// The new date, or none.
        date: Option<Date>,
    },
    /// Replaces a story's tags (picked or in the inbox).
    SetTags {
        /// The story.
        story: StoryId,
        /// The new tags.
        tags: Vec<String>,
    },
    /// Inserts a section at `index`.
    InsertSection {
        /// Where it goes.
        index: usize,
        /// The section, with its picks.
        section: Section,
    },
    /// Removes a section and its picks.
    RemoveSection(SectionId),
    /// Moves a section to `index`.
    MoveSection {
        /// The section.
        section: SectionId,
        /// Its new position.
        index: usize,
    },
    /// Inserts a pick into a section at `index`.
    InsertPick {
        /// The section.
        section: SectionId,
        /// Where it goes in the section.
        index: usize,
        /// The pick.
        pick: Box<Entry>,
    },
    /// Removes the pick of a story.
    RemovePick(StoryId),
    /// Moves a pick to `index` of a section (the same or another one).
    MovePick {
        /// The pick's story.
        story: StoryId,
        /// The section it goes to.
        section: SectionId,
        /// Its position there, counted after it has been taken out.
        index: usize,
    },
    /// Puts a story (with any commentary it has) into the inbox at `index`.
    InsertInbox {
        /// Where it goes.
        index: usize,
        /// The story and its commentary.
        entry: Box<Entry>,
    },
    /// Takes a story out of the inbox.
    RemoveInbox(StoryId),
}

impl Edit {
    /// Applies the edit to `desk` and returns the edit that undoes it. On error the desk is
    /// unchanged.
    pub fn apply(&self, desk: &mut Desk) -> Result<Edit, EditError> {
        Ok(match self {
            Self::Text { field, change } => Self::Text {
                field: *field,
                change: field.get_mut(desk)?.apply(change)?,
            },
            Self::SetTextSettings {
                field,
                paragraph,
                settings,
            } => Self::SetTextSettings {
                field: *field,
                paragraph: *paragraph,
                settings: field.set_settings(desk, *paragraph, *settings)?,
            },
            Self::SetMarks {
                field,
                paragraph,
                marks,
            } => match field.get_mut(desk)? {
                super::FieldMut::Prose(prose) => Self::SetMarks {
                    field: *field,
                    paragraph: *paragraph,
                    marks: prose.set_marks(*paragraph, marks.clone())?,
                },
                _ => return Err(EditError::NotProse),
            },
            Self::SetLanguage(l) => {
                Self::SetLanguage(std::mem::replace(&mut desk.issue.language, *l))
            }
            Self::SetNumber(n) => Self::SetNumber(std::mem::replace(&mut desk.issue.number, *n)),
            Self::SetDate(d) => Self::SetDate(std::mem::replace(&mut desk.issue.date, *d)),
            Self::SetStatus(s) => Self::SetStatus(std::mem::replace(&mut desk.issue.status, *s)),
            Self::SetIgnoredWords(words) => Self::SetIgnoredWords(std::mem::replace(
                &mut desk.issue.ignored_words,
                words.clone(),
            )),
            Self::SetPublished { story, date } => {
                let s = &mut desk.entry_mut(*story)?.story;
                Self::SetPublished {
                    story: *story,
                    date: std::mem::replace(&mut s.published, *date),
                }
            }
            Self::SetTags { story, tags } => {
                let s = &mut desk.entry_mut(*story)?.story;
                Self::SetTags {
                    story: *story,
                    tags: std::mem::replace(&mut s.tags, tags.clone()),
                }
            }
            Self::InsertSection { index, section } => {
                check_insert_index(*index, desk.issue.sections.len())?;
                desk.issue.sections.insert(*index, section.clone());
                Self::RemoveSection(section.id)
            }
            Self::RemoveSection(id) => {
                let index = desk.issue.section_index(*id)?;
                let section = desk.issue.sections.remove(index);
                Self::InsertSection { index, section }
            }
            Self::MoveSection { section, index } => {
                let from = desk.issue.section_index(*section)?;
                check_insert_index(*index, desk.issue.sections.len() - 1)?;
                let moved = desk.issue.sections.remove(from);
                desk.issue.sections.insert(*index, moved);
                Self::MoveSection {
                    section: *section,
                    index: from,
                }
            }
            Self::InsertPick {
                section,
                index,
                pick,
            } => {
                if desk.place(pick.story.id).is_some() {
                    return Err(EditError::AlreadyPicked(pick.story.id));
                }
                let s = desk.issue.section_index(*section)?;
                let picks = &mut desk.issue.sections[s].picks;
                check_insert_index(*index, picks.len())?;
                picks.insert(*index, (**pick).clone());
                Self::RemovePick(pick.story.id)
            }
            Self::RemovePick(story) => {
                let at = desk.issue.pick_position(*story)?;
                let section = &mut desk.issue.sections[at.section];
                let pick = section.picks.remove(at.pick);
                Self::InsertPick {
                    section: section.id,
                    index: at.pick,
                    pick: Box::new(pick),
                }
            }
            Self::MovePick {
                story,
                section,
                index,
            } => {
                let from = desk.issue.pick_position(*story)?;
                let to = desk.issue.section_index(*section)?;
                let len_after_removal =
                    desk.issue.sections[to].picks.len() - usize::from(from.section == to);
                check_insert_index(*index, len_after_removal)?;
                let from_section = desk.issue.sections[from.section].id;
                let pick = desk.issue.sections[from.section].picks.remove(from.pick);
                desk.issue.sections[to].picks.insert(*index, pick);
                Self::MovePick {
                    story: *story,
                    section: from_section,
                    index: from.pick,
                }
            }
            Self::InsertInbox { index, entry } => {
                if desk.place(entry.story.id).is_some() {
                    return Err(EditError::AlreadyPicked(entry.story.id));
                }
                let entries = &mut desk.inbox.entries;
                check_insert_index(*index, entries.len())?;
                entries.insert(*index, (**entry).clone());
                Self::RemoveInbox(entry.story.id)
            }
            Self::RemoveInbox(story) => {
                let index = desk.inbox.position(*story)?;
                let entry = desk.inbox.entries.remove(index);
                Self::InsertInbox {
                    index,
                    entry: Box::new(entry),
                }
            }
        })
    }

    /// The text change, when this edit is typing in a field.
    pub fn as_text(&self) -> Option<(TextField, &TextChange)> {
        match self {
            Self::Text { field, change } => Some((*field, change)),
            _ => None,
        }
    }
}

fn check_insert_index(index: usize, len: usize) -> Result<(), EditError> {
    if index > len {
        return Err(EditError::BadIndex { index, len });
    }
    Ok(())
}
