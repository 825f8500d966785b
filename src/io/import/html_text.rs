//! Turning an HTML fragment (a feed item's summary, a page's description) into plain text
//! with one paragraph per line.

use super::entities::decode_entities;
use super::html_tokens::{Token, Tokenizer};

/// Elements that start a new paragraph where they open and where they close.
const BLOCKS: [&str; 30] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];

/// Elements whose edges separate words though they do not start a paragraph.
const WORD_BREAKS: [&str; 3] = ["td", "th", "img"];

/// Plain text of an HTML fragment: tags removed, script and style content dropped, block
/// elements turned into paragraph breaks (`\n`), character references decoded, whitespace
/// collapsed and no empty paragraphs. Time is linear in the input's length.
pub fn html_to_text(html: &str) -> String {
    let mut sink = Sink::default();
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(text) => sink.text(&decode_entities(text)),
            Token::Hidden(_) => {}
            Token::Start { name, .. } | Token::End { name } => {
                if BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
                    sink.pending = sink.pending.max(Pending::Break);
                } else if WORD_BREAKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
                    sink.pending = sink.pending.max(Pending::Space);
                }
            }
        }
    }
    sink.out
}

/// What separates the text written so far from the next visible character.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Pending {
    #[default]
    Nothing,
    Space,
    Break,
}

/// Collects text, writing separators only between visible characters so runs of whitespace
/// and breaks collapse and nothing leads or trails.
#[derive(Default)]
struct Sink {
    out: String,
    pending: Pending,
}

impl Sink {
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_whitespace() {
                // Line breaks inside HTML text are just spaces; only elements make paragraphs.
                self.pending = self.pending.max(Pending::Space);
                continue;
            }
            if !self.out.is_empty() {
                match self.pending {
                    Pending::Nothing => {}
                    Pending::Space => self.out.push(' '),
                    Pending::Break => self.out.push('\n'),
                }
            }
            self.pending = Pending::Nothing;
            self.out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_inline_markup() {
        let html =
            "<p>أعلنت <b>OpenAI</b> اليوم</p>\n<p>عن  جولة\n تمويل</p><br><br/>بقيمة 6.6 مليار";
        assert_eq!(
            html_to_text(html),
            "أعلنت OpenAI اليوم\nعن جولة تمويل\nبقيمة 6.6 مليار"
        );
    }

    #[test]
    fn scripts_and_styles_are_dropped() {
        let html = "<style>p{color:red}</style>قبل<script>alert('<p>x</p>')</script> بعد";
        assert_eq!(html_to_text(html), "قبل بعد");
    }

    #[test]
    fn entities_are_decoded_once() {
        assert_eq!(
            html_to_text("Barnes &amp; Noble &lt;3 &amp;lt; &#x0627;&#1604;"),
            "Barnes & Noble <3 &lt; ال"
        );
    }

    #[test]
    fn lists_headings_quotes_and_tables() {
        let html = "<h2>العنوان</h2><ul><li>one</li><li>two</li></ul>\
                    <blockquote>quote</blockquote><table><tr><td>a</td><td>b</td></tr></table>";
        assert_eq!(html_to_text(html), "العنوان\none\ntwo\nquote\na b");
    }

    #[test]
    fn plain_text_passes_through() {
        assert_eq!(html_to_text("  just text  "), "just text");
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("<p></p><div> </div>"), "");
    }

    #[test]
    fn nbsp_collapses_like_a_space() {
        assert_eq!(html_to_text("a&nbsp;&nbsp; b"), "a b");
    }

    #[test]
    fn hostile_input_finishes_quickly() {
        let html = "<p>".repeat(100_000) + &"&amp;".repeat(100_000) + &"<b".repeat(100_000);
        let start = std::time::Instant::now();
        let text = html_to_text(&html);
        assert_eq!(text, "&".repeat(100_000));
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
}
