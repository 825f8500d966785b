//! Text engine benchmarks: `cargo bench --bench text`.
//!
//! Prints the median of repeated runs for: laying out 1, 10 and 100 KB of Arabic at 600 px
//! with Nashra's engine and, in the same run, with egui's own layout (which gets the order
//! wrong, but sets the bar); one keystroke in the middle of a 100 KB commentary; spelling
//! (loading the dictionaries, a 100 KB commentary, one paragraph again); one frame of the whole
//! app with that commentary open. Figures are recorded in docs/PERFORMANCE.md.

#![allow(clippy::print_stdout, clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use nashra::model::{Edit, Entry, Paragraph, Prose, ResolvedDirection, Story, TextField};
use nashra::session::{AppOptions, Command, Selection};
use nashra::text::pane::PaneState;
use nashra::text::{TextEngine, TextStyle};
use nashra::ui::NashraApp;

const CORPUS: &str = include_str!("../tests/data/editors-choice-ar.txt");

/// Paragraphs of corpus text adding up to about `bytes`.
fn arabic(bytes: usize) -> Vec<String> {
    let paragraphs: Vec<&str> = CORPUS.lines().collect();
    let mut out = Vec::new();
    let mut total = 0;
    for p in paragraphs.iter().cycle() {
        if total >= bytes {
            break;
        }
        let take = p.len().min(bytes - total);
        let cut = p.floor_char_boundary(take.max(1));
        out.push(p[..cut.max(p.len().min(2))].to_owned());
        total += cut + 1;
    }
    out
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Runs `f` until about `budget` has passed (at least 5 times) and returns the median.
fn measure(budget: Duration, mut f: impl FnMut(usize)) -> Duration {
    // `NASHRA_BENCH_SAMPLES=N`: exactly N samples, whatever the time, so that two runs under
    // `valgrind --tool=callgrind` with different N give the instructions of one sample by
    // difference, free of the machine's noise.
    let fixed: Option<usize> = std::env::var("NASHRA_BENCH_SAMPLES")
        .ok()
        .and_then(|n| n.parse().ok());
    let start = Instant::now();
    let mut samples = Vec::new();
    let mut i = 0;
    while match fixed {
        Some(n) => samples.len() < n,
        None => samples.len() < 5 || (start.elapsed() < budget && samples.len() < 2000),
    } {
        let t = Instant::now();
        f(i);
        samples.push(t.elapsed());
        i += 1;
    }
    median(samples)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn layout_benchmarks() {
    println!("| text | Nashra (parley) | egui's own layout | ratio |");
    println!("|---|---|---|---|");
    let mut engine = TextEngine::new();
    let ctx = egui::Context::default();
    nashra::fonts::install(&ctx);
    for kb in [1, 10, 100] {
        let paragraphs = arabic(kb * 1024);
        let budget = Duration::from_secs(3);
        // A different last character each run, so no cache can answer.
        let ours = measure(budget, |i| {
            for (j, p) in paragraphs.iter().enumerate() {
                let text = if j == 0 {
                    format!("{p}{}", i % 10)
                } else {
                    p.clone()
                };
                std::hint::black_box(engine.shaper_mut().layout(
                    &text,
                    ResolvedDirection::Rtl,
                    TextStyle::BODY,
                    1.0,
                    Some(600.0),
                ));
            }
        });
        let font = egui::FontId::new(TextStyle::BODY.size_pts, nashra::fonts::text_family());
        let mut theirs = Duration::ZERO;
        let _ = ctx.run_ui(egui::RawInput::default(), |ui| {
            theirs = measure(budget, |i| {
                // egui caches each paragraph's layout: make every paragraph of every run
                // unique (the corpus repeats), so it lays out as much text as we do.
                let text = paragraphs
                    .iter()
                    .enumerate()
                    .map(|(j, p)| format!("{i}-{j} {p}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                std::hint::black_box(
                    ui.fonts_mut(|f| f.layout(text, font.clone(), egui::Color32::WHITE, 600.0)),
                );
            });
        });
        let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
        println!(
            "| {kb} KB Arabic, 600 px | {} | {} | {ratio:.2} |",
            ms(ours),
            ms(theirs)
        );
    }
}

fn keystroke_benchmark() {
    let mut engine = TextEngine::new();
    let paragraphs = arabic(100 * 1024);
    let text = paragraphs.join("\n");
    let directions = vec![ResolvedDirection::Rtl; paragraphs.len()];
    let mut state = PaneState::default();
    state.paragraphs.sync(&text, &directions, TextStyle::BODY);
    state.paragraphs.set_geometry(600.0, 1.0);
    state
        .paragraphs
        .ensure_shaped(engine.shaper_mut(), 0.0..f32::MAX, &[]);
    let middle = paragraphs.len() / 2;
    let at = paragraphs[..middle]
        .iter()
        .map(|p| p.len() + 1)
        .sum::<usize>()
        + 10;
    let at = text.floor_char_boundary(at);
    let typed = measure(Duration::from_secs(3), |i| {
        let mut edited = text.clone();
        edited.insert(at, if i % 2 == 0 { 'ب' } else { 'ت' });
        state.paragraphs.sync(&edited, &directions, TextStyle::BODY);
        state
            .paragraphs
            .ensure_shaped(engine.shaper_mut(), 0.0..f32::MAX, &[middle]);
    });
    println!(
        "| one keystroke in the middle of a 100 KB commentary | {} |",
        ms(typed)
    );
}

/// Spelling: loading both dictionaries (on a worker in the app), checking a 100 KB Arabic
/// commentary, and checking again the one paragraph a keystroke changed (what the UI thread
/// does per keystroke).
fn spelling_benchmark() {
    let started = Instant::now();
    let speller = nashra::spell::Speller::bundled().expect("the bundled dictionaries");
    let load = started.elapsed();
    let paragraphs = arabic(100 * 1024);
    // The first check of the text asks the dictionaries about every word; later checks find
    // the answers remembered, but for words not seen yet.
    let started = Instant::now();
    for paragraph in &paragraphs {
        std::hint::black_box(speller.misspelled(paragraph));
    }
    let whole = started.elapsed();
    let middle = &paragraphs[paragraphs.len() / 2];
    // Each keystroke makes a word never seen before (as typing does): the paragraph's other
    // words are remembered, that one is asked about.
    let one = measure(Duration::from_secs(3), |i| {
        let mut edited = middle.clone();
        edited.push(' ');
        for digit in i.to_string().bytes() {
            edited.push(char::from_u32(0x0628 + u32::from(digit - b'0')).unwrap_or('ب'));
        }
        std::hint::black_box(speller.misspelled(&edited));
    });
    println!(
        "| load both dictionaries (once, on a worker) | {} |",
        ms(load)
    );
    println!(
        "| check the spelling of a 100 KB Arabic commentary (the first time) | {} |",
        ms(whole)
    );
    println!(
        "| check again the paragraph a keystroke changed ({} bytes) | {} |",
        middle.len(),
        ms(one)
    );
}

fn frame_benchmark() {
    // `NASHRA_BENCH_CASE=100|200picks|1mb` runs one case only (for callgrind).
    let case = std::env::var("NASHRA_BENCH_CASE").unwrap_or_default();
    let wanted = |name: &str| case.is_empty() || case == name;
    if wanted("100") {
        frame_benchmark_with(100, 0, false);
    }
    // The same commentary carrying 1,000 marks (links, bold, italic): a keystroke must still
    // cost its paragraph.
    if wanted("100marks") {
        frame_benchmark_marked(100, 1000);
    }
    if wanted("200picks") {
        frame_benchmark_with(100, 200, false);
    }
    // Ten times the text: a keystroke's cost should not grow with it.
    if wanted("1mb") {
        frame_benchmark_with(1024, 0, false);
    }
    // Every keystroke frame also takes a recovery snapshot (the worst case: the app takes one
    // at most a second after a change, so at most one frame a second pays this).
    if wanted("100snapshot") {
        frame_benchmark_with(100, 0, true);
    }
}

/// [`frame_benchmark_with`] for a commentary of `size_kb` KB carrying `marks` marks, spread over
/// its paragraphs: a link, a bold word and an italic word in turn, on words of each.
fn frame_benchmark_marked(size_kb: usize, marks: usize) {
    frame_benchmark_inner(size_kb, 0, false, marks);
}

/// Frames of the app with a commentary of `size_kb` KB open, in an issue with `extra_picks`
/// more picks (each with a short commentary) than the sample's; with `snapshot_every_frame`, a
/// recovery snapshot is taken after every change.
fn frame_benchmark_with(size_kb: usize, extra_picks: usize, snapshot_every_frame: bool) {
    frame_benchmark_inner(size_kb, extra_picks, snapshot_every_frame, 0);
}

fn frame_benchmark_inner(
    size_kb: usize,
    extra_picks: usize,
    snapshot_every_frame: bool,
    marks: usize,
) {
    let paragraphs = arabic(size_kb * 1024);
    let recovery = tempfile::tempdir().expect("a folder for snapshots");
    let mut app = NashraApp::new(AppOptions {
        recovery: snapshot_every_frame
            .then(|| nashra::io::recovery::RecoveryStore::at(recovery.path())),
        autosave_delay: Duration::ZERO,
        ..AppOptions::default()
    });
    let last_section = app.session().open_issue().document.issue().sections.len() - 1;
    let last_section = app.session().open_issue().document.issue().sections[last_section].id;
    for n in 0..extra_picks {
        let mut story = Story::new(format!("استثمرت Sequoia Capital مبلغ {n} مليون دولار"));
        story.url = format!("https://www.ft.com/content/extra-{n}");
        app.push_command(Command::Edit(Edit::InsertPick {
            section: last_section,
            index: 0,
            pick: Box::new(Entry {
                story,
                commentary: Prose::from_text("تعليق قصير على الخبر."),
            }),
        }));
    }
    let section = app.session().open_issue().document.issue().sections[0].id;
    let story = Story::new("تعليق طويل جداً");
    let id = story.id;
    let per_paragraph = marks.div_ceil(paragraphs.len().max(1));
    let mut left = marks;
    let commentary = Prose::from(
        paragraphs
            .iter()
            .map(|p| {
                let mut on_words = Vec::new();
                let starts: Vec<usize> = p
                    .char_indices()
                    .filter(|(i, c)| *i > 0 && *c == ' ')
                    .map(|(i, _)| i + 1)
                    .collect();
                for (n, pair) in starts
                    .windows(2)
                    .step_by(2)
                    .take(per_paragraph.min(left))
                    .enumerate()
                {
                    let range = pair[0]..pair[1] - 1;
                    let kind = match n % 3 {
                        0 => nashra::model::MarkKind::Link(format!("https://example.org/{n}")),
                        1 => nashra::model::MarkKind::Strong,
                        _ => nashra::model::MarkKind::Emphasis,
                    };
                    on_words.push(nashra::model::Mark::new(range, kind));
                }
                left -= on_words.len();
                Paragraph::new(p.as_str()).with_marks(on_words)
            })
            .collect::<Vec<_>>(),
    );
    app.push_command(Command::Edit(Edit::InsertPick {
        section,
        index: 0,
        pick: Box::new(Entry { story, commentary }),
    }));
    app.push_command(Command::Select(Selection::Story(id)));
    // A plain egui context, as the app runs without a screen reader attached: a test harness
    // would also build the accessibility tree (with the commentary's 100 KB) every frame.
    let ctx = egui::Context::default();
    nashra::fonts::install(&ctx);
    let step_with = |app: &mut NashraApp, events: Vec<egui::Event>| {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1200.0, 800.0),
            )),
            events,
            ..Default::default()
        };
        std::hint::black_box(ctx.run_ui(input, |ui| app.frame_ui(ui)));
    };
    let step = |app: &mut NashraApp| step_with(app, Vec::new());
    for _ in 0..3 {
        step(&mut app);
    }
    // The caret in the commentary (at its start), as after a click: idle frames draw the
    // field being edited, and keystrokes go to it as the keyboard gives them.
    let field = TextField::Commentary(id);
    ctx.memory_mut(|m| m.request_focus(nashra::ui::user_text::pane_id(field)));
    let letter = || egui::Event::Text("ب".to_owned());
    let backspace = || egui::Event::Key {
        key: egui::Key::Backspace,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    // A keystroke and its undoing first, so that idle frames show what typing frames show
    // (the view scrolled to the caret).
    step(&mut app);
    step_with(&mut app, vec![letter()]);
    step_with(&mut app, vec![backspace()]);
    for _ in 0..3 {
        step(&mut app);
    }
    // `NASHRA_BENCH=typing` measures only keystroke frames (to profile them alone).
    let typing_only = std::env::var("NASHRA_BENCH").is_ok_and(|v| v == "typing");
    // `NASHRA_BENCH=idle` measures only frames without input.
    let idle_only = std::env::var("NASHRA_BENCH").is_ok_and(|v| v == "idle");
    let idle = if typing_only {
        Duration::ZERO
    } else {
        measure(Duration::from_secs(3), |_| step(&mut app))
    };
    let typing = if idle_only {
        Duration::ZERO
    } else {
        // A letter typed, then deleted with Backspace, in turn, through the pane as the
        // keyboard gives them: both are keystrokes, and the paragraph keeps its size. (Typing
        // only, the paragraph grew by a letter each sample: after the 1,000-odd samples of a
        // run it was several times longer than the corpus's, and each keystroke reshaped all
        // of it.) The pane's own work comes in the keystroke's frame, the rest (the model's
        // edit, then its analysis and counts) in that frame's command pass and the next frame:
        // each frame measured holds a whole keystroke's work.
        let revision = app.session().open_issue().document.revision();
        let typed = measure(Duration::from_secs(3), |i| {
            let event = if i % 2 == 0 { letter() } else { backspace() };
            step_with(&mut app, vec![event]);
        });
        assert_ne!(
            app.session().open_issue().document.revision(),
            revision,
            "the keystrokes reached the commentary"
        );
        typed
    };
    let mut issue = if extra_picks == 0 {
        "the sample".to_owned()
    } else {
        format!("the sample with {extra_picks} more picks")
    };
    if snapshot_every_frame {
        issue.push_str(", a recovery snapshot after every change");
    }
    if marks > 0 {
        issue.push_str(&format!(", {} marks in the commentary", marks - left));
    }
    println!(
        "| one frame of the app, {size_kb} KB commentary open ({issue}) | {} |",
        ms(idle)
    );
    println!(
        "| one frame with a keystroke in that {size_kb} KB commentary ({issue}) | {} |",
        ms(typing)
    );
}

fn main() {
    // `cargo test` runs benches with `--test`-like flags only when asked; `cargo bench` passes
    // `--bench`. Skip when run as a test so `cargo test --benches` stays quick.
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    // `NASHRA_BENCH=frames cargo bench --bench text` runs only the frames of the app (to
    // profile them, say, with `perf record`); `NASHRA_BENCH=spelling` only the spelling.
    let only = std::env::var("NASHRA_BENCH").unwrap_or_default();
    if only == "spelling" {
        spelling_benchmark();
        return;
    }
    let frames_only = only == "frames" || only == "typing" || only == "idle";
    if !frames_only {
        layout_benchmarks();
        println!();
    }
    println!("| edit | median |");
    println!("|---|---|");
    if !frames_only {
        keystroke_benchmark();
        spelling_benchmark();
    }
    frame_benchmark();
}
