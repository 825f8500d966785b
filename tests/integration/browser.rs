//! What you see is what they get: the exported HTML, rendered by headless Chromium, shows every
//! paragraph in the same visual order as Nashra's own layout of it.
//!
//! The browser lays each block out on one unwrapped line (`white-space: pre`) with the bundled
//! fonts; a script appended to a copy of the page measures, for every cluster of the engine's
//! layout, the rectangle of that text (a DOM `Range`). Sorting the clusters by where the browser
//! drew them gives the browser's visual order, which must equal the engine's, cluster for
//! cluster — not a screenshot diff.

use std::path::{Path, PathBuf};

use nashra::io::export::{ExportFormat, export, issue_blocks};
use nashra::model::{Issue, Paragraph, Prose, ResolvedDirection};
use nashra::text::VisualCluster;
use nashra::text::inspector::one_line_marked_clusters;
use serde::Deserialize;

use super::support::{data_dir, sample_issue};

/// The Chromium executable (Debian's `chromium`, which `scripts/check` installs).
pub fn chromium() -> &'static str {
    ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| {
            std::process::Command::new(c)
                .arg("--version")
                .output()
                .is_ok()
        })
        .expect("Debian's chromium (scripts/check installs it)")
}

/// Loads `page` (written to `dir`) in headless Chromium, with scripts allowed to finish, and
/// returns the DOM as it is afterwards.
pub fn dump_dom(page: &str, dir: &Path) -> String {
    let path = dir.join("page.html");
    std::fs::write(&path, page).expect("write page");
    let output = std::process::Command::new(chromium())
        .args(headless_args(dir))
        .arg("--virtual-time-budget=5000")
        .arg("--dump-dom")
        .arg(format!("file://{}", path.display()))
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Saves a screenshot of `page` as `shot` (for people to look at; failures are not errors).
pub fn screenshot(page: &str, dir: &Path, shot: &Path, size: (u32, u32)) {
    let path = dir.join("shot.html");
    let _ = std::fs::write(&path, page);
    let _ = std::process::Command::new(chromium())
        .args(headless_args(dir))
        .arg(format!("--window-size={},{}", size.0, size.1))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", path.display()))
        .output();
}

fn headless_args(dir: &Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        // The page's @font-face rules point at the bundled fonts, which are files too.
        "--allow-file-access-from-files",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([format!("--user-data-dir={}", dir.join("profile").display())])
    .collect()
}

/// `@font-face` rules giving the email's font names the bundled faces, so the browser shapes
/// (and clusters) text as the engine does, whatever fonts the machine has.
pub fn bundled_font_faces() -> String {
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
    let face = |family: &str, file: &str, weight: u16| {
        format!(
            "@font-face{{font-family:'{family}';font-weight:{weight};src:url('file://{}');}}\n",
            fonts.join(file).display()
        )
    };
    [
        face("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400),
        face("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700),
        face("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400),
        face("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700),
        face("Noto Sans", "NotoSans-Regular.ttf", 400),
        face("Noto Sans", "NotoSans-Bold.ttf", 700),
    ]
    .concat()
}

/// What the script reports for one block element.
#[derive(Debug, Deserialize)]
struct Measured {
    /// Its computed CSS direction is right to left.
    rtl: bool,
    /// Its text, as code points (numbers need no escaping in the DOM dump).
    codes: Vec<u32>,
    /// For each requested cluster, its left and right edge, in 1/64 px.
    rects: Vec<(i64, i64)>,
}

/// The measuring script. `WANT` is, per block, the clusters to measure as UTF-16 ranges; the
/// result goes, as RON, into the body's `data-result` (only letters, digits and punctuation
/// that the DOM dump does not escape).
const MEASURE: &str = r"<script>
document.fonts.ready.then(() => {
  const blocks = Array.from(document.querySelectorAll('h1[dir],h2[dir],h3[dir],p[dir]'));
  const out = blocks.map((el, i) => {
    el.style.whiteSpace = 'pre';
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node, pos = 0;
    while ((node = walker.nextNode())) { nodes.push([node, pos]); pos += node.data.length; }
    const at = (offset, end) => {
      for (const [n, start] of nodes) {
        const inside = end ? offset > start && offset <= start + n.data.length
                           : offset >= start && offset < start + n.data.length;
        if (inside) return [n, offset - start];
      }
      const [n, start] = nodes[nodes.length - 1];
      return [n, offset - start];
    };
    const rects = (WANT[i] || []).map(([s, e]) => {
      const range = document.createRange();
      const a = at(s, false), b = at(e, true);
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      const r = range.getBoundingClientRect();
      return '(' + Math.round(r.left * 64) + ',' + Math.round(r.right * 64) + ')';
    });
    const codes = Array.from(el.textContent, c => c.codePointAt(0));
    const rtl = getComputedStyle(el).direction === 'rtl';
    return '(rtl:' + rtl + ',codes:[' + codes.join(',') + '],rects:[' + rects.join(',') + '])';
  });
  document.body.setAttribute('data-result', '[' + out.join(',') + ']');
});
</script>";

/// A cluster of a block: its byte range and its text.
struct Unit {
    range: std::ops::Range<usize>,
    text: String,
}

/// Checks every block of `issue`'s HTML export in Chromium; returns how many clusters were
/// compared. `name` names the page in failure messages.
fn check_issue_in_browser(issue: &Issue, name: &str) -> usize {
    let blocks = issue_blocks(issue);
    let inputs: Vec<(&str, &[nashra::model::Mark], ResolvedDirection)> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.marks.as_slice(), b.direction))
        .collect();
    let engine = one_line_marked_clusters(&inputs);

    // Per block, the clusters in logical order; the engine's visual order as indices into it.
    let mut units: Vec<Vec<Unit>> = Vec::new();
    let mut engine_orders: Vec<Vec<usize>> = Vec::new();
    for (block, clusters) in blocks.iter().zip(&engine) {
        let mut logical: Vec<&VisualCluster> = clusters
            .iter()
            .filter(|c| !block.text[c.range.clone()].chars().all(draws_nothing))
            .collect();
        logical.sort_by_key(|c| c.range.start);
        let order = clusters
            .iter()
            .filter_map(|c| logical.iter().position(|l| l.range == c.range))
            .collect();
        units.push(
            logical
                .iter()
                .map(|c| Unit {
                    range: c.range.clone(),
                    text: block.text[c.range.clone()].to_owned(),
                })
                .collect(),
        );
        engine_orders.push(order);
    }

    let want: Vec<String> = blocks
        .iter()
        .zip(&units)
        .map(|(block, units)| {
            let ranges: Vec<String> = units
                .iter()
                .map(|u| {
                    format!(
                        "[{},{}]",
                        utf16_len(&block.text[..u.range.start]),
                        utf16_len(&block.text[..u.range.end])
                    )
                })
                .collect();
            format!("[{}]", ranges.join(","))
        })
        .collect();
    let page = export(issue, ExportFormat::Html)
        .replace(
            "</head>",
            &format!("<style>{}</style></head>", bundled_font_faces()),
        )
        .replace(
            "</body>",
            &format!(
                "<script>const WANT = [{}];</script>{MEASURE}</body>",
                want.join(",")
            ),
        );
    let dir = tempfile::tempdir().expect("temp dir");
    let dom = dump_dom(&page, dir.path());
    let start = dom
        .find("data-result=\"")
        .unwrap_or_else(|| panic!("{name}: the measuring script did not run"))
        + "data-result=\"".len();
    let end = start + dom[start..].find('"').expect("attribute end");
    let measured: Vec<Measured> = ron::from_str(&dom[start..end]).expect("the script's report");
    assert_eq!(
        measured.len(),
        blocks.len(),
        "{name}: every block is one element"
    );

    let mut compared = 0;
    for (((block, units), engine_order), seen) in
        blocks.iter().zip(&units).zip(&engine_orders).zip(&measured)
    {
        let text: String = seen
            .codes
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect();
        assert_eq!(text, block.text, "{name}: the browser has the block's text");
        assert_eq!(
            seen.rtl,
            block.direction.is_rtl(),
            "{name}: direction of {:?}",
            block.text
        );
        assert_eq!(seen.rects.len(), units.len());
        let mut browser_order: Vec<usize> = (0..units.len()).collect();
        browser_order.sort_by_key(|&i| seen.rects[i].0 + seen.rects[i].1);
        let show = |order: &[usize]| -> String {
            order
                .iter()
                .map(|&i| units[i].text.as_str())
                .collect::<Vec<_>>()
                .join("|")
        };
        assert_eq!(
            show(&browser_order),
            show(engine_order),
            "{name}: the browser's visual order (left) differs from the engine's (right) in {:?} ({})",
            block.text,
            block.direction.as_str(),
        );
        compared += units.len();
    }
    compared
}

/// Zero-width characters that draw nothing (besides the bidi controls the engine already
/// leaves out): a cluster of only these has no place to compare.
fn draws_nothing(c: char) -> bool {
    nashra::text::is_bidi_control(c)
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// An issue whose introduction is `lines`, one paragraph each, every one on Auto.
fn issue_of_lines(lines: &[String]) -> Issue {
    let mut issue = Issue::new(1, "سطور مختلطة", jiff::civil::date(2026, 12, 1));
    issue.intro = Prose::from(
        lines
            .iter()
            .map(|line| Paragraph::new(line.as_str()))
            .collect::<Vec<_>>(),
    );
    issue
}

fn corpus_lines() -> Vec<String> {
    ["mixed-lines.txt", "editors-choice-ar.txt"]
        .iter()
        .flat_map(|name| {
            std::fs::read_to_string(data_dir().join(name))
                .expect("corpus file")
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Mixed lines of our own: the cases that broke the old export, and the hard corners of
/// bidi (numbers beside names, punctuation at run edges, brackets, URLs, isolates, marks).
const OWN_LINES: &[&str] = &[
    "أطلقت xAI نموذج Grok-1 مفتوح المصدر.",
    "الترخيص هو Apache 2.0.",
    "يعتمد المنتج على GPT-4 و GPT-4o معًا.",
    "ارتفع السهم 23.5% في يوم واحد.",
    "التقرير على https://example.com/news/item-123",
    "Nvidia تعلن نتائج الربع الثالث",
    "Sequoia تنضم إلى المستثمرين في xAI",
    "OpenAI 13 مليار دولار من Microsoft",
    "Why training frontier models now costs billions",
    "iPhone 16 Pro",
    "2024",
    "Google جوجل",
    "جمعت OpenAI 13 مليار دولار",
    "جمعت \u{2066}OpenAI\u{2069} 13 مليار دولار",
    "قال (Sam Altman) إن الشركة ستنمو.",
    "سعر السهم $1,234.56 اليوم",
    "العنوان: «ChatGPT» هو الأشهر",
    "في 12/05/2024 أعلنت Meta عن Llama 3",
    "من 2015 إلى 2023 نما السوق 300%",
    "Anthropic تحصل على 4 مليارات دولار من Amazon",
    "البريد editor@example.com للتواصل",
    "الإصدار v1.2.3-beta متاح الآن",
    "ذكرت \"The Information\" أن الصفقة تمت",
    "Musk said: «سنبني أكبر حاسوب»",
    "The deal, worth 800 مليون دولار, closed.",
    "هل تعرف Python 3.12؟",
    "النسبة −5% بعد الإعلان",
    "٢٠٢٤ عام الذكاء الاصطناعي",
    "رقم ٣٫١٤ و 3.14 معًا",
    "Microsoft (مايكروسوفت) و Google (جوجل)",
    "a\u{200F}b ج",
    "سعر 5 دولارات - تقريبًا",
    "مُحَمَّد يفتتح Apple Store في دبي",
    "لا إله — Nvidia H100 و H200",
    "C++ و C# لغتان",
    "😀 Emoji في النص 👩🏽‍💻",
];

#[test]
fn the_sample_issue_shows_in_chromium_as_in_the_pane() {
    let compared = check_issue_in_browser(&sample_issue(), "sample");
    assert!(compared > 1500, "only {compared} clusters compared");

    // A screenshot of the email for people to look at (docs/email.png is one), under the
    // test's output folder.
    let page = export(&sample_issue(), ExportFormat::Html).replace(
        "</head>",
        &format!("<style>{}</style></head>", bundled_font_faces()),
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let shot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("email-sample.png");
    screenshot(&page, dir.path(), &shot, (700, 2400));
}

#[test]
fn corpus_and_mixed_lines_show_in_chromium_as_in_the_pane() {
    let mut lines = corpus_lines();
    assert!(OWN_LINES.len() >= 30);
    lines.extend(OWN_LINES.iter().map(|l| (*l).to_owned()));
    let mut issue = issue_of_lines(&lines);
    // The same lines in an English issue: a tie or no strong letter now resolves left to right.
    issue.language = nashra::model::Language::Arabic;
    let compared = check_issue_in_browser(&issue, "lines (ar)");
    issue.language = nashra::model::Language::English;
    let compared_en = check_issue_in_browser(&issue, "lines (en)");
    assert!(compared > 1000 && compared_en > 1000);
}

/// Links and bold on words of the mixed lines (an Arabic link, a Latin link inside an Arabic
/// sentence, a link across an Arabic/Latin boundary, bold inside and across links): every
/// cluster is in the same visual order in the email as in the pane, and each link's words are
/// the words inside its `<a>`.
#[test]
fn marked_mixed_lines_show_in_chromium_as_in_the_pane_with_the_words_in_their_links() {
    use nashra::model::{Mark, MarkKind};
    let lines = [
        ("كما كتبنا الأسبوع الماضي عن xAI", "الأسبوع الماضي", "كتبنا"),
        (
            "بحسب تقرير Reuters الأخير، جمعت OpenAI 13 مليار دولار",
            "تقرير Reuters",
            "13 مليار",
        ),
        (
            "استثمرت Sequoia Capital مبلغ 800 مليون دولار في تويتر عام 2022.",
            "Sequoia Capital",
            "مبلغ 800",
        ),
        (
            "The deal, worth 800 مليون دولار, closed.",
            "800 مليون",
            "deal",
        ),
        (
            "Samsung Galaxy Z Fold 6 في الأسواق",
            "Galaxy Z Fold 6 في",
            "الأسواق",
        ),
    ];
    let mut issue = issue_of_lines(&lines.iter().map(|l| l.0.to_owned()).collect::<Vec<_>>());
    let mut paragraphs = issue.intro.paragraphs().to_vec();
    for (paragraph, (text, link, bold)) in paragraphs.iter_mut().zip(lines) {
        let at = |words: &str| {
            let start = text.find(words).expect("present");
            start..start + words.len()
        };
        *paragraph = paragraph.clone().with_marks(vec![
            Mark::new(
                at(link),
                MarkKind::Link(format!("https://example.org/{}", at(link).start)),
            ),
            Mark::new(at(bold), MarkKind::Strong),
        ]);
    }
    issue.intro = Prose::from(paragraphs);
    for language in [
        nashra::model::Language::Arabic,
        nashra::model::Language::English,
    ] {
        issue.language = language;
        let compared = check_issue_in_browser(&issue, "marked lines");
        assert!(compared > 150, "only {compared} clusters compared");
    }
    // Each link holds exactly its words (a bold word inside it included), in one <a>.
    let html = export(&issue, ExportFormat::Html);
    for (text, link, _) in lines {
        let start = text.find(link).expect("present");
        let open = format!("<a href=\"https://example.org/{start}\">");
        let at = html
            .find(&open)
            .unwrap_or_else(|| panic!("the link of {text:?}"));
        let inner = &html[at + open.len()..];
        let inner = &inner[..inner.find("</a>").expect("closed")];
        let words: String = strip_tags(inner);
        assert_eq!(words, link, "in {text:?}");
    }
}

/// The text of an HTML fragment without its tags (the exports write no entities in these
/// words).
fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
