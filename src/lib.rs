//! Nashra: a desktop editor for a weekly newsletter written in Arabic mixed with Latin names,
//! numbers and URLs.
//!
//! Layers depend one way: [`model`] (the issue and every change to it) knows nothing of files or
//! windows; [`io`] reads and writes files; [`ui`] draws with egui and turns input into commands.
//! [`text`] is the text engine the UI shows user text through.

pub mod cli;
pub mod fonts;
pub mod io;
pub mod model;
pub mod text;
pub mod ui;
