//! Checking that the links lead to a page, before it is sent.
//!
//! Each link is asked for with `HEAD` (no body comes back), then with `GET` when the server
//! refuses `HEAD` or answers it with an error (some servers answer `HEAD` with 405 or 404 and
//! `GET` with the page). Redirects are followed here, one hop at a time, rather than by the
//! HTTP client, so that a chain made only of permanent redirects (301, 308) can be offered as a
//! new address, and a loop is seen as one. The body of a `GET` is never read: the status says
//! all, and a slow body costs nothing.
//!
//! [`check_links`] runs the checks on a few worker threads, never more than
//! [`LinkCheckOptions::per_host`] at once on one server (a newsletter often links one site many
//! times, and a burst of requests can get her address refused), and stops soon after its cancel
//! flag is set: requests already under way end at the latest with their timeout.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::Duration;

use url::Url;

use crate::model::readiness::{LinkFailure, LinkOutcome};
use crate::model::{Link, LinkKind};

/// How links are checked.
#[derive(Clone, Debug)]
pub struct LinkCheckOptions {
    /// How long one request may take, from connecting to the status line.
    pub timeout: Duration,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
    /// Requests at once on one server.
    pub per_host: usize,
    /// Requests at once in all.
    pub workers: usize,
}

impl Default for LinkCheckOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(10),
            max_redirects: 8,
            per_host: 2,
            workers: 6,
        }
    }
}

/// Checks one link (blocking). `None` when `cancel` was set before it was done.
///
/// A web link is asked for (one written from `www.` as https); a mail link cannot be checked
/// and is not broken; anything else ([`Link`] says what is a link) is not an address an
/// email can carry, and fails as [`LinkFailure::NotWeb`] without a request.
pub fn check_link(
    url: &str,
    options: &LinkCheckOptions,
    cancel: &AtomicBool,
) -> Option<LinkOutcome> {
    let link = Link::parse(url);
    let Some(start) = link.web_url().cloned() else {
        return Some(if link.kind() == LinkKind::Mail {
            LinkOutcome::Fine
        } else {
            LinkOutcome::Failed(LinkFailure::NotWeb)
        });
    };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        // Redirects are followed below, hop by hop.
        .max_redirects(0)
        // Each request on a connection of its own: a server may close a kept-alive connection
        // just as the next hop goes out on it, which would read as a link that is broken.
        .max_idle_connections(0)
        .http_status_as_error(false)
        .user_agent(concat!(
            "Nashra/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build()
        .into();

    let mut current = start;
    let mut seen = HashSet::new();
    let mut all_permanent = true;
    for hop in 0..=options.max_redirects {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        if !seen.insert(current.clone()) {
            return Some(LinkOutcome::Failed(LinkFailure::TooManyRedirects));
        }
        let status = match status_of(&agent, &current) {
            Ok(answer) => answer,
            Err(failure) => return Some(LinkOutcome::Failed(failure)),
        };
        match status {
            Answer::Page => {
                return Some(if hop > 0 && all_permanent {
                    LinkOutcome::Moved {
                        to: current.to_string(),
                    }
                } else {
                    LinkOutcome::Fine
                });
            }
            Answer::Redirect { to, permanent } => {
                all_permanent &= permanent;
                match current.join(&to) {
                    Ok(next) if matches!(next.scheme(), "http" | "https") => current = next,
                    _ => return Some(LinkOutcome::Failed(LinkFailure::TooManyRedirects)),
                }
            }
            Answer::Error(status) => {
                return Some(LinkOutcome::Failed(LinkFailure::Status(status)));
            }
        }
    }
    Some(LinkOutcome::Failed(LinkFailure::TooManyRedirects))
}

/// What one request found.
enum Answer {
    /// A page (2xx, or another status that is not an error or a redirect).
    Page,
    /// A redirect to `to` (relative or absolute).
    Redirect { to: String, permanent: bool },
    /// An error status.
    Error(u16),
}

/// Asks for `url` with `HEAD`, then with `GET` if `HEAD` got an error status.
fn status_of(agent: &ureq::Agent, url: &Url) -> Result<Answer, LinkFailure> {
    let secure = url.scheme() == "https";
    let head = answer(agent.head(url.as_str()).call(), secure)?;
    match head {
        Answer::Error(_) => answer(agent.get(url.as_str()).call(), secure),
        other => Ok(other),
    }
}

fn answer(
    response: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    secure: bool,
) -> Result<Answer, LinkFailure> {
    let response = response.map_err(|e| failure_of(e, secure))?;
    let status = response.status();
    if status.is_redirection() {
        let location = response
            .headers()
            .get(ureq::http::header::LOCATION)
            .and_then(|v| v.to_str().ok());
        return Ok(match location {
            Some(to) => Answer::Redirect {
                to: to.to_owned(),
                permanent: matches!(status.as_u16(), 301 | 308),
            },
            // 304 and the like: the page is there.
            None => Answer::Page,
        });
    }
    if status.is_client_error() || status.is_server_error() {
        return Ok(Answer::Error(status.as_u16()));
    }
    // The body is dropped unread: the connection closes, and a slow body costs nothing.
    Ok(Answer::Page)
}

/// Our failure for ureq's error on a request over a `secure` (TLS) connection or not.
fn failure_of(error: ureq::Error, secure: bool) -> LinkFailure {
    match error {
        ureq::Error::Timeout(_) => LinkFailure::Timeout,
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) =>
        {
            LinkFailure::Timeout
        }
        ureq::Error::StatusCode(status) => LinkFailure::Status(status),
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => {
            LinkFailure::TooManyRedirects
        }
        ureq::Error::Tls(message) => LinkFailure::Tls(message.to_owned()),
        ureq::Error::Rustls(e) => LinkFailure::Tls(e.to_string()),
        // rustls reports what goes wrong during the handshake (a bad certificate, a server
        // that does not speak TLS) as invalid data on the connection.
        ureq::Error::Io(e) if secure && e.kind() == std::io::ErrorKind::InvalidData => {
            LinkFailure::Tls(e.to_string())
        }
        ureq::Error::HostNotFound => LinkFailure::HostNotFound,
        ureq::Error::ConnectionFailed => LinkFailure::Refused,
        ureq::Error::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => LinkFailure::Refused,
            std::io::ErrorKind::ConnectionReset
            | std::io::ErrorKind::ConnectionAborted
            | std::io::ErrorKind::UnexpectedEof => LinkFailure::Closed,
            // The standard library's words for a failed name lookup (getaddrinfo), which has
            // no error kind of its own.
            _ if e.to_string().contains("failed to lookup address") => LinkFailure::HostNotFound,
            _ => LinkFailure::Network(e.to_string()),
        },
        other => LinkFailure::Network(other.to_string()),
    }
}

/// The server a link is on, for the per-server limit; empty for a link not asked for.
fn host_of(url: &str) -> String {
    Link::parse(url)
        .web_url()
        .and_then(Url::host_str)
        .map(str::to_owned)
        .unwrap_or_default()
}

/// The links waiting, each with its server (read once), and the requests under way per server.
struct Queue {
    waiting: VecDeque<(String, String)>,
    busy: HashMap<String, usize>,
}

/// Checks every link of `urls` (each once), calling `done` with each result as it comes in,
/// from the worker threads. Returns when all are checked, or soon after `cancel` is set.
pub fn check_links(
    urls: &[String],
    options: &LinkCheckOptions,
    cancel: &AtomicBool,
    done: &(dyn Fn(&str, LinkOutcome) + Sync),
) {
    let mut unique = HashSet::new();
    let queue = Mutex::new(Queue {
        waiting: urls
            .iter()
            .filter(|u| unique.insert(u.as_str()))
            .map(|url| (url.clone(), host_of(url)))
            .collect(),
        busy: HashMap::new(),
    });
    let freed = Condvar::new();
    let workers = options.workers.clamp(1, urls.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((url, host)) = next_link(&queue, &freed, options.per_host, cancel) {
                    // Reported before the server's slot is freed, so a cancel asked for on
                    // seeing a result holds back every request not yet started.
                    if let Some(outcome) = check_link(&url, options, cancel) {
                        done(&url, outcome);
                    }
                    let mut q = queue.lock().unwrap_or_else(PoisonError::into_inner);
                    if let Some(n) = q.busy.get_mut(&host) {
                        *n = n.saturating_sub(1);
                    }
                    drop(q);
                    freed.notify_all();
                }
            });
        }
    });
}

/// The next link whose server has room, waiting for one to finish when none has; `None` when
/// there are none left or the check was cancelled.
fn next_link(
    queue: &Mutex<Queue>,
    freed: &Condvar,
    per_host: usize,
    cancel: &AtomicBool,
) -> Option<(String, String)> {
    let mut q = queue.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        if cancel.load(Ordering::Relaxed) || q.waiting.is_empty() {
            return None;
        }
        let room = |q: &Queue, host: &str| q.busy.get(host).copied().unwrap_or(0) < per_host.max(1);
        if let Some(at) = q.waiting.iter().position(|(_, host)| room(&q, host)) {
            let (url, host) = q.waiting.remove(at)?;
            *q.busy.entry(host.clone()).or_default() += 1;
            return Some((url, host));
        }
        // Wake now and then to notice a cancel even if no request ends.
        q = freed
            .wait_timeout(q, Duration::from_millis(100))
            .unwrap_or_else(PoisonError::into_inner)
            .0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_failures_are_named_for_the_editor() {
        let io = |kind, message: &str| ureq::Error::Io(std::io::Error::new(kind, message));
        let other = std::io::ErrorKind::Other;
        // What the standard library says when the name lookup fails (no test looks a name up:
        // it would ask a resolver outside the machine).
        let lookup = io(
            other,
            "failed to lookup address information: Name or service not known",
        );
        assert_eq!(failure_of(lookup, false), LinkFailure::HostNotFound);
        assert_eq!(
            failure_of(ureq::Error::HostNotFound, false),
            LinkFailure::HostNotFound
        );
        let refused = io(std::io::ErrorKind::ConnectionRefused, "refused");
        assert_eq!(failure_of(refused, false), LinkFailure::Refused);
        let reset = io(std::io::ErrorKind::ConnectionReset, "reset");
        assert_eq!(failure_of(reset, false), LinkFailure::Closed);
        let bad_data = || io(std::io::ErrorKind::InvalidData, "corrupt message");
        assert!(matches!(failure_of(bad_data(), true), LinkFailure::Tls(_)));
        assert!(matches!(
            failure_of(bad_data(), false),
            LinkFailure::Network(_)
        ));
        assert_eq!(
            failure_of(ureq::Error::StatusCode(410), false),
            LinkFailure::Status(410)
        );
    }

    #[test]
    fn mail_links_are_fine_and_what_is_not_a_link_is_not_web() {
        let cancel = AtomicBool::new(false);
        let options = LinkCheckOptions::default();
        assert_eq!(
            check_link("mailto:editor@example.com", &options, &cancel),
            Some(LinkOutcome::Fine)
        );
        // Each of these was once passed unchecked or asked for as https; none is a link an
        // email carries, and none is asked for (those that were are on the loopback, so a
        // test never asks outside the machine).
        for url in [
            "not a link",
            "127.0.0.1:9/x",
            "ftp://127.0.0.1:9/x",
            "tel:+9613000000",
            "javascript:alert(1)",
            "localhost:9",
            "http://127.0.0.1:9/a b",
        ] {
            assert_eq!(
                check_link(url, &options, &cancel),
                Some(LinkOutcome::Failed(LinkFailure::NotWeb)),
                "{url:?}"
            );
        }
    }

    #[test]
    fn a_link_written_from_www_is_asked_for_on_its_server() {
        assert_eq!(host_of("www.ft.com/x"), "www.ft.com");
        assert_eq!(host_of("HTTP://FT.com:8080/x"), "ft.com");
        assert_eq!(host_of("mailto:editor@example.com"), "");
    }
}
