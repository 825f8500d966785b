//! Turning an HTML fragment (a feed item's summary, a page's description, the clipboard's
//! HTML) into text with one paragraph per line — plain, or with its links, bold and italic
//! as marks (what a paste keeps).

use super::entities::decode_entities;
use super::html_tokens::{Token, Tokenizer, attribute};
use crate::model::{Mark, MarkKind};

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
    read(html, false).0
}

/// The clipboard's HTML (from a browser or a word processor) as text with marks: its text as
/// [`html_to_text`] gives it, without control characters or bidi embeddings and overrides (as
/// the importer cleans a story), and only its links (web and mail addresses), bold and italic
/// kept, as marks on the joined text (paragraphs joined by `\n`, no mark crossing one).
/// `None` when it holds no text.
pub fn formatted_paste(html: &str) -> Option<(String, Vec<Mark>)> {
    let (text, marks) = read(html, true);
    (!text.is_empty()).then_some((text, marks))
}

/// Reads `html`; with `paste`, drops control characters and bidi controls and keeps marks.
fn read(html: &str, paste: bool) -> (String, Vec<Mark>) {
    let mut sink = Sink {
        paste,
        ..Sink::default()
    };
    // The formatting elements open now, innermost last: what each gives, and its name.
    let mut open: Vec<(&str, Option<MarkKind>)> = Vec::new();
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(text) => sink.text(&decode_entities(text), &open),
            Token::Hidden(_) => {}
            Token::Start { name, attributes } => {
                sink.edge(name);
                if paste && let Some(kind) = formatting(name, attributes) {
                    open.push((name, kind));
                }
            }
            Token::End { name } => {
                sink.edge(name);
                if let Some(at) = open.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)) {
                    open.truncate(at);
                }
            }
        }
    }
    let mut marks = sink.marks;
    crate::model::mark::normalize(&mut marks, &sink.out);
    let marks = crate::model::mark::split_lines(&marks, &sink.out)
        .into_iter()
        .scan(0, |start, line| {
            let here = *start;
            let length: usize = sink.out[here..].split('\n').next().map_or(0, str::len);
            *start += length + 1;
            Some(
                line.into_iter()
                    .map(move |m| Mark::new(m.range.start + here..m.range.end + here, m.kind)),
            )
        })
        .flatten()
        .collect();
    (sink.out, marks)
}

/// What a formatting element gives its text: `Some(Some(kind))` for a link (to a web or mail
/// address), bold or italic, `Some(None)` for one that gives nothing but must be closed (a
/// link to something else, a `<b>` that Google Docs marks normal), `None` for every other
/// element.
fn formatting(name: &str, attributes: &str) -> Option<Option<MarkKind>> {
    let style = attribute(attributes, "style")
        .map(|s| s.to_ascii_lowercase().replace(' ', ""))
        .unwrap_or_default();
    let normal_weight = style.contains("font-weight:normal") || style.contains("font-weight:400");
    let bold_style = [
        "font-weight:bold",
        "font-weight:600",
        "font-weight:700",
        "font-weight:800",
        "font-weight:900",
    ]
    .iter()
    .any(|w| style.contains(w));
    let italic_style = style.contains("font-style:italic");
    let is = |tag: &str| name.eq_ignore_ascii_case(tag);
    if is("a") {
        let href = attribute(attributes, "href").map(|h| decode_entities(h).trim().to_owned());
        return Some(href.and_then(|h| {
            crate::model::Link::parse(&h)
                .safe_for_export()
                .map(|safe| MarkKind::Link(safe.to_owned()))
        }));
    }
    if is("b") || is("strong") {
        return Some((!normal_weight).then_some(MarkKind::Strong));
    }
    if is("i") || is("em") {
        return Some(Some(MarkKind::Emphasis));
    }
    if is("span") {
        return Some(if bold_style {
            Some(MarkKind::Strong)
        } else if italic_style {
            Some(MarkKind::Emphasis)
        } else {
            None
        });
    }
    None
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
/// and breaks collapse and nothing leads or trails; with `paste`, also the marks of the
/// formatting elements open around each character.
#[derive(Default)]
struct Sink {
    out: String,
    pending: Pending,
    paste: bool,
    marks: Vec<Mark>,
}

impl Sink {
    /// A tag opens or closes: a block element breaks the paragraph, some others a word.
    fn edge(&mut self, name: &str) {
        if BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
            self.pending = self.pending.max(Pending::Break);
        } else if WORD_BREAKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
            self.pending = self.pending.max(Pending::Space);
        }
    }

    fn text(&mut self, text: &str, open: &[(&str, Option<MarkKind>)]) {
        for c in text.chars() {
            if c.is_whitespace() {
                // Line breaks inside HTML text are just spaces; only elements make paragraphs.
                self.pending = self.pending.max(Pending::Space);
                continue;
            }
            if self.paste && (c.is_control() || super::is_bidi_control(c)) {
                continue;
            }
            let before_space = self.out.len();
            let spaced = !self.out.is_empty() && self.pending == Pending::Space;
            if !self.out.is_empty() {
                match self.pending {
                    Pending::Nothing => {}
                    Pending::Space => self.out.push(' '),
                    Pending::Break => self.out.push('\n'),
                }
            }
            self.pending = Pending::Nothing;
            let start = self.out.len();
            self.out.push(c);
            for kind in open.iter().filter_map(|(_, kind)| kind.as_ref()) {
                // The space between two words of one link (or one bold phrase) is part of it:
                // the mark goes on over it when the word before had it too.
                let goes_on = spaced
                    && self
                        .marks
                        .iter()
                        .rev()
                        .any(|m| m.kind == *kind && m.range.end == before_space);
                let from = if goes_on { before_space } else { start };
                self.marks
                    .push(Mark::new(from..self.out.len(), kind.clone()));
            }
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

    /// A browser's copy: one link and one bold phrase survive, a script, a style and other
    /// elements do not.
    #[test]
    fn a_paste_keeps_links_bold_and_italic_and_nothing_else() {
        let html = "<meta charset='utf-8'><style>p{color:red}</style>\
            <p>بحسب <a href=\"https://www.reuters.com/x\" onclick=\"steal()\">تقرير Reuters</a> \
            <strong>الأخير</strong>، <span style=\"font-style: italic\">حقاً</span>\
            <script>alert(1)</script> <a href=\"javascript:alert(1)\">هنا</a></p>";
        let (text, marks) = formatted_paste(html).expect("text");
        assert_eq!(text, "بحسب تقرير Reuters الأخير، حقاً هنا");
        let at = |words: &str| {
            let start = text.find(words).expect("present");
            start..start + words.len()
        };
        assert_eq!(
            marks,
            vec![
                Mark::new(
                    at("تقرير Reuters"),
                    MarkKind::Link("https://www.reuters.com/x".to_owned())
                ),
                Mark::new(at("الأخير"), MarkKind::Strong),
                Mark::new(at("حقاً"), MarkKind::Emphasis),
            ]
        );
    }

    /// Google Docs wraps what it copies in a `<b>` of normal weight and marks bold words with a
    /// span's style; paragraphs keep their marks apart.
    #[test]
    fn a_word_processor_paste_reads_bold_from_styles_and_splits_marks_at_paragraphs() {
        let html = "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">\
            <p><span style=\"font-weight:700\">أول سطر</span></p>\
            <p><span>ثانٍ</span> <span style=\"font-weight:700\">عريض</span></p></b>";
        let (text, marks) = formatted_paste(html).expect("text");
        assert_eq!(text, "أول سطر\nثانٍ عريض");
        let bold = text.find("عريض").expect("present");
        assert_eq!(
            marks,
            vec![
                Mark::new(0.."أول سطر".len(), MarkKind::Strong),
                Mark::new(bold..bold + "عريض".len(), MarkKind::Strong),
            ]
        );
        assert_eq!(
            html_to_text(html),
            text,
            "the plain reading is the same text"
        );
        assert_eq!(formatted_paste("<p> </p><script>x</script>"), None);
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
