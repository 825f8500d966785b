//! Fuzzes `parse_issue`: any bytes must give an issue or a clean error, never a panic, and an
//! issue that loads must save to text that loads back to the same issue.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use nashra::io::{issue_to_ron, parse_issue};

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.ron");
    let loaded = match parse_issue(bytes, path) {
        Ok(loaded) => loaded,
        Err(err) => {
            // Every error names the file it is about.
            assert_eq!(err.path(), path, "{err}");
            return;
        }
    };
    // Round trip: what loads can be saved, and the saved text loads to an equal issue.
    let text = match issue_to_ron(&loaded.issue) {
        Ok(text) => text,
        Err(err) => panic!("a loaded issue could not be written: {err}"),
    };
    let reloaded = match parse_issue(text.as_bytes(), path) {
        Ok(reloaded) => reloaded,
        Err(err) => panic!("the written issue did not load: {err}\n{text}"),
    };
    assert_eq!(
        reloaded.issue, loaded.issue,
        "the written issue loaded differently:\n{text}"
    );
    assert!(!reloaded.is_from_newer_version());
});
