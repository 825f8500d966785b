//! The pre-flight link check against a real HTTP server on 127.0.0.1: pages, permanent and
//! temporary redirects, missing pages and server errors, a server that never answers, a slow
//! body, a redirect loop, a server that refuses HEAD, plain HTTP on an https address, the limit
//! of requests per server and cancelling.

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use nashra::io::link_check::{LinkCheckOptions, check_link, check_links};
use nashra::model::readiness::{LinkFailure, LinkOutcome};

use crate::http_server::{Server, respond};

fn options() -> LinkCheckOptions {
    LinkCheckOptions {
        timeout: Duration::from_secs(2),
        ..LinkCheckOptions::default()
    }
}

fn check(url: &str) -> LinkOutcome {
    check_link(url, &options(), &AtomicBool::new(false)).expect("not cancelled")
}

fn redirect(stream: &mut std::net::TcpStream, status: &str, to: &str) {
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
}

/// A site with a page, moved pages, missing ones and a broken server.
fn site() -> Server {
    Server::start(|path, stream, _| match path {
        "/page" => respond(stream, "200 OK", "text/html", b"<p>ok</p>"),
        "/moved" => redirect(stream, "301 Moved Permanently", "/moved-again"),
        "/moved-again" => redirect(stream, "308 Permanent Redirect", "/page"),
        "/elsewhere-for-now" => redirect(stream, "302 Found", "/page"),
        "/mixed" => redirect(stream, "301 Moved Permanently", "/elsewhere-for-now"),
        "/loop-a" => redirect(stream, "301 Moved Permanently", "/loop-b"),
        "/loop-b" => redirect(stream, "301 Moved Permanently", "/loop-a"),
        "/error" => respond(stream, "500 Internal Server Error", "text/plain", b"oops"),
        _ => respond(stream, "404 Not Found", "text/plain", b"no"),
    })
}

#[test]
fn a_page_is_fine_and_missing_or_failing_ones_are_broken() {
    let server = site();
    assert_eq!(check(&server.url("/page")), LinkOutcome::Fine);
    assert_eq!(
        check(&server.url("/gone")),
        LinkOutcome::Failed(LinkFailure::Status(404))
    );
    assert_eq!(
        check(&server.url("/error")),
        LinkOutcome::Failed(LinkFailure::Status(500))
    );
}

#[test]
fn only_a_chain_of_permanent_redirects_offers_the_new_address() {
    let server = site();
    assert_eq!(
        check(&server.url("/moved")),
        LinkOutcome::Moved {
            to: server.url("/page")
        }
    );
    assert_eq!(check(&server.url("/elsewhere-for-now")), LinkOutcome::Fine);
    assert_eq!(check(&server.url("/mixed")), LinkOutcome::Fine);
}

#[test]
fn a_redirect_loop_is_reported_not_followed_forever() {
    let server = site();
    assert_eq!(
        check(&server.url("/loop-a")),
        LinkOutcome::Failed(LinkFailure::TooManyRedirects)
    );
}

#[test]
fn a_long_chain_of_redirects_stops_at_the_limit() {
    let server = Server::start(|path, stream, _| {
        let n: u32 = path.trim_start_matches("/hop/").parse().unwrap_or(0);
        redirect(stream, "302 Found", &format!("/hop/{}", n + 1));
    });
    assert_eq!(
        check(&server.url("/hop/0")),
        LinkOutcome::Failed(LinkFailure::TooManyRedirects)
    );
}

#[test]
fn a_server_that_refuses_head_is_asked_with_get() {
    let heads = Arc::new(AtomicUsize::new(0));
    let server = {
        let heads = Arc::clone(&heads);
        Server::start_with_method(move |method, _, stream, _| {
            if method == "HEAD" {
                heads.fetch_add(1, Ordering::Relaxed);
                respond(stream, "405 Method Not Allowed", "text/plain", b"");
            } else {
                respond(stream, "200 OK", "text/html", b"<p>ok</p>");
            }
        })
    };
    assert_eq!(check(&server.url("/article")), LinkOutcome::Fine);
    assert_eq!(heads.load(Ordering::Relaxed), 1, "HEAD was tried first");
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = Server::start(|_, _, stop| {
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let options = LinkCheckOptions {
        timeout: Duration::from_millis(500),
        ..options()
    };
    assert_eq!(
        check_link(&server.url("/hang"), &options, &AtomicBool::new(false)),
        Some(LinkOutcome::Failed(LinkFailure::Timeout))
    );
}

#[test]
fn a_slow_body_is_not_waited_for() {
    // The status comes at once and the body over ten seconds: reading it would outlast the
    // one-second timeout.
    let server = Server::start(|_, stream, stop| {
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n"
        );
        for _ in 0..100 {
            if stop.load(Ordering::Relaxed) || stream.write_all(b"x").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let options = LinkCheckOptions {
        timeout: Duration::from_secs(1),
        ..options()
    };
    assert_eq!(
        check_link(&server.url("/slow"), &options, &AtomicBool::new(false)),
        Some(LinkOutcome::Fine)
    );
}

#[test]
fn plain_http_on_an_https_address_is_a_secure_connection_failure() {
    // A server that answers in plain HTTP as soon as it is connected to.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    let answer = std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            std::thread::sleep(Duration::from_millis(200));
        }
    });
    let outcome = check(&format!("https://{address}/page"));
    assert!(
        matches!(outcome, LinkOutcome::Failed(LinkFailure::Tls(_))),
        "{outcome:?}"
    );
    answer.join().expect("server");
}

#[test]
fn nobody_listening_is_a_refused_connection() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    assert!(matches!(
        check(&format!("http://127.0.0.1:{port}/")),
        LinkOutcome::Failed(LinkFailure::Refused)
    ));
}

/// A server that holds each request a while and records the most it held at once.
fn counting_server(hold: Duration) -> (Server, Arc<AtomicUsize>) {
    let now = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let server = {
        let most = Arc::clone(&most);
        Server::start(move |_, stream, _| {
            let at_once = now.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(at_once, Ordering::SeqCst);
            std::thread::sleep(hold);
            now.fetch_sub(1, Ordering::SeqCst);
            respond(stream, "200 OK", "text/html", b"ok");
        })
    };
    (server, most)
}

#[test]
fn every_link_is_checked_once_and_one_server_gets_at_most_two_requests_at_a_time() {
    let (server, most) = counting_server(Duration::from_millis(150));
    let mut urls: Vec<String> = (0..8).map(|i| server.url(&format!("/{i}"))).collect();
    urls.push(server.url("/0"));
    let results = Mutex::new(Vec::new());
    check_links(
        &urls,
        &options(),
        &AtomicBool::new(false),
        &|url, outcome| {
            results.lock().unwrap().push((url.to_owned(), outcome));
        },
    );
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(results.len(), 8, "the repeated link is checked once");
    assert!(results.iter().all(|(_, o)| *o == LinkOutcome::Fine));
    assert_eq!(
        most.load(Ordering::SeqCst),
        2,
        "two at a time on one server"
    );
}

#[test]
fn cancelling_stops_the_check() {
    let (server, _) = counting_server(Duration::from_millis(200));
    let urls: Vec<String> = (0..10).map(|i| server.url(&format!("/{i}"))).collect();
    let cancel = AtomicBool::new(false);
    let done = AtomicUsize::new(0);
    let options = LinkCheckOptions {
        per_host: 1,
        ..options()
    };
    check_links(&urls, &options, &cancel, &|_, _| {
        done.fetch_add(1, Ordering::SeqCst);
        cancel.store(true, Ordering::SeqCst);
    });
    assert_eq!(
        done.load(Ordering::SeqCst),
        1,
        "nothing checked after the cancel"
    );
}
