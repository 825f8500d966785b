//! The text engine's fonts: a parley font context holding only the bundled fonts.

use std::sync::Arc;

use parley::fontique::{Blob, Collection, CollectionOptions, GenericFamily, Script, SourceCache};
use parley::{FontContext, FontFamily, FontFamilyName};

use crate::fonts;

/// The family of the editor's text (Arabic in Naskh, Latin in Noto Sans).
pub const TEXT_FAMILIES: &[FontFamilyName<'static>] = &[
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Naskh Arabic")),
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Sans")),
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Sans Symbols2")),
];

/// The family of interface text that shows user data (Latin first, Arabic in Noto Sans Arabic).
pub const INTERFACE_FAMILIES: &[FontFamilyName<'static>] = &[
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Sans")),
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Sans Arabic")),
    FontFamilyName::Named(std::borrow::Cow::Borrowed("Noto Sans Symbols2")),
];

/// A font list for a parley style.
pub fn family_list(families: &'static [FontFamilyName<'static>]) -> FontFamily<'static> {
    FontFamily::List(std::borrow::Cow::Borrowed(families))
}

/// A font context with the bundled fonts and no system fonts. Arabic script falls back to
/// Naskh and anything else to Noto Sans, whatever family a style names.
pub fn bundled_font_context() -> FontContext {
    let mut collection = Collection::new(CollectionOptions {
        shared: false,
        system_fonts: false,
    });
    let mut family_of = std::collections::HashMap::new();
    for font in fonts::ALL {
        let bytes: Arc<dyn AsRef<[u8]> + Send + Sync> = Arc::new(font.bytes);
        for (family, _) in collection.register_fonts(Blob::new(bytes), None) {
            family_of.insert(font.name, family);
        }
    }
    let naskh = family_of.get(fonts::NASKH_REGULAR.name).copied();
    let sans = family_of.get(fonts::SANS_REGULAR.name).copied();
    let symbols = family_of.get(fonts::SYMBOLS.name).copied();
    collection.set_fallbacks(Script::from_bytes(*b"Arab"), naskh.into_iter());
    collection.set_generic_families(
        GenericFamily::SansSerif,
        sans.into_iter().chain(naskh).chain(symbols),
    );
    collection.set_generic_families(GenericFamily::Serif, naskh.into_iter().chain(sans));
    FontContext {
        collection,
        source_cache: SourceCache::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_family_is_registered() {
        let mut cx = bundled_font_context();
        for family in TEXT_FAMILIES.iter().chain(INTERFACE_FAMILIES) {
            let FontFamilyName::Named(name) = family else {
                continue;
            };
            assert!(
                cx.collection.family_id(name).is_some(),
                "{name} is not registered"
            );
        }
    }

    #[test]
    fn no_system_font_is_visible() {
        let mut cx = bundled_font_context();
        let names: Vec<String> = cx.collection.family_names().map(str::to_owned).collect();
        assert_eq!(names.len(), 4, "{names:?}");
    }
}
