//! [`Locale`]: the interface's language, digits and month names, and which one is in force.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

use crate::model::Language;

/// The language of a locale name such as `ar`, `ar-EG`, `ar_SA.UTF-8` or `en-GB`; `None` for
/// a language the interface is not written in.
pub fn language_of_locale(name: &str) -> Option<Language> {
    let primary = name
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Language::from_code(&primary)
}

/// The system's language if the interface is written in it, else English.
pub fn system_language() -> Language {
    sys_locale::get_locales()
        .find_map(|name| language_of_locale(&name))
        .unwrap_or(Language::English)
}

/// The digits numbers are written with in the interface and in exports' dates and counts (the
/// issue's own text is never changed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Digits {
    /// 0123456789.
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩.
    ArabicIndic,
}

impl Digits {
    /// `text` with its ASCII digits written in these digits.
    pub fn apply(self, text: &str) -> String {
        match self {
            Self::Western => text.to_owned(),
            Self::ArabicIndic => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        }
    }
}

/// The names of the months in Arabic dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MonthNames {
    /// يناير، فبراير… as in Egypt and the Gulf.
    #[default]
    EgyptGulf,
    /// كانون الثاني، شباط… as in the Levant and Iraq.
    Levant,
}

/// How the interface speaks: language (the issues' own [`Language`] type), digits and month
/// names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    /// The language of every message.
    pub language: Language,
    /// The digits of numbers.
    pub digits: Digits,
    /// The month names of Arabic dates.
    pub months: MonthNames,
}

impl Default for Locale {
    /// English with Western digits: the command-line tools', and what tests start from.
    fn default() -> Self {
        Self {
            language: Language::English,
            digits: Digits::default(),
            months: MonthNames::default(),
        }
    }
}

thread_local! {
    /// The locale of the thread drawing an interface. Per thread, so that tests running side
    /// by side (each with its own window) never see each other's language.
    static CURRENT: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// The locale in force on this thread: the one set on it, else English with Western digits
/// (the command-line tools'; no worker thread words messages).
pub fn locale() -> Locale {
    CURRENT.get().unwrap_or_default()
}

/// Sets the locale of this thread (the window's, when the editor changes a setting).
pub fn set_locale(locale: Locale) {
    CURRENT.set(Some(locale));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(language_of_locale("ar"), Some(Language::Arabic));
        assert_eq!(language_of_locale("ar-EG"), Some(Language::Arabic));
        assert_eq!(language_of_locale("ar_SA.UTF-8"), Some(Language::Arabic));
        assert_eq!(language_of_locale("en-GB"), Some(Language::English));
        assert_eq!(language_of_locale("fr-FR"), None);
        assert_eq!(language_of_locale(""), None);
    }

    #[test]
    fn arabic_indic_digits_replace_ascii_digits_only() {
        assert_eq!(
            Digits::ArabicIndic.apply("العدد 54، 2026"),
            "العدد ٥٤، ٢٠٢٦"
        );
        assert_eq!(Digits::Western.apply("54"), "54");
        assert_eq!(Digits::ArabicIndic.apply("٣ x"), "٣ x");
    }

    #[test]
    fn a_thread_keeps_its_own_locale() {
        let arabic = Locale {
            language: Language::Arabic,
            ..Locale::default()
        };
        set_locale(arabic);
        let other = std::thread::spawn(|| locale().language)
            .join()
            .expect("thread");
        assert_eq!(locale(), arabic);
        assert_eq!(other, Language::English);
    }
}
