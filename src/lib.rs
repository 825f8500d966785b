//! Nashra: a desktop editor for a weekly newsletter written in Arabic mixed with Latin names,
//! numbers and URLs.
//!
//! Layers depend one way: [`model`] (the issue and every change to it) knows nothing of files or
//! windows; [`io`] reads and writes files; [`ui`] draws with egui and turns input into commands.
//! [`text`] is the text engine the UI shows user text through.
//!
//! The `gui` feature (on by default) brings the window, the text engine and the command line;
//! without it only [`model`] and [`io`] are built (the fuzz target uses that).

#[cfg(feature = "gui")]
pub mod cli;
#[cfg(feature = "gui")]
pub mod fonts;
pub mod io;
pub mod model;
#[cfg(feature = "gui")]
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
