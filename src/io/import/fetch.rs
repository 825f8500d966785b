//! Downloading a feed or page over http(s), with a size cap, timeouts and cancellation.
//!
//! The body is read in chunks and never past [`ImportLimits::max_bytes`], so a server that
//! streams forever costs bounded memory; the cancel flag is checked between chunks. A
//! blocked read (a server that sends nothing) ends at the latest when the timeout does.

use std::io::Read as _;
use std::sync::atomic::{AtomicBool, Ordering};

use ureq::ResponseExt as _;

use super::{ImportError, ImportLimits};
use crate::model::Link;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: u32 = 5;

/// Bytes asked of the connection at a time: small enough that cancelling is noticed soon.
const CHUNK_BYTES: usize = 16 * 1024;

/// What asking for a feed or page brings: which type of document, from where.
const ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
                      application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

/// A downloaded document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fetched {
    /// The address the document came from, after redirects.
    pub final_url: String,
    /// The `Content-Type` the server sent, if any.
    pub content_type: Option<String>,
    /// The body, decompressed; at most [`ImportLimits::max_bytes`].
    pub bytes: Vec<u8>,
}

/// Downloads `url` (a web link, as [`Link`] reads it: http or https, or written from `www.`),
/// following at most [`MAX_REDIRECTS`] redirects. Fails with [`ImportError::Cancelled`] soon
/// after `cancel` is set.
pub fn fetch(
    url: &str,
    limits: &ImportLimits,
    cancel: &AtomicBool,
) -> Result<Fetched, ImportError> {
    let url = url.trim();
    let link = Link::parse(url);
    // Asked for as the parser writes it: a host in punycode and a path percent-encoded, which
    // is all an HTTP request line may hold.
    let Some(address) = link.web_url() else {
        return Err(ImportError::UnsupportedScheme {
            url: url.to_owned(),
        });
    };
    let cancelled = || cancel.load(Ordering::Relaxed);
    if cancelled() {
        return Err(ImportError::Cancelled);
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout()))
        .timeout_connect(Some(limits.timeout()))
        .max_redirects(MAX_REDIRECTS)
        // Error statuses are reported with the address, below.
        .http_status_as_error(false)
        .user_agent(concat!("Nashra/", env!("CARGO_PKG_VERSION")))
        .accept(ACCEPT)
        .build()
        .into();
    let network = |error: ureq::Error| network_error(url, limits, error);

    let response = agent.get(address.as_str()).call().map_err(network)?;
    let status = response.status().as_u16();
    let final_url = response.get_uri().to_string();
    if !response.status().is_success() {
        return Err(ImportError::Http {
            url: final_url,
            status,
        });
    }
    let content_type = response
        .headers()
        .get(ureq::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let too_large = || ImportError::TooLarge {
        from: final_url.clone(),
        limit_bytes: limits.max_bytes,
    };
    // A declared length over the limit is refused without reading anything.
    let declared = response
        .headers()
        .get(ureq::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|len| len > limits.max_bytes as u64) {
        return Err(too_large());
    }

    let mut reader = response.into_body().into_reader();
    let mut bytes = Vec::new();
    let mut chunk = vec![0; CHUNK_BYTES];
    loop {
        if cancelled() {
            return Err(ImportError::Cancelled);
        }
        let read = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(read) => read,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(network(ureq::Error::from(e))),
        };
        if bytes.len() + read > limits.max_bytes {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk[..read]);
    }
    if cancelled() {
        return Err(ImportError::Cancelled);
    }
    Ok(Fetched {
        final_url,
        content_type,
        bytes,
    })
}

/// Our error for ureq's, in words for the editor.
fn network_error(url: &str, limits: &ImportLimits, error: ureq::Error) -> ImportError {
    let timeout = || ImportError::Timeout {
        url: url.to_owned(),
        seconds: limits.timeout_secs,
    };
    let message = match error {
        ureq::Error::Timeout(_) => return timeout(),
        ureq::Error::Io(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) =>
        {
            return timeout();
        }
        ureq::Error::StatusCode(status) => {
            return ImportError::Http {
                url: url.to_owned(),
                status,
            };
        }
        ureq::Error::HostNotFound => "the server's name was not found".to_owned(),
        ureq::Error::ConnectionFailed => "could not connect to the server".to_owned(),
        ureq::Error::TooManyRedirects => {
            format!("more than {MAX_REDIRECTS} redirects")
        }
        ureq::Error::BadUri(detail) => format!("not a valid address ({detail})"),
        ureq::Error::RequireHttpsOnly(_) => {
            return ImportError::UnsupportedScheme {
                url: url.to_owned(),
            };
        }
        ureq::Error::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => "the server refused the connection".to_owned(),
            std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::UnexpectedEof => {
                "the server closed the connection".to_owned()
            }
            _ => e.to_string(),
        },
        other => other.to_string(),
    };
    ImportError::Network {
        url: url.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_fetched() {
        let cancel = AtomicBool::new(false);
        for url in [
            "file:///etc/passwd",
            "ftp://example.com/feed",
            "javascript:alert(1)",
            "example.com/feed",
            "http://",
            "mailto:editor@example.com",
        ] {
            assert!(
                matches!(
                    fetch(url, &ImportLimits::default(), &cancel),
                    Err(ImportError::UnsupportedScheme { .. })
                ),
                "{url}"
            );
        }
    }

    #[test]
    fn a_cancelled_import_does_not_start() {
        let cancel = AtomicBool::new(true);
        assert!(matches!(
            fetch("http://127.0.0.1:9/", &ImportLimits::default(), &cancel),
            Err(ImportError::Cancelled)
        ));
    }
}
