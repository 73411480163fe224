//! Why a long entry matched: the best passage of its long texts for a
//! search, a sentence or two with the most of the query's words. A card
//! shows it in place of the summary when the words were found there and not
//! in what the card shows anyway.

use super::fields::Field;
use super::query::FieldMatch;
use crate::language::Language;

/// A passage shorter than this many bytes takes a neighbouring sentence too.
const SHORT: usize = 90;
/// A passage is cut, at words, to at most about this many bytes.
const LONG: usize = 300;

/// A passage of a field's text with the matched words' byte ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// The field it is from.
    pub field: Field,
    /// The language of its text.
    pub lang: Language,
    /// The passage.
    pub text: String,
    /// Byte ranges of matched words in `text`, in order.
    pub spans: Vec<(usize, usize)>,
    /// Whether text before it was left out.
    pub cut_before: bool,
    /// Whether text after it was left out.
    pub cut_after: bool,
}

/// Byte ranges of the sentences of `text`. A sentence ends at ".", "!" or
/// "?" followed by a space and a capital letter, unless the word before the
/// full stop is a single letter ("e. V.", "z. B.").
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for i in 0..chars.len() {
        let (at, c) = chars[i];
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next_is_space = chars.get(i + 1).is_some_and(|&(_, n)| n.is_whitespace());
        let then_capital = chars.get(i + 2).is_some_and(|&(_, n)| n.is_uppercase());
        let word_before = chars[..i]
            .iter()
            .rev()
            .take_while(|&&(_, p)| p.is_alphanumeric())
            .count();
        if next_is_space && then_capital && (c != '.' || word_before > 1) {
            out.push((start, at + c.len_utf8()));
            start = chars[i + 2].0;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Cuts `range` of `text` to about [`LONG`] bytes around the first span in
/// it, at spaces; returns the new range.
fn cut(text: &str, (start, end): (usize, usize), spans: &[(usize, usize)]) -> (usize, usize) {
    if end - start <= LONG {
        return (start, end);
    }
    let first = spans.iter().find(|s| s.0 >= start).map_or(start, |s| s.0);
    let mut from = first.saturating_sub(LONG / 3).max(start);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    if from > start {
        from = text[from..first].find(' ').map_or(from, |i| from + i + 1);
    }
    let mut to = (from + LONG).min(end);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    if to < end {
        to = text[from..to].rfind(' ').map_or(to, |i| from + i);
    }
    (from, to)
}

/// The best passage of the `long` fields among `marks` (a search's marks of
/// one entry): the sentence with the most of the query's words (then the
/// most matches), in language `ui` where the search matched there, else in
/// the language it matched; `None` unless it holds a query word that the
/// `on_card` fields' marks do not already show.
pub fn best_passage(
    marks: &[FieldMatch],
    long: &[Field],
    on_card: &[Field],
    ui: Language,
) -> Option<Passage> {
    let shown = marks
        .iter()
        .filter(|m| on_card.contains(&m.field))
        .flat_map(|m| m.words.iter())
        .fold(0u32, |all, w| all | w);
    let candidates: Vec<&FieldMatch> = marks.iter().filter(|m| long.contains(&m.field)).collect();
    let in_ui = candidates.iter().any(|m| m.value.lang == ui);
    // (query words, matches) of the best sentence so far.
    let mut best: Option<((u32, usize), &FieldMatch, usize)> = None;
    for m in candidates
        .into_iter()
        .filter(|m| !in_ui || m.value.lang == ui)
    {
        let parts = sentences(&m.text);
        for (i, &(s, e)) in parts.iter().enumerate() {
            let (mut found, mut matches) = (0u32, 0usize);
            for (&(a, b), &w) in m.spans.iter().zip(&m.words) {
                if a >= s && b <= e {
                    found |= w;
                    matches += 1;
                }
            }
            let key = (found.count_ones(), matches);
            if found & !shown != 0 && best.as_ref().is_none_or(|b| key > b.0) {
                best = Some((key, m, i));
            }
        }
    }
    let (_, m, i) = best?;
    let parts = sentences(&m.text);
    let (mut start, mut end) = parts[i];
    if end - start < SHORT {
        if let Some(&(_, e)) = parts.get(i + 1) {
            end = e;
        } else if i > 0 {
            start = parts[i - 1].0;
        }
    }
    let (start, end) = cut(&m.text, (start, end), &m.spans);
    let text = m.text[start..end].trim_end().to_owned();
    let spans = m
        .spans
        .iter()
        .filter(|&&(a, b)| a >= start && b <= start + text.len())
        .map(|&(a, b)| (a - start, b - start))
        .collect();
    Some(Passage {
        field: m.field,
        lang: m.value.lang,
        cut_before: start > 0,
        cut_after: start + text.len() < m.text.len(),
        text,
        spans,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Value;

    /// `text` with `words` marked, the `i`-th as the query's `i`-th word.
    fn mark(field: Field, lang: Language, text: &str, words: &[&str]) -> FieldMatch {
        let mut spans: Vec<(usize, usize, u32)> = words
            .iter()
            .enumerate()
            .flat_map(|(q, w)| {
                text.match_indices(w)
                    .map(move |(i, _)| (i, i + w.len(), 1 << q))
            })
            .collect();
        spans.sort_unstable();
        FieldMatch {
            field,
            value: Value { lang, index: 0 },
            text: text.to_owned(),
            spans: spans.iter().map(|&(s, e, _)| (s, e)).collect(),
            words: spans.iter().map(|&(_, _, w)| w).collect(),
        }
    }

    const TEXT: &str = "Die Volkshochschule hat viele Angebote für Erwachsene. Wer Deutsch lernen möchte, kann dort einen Integrationskurs besuchen. Die Kurse beginnen jeden Monat. Anmeldung im Büro, z. B. montags.";

    #[test]
    fn the_sentence_with_most_words_and_its_neighbour() {
        let marks = [mark(
            Field::Description,
            Language::De,
            TEXT,
            &["Deutsch", "lernen", "Kurse"],
        )];
        let p = best_passage(
            &marks,
            &[Field::Description],
            &[Field::Name, Field::Summary],
            Language::De,
        )
        .unwrap();
        assert!(
            p.text.starts_with("Wer Deutsch lernen möchte"),
            "{}",
            p.text
        );
        assert!(p.cut_before);
        let marked: Vec<&str> = p.spans.iter().map(|&(s, e)| &p.text[s..e]).collect();
        assert_eq!(marked[..2], ["Deutsch", "lernen"]);
    }

    #[test]
    fn abbreviations_end_no_sentence() {
        let parts = sentences(TEXT);
        assert_eq!(parts.len(), 4);
        assert!(TEXT[parts[3].0..parts[3].1].contains("z. B. montags"));
    }

    #[test]
    fn nothing_when_the_card_shows_the_words_already() {
        let marks = [
            mark(
                Field::Summary,
                Language::De,
                "Deutsch lernen an der VHS",
                &["Deutsch", "lernen"],
            ),
            mark(
                Field::Description,
                Language::De,
                TEXT,
                &["Deutsch", "lernen"],
            ),
        ];
        assert_eq!(
            best_passage(
                &marks,
                &[Field::Description],
                &[Field::Summary],
                Language::De
            ),
            None
        );
    }

    #[test]
    fn the_readers_language_first_and_long_sentences_cut() {
        let long = format!(
            "{} learn German {}.",
            "word ".repeat(120),
            "more ".repeat(120)
        );
        let marks = [
            mark(Field::Description, Language::De, TEXT, &["Deutsch"]),
            mark(
                Field::Description,
                Language::En,
                &long,
                &["learn", "German"],
            ),
        ];
        let p = best_passage(&marks, &[Field::Description], &[], Language::En).unwrap();
        assert_eq!(p.lang, Language::En);
        assert!(
            p.text.len() <= LONG && p.cut_before && p.cut_after,
            "{}",
            p.text.len()
        );
        assert!(p.text.contains("learn German"));
        // No Ukrainian text matched: the best of those that did.
        let p = best_passage(&marks, &[Field::Description], &[], Language::Uk).unwrap();
        assert_eq!(p.lang, Language::En);
    }
}
