//! Character classes and offset conversion shared by the rules and the bindings.

/// True for an ASCII or a full-width digit (3, ３).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Quotation marks and title brackets that enclose a term, as (opening, closing) pairs:
/// mainland quotes, corner brackets (「无薪假」), book-title marks and ASCII or full-width quotes.
pub(crate) const QUOTE_PAIRS: &[(char, char)] =
    &[('“', '”'), ('‘', '’'), ('「', '」'), ('『', '』'), ('《', '》'), ('〈', '〉'), ('"', '"'), ('＂', '＂')];

/// True for Han ideographs: CJK Unified Ideographs, Extensions A–I, and the compatibility blocks.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF      // Extension A
        | 0x4E00..=0x9FFF    // URO
        | 0xF900..=0xFAFF    // Compatibility Ideographs
        | 0x20000..=0x2FA1F  // Extensions B–F, I, Compatibility Supplement
        | 0x30000..=0x323AF  // Extensions G–H
    )
}

/// A unit in which offsets are expressed outside Rust.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust's native index).
    Byte,
    /// UTF-16 code units (JavaScript string indices).
    Utf16,
    /// Unicode scalar values (Python string indices; the CLI's JSON).
    Scalar,
}

/// Converts byte offsets of one text into UTF-16 or scalar offsets.
///
/// Built once per text in O(n); each lookup is a binary search, so converting every
/// diagnostic of a long document stays linear-ish instead of rescanning the prefix.
pub struct OffsetIndex {
    /// Byte offset of every char start, plus the text length.
    bytes: Vec<usize>,
    /// Cumulative UTF-16 length at each of those positions.
    utf16: Vec<usize>,
}

impl OffsetIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> OffsetIndex {
        let mut bytes = Vec::with_capacity(text.len() / 2 + 1);
        let mut utf16 = Vec::with_capacity(text.len() / 2 + 1);
        let mut u = 0;
        for (i, c) in text.char_indices() {
            bytes.push(i);
            utf16.push(u);
            u += c.len_utf16();
        }
        bytes.push(text.len());
        utf16.push(u);
        OffsetIndex { bytes, utf16 }
    }

    /// Converts a byte offset. Offsets inside a char round down to its start.
    pub fn convert(&self, byte: usize, unit: OffsetUnit) -> usize {
        let i = match self.bytes.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        match unit {
            OffsetUnit::Byte => self.bytes[i],
            OffsetUnit::Scalar => i,
            OffsetUnit::Utf16 => self.utf16[i],
        }
    }

    /// The byte offset of a UTF-16 offset; `None` if it is out of range or splits a surrogate pair.
    pub fn byte_of_utf16(&self, u: usize) -> Option<usize> {
        self.utf16.binary_search(&u).ok().map(|i| self.bytes[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_covers_extension_b_but_not_punctuation() {
        assert!(is_han('中'));
        assert!(is_han('𠀀')); // U+20000, Extension B
        assert!(!is_han('。'));
        assert!(!is_han('a'));
        assert!(!is_han('😀'));
    }

    #[test]
    fn offsets_count_emoji_as_two_utf16_units_and_one_scalar() {
        let text = "😀中𠀀a";
        let idx = OffsetIndex::new(text);
        let a = text.find('a').unwrap();
        assert_eq!(idx.convert(a, OffsetUnit::Scalar), 3);
        assert_eq!(idx.convert(a, OffsetUnit::Utf16), 5);
        assert_eq!(idx.convert(text.len(), OffsetUnit::Utf16), 6);
        assert_eq!(idx.byte_of_utf16(5), Some(a));
        assert_eq!(idx.byte_of_utf16(1), None);
    }
}
