//! What the model sees of one token: hashes of its lower-case form, shape and affixes, and
//! its capitalisation, computed in one pass over the characters without allocating.

/// Mixes a value into a running hash (a multiply-rotate hash in the manner of FxHash).
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The hash of a string's lower-case form, as the gazetteer and the features compute it.
pub fn lower_hash(word: &str) -> u64 {
    Lexeme::of(word).lower
}

/// Capitalisation and character classes of a token, as bit flags.
pub mod flag {
    pub const INIT_CAP: u16 = 1;
    pub const ALL_CAPS: u16 = 1 << 1;
    pub const HAS_DIGIT: u16 = 1 << 2;
    pub const HAS_HYPHEN: u16 = 1 << 3;
    pub const HAS_PERIOD: u16 = 1 << 4;
    pub const NO_LETTER: u16 = 1 << 5;
    pub const HAS_LOWER: u16 = 1 << 6;
    pub const APOSTROPHE: u16 = 1 << 7;
}

/// The hashed lexical facts of one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lexeme {
    /// The lower-case form.
    pub lower: u64,
    /// The collapsed shape: "Xx" for "Blinken", "X.X." for "U.S.", "d" for "2023".
    pub shape: u64,
    /// Lower-case prefixes of 1 to 4 characters (0 where the word is shorter).
    pub prefix: [u64; 4],
    /// Lower-case suffixes of 1 to 4 characters (0 where the word is shorter).
    pub suffix: [u64; 4],
    pub flags: u16,
    /// The number of characters, capped at 15.
    pub len: u8,
}

impl Lexeme {
    /// Reads one token's text.
    pub fn of(word: &str) -> Lexeme {
        let mut lex = Lexeme::default();
        let mut last = [0u32; 4];
        let (mut n, mut letters, mut uppers) = (0usize, 0usize, 0usize);
        let mut prev_class = 0u8;
        for c in word.chars() {
            let lc = lower_char(c);
            lex.lower = mix(lex.lower, lc as u64);
            if n < 4 {
                lex.prefix[n] = mix(lex.lower, 0x70);
            }
            last[n % 4] = lc;
            let class = class_of(c);
            if class != prev_class {
                lex.shape = mix(lex.shape, class as u64);
                prev_class = class;
            }
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    uppers += 1;
                    if n == 0 {
                        lex.flags |= flag::INIT_CAP;
                    }
                } else {
                    lex.flags |= flag::HAS_LOWER;
                }
            }
            lex.flags |= match c {
                '0'..='9' => flag::HAS_DIGIT,
                '-' | '‐' => flag::HAS_HYPHEN,
                '.' => flag::HAS_PERIOD,
                '\'' | '’' => flag::APOSTROPHE,
                _ => 0,
            };
            n += 1;
        }
        lex.len = n.min(15) as u8;
        if letters == 0 {
            lex.flags |= flag::NO_LETTER;
        } else if uppers == letters && letters > 1 {
            lex.flags |= flag::ALL_CAPS;
        }
        last.rotate_left(n % 4);
        lex.suffix = suffixes(&last, n);
        lex
    }

    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

/// Hashes of the last 1 to 4 characters, given the last four (newest last).
fn suffixes(last: &[u32; 4], n: usize) -> [u64; 4] {
    let mut out = [0u64; 4];
    for (k, slot) in out.iter_mut().enumerate().take(n.min(4)) {
        let h = last[3 - k..].iter().fold(0x5u64, |h, &c| mix(h, c as u64));
        *slot = h;
    }
    out
}

#[inline]
fn lower_char(c: char) -> u32 {
    if c.is_ascii() {
        c.to_ascii_lowercase() as u32
    } else {
        c.to_lowercase().next().unwrap_or(c) as u32
    }
}

/// The shape class of a character: upper, lower, digit, or the character itself.
#[inline]
fn class_of(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_alphabetic() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'~'
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_forms_hash_alike() {
        assert_eq!(lower_hash("NATO"), lower_hash("nato"));
        assert_eq!(lower_hash("Zoë"), lower_hash("ZOË"));
        assert_ne!(lower_hash("Nato"), lower_hash("Natos"));
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(Lexeme::of("Blinken").shape, Lexeme::of("Kirby").shape);
        assert_eq!(Lexeme::of("U.S.").shape, Lexeme::of("U.N.").shape);
        assert_ne!(Lexeme::of("NATO").shape, Lexeme::of("Nato").shape);
        assert_eq!(Lexeme::of("2023").shape, Lexeme::of("7").shape);
    }

    #[test]
    fn affixes_and_flags() {
        let a = Lexeme::of("Russian");
        let b = Lexeme::of("Bulgarian");
        assert_eq!(a.suffix[2], b.suffix[2]);
        assert_ne!(a.suffix[3], b.suffix[3]);
        assert_eq!(Lexeme::of("ru").prefix[1], a.prefix[1]);
        assert_eq!(Lexeme::of("ab").suffix[3], 0);
        assert!(a.has(flag::INIT_CAP) && !a.has(flag::ALL_CAPS));
        assert!(Lexeme::of("NATO").has(flag::ALL_CAPS));
        assert!(Lexeme::of("--").has(flag::NO_LETTER));
    }
}
