//! Nashra's integration tests, in one binary (one link step instead of one per file).

// A test stops at the first surprise; helpers here are test code too.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stdout
)]

mod app_ui;
mod arabic_first_ui;
mod arabic_interface;
mod bidi_conformance;
mod bidi_layout;
mod browser;
mod caret_ui;
mod caret_walk;
mod cli;
mod curation_ui;
mod disk_changes;
mod export;
mod focus_ui;
mod fonts;
mod hostile_files;
mod http_server;
mod import;
mod kill;
mod library;
mod link_check;
mod loading_ui;
mod locks;
mod marks_ui;
mod menus_ui;
mod model;
mod pane_ui;
mod preflight_ui;
mod recovery;
mod roundtrip;

mod save_failures;
mod session;
mod snapshots;
mod spelling_ui;
mod store;
mod support;
