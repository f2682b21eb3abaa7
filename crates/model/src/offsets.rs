//! Conversion between byte offsets (inside the engine) and code-point offsets (the JSON contract).

/// Maps byte offsets of one text to Unicode code-point offsets and back.
///
/// Built once per document in O(n); lookups are O(log n) for bytes → chars and O(1) for
/// chars → bytes.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// `char_starts[i]` is the byte offset of code point `i`; the last entry is the text length.
    char_starts: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        char_starts.push(text.len());
        OffsetMap { char_starts }
    }

    /// Number of code points in the text.
    pub fn n_chars(&self) -> usize {
        self.char_starts.len() - 1
    }

    /// The code-point offset of a byte offset. A byte offset inside a character maps to that
    /// character's start.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        match self.char_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte offset of a code-point offset, or `None` when it lies past the end.
    pub fn byte_of_char(&self, ch: usize) -> Option<usize> {
        self.char_starts.get(ch).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn curly_quotes_and_accents_differ_in_bytes_and_chars() {
        let text = "“Kim” — Zoë said";
        let map = OffsetMap::new(text);
        let byte = text.find("Zoë").unwrap();
        assert_eq!(map.char_of_byte(byte), 8);
        assert_eq!(map.byte_of_char(8), Some(byte));
        assert_eq!(map.n_chars(), text.chars().count());
    }

    proptest! {
        #[test]
        fn round_trip_on_any_text(text in "\\PC{0,60}") {
            let map = OffsetMap::new(&text);
            for (ch, (byte, _)) in text.char_indices().enumerate() {
                prop_assert_eq!(map.char_of_byte(byte), ch);
                prop_assert_eq!(map.byte_of_char(ch), Some(byte));
            }
            prop_assert_eq!(map.byte_of_char(map.n_chars()), Some(text.len()));
        }
    }
}
