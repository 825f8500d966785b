//! [`ImportError`]: why an import brought in nothing. Each names the file or address it is
//! about, last, as the editor needs it to act.

use std::path::PathBuf;

/// Why a feed, page or file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("could not read the file: {source}: {path}", path = path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("the file is not UTF-8 text (save it as UTF-8 and try again): {path}", path = path.display())]
    NotText {
        /// The file.
        path: PathBuf,
    },
    /// The file or download is bigger than an import reads.
    #[error("it is larger than the import limit of {}: {from}", size_text(*limit_bytes))]
    TooLarge {
        /// The file or address.
        from: String,
        /// The limit, in bytes.
        limit_bytes: usize,
    },
    /// The server answered with an error status.
    #[error("the server answered {status}{}: {url}", reason(*status))]
    Http {
        /// The address asked for.
        url: String,
        /// The HTTP status code.
        status: u16,
    },
    /// The server could not be reached or the connection broke.
    #[error("could not download: {message}: {url}")]
    Network {
        /// The address asked for.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The server took longer than the import allows.
    #[error("the server did not answer within {}: {url}", seconds_text(*seconds))]
    Timeout {
        /// The address asked for.
        url: String,
        /// The time allowed.
        seconds: u64,
    },
    /// The editor cancelled the import.
    #[error("the import was cancelled")]
    Cancelled,
    /// The content is not an RSS, Atom or JSON feed.
    #[error("this is not an RSS, Atom or JSON feed: {from}")]
    NotAFeed {
        /// The file or address.
        from: String,
    },
    /// The content looks like a feed but could not be read as one.
    #[error("the feed could not be read: {message}: {from}")]
    Feed {
        /// The file or address.
        from: String,
        /// What the feed parser found wrong.
        message: String,
    },
    /// The address is not an http or https link.
    #[error("only http and https addresses can be imported: {url}")]
    UnsupportedScheme {
        /// The address given.
        url: String,
    },
}

impl ImportError {
    /// The error with `from` naming its source, for errors found while parsing bytes before
    /// it was known where they came from.
    pub fn from_source(self, from: &str) -> Self {
        match self {
            Self::TooLarge { limit_bytes, .. } => Self::TooLarge {
                from: from.to_owned(),
                limit_bytes,
            },
            Self::NotAFeed { .. } => Self::NotAFeed {
                from: from.to_owned(),
            },
            Self::Feed { message, .. } => Self::Feed {
                from: from.to_owned(),
                message,
            },
            other => other,
        }
    }
}

/// A size for people: "8 MiB", "512 KiB", "100 bytes".
fn size_text(bytes: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * KIB;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes.is_multiple_of(KIB) {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

/// "1 second", "15 seconds".
fn seconds_text(seconds: u64) -> String {
    if seconds == 1 {
        "1 second".to_owned()
    } else {
        format!("{seconds} seconds")
    }
}

/// The reason phrase of a status code, after a space (" Not Found"), or nothing.
fn reason(status: u16) -> String {
    ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" {r}"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_what_they_are_about() {
        let http = ImportError::Http {
            url: "https://example.com/feed".to_owned(),
            status: 404,
        };
        assert_eq!(
            http.to_string(),
            "the server answered 404 Not Found: https://example.com/feed"
        );
        let large = ImportError::TooLarge {
            from: "data".to_owned(),
            limit_bytes: 8 * 1024 * 1024,
        }
        .from_source("/tmp/big.xml");
        assert_eq!(
            large.to_string(),
            "it is larger than the import limit of 8 MiB: /tmp/big.xml"
        );
        assert_eq!(size_text(512 * 1024), "512 KiB");
        assert_eq!(size_text(100), "100 bytes");
        assert_eq!(seconds_text(1), "1 second");
        assert_eq!(seconds_text(15), "15 seconds");
    }
}
