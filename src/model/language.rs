//! [`Language`]: the language an issue is written in, which sets its base direction.

use serde::{Deserialize, Serialize};

use super::ResolvedDirection;

/// The language of an issue. It decides the direction of text that says nothing for itself:
/// a paragraph of numbers only, or one with as many Arabic words as Latin ones.
///
/// Stored in files as its BCP 47 code (`"ar"`, `"en"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Language {
    /// Arabic: right to left. New issues, and files that do not say, are Arabic.
    #[default]
    Arabic,
    /// English: left to right.
    English,
}

impl Language {
    /// Every language, in the order the issue's details offer them.
    pub const ALL: [Self; 2] = [Self::Arabic, Self::English];

    /// The BCP 47 code, as in files and in HTML's `lang`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Arabic => "ar",
            Self::English => "en",
        }
    }

    /// The language with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The word readers see before an issue's number: "العدد 54", "Issue 54".
    pub fn issue_word(self) -> &'static str {
        match self {
            Self::Arabic => "العدد",
            Self::English => "Issue",
        }
    }

    /// The direction of its script: what text that has no say of its own takes.
    pub fn base_direction(self) -> ResolvedDirection {
        match self {
            Self::Arabic => ResolvedDirection::Rtl,
            Self::English => ResolvedDirection::Ltr,
        }
    }
}

impl From<Language> for String {
    fn from(language: Language) -> Self {
        language.code().to_owned()
    }
}

impl TryFrom<String> for Language {
    type Error = String;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        Self::from_code(&code)
            .ok_or_else(|| format!("unknown language \"{code}\" (Nashra knows \"ar\" and \"en\")"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_set_the_base_direction() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(Language::default(), Language::Arabic);
        assert!(Language::Arabic.base_direction().is_rtl());
        assert!(!Language::English.base_direction().is_rtl());
        assert!(Language::try_from("fr".to_owned()).is_err());
    }
}
