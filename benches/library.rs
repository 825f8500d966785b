//! Library benchmarks: `cargo bench --bench library`.
//!
//! A library of 200 issues made from the sample (each with its own links), and an inbox of 500
//! stories. Prints the median time to read the library, to look up "already featured" for every
//! inbox row (what one frame of the inbox costs), to search everything for an Arabic word, and
//! to collect a 500-item feed into the inbox. Then a library of 1,000 issues: the UI thread's
//! share of a save (the rest is written on a worker), and the time to the first frame compared
//! with the bundled sample's. Figures are recorded in docs/PERFORMANCE.md.

#![allow(clippy::print_stdout, clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use nashra::io::Library;
use nashra::model::search::{search_inbox, search_issue};
use nashra::model::{Desk, Entry, FoldedQuery, Inbox, Prose, ResolvedDirection, Story, curation};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(runs: usize, mut f: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn story(n: usize) -> Story {
    let mut s = Story::new(format!(
        "استثمرت Sequoia Capital مبلغ {n} مليون دولار في تويتر"
    ));
    s.url = format!("https://www.ft.com/content/story-{n}?utm_source=rss");
    s.source = "Financial Times".to_owned();
    s.excerpt = Prose::from_text("أعلنت الشركة عن جولة تمويل جديدة بقيمة كبيرة.");
    s
}

/// Writes `count` issues made from the sample (each with its own links) into `dir`.
fn write_library(dir: &std::path::Path, sample: &nashra::model::Issue, count: u32) {
    for number in 1..=count {
        let mut issue = sample.clone();
        issue.number = number;
        for (i, section) in issue.sections.iter_mut().enumerate() {
            for (j, pick) in section.picks.iter_mut().enumerate() {
                pick.story.url = format!(
                    "https://www.ft.com/content/story-{}",
                    number as usize * 10 + i * 3 + j
                );
            }
        }
        nashra::io::save_issue(&dir.join(format!("issue-{number:03}.ron")), &issue).expect("save");
    }
}

/// A session on a library of 1,000 issues, as the app runs it (file work on workers): the
/// UI thread's time for a save — starting it, then taking its result in — and the time from
/// start to the first frame drawn, against the bundled sample's.
fn thousand_issues(sample: &nashra::model::Issue) {
    use egui_kittest::Harness;
    use nashra::session::{Action, AppOptions, Command, Session};
    use nashra::ui::NashraApp;

    let dir = tempfile::tempdir().expect("temp dir");
    write_library(dir.path(), sample, 1000);
    let options = || AppOptions {
        library: Some(dir.path().to_owned()),
        background_file_work: true,
        ..AppOptions::default()
    };
    let mut session = Session::new(options());
    while session.library().is_some_and(|l| l.is_scanning()) {
        std::thread::sleep(Duration::from_millis(5));
        session.tick(Instant::now());
        session.run_all(Vec::new());
    }
    let mut on_ui_thread = Vec::new();
    for n in 0..21_u32 {
        session.run_all(vec![Command::Edit(nashra::model::Edit::SetNumber(
            2000 + n,
        ))]);
        let started = Instant::now();
        session.run_all(vec![Command::Run(Action::Save)]);
        let mut spent = started.elapsed();
        assert!(session.is_saving());
        while session.is_saving() {
            // The worker writes meanwhile; only the frames' own work is counted.
            std::thread::sleep(Duration::from_millis(2));
            let frame = Instant::now();
            session.run_all(Vec::new());
            spent += frame.elapsed();
        }
        assert!(!session.open_issue().document.is_modified());
        on_ui_thread.push(spent);
    }
    println!();
    println!("| library of 1,000 issues | median |");
    println!("|---|---|");
    println!(
        "| UI-thread time of a save (snapshot, then taking the result in) | {} |",
        ms(median(on_ui_thread))
    );

    let first_frame = |options: AppOptions| {
        let started = Instant::now();
        let app = NashraApp::new(options);
        let mut h = Harness::builder()
            .with_size([1200.0, 800.0])
            .with_context_setup(nashra::fonts::install)
            .build_ui_state(|ui, app: &mut NashraApp| app.frame_ui(ui), app);
        h.step();
        let first = started.elapsed();
        // The read of the folder goes on after the first frame; let it end before the next
        // run, so runs do not pile reads up on the two cores.
        while h
            .state()
            .session()
            .library()
            .is_some_and(|l| l.is_scanning())
        {
            std::thread::sleep(Duration::from_millis(5));
            h.step();
        }
        first
    };
    let sample_first = median((0..7).map(|_| first_frame(AppOptions::default())).collect());
    let library_first = median((0..7).map(|_| first_frame(options())).collect());
    println!(
        "| time to the first frame, bundled sample | {} |",
        ms(sample_first)
    );
    println!(
        "| time to the first frame, library of 1,000 issues | {} ({:.2}x) |",
        ms(library_first),
        library_first.as_secs_f64() / sample_first.as_secs_f64()
    );
}

fn main() {
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = nashra::io::parse_issue(
        nashra::io::SAMPLE_RON.as_bytes(),
        std::path::Path::new("sample"),
    )
    .expect("sample")
    .issue;
    write_library(dir.path(), &sample, 200);
    let library = Library::open(dir.path()).expect("library");
    let inbox = Inbox {
        entries: (0..500)
            .map(|n| Entry {
                story: story(n * 7),
                commentary: Prose::default(),
            })
            .collect(),
    };

    println!("| library of 200 issues, inbox of 500 | median |");
    println!("|---|---|");
    let scan = measure(9, || {
        let index = library.scan();
        assert_eq!(index.issues.len(), 200);
    });
    println!(
        "| read every issue (at open, off the UI thread, and when the folder changes) | {} |",
        ms(scan)
    );

    let index = library.scan();
    let lookups = measure(51, || {
        let found: usize = inbox
            .entries
            .iter()
            .map(|e| index.featured_in(&e.story.url, None).len())
            .sum();
        assert!(found > 0);
    });
    println!(
        "| \"featured in\" for all 500 inbox rows (one frame) | {} |",
        ms(lookups)
    );

    let query = FoldedQuery::new("مليون");
    let search = measure(21, || {
        let mut hits = search_inbox(&inbox, &query, ResolvedDirection::Rtl).len();
        for indexed in &index.issues {
            hits += search_issue(&indexed.issue, &query).len();
        }
        assert!(hits > 0);
    });
    println!(
        "| search inbox and 200 issues for an Arabic word | {} |",
        ms(search)
    );

    let desk = Desk {
        issue: sample.clone(),
        inbox: inbox.clone(),
    };
    let feed: Vec<Story> = (0..500).map(|n| story(10_000 + n)).collect();
    let collect = measure(5, || {
        let mut desk = desk.clone();
        for collected in curation::collect_many(&desk.clone(), feed.clone()) {
            for edit in collected.edits {
                edit.apply(&mut desk).expect("applies");
            }
        }
        assert_eq!(desk.inbox.entries.len(), 1000);
    });
    println!(
        "| collect a 500-item feed into that inbox | {} |",
        ms(collect)
    );
    thousand_issues(&sample);
}
