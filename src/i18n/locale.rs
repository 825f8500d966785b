//! [`Locale`]: the interface's language, digits and month names, and which one is in force.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// Arabic: right to left, with Arabic plural rules.
    Arabic,
    /// English.
    #[default]
    English,
}

impl Language {
    /// Both, in the order of the catalog.
    pub const ALL: [Language; 2] = [Language::Arabic, Language::English];

    /// Its BCP 47 code, as the files are named (`ar`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Arabic => "ar",
            Self::English => "en",
        }
    }

    /// The language of a locale name such as `ar`, `ar-EG`, `ar_SA.UTF-8` or `en-GB`; `None`
    /// for a language the interface is not written in.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Self::Arabic),
            "en" => Some(Self::English),
            _ => None,
        }
    }

    /// The system's language if the interface is written in it, else English.
    pub fn system() -> Self {
        sys_locale::get_locales()
            .find_map(|code| Self::from_code(&code))
            .unwrap_or_default()
    }

    /// True for a language written right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Arabic
    }
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

/// How the interface speaks: language, digits and month names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Locale {
    /// The language of every message.
    #[serde(default)]
    pub language: Language,
    /// The digits of numbers.
    #[serde(default)]
    pub digits: Digits,
    /// The month names of Arabic dates.
    #[serde(default)]
    pub months: MonthNames,
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
        assert_eq!(Language::from_code("ar"), Some(Language::Arabic));
        assert_eq!(Language::from_code("ar-EG"), Some(Language::Arabic));
        assert_eq!(Language::from_code("ar_SA.UTF-8"), Some(Language::Arabic));
        assert_eq!(Language::from_code("en-GB"), Some(Language::English));
        assert_eq!(Language::from_code("fr-FR"), None);
        assert_eq!(Language::from_code(""), None);
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
