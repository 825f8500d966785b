//! Importing stories from feed files, text notes and a real HTTP server on 127.0.0.1: Arabic
//! RSS, Atom, Open Graph pages, and the hostile cases — malformed and endless responses, a
//! billion-laughs DTD, a server that never answers, a cancelled download, wrong schemes and
//! error statuses. Every test returns within seconds and the server stops by itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::http_server::{Server, respond};
use nashra::io::import::{
    ImportError, ImportLimits, ImportWarning, UrlImport, html_to_text, import_feed_file,
    import_url, parse_feed, story_from_text_file,
};
use proptest::prelude::*;

use crate::support::temp_file;

const ARABIC_RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>الاقتصاد الرقمي</title>
    <link>https://www.example.com/</link>
    <description>أخبار التقنية والمال</description>
    <item>
      <title>OpenAI تجمع 6.6 مليار دولار في جولة تمويل جديدة</title>
      <link>https://example.com/news/openai?utm_source=rss</link>
      <description><![CDATA[<p>أعلنت شركة <b>OpenAI</b> يوم الأربعاء &amp; قالت&nbsp;إن…</p><script>track()</script><p>الفقرة الثانية</p>]]></description>
      <dc:creator>سارة أحمد</dc:creator>
      <category>ذكاء اصطناعي</category>
      <pubDate>Wed, 02 Oct 2024 21:30:00 +0000</pubDate>
    </item>
    <item>
      <title>&#x202E;تحديث iOS 18.1 يصل الأسبوع المقبل</title>
      <link>https://example.com/news/ios</link>
      <description>نص قصير</description>
    </item>
  </channel>
</rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>مدونة المطورين</title>
  <link href="https://dev.example.org/"/>
  <updated>2024-03-06T10:00:00Z</updated>
  <id>urn:uuid:feed</id>
  <entry>
    <title type="html">إطلاق &lt;code&gt;Rust 1.80&lt;/code&gt;</title>
    <link rel="alternate" href="https://dev.example.org/rust-1-80"/>
    <link rel="enclosure" href="https://dev.example.org/rust.mp3"/>
    <id>urn:uuid:1</id>
    <updated>2024-07-25T08:00:00Z</updated>
    <published>2024-07-25T07:00:00Z</published>
    <author><name>Ali Hassan</name></author>
    <category term="rust" label="Rust"/>
    <summary type="html">&lt;p&gt;ميزات جديدة&lt;/p&gt;&lt;ul&gt;&lt;li&gt;LazyCell&lt;/li&gt;&lt;li&gt;LazyLock&lt;/li&gt;&lt;/ul&gt;</summary>
  </entry>
</feed>"#;

/// Entities nested ten deep: expanded naively, the title would be 10^9 "lol"s.
const BILLION_LAUGHS: &str = r#"<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;&lol9;</description></item>
</channel></rss>"#;

const OG_PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>صفحة الخبر - الموقع</title>
<meta name="description" content="الوصف العادي">
<meta property="og:title" content="البنك المركزي يرفع الفائدة إلى 5.25&#x66A;">
<meta property="og:description" content="قرار &quot;مفاجئ&quot; من البنك">
<meta property="og:site_name" content="الشرق">
</head>
<body><h1>ignored</h1></body>
</html>"#;

fn no_cancel() -> AtomicBool {
    AtomicBool::new(false)
}

fn short_timeout() -> ImportLimits {
    ImportLimits {
        timeout_secs: 1,
        ..ImportLimits::default()
    }
}

fn expect_feed(result: Result<UrlImport, ImportError>) -> nashra::io::import::FeedImport {
    match result {
        Ok(UrlImport::Feed(feed)) => feed,
        other => panic!("expected a feed, got {other:?}"),
    }
}

// --- Files ---

#[test]
fn an_arabic_rss_file_becomes_stories() {
    let (_dir, path) = temp_file("feed.xml", ARABIC_RSS.as_bytes());
    let feed = import_feed_file(&path, &ImportLimits::default()).unwrap();
    assert_eq!(feed.feed_title, "الاقتصاد الرقمي");
    assert_eq!(feed.stories.len(), 2);

    let story = &feed.stories[0];
    assert_eq!(
        story.headline,
        "OpenAI تجمع 6.6 مليار دولار في جولة تمويل جديدة"
    );
    assert_eq!(story.url, "https://example.com/news/openai?utm_source=rss");
    assert_eq!(story.source, "الاقتصاد الرقمي");
    assert_eq!(story.author, "سارة أحمد");
    assert_eq!(story.published, Some(jiff::civil::date(2024, 10, 2)));
    assert_eq!(
        story.excerpt.text(),
        "أعلنت شركة OpenAI يوم الأربعاء & قالت إن…\nالفقرة الثانية"
    );
    assert_eq!(story.tags, vec!["ذكاء اصطناعي".to_owned()]);
    assert!(
        story
            .excerpt
            .paragraphs()
            .iter()
            .all(|p| p.direction == nashra::model::Direction::Auto)
    );
}

#[test]
fn a_headline_with_a_hidden_override_is_cleaned_and_flagged() {
    let (_dir, path) = temp_file("feed.xml", ARABIC_RSS.as_bytes());
    let feed = import_feed_file(&path, &ImportLimits::default()).unwrap();
    let story = &feed.stories[1];
    assert_eq!(story.headline, "تحديث iOS 18.1 يصل الأسبوع المقبل");
    assert_eq!(feed.warnings.len(), 1);
    let warning = &feed.warnings[0];
    assert_eq!(warning.story(), Some(story.id));
    assert!(matches!(warning, ImportWarning::BidiControlsRemoved { .. }));
    assert_eq!(
        warning.to_string(),
        "“تحديث iOS 18.1 يصل الأسبوع المقبل” had hidden direction-override characters, removed"
    );
}

#[test]
fn an_atom_file_becomes_stories() {
    let (_dir, path) = temp_file("feed.atom", ATOM.as_bytes());
    let feed = import_feed_file(&path, &ImportLimits::default()).unwrap();
    assert_eq!(feed.feed_title, "مدونة المطورين");
    let story = &feed.stories[0];
    assert_eq!(story.headline, "إطلاق Rust 1.80");
    assert_eq!(story.url, "https://dev.example.org/rust-1-80");
    assert_eq!(story.author, "Ali Hassan");
    assert_eq!(story.published, Some(jiff::civil::date(2024, 7, 25)));
    assert_eq!(story.excerpt.text(), "ميزات جديدة\nLazyCell\nLazyLock");
    assert_eq!(story.tags, vec!["Rust".to_owned()]);
    assert!(feed.warnings.is_empty());
}

#[test]
fn a_malformed_feed_file_is_a_clear_error_naming_the_file() {
    let broken = ARABIC_RSS.replace("</item>", "</itm>");
    let (_dir, path) = temp_file("broken.xml", broken.as_bytes());
    let err = import_feed_file(&path, &ImportLimits::default()).unwrap_err();
    assert!(matches!(err, ImportError::Feed { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with("the feed could not be read: "),
        "{message}"
    );
    assert!(message.ends_with(&path.display().to_string()), "{message}");
}

#[test]
fn a_page_saved_as_a_file_is_not_a_feed() {
    let (_dir, path) = temp_file("page.xml", OG_PAGE.as_bytes());
    let err = import_feed_file(&path, &ImportLimits::default()).unwrap_err();
    assert!(matches!(err, ImportError::NotAFeed { .. }), "{err:?}");
}

#[test]
fn an_oversized_file_is_refused() {
    let (_dir, path) = temp_file("big.xml", ARABIC_RSS.as_bytes());
    let limits = ImportLimits {
        max_bytes: 100,
        ..ImportLimits::default()
    };
    let err = import_feed_file(&path, &limits).unwrap_err();
    assert!(
        matches!(err, ImportError::TooLarge { limit_bytes: 100, ref from } if from.ends_with("big.xml")),
        "{err:?}"
    );
}

#[test]
fn a_missing_file_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.xml");
    let err = import_feed_file(&path, &ImportLimits::default()).unwrap_err();
    assert!(matches!(err, ImportError::Io { .. }));
    assert!(err.to_string().ends_with("nowhere.xml"), "{err}");
}

#[test]
fn billion_laughs_in_a_file_returns_at_once_without_expanding() {
    let (_dir, path) = temp_file("lol.xml", BILLION_LAUGHS.as_bytes());
    let start = Instant::now();
    let result = import_feed_file(&path, &ImportLimits::default());
    assert!(start.elapsed() < Duration::from_secs(5));
    // feed-rs leaves entities a DTD declares unexpanded.
    let feed = result.unwrap();
    assert_eq!(feed.stories[0].headline, "&lol9;");
    assert!(feed.stories[0].excerpt.text().len() < 100);
}

#[test]
fn a_markdown_note_becomes_a_story() {
    let note = "\n# ملاحظة عن **Rust**\n\nفقرة أولى\nتكملة الفقرة.\n\n- بند\n";
    let (_dir, path) = temp_file("note.md", note.as_bytes());
    let (story, warnings) = story_from_text_file(&path, &ImportLimits::default()).unwrap();
    assert_eq!(story.headline, "ملاحظة عن **Rust**");
    assert_eq!(story.excerpt.text(), "فقرة أولى تكملة الفقرة.\n- بند");
    assert_eq!(story.url, "");
    assert!(warnings.is_empty());
}

#[test]
fn a_text_note_keeps_its_lines_and_loses_its_controls() {
    let note = "\u{feff}Headline \u{202D}here\u{202C}\r\nline one\u{7}\r\nline two\r\n";
    let (_dir, path) = temp_file("note.txt", note.as_bytes());
    let (story, warnings) = story_from_text_file(&path, &ImportLimits::default()).unwrap();
    assert_eq!(story.headline, "Headline here");
    assert_eq!(story.excerpt.text(), "line one\nline two");
    assert!(matches!(
        warnings[..],
        [ImportWarning::BidiControlsRemoved { .. }]
    ));
}

#[test]
fn a_note_that_is_not_utf8_is_refused() {
    // "عربي" in Windows-1256.
    let (_dir, path) = temp_file("old.txt", b"\xda\xd1\xc8\xed\n");
    let err = story_from_text_file(&path, &ImportLimits::default()).unwrap_err();
    assert!(matches!(err, ImportError::NotText { .. }), "{err:?}");
}

// --- HTTP ---

#[test]
fn an_rss_feed_over_http() {
    let server = Server::start(|path, stream, _| match path {
        "/feed" => respond(
            stream,
            "200 OK",
            "application/rss+xml; charset=utf-8",
            ARABIC_RSS.as_bytes(),
        ),
        _ => respond(stream, "404 Not Found", "text/plain", b"no"),
    });
    let feed = expect_feed(import_url(
        &server.url("/feed"),
        &ImportLimits::default(),
        &no_cancel(),
    ));
    assert_eq!(feed.stories.len(), 2);
    assert_eq!(feed.stories[0].author, "سارة أحمد");
}

#[test]
fn an_atom_feed_labelled_as_html_is_still_a_feed() {
    let server = Server::start(|_, stream, _| {
        respond(stream, "200 OK", "text/html", ATOM.as_bytes());
    });
    let feed = expect_feed(import_url(
        &server.url("/atom"),
        &ImportLimits::default(),
        &no_cancel(),
    ));
    assert_eq!(feed.stories[0].headline, "إطلاق Rust 1.80");
}

#[test]
fn redirects_are_followed_and_the_final_address_kept() {
    let server = Server::start(|path, stream, _| match path {
        "/old" => redirect(stream, "/new"),
        "/new" => respond(stream, "200 OK", "text/html", OG_PAGE.as_bytes()),
        // Every hop leads to another.
        loop_path => redirect(stream, &format!("{loop_path}x")),
    });
    let imported = import_url(&server.url("/old"), &ImportLimits::default(), &no_cancel());
    let Ok(UrlImport::Page { story, .. }) = imported else {
        panic!("expected a page, got {imported:?}");
    };
    assert_eq!(story.url, server.url("/new"));

    let err = import_url(&server.url("/loop"), &ImportLimits::default(), &no_cancel()).unwrap_err();
    assert!(
        matches!(err, ImportError::Network { ref message, .. } if message.contains("redirects")),
        "{err:?}"
    );
}

#[test]
fn a_malformed_feed_over_http_is_a_clear_error_naming_the_address() {
    let server = Server::start(|_, stream, _| {
        respond(
            stream,
            "200 OK",
            "application/rss+xml",
            b"<rss version=\"2.0\"><channel><title>x</title><item><title>a</item>",
        );
    });
    let url = server.url("/broken");
    let err = import_url(&url, &ImportLimits::default(), &no_cancel()).unwrap_err();
    assert!(matches!(err, ImportError::Feed { .. }), "{err:?}");
    assert!(err.to_string().ends_with(&url), "{err}");
}

#[test]
fn an_endless_response_stops_at_the_size_limit() {
    let sent = Arc::new(Mutex::new(0_usize));
    let counter = Arc::clone(&sent);
    let server = Server::start(move |_, stream, stop| {
        use std::io::Write as _;
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        let chunk = "<item><title>خبر</title></item>".repeat(1000);
        // Bounded so the server stops by itself even if the client never hangs up.
        for _ in 0..10_000 {
            if stop.load(Ordering::Relaxed) || stream.write_all(chunk.as_bytes()).is_err() {
                return;
            }
            *counter.lock().unwrap() += chunk.len();
        }
    });
    let limits = ImportLimits {
        max_bytes: 1024 * 1024,
        ..ImportLimits::default()
    };
    let start = Instant::now();
    let err = import_url(&server.url("/endless"), &limits, &no_cancel()).unwrap_err();
    assert!(
        matches!(err, ImportError::TooLarge { limit_bytes, .. } if limit_bytes == 1024 * 1024),
        "{err:?}"
    );
    assert!(start.elapsed() < Duration::from_secs(10));
    drop(server);
    // The client stopped reading soon after the limit (socket buffers hold a few MiB at most).
    assert!(*sent.lock().unwrap() < 64 * 1024 * 1024);
}

#[test]
fn a_declared_length_over_the_limit_is_refused_before_reading() {
    let server = Server::start(|_, stream, _| {
        use std::io::Write as _;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n<html>";
        let _ = stream.write_all(head.as_bytes());
    });
    let err = import_url(&server.url("/"), &ImportLimits::default(), &no_cancel()).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err:?}");
}

#[test]
fn billion_laughs_over_http_returns_within_seconds() {
    let server = Server::start(|_, stream, _| {
        respond(
            stream,
            "200 OK",
            "application/xml",
            BILLION_LAUGHS.as_bytes(),
        );
    });
    let start = Instant::now();
    let result = import_url(&server.url("/lol"), &ImportLimits::default(), &no_cancel());
    assert!(start.elapsed() < Duration::from_secs(5));
    let feed = expect_feed(result);
    assert!(feed.stories.iter().all(|s| s.headline.len() < 100));
}

#[test]
fn an_open_graph_page_becomes_one_story() {
    let server = Server::start(|_, stream, _| {
        respond(
            stream,
            "200 OK",
            "text/html; charset=utf-8",
            OG_PAGE.as_bytes(),
        );
    });
    let url = server.url("/article/42");
    let imported = import_url(&url, &ImportLimits::default(), &no_cancel()).unwrap();
    let (stories, warnings) = imported.into_parts();
    assert_eq!(stories.len(), 1);
    let story = &stories[0];
    assert_eq!(story.headline, "البنك المركزي يرفع الفائدة إلى 5.25٪");
    assert_eq!(story.excerpt.text(), "قرار \"مفاجئ\" من البنك");
    assert_eq!(story.source, "الشرق");
    assert_eq!(story.url, url);
    assert!(warnings.is_empty());
}

#[test]
fn a_page_without_a_site_name_is_credited_to_its_host() {
    let server = Server::start(|_, stream, _| {
        respond(
            stream,
            "200 OK",
            "text/html",
            b"<html><head><title>Just a title</title></head></html>",
        );
    });
    let (stories, _) = import_url(&server.url("/"), &ImportLimits::default(), &no_cancel())
        .unwrap()
        .into_parts();
    assert_eq!(stories[0].headline, "Just a title");
    assert_eq!(stories[0].source, "127.0.0.1");
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = Server::start(|_, _, stop| {
        // Holds the connection open, silent, until the test ends (or ten seconds).
        let until = Instant::now() + Duration::from_secs(10);
        while !stop.load(Ordering::Relaxed) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let url = server.url("/silent");
    let start = Instant::now();
    let err = import_url(&url, &short_timeout(), &no_cancel()).unwrap_err();
    let took = start.elapsed();
    assert!(
        matches!(err, ImportError::Timeout { seconds: 1, .. }),
        "{err:?}"
    );
    assert!(took >= Duration::from_millis(900), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert_eq!(
        err.to_string(),
        format!("the server did not answer within 1 second: {url}")
    );
}

#[test]
fn cancelling_a_trickling_download_stops_it() {
    let server = Server::start(|_, stream, stop| {
        use std::io::Write as _;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss version=\"2.0\"><channel>";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        // One byte every 20 ms, for at most 20 seconds.
        for _ in 0..1000 {
            if stop.load(Ordering::Relaxed) || stream.write_all(b" ").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    });
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        flag.store(true, Ordering::Relaxed);
        Instant::now()
    });
    // A long timeout, so only the cancel can end it early.
    let limits = ImportLimits {
        timeout_secs: 60,
        ..ImportLimits::default()
    };
    let err = import_url(&server.url("/trickle"), &limits, &cancel).unwrap_err();
    let returned = Instant::now();
    let cancelled_at = canceller.join().unwrap();
    assert!(matches!(err, ImportError::Cancelled), "{err:?}");
    assert!(returned.duration_since(cancelled_at) < Duration::from_secs(2));
}

#[test]
fn a_body_slower_than_the_timeout_times_out() {
    let server = Server::start(|_, stream, stop| {
        use std::io::Write as _;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html>";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        // Headers at once, then a byte every 100 ms: each read succeeds, the whole never ends.
        for _ in 0..100 {
            if stop.load(Ordering::Relaxed) || stream.write_all(b" ").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let start = Instant::now();
    let err = import_url(&server.url("/slow"), &short_timeout(), &no_cancel()).unwrap_err();
    assert!(matches!(err, ImportError::Timeout { .. }), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn other_schemes_are_refused_without_a_connection() {
    for url in [
        "ftp://127.0.0.1/feed.xml",
        "file:///etc/hosts",
        "gopher://x",
    ] {
        let err = import_url(url, &ImportLimits::default(), &no_cancel()).unwrap_err();
        assert!(
            matches!(err, ImportError::UnsupportedScheme { .. }),
            "{url}: {err:?}"
        );
        assert!(err.to_string().ends_with(url));
    }
}

#[test]
fn a_404_is_an_http_error_naming_the_address() {
    let server = Server::start(|_, stream, _| {
        respond(stream, "404 Not Found", "text/html", b"<h1>gone</h1>");
    });
    let url = server.url("/missing.xml");
    let err = import_url(&url, &ImportLimits::default(), &no_cancel()).unwrap_err();
    assert!(
        matches!(err, ImportError::Http { status: 404, .. }),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!("the server answered 404 Not Found: {url}")
    );
}

#[test]
fn a_closed_port_is_a_network_error() {
    // Bind then drop, so nothing listens on the port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/feed");
    let err = import_url(&url, &short_timeout(), &no_cancel()).unwrap_err();
    assert!(matches!(err, ImportError::Network { .. }), "{err:?}");
}

// --- Hostile bytes ---

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic_the_feed_parser(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_feed(&bytes, &ImportLimits::default());
    }

    #[test]
    fn mutated_feeds_parse_or_fail_cleanly(at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut bytes = ARABIC_RSS.as_bytes().to_vec();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = parse_feed(&bytes, &ImportLimits::default());
    }

    #[test]
    fn html_to_text_never_panics(html in "(<|>|&|#|;|/|p|x|a|\"|'|=| |ع|!|-){0,200}") {
        let text = html_to_text(&html);
        prop_assert!(!text.starts_with(' ') && !text.ends_with(' '));
    }
}

/// Answers with a redirect to `location`.
fn redirect(stream: &mut std::net::TcpStream, location: &str) {
    use std::io::Write as _;
    let _ = write!(
        stream,
        "HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
}
