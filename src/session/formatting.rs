//! Bold, italic and links in the field with the caret: each planned by
//! [`crate::model::formatting`] on the document's selection and applied as one undo step; the
//! link editor's questions and answers; text pasted with its formatting.

use std::ops::Range;

use super::{Action, Effect, Focus, Prompt, Session, Topic};
use crate::model::formatting::{format_edits, is_all_marked, link_at};
use crate::model::{Mark, MarkKind, TextChange, TextField, TextSelection};
use crate::strings::Msg;

impl Session {
    /// Where a formatting action acts: the field with the caret, if it holds prose, and the
    /// selected bytes — or, with nothing selected, the word at the caret (as Word does).
    pub(super) fn formatting_target(&self) -> Result<(TextField, Range<usize>), Msg> {
        let editing = self.editing_field().ok_or(Msg::WhyNoField)?;
        if !editing.field.is_prose() {
            return Err(Msg::WhyNotProse);
        }
        let desk = self.open.document.desk();
        let text = editing.field.get(desk).map_err(|_| Msg::WhyNoField)?;
        let selected = editing.selection.clamped(&text).ordered();
        if !selected.is_empty() {
            return Ok((editing.field, selected));
        }
        editing
            .word_at(desk)
            .map(|(range, _)| (editing.field, range))
            .ok_or(Msg::WhyNoSelection)
    }

    /// Bold or italic on the selection (or the word at the caret); off when it is all so
    /// already. One undo step.
    pub(super) fn toggle_mark(&mut self, kind: MarkKind) {
        let Ok((field, range)) = self.formatting_target() else {
            return;
        };
        let desk = self.open.document.desk();
        let on = !is_all_marked(desk, field, &range, &kind);
        match format_edits(desk, field, range, &kind, on) {
            Ok(edits) if !edits.is_empty() => self.run(super::Command::Edits(edits)),
            Ok(_) => {}
            Err(err) => self.post_error(Topic::Edit, err.to_string()),
        }
        self.effects.push(Effect::Focus(Focus::Field(field)));
    }

    /// Ctrl+K: the link editor, for the link the caret is in, or for a new link on the
    /// selected words (its address to be typed).
    pub(super) fn ask_link(&mut self) {
        let Some(editing) = self.editing_field() else {
            return;
        };
        let desk = self.open.document.desk();
        let existing = (!editing.has_selection())
            .then(|| link_at(desk, editing.field, editing.offset()))
            .flatten();
        let (range, address, is_new) = match existing {
            Some((range, address)) => (range, address, false),
            None => match self.formatting_target() {
                Ok((_, range)) => (range, String::new(), true),
                Err(_) => return,
            },
        };
        self.prompt = Some(Prompt::Link {
            field: editing.field,
            range,
            address,
            is_new,
            problem: None,
        });
    }

    /// The link editor's Apply: the address goes on the words, if it is one readers can
    /// follow; else the editor says why and keeps what was typed.
    pub(super) fn set_link(&mut self, field: TextField, range: Range<usize>, address: String) {
        // Kept as the one rule writes it (`www.ft.com/x` becomes `https://www.ft.com/x`).
        let Some(address) = crate::model::Link::parse(&address)
            .safe_for_export()
            .map(str::to_owned)
        else {
            if let Some(Prompt::Link { problem, .. }) = &mut self.prompt {
                *problem = Some(Msg::LinkAddressInvalid);
            }
            return;
        };
        self.prompt = None;
        let desk = self.open.document.desk();
        match format_edits(desk, field, range, &MarkKind::Link(address), true) {
            Ok(edits) if !edits.is_empty() => self.run(super::Command::Edits(edits)),
            Ok(_) => {}
            Err(err) => self.post_error(Topic::Edit, err.to_string()),
        }
        self.effects.push(Effect::Focus(Focus::Field(field)));
    }

    /// The link editor's Remove: the words stay, the link goes (one undo step).
    pub(super) fn remove_link(&mut self, field: TextField, range: Range<usize>) {
        self.prompt = None;
        let desk = self.open.document.desk();
        let kind = MarkKind::Link(String::new());
        match format_edits(desk, field, range, &kind, false) {
            Ok(edits) if !edits.is_empty() => self.run(super::Command::Edits(edits)),
            Ok(_) => {}
            Err(err) => self.post_error(Topic::Edit, err.to_string()),
        }
        self.effects.push(Effect::Focus(Focus::Field(field)));
    }

    /// Opens `address` in the browser, when it is a link readers could follow.
    pub(super) fn open_link(&mut self, address: &str) {
        match crate::model::Link::parse(address).safe_for_export() {
            Some(safe) => self.effects.push(Effect::OpenUrl(safe.to_owned())),
            None => self.post_error(
                Topic::Edit,
                crate::strings::tr(Msg::LinkAddressInvalid).to_owned(),
            ),
        }
    }

    /// Text pasted with its formatting (the clipboard's HTML, cleaned): it replaces the
    /// selection of the field with the caret, its links and emphasis kept, as one step. In a
    /// line (a headline), the words alone. An address pasted over selected words makes them a
    /// link instead, as Google Docs does.
    pub(super) fn paste_formatted(&mut self, text: String, marks: Vec<Mark>) {
        let Some(editing) = self.editing_field() else {
            return;
        };
        let field = editing.field;
        let desk = self.open.document.desk();
        let Ok(current) = field.get(desk) else {
            return;
        };
        let range = editing.selection.clamped(&current).ordered();
        if field.is_prose() && !range.is_empty() && is_address(&text) {
            self.set_link(field, range, text.trim().to_owned());
            return;
        }
        let mut change = TextChange::replace(range.clone(), text.clone());
        if field.is_prose() {
            change = change.with_marks(marks);
        }
        let caret = TextSelection::caret(range.start + text.len());
        self.type_in(field, vec![change], caret);
        self.effects.push(Effect::Focus(Focus::Field(field)));
    }

    /// Whether `action` (a formatting one) can run: a prose field has the caret, with words
    /// selected or the caret in a word (or, for a link, in a link).
    pub(super) fn formatting_availability(&self, action: Action) -> Result<(), Msg> {
        if action == Action::Link
            && let Some(editing) = self.editing_field()
            && link_at(self.open.document.desk(), editing.field, editing.offset()).is_some()
        {
            return Ok(());
        }
        self.formatting_target().map(|_| ())
    }
}

/// True when pasted text is one web or mail address (and so makes selected words a link).
fn is_address(text: &str) -> bool {
    let text = text.trim();
    !text.contains(char::is_whitespace)
        && crate::model::Link::parse(text).safe_for_export().is_some()
}
