//! Properties of the search that must hold for any input: no panic, marks
//! on character boundaries, ranking rules, and the match-kind order.

mod common;
use common::{shipped, shipped_index};
use proptest::prelude::*;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::model::{Dataset, Network};
use stadtteilnetz_core::search::{DocRef, SearchIndex};

fn check_query(query: &str) {
    let index = shipped_index();
    let results = index.search(query, 50);
    assert!(results.hits.len() <= results.total);
    for w in results.hits.windows(2) {
        assert!(
            w[0].words_matched >= w[1].words_matched,
            "{query:?}: more matched words rank first"
        );
    }
    for hit in &results.hits {
        assert!(hit.score.is_finite() && hit.score > 0.0);
        for m in index.highlights(shipped(), hit.doc, &results) {
            for &(s, e) in &m.spans {
                assert!(s < e && e <= m.text.len());
                assert!(m.text.is_char_boundary(s) && m.text.is_char_boundary(e));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_a_harmless_query(query in any::<String>()) {
        check_query(&query);
    }

    #[test]
    fn german_looking_queries_are_harmless(query in "[a-zA-ZäöüÄÖÜß \\-/]{0,40}") {
        check_query(&query);
    }
}

#[test]
fn hostile_and_huge_queries() {
    let long_word = "Generationen".repeat(900);
    let many_words = "Jugend Integration Lobeda Arbeit ".repeat(300);
    let cases = [
        "",
        "   \t\n ",
        "\u{0}\u{1}\u{7f}\u{202e}\u{200b}",
        "<img src=x onerror=alert(1)>",
        "🙂👨‍👩‍👧‍👦🇩🇪",
        "مرحبا بالعالم",
        "שלום",
        "Ａｒｂｅｉｔ",
        "a\u{308}\u{308}\u{308}",
        "\u{308}",
        long_word.as_str(),
        many_words.as_str(),
    ];
    for q in cases {
        check_query(q);
    }
    assert!(many_words.len() > 9_000);
    // Full-width letters are the same word.
    assert_eq!(
        shipped_index().search("Ａｒｂｅｉｔ", 5).hits,
        shipped_index().search("Arbeit", 5).hits
    );
}

#[test]
fn entries_matching_all_words_come_first_and_partial_ones_still_appear() {
    let r = shipped_index().search("Integration Lobeda", 50);
    assert_eq!(r.words, 2);
    assert!(r.matches_all(&r.hits[0]));
    assert!(
        r.hits.iter().any(|h| !r.matches_all(h)),
        "entries with one of the words appear too"
    );
    let first_partial = r.hits.iter().position(|h| !r.matches_all(h)).unwrap();
    assert!(r.hits[first_partial..].iter().all(|h| !r.matches_all(h)));
}

/// Strips a network down to `name` and one sentence, so that a test
/// controls every word it can be found by.
fn make_plain(n: &mut Network, name: &str, text: &str) {
    n.name = name.into();
    n.caption = None;
    n.summary = text.into();
    n.description = vec![text.into()];
    n.goals.clear();
    n.facts.clear();
    n.topics.clear();
    n.target_groups.clear();
    n.actors.clear();
    n.projects.clear();
}

#[test]
fn match_kinds_rank_exact_stem_prefix_compound_typo() {
    // One made-up entry per kind, each holding its word in the same field,
    // so that only the kind of match differs.
    let mut data: Dataset = shipped().data().clone();
    data.actors.clear();
    data.projects.clear();
    let template = data.networks[0].clone();
    let words = [
        "Schulgarten",
        "Schulgartens",
        "Schulgartenfest",
        "Grundschulgarten",
        "Schulgarden",
    ];
    data.networks = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut n = template.clone();
            n.slug = format!("n{i}");
            make_plain(&mut n, &format!("Netz {w}"), "Text.");
            n
        })
        .rev() // dataset order opposite to the expected ranking
        .collect();
    let dir = Directory::new(data);
    let index = SearchIndex::new(&dir);
    // "Schulgarten " (trailing space: the word is complete, no prefix).
    let exact = index.search("Schulgarten ", 10);
    let order: Vec<&str> = exact
        .hits
        .iter()
        .map(|h| match h.doc {
            DocRef::Network(i) => dir.networks()[i].name.as_str(),
            DocRef::Actor(_) => unreachable!(),
        })
        .collect();
    assert_eq!(order[0], "Netz Schulgarten", "{order:?}");
    assert_eq!(
        order[1], "Netz Schulgartens",
        "inflection second: {order:?}"
    );
    assert!(
        order.contains(&"Netz Grundschulgarten"),
        "compound part found: {order:?}"
    );
    // As the last word being typed, the prefix match ranks above the compound part.
    let typing = index.search("Schulgarten", 10);
    let pos = |name: &str| {
        typing
            .hits
            .iter()
            .position(|h| matches!(h.doc, DocRef::Network(i) if dir.networks()[i].name == name))
            .unwrap()
    };
    assert!(pos("Netz Schulgartens") < pos("Netz Schulgartenfest"));
    assert!(pos("Netz Schulgartenfest") < pos("Netz Grundschulgarten"));
    // A word the data has exactly is not "corrected" into a neighbour.
    let typo = index.search("Schulgarden ", 10);
    assert_eq!(typo.total, 1, "only its own exact word");
    // A swap of two letters is one edit and finds the word.
    let misspelt = index.search("Schulgartne ", 10);
    let first = match misspelt.hits[0].doc {
        DocRef::Network(i) => dir.networks()[i].name.as_str(),
        DocRef::Actor(_) => unreachable!(),
    };
    assert_eq!(first, "Netz Schulgarten");
}

#[test]
fn ties_keep_dataset_order() {
    let mut data: Dataset = shipped().data().clone();
    data.actors.clear();
    data.projects.clear();
    for n in &mut data.networks {
        make_plain(n, "Gleich", "Gleich.");
        n.levels = vec![stadtteilnetz_core::model::Level::City];
    }
    let dir = Directory::new(data);
    let index = SearchIndex::new(&dir);
    let r = index.search("gleich", 10);
    let order: Vec<DocRef> = r.hits.iter().map(|h| h.doc).collect();
    assert_eq!(order, (0..5).map(DocRef::Network).collect::<Vec<_>>());
}

#[test]
fn marks_and_where_found() {
    let dir = shipped();
    let index = shipped_index();
    let r = index.search("KuBuS", 10);
    let network = r
        .hits
        .iter()
        .find(|h| matches!(h.doc, DocRef::Network(_)))
        .unwrap();
    let found = index.highlights(dir, network.doc, &r);
    let fields: Vec<&str> = found.iter().map(|m| m.field.label()).collect();
    assert!(fields.contains(&"Akteure"), "{fields:?}");
    let actors = found.iter().find(|m| m.field.label() == "Akteure").unwrap();
    assert_eq!(actors.text, "Multifunktionales Zentrum KuBuS");
    assert_eq!(&actors.text[actors.spans[0].0..actors.spans[0].1], "KuBuS");

    // Folded spellings mark the original word.
    let r = index.search("Fluechtlinge", 10);
    let found = index.highlights(dir, r.hits[0].doc, &r);
    let marked: Vec<&str> = found
        .iter()
        .flat_map(|m| m.spans.iter().map(|&(s, e)| &m.text[s..e]))
        .collect();
    assert!(marked.contains(&"Flüchtlingen"), "{marked:?}");
}

#[test]
fn did_you_mean_offers_a_near_word() {
    let r = shipped_index().search("Tregger", 10);
    assert_eq!(r.total, 0);
    assert_eq!(r.suggestion.as_deref(), Some("Träger"));
    let r = shipped_index().search("Fußball", 10);
    assert_eq!(r.suggestion, None);
    // A suggestion, searched, finds something.
    let r = shipped_index().search("Sozialplanrein Tregger", 10);
    if let Some(s) = r.suggestion {
        assert!(shipped_index().search(&s, 10).total > 0, "{s}");
    }
}
