//! Every number that decides the order of results, in one place: BM25's
//! two parameters, the weight of each field, the factor of each kind of
//! match, and the budgets that bound a query's work. Tuned on the
//! benchmarks in BENCHMARKS.md (never on particular entries); a change here
//! is a change of ranking, to be measured there.
//!
//! A result's score is the sum over the query's words of the best-matching
//! term's BM25F score times its match factor, plus [`OTHER_MATCHES`] of the
//! rest. Its rank, for a query of one or two words (a name being typed):
//! how many of the words it matches, then its score, then its place in the
//! dataset; for a longer one (a question, [`LONG_QUERY`]): its score times
//! the share of the words it matches to the power [`COVERAGE_POWER`], then
//! its place.

use super::fields::Field;

/// BM25 saturation: how quickly more occurrences of a word stop counting.
pub const K1: f32 = 2.0;
/// BM25 length normalisation: how much a long field's words count less.
pub const B: f32 = 0.75;

/// BM25F weight of a field: the name counts most, then caption and
/// summary, then topics, target groups and actors, then the long texts.
pub fn field_weight(field: Field) -> f32 {
    match field {
        Field::Name => 4.0,
        Field::Caption | Field::Summary => 2.5,
        Field::Topics | Field::TargetGroups | Field::Actors => 2.0,
        Field::Level => 1.5,
        Field::Projects | Field::Facts => 1.2,
        Field::Description => 1.0,
    }
}

/// How a typed word matched a word of an entry, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// The same word (after folding).
    Exact,
    /// Another form of the same word (same German stem).
    Stem,
    /// The start of a longer word, for the word still being typed.
    Prefix,
    /// A part of a compound word ("Arbeit" in "Jugendarbeit").
    Compound,
    /// The word with one or two typing mistakes.
    Typo,
}

impl MatchKind {
    /// Score factor; `coverage` (0–1) is how much of the matched word the
    /// typed word covers, to prefer "Generation" over "Generationennetzwerk"
    /// for "Gener" without ever crossing into the next kind.
    pub fn factor(self, coverage: f32) -> f32 {
        match self {
            MatchKind::Exact => 1.0,
            MatchKind::Stem => 0.7,
            MatchKind::Prefix => 0.5 + 0.1 * coverage,
            MatchKind::Compound => 0.35 + 0.1 * coverage,
            MatchKind::Typo => 0.3 * coverage,
        }
    }
}

/// The factor of a typo match at one edit; two edits count 0.66 of it.
pub const TWO_EDITS: f32 = 0.66;

/// Weight of a word's further matching terms in one entry, beside its best.
pub const OTHER_MATCHES: f32 = 0.25;

/// How many postings a query may read per word, shared by its words
/// (`EXPANSION_POSTINGS / words`), or half the number of entries if that is
/// more. A word's exact and inflected matches are always read and count
/// against its share; prefixes, compound parts and typos fill the rest,
/// closest first. Enough for every expansion of a specific word; a prefix of
/// one or two letters keeps its closest ones. Bounds the time of the
/// broadest queries. Growing with the data keeps compounds in reach when
/// common words alone have tens of thousands of postings: at 50,000 networks
/// a fixed 6,000 cut "Sprachförderung" from "Foerderung" (recall@5 0.76
/// against 0.91 now, BENCHMARKS.md), for about 0.15 ms more at the median.
pub const EXPANSION_POSTINGS: u32 = 6_000;

/// From this many words that count (function words do not), a query is a
/// question or a description rather than a name being typed: entries are
/// ranked by score times the share of its words they match to the power
/// [`COVERAGE_POWER`], so that an entry that matches all words by their
/// commonest ones no longer comes before one that matches the rarest.
/// Shorter queries rank entries matching more words first, as typed names
/// need.
pub const LONG_QUERY: u32 = 3;
/// See [`LONG_QUERY`]. Tuned on the training questions of the OMoS-QA
/// benchmark (MRR@10 de / en: 0.634 / 0.601 at 1, 0.653 / 0.612 at 0.5,
/// 0.664 / 0.624 at 0.25, 0.664 / 0.622 at 0, where only the score counts):
/// a little of the share still breaks near-ties.
pub const COVERAGE_POWER: f32 = 0.25;
