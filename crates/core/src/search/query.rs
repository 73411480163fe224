//! Answering a query: typed words → matching vocabulary words (by kind) →
//! BM25F scores per entry → ranking, marks and "Meinten Sie …?".

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::fields::{for_each_field, DocRef, Field, Value};
use super::index::{for_each_trigram, SearchIndex};
use super::normalize::{for_each_word, is_stopword};
use super::ranking::{
    MatchKind, COVERAGE_POWER, EXPANSION_POSTINGS, LONG_QUERY, OTHER_MATCHES, TWO_EDITS,
};
use super::scratch::{Acc, Scratch};
use super::typo::{allowed_edits, distance_within, for_each_deletion_hash};
use crate::directory::Directory;

/// The shortest part of a compound query word looked up on its own.
const MIN_PART: usize = 4;

/// At most this many words of a query are used; the rest is ignored.
pub const MAX_QUERY_WORDS: usize = 16;

/// A typed word.
#[derive(Debug)]
struct QueryWord {
    /// As typed, for suggestions.
    typed: String,
    folded: String,
    chars: Vec<char>,
    /// A function word among others: found, but never decisive.
    stop: bool,
    /// The last word with no space after it: still being typed.
    prefix: bool,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The network or actor.
    pub doc: DocRef,
    /// Relevance; only comparable within one query.
    pub score: f32,
    /// How many of the query's (non-function) words this entry matches.
    pub words_matched: u32,
}

/// The answer to one query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// Number of matching entries (may exceed `hits.len()`).
    pub total: usize,
    /// The best entries, best first.
    pub hits: Vec<Hit>,
    /// Number of words in the query that count for ranking.
    pub words: u32,
    /// Vocabulary words that matched, sorted, each with the query's words
    /// it matched (bit `i`: the `i`-th), for marking.
    matched_terms: Vec<(u32, u32)>,
    /// A corrected query when nothing was found and a near word exists.
    pub suggestion: Option<String>,
}

impl Results {
    /// Whether the entry matches every word of the query.
    pub fn matches_all(&self, hit: &Hit) -> bool {
        hit.words_matched == self.words
    }
}

/// A field value of an entry with the byte ranges to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldMatch {
    /// Which field.
    pub field: Field,
    /// Which value of the field (its language, the n-th topic, ...).
    pub value: Value,
    /// The text of that value (owned, so that a page can keep the marks of
    /// a result as long as it shows it).
    pub text: String,
    /// Byte ranges of matched words in `text`, in order, on char boundaries.
    pub spans: Vec<(usize, usize)>,
    /// For each span, the query's words it matched (bit `i`: the `i`-th).
    pub words: Vec<u32>,
}

/// An entry's rank: more matched words, then a higher score, then earlier
/// in the dataset is better ("greater").
#[derive(Debug, Clone, Copy)]
struct Ranked {
    words: u32,
    score: f32,
    doc: u32,
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.words
            .cmp(&other.words)
            .then(self.score.total_cmp(&other.score))
            .then(other.doc.cmp(&self.doc))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

fn parse(query: &str) -> Vec<QueryWord> {
    let mut words: Vec<QueryWord> = Vec::new();
    let mut last_end = 0;
    for_each_word(query, |s, e, folded| {
        last_end = e;
        if words.len() < MAX_QUERY_WORDS && !words.iter().any(|w| w.folded == folded) {
            words.push(QueryWord {
                typed: query[s..e].to_owned(),
                folded: folded.to_owned(),
                chars: folded.chars().collect(),
                stop: is_stopword(folded),
                prefix: false,
            });
        }
    });
    // Function words are decisive only if the query has nothing else.
    if words.iter().all(|w| w.stop) {
        for w in &mut words {
            w.stop = false;
        }
    }
    if last_end == query.len() {
        if let Some(w) = words.last_mut() {
            w.prefix = true;
        }
    }
    words
}

impl SearchIndex {
    /// Finds entries for `query`, returning at most `limit` hits, best first:
    /// entries matching more words first, then by score, then in dataset order.
    pub fn search(&self, query: &str, limit: usize) -> Results {
        self.search_where(query, limit, |_| true)
    }

    /// Like [`search`](Self::search), but ranks and counts only the entries
    /// `keep` accepts (filters). `keep` sees every entry the query matches,
    /// once, so a caller can also collect them (for facet counts) without
    /// asking for all hits in ranked order. (`keep` must not search: the
    /// index's scratch space is in use while it runs.)
    pub fn search_where(
        &self,
        query: &str,
        limit: usize,
        mut keep: impl FnMut(DocRef) -> bool,
    ) -> Results {
        let words = parse(query);
        if words.is_empty() {
            return Results::default();
        }
        let mut guard = self.scratch.0.lock().unwrap_or_else(|e| e.into_inner());
        let s = &mut *guard;
        let n = self.docs.len();
        if s.acc.len() != n {
            *s = Scratch {
                acc: vec![Acc::default(); n],
                ..Scratch::default()
            };
        }

        let mut matched_terms: Vec<(u32, u32)> = Vec::new();
        let mut unmatched: Vec<usize> = Vec::new();
        let mut candidates: Vec<(u32, f32)> = Vec::new();
        let mut counted = 0u32;
        let Scratch {
            acc,
            touched,
            word_touched,
        } = s;
        let budget = EXPANSION_POSTINGS.max(n as u32 / 2)
            / words.iter().filter(|w| !w.stop).count().max(1) as u32;
        for (wi, word) in words.iter().enumerate() {
            self.candidates(word, budget, &mut candidates);
            if candidates.is_empty() {
                unmatched.push(wi);
            }
            if !word.stop {
                counted += 1;
                matched_terms.extend(candidates.iter().map(|&(t, _)| (t, 1u32 << wi)));
            }
            // This word's score per entry: its best-matching term, plus a
            // little for every other term it matches there ("Jugendliche" and
            // "Jugendarbeit" in one entry say more than either alone).
            for &(t, factor) in &candidates {
                for p in self.postings_of(t) {
                    let a = &mut acc[p.doc as usize];
                    let score = p.score * factor;
                    if a.sum == 0.0 {
                        word_touched.push(p.doc);
                    }
                    a.sum += score;
                    if score > a.best {
                        a.best = score;
                    }
                }
            }
            let bit = if word.stop { 0 } else { 1u32 << wi };
            for &d in word_touched.iter() {
                let a = &mut acc[d as usize];
                if a.total == 0.0 && a.cover == 0 {
                    touched.push(d);
                }
                a.total += a.best + OTHER_MATCHES * (a.sum - a.best);
                a.cover |= bit;
                a.best = 0.0;
                a.sum = 0.0;
            }
            word_touched.clear();
        }

        // A long query's weight per number of words matched, computed once
        // (a power per entry would cost more than the scoring itself).
        let long = counted >= LONG_QUERY;
        let share_weight: Vec<f32> = (0..=counted)
            .map(|w| (w as f32 / counted.max(1) as f32).powf(COVERAGE_POWER))
            .collect();
        // The best `limit` entries, kept in a small heap while counting all.
        let mut total_hits = 0;
        let mut best_hits: BinaryHeap<Reverse<Ranked>> = BinaryHeap::with_capacity(limit + 1);
        for &d in touched.iter() {
            let d = d as usize;
            let a = std::mem::take(&mut acc[d]);
            if a.cover != 0 && keep(self.docs[d]) {
                total_hits += 1;
                let words = a.cover.count_ones();
                let ranked = if long {
                    Ranked {
                        words: 0,
                        score: a.total * share_weight[words as usize],
                        doc: d as u32,
                    }
                } else {
                    Ranked {
                        words,
                        score: a.total,
                        doc: d as u32,
                    }
                };
                if best_hits.len() < limit {
                    best_hits.push(Reverse(ranked));
                } else if best_hits.peek().is_some_and(|worst| ranked > worst.0) {
                    best_hits.pop();
                    best_hits.push(Reverse(ranked));
                }
            }
        }
        touched.clear();
        drop(guard);
        let hits: Vec<Hit> = best_hits
            .into_sorted_vec()
            .into_iter()
            .map(|Reverse(r)| Hit {
                doc: self.docs[r.doc as usize],
                score: r.score,
                words_matched: r.words,
            })
            .collect();
        let total = total_hits;
        matched_terms.sort_unstable();
        matched_terms.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 |= later.1;
            }
            same
        });
        let suggestion = if total == 0 {
            self.suggest(&words, &unmatched)
        } else {
            None
        };
        Results {
            total,
            hits,
            words: counted,
            matched_terms,
            suggestion,
        }
    }

    /// Vocabulary words that `word` matches, each with its score factor
    /// (the best kind wins when several apply). The exact word and its
    /// inflections always count; prefixes, compound parts and typos are
    /// admitted best first (highest factor, then vocabulary order) while the
    /// postings of everything admitted stay within `budget`; with no exact or
    /// inflected match, the best expansion is admitted whatever its size.
    /// So a one-letter prefix stays fast.
    fn candidates(&self, word: &QueryWord, budget: u32, out: &mut Vec<(u32, f32)>) {
        out.clear();
        let exact = self.term_id(&word.folded);
        if let Some(t) = exact {
            out.push((t, MatchKind::Exact.factor(1.0)));
        }
        // A function word still being typed may be the start of another
        // ("be" of "Beratung"): its prefixes count (within the budget), and
        // it still decides nothing.
        let only_prefixes = word.stop;
        if only_prefixes && !word.prefix {
            return;
        }
        let len = word.chars.len();
        let stem = self.stemmer.stem(&word.folded);
        if let Some(list) = self
            .terms_by_stem
            .get(stem.as_ref())
            .filter(|_| !only_prefixes)
        {
            out.extend(
                list.iter()
                    .filter(|&&t| Some(t) != exact)
                    .map(|&t| (t, MatchKind::Stem.factor(1.0))),
            );
        }
        let direct = out.len();
        if word.prefix {
            self.prefixes(word, exact, out);
        }
        // Compound parts: the stem ("sprachbruck") inside longer words.
        let part: &str = if stem.chars().count() >= 4 {
            &stem
        } else {
            &word.folded
        };
        let part_chars: Vec<char> = part.chars().collect();
        if part_chars.len() >= 4 && !only_prefixes {
            let mut rarest: Option<&Vec<u32>> = None;
            let mut missing = false;
            for_each_trigram(&part_chars, |g| match self.trigrams.get(&g) {
                Some(list) if rarest.is_none_or(|r| list.len() < r.len()) => rarest = Some(list),
                Some(_) => {}
                None => missing = true,
            });
            if let (Some(list), false) = (rarest, missing) {
                for &t in list {
                    if Some(t) != exact && self.terms[t as usize].text.contains(part) {
                        out.push((
                            t,
                            MatchKind::Compound.factor(self.coverage(part_chars.len(), t)),
                        ));
                    }
                }
            }
        }
        // The query word as a compound of words the data has apart
        // ("Deutschkurse" → "deutsch", "kurse"), with or without a linking
        // "s" ("Arbeitsmarkt" → "arbeit", "markt").
        if len >= 2 * MIN_PART && !only_prefixes {
            // Each split with at least MIN_PART letters on either side.
            let splits = word.folded.char_indices().map(|(at, _)| at);
            for at in splits.skip(MIN_PART).take(len + 1 - 2 * MIN_PART) {
                let (left, right) = word.folded.split_at(at);
                let right = self.term_id(right).or_else(|| {
                    right
                        .strip_prefix('s')
                        .filter(|r| r.chars().count() >= MIN_PART)
                        .and_then(|r| self.term_id(r))
                });
                if let (Some(l), Some(r)) = (self.term_id(left), right) {
                    for t in [l, r] {
                        if !self.terms[t as usize].stop {
                            out.push((t, MatchKind::Compound.factor(self.coverage(len / 2, t))));
                        }
                    }
                }
            }
        }
        // Typos, only for words the data does not have as typed.
        let edits = allowed_edits(len);
        if exact.is_none() && edits > 0 && !only_prefixes {
            self.typo_terms(&word.chars, edits, |t, d| {
                // One edit scores above two.
                out.push((
                    t,
                    MatchKind::Typo.factor(if d == 1 { 1.0 } else { TWO_EDITS }),
                ));
            });
        }
        // One entry per term, with its best factor.
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        out.dedup_by_key(|c| c.0);
        // Within the budget: the best expansions first, ties by vocabulary order.
        let budget_used: u32 = out
            .iter()
            .filter(|c| c.1 >= MatchKind::Stem.factor(1.0))
            .map(|c| self.terms[c.0 as usize].df)
            .sum();
        if out.len() > direct {
            out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut used = budget_used;
            out.retain(|&(t, factor)| {
                if factor >= MatchKind::Stem.factor(1.0) {
                    return true;
                }
                let df = self.terms[t as usize].df;
                let admit = used == 0 || used + df <= budget;
                if admit {
                    used += df;
                }
                admit
            });
        }
        if only_prefixes {
            out.retain(|&(t, _)| !self.terms[t as usize].stop);
        }
    }

    /// The vocabulary words that start with `word` (but `exact`).
    fn prefixes(&self, word: &QueryWord, exact: Option<u32>, out: &mut Vec<(u32, f32)>) {
        let len = word.chars.len();
        let from = self
            .sorted
            .partition_point(|&t| *self.terms[t as usize].text < *word.folded);
        for &t in self.sorted[from..]
            .iter()
            .take_while(|&&t| self.terms[t as usize].text.starts_with(&*word.folded))
        {
            if Some(t) != exact {
                out.push((t, MatchKind::Prefix.factor(self.coverage(len, t))));
            }
        }
    }

    /// How much of term `t` a typed part of `len` letters covers.
    fn coverage(&self, len: usize, t: u32) -> f32 {
        (len as f32 / f32::from(self.terms[t as usize].len.max(1))).min(1.0)
    }

    /// Calls `f(term, edits)` for every vocabulary word 1 to `edits` (at most
    /// 2) edits away from `chars`, found through the deletion index.
    fn typo_terms(&self, chars: &[char], edits: usize, mut f: impl FnMut(u32, usize)) {
        let mut seen: Vec<u32> = Vec::new();
        for_each_deletion_hash(chars, edits, |h| {
            let key = u64::from(h) << 32;
            let from = self.deletions.partition_point(|&x| x < key);
            for &x in self.deletions[from..]
                .iter()
                .take_while(|&&x| x >> 32 == u64::from(h))
            {
                let t = x as u32;
                if !seen.contains(&t) {
                    seen.push(t);
                }
            }
        });
        let mut term_chars: Vec<char> = Vec::new();
        for t in seen {
            term_chars.clear();
            term_chars.extend(self.terms[t as usize].text.chars());
            if let Some(d) = distance_within(chars, &term_chars, edits) {
                if d > 0 {
                    f(t, d);
                }
            }
        }
    }

    /// "Meinten Sie …?": replaces each word that matched nothing by the
    /// nearest vocabulary word, up to two edits away (one for words of three
    /// or four letters), preferring frequent words. `None` if nothing changed.
    fn suggest(&self, words: &[QueryWord], unmatched: &[usize]) -> Option<String> {
        let mut replaced = false;
        let mut out: Vec<&str> = words.iter().map(|w| w.typed.as_str()).collect();
        for &wi in unmatched {
            let w = &words[wi];
            let edits = match w.chars.len() {
                0..=2 => continue,
                3..=4 => 1,
                _ => 2,
            };
            let mut best: Option<(usize, std::cmp::Reverse<u32>, u32)> = None;
            self.typo_terms(&w.chars, edits, |t, d| {
                let term = &self.terms[t as usize];
                let key = (d, std::cmp::Reverse(term.df), t);
                if !term.stop && best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            });
            if let Some((_, _, t)) = best {
                out[wi] = &self.terms[t as usize].display;
                replaced = true;
            }
        }
        replaced.then(|| out.join(" "))
    }

    /// Every field value of `doc` with the words this query matched, for
    /// marking them and for saying where an entry was found.
    pub fn highlights(&self, dir: &Directory, doc: DocRef, results: &Results) -> Vec<FieldMatch> {
        let mut out = Vec::new();
        if results.matched_terms.is_empty() {
            return out;
        }
        for_each_field(dir, doc, |field, value, text| {
            let mut spans = Vec::new();
            let mut words = Vec::new();
            for_each_word(text, |s, e, folded| {
                if let Some(t) = self.term_id(folded) {
                    if let Ok(i) = results.matched_terms.binary_search_by_key(&t, |m| m.0) {
                        spans.push((s, e));
                        words.push(results.matched_terms[i].1);
                    }
                }
            });
            if !spans.is_empty() {
                out.push(FieldMatch {
                    field,
                    value,
                    text: text.to_owned(),
                    spans,
                    words,
                });
            }
        });
        out
    }
}
