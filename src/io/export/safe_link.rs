//! Which links may be written into an export.

/// The URL if it is an `http`, `https` or `mailto` link, trimmed; `None` for anything else,
/// including `javascript:` however it is disguised (mixed case, tabs or newlines inside the
/// scheme, entities): a browser ignores those characters in a scheme, so they are removed
/// before the scheme is checked, and a URL that still holds an entity-like `&#` in its scheme
/// is refused.
pub fn safe_link(url: &str) -> Option<String> {
    let trimmed = url.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let (scheme, rest) = trimmed.split_once(':')?;
    let scheme: String = scheme
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    let allowed = matches!(scheme.as_str(), "http" | "https" | "mailto");
    let has_controls = rest.chars().any(|c| c.is_control());
    (allowed && !has_controls && !rest.is_empty()).then(|| format!("{scheme}:{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_and_mail_links_pass() {
        assert_eq!(
            safe_link(" https://www.ft.com/content/x?a=1&b=2 ").as_deref(),
            Some("https://www.ft.com/content/x?a=1&b=2")
        );
        assert_eq!(
            safe_link("HTTP://example.com").as_deref(),
            Some("http://example.com")
        );
        assert_eq!(
            safe_link("mailto:editor@example.com").as_deref(),
            Some("mailto:editor@example.com")
        );
    }

    #[test]
    fn everything_else_is_dropped() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java&#09;script:alert(1)",
            " javascript:alert(1)",
            "\u{0}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//evil.example/x",
            "www.ft.com",
            "",
            "https:",
            "https://ok.example/\u{0}x",
        ] {
            assert_eq!(safe_link(url), None, "{url:?}");
        }
    }
}
