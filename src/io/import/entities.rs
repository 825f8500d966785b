//! Decoding HTML character references (`&amp;`, `&#1575;`, `&#x202E;`) in text from feeds and
//! pages.
//!
//! Only a fixed table of names is known: the Latin-1 letters and signs Latin names and prices
//! need, typographic punctuation and the direction marks. An unknown name is left as written,
//! so nothing a document defines for itself (an XML DTD's entities) is ever expanded.

use std::borrow::Cow;

/// Longest entity name looked up; longer runs of letters after `&` are plain text.
const MAX_NAME_LEN: usize = 32;

/// Names of U+00A0 to U+00FF, in code point order.
const LATIN_1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Other names, outside Latin-1.
const OTHERS: [(&str, char); 40] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("bull", '•'),
    ("hellip", '…'),
    ("permil", '‰'),
    ("prime", '′'),
    ("Prime", '″'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("euro", '€'),
    ("trade", '™'),
    ("minus", '−'),
];

/// Characters of Windows-1252 at 0x80–0x9F: old feeds write `&#146;` meaning its apostrophe,
/// and browsers read it so (the HTML standard says to).
const WINDOWS_1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// `text` with character references replaced by their characters. References to nothing
/// (`&#0;`, surrogates, past U+10FFFF) become U+FFFD; unknown names stay as written.
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference starting just after `&` stands for, and how many bytes of
/// `after` it took (the `;` included).
fn reference(after: &str) -> Option<(char, usize)> {
    if let Some(number) = after.strip_prefix('#') {
        let (digits, radix, prefix) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits
            .bytes()
            .take_while(|b| (*b as char).is_digit(radix))
            .count();
        if len == 0 {
            return None;
        }
        let semicolon = usize::from(digits[len..].starts_with(';'));
        let c = u32::from_str_radix(&digits[..len], radix)
            .ok()
            .map_or(char::REPLACEMENT_CHARACTER, code_point);
        return Some((c, prefix + len + semicolon));
    }
    let len = after
        .bytes()
        .take(MAX_NAME_LEN + 1)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    if len == 0 || len > MAX_NAME_LEN || !after[len..].starts_with(';') {
        return None;
    }
    named(&after[..len]).map(|c| (c, len + 1))
}

/// The character a numeric reference means, as browsers read it.
fn code_point(value: u32) -> char {
    match value {
        0x80..=0x9F => WINDOWS_1252[(value - 0x80) as usize],
        0 => char::REPLACEMENT_CHARACTER,
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// The character a known entity name stands for.
fn named(name: &str) -> Option<char> {
    if let Some(index) = LATIN_1.iter().position(|n| *n == name) {
        return char::from_u32(0xA0 + index as u32);
    }
    OTHERS.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references_decode() {
        assert_eq!(
            decode_entities("AT&amp;T &lt;b&gt; &quot;x&quot; caf&eacute; &Eacute;"),
            "AT&T <b> \"x\" café É"
        );
        assert_eq!(decode_entities("&#1575;&#x644;&#X639;"), "الع");
        assert_eq!(decode_entities("it&#146;s &#8220;ok&#8221;"), "it’s “ok”");
        assert_eq!(decode_entities("&nbsp;&hellip;&rlm;"), "\u{a0}…\u{200f}");
    }

    #[test]
    fn broken_and_unknown_references_stay_readable() {
        assert_eq!(decode_entities("a & b"), "a & b");
        assert_eq!(decode_entities("&lol9; &unknown;"), "&lol9; &unknown;");
        assert_eq!(decode_entities("&amp"), "&amp");
        assert_eq!(decode_entities("&#;&#x;"), "&#;&#x;");
        assert_eq!(decode_entities("&#65"), "A");
        assert_eq!(
            decode_entities("&#0;&#xD800;&#99999999999;"),
            "\u{fffd}".repeat(3)
        );
    }

    #[test]
    fn a_bidi_override_written_as_a_reference_is_decoded_for_sanitizing_to_catch() {
        assert_eq!(decode_entities("&#x202E;"), "\u{202e}");
    }

    #[test]
    fn tables_are_consistent() {
        assert_eq!(named("yuml"), Some('ÿ'));
        assert_eq!(named("nbsp"), Some('\u{a0}'));
        assert_eq!(named("times"), Some('×'));
        assert_eq!(named("nope"), None);
    }

    #[test]
    fn long_hostile_input_is_handled_in_one_pass() {
        let hostile = "&".repeat(200_000) + &"&#".repeat(100_000) + &"&a".repeat(100_000);
        assert_eq!(decode_entities(&hostile).len(), hostile.len());
    }
}
