//! How text becomes search terms: the same folding for the data and for
//! what people type, so that "Flüchtlinge", "Fluechtlinge" and "fluchtlinge"
//! meet.
//!
//! Per character: compatibility decomposition (the "K" of NFKC, so that
//! ligatures and full-width letters become plain ones), accents and umlaut
//! dots dropped, lower case, ß → ss. Per word: the German spellings without
//! umlaut keys, "ae", "oe", "ue", become "a", "o", "u". Anything that is not
//! a letter or digit separates words, hyphens and slashes included.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Words longer than this are cut: no real word is longer, and it bounds the
/// work a hostile 10,000-character "word" can cause.
pub const MAX_TERM_CHARS: usize = 48;

/// Whether `c` belongs to a word.
pub fn is_word_char(c: char) -> bool {
    matches!(c, 'ä' | 'ö' | 'ü' | 'ß' | 'Ä' | 'Ö' | 'Ü')
        || c.is_alphanumeric()
        || is_combining_mark(c)
}

/// For each ASCII byte: its lower-case form if it is a letter or digit, else 0.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The folded word being built: one pass per word, no second scan.
struct Folder {
    /// UTF-8 bytes of the folded word (only whole characters are pushed).
    buf: Vec<u8>,
    chars: usize,
    /// The last character pushed, if ASCII (for the umlaut spellings).
    prev: u8,
}

impl Folder {
    fn clear(&mut self) {
        self.buf.clear();
        self.chars = 0;
        self.prev = 0;
    }

    /// Appends one lower-case, accent-free character. The umlaut spellings
    /// fold as they go: an "e" after "a", "o" or "u" is dropped.
    #[inline]
    fn push(&mut self, c: char) {
        if self.chars == MAX_TERM_CHARS || (c == 'e' && matches!(self.prev, b'a' | b'o' | b'u')) {
            return;
        }
        if c.is_ascii() {
            self.buf.push(c as u8);
            self.prev = c as u8;
        } else {
            self.buf
                .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            self.prev = 0;
        }
        self.chars += 1;
    }

    /// [`Folder::push`] for an ASCII letter or digit, already lower case.
    #[inline]
    fn push_ascii(&mut self, b: u8) {
        if self.chars == MAX_TERM_CHARS || (b == b'e' && matches!(self.prev, b'a' | b'o' | b'u')) {
            return;
        }
        self.buf.push(b);
        self.prev = b;
        self.chars += 1;
    }

    /// Appends the folded form of a non-ASCII character of a word.
    fn push_unicode(&mut self, c: char) {
        match c {
            'ä' | 'Ä' => self.push('a'),
            'ö' | 'Ö' => self.push('o'),
            'ü' | 'Ü' => self.push('u'),
            'ß' | 'ẞ' => {
                self.push('s');
                self.push('s');
            }
            _ => decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                if d.is_ascii() {
                    self.push(d.to_ascii_lowercase());
                } else {
                    for l in d.to_lowercase() {
                        self.push(l);
                    }
                }
            }),
        }
    }
}

/// Calls `f(start, end, folded)` for every word of `text`, with byte offsets
/// into `text` (for marking matches) and the folded form (for matching).
/// Words whose folded form is empty (marks alone) are skipped.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    let bytes = text.as_bytes();
    let mut folder = Folder {
        buf: Vec::with_capacity(4 * MAX_TERM_CHARS),
        chars: 0,
        prev: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next word; ASCII separators without decoding.
        let b = bytes[i];
        if b < 0x80 {
            if ASCII_FOLD[usize::from(b)] == 0 {
                i += 1;
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
        }
        let start = i;
        folder.clear();
        loop {
            // The ASCII run of the word, the common case.
            while let Some(&b) = bytes.get(i) {
                let lower = ASCII_FOLD[usize::from(b & 0x7f)];
                if b >= 0x80 || lower == 0 {
                    break;
                }
                folder.push_ascii(lower);
                i += 1;
            }
            // A non-ASCII letter (umlaut, accent, another script) continues it.
            match bytes.get(i) {
                Some(&b) if b >= 0x80 => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if !is_word_char(c) {
                        break;
                    }
                    folder.push_unicode(c);
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        // Always valid: the buffer holds whole encoded characters only.
        if let Ok(word) = std::str::from_utf8(&folder.buf) {
            if !word.is_empty() {
                f(start, i, word);
            }
        }
    }
}

/// Frequent German function words, folded. They never make an entry a hit
/// on their own and do not count as "matched words" in ranking.
const STOPWORDS: &[&str] = &[
    "als", "am", "an", "auch", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die",
    "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "fur", "im", "in", "ins", "ist",
    "mit", "nach", "oder", "sich", "sie", "sind", "so", "uber", "um", "und", "unter", "vom", "von",
    "vor", "wird", "zu", "zum", "zur",
];

/// Whether a folded word is a stopword.
pub fn is_stopword(folded: &str) -> bool {
    STOPWORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, |_, _, w| out.push(w.to_owned()));
        out
    }

    #[test]
    fn german_spellings_fold_together() {
        for variant in [
            "Flüchtlinge",
            "Fluechtlinge",
            "fluchtlinge",
            "FLÜCHTLINGE",
            "Flu\u{308}chtlinge",
        ] {
            assert_eq!(words(variant), ["fluchtlinge"], "{variant}");
        }
        assert_eq!(words("Straße"), ["strasse"]);
        assert_eq!(words("Öffnung"), words("Oeffnung"));
        assert_eq!(words("Bündnis"), words("Buendnis"));
        assert_eq!(words("Ärger"), words("Aerger"));
    }

    #[test]
    fn compatibility_forms_and_accents_fold() {
        assert_eq!(words("ﬁnden"), ["finden"]);
        assert_eq!(words("ＫｕＢｕＳ"), ["kubus"]);
        assert_eq!(words("Café"), ["cafe"]);
    }

    #[test]
    fn hyphens_slashes_and_punctuation_split_words() {
        assert_eq!(
            words("Kinder- und Jugendarbeit"),
            ["kinder", "und", "jugendarbeit"]
        );
        assert_eq!(words("THASG-Mitglieder"), ["thasg", "mitglieder"]);
        assert_eq!(
            words("Träger/Vereine, z.B."),
            ["trager", "vereine", "z", "b"]
        );
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Die Flüchtlinge-Arbeit";
        let mut spans = Vec::new();
        for_each_word(text, |s, e, _| spans.push(&text[s..e]));
        assert_eq!(spans, ["Die", "Flüchtlinge", "Arbeit"]);
    }

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
        assert!(is_stopword("und") && is_stopword("fur") && !is_stopword("jugend"));
    }

    #[test]
    fn very_long_words_are_cut() {
        let long = "ab".repeat(5_000);
        let w = words(&long);
        assert_eq!(w[0].len(), MAX_TERM_CHARS);
    }
}
