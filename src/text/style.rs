//! [`TextStyle`]: how a pane's text looks (face, size, line height).

use parley::{FontFamilyName, FontWeight, StyleProperty};

use super::font_setup::{INTERFACE_FAMILIES, TEXT_FAMILIES, family_list};

/// Which bundled face a pane uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    /// Noto Naskh Arabic (with Noto Sans for Latin): the editor's text.
    Text,
    /// The same, bold: headlines.
    TextBold,
    /// Noto Sans with Noto Sans Arabic: user text inside the interface (lists, outline), and
    /// the interface's own words.
    Interface,
    /// The same, bold: headings and strong words of the interface.
    InterfaceBold,
}

/// How a pane's text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// The face.
    pub face: Face,
    /// Font size in points.
    pub size_pts: f32,
    /// Line height as a multiple of the font size.
    pub line_height: f32,
}

impl TextStyle {
    /// Body text: excerpts, commentary, introduction.
    pub const BODY: Self = Self {
        face: Face::Text,
        size_pts: 18.0,
        line_height: 1.6,
    };

    /// Headlines and titles.
    pub const HEADING: Self = Self {
        face: Face::TextBold,
        size_pts: 22.0,
        line_height: 1.4,
    };

    /// Rows of lists and the outline.
    pub const ROW: Self = Self {
        face: Face::Interface,
        size_pts: 15.0,
        line_height: 1.4,
    };

    fn families(self) -> &'static [FontFamilyName<'static>] {
        match self.face {
            Face::Text | Face::TextBold => TEXT_FAMILIES,
            Face::Interface | Face::InterfaceBold => INTERFACE_FAMILIES,
        }
    }

    /// The style as parley properties (sizes in points; the layout's scale makes them pixels).
    pub(crate) fn properties(self) -> [StyleProperty<'static, super::paragraph::Ink>; 4] {
        let weight = match self.face {
            Face::TextBold | Face::InterfaceBold => FontWeight::BOLD,
            Face::Text | Face::Interface => FontWeight::NORMAL,
        };
        [
            StyleProperty::FontFamily(family_list(self.families())),
            StyleProperty::FontSize(self.size_pts),
            StyleProperty::LineHeight(parley::LineHeight::FontSizeRelative(self.line_height)),
            StyleProperty::FontWeight(weight),
        ]
    }

    /// A key for caches: equal styles give equal keys.
    pub(crate) fn cache_key(self) -> (Face, u32, u32) {
        (
            self.face,
            self.size_pts.to_bits(),
            self.line_height.to_bits(),
        )
    }
}
