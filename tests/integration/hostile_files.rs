//! The loader on hostile and damaged input: never a panic, never a stack overflow, a clean error
//! (or a valid issue) for random bytes and for mutations of a valid file, and adversarial
//! shapes — a string of 200,000 escapes, huge numbers, zero-filled and truncated files.

use std::path::Path;

use nashra::io::parse_issue;
use proptest::prelude::*;

const SAMPLE: &str = nashra::io::SAMPLE_RON;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_give_a_clean_error(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_issue(&bytes, Path::new("random.ron"));
    }

    #[test]
    fn mutated_valid_files_load_or_fail_cleanly(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3_u8), 1..8)
    ) {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        for (at, byte, kind) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match kind {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.insert(i, byte),
            }
        }
        if let Err(err) = parse_issue(&bytes, Path::new("mutated.ron")) {
            // Every error names where it is.
            prop_assert!(err.to_string().contains("mutated.ron"), "{err}");
        }
    }
}

#[test]
fn adversarial_shapes_are_clean_errors() {
    let escapes = format!(
        "(version: 1, number: 1, title: \"{}\")",
        "\\u{0041}".repeat(200_000)
    );
    let huge_number = format!("(version: {}, number: 1)", "9".repeat(10_000));
    let huge_float = "(version: 1, number: 1e999999999)".to_owned();
    let zeros = vec![0_u8; 100_000];
    let deep_strings = format!("(version: 1, intro: {}", "[(".repeat(20_000));
    for input in [
        escapes.as_bytes(),
        huge_number.as_bytes(),
        huge_float.as_bytes(),
        &zeros,
        deep_strings.as_bytes(),
        &SAMPLE.as_bytes()[..SAMPLE.len() - 3],
    ] {
        assert!(parse_issue(input, Path::new("hostile.ron")).is_err());
    }
}
