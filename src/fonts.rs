//! The bundled fonts, compiled into the binary, and their registration with egui.
//!
//! Nashra never reads system fonts: what the editor sees is the same on every machine.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// One bundled font file.
#[derive(Clone, Copy, Debug)]
pub struct BundledFont {
    /// The name egui and the text engine know it by.
    pub name: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

macro_rules! bundled {
    ($name:literal, $file:literal) => {
        BundledFont {
            name: $name,
            bytes: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/", $file)),
        }
    };
}

/// Noto Naskh Arabic: the face for the editor's text.
pub const NASKH_REGULAR: BundledFont =
    bundled!("NotoNaskhArabic-Regular", "NotoNaskhArabic-Regular.ttf");
/// Noto Naskh Arabic Bold: headlines.
pub const NASKH_BOLD: BundledFont = bundled!("NotoNaskhArabic-Bold", "NotoNaskhArabic-Bold.ttf");
/// Noto Sans Arabic: the interface.
pub const SANS_ARABIC_REGULAR: BundledFont =
    bundled!("NotoSansArabic-Regular", "NotoSansArabic-Regular.ttf");
/// Noto Sans Arabic Bold: interface headings.
pub const SANS_ARABIC_BOLD: BundledFont =
    bundled!("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf");
/// Noto Sans: Latin, digits and punctuation.
pub const SANS_REGULAR: BundledFont = bundled!("NotoSans-Regular", "NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const SANS_BOLD: BundledFont = bundled!("NotoSans-Bold", "NotoSans-Bold.ttf");
/// Noto Sans Symbols 2: arrows and marks that egui's widgets draw as text.
pub const SYMBOLS: BundledFont =
    bundled!("NotoSansSymbols2-Regular", "NotoSansSymbols2-Regular.ttf");

/// Every bundled font.
pub const ALL: [BundledFont; 7] = [
    NASKH_REGULAR,
    NASKH_BOLD,
    SANS_ARABIC_REGULAR,
    SANS_ARABIC_BOLD,
    SANS_REGULAR,
    SANS_BOLD,
    SYMBOLS,
];

/// Who holds the bundled fonts' copyright.
pub const COPYRIGHT: &str = "Copyright 2010–2020 Google Inc. / Google LLC";

/// The licence of every bundled font.
pub const LICENCE_NAME: &str = "SIL Open Font License, Version 1.1";

/// The licence's full text, shipped with the fonts (`fonts/OFL.txt`).
pub const LICENCE_TEXT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/OFL.txt"));

/// The egui family for the editor's text (Naskh, then Latin, then symbols).
pub fn text_family() -> FontFamily {
    FontFamily::Name("nashra-text".into())
}

/// The egui family for bold text (headlines).
pub fn bold_family() -> FontFamily {
    FontFamily::Name("nashra-bold".into())
}

/// Font definitions holding only the bundled fonts. Latin comes first for the interface so
/// Latin labels use Noto Sans; Arabic falls through to Noto Sans Arabic.
pub fn font_definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::empty();
    for font in ALL {
        defs.font_data.insert(
            font.name.to_owned(),
            Arc::new(FontData::from_static(font.bytes)),
        );
    }
    let family =
        |fonts: &[BundledFont]| fonts.iter().map(|f| f.name.to_owned()).collect::<Vec<_>>();
    defs.families.insert(
        FontFamily::Proportional,
        family(&[SANS_REGULAR, SANS_ARABIC_REGULAR, SYMBOLS]),
    );
    defs.families.insert(
        FontFamily::Monospace,
        family(&[SANS_REGULAR, SANS_ARABIC_REGULAR, SYMBOLS]),
    );
    defs.families.insert(
        text_family(),
        family(&[NASKH_REGULAR, SANS_REGULAR, SYMBOLS]),
    );
    defs.families
        .insert(bold_family(), family(&[NASKH_BOLD, SANS_BOLD, SYMBOLS]));
    defs
}

/// Makes egui draw every label with the bundled fonts only.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}
