//! Word counts and reading times as the views show them: per pick (headline, excerpt and
//! commentary, as exported) and per issue (title, introduction, section titles and picks).

use crate::model::{Issue, Pick, ReadingStats, reading_stats};

use super::strings::{Msg, tr};

/// What a reader of the newsletter reads for one pick.
pub fn pick_stats(pick: &Pick) -> ReadingStats {
    let excerpt = pick.story.excerpt.text();
    let commentary = pick.commentary.text();
    reading_stats([pick.story.headline.as_str(), &excerpt, &commentary])
}

/// What a reader reads for the whole issue.
pub fn issue_stats(issue: &Issue) -> ReadingStats {
    let intro = issue.intro.text();
    let mut stats = reading_stats([issue.title.as_str(), &intro]);
    for section in &issue.sections {
        stats.add(&reading_stats([section.title.as_str()]));
        for pick in &section.picks {
            stats.add(&pick_stats(pick));
        }
    }
    stats
}

/// "312 words · 3 min read".
pub fn stats_text(stats: &ReadingStats) -> String {
    format!(
        "{} {} · {} {}",
        stats.words,
        tr(Msg::Words),
        stats.minutes,
        tr(Msg::MinutesToRead)
    )
}
