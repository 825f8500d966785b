//! Library benchmarks: `cargo bench --bench library`.
//!
//! A library of 200 issues made from the sample (each with its own links), and an inbox of 500
//! stories. Prints the median time to read the library, to look up "already featured" for every
//! inbox row (what one frame of the inbox costs), to search everything for an Arabic word, and
//! to collect a 500-item feed into the inbox. Figures are recorded in docs/PERFORMANCE.md.

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
    for number in 1..=200_u32 {
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
        nashra::io::save_issue(&dir.path().join(format!("issue-{number:03}.ron")), &issue)
            .expect("save");
    }
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
        "| read every issue (open, and after each save) | {} |",
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
}
