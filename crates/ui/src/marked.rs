//! Text with the words a search matched marked by `<mark>`.

use leptos::prelude::*;

use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::search::{Field, FieldMatch, Value};

/// `text` with the byte ranges `spans` (in order, on char boundaries) marked.
pub fn marked(text: &str, spans: &[(usize, usize)]) -> AnyView {
    let mut parts: Vec<AnyView> = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for &(s, e) in spans {
        if s < at || e > text.len() {
            continue;
        }
        if s > at {
            parts.push(text[at..s].to_owned().into_any());
        }
        parts.push(view! { <mark>{text[s..e].to_owned()}</mark> }.into_any());
        at = e;
    }
    if at < text.len() {
        parts.push(text[at..].to_owned().into_any());
    }
    parts.into_any()
}

/// `text` marked where `marks`, which follow the search, matched the
/// `index`-th value of `field` in language `lang`. A card is kept across
/// keystrokes: only a text whose own marks changed is drawn anew.
pub fn marked_live(
    text: String,
    marks: Signal<Vec<FieldMatch>>,
    field: Field,
    lang: Language,
    index: usize,
) -> impl IntoView {
    let spans = Memo::new(move |_| marks.with(|m| spans_of(m, field, lang, index).to_vec()));
    move || spans.with(|s| marked(&text, s))
}

/// The spans for the `index`-th value of `field` in language `lang` (the
/// text the page shows), if the search matched there.
pub fn spans_of(
    marks: &[FieldMatch],
    field: Field,
    lang: Language,
    index: usize,
) -> &[(usize, usize)] {
    marks
        .iter()
        .find(|m| m.field == field && m.value == Value { lang, index })
        .map_or(&[], |m| &m.spans)
}

/// A piece of a long text around its first match, with the marks moved
/// accordingly, and whether it was cut at the start and the end.
pub fn snippet<'t>(
    text: &'t str,
    spans: &[(usize, usize)],
    around: usize,
) -> (&'t str, Vec<(usize, usize)>, bool, bool) {
    let Some(&(first, _)) = spans.first() else {
        return (text, Vec::new(), false, false);
    };
    // Start at a word boundary `around` bytes before the first match.
    let mut start = first.saturating_sub(around);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..first]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let mut end = (first + around * 2).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[first..end].rfind(' ').map_or(end, |i| first + i);
    }
    let moved = spans
        .iter()
        .filter(|&&(s, e)| s >= start && e <= end)
        .map(|&(s, e)| (s - start, e - start))
        .collect();
    (&text[start..end], moved, start > 0, end < text.len())
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn snippets_cut_at_words_and_keep_marks() {
        let text = "Die Vernetzungsgruppe tauscht sich regelmäßig über Schwerpunkte der Stadtteilarbeit aus und plant.";
        let s = text.find("Schwerpunkte").unwrap();
        let (cut, spans, before, after) = snippet(text, &[(s, s + 12)], 20);
        assert!(before && after);
        assert_eq!(&cut[spans[0].0..spans[0].1], "Schwerpunkte");
        assert!(!cut.starts_with(' ') && !cut.ends_with(' '));
        let (whole, _, b, a) = snippet("kurz", &[(0, 4)], 20);
        assert_eq!((whole, b, a), ("kurz", false, false));
    }
}
