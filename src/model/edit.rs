//! [`Edit`]: every change to an issue, each with an exact inverse so undo can be built on it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{
    Direction, EditError, FieldMut, Issue, Pick, Section, SectionId, Status, StoryId, TextChange,
    TextField,
};

/// One change to an issue. [`Edit::apply`] is the only place an issue is modified.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Edit {
    /// Replaces a range of a text field.
    Text {
        /// The field edited.
        field: TextField,
        /// What changes.
        change: TextChange,
    },
    /// Sets the direction of one paragraph of a prose field.
    SetDirection {
        /// The prose field.
        field: TextField,
        /// Index of the paragraph.
        paragraph: usize,
        /// The new setting.
        direction: Direction,
    },
    /// Sets the issue's number.
    SetNumber(u32),
    /// Sets the issue's date.
    SetDate(Date),
    /// Sets the issue's status.
    SetStatus(Status),
    /// Sets a picked story's publication date.
    SetPublished {
        /// The story.
        story: StoryId,
        /// The new date, or none.
        date: Option<Date>,
    },
    /// Replaces a picked story's tags.
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
        pick: Box<Pick>,
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
}

impl Edit {
    /// Applies the edit to `issue` and returns the edit that undoes it. On error the issue is
    /// unchanged.
    pub fn apply(&self, issue: &mut Issue) -> Result<Edit, EditError> {
        Ok(match self {
            Self::Text { field, change } => Self::Text {
                field: *field,
                change: field.get_mut(issue)?.apply(change)?,
            },
            Self::SetDirection {
                field,
                paragraph,
                direction,
            } => {
                let FieldMut::Prose(prose) = field.get_mut(issue)? else {
                    return Err(EditError::NotProse);
                };
                Self::SetDirection {
                    field: *field,
                    paragraph: *paragraph,
                    direction: prose.set_direction(*paragraph, *direction)?,
                }
            }
            Self::SetNumber(n) => Self::SetNumber(std::mem::replace(&mut issue.number, *n)),
            Self::SetDate(d) => Self::SetDate(std::mem::replace(&mut issue.date, *d)),
            Self::SetStatus(s) => Self::SetStatus(std::mem::replace(&mut issue.status, *s)),
            Self::SetPublished { story, date } => {
                let s = &mut issue.pick_mut(*story)?.story;
                Self::SetPublished {
                    story: *story,
                    date: std::mem::replace(&mut s.published, *date),
                }
            }
            Self::SetTags { story, tags } => {
                let s = &mut issue.pick_mut(*story)?.story;
                Self::SetTags {
                    story: *story,
                    tags: std::mem::replace(&mut s.tags, tags.clone()),
                }
            }
            Self::InsertSection { index, section } => {
                check_insert_index(*index, issue.sections.len())?;
                issue.sections.insert(*index, section.clone());
                Self::RemoveSection(section.id)
            }
            Self::RemoveSection(id) => {
                let index = issue.section_index(*id)?;
                let section = issue.sections.remove(index);
                Self::InsertSection { index, section }
            }
            Self::MoveSection { section, index } => {
                let from = issue.section_index(*section)?;
                check_insert_index(*index, issue.sections.len() - 1)?;
                let moved = issue.sections.remove(from);
                issue.sections.insert(*index, moved);
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
                if issue.pick_position(pick.story.id).is_ok() {
                    return Err(EditError::AlreadyPicked(pick.story.id));
                }
                let s = issue.section_index(*section)?;
                let picks = &mut issue.sections[s].picks;
                check_insert_index(*index, picks.len())?;
                picks.insert(*index, (**pick).clone());
                Self::RemovePick(pick.story.id)
            }
            Self::RemovePick(story) => {
                let at = issue.pick_position(*story)?;
                let section = &mut issue.sections[at.section];
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
                let from = issue.pick_position(*story)?;
                let to = issue.section_index(*section)?;
                let len_after_removal =
                    issue.sections[to].picks.len() - usize::from(from.section == to);
                check_insert_index(*index, len_after_removal)?;
                let from_section = issue.sections[from.section].id;
                let pick = issue.sections[from.section].picks.remove(from.pick);
                issue.sections[to].picks.insert(*index, pick);
                Self::MovePick {
                    story: *story,
                    section: from_section,
                    index: from.pick,
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
