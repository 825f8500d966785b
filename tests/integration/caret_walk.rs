//! Walking the caret with Left and Right across every corpus line: each press moves the caret
//! the way the arrow points on screen, every caret position is visited, and the walk ends at the
//! line's other end — across Arabic, Latin and digit runs, as in Firefox and Word.

use nashra::model::{Direction, ResolvedDirection};
use nashra::text::pane::{Caret, PaneState};
use nashra::text::{TextEngine, TextStyle};
use parley::Affinity;
use unicode_segmentation::UnicodeSegmentation as _;

use super::support::data_dir;

fn pane(engine: &mut TextEngine, text: &str, direction: ResolvedDirection) -> PaneState {
    let mut state = PaneState::default();
    state.paragraphs.sync(text, &[direction], TextStyle::BODY);
    // Wide enough that each corpus line is one visual line.
    state.paragraphs.set_geometry(20_000.0, 1.0);
    state
        .paragraphs
        .ensure_shaped(engine.shaper_mut(), 0.0..f32::MAX, &[0]);
    state
}

fn x_of(state: &PaneState, caret: Caret) -> f32 {
    state.caret_rect(caret).expect("caret geometry").center().x
}

/// Presses the arrow until the caret stops; returns the carets visited, in order.
fn walk(state: &PaneState, start: Caret, rightward: bool) -> Vec<Caret> {
    let mut visited = vec![start];
    let mut caret = start;
    for _ in 0..10_000 {
        let next = state.visual_step(caret, rightward, false);
        if next == caret {
            break;
        }
        visited.push(next);
        caret = next;
    }
    visited
}

fn corpus_lines() -> Vec<String> {
    ["mixed-lines.txt", "editors-choice-ar.txt"]
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(data_dir().join(f))
                .expect("corpus")
                .lines()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn left_and_right_walk_every_line_in_the_arrow_direction() {
    let mut engine = TextEngine::new();
    for text in corpus_lines() {
        let direction = Direction::Auto.resolve(&text, ResolvedDirection::Rtl);
        let state = pane(&mut engine, &text, direction);
        let boundaries: Vec<usize> = text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        // The walk starts at the line's start edge: the right edge of an RTL line and the left
        // edge of an LTR one, whatever run the text begins with (in the RTL line "Grok هو…",
        // offset 0 is inside the line, at the left of "Grok").
        let carets: Vec<Caret> = boundaries
            .iter()
            .flat_map(|&offset| {
                [Affinity::Downstream, Affinity::Upstream].map(|affinity| Caret {
                    affinity,
                    ..Caret::at(offset)
                })
            })
            .collect();
        let edge = |c: &Caret| {
            let x = x_of(&state, *c);
            if direction.is_rtl() { x } else { -x }
        };
        let start = *carets
            .iter()
            .max_by(|a, b| edge(a).total_cmp(&edge(b)))
            .expect("carets");
        let toward_end_is_right = !direction.is_rtl();
        for rightward in [toward_end_is_right, !toward_end_is_right] {
            let from = if rightward == toward_end_is_right {
                start
            } else {
                *walk(&state, start, toward_end_is_right)
                    .last()
                    .expect("a walk")
            };
            let visited = walk(&state, from, rightward);
            let xs: Vec<f32> = visited.iter().map(|c| x_of(&state, *c)).collect();
            for (step, pair) in xs.windows(2).enumerate() {
                let moved = if rightward {
                    pair[1] - pair[0]
                } else {
                    pair[0] - pair[1]
                };
                assert!(
                    moved > 0.0,
                    "{}: press {} moved {moved} px the wrong way (at offset {})\n{text}",
                    if rightward { "Right" } else { "Left" },
                    step + 1,
                    visited[step].offset
                );
            }
            // Every place the caret can be drawn is visited. (Where two offsets meet at one
            // point on screen, as at the edge of a run, the walk stops there once.)
            let key = |x: f32| (x * 2.0).round() as i64;
            let drawn: std::collections::BTreeSet<i64> = boundaries
                .iter()
                .flat_map(|&offset| {
                    [Affinity::Downstream, Affinity::Upstream].map(|affinity| {
                        key(x_of(
                            &state,
                            Caret {
                                affinity,
                                ..Caret::at(offset)
                            },
                        ))
                    })
                })
                .collect();
            let walked: std::collections::BTreeSet<i64> = xs.iter().map(|x| key(*x)).collect();
            let missed: Vec<f32> = drawn.difference(&walked).map(|k| *k as f32 / 2.0).collect();
            assert!(
                missed.is_empty(),
                "caret positions at x = {missed:?} never visited\n{text}"
            );
            let (min, max) = xs
                .iter()
                .fold((f32::MAX, f32::MIN), |(lo, hi), x| (lo.min(*x), hi.max(*x)));
            let last = *xs.last().expect("visited");
            assert!(
                if rightward {
                    last >= max - 0.5
                } else {
                    last <= min + 0.5
                },
                "the walk ends at the line's edge\n{text}"
            );
        }
    }
}

#[test]
fn home_and_end_go_to_the_visual_line_ends() {
    let mut engine = TextEngine::new();
    let text = "استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.";
    let state = pane(&mut engine, text, ResolvedDirection::Rtl);
    let middle = Caret::at(text.find("800").expect("present"));
    let home = state.line_edge(middle, false);
    let end = state.line_edge(middle, true);
    assert_eq!(home.offset, 0);
    assert_eq!(end.offset, text.len());
    assert!(
        x_of(&state, home) > x_of(&state, end),
        "RTL: Home is on the right"
    );
}

#[test]
fn home_on_a_right_to_left_line_starting_with_digits_sits_at_the_right_edge() {
    let mut engine = TextEngine::new();
    let text = "2022. كان عامًا حافلاً";
    let state = pane(&mut engine, text, ResolvedDirection::Rtl);
    let from = Caret::at(text.find("حافلاً").expect("present"));
    let home = state.line_edge(from, false);
    assert_eq!(home.offset, 0);
    let rightmost = walk(&state, Caret::at(text.len()), true)
        .iter()
        .map(|c| x_of(&state, *c))
        .fold(f32::MIN, f32::max);
    assert!(
        x_of(&state, home) >= rightmost - 0.5,
        "Home at x {} but the line's right edge is at {rightmost}",
        x_of(&state, home)
    );
}

#[test]
fn double_click_selects_the_word_and_triple_click_the_paragraph() {
    let mut engine = TextEngine::new();
    let text = "استثمرت Sequoia Capital مبلغ";
    let state = pane(&mut engine, text, ResolvedDirection::Rtl);
    let inside = Caret::at(text.find("quoia").expect("present"));
    let point = state.caret_rect(inside).expect("geometry").center();
    let (start, end) = state.word_at(point).expect("a word");
    assert_eq!(
        &text[start.offset.min(end.offset)..start.offset.max(end.offset)],
        "Sequoia"
    );
    let (start, end) = state.paragraph_around(point).expect("the paragraph");
    assert_eq!((start.offset, end.offset), (0, text.len()));
}

#[test]
fn ctrl_arrows_move_by_whole_words_in_the_arrow_direction() {
    let mut engine = TextEngine::new();
    let text = "استثمرت Sequoia Capital مبلغ 800";
    let state = pane(&mut engine, text, ResolvedDirection::Rtl);
    // From the right end, Ctrl+Left skips the first Arabic word.
    let start = Caret::at(0);
    let next = state.visual_step(start, false, true);
    assert!(x_of(&state, next) < x_of(&state, start));
    let word_end = "استثمرت".len();
    assert!(
        next.offset == word_end || next.offset == word_end + 1,
        "stopped at {} instead of the word's edge",
        next.offset
    );
    // Ctrl+Right goes back.
    let back = state.visual_step(next, true, true);
    assert_eq!(back.offset, 0);
}

/// Parley puts the end of this paragraph, wrapped, at the start of its first line; the caret
/// belongs after the final full stop, on the last line.
#[test]
fn the_end_of_a_wrapped_rtl_paragraph_starting_with_a_latin_word_is_after_its_full_stop() {
    let mut engine = TextEngine::new();
    let text =
        "OpenAI 13 مليار دولار من Microsoft: هذا هو الرقم الذي يحاول ماسك اللحاق به. (تقريباً).";
    for width in [300.0, 400.0, 575.0, 20_000.0] {
        let mut state = PaneState::default();
        state
            .paragraphs
            .sync(text, &[ResolvedDirection::Rtl], TextStyle::BODY);
        state.paragraphs.set_geometry(width, 1.0);
        state
            .paragraphs
            .ensure_shaped(engine.shaper_mut(), 0.0..f32::MAX, &[0]);
        let layout = state.paragraphs.paragraphs()[0]
            .layout
            .as_ref()
            .expect("shaped");
        let dot = parley::Cluster::from_byte_index(layout.layout(), text.len() - 1).expect("dot");
        let dot_left = dot.visual_offset().expect("on a line");
        let dot_line = dot.line().metrics().block_min_coord;
        for affinity in [Affinity::Downstream, Affinity::Upstream] {
            let end = state
                .caret_rect(Caret {
                    offset: text.len(),
                    affinity,
                    edge: None,
                })
                .expect("geometry");
            assert!(
                (end.top() - dot_line).abs() < 1.5,
                "{width}: the caret is on the line of the full stop ({} against {dot_line})",
                end.top()
            );
            assert!(
                end.right() <= dot_left + 0.01,
                "{width}: the caret ({end:?}) is left of the full stop (at {dot_left})"
            );
        }
    }
}

/// A paragraph with marks, as a field's source gives it.
struct Marked<'a> {
    text: &'a str,
    marks: &'a [nashra::model::Mark],
    direction: ResolvedDirection,
}

impl nashra::text::pane::PaneSource for Marked<'_> {
    fn version(&self) -> Option<u64> {
        None
    }

    fn paragraphs(&self) -> Vec<nashra::text::pane::SourceParagraph<'_>> {
        vec![nashra::text::pane::SourceParagraph {
            text: self.text,
            direction: self.direction,
            stamp: None,
            marks: self.marks,
        }]
    }
}

/// Arrow keys cross the edge of a link or a bold stretch in one press, both ways, in right-to-
/// left and left-to-right paragraphs: the marks add no stop and lose none.
#[test]
fn arrows_cross_the_edges_of_links_and_bold_words_in_one_press() {
    use nashra::model::{Mark, MarkKind};
    let mut engine = TextEngine::new();
    let cases = [
        ("بحسب تقرير Reuters الأخير", ResolvedDirection::Rtl),
        (
            "Sequoia backs xAI with بمبلغ 800 مليون",
            ResolvedDirection::Ltr,
        ),
    ];
    for (text, direction) in cases {
        let at = |words: &str| {
            let start = text.find(words).expect("present");
            start..start + words.len()
        };
        let marks = match direction {
            ResolvedDirection::Rtl => vec![
                Mark::new(
                    at("تقرير Reuters"),
                    MarkKind::Link("https://r.example/".into()),
                ),
                Mark::new(at("Reuters الأخير"), MarkKind::Strong),
            ],
            ResolvedDirection::Ltr => vec![
                Mark::new(at("backs xAI"), MarkKind::Link("https://x.example/".into())),
                Mark::new(at("بمبلغ 800"), MarkKind::Strong),
            ],
        };
        let plain = pane(&mut engine, text, direction);
        let mut state = PaneState::default();
        state.paragraphs.sync_source(
            &Marked {
                text,
                marks: &marks,
                direction,
            },
            TextStyle::BODY,
        );
        state.paragraphs.set_geometry(20_000.0, 1.0);
        state
            .paragraphs
            .ensure_shaped(engine.shaper_mut(), 0.0..f32::MAX, &[0]);
        for rightward in [true, false] {
            let start = if rightward {
                plain.line_edge(Caret::at(0), direction.is_rtl())
            } else {
                plain.line_edge(Caret::at(0), !direction.is_rtl())
            };
            let plain_walk: Vec<usize> = walk(&plain, start, rightward)
                .iter()
                .map(|c| c.offset)
                .collect();
            let marked_walk = walk(&state, start, rightward);
            let xs: Vec<f32> = marked_walk.iter().map(|c| x_of(&state, *c)).collect();
            for pair in xs.windows(2) {
                let moved = if rightward {
                    pair[1] - pair[0]
                } else {
                    pair[0] - pair[1]
                };
                assert!(
                    moved > 0.0,
                    "a press moved the wrong way or not at all in {text:?}"
                );
            }
            let marked_offsets: Vec<usize> = marked_walk.iter().map(|c| c.offset).collect();
            assert_eq!(
                marked_offsets, plain_walk,
                "the marks changed the stops of the walk in {text:?}"
            );
        }
    }
}
