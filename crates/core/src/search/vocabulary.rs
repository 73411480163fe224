//! The index's words and how a folded word finds its number: a hash table
//! of term numbers that compares against the terms' own texts, so the text
//! of every word is stored once, and a lookup costs one hash and, mostly, one
//! comparison of eight bytes. Building the index looks up every word of the
//! data (880,000 at 10,000 entries), so this is on its hottest path: each
//! spelling of the data is looked up by its own text first ([`Spellings`]).

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

/// A hash table of numbers by text that stores no text itself: it asks its
/// owner for the text behind a number (`text_of`), so that every word is
/// stored once, where it belongs.
#[derive(Debug, Default)]
struct Table(HashTable<Slot>);

/// A table entry: a number and the first eight bytes of its text with its
/// length, so that most lookups never read the text itself.
#[derive(Debug, Clone, Copy)]
struct Slot {
    head: u64,
    len: u32,
    id: u32,
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

impl Table {
    #[inline]
    fn find<'t>(&self, word: &[u8], text_of: impl Fn(u32) -> &'t [u8]) -> Option<u32> {
        let (h, len) = (head(word), word.len() as u32);
        self.0
            .find(hash(word), |s| {
                s.head == h && s.len == len && (len <= 8 || same(&text_of(s.id)[8..], &word[8..]))
            })
            .map(|s| s.id)
    }

    /// Records `id` for `text`, which the table does not have yet.
    fn insert<'t>(&mut self, id: u32, text: &[u8], text_of: impl Fn(u32) -> &'t [u8]) {
        let slot = Slot {
            head: head(text),
            len: text.len() as u32,
            id,
        };
        self.0
            .insert_unique(hash(text), slot, |s| hash(text_of(s.id)));
    }
}

/// Term numbers by the text of their term.
#[derive(Debug, Default)]
pub(super) struct Words(Table);

impl Words {
    /// The number of `word` among `terms`.
    #[inline]
    pub fn find(&self, terms: &[Term], word: &str) -> Option<u32> {
        self.0
            .find(word.as_bytes(), |t| terms[t as usize].text.as_bytes())
    }

    /// Records that `terms[t]` is the term of its text (which is new).
    pub fn insert(&mut self, terms: &[Term], t: u32) {
        self.0.insert(t, terms[t as usize].text.as_bytes(), |t| {
            terms[t as usize].text.as_bytes()
        });
    }
}

/// What a spelling of the data folds to: a term, or nothing (marks alone).
pub(super) const NO_TERM: u32 = u32::MAX;

/// The terms of the spellings met while building the index ("Jugend",
/// "jugend", "JUGEND" are three spellings of one term), keyed by the data's
/// own texts: the data says the same words over and over (880,000 words, a
/// few thousand spellings at 10,000 entries), and a spelling found here needs
/// no folding and no second lookup.
#[derive(Debug, Default)]
pub(super) struct Spellings<'a> {
    table: Table,
    /// Each spelling and its term ([`NO_TERM`] if it folds to nothing).
    forms: Vec<(&'a str, u32)>,
}

impl<'a> Spellings<'a> {
    /// The term of `spelling`, if it was met before.
    #[inline]
    pub fn find(&self, spelling: &str) -> Option<u32> {
        let forms = &self.forms;
        self.table
            .find(spelling.as_bytes(), |i| forms[i as usize].0.as_bytes())
            .map(|i| forms[i as usize].1)
    }

    /// Records that `spelling`, new, folds to `term`.
    pub fn insert(&mut self, spelling: &'a str, term: u32) {
        let i = self.forms.len() as u32;
        self.forms.push((spelling, term));
        let forms = &self.forms;
        self.table
            .insert(i, spelling.as_bytes(), |i| forms[i as usize].0.as_bytes());
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

    #[test]
    fn spellings_find_what_was_met_and_nothing_else() {
        let text = String::from(
            "Jugend JUGEND jugendarbeitsgemeinschaft \u{308} Jugendarbeitsgemeinschaft",
        );
        let mut spellings = Spellings::default();
        let words: Vec<&str> = text.split(' ').collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(spellings.find(w), None, "{w}");
            spellings.insert(w, if i == 3 { NO_TERM } else { i as u32 % 2 });
        }
        for (i, w) in words.iter().enumerate() {
            let expected = if i == 3 { NO_TERM } else { i as u32 % 2 };
            assert_eq!(spellings.find(w), Some(expected), "{w}");
        }
        for other in ["jugend", "Jugenb", "jugendarbeitsgemeinschafT", "JUGEN"] {
            assert_eq!(spellings.find(other), None, "{other}");
        }
    }
}
