//! Any issue, whatever its text holds, survives save and load unchanged, and saving twice
//! gives identical bytes.

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use nashra::io;
use nashra::model::{
    Direction, Entry, Issue, Language, Paragraph, Prose, Section, SectionId, Status, Story,
    StoryId, TextSettings,
};
use proptest::prelude::*;

/// Text made of the characters that break naive serializers: Arabic with tashkeel, ZWNJ, RLM,
/// ALM, isolates, overrides, emoji, quotes, backslashes, `"#`, `r#`, tabs, control characters.
fn tricky_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(vec![
                "استثمرت",
                "مُحَمَّد",
                "\u{200C}",
                "\u{200F}",
                "\u{061C}",
                "\u{2066}",
                "\u{2067}",
                "\u{2068}",
                "\u{2069}",
                "\u{202E}",
                "😀",
                "👩🏽‍💻",
                "\"",
                "\\",
                "\"#",
                "r#\"",
                "#",
                "Sequoia",
                "800",
                "٣",
                " ",
                "\t",
                "\u{0}",
                "\u{7f}",
                "'",
                "/*",
                "*/",
                "//",
                "{",
                "(",
                ")",
                "]",
                "\u{FEFF}",
                "ـ",
            ])
            .prop_map(str::to_owned),
            "\\PC{0,8}",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn one_line() -> impl Strategy<Value = String> {
    tricky_text()
}

/// Any settings a paragraph or line can carry: every direction, hints dismissed or not.
fn settings() -> impl Strategy<Value = TextSettings> {
    (
        prop::sample::select(vec![Direction::Auto, Direction::Rtl, Direction::Ltr]),
        any::<bool>(),
    )
        .prop_map(|(direction, hints_dismissed)| TextSettings {
            direction,
            hints_dismissed,
        })
}

fn prose() -> impl Strategy<Value = Prose> {
    prop::collection::vec((tricky_text(), settings()), 1..4).prop_map(|paragraphs| {
        Prose::from(
            paragraphs
                .into_iter()
                .map(|(text, settings)| {
                    Paragraph::with_settings(
                        text.replace(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'], " "),
                        settings,
                    )
                })
                .collect::<Vec<_>>(),
        )
    })
}

fn date() -> impl Strategy<Value = Date> {
    (1900_i16..2200, 1_i8..=12, 1_i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).expect("valid"))
}

fn story() -> impl Strategy<Value = Story> {
    (
        any::<u128>(),
        one_line(),
        one_line(),
        one_line(),
        prop::option::of(date()),
        prose(),
        prop::collection::vec(one_line(), 0..3),
        0_i64..4_000_000_000,
        prop::array::uniform4(settings()),
    )
        .prop_map(
            |(id, headline, url, source, published, excerpt, tags, secs, settings)| Story {
                id: StoryId(uuid::Uuid::from_u128(id)),
                headline,
                headline_settings: settings[0],
                url,
                source: source.clone(),
                source_settings: settings[1],
                author: source,
                author_settings: settings[2],
                published,
                excerpt,
                tags,
                tags_settings: settings[3],
                collected_at: Timestamp::from_second(secs).expect("in range"),
            },
        )
}

fn issue() -> impl Strategy<Value = Issue> {
    let section = (
        any::<u128>(),
        one_line(),
        settings(),
        prop::collection::vec((story(), prose()), 0..3),
    )
        .prop_map(|(id, title, title_settings, picks)| Section {
            id: SectionId(uuid::Uuid::from_u128(id)),
            title,
            title_settings,
            picks: picks
                .into_iter()
                .map(|(story, commentary)| Entry { story, commentary })
                .collect(),
        });
    (
        any::<u32>(),
        one_line(),
        date(),
        prop::sample::select(Status::ALL.to_vec()),
        prose(),
        prop::collection::vec(section, 0..3),
        prop::sample::select(vec![Language::Arabic, Language::English]),
        settings(),
    )
        .prop_map(
            |(number, title, date, status, intro, sections, language, title_settings)| Issue {
                number,
                language,
                title,
                title_settings,
                date,
                status,
                intro,
                sections,
                ignored_words: Default::default(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_issue_round_trips_through_ron(issue in issue()) {
        let text = io::issue_to_ron(&issue).expect("serializes");
        let back = io::parse_issue(text.as_bytes(), Path::new("p.ron")).expect("parses");
        prop_assert_eq!(&back.issue, &issue);
        let again = io::issue_to_ron(&back.issue).expect("serializes");
        prop_assert_eq!(again, text, "saving twice gives identical bytes");
    }
}

#[test]
fn round_trip_through_real_files_is_byte_stable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    let issue = super::support::sample_issue();
    io::save_issue(&path, &issue).expect("first save");
    let first = std::fs::read(&path).expect("read");
    let loaded = io::load_issue(&path).expect("loads").issue;
    io::save_issue(&path, &loaded).expect("second save");
    assert_eq!(std::fs::read(&path).expect("read"), first);
}
