//! Building the index: vocabulary, BM25F postings, and the side indexes that
//! find stems, prefixes, compound parts and typos without scanning the
//! vocabulary.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

use super::fields::{documents, for_each_field, DocRef, Field, FIELDS, FIELD_COUNT};
use super::normalize::{for_each_span, is_stopword, Tokenizer};
use super::ranking::{field_weight, B, K1};
use super::scratch::ScratchPool;
use super::typo::{for_each_deletion_hash, index_depth};
use super::vocabulary::{Spellings, Term, Words, NO_TERM};
use crate::directory::Directory;
use crate::model::Language;

/// Texts up to this many bytes are tokenised once per distinct `String`.
const SHARED_TEXT_MAX: usize = 96;

/// Whether a field's texts belong to something many entries share (a topic,
/// a target group, an actor, a level, a project), so that remembering their
/// words pays; an entry's own texts are read once.
fn shared_field(field: Field) -> bool {
    match field {
        Field::Topics | Field::TargetGroups | Field::Actors | Field::Level | Field::Projects => {
            true
        }
        Field::Name | Field::Caption | Field::Summary | Field::Facts | Field::Description => false,
    }
}

/// A term's occurrences in one field of one document, while building.
struct RawPosting {
    doc: u32,
    field: u8,
    count: u16,
}

/// Counts one occurrence of term `t` in field `fi` of document `d`.
fn record(
    raw: &mut [Vec<RawPosting>],
    lens: &mut [u16; FIELD_COUNT],
    stop: &[bool],
    t: u32,
    d: u32,
    fi: u8,
) {
    lens[fi as usize] = lens[fi as usize].saturating_add(1);
    if stop[t as usize] {
        return;
    }
    let list = &mut raw[t as usize];
    match list.last_mut() {
        Some(last) if last.doc == d && last.field == fi => {
            last.count = last.count.saturating_add(1)
        }
        _ => list.push(RawPosting {
            doc: d,
            field: fi,
            count: 1,
        }),
    }
}

/// Counts a word of a translated text in field `fi` of document `d` only
/// where the document has no such word yet (its German texts come first),
/// and without lengthening the field: a translation adds ways to find an
/// entry (English words), but a German query ranks entries as it would
/// without translations, even where a translation repeats German names
/// ("Treffpunkt Generationen Jena") or words that fold alike ("generations").
fn record_translated(raw: &mut [Vec<RawPosting>], stop: &[bool], t: u32, d: u32, fi: u8) {
    if stop[t as usize] {
        return;
    }
    let list = &mut raw[t as usize];
    if list.last().is_none_or(|p| p.doc != d) {
        list.push(RawPosting {
            doc: d,
            field: fi,
            count: 1,
        });
    }
}

/// One entry of a term's posting list.
#[derive(Debug, Clone, Copy)]
pub(super) struct Posting {
    /// Document number (position in [`SearchIndex::docs`]).
    pub doc: u32,
    /// idf × saturated BM25F term frequency: the score of an exact match.
    pub score: f32,
}

/// The search index over a [`Directory`].
pub struct SearchIndex {
    /// Documents in tie-break order.
    pub(super) docs: Vec<DocRef>,
    pub(super) terms: Vec<Term>,
    /// Term numbers by text.
    pub(super) words: Words,
    /// Posting lists, one after another; term `t` owns
    /// `postings[offsets[t]..offsets[t + 1]]`.
    pub(super) offsets: Vec<u32>,
    pub(super) postings: Vec<Posting>,
    /// Terms grouped by German stem.
    pub(super) terms_by_stem: FxHashMap<Box<str>, Vec<u32>>,
    pub(super) stemmer: Stemmer,
    /// Term ids sorted by text, for prefix ranges.
    pub(super) sorted: Vec<u32>,
    /// Terms by letter trigram, for compound parts.
    pub(super) trigrams: FxHashMap<[char; 3], Vec<u32>>,
    /// `(deletion hash << 32) | term`, sorted, for typo candidates.
    pub(super) deletions: Vec<u64>,
    /// Per-query buffers, reused.
    pub(super) scratch: ScratchPool,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("documents", &self.docs.len())
            .field("vocabulary", &self.terms.len())
            .field("postings", &self.postings.len())
            .finish_non_exhaustive()
    }
}

/// Calls `f` with each letter trigram of `word`.
pub(super) fn for_each_trigram(word: &[char], mut f: impl FnMut([char; 3])) {
    for w in word.windows(3) {
        f([w[0], w[1], w[2]]);
    }
}

/// `values` sorted: counted into buckets by their top bits (about one
/// bucket per four values, at most 65,536), then each small bucket sorted by
/// itself. The typo index's `hash << 32 | term` values are spread evenly by
/// the hash; with a comparison sort, sorting the 100,000 of them at 10,000
/// entries was a fifth of the build's instructions.
fn sort_by_high_bits(values: &[u64]) -> Vec<u64> {
    let bits = (usize::BITS - values.len().leading_zeros())
        .saturating_sub(2)
        .clamp(1, 16);
    let shift = 64 - bits;
    let mut starts = vec![0usize; (1 << bits) + 1];
    for &x in values {
        starts[(x >> shift) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next = starts.clone();
    let mut out = vec![0u64; values.len()];
    for &x in values {
        let b = (x >> shift) as usize;
        out[next[b]] = x;
        next[b] += 1;
    }
    for w in starts.windows(2) {
        out[w[0]..w[1]].sort_unstable();
    }
    out
}

impl SearchIndex {
    /// Indexes every network and actor of `dir`.
    pub fn new(dir: &Directory) -> Self {
        let docs: Vec<DocRef> = documents(dir.data()).collect();
        let mut terms: Vec<Term> = Vec::new();
        let mut words = Words::default();

        // Pass 1: per term, (document, field, count) in document order, and
        // the length of every field of every document. Function words are
        // counted in lengths but get no postings: they never decide a hit.
        // Short texts shared by many entries (topic labels, actor names) are
        // the same `String` in the dataset: their words are looked up once,
        // keyed by address, which is stable while `dir` is borrowed. Every
        // other word is looked up as it is spelled (`Spellings`) and folded
        // only the first time the data spells it so.
        let mut raw: Vec<Vec<RawPosting>> = Vec::new();
        // Each term's `stop`, apart: read for every word, and small enough
        // to stay in the nearest cache.
        let mut stop: Vec<bool> = Vec::new();
        let mut field_lens: Vec<[u16; FIELD_COUNT]> = Vec::with_capacity(docs.len());
        let mut shared: FxHashMap<(usize, usize), (u32, u32)> = FxHashMap::default();
        let mut shared_terms: Vec<u32> = Vec::new();
        let mut tokenizer = Tokenizer::default();
        let mut spellings = Spellings::default();
        for (d, &doc) in docs.iter().enumerate() {
            let d = d as u32;
            let mut lens = [0u16; FIELD_COUNT];
            for_each_field(dir, doc, |field, value, text| {
                let fi = field.index() as u8;
                let original = value.lang == Language::De;
                let key = (text.as_ptr() as usize, text.len());
                let short = text.len() <= SHARED_TEXT_MAX && shared_field(field);
                if let Some(&(from, to)) = short.then(|| shared.get(&key)).flatten() {
                    for &t in &shared_terms[from as usize..to as usize] {
                        if original {
                            record(&mut raw, &mut lens, &stop, t, d, fi);
                        } else {
                            record_translated(&mut raw, &stop, t, d, fi);
                        }
                    }
                    return;
                }
                let from = shared_terms.len() as u32;
                for_each_span(text, |s, e| {
                    let spelling = &text[s..e];
                    let t = match spellings.find(spelling) {
                        Some(t) => t,
                        None => {
                            let folded = tokenizer.fold(spelling);
                            let t = if folded.is_empty() {
                                NO_TERM
                            } else if let Some(t) = words.find(&terms, folded) {
                                t
                            } else {
                                let t = terms.len() as u32;
                                terms.push(Term {
                                    text: folded.into(),
                                    display: spelling.into(),
                                    len: folded.chars().count() as u16,
                                    df: 0,
                                    stop: is_stopword(folded),
                                });
                                words.insert(&terms, t);
                                stop.push(terms[t as usize].stop);
                                raw.push(Vec::new());
                                t
                            };
                            spellings.insert(spelling, t);
                            t
                        }
                    };
                    if t == NO_TERM {
                        return;
                    }
                    if short {
                        shared_terms.push(t);
                    }
                    if original {
                        record(&mut raw, &mut lens, &stop, t, d, fi);
                    } else {
                        record_translated(&mut raw, &stop, t, d, fi);
                    }
                });
                if short {
                    shared.insert(key, (from, shared_terms.len() as u32));
                }
            });
            field_lens.push(lens);
        }
        drop(shared);
        drop(shared_terms);
        drop(spellings);

        // Average field lengths, for BM25F's length normalisation.
        let mut avg = [0f32; FIELD_COUNT];
        for lens in &field_lens {
            for (a, &l) in avg.iter_mut().zip(lens) {
                *a += f32::from(l);
            }
        }
        let weights: [f32; FIELD_COUNT] = std::array::from_fn(|i| field_weight(FIELDS[i]));
        let inv_avg: [f32; FIELD_COUNT] =
            std::array::from_fn(|i| docs.len().max(1) as f32 / avg[i].max(1.0));

        // Pass 2, term by term: BM25F pseudo-frequency per document, saturated,
        // times idf, written straight into one flat posting array.
        let n = docs.len() as f32;
        let mut offsets: Vec<u32> = Vec::with_capacity(terms.len() + 1);
        offsets.push(0);
        let mut postings: Vec<Posting> = Vec::with_capacity(raw.iter().map(Vec::len).sum());
        for (term, list) in terms.iter_mut().zip(raw) {
            let first = postings.len();
            for entry in &list {
                let f = entry.field as usize;
                let norm = weights[f]
                    / (1.0 - B + B * f32::from(field_lens[entry.doc as usize][f]) * inv_avg[f]);
                let pseudo = f32::from(entry.count) * norm;
                let same_doc =
                    postings.len() > first && postings.last().is_some_and(|p| p.doc == entry.doc);
                match postings.last_mut() {
                    // The same document in another field: add up before saturating.
                    Some(p) if same_doc => p.score += pseudo,
                    _ => postings.push(Posting {
                        doc: entry.doc,
                        score: pseudo,
                    }),
                }
            }
            term.df = (postings.len() - first) as u32;
            let df = term.df as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            for p in &mut postings[first..] {
                p.score = idf * p.score * (K1 + 1.0) / (K1 + p.score);
            }
            offsets.push(postings.len() as u32);
        }

        // Side indexes.
        let stemmer = Stemmer::create(Algorithm::German);
        let mut terms_by_stem: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut trigrams: FxHashMap<[char; 3], Vec<u32>> = FxHashMap::default();
        let mut deletions: Vec<u64> = Vec::new();
        let mut chars: Vec<char> = Vec::new();
        for (t, term) in terms.iter().enumerate() {
            let t = t as u32;
            terms_by_stem
                .entry(stemmer.stem(&term.text).into())
                .or_default()
                .push(t);
            chars.clear();
            chars.extend(term.text.chars());
            for_each_trigram(&chars, |g| {
                let list = trigrams.entry(g).or_default();
                if list.last() != Some(&t) {
                    list.push(t);
                }
            });
            for_each_deletion_hash(&chars, index_depth(chars.len()), |h| {
                deletions.push((u64::from(h) << 32) | u64::from(t));
            });
        }
        let mut deletions = sort_by_high_bits(&deletions);
        deletions.dedup();
        let mut sorted: Vec<u32> = (0..terms.len() as u32).collect();
        sorted.sort_unstable_by(|&a, &b| terms[a as usize].text.cmp(&terms[b as usize].text));

        Self {
            docs,
            terms,
            words,
            offsets,
            postings,
            terms_by_stem,
            stemmer,
            sorted,
            trigrams,
            deletions,
            scratch: ScratchPool::default(),
        }
    }

    /// Number of indexed documents (networks and actors).
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Number of distinct words.
    pub fn vocabulary_len(&self) -> usize {
        self.terms.len()
    }

    /// The number of the vocabulary word `folded`, if the data has it.
    pub(super) fn term_id(&self, folded: &str) -> Option<u32> {
        self.words.find(&self.terms, folded)
    }

    /// The posting list of term `t`.
    pub(super) fn postings_of(&self, t: u32) -> &[Posting] {
        &self.postings[self.offsets[t as usize] as usize..self.offsets[t as usize + 1] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_high_bits;

    #[test]
    fn sort_by_high_bits_sorts() {
        // A fixed pseudo-random sequence with repeats and equal high bits.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut values: Vec<u64> = (0..5_000)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if i % 7 == 0 {
                    x & 0xffff_0000_0000_00ff
                } else {
                    x
                }
            })
            .collect();
        values.extend([0, u64::MAX, 0, 1 << 48]);
        for len in [0, 1, 2, 7, 100, values.len()] {
            let mut expected = values[..len].to_vec();
            expected.sort_unstable();
            assert_eq!(sort_by_high_bits(&values[..len]), expected, "{len}");
        }
    }
}
