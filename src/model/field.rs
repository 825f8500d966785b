//! [`TextField`]: names one text field of the issue or the inbox, so an edit can say where it
//! applies.

use serde::{Deserialize, Serialize};

use super::{
    Desk, EditError, Prose, ResolvedDirection, SectionId, StoryId, TextSettings, prose::check_range,
};

/// A text field of a story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StoryText {
    /// [`super::Story::headline`].
    Headline,
    /// [`super::Story::url`].
    Url,
    /// [`super::Story::source`].
    Source,
    /// [`super::Story::author`].
    Author,
    /// [`super::Story::excerpt`] (prose).
    Excerpt,
    /// [`super::Story::tags`]: edited as a list ([`super::Edit::SetTags`]), but with a
    /// direction like any line.
    Tags,
}

impl StoryText {
    /// Every text field of a story, in the order the editor shows them.
    pub const ALL: [Self; 6] = [
        Self::Headline,
        Self::Source,
        Self::Url,
        Self::Author,
        Self::Tags,
        Self::Excerpt,
    ];
}

/// One text field of the issue or of a story in the inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextField {
    /// The issue's title.
    IssueTitle,
    /// The issue's introduction (prose).
    Intro,
    /// A section's heading.
    SectionTitle(SectionId),
    /// The editor's commentary on a story, picked or in the inbox (prose).
    Commentary(StoryId),
    /// A field of a story, picked or in the inbox.
    Story(StoryId, StoryText),
}

/// Mutable access to a field's value: a single line or prose.
pub enum FieldMut<'a> {
    /// A single-line field and its settings.
    Line(&'a mut String, &'a mut TextSettings),
    /// A story's link: a single line with no settings of its own (always left to right).
    Link(&'a mut String),
    /// A prose field.
    Prose(&'a mut Prose),
}

/// Shared access to a field's value.
pub enum FieldRef<'a> {
    /// A single-line field and its settings.
    Line(&'a str, TextSettings),
    /// A prose field.
    Prose(&'a Prose),
}

impl<'a> FieldRef<'a> {
    /// The field's text; prose paragraphs joined by `\n`.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Self::Line(s, _) => (*s).into(),
            Self::Prose(p) => p.text().into(),
        }
    }

    /// Bytes `range` of the field's text, when they lie within one paragraph (a word, a
    /// name): found without joining the paragraphs.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Option<&'a str> {
        match self {
            Self::Line(s, _) => s.get(range),
            Self::Prose(p) => {
                let (paragraph, start) = p.paragraph_at(range.start);
                let local = range.start.checked_sub(start)?..range.end.checked_sub(start)?;
                p.paragraphs().get(paragraph)?.text.get(local)
            }
        }
    }

    /// Length of the field's text in bytes (paragraphs joined by `\n`), found without joining.
    pub fn len(&self) -> usize {
        match self {
            Self::Line(s, _) => s.len(),
            Self::Prose(p) => p.len(),
        }
    }

    /// True when the field holds no text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `offset` kept inside the text and moved back onto a character boundary, reading only
    /// the paragraph it falls in.
    pub fn floor_boundary(&self, offset: usize) -> usize {
        let offset = offset.min(self.len());
        let (text, start) = match self {
            Self::Line(s, _) => (*s, 0),
            Self::Prose(p) => {
                let (index, start) = p.paragraph_at(offset);
                (p.paragraphs()[index].text.as_str(), start)
            }
        };
        let mut local = offset.saturating_sub(start).min(text.len());
        while !text.is_char_boundary(local) {
            local -= 1;
        }
        start + local
    }

    /// The paragraph holding byte `offset` of the field's text (0 for a line).
    pub fn paragraph_at(&self, offset: usize) -> usize {
        match self {
            Self::Line(..) => 0,
            Self::Prose(p) => p.paragraph_at(offset).0,
        }
    }

    /// The prose's version ([`Prose::version`]); `None` for a line, which is short enough to
    /// compare.
    pub fn version(&self) -> Option<u64> {
        match self {
            Self::Line(..) => None,
            Self::Prose(p) => Some(p.version()),
        }
    }

    /// The settings of each paragraph (one for a line).
    pub fn settings(&self) -> Vec<TextSettings> {
        match self {
            Self::Line(_, settings) => vec![*settings],
            Self::Prose(p) => p
                .paragraphs()
                .iter()
                .map(super::Paragraph::settings)
                .collect(),
        }
    }

    /// The field's paragraphs (one for a line), each with its settings and, for prose, its
    /// stamp ([`Prose::stamps`]).
    pub fn paragraphs(&self) -> Vec<FieldParagraph<'a>> {
        match self {
            Self::Line(text, settings) => vec![FieldParagraph {
                text,
                settings: *settings,
                stamp: None,
            }],
            Self::Prose(p) => p
                .paragraphs()
                .iter()
                .zip(p.stamps())
                .map(|(paragraph, stamp)| FieldParagraph {
                    text: &paragraph.text,
                    settings: paragraph.settings(),
                    stamp: Some(*stamp),
                })
                .collect(),
        }
    }

    /// The direction each paragraph is shown in (one for a line), `base` being the issue's.
    pub fn resolved_directions(&self, base: ResolvedDirection) -> Vec<ResolvedDirection> {
        match self {
            Self::Line(text, settings) => vec![settings.resolve(text, base)],
            Self::Prose(p) => p.resolved_directions(base),
        }
    }
}

/// One paragraph of a field, as [`FieldRef::paragraphs`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldParagraph<'a> {
    /// Its text (a line field's whole text).
    pub text: &'a str,
    /// Its settings.
    pub settings: TextSettings,
    /// Its stamp, for prose: equal stamps mean equal paragraphs. A line has none (it is
    /// short enough to compare).
    pub stamp: Option<u64>,
}

impl FieldParagraph<'_> {
    /// The bidi hints of the paragraph, shown in `direction`, unless the editor dismissed
    /// them: what the pane underlines and the pre-flight check lists.
    pub fn open_hints(&self, direction: ResolvedDirection) -> Vec<super::BidiHint> {
        if self.settings.hints_dismissed {
            Vec::new()
        } else {
            super::bidi_hints(self.text, direction)
        }
    }
}

/// What a view keeps to know a paragraph again in the next revision: its stamp when it has
/// one (then its text is never compared), else its text (a line: short).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParagraphKey {
    /// A prose paragraph's stamp ([`Prose::stamps`]).
    Stamp(u64),
    /// A line's text.
    Text(String),
}

impl ParagraphKey {
    /// The key of a paragraph with `text` and, for prose, `stamp`.
    pub fn of(text: &str, stamp: Option<u64>) -> Self {
        stamp.map_or_else(|| Self::Text(text.to_owned()), Self::Stamp)
    }

    /// True when this is the key of that paragraph.
    pub fn matches(&self, text: &str, stamp: Option<u64>) -> bool {
        match (self, stamp) {
            (Self::Stamp(mine), Some(theirs)) => *mine == theirs,
            (Self::Text(mine), None) => mine == text,
            _ => false,
        }
    }
}

impl TextField {
    /// True for fields that hold paragraphs.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Self::Intro | Self::Commentary(_) | Self::Story(_, StoryText::Excerpt)
        )
    }

    /// Reads this field on `desk`. The tags have no text of their own ([`EditError::NotText`]).
    pub fn get(self, desk: &Desk) -> Result<FieldRef<'_>, EditError> {
        let issue = &desk.issue;
        Ok(match self {
            Self::IssueTitle => FieldRef::Line(&issue.title, issue.title_settings),
            Self::Intro => FieldRef::Prose(&issue.intro),
            Self::SectionTitle(id) => {
                let section = issue.section(id)?;
                FieldRef::Line(&section.title, section.title_settings)
            }
            Self::Commentary(story) => FieldRef::Prose(&desk.entry(story)?.commentary),
            Self::Story(story, which) => {
                let s = &desk.entry(story)?.story;
                match which {
                    StoryText::Headline => FieldRef::Line(&s.headline, s.headline_settings),
                    // A link reads left to right whatever the page's language.
                    StoryText::Url => FieldRef::Line(
                        &s.url,
                        TextSettings {
                            direction: super::Direction::Ltr,
                            hints_dismissed: true,
                        },
                    ),
                    StoryText::Source => FieldRef::Line(&s.source, s.source_settings),
                    StoryText::Author => FieldRef::Line(&s.author, s.author_settings),
                    StoryText::Excerpt => FieldRef::Prose(&s.excerpt),
                    StoryText::Tags => return Err(EditError::NotText),
                }
            }
        })
    }

    /// Gives mutable access to this field on `desk`.
    pub fn get_mut(self, desk: &mut Desk) -> Result<FieldMut<'_>, EditError> {
        Ok(match self {
            Self::IssueTitle => {
                let issue = &mut desk.issue;
                FieldMut::Line(&mut issue.title, &mut issue.title_settings)
            }
            Self::Intro => FieldMut::Prose(&mut desk.issue.intro),
            Self::SectionTitle(id) => {
                let index = desk.issue.section_index(id)?;
                let section = &mut desk.issue.sections[index];
                FieldMut::Line(&mut section.title, &mut section.title_settings)
            }
            Self::Commentary(story) => FieldMut::Prose(&mut desk.entry_mut(story)?.commentary),
            Self::Story(story, which) => {
                let s = &mut desk.entry_mut(story)?.story;
                match which {
                    StoryText::Headline => {
                        FieldMut::Line(&mut s.headline, &mut s.headline_settings)
                    }
                    StoryText::Source => FieldMut::Line(&mut s.source, &mut s.source_settings),
                    StoryText::Author => FieldMut::Line(&mut s.author, &mut s.author_settings),
                    StoryText::Excerpt => FieldMut::Prose(&mut s.excerpt),
                    StoryText::Url => FieldMut::Link(&mut s.url),
                    // The tags are edited as a list (`Edit::SetTags`), not as text.
                    StoryText::Tags => return Err(EditError::NotText),
                }
            }
        })
    }

    /// The settings of paragraph `paragraph` of this field (0 for a line).
    pub fn settings(self, desk: &Desk, paragraph: usize) -> Result<TextSettings, EditError> {
        if let Self::Story(story, StoryText::Tags) = self {
            return Ok(desk.entry(story)?.story.tags_settings);
        }
        let settings = self.get(desk)?.settings();
        let count = settings.len();
        settings
            .get(paragraph)
            .copied()
            .ok_or(EditError::NoSuchParagraph { paragraph, count })
    }

    /// Replaces the settings of paragraph `paragraph` of this field (0 for a line); returns
    /// the settings it had.
    pub fn set_settings(
        self,
        desk: &mut Desk,
        paragraph: usize,
        settings: TextSettings,
    ) -> Result<TextSettings, EditError> {
        if let Self::Story(story, StoryText::Tags) = self {
            let s = &mut desk.entry_mut(story)?.story;
            return Ok(std::mem::replace(&mut s.tags_settings, settings));
        }
        match self.get_mut(desk)? {
            FieldMut::Prose(prose) => prose.set_settings(paragraph, settings),
            FieldMut::Line(_, current) if paragraph == 0 => {
                Ok(std::mem::replace(current, settings))
            }
            FieldMut::Line(..) => Err(EditError::NotProse),
            // A link always reads left to right: there is nothing to set.
            FieldMut::Link(_) => Err(EditError::NotText),
        }
    }

    /// The text fields of the issue itself: its title, its introduction, each section's title.
    pub fn of_issue(issue: &super::Issue) -> impl Iterator<Item = Self> + '_ {
        [Self::IssueTitle, Self::Intro]
            .into_iter()
            .chain(issue.sections.iter().map(|s| Self::SectionTitle(s.id)))
    }

    /// The text fields readers see, in reading order: the issue's own, then each pick's.
    pub fn of_issue_and_picks(issue: &super::Issue) -> impl Iterator<Item = Self> + '_ {
        Self::of_issue(issue).chain(issue.picks().flat_map(|pick| Self::of_story(pick.story.id)))
    }

    /// The text fields of story `story`: each [`StoryText`], and the commentary.
    pub fn of_story(story: StoryId) -> impl Iterator<Item = Self> {
        StoryText::ALL
            .into_iter()
            .map(move |t| Self::Story(story, t))
            .chain(std::iter::once(Self::Commentary(story)))
    }

    /// True for the fields whose spelling is checked: headlines, titles and prose (not links,
    /// sources, authors or tags, which are names).
    pub fn is_spell_checked(self) -> bool {
        match self {
            Self::IssueTitle | Self::Intro | Self::SectionTitle(_) | Self::Commentary(_) => true,
            Self::Story(_, which) => matches!(which, StoryText::Headline | StoryText::Excerpt),
        }
    }

    /// The story this field belongs to, if any.
    pub fn story(self) -> Option<StoryId> {
        match self {
            Self::Commentary(story) | Self::Story(story, _) => Some(story),
            Self::IssueTitle | Self::Intro | Self::SectionTitle(_) => None,
        }
    }
}

impl FieldMut<'_> {
    /// Applies a text change and returns the change that undoes it.
    ///
    /// Single-line fields turn line breaks in the inserted text into spaces.
    pub fn apply(self, change: &super::TextChange) -> Result<super::TextChange, EditError> {
        match self {
            Self::Prose(prose) => prose.apply(change),
            Self::Line(line, _) | Self::Link(line) => {
                check_range(line, &change.range)?;
                let insert = single_line(&change.insert);
                let removed = line[change.range.clone()].to_owned();
                line.replace_range(change.range.clone(), &insert);
                Ok(super::TextChange::replace(
                    change.range.start..change.range.start + insert.len(),
                    removed,
                ))
            }
        }
    }
}

/// Replaces line breaks (and the tabs a paste may carry) by spaces, for single-line fields.
fn single_line(text: &str) -> String {
    let text = super::prose::normalize_line_breaks(text);
    text.replace(['\n', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Entry, Inbox, Issue, Story, TextChange};

    #[test]
    fn a_slice_is_the_joined_texts_within_one_paragraph() {
        let prose = Prose::from_text("أول فقرة\nثانية Sequoia هنا\n\nأخيرة");
        let field = FieldRef::Prose(&prose);
        let text = field.text().into_owned();
        for (start, _) in text.char_indices() {
            for end in (start..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let within_one = !text[start..end].contains('\n');
                let expected = within_one.then(|| &text[start..end]);
                assert_eq!(field.slice(start..end), expected, "{start}..{end}");
            }
        }
        assert_eq!(field.slice(0..text.len() + 1), None);
        assert_eq!(
            FieldRef::Line("Nvidia", TextSettings::default()).slice(0..3),
            Some("Nvi")
        );
    }

    #[test]
    fn a_link_is_edited_as_text_and_undone_exactly() {
        let story = Story::new("خبر");
        let id = story.id;
        let mut desk = Desk {
            issue: Issue::new(1, "", jiff::civil::date(2026, 1, 1)),
            inbox: Inbox {
                entries: vec![Entry {
                    story,
                    commentary: Prose::default(),
                }],
            },
        };
        let field = TextField::Story(id, StoryText::Url);
        let edit = Edit::Text {
            field,
            change: TextChange::insert(0, "https://ft.com/x\n"),
        };
        let undo = edit.apply(&mut desk).expect("a link takes text");
        assert_eq!(
            desk.entry(id).expect("story").story.url,
            "https://ft.com/x "
        );
        undo.apply(&mut desk).expect("undo");
        assert_eq!(desk.entry(id).expect("story").story.url, "");
        assert_eq!(
            field.set_settings(&mut desk, 0, TextSettings::default()),
            Err(EditError::NotText)
        );
    }
}
