//! The site a link points to, as a story's source when nothing better is known.

/// The host of an http(s) link without a leading `www.` (`https://www.ft.com/x` → `ft.com`);
/// empty when there is none.
pub fn site_from_url(url: &str) -> String {
    let Some((_, rest)) = url.trim().split_once("://") else {
        return String::new();
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_and_port = authority.rsplit('@').next().unwrap_or_default();
    let host = if let Some(bracketed) = host_and_port.strip_prefix('[') {
        // An IPv6 address keeps its colons.
        bracketed.split(']').next().unwrap_or_default()
    } else {
        host_and_port.split(':').next().unwrap_or_default()
    };
    let host = host.to_ascii_lowercase();
    host.strip_prefix("www.").map(str::to_owned).unwrap_or(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_without_www_port_or_credentials() {
        assert_eq!(site_from_url("https://www.FT.com/content/x?a"), "ft.com");
        assert_eq!(
            site_from_url("http://user:pw@aljazeera.net:8080/"),
            "aljazeera.net"
        );
        assert_eq!(site_from_url("https://example.org#top"), "example.org");
        assert_eq!(site_from_url("http://[::1]:8080/feed"), "::1");
        assert_eq!(site_from_url("not a link"), "");
    }
}
