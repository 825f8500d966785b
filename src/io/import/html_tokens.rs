//! A small HTML tokenizer: enough to take the text and the `<meta>` tags out of pages and feed
//! items, never a DOM.
//!
//! Every scan moves forward through the input and nothing is rescanned, so hostile input
//! (unclosed comments, tags or quotes, endless `<<<<`) costs time linear in its length. Where
//! a tag, comment or quote never closes, the rest of the input is dropped, as browsers do at
//! the end of a file.

/// One piece of an HTML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text between tags, character references not yet decoded.
    Text(&'a str),
    /// The content of `<script>` or `<style>`: never shown.
    Hidden(&'a str),
    /// A start tag; `attributes` is the raw text between the name and the `>`.
    Start {
        /// The tag name as written (compare ignoring ASCII case).
        name: &'a str,
        /// The attributes, unparsed (see [`attribute`]).
        attributes: &'a str,
    },
    /// An end tag.
    End {
        /// The tag name as written.
        name: &'a str,
    },
}

/// Elements whose content is not markup: what follows the start tag up to the matching end
/// tag is one token. Script and style content is hidden; a title's is text.
const RAW_TEXT: [(&str, bool); 3] = [("script", true), ("style", true), ("title", false)];

/// Splits HTML into [`Token`]s; comments, doctypes and processing instructions are skipped.
pub struct Tokenizer<'a> {
    html: &'a str,
    pos: usize,
    /// Set after the start tag of a [`RAW_TEXT`] element: its name, and whether it is hidden.
    raw: Option<(&'static str, bool)>,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer over `html`.
    pub fn new(html: &'a str) -> Self {
        Self {
            html,
            pos: 0,
            raw: None,
        }
    }

    /// The content of a raw-text element, up to its end tag (or the end of the input).
    fn raw_text(&mut self, tag: &str, hidden: bool) -> Token<'a> {
        let start = self.pos;
        let bytes = self.html.as_bytes();
        let mut search = start;
        let end = loop {
            let Some(found) = self.html[search..].find("</") else {
                break self.html.len();
            };
            let at = search + found;
            let name_end = at + 2 + tag.len();
            let closes = bytes
                .get(at + 2..name_end)
                .is_some_and(|name| name.eq_ignore_ascii_case(tag.as_bytes()))
                && bytes
                    .get(name_end)
                    .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'));
            if closes {
                break at;
            }
            search = at + 2;
        };
        self.pos = end;
        let content = &self.html[start..end];
        if hidden {
            Token::Hidden(content)
        } else {
            Token::Text(content)
        }
    }

    /// Reads the markup at `self.pos` (a `<`). Returns a token, or `None` when the markup was
    /// skipped (comments and the like, or a `<` that is just text).
    fn markup(&mut self) -> Option<Token<'a>> {
        let rest = &self.html[self.pos..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            self.pos += comment.find("-->").map_or(rest.len(), |end| 4 + end + 3);
            return None;
        }
        let bytes = rest.as_bytes();
        let (closing, name_start) = match bytes.get(1) {
            Some(b'/') => (true, 2),
            Some(b) if b.is_ascii_alphabetic() => (false, 1),
            Some(b'!' | b'?') => {
                self.pos += rest.find('>').map_or(rest.len(), |end| end + 1);
                return None;
            }
            // A lone `<` is text: it is emitted with the text that follows it.
            _ => return Some(self.text_from(self.pos + 1)),
        };
        if closing && !bytes.get(2).is_some_and(u8::is_ascii_alphabetic) {
            // `</>` and `</3`: browsers skip these to the next `>`.
            self.pos += rest.find('>').map_or(rest.len(), |end| end + 1);
            return None;
        }
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| !(b.is_ascii_whitespace() || matches!(b, b'/' | b'>')))
            .count();
        let name = &rest[name_start..name_start + name_len];
        let after_name = name_start + name_len;
        let Some(tag_end) = tag_end(&rest[after_name..]) else {
            self.pos = self.html.len();
            return None;
        };
        let attributes = &rest[after_name..after_name + tag_end];
        self.pos += after_name + tag_end + 1;
        if closing {
            return Some(Token::End { name });
        }
        self.raw = RAW_TEXT
            .iter()
            .find(|(tag, _)| name.eq_ignore_ascii_case(tag))
            .copied();
        Some(Token::Start { name, attributes })
    }

    /// Text from the current position, extended to the next `<` at or after `from`.
    fn text_from(&mut self, from: usize) -> Token<'a> {
        let start = self.pos;
        let end = self.html[from..]
            .find('<')
            .map_or(self.html.len(), |i| from + i);
        self.pos = end;
        Token::Text(&self.html[start..end])
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        while self.pos < self.html.len() {
            if let Some((tag, hidden)) = self.raw.take() {
                let token = self.raw_text(tag, hidden);
                if token != Token::Text("") && token != Token::Hidden("") {
                    return Some(token);
                }
                continue;
            }
            if !self.html[self.pos..].starts_with('<') {
                return Some(self.text_from(self.pos));
            }
            if let Some(token) = self.markup() {
                return Some(token);
            }
        }
        None
    }
}

/// Where the `>` closing a tag is, in `rest` (the text after the tag name): quoted attribute
/// values may hold `>`. `None` when the tag never closes.
fn tag_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut after_equals = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'>' => return Some(i),
            b'"' | b'\'' if after_equals => {
                let close = rest[i + 1..].find(b as char)?;
                i += close + 2;
                after_equals = false;
                continue;
            }
            b'=' => after_equals = true,
            b if b.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    None
}

/// The value of attribute `wanted` (ASCII case ignored) in a start tag's raw attributes,
/// character references not yet decoded. `Some("")` for an attribute without a value.
pub fn attribute<'a>(attributes: &'a str, wanted: &str) -> Option<&'a str> {
    let bytes = attributes.as_bytes();
    let mut i = 0;
    let skip_space = |mut i: usize| {
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            i += 1;
        }
        i
    };
    loop {
        i = skip_space(i);
        if i >= bytes.len() {
            return None;
        }
        let name_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| !(b.is_ascii_whitespace() || matches!(b, b'=' | b'/')))
        {
            i += 1;
        }
        let name = &attributes[name_start..i];
        let mut value = "";
        let after_name = i;
        i = skip_space(i);
        if bytes.get(i) == Some(&b'=') {
            i = skip_space(i + 1);
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = attributes[i + 1..]
                        .find(quote as char)
                        .map_or(attributes.len(), |e| i + 1 + e);
                    value = &attributes[i + 1..end];
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while bytes.get(i).is_some_and(|b| !b.is_ascii_whitespace()) {
                        i += 1;
                    }
                    value = &attributes[start..i];
                }
            }
        } else {
            i = after_name;
        }
        if name.eq_ignore_ascii_case(wanted) {
            return Some(value);
        }
        if i == name_start {
            // Nothing consumed (cannot happen after skip_space, but never loop forever).
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        Tokenizer::new(html).collect()
    }

    #[test]
    fn tags_text_and_comments() {
        assert_eq!(
            tokens("<P class=x>مرحبا<!-- hidden --> <b>world</B></p>"),
            vec![
                Token::Start {
                    name: "P",
                    attributes: " class=x"
                },
                Token::Text("مرحبا"),
                Token::Text(" "),
                Token::Start {
                    name: "b",
                    attributes: ""
                },
                Token::Text("world"),
                Token::End { name: "B" },
                Token::End { name: "p" },
            ]
        );
    }

    #[test]
    fn script_content_is_hidden_up_to_its_own_end_tag() {
        let html = "a<script>if (a</b) x = '</div>';</SCRIPT >b";
        assert_eq!(
            tokens(html),
            vec![
                Token::Text("a"),
                Token::Start {
                    name: "script",
                    attributes: ""
                },
                Token::Hidden("if (a</b) x = '</div>';"),
                Token::End { name: "SCRIPT" },
                Token::Text("b"),
            ]
        );
    }

    #[test]
    fn quoted_attributes_may_hold_angle_brackets() {
        let html = r#"<a title="1 > 0" href='x'>t</a>"#;
        let first = tokens(html).remove(0);
        assert_eq!(
            first,
            Token::Start {
                name: "a",
                attributes: r#" title="1 > 0" href='x'"#
            }
        );
        let Token::Start { attributes, .. } = first else {
            unreachable!()
        };
        assert_eq!(attribute(attributes, "TITLE"), Some("1 > 0"));
        assert_eq!(attribute(attributes, "href"), Some("x"));
        assert_eq!(attribute(attributes, "rel"), None);
    }

    #[test]
    fn attributes_in_every_spelling() {
        let attrs = r#" property=og:title content = "عنوان &amp; more" disabled data-x='y'/"#;
        assert_eq!(attribute(attrs, "property"), Some("og:title"));
        assert_eq!(attribute(attrs, "content"), Some("عنوان &amp; more"));
        assert_eq!(attribute(attrs, "disabled"), Some(""));
        assert_eq!(attribute(attrs, "data-x"), Some("y"));
        assert_eq!(attribute(" a='unclosed", "a"), Some("unclosed"));
    }

    #[test]
    fn lone_angle_brackets_are_text() {
        assert_eq!(
            tokens("1 < 2 <3 </ 4"),
            vec![Token::Text("1 "), Token::Text("< 2 "), Token::Text("<3 ")]
        );
    }

    #[test]
    fn unclosed_markup_drops_the_rest() {
        assert_eq!(tokens("a<!-- b"), vec![Token::Text("a")]);
        assert_eq!(tokens("a<b title=\"x>"), vec![Token::Text("a")]);
        assert_eq!(
            tokens("<style>x"),
            vec![
                Token::Start {
                    name: "style",
                    attributes: ""
                },
                Token::Hidden("x")
            ]
        );
    }

    #[test]
    fn hostile_input_is_linear() {
        // Each of these would be quadratic if a failed search restarted one byte later.
        let inputs = [
            "<".repeat(200_000),
            "<a ".repeat(100_000),
            "<script>".to_owned() + &"</".repeat(200_000),
            "<!--".repeat(100_000),
            "<a b=\"".repeat(100_000),
        ];
        for input in &inputs {
            let start = std::time::Instant::now();
            let count = Tokenizer::new(input).count();
            assert!(count <= input.len());
            assert!(start.elapsed() < std::time::Duration::from_secs(2));
        }
    }
}
