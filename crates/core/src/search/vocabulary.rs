//! The index's words and how a folded word finds its number: a hash table
//! of term numbers that compares against the terms' own texts, so the text
//! of every word is stored once, and a lookup costs one hash and, mostly, one
//! comparison of eight bytes. Building the index looks up every word of the
//! data (880,000 at 10,000 entries), so this is on its hottest path.

use std::hash::Hasher;

use hashbrown::HashTable;
use rustc_hash::FxHasher;

/// A word of the vocabulary.
#[derive(Debug)]
pub(super) struct Term {
    /// Folded form, as matched.
    pub text: Box<str>,
    /// The form first seen in the data, for "Meinten Sie …?".
    pub display: Box<str>,
    /// Number of letters of `text`.
    pub len: u16,
    /// Number of documents containing it.
    pub df: u32,
    /// A function word: not indexed.
    pub stop: bool,
}

/// Term numbers by the text of their term.
#[derive(Debug, Default)]
pub(super) struct Words(HashTable<Slot>);

/// A table entry: the term's number and the first eight bytes of its text
/// with its length, so that most lookups never read the term itself.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    len: u32,
    term: u32,
}

fn hash(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(word);
    h.finish()
}

/// The first eight bytes of `word`, zero-padded (byte by byte when shorter:
/// a copy of a length not known in advance would be a call to `memmove`).
#[inline]
fn head(word: &[u8]) -> u64 {
    match word.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => word
            .iter()
            .enumerate()
            .fold(0, |h, (i, &b)| h | u64::from(b) << (8 * i)),
    }
}

/// Whether two words of the same length are equal, eight bytes at a time
/// (most words are short, and a call to `memcmp` costs more than comparing).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.chunks(8)
        .zip(b.chunks(8))
        .all(|(x, y)| head(x) == head(y))
}

impl Words {
    /// The number of `word` among `terms`.
    #[inline]
    pub fn find(&self, terms: &[Term], word: &str) -> Option<u32> {
        let w = word.as_bytes();
        let (h, len) = (head(w), w.len() as u32);
        self.0
            .find(hash(w), |s| {
                s.head == h
                    && s.len == len
                    && (len <= 8 || same(&terms[s.term as usize].text.as_bytes()[8..], &w[8..]))
            })
            .map(|s| s.term)
    }

    /// Records that `terms[t]` is the term of its text (which is new).
    pub fn insert(&mut self, terms: &[Term], t: u32) {
        let text = terms[t as usize].text.as_bytes();
        let slot = Slot {
            head: head(text),
            len: text.len() as u32,
            term: t,
        };
        self.0.insert_unique(hash(text), slot, |s| {
            hash(terms[s.term as usize].text.as_bytes())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str) -> Term {
        Term {
            text: text.into(),
            display: text.into(),
            len: text.chars().count() as u16,
            df: 0,
            stop: false,
        }
    }

    #[test]
    fn finds_each_word_and_nothing_else() {
        let texts = [
            "jugend",
            "jugendarbeit",
            "jugendarbeiten",
            "a",
            "",
            "fluchtlingshilfeverein",
            "fluchtlingshilfevereine",
            "ukrainisch",
            "jugendar",
            "gemeinwesenarbeit",
            "бератунг",
        ];
        let mut terms = Vec::new();
        let mut words = Words::default();
        for (t, text) in texts.iter().enumerate() {
            terms.push(term(text));
            words.insert(&terms, t as u32);
        }
        for (t, text) in texts.iter().enumerate() {
            assert_eq!(words.find(&terms, text), Some(t as u32), "{text}");
        }
        for other in [
            "jugen",
            "jugendarbei",
            "jugendarbeiter",
            "b",
            "fluchtlingshilfeveroin",
            "gemeinwesanarbeit",
            "gemeinwesenarbeiT",
            "jugendaR",
            "бератунґ",
        ] {
            assert_eq!(words.find(&terms, other), None, "{other}");
        }
    }
}
