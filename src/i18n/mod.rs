//! The interface's language: its messages (Fluent files in `assets/i18n/`, one per language,
//! with each language's plural rules), its digits and its way of writing dates.
//!
//! The words are Fluent's (`catalog.rs`); which language, digits and month names the interface
//! uses is the [`Locale`] of the thread drawing it ([`locale`]), set by the session from the
//! settings or the command line. No egui; the languages are the model's [`Language`].

mod catalog;
mod dates;
mod locale;

pub use crate::model::Language;
pub use catalog::{Arg, format, simple};
pub use dates::format_date;
pub use locale::{
    Digits, Locale, MonthNames, language_of_locale, locale, set_locale, system_language,
};

/// `n` written with the interface's digits (Western 0-9 or Arabic-Indic ٠-٩).
pub fn number(n: impl std::fmt::Display) -> String {
    locale().digits.apply(&n.to_string())
}
