//! Unicode's BidiCharacterTest.txt through the panes' own layout path (parley layout, then the
//! visual order read back from its lines), with the pass rate printed and failures grouped by
//! what the failing lines contain.

use std::collections::BTreeMap;

use nashra::model::{ResolvedDirection, first_strong_direction};
use nashra::text::{
    ClusterOrder, ParagraphLayout, TextStyle, bundled_font_context, is_bidi_control, visual_lines,
};

const TEST_FILE: &str = "/usr/share/unicode/BidiCharacterTest.txt";

struct Case {
    line_number: usize,
    text: String,
    /// 0 LTR, 1 RTL, 2 auto.
    direction: u8,
    paragraph_level: u8,
    /// Expected visual order, characters removed by rule X9 left out.
    order: Vec<usize>,
}

fn parse(line_number: usize, line: &str) -> Option<Case> {
    let fields: Vec<&str> = line.split(';').collect();
    if fields.len() < 5 {
        return None;
    }
    let text = fields[0]
        .split_whitespace()
        .map(|hex| u32::from_str_radix(hex, 16).ok().and_then(char::from_u32))
        .collect::<Option<String>>()?;
    Some(Case {
        line_number,
        text,
        direction: fields[1].trim().parse().ok()?,
        paragraph_level: fields[2].trim().parse().ok()?,
        order: fields[4]
            .split_whitespace()
            .map(|n| n.parse().ok())
            .collect::<Option<Vec<usize>>>()?,
    })
}

#[test]
fn bidi_character_test_conformance() {
    let Ok(file) = std::fs::read_to_string(TEST_FILE) else {
        panic!("{TEST_FILE} is missing: install Debian's unicode-data (scripts/check does)");
    };
    let cases: Vec<Case> = file
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|(i, l)| parse(i + 1, l))
        .collect();
    assert!(cases.len() > 90_000, "parsed {} cases", cases.len());

    let mut fonts = bundled_font_context();
    let mut layouts = parley::LayoutContext::new();
    let mut spare = None;
    let mut failures: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut direction_failures = 0;
    let mut passed = 0;
    for case in &cases {
        // Our paragraph direction code (UAX #9 P2/P3), then the panes' layout.
        let direction = match case.direction {
            0 => ResolvedDirection::Ltr,
            1 => ResolvedDirection::Rtl,
            _ => first_strong_direction(&case.text).unwrap_or(ResolvedDirection::Ltr),
        };
        if u8::from(direction.is_rtl()) != case.paragraph_level {
            direction_failures += 1;
        }
        // Each case is shaped into the buffers of the one before, as the panes do when a
        // keystroke replaces a paragraph: nothing of the last case may show in this one.
        let paragraph = ParagraphLayout::new(
            &mut fonts,
            &mut layouts,
            spare.take(),
            &case.text,
            &[],
            direction,
            TextStyle::BODY,
            1.0,
            None,
        );
        let lines = visual_lines(&paragraph, &case.text, ClusterOrder::Visual);
        // Compare the characters both sides show: Unicode leaves out what rule X9 removes,
        // the layout leaves out the marks and controls that draw nothing.
        let chars: Vec<char> = case.text.chars().collect();
        let expected: Vec<usize> = case
            .order
            .iter()
            .copied()
            .filter(|&i| !is_bidi_control(chars[i]))
            .collect();
        let shown: std::collections::HashSet<usize> = expected.iter().copied().collect();
        let ours: Vec<usize> = lines
            .concat()
            .into_iter()
            .filter(|i| shown.contains(i))
            .collect();
        if ours == expected {
            passed += 1;
        } else {
            let class = failure_class(&case.text);
            let example = || {
                let codes: Vec<String> = chars
                    .iter()
                    .map(|c| format!("{:04X}", u32::from(*c)))
                    .collect();
                format!(
                    "line {} [{}] dir {}: expected {expected:?}, got {ours:?}",
                    case.line_number,
                    codes.join(" "),
                    case.direction
                )
            };
            failures.entry(class).or_insert_with(|| (0, example())).0 += 1;
        }
        spare = Some(paragraph);
    }
    let total = cases.len();
    let rate = 100.0 * passed as f64 / total as f64;
    println!("BidiCharacterTest: {passed}/{total} passed ({rate:.3}%)");
    println!("paragraph direction mismatches: {direction_failures}");
    for (class, (count, example)) in &failures {
        println!("  {count:6} failing with {class}; first: {example}");
    }
    assert_eq!(
        direction_failures, 0,
        "paragraph direction (P2/P3) must always agree"
    );
    assert_eq!(passed, total, "every line of BidiCharacterTest.txt");
}

/// A coarse description of what a failing line contains, to group failures.
fn failure_class(text: &str) -> String {
    let mut features = Vec::new();
    let has = |f: fn(char) -> bool| text.chars().any(f);
    if has(|c| matches!(c, '\u{2066}'..='\u{2069}')) {
        features.push("isolates");
    }
    if has(|c| matches!(c, '\u{202A}'..='\u{202E}')) {
        features.push("embeddings/overrides");
    }
    if has(|c| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '{' | '}' | '\u{2329}' | '\u{232A}' | '\u{3008}' | '\u{3009}'
        )
    }) {
        features.push("brackets");
    }
    if has(|c| unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM) {
        features.push("marks");
    }
    if has(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::EN | unicode_bidi::BidiClass::AN
        )
    }) {
        features.push("numbers");
    }
    if features.is_empty() {
        features.push("other");
    }
    features.join(" + ")
}
