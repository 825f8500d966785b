//! The pre-flight check ("Is this issue ready?"): the findings of the issue's content, its
//! spelling and its links, listed in a panel the editor walks through. The links are checked on
//! worker threads ([`crate::io::link_check`]); their results arrive while she works, and the
//! list is made again as they do. Setting the status to Ready runs the check and says what is
//! left; it never stops her.

use std::collections::HashMap;
use std::ops::Range;

use super::job::Job;
use super::{Effect, Focus, Selection, Session, Topic};
use crate::io::link_check::{LinkCheckOptions, check_links};
use crate::model::readiness::{
    ContentChecks, Finding, LinkFailure, LinkOutcome, LinkSite, Problem, content_findings,
    issue_links, link_findings,
};
use crate::model::{Desk, Issue, ReadingStats, Revision, TextField, issue_reading};
use crate::strings::{Msg, Text, text, tr};

/// The check as last run, and the links still being checked.
pub struct Preflight {
    /// What was found, in the order it is listed.
    findings: Vec<Finding>,
    /// The findings that need no network, as last worked out (the links' are added to them
    /// as results come in, without checking the whole issue's spelling again).
    offline: Vec<Finding>,
    /// The revision the findings were made from.
    revision: Revision,
    /// The issue's links and where they are written.
    sites: Vec<LinkSite>,
    /// What checking each link found so far.
    outcomes: HashMap<String, LinkOutcome>,
    /// How many different links there are to check.
    links_total: usize,
    /// The check of the links, while it runs.
    job: Option<LinkJob>,
    /// The issue's length when checked.
    reading: ReadingStats,
    /// Say what is left once the links are checked (the status was set to Ready).
    announce: bool,
}

/// Links being checked on worker threads: each link's outcome arrives as an update.
type LinkJob = Job<(), (String, LinkOutcome)>;

impl Preflight {
    /// What was found.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Links checked so far, and how many there are; `None` once the check is over.
    pub fn link_progress(&self) -> Option<(usize, usize)> {
        self.job
            .as_ref()
            .map(|_| (self.outcomes.len(), self.links_total))
    }

    /// The issue's words and reading time when checked.
    pub fn reading(&self) -> ReadingStats {
        self.reading
    }

    /// Lists the offline findings with the links' as checked so far.
    fn list_again(&mut self) {
        let mut findings = self.offline.clone();
        findings.extend(link_findings(&self.sites, &self.outcomes));
        self.findings = ordered(findings);
    }

    /// Moves what the check found in `field` through `change`, so a finding still points at
    /// its words after edits elsewhere in the text. A finding whose words the change touched
    /// keeps its place until the list is made again (then it is looked for anew).
    pub(super) fn follow(&mut self, field: TextField, change: &crate::model::TextChange) {
        let follow = |range: &mut Range<usize>| {
            if let Some(moved) = crate::model::map_range(range, change) {
                *range = moved;
            }
        };
        for finding in self.findings.iter_mut().chain(&mut self.offline) {
            if finding.field == Some(field)
                && let Some(range) = &mut finding.range
            {
                follow(range);
            }
        }
        for site in self.sites.iter_mut().filter(|s| s.field == field) {
            follow(&mut site.range);
        }
    }

    /// True when the issue changed since the check.
    pub fn is_stale(&self, now: Revision) -> bool {
        self.revision != now
    }
}

/// Every finding of `desk`'s issue that needs no network: content, links featured before (per
/// `featured_before`), open hints, length, and — with a `speller` — spelling.
pub fn offline_findings(
    desk: &Desk,
    featured_before: &dyn Fn(&str) -> Option<(u32, jiff::civil::Date)>,
    word_target: Option<u32>,
    speller: Option<(&crate::spell::Speller, &std::collections::BTreeSet<String>)>,
) -> Vec<Finding> {
    let mut findings = content_findings(
        desk,
        &ContentChecks {
            featured_before,
            word_target: word_target.map(|t| t as usize),
        },
    );
    if let Some((speller, accepted)) = speller {
        findings.extend(
            super::misspellings::issue_misspellings(desk, speller, accepted)
                .into_iter()
                .map(|m| Finding {
                    field: Some(m.field),
                    range: Some(m.range),
                    problem: crate::model::readiness::Problem::Misspelled { word: m.word },
                }),
        );
    }
    findings
}

/// The list as shown: link findings first, then the rest by kind, each kind in reading order.
pub fn ordered(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by_key(|f| f.problem.rank());
    findings
}

/// What a finding says, in the interface's language.
pub fn finding_text(problem: &Problem) -> String {
    match problem {
        Problem::BrokenLink { url, failure } => text(&Text::FindingBrokenLink {
            url: link(url).into(),
            reason: failure_text(failure).into(),
        }),
        Problem::LinkMoved { url, to } => text(&Text::FindingLinkMoved {
            url: link(url).into(),
            to: link(to).into(),
        }),
        Problem::FeaturedBefore { number, date } => text(&Text::FeaturedIn {
            number: *number,
            date: crate::i18n::format_date(*date).into(),
        }),
        Problem::DuplicateInIssue { first_headline } => text(&Text::FindingDuplicate {
            headline: first_headline.into(),
        }),
        Problem::EmptyIntro => tr(Msg::FindingEmptyIntro).to_owned(),
        Problem::EmptySection { title } => text(&Text::FindingEmptySection {
            title: if title.is_empty() {
                tr(Msg::UntitledSection).into()
            } else {
                title.into()
            },
        }),
        Problem::EmptyHeadline => tr(Msg::FindingEmptyHeadline).to_owned(),
        Problem::PlaceholderHeadline { headline } => text(&Text::FindingPlaceholder {
            headline: headline.into(),
        }),
        Problem::NoCommentary => tr(Msg::FindingNoCommentary).to_owned(),
        Problem::BidiHint { text: name } => text(&Text::FindingBidiHint { text: name.into() }),
        Problem::Misspelled { word } => text(&Text::FindingMisspelled { word: word.into() }),
        Problem::OverWordTarget {
            words,
            target,
            minutes,
        } => text(&Text::FindingOverTarget {
            stats: text(&Text::ReadingStats {
                words: *words,
                minutes: *minutes as usize,
            })
            .into(),
            target: *target,
        }),
    }
}

/// A link as a finding shows it: in a right-to-left interface, isolated (LRI … PDI), so the
/// punctuation after it stays on its side of the Arabic sentence.
fn link(url: &str) -> String {
    if crate::i18n::locale().language.base_direction().is_rtl() {
        format!("\u{2066}{url}\u{2069}")
    } else {
        url.to_owned()
    }
}

/// Why a link is broken, in words.
fn failure_text(failure: &LinkFailure) -> String {
    match failure {
        LinkFailure::Status(status) => text(&Text::LinkStatus {
            status: status.to_string().into(),
        }),
        LinkFailure::Timeout => tr(Msg::LinkTimeout).to_owned(),
        LinkFailure::TooManyRedirects => tr(Msg::LinkTooManyRedirects).to_owned(),
        LinkFailure::Tls(detail) => text(&Text::LinkTls {
            detail: detail.into(),
        }),
        LinkFailure::HostNotFound => tr(Msg::LinkHostNotFound).to_owned(),
        LinkFailure::Refused => tr(Msg::LinkRefused).to_owned(),
        LinkFailure::Closed => tr(Msg::LinkClosed).to_owned(),
        LinkFailure::Network(detail) => text(&Text::LinkNetwork {
            detail: detail.into(),
        }),
        LinkFailure::NotWeb => tr(Msg::LinkNotWeb).to_owned(),
    }
}

/// Where a finding is, in words: "Introduction", "Section 2 · Section title", "Pick 3 ·
/// Commentary", "The issue".
pub fn place_text(issue: &Issue, field: Option<TextField>) -> String {
    let Some(field) = field else {
        return tr(Msg::WholeIssue).to_owned();
    };
    let name = Msg::of_field(field);
    if let TextField::SectionTitle(id) = field {
        let number = issue.section_index(id).map_or(0, |i| i + 1);
        return format!("{} · {}", text(&Text::SectionNumber { number }), tr(name));
    }
    match field.story() {
        Some(story) => {
            let number = issue
                .picks()
                .position(|p| p.story.id == story)
                .map_or(0, |i| i + 1);
            text(&Text::PickPlace {
                number,
                field: name,
            })
        }
        None => tr(name).to_owned(),
    }
}

impl Session {
    /// Runs the pre-flight check: the content at once, the links on worker threads. With
    /// `announce`, says what is left when the links are checked.
    pub(super) fn check_issue(&mut self, announce: bool) {
        if let Some(old) = self.preflight.take()
            && let Some(job) = old.job
        {
            job.cancel();
        }
        self.preflight = Some(Preflight {
            findings: Vec::new(),
            offline: Vec::new(),
            revision: self.open.document.revision(),
            sites: Vec::new(),
            outcomes: HashMap::new(),
            links_total: 0,
            job: None,
            reading: ReadingStats::default(),
            announce,
        });
        // The findings that need no network, and the links with their places in the text.
        self.refresh_findings();
        let mut urls: Vec<String> = self
            .preflight
            .iter()
            .flat_map(|p| p.sites.iter().map(|s| s.url.clone()))
            .collect();
        urls.sort();
        urls.dedup();
        let total = urls.len();
        let job = self
            .link_check
            .clone()
            .filter(|_| total > 0)
            .map(|options| self.start_link_job(urls, options));
        let checking = job.is_some();
        if let Some(preflight) = &mut self.preflight {
            preflight.links_total = total;
            preflight.job = job;
        }
        if !checking {
            self.links_checked();
        }
    }

    fn start_link_job(&self, urls: Vec<String>, options: LinkCheckOptions) -> LinkJob {
        Job::start("link-check", true, self.waker.clone(), move |context| {
            check_links(&urls, &options, context.cancel_flag(), &|url, outcome| {
                context.update((url.to_owned(), outcome));
            });
        })
    }

    /// Takes in the links checked since the last frame; makes the list again when some came.
    pub(super) fn poll_link_check(&mut self) {
        let Some(preflight) = &mut self.preflight else {
            return;
        };
        let Some(job) = &preflight.job else { return };
        let polled = job.poll();
        let arrived = !polled.updates.is_empty();
        preflight.outcomes.extend(polled.updates);
        let finished = polled.done.is_some();
        if finished {
            preflight.job = None;
        }
        if arrived {
            preflight.list_again();
        }
        if finished {
            self.links_checked();
        }
    }

    /// The links are all checked: says what is left, when asked to.
    fn links_checked(&mut self) {
        let Some(preflight) = &mut self.preflight else {
            return;
        };
        if !std::mem::take(&mut preflight.announce) {
            return;
        }
        let left = preflight.findings.len();
        let message = if left == 0 {
            tr(Msg::IssueReady).to_owned()
        } else {
            text(&Text::PreflightLeft { count: left })
        };
        self.post_info(Topic::Check, message);
    }

    /// Works out the findings again from the issue as it is now, with the links checked so
    /// far.
    fn refresh_findings(&mut self) {
        let open_file = self.open.path().map(crate::io::Library::canonical);
        let library = self.library.as_ref();
        let featured_before = |url: &str| {
            let index = &library?.index;
            let first = *index.featured_in(url, open_file.as_deref()).first()?;
            Some((first.number, first.date))
        };
        let word_target = library.and_then(|l| l.settings.word_target);
        let desk = self.open.document.desk();
        let speller = self
            .spelling
            .checker()
            .map(|(speller, _)| (speller, self.spelling.personal_words()));
        let offline = offline_findings(desk, &featured_before, word_target, speller);
        let revision = self.open.document.revision();
        let reading = issue_reading(&desk.issue);
        let sites = issue_links(&desk.issue);
        let Some(preflight) = &mut self.preflight else {
            return;
        };
        preflight.offline = offline;
        // Links found again where they are now; a link added since is checked next time.
        preflight.sites = sites;
        preflight.list_again();
        preflight.revision = revision;
        preflight.reading = reading;
    }

    /// Shows finding `index`: its story or the issue, the caret in its field, its words
    /// selected. When the issue changed since the check, the list is made again first and the
    /// same finding looked for; one that is gone was fixed meanwhile.
    pub(super) fn go_to_finding(&mut self, index: usize) {
        let Some(finding) = self.current_finding(index) else {
            self.post_info(Topic::Check, tr(Msg::FindingGone).to_owned());
            return;
        };
        let Some(field) = finding.field else {
            self.selection = Selection::Issue;
            return;
        };
        self.selection = match field.story() {
            Some(story) => Selection::Story(story),
            None => Selection::Issue,
        };
        if let Some(range) = finding.range {
            self.open
                .document
                .select(field, crate::model::TextSelection::range(range));
        }
        self.effects.push(Effect::Focus(Focus::Field(field)));
    }

    /// Applies the fix of finding `index` (a moved link's new address) as one undoable edit.
    pub(super) fn fix_finding(&mut self, index: usize) {
        let Some(finding) = self.current_finding(index) else {
            self.post_info(Topic::Check, tr(Msg::FindingGone).to_owned());
            return;
        };
        if let Some(edit) = finding.fix(self.open.document.desk()) {
            self.run(super::Command::Edit(edit));
            self.open.document.seal_typing();
            self.refresh_findings();
        }
    }

    /// Finding `index` of the list, looked for again in the issue as it is now.
    fn current_finding(&mut self, index: usize) -> Option<Finding> {
        let preflight = self.preflight.as_ref()?;
        let wanted = preflight.findings.get(index)?.clone();
        if !preflight.is_stale(self.open.document.revision()) {
            return Some(wanted);
        }
        self.refresh_findings();
        let preflight = self.preflight.as_ref()?;
        // The same problem in the same field; its place in the text may have moved.
        preflight
            .findings
            .iter()
            .find(|f| f.field == wanted.field && f.problem == wanted.problem)
            .cloned()
    }

    /// Stops checking links; what was checked stays listed.
    pub(super) fn cancel_link_check(&mut self) {
        if let Some(preflight) = &mut self.preflight
            && let Some(job) = preflight.job.take()
        {
            job.cancel();
            preflight.announce = false;
        }
    }

    /// Closes the panel (and stops checking links).
    pub(super) fn close_preflight(&mut self) {
        self.cancel_link_check();
        self.preflight = None;
    }

    /// The pre-flight check, while its panel is open.
    pub fn preflight(&self) -> Option<&Preflight> {
        self.preflight.as_ref()
    }
}
