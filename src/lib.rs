//! Nashra: a desktop editor for a weekly newsletter written in Arabic mixed with Latin names,
//! numbers and URLs.
//!
//! Layers depend one way: [`model`] (the issue and every change to it) knows nothing of files or
//! windows; [`io`] reads and writes files; [`session`] holds what the editor has open and runs
//! every command, with no window; [`ui`] draws with egui, turns input into commands and performs
//! the session's effects. [`text`] is the text engine the UI shows user text through;
//! [`strings`] is every word the interface says. `docs/ARCHITECTURE.md` has the map.
//!
//! The `gui` feature (on by default) brings the window, the text engine and the command line;
//! without it only [`model`], [`io`], [`session`] and [`strings`] are built (the fuzz target
//! uses that).

#[cfg(feature = "gui")]
pub mod cli;
#[cfg(feature = "gui")]
pub mod fonts;
pub mod i18n;
pub mod io;
pub mod model;
pub mod session;
pub mod spell;
pub mod strings;
#[cfg(feature = "gui")]
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
