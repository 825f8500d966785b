//! Formatting planned as data: the edits that make a stretch of a prose field strong,
//! emphasised or a link (or not), one [`Edit::SetMarks`] per paragraph whose marks change, so
//! the whole change is one undo step with an exact inverse (as `curation.rs` plans moves).

use std::ops::Range;

use super::{Desk, Edit, EditError, Mark, MarkKind, TextField};

/// A paragraph a range touches.
struct Touched {
    /// Its index.
    index: usize,
    /// Where it starts in the field's text.
    start: usize,
    /// Its marks.
    marks: Vec<Mark>,
    /// Its text's length.
    len: usize,
}

/// The paragraphs of `field` that `range` (bytes of the field's text) touches.
fn touched(desk: &Desk, field: TextField, range: &Range<usize>) -> Result<Vec<Touched>, EditError> {
    let super::FieldRef::Prose(prose) = field.get(desk)? else {
        return Err(EditError::NotProse);
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (index, paragraph) in prose.paragraphs().iter().enumerate() {
        let end = start + paragraph.text.len();
        if start <= range.end && range.start <= end {
            out.push(Touched {
                index,
                start,
                marks: paragraph.marks.clone(),
                len: paragraph.text.len(),
            });
        }
        start = end + 1;
    }
    Ok(out)
}

/// True when every character of `range` in `field` carries a mark of `kind`'s family (any
/// link, for a link): Ctrl+B on words already all bold takes the bold off.
pub fn is_all_marked(desk: &Desk, field: TextField, range: &Range<usize>, kind: &MarkKind) -> bool {
    let Ok(paragraphs) = touched(desk, field, range) else {
        return false;
    };
    let mut any = false;
    for Touched {
        start, marks, len, ..
    } in paragraphs
    {
        let local = range.start.saturating_sub(start)..(range.end - start.min(range.end)).min(len);
        if local.is_empty() {
            continue;
        }
        any = true;
        let mut covered = local.start;
        let mut family: Vec<&Mark> = marks.iter().filter(|m| m.kind.same_family(kind)).collect();
        family.sort_by_key(|m| m.range.start);
        for mark in family {
            if mark.range.start <= covered && mark.range.end > covered {
                covered = mark.range.end;
            }
        }
        if covered < local.end {
            return false;
        }
    }
    any
}

/// The edits that put `kind` on `range` of `field` (`on`), or take its family off it (a link
/// off takes any link off). A link put on words takes the place of other links there. Empty
/// when nothing would change.
pub fn format_edits(
    desk: &Desk,
    field: TextField,
    range: Range<usize>,
    kind: &MarkKind,
    on: bool,
) -> Result<Vec<Edit>, EditError> {
    if range.is_empty() {
        return Ok(Vec::new());
    }
    let mut edits = Vec::new();
    for Touched {
        index: paragraph,
        start,
        marks,
        len,
    } in touched(desk, field, &range)?
    {
        let local = range.start.saturating_sub(start)..(range.end - start.min(range.end)).min(len);
        if local.is_empty() {
            continue;
        }
        let mut new = Vec::with_capacity(marks.len() + 1);
        for mark in &marks {
            // Of the mark's own family (or any link, when a link goes on), only what lies
            // outside the range stays.
            let cleared =
                mark.kind.same_family(kind) && (!on || kind.is_link() || *kind == mark.kind);
            if cleared && mark.range.start < local.end && local.start < mark.range.end {
                if mark.range.start < local.start {
                    new.push(Mark::new(mark.range.start..local.start, mark.kind.clone()));
                }
                if local.end < mark.range.end {
                    new.push(Mark::new(local.end..mark.range.end, mark.kind.clone()));
                }
            } else {
                new.push(mark.clone());
            }
        }
        if on {
            new.push(Mark::new(local.clone(), kind.clone()));
        }
        let text = paragraph_text(desk, field, paragraph)?;
        super::mark::normalize(&mut new, &text);
        if new != marks {
            edits.push(Edit::SetMarks {
                field,
                paragraph,
                marks: new,
            });
        }
    }
    Ok(edits)
}

fn paragraph_text(desk: &Desk, field: TextField, paragraph: usize) -> Result<String, EditError> {
    match field.get(desk)? {
        super::FieldRef::Prose(prose) => prose
            .paragraphs()
            .get(paragraph)
            .map(|p| p.text.clone())
            .ok_or(EditError::NoSuchParagraph {
                paragraph,
                count: prose.paragraphs().len(),
            }),
        super::FieldRef::Line(..) => Err(EditError::NotProse),
    }
}

/// The link the caret at byte `offset` of `field` is in (or at the end of, as after a click
/// on its last letter): its bytes in the field's text and its address.
pub fn link_at(desk: &Desk, field: TextField, offset: usize) -> Option<(Range<usize>, String)> {
    let super::FieldRef::Prose(prose) = field.get(desk).ok()? else {
        return None;
    };
    let (index, start) = prose.paragraph_at(offset);
    let local = offset - start;
    prose.paragraphs()[index]
        .marks
        .iter()
        .find_map(|m| match &m.kind {
            MarkKind::Link(address) if m.range.start <= local && local <= m.range.end => {
                Some((start + m.range.start..start + m.range.end, address.clone()))
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Issue, Paragraph, Prose};

    fn desk(text: &str) -> Desk {
        let mut issue = Issue::new(1, "", jiff::civil::date(2026, 1, 1));
        issue.intro = Prose::from(text.split('\n').map(Paragraph::new).collect::<Vec<_>>());
        Desk::with_issue(issue)
    }

    fn marks(desk: &Desk, paragraph: usize) -> Vec<Mark> {
        desk.issue.intro.paragraphs()[paragraph].marks.clone()
    }

    #[test]
    fn bold_on_then_off_over_part_of_it_leaves_the_rest() {
        let text = "بحسب تقرير Reuters الأخير";
        let mut document = Document::new(desk(text).issue);
        let all = 0..text.len();
        let edits = format_edits(
            document.desk(),
            TextField::Intro,
            all.clone(),
            &MarkKind::Strong,
            true,
        )
        .expect("plans");
        document
            .apply_all(edits, std::time::Instant::now())
            .expect("applies");
        assert_eq!(
            marks(document.desk(), 0),
            vec![Mark::new(all.clone(), MarkKind::Strong)]
        );
        assert!(is_all_marked(
            document.desk(),
            TextField::Intro,
            &all,
            &MarkKind::Strong
        ));
        let word = text.find("تقرير").expect("present");
        let off = word..word + "تقرير".len();
        let edits = format_edits(
            document.desk(),
            TextField::Intro,
            off.clone(),
            &MarkKind::Strong,
            false,
        )
        .expect("plans");
        document
            .apply_all(edits, std::time::Instant::now())
            .expect("applies");
        assert_eq!(
            marks(document.desk(), 0),
            vec![
                Mark::new(0..off.start, MarkKind::Strong),
                Mark::new(off.end..text.len(), MarkKind::Strong)
            ]
        );
        document.undo().expect("undo");
        document.undo().expect("undo");
        assert!(marks(document.desk(), 0).is_empty());
    }

    #[test]
    fn a_link_over_a_selection_across_paragraphs_is_one_step_per_paragraph_and_replaces_links() {
        let d = desk("أول Reuters\nثاني");
        let link = |to: &str| MarkKind::Link(to.to_owned());
        let first = format_edits(
            &d,
            TextField::Intro,
            0..4,
            &link("https://a.example/"),
            true,
        )
        .expect("plans");
        let mut document = Document::new(d.issue.clone());
        document
            .apply_all(first, std::time::Instant::now())
            .expect("applies");
        let whole = 0..document.desk().issue.intro.len();
        let edits = format_edits(
            document.desk(),
            TextField::Intro,
            whole,
            &link("https://b.example/"),
            true,
        )
        .expect("plans");
        assert_eq!(edits.len(), 2);
        document
            .apply_all(edits, std::time::Instant::now())
            .expect("applies");
        assert_eq!(
            marks(document.desk(), 0),
            vec![Mark::new(
                0.."أول Reuters".len(),
                link("https://b.example/")
            )]
        );
        assert_eq!(
            link_at(document.desk(), TextField::Intro, 3),
            Some((0.."أول Reuters".len(), "https://b.example/".to_owned()))
        );
    }

    #[test]
    fn a_line_takes_no_marks() {
        let d = desk("x");
        assert_eq!(
            format_edits(&d, TextField::IssueTitle, 0..0, &MarkKind::Strong, true),
            Ok(Vec::new())
        );
        assert_eq!(
            format_edits(&d, TextField::IssueTitle, 0..1, &MarkKind::Strong, true),
            Err(EditError::NotProse)
        );
    }
}
