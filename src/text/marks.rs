//! Invisible formatting characters: their names for the "show formatting marks" view.

/// The short name shown for an invisible formatting character, or `None` for visible ones.
pub fn mark_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200E}' => "LRM",
        '\u{200F}' => "RLM",
        '\u{061C}' => "ALM",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{200D}' => "ZWJ",
        '\u{200C}' => "ZWNJ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_control_the_view_shows() {
        for c in [
            '\u{200E}', '\u{200F}', '\u{061C}', '\u{2066}', '\u{2069}', '\u{202E}', '\u{200D}',
            '\u{200C}',
        ] {
            assert!(mark_name(c).is_some(), "{c:?}");
        }
        assert_eq!(mark_name('a'), None);
    }
}
