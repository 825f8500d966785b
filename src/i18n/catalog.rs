//! The message catalog: the Fluent files of both languages, parsed once, and the lookups the
//! interface makes of them.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Language, locale};
use crate::strings::Msg;

/// The Fluent source of each language, in [`Language::ALL`]'s order.
const SOURCES: [&str; 2] = [
    include_str!("../../assets/i18n/ar.ftl"),
    include_str!("../../assets/i18n/en.ftl"),
];

/// A value given to a message's variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// A count or a number: chooses the plural form, written in the interface's digits.
    Count(usize),
    /// Text, shown as it is.
    Text(Cow<'a, str>),
}

/// Both languages' bundles, and their messages without variables, formatted once.
struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// For each language, each [`Msg`]'s text (by `msg as usize`).
    simple: Vec<Vec<&'static str>>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let bundles: Vec<_> = Language::ALL
            .iter()
            .zip(SOURCES)
            .map(|(language, source)| bundle(*language, source))
            .collect();
        // Formatted once and kept for the run (a few hundred short strings): `tr` hands out
        // `&'static str` as the interface always had.
        let simple = bundles
            .iter()
            .map(|bundle| {
                Msg::ALL
                    .iter()
                    .map(|msg| {
                        let text: &'static str =
                            Box::leak(format_in(bundle, msg.id(), None).into_boxed_str());
                        text
                    })
                    .collect()
            })
            .collect();
        Catalog { bundles, simple }
    })
}

/// The bundle of `language` from its Fluent `source`. The files are part of the program, and
/// tests parse them; a message that failed to parse is reported in the log and shown by id.
fn bundle(language: Language, source: &str) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            log::error!("{}.ftl: {errors:?}", language.code());
            partial
        });
    let id = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No FSI/PDI marks around values: egui, which still draws part of the interface, shows
    // them as boxes; the text engine isolates what needs it by its own rules.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(|value, _| match value {
        FluentValue::Number(number) => Some(locale().digits.apply(&number.as_string())),
        _ => None,
    }));
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("{}.ftl: {errors:?}", language.code());
    }
    bundle
}

/// Message `id` of `bundle` with `args`; the id itself when the message is missing.
fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        log::error!("no message {id}");
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    if !errors.is_empty() {
        log::error!("message {id}: {errors:?}");
    }
    text
}

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default()
}

/// Message `msg` in the interface's language.
pub fn simple(msg: Msg) -> &'static str {
    let catalog = catalog();
    catalog.simple[index(locale().language)]
        .get(msg as usize)
        .copied()
        .unwrap_or_else(|| msg.id())
}

/// Message `id` in the interface's language, with `args`.
pub fn format(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
        }
    }
    format_in(
        &catalog().bundles[index(locale().language)],
        id,
        Some(&fluent_args),
    )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;
    use crate::i18n::{Digits, Locale, set_locale};
    use crate::strings::{Text, text};

    /// Each message id of a Fluent source, with the variables it refers to.
    fn messages(source: &str) -> Vec<(String, BTreeSet<String>)> {
        let resource = fluent_syntax::parser::parse(source).expect("the file parses");
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(message) => {
                    let mut vars = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_vars(pattern, &mut vars);
                    }
                    Some((message.id.name.to_owned(), vars))
                }
                _ => None,
            })
            .collect()
    }

    fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for variant in variants {
                    pattern_vars(&variant.value, vars);
                }
            }
            ast::Expression::Inline(inline) => inline_vars(inline, vars),
        }
    }

    fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    /// Every message the code asks for is in both files with the variables the code passes,
    /// and neither file has a message the code never asks for.
    #[test]
    fn both_files_have_every_message_with_the_variables_the_code_passes() {
        let mut wanted: Vec<(String, BTreeSet<String>)> = Msg::ALL
            .iter()
            .map(|msg| (msg.id().to_owned(), BTreeSet::new()))
            .collect();
        wanted.extend(Text::samples().iter().map(|t| {
            let vars = t
                .args()
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .collect();
            (t.id().to_owned(), vars)
        }));
        wanted.sort();
        for (language, source) in Language::ALL.iter().zip(SOURCES) {
            let mut found = messages(source);
            found.sort();
            let ids: Vec<&String> = found.iter().map(|(id, _)| id).collect();
            let unique: BTreeSet<&String> = ids.iter().copied().collect();
            assert_eq!(ids.len(), unique.len(), "{language:?}: an id twice");
            for (id, vars) in &wanted {
                let file = found.iter().find(|(f, _)| f == id);
                let file_vars = file.map(|(_, v)| v);
                assert_eq!(
                    file_vars,
                    Some(vars),
                    "{}.ftl: message {id} (the code passes {vars:?})",
                    language.code()
                );
            }
            for (id, _) in &found {
                assert!(
                    wanted.iter().any(|(w, _)| w == id),
                    "{}.ftl: {id} is never used",
                    language.code()
                );
            }
        }
    }

    fn in_arabic(t: &Text<'_>) -> String {
        set_locale(Locale {
            language: Language::Arabic,
            ..Locale::default()
        });
        let out = text(t);
        set_locale(Locale::default());
        out
    }

    #[test]
    fn arabic_counts_follow_arabic_plural_rules() {
        let stories = |count| in_arabic(&Text::StoryCount { count });
        assert_eq!(stories(0), "لا قصص");
        assert_eq!(stories(1), "قصة واحدة");
        assert_eq!(stories(2), "قصتان");
        assert_eq!(stories(3), "3 قصص");
        assert_eq!(stories(11), "11 قصة");
        assert_eq!(stories(100), "100 قصة");
        assert_eq!(stories(101), "101 قصة");
        let words = |count| in_arabic(&Text::WordCount { count });
        assert_eq!(words(2), "كلمتان");
        assert_eq!(words(3), "3 كلمات");
        assert_eq!(words(11), "11 كلمة");
        assert_eq!(words(283), "283 كلمة");
        assert_eq!(words(101), "101 كلمة");
        let left = |count| in_arabic(&Text::PreflightLeft { count });
        assert_eq!(left(1), "أمر واحد يحتاج إلى مراجعة قبل الإرسال");
        assert_eq!(left(2), "أمران يحتاجان إلى مراجعة قبل الإرسال");
        assert_eq!(left(3), "3 أمور تحتاج إلى مراجعة قبل الإرسال");
        assert_eq!(left(18), "18 أمرًا يحتاج إلى مراجعة قبل الإرسال");
        let minutes = |count| in_arabic(&Text::ReadingMinutes { count });
        assert!(minutes(1).contains("دقيقة واحدة"), "{}", minutes(1));
        assert!(minutes(2).contains("دقيقتان"), "{}", minutes(2));
        assert!(minutes(3).contains("3 دقائق"), "{}", minutes(3));
        assert!(minutes(11).contains("11 دقيقة"), "{}", minutes(11));
        assert!(minutes(100).contains("100 دقيقة"), "{}", minutes(100));
        let results = |count| in_arabic(&Text::ResultCount { count });
        assert_eq!(results(0), "لا نتائج");
        assert_eq!(results(2), "نتيجتان");
        assert_eq!(results(101), "101 نتيجة");
    }

    #[test]
    fn english_counts_have_one_and_other() {
        set_locale(Locale::default());
        assert_eq!(text(&Text::StoryCount { count: 1 }), "1 story");
        assert_eq!(text(&Text::StoryCount { count: 2 }), "2 stories");
        assert_eq!(text(&Text::WordCount { count: 283 }), "283 words");
    }

    #[test]
    fn counts_take_the_interface_digits() {
        set_locale(Locale {
            language: Language::Arabic,
            digits: Digits::ArabicIndic,
            ..Locale::default()
        });
        let out = text(&Text::StoryCount { count: 11 });
        set_locale(Locale::default());
        assert_eq!(out, "١١ قصة");
    }

    #[test]
    fn the_language_switches_without_restarting() {
        set_locale(Locale::default());
        assert_eq!(simple(Msg::Save), "Save");
        set_locale(Locale {
            language: Language::Arabic,
            ..Locale::default()
        });
        assert_eq!(simple(Msg::Save), "حفظ");
        set_locale(Locale::default());
        assert_eq!(simple(Msg::Save), "Save");
    }
}
