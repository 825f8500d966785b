//! The text engine: bidirectional layout, shaping and editing of the editor's Arabic and
//! Latin text, drawn inside egui.
//!
//! egui lays text out left to right only, so user text will be laid out here (with parley)
//! and shown through [`crate::ui::user_text`], the one place the interface draws user text.
//! Paragraph direction, which the engine and the exporters share, is decided in
//! [`crate::model::Direction`].
