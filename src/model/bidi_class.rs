//! [`bidi_class`]: a character's bidi class, answered from a table for the characters Nashra's
//! text is made of.
//!
//! `unicode_bidi::bidi_class` searches Unicode's whole range table for every character; the
//! direction rule and the bidi hints ask it for every letter of a paragraph on every edit, and
//! a profile of typing in a long commentary showed that search as the largest single cost.
//! Latin, Arabic and their punctuation and digits all lie below U+0900: those are looked up in
//! a table made once from the same data, so the answers are the same by construction.

use std::sync::OnceLock;

use unicode_bidi::BidiClass;

/// Characters below this are answered from the table.
const TABLE_END: u32 = 0x0900;

/// The bidi class of `c` (as `unicode_bidi::bidi_class` gives it).
pub fn bidi_class(c: char) -> BidiClass {
    static TABLE: OnceLock<Vec<BidiClass>> = OnceLock::new();
    let code = u32::from(c);
    if code < TABLE_END {
        let table = TABLE.get_or_init(|| {
            (0..TABLE_END)
                .map(|code| char::from_u32(code).map_or(BidiClass::L, unicode_bidi::bidi_class))
                .collect()
        });
        if let Some(class) = table.get(code as usize) {
            return *class;
        }
    }
    unicode_bidi::bidi_class(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_agrees_with_unicode_bidi() {
        for code in (0..TABLE_END + 0x100)
            .chain(0x2000..0x2100)
            .chain(0xFB50..0xFF00)
        {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(bidi_class(c), unicode_bidi::bidi_class(c), "U+{code:04X}");
            }
        }
    }
}
