//! Every character of the corpus has a glyph in the bundled fonts.

use super::support::data_dir;

fn covered_by_bundled_fonts(c: char) -> bool {
    nashra::fonts::ALL.iter().any(|font| {
        let face = ttf_parser::Face::parse(font.bytes, 0).expect("bundled font parses");
        face.glyph_index(c).is_some()
    })
}

/// Characters that draw nothing and need no glyph: line breaks and bidi/joining controls.
fn is_invisible_control(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn every_corpus_character_has_a_glyph() {
    let mut missing = std::collections::BTreeSet::new();
    for name in ["editors-choice-ar.txt", "mixed-lines.txt"] {
        let text = std::fs::read_to_string(data_dir().join(name)).expect("corpus file");
        for c in text.chars().filter(|c| !is_invisible_control(*c)) {
            if !covered_by_bundled_fonts(c) {
                missing.insert(format!("U+{:04X} {c}", u32::from(c)));
            }
        }
    }
    assert!(missing.is_empty(), "no glyph for: {missing:?}");
}

#[test]
fn every_sample_issue_character_has_a_glyph() {
    let missing: Vec<char> = nashra::io::SAMPLE_RON
        .chars()
        .filter(|c| !is_invisible_control(*c) && !covered_by_bundled_fonts(*c))
        .collect();
    assert!(missing.is_empty(), "no glyph for: {missing:?}");
}

#[test]
fn the_check_itself_notices_a_missing_glyph() {
    // A Devanagari letter is in none of the bundled fonts.
    assert!(!covered_by_bundled_fonts('क'));
    assert!(covered_by_bundled_fonts('ع'));
    assert!(covered_by_bundled_fonts('Q'));
    assert!(covered_by_bundled_fonts('٣'));
}
