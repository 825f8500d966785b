//! Dates as the interface writes them: "27 November 2026", "27 نوفمبر 2026" or
//! "27 تشرين الثاني 2026", in the interface's digits.

use jiff::civil::Date;

use super::{Language, MonthNames, locale};

const ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month names of Egypt and the Gulf (transliterated from the Latin ones).
const EGYPT_GULF: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// The month names of the Levant and Iraq (the Syriac ones).
const LEVANT: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];

/// `date` written for the interface: day, month name, year.
pub fn format_date(date: Date) -> String {
    let locale = locale();
    let names = match (locale.language, locale.months) {
        (Language::English, _) => &ENGLISH,
        (Language::Arabic, MonthNames::EgyptGulf) => &EGYPT_GULF,
        (Language::Arabic, MonthNames::Levant) => &LEVANT,
    };
    let month = names
        .get(usize::try_from(date.month() - 1).unwrap_or_default())
        .copied()
        .unwrap_or_default();
    let text = format!("{} {month} {}", date.day(), date.year());
    locale.digits.apply(&text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Digits, Locale, set_locale};

    #[test]
    fn dates_in_each_way() {
        let date = jiff::civil::date(2026, 11, 27);
        let with = |language, digits, months| {
            set_locale(Locale {
                language,
                digits,
                months,
            });
            format_date(date)
        };
        use Language::*;
        assert_eq!(
            with(English, Digits::Western, MonthNames::EgyptGulf),
            "27 November 2026"
        );
        assert_eq!(
            with(Arabic, Digits::Western, MonthNames::EgyptGulf),
            "27 نوفمبر 2026"
        );
        assert_eq!(
            with(Arabic, Digits::Western, MonthNames::Levant),
            "27 تشرين الثاني 2026"
        );
        assert_eq!(
            with(Arabic, Digits::ArabicIndic, MonthNames::Levant),
            "٢٧ تشرين الثاني ٢٠٢٦"
        );
        set_locale(Locale::default());
    }
}
