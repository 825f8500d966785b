//! [`TextSettings`]: what the editor decided about one paragraph or one-line field beyond its
//! text — its direction, and whether she dismissed its bidi hints.

use serde::{Deserialize, Serialize};

use super::{Direction, ResolvedDirection};

/// The editor's settings of one paragraph of prose, or of a one-line field (a headline, a
/// title). In files, settings left at their defaults are not written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextSettings {
    /// Right to left, left to right, or decided by the words ([`Direction::resolve`]).
    #[serde(default, skip_serializing_if = "Direction::is_auto")]
    pub direction: Direction,
    /// The editor said the bidi hints of this text read fine as they are.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hints_dismissed: bool,
}

impl TextSettings {
    /// True when nothing differs from a new field's settings (then files leave it out).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The direction `text` is shown in under these settings, `base` being the issue's.
    pub fn resolve(&self, text: &str, base: ResolvedDirection) -> ResolvedDirection {
        self.direction.resolve(text, base)
    }
}

/// The edit that sets the direction of paragraph `paragraph` of `field` (0 for a line), or
/// `None` when it already has that setting: choosing the direction a paragraph has is no step
/// to undo.
pub fn set_direction(
    desk: &super::Desk,
    field: super::TextField,
    paragraph: usize,
    direction: Direction,
) -> Result<Option<super::Edit>, super::EditError> {
    update(desk, field, paragraph, |s| TextSettings { direction, ..s })
}

/// The edit that dismisses (or brings back) the bidi hints of paragraph `paragraph` of
/// `field`, or `None` when they already are.
pub fn dismiss_hints(
    desk: &super::Desk,
    field: super::TextField,
    paragraph: usize,
    dismissed: bool,
) -> Result<Option<super::Edit>, super::EditError> {
    update(desk, field, paragraph, |s| TextSettings {
        hints_dismissed: dismissed,
        ..s
    })
}

/// The edit that gives paragraph `paragraph` of `field` the settings `change` makes of its
/// current ones, or `None` when that changes nothing.
fn update(
    desk: &super::Desk,
    field: super::TextField,
    paragraph: usize,
    change: impl FnOnce(TextSettings) -> TextSettings,
) -> Result<Option<super::Edit>, super::EditError> {
    let current = field.settings(desk, paragraph)?;
    let settings = change(current);
    Ok(
        (settings != current).then_some(super::Edit::SetTextSettings {
            field,
            paragraph,
            settings,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Desk, Issue, TextField};

    #[test]
    fn setting_the_direction_a_field_has_is_no_edit() {
        let mut desk =
            Desk::with_issue(Issue::new(1, "Nvidia تعلن", jiff::civil::date(2026, 1, 1)));
        let field = TextField::IssueTitle;
        assert_eq!(set_direction(&desk, field, 0, Direction::Auto), Ok(None));
        let edit = set_direction(&desk, field, 0, Direction::Ltr)
            .expect("valid")
            .expect("a change");
        let undo = edit.apply(&mut desk).expect("applies");
        assert_eq!(desk.issue.title_settings.direction, Direction::Ltr);
        assert_eq!(set_direction(&desk, field, 0, Direction::Ltr), Ok(None));
        assert!(set_direction(&desk, field, 1, Direction::Rtl).is_err());
        undo.apply(&mut desk).expect("undo applies");
        assert!(desk.issue.title_settings.is_default());
        let dismiss = dismiss_hints(&desk, field, 0, true).expect("valid");
        assert!(dismiss.is_some());
        assert_eq!(dismiss_hints(&desk, field, 0, false), Ok(None));
    }
}
