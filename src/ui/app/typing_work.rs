//! The work one keystroke costs the whole window, counted rather than timed: typing in a long
//! commentary must shape, analyse and count the one paragraph typed in. A change that makes a
//! keystroke cost the whole field (a lost version, a stamp not kept, a cache dropped on every
//! revision) fails here, on any machine, not only in a benchmark.

use egui::{Event, Pos2, RawInput, Rect, vec2};

use super::NashraApp;
use crate::model::{Edit, Entry, Prose, Story, StoryId, TextField};
use crate::session::{AppOptions, Command, Selection};
use crate::ui::field_analysis::FieldAnalysis;
use crate::ui::user_text::pane_id;

/// A window on the sample, with a story of `paragraphs` paragraphs of commentary picked first
/// and selected.
fn window_with_long_commentary(paragraphs: usize) -> (NashraApp, StoryId) {
    let mut app = NashraApp::new(AppOptions::default());
    let section = app.session().open_issue().document.issue().sections[0].id;
    let story = Story::new("تعليق طويل");
    let id = story.id;
    let text = vec![
        "استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.";
        paragraphs
    ];
    app.push_command(Command::Edit(Edit::InsertPick {
        section,
        index: 0,
        pick: Box::new(Entry {
            story,
            commentary: Prose::from_text(&text.join("\n")),
        }),
    }));
    app.push_command(Command::Select(Selection::Story(id)));
    (app, id)
}

/// One frame of `app` in `ctx`, 1200×800 points, with `events`.
fn frame(ctx: &egui::Context, app: &mut NashraApp, events: Vec<Event>) {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1200.0, 800.0))),
        events,
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    // Nothing renders here: the glyph atlas's uploads are dropped on purpose.
    output.textures_delta.clear();
}

/// What the window has done to the commentary's paragraphs so far.
#[derive(Clone, Copy, Debug)]
struct Work {
    /// Shaped in its pane.
    shaped: u64,
    /// Times the pane joined its whole text into one string.
    joined: u64,
    /// Analysed for direction, hints and spelling.
    analysed: u64,
    /// Given their underlines.
    underlined: u64,
    /// Counted for reading time, since the last revision.
    recounted: usize,
}

impl Work {
    fn of(ctx: &egui::Context, app: &NashraApp, field: TextField) -> Self {
        let pane = app.text.pane(pane_id(field));
        let shaped = pane.map_or(0, |pane| pane.paragraphs.shaped_count());
        let joined = pane.map_or(0, |pane| pane.paragraphs.joined_count());
        let (analysed, underlined) = ctx.data(|d| {
            d.get_temp::<FieldAnalysis>(pane_id(field).with("analysis"))
                .map_or((0, 0), |a| (a.analysed_count(), a.underlined_count()))
        });
        Self {
            shaped,
            joined,
            analysed,
            underlined,
            recounted: app.reading.recounted(),
        }
    }

    /// Asserts that from `before` to `self` one paragraph was shaped, analysed, underlined
    /// and counted again, and the whole text never joined (`by` says what did it).
    fn is_one_paragraph_after(&self, before: &Self, by: &str) {
        assert_eq!(
            self.shaped - before.shaped,
            1,
            "paragraphs shaped again {by}"
        );
        assert_eq!(self.joined, before.joined, "whole text joined {by}");
        assert_eq!(
            self.analysed - before.analysed,
            1,
            "paragraphs analysed again {by}"
        );
        assert_eq!(
            self.underlined - before.underlined,
            1,
            "paragraphs underlined again {by}"
        );
        assert_eq!(self.recounted, 1, "paragraphs counted again {by}");
    }
}

#[test]
fn a_keystroke_in_a_long_commentary_reworks_one_paragraph() {
    let (mut app, story) = window_with_long_commentary(300);
    let field = TextField::Commentary(story);
    let ctx = egui::Context::default();
    crate::fonts::install(&ctx);
    for _ in 0..3 {
        frame(&ctx, &mut app, Vec::new());
    }
    ctx.memory_mut(|m| m.request_focus(pane_id(field)));
    for _ in 0..2 {
        frame(&ctx, &mut app, Vec::new());
    }
    let before = Work::of(&ctx, &app, field);
    assert!(
        before.analysed >= 300,
        "the field was analysed once: {before:?}"
    );

    // A letter typed at the caret (the start of the first paragraph), as the keyboard gives it.
    frame(&ctx, &mut app, vec![Event::Text("ب".to_owned())]);
    frame(&ctx, &mut app, Vec::new());
    let text = field
        .get(app.session().open_issue().document.desk())
        .expect("the commentary")
        .text()
        .into_owned();
    assert!(text.starts_with("باستثمرت"), "the letter was typed");
    let typed = Work::of(&ctx, &app, field);
    typed.is_one_paragraph_after(&before, "by typing");

    // The same through a command (the Edit menu, the palette, undo): still one paragraph.
    app.push_command(Command::Run(crate::session::Action::Undo));
    frame(&ctx, &mut app, Vec::new());
    frame(&ctx, &mut app, Vec::new());
    Work::of(&ctx, &app, field).is_one_paragraph_after(&typed, "by undo");
}
