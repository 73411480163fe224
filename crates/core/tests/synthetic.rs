//! The benchmark's synthetic datasets: valid in the real schema, and the
//! same for the same seed.
#![cfg(feature = "synthetic")]

use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::search::SearchIndex;
use stadtteilnetz_core::synthetic::{dataset, slugify};

#[test]
fn synthetic_data_is_valid_and_deterministic() {
    let a = dataset(500, 7);
    let b = dataset(500, 7);
    assert_eq!(a, b);
    assert_ne!(a, dataset(500, 8));
    assert_eq!(a.networks.len(), 500);
    assert_eq!(a.actors.len(), 100);
    let json = serde_json::to_string_pretty(&a).unwrap();
    if let Err(problems) = Directory::from_json("synthetic.json", &json) {
        panic!("{problems:#?}");
    }
}

#[test]
fn synthetic_data_is_searchable_german() {
    let dir = Directory::new(dataset(1_000, 42));
    let index = SearchIndex::new(&dir);
    assert!(index.vocabulary_len() > 1_000);
    for q in [
        "Jugendarbeit",
        "Lobeda",
        "Fluechtlingshilfe",
        "Gener",
        "Intgration",
        "Beratung Winzerla",
    ] {
        assert!(index.search(q, 10).total > 0, "{q}");
    }
    assert_eq!(
        slugify("Runder Tisch Jugend Löbstedt"),
        "runder-tisch-jugend-loebstedt"
    );
}

/// The app's test build adds machine translations, some of them outdated;
/// the data stays valid and the notes say so.
#[test]
fn the_test_builds_translations_are_valid_and_some_outdated() {
    use stadtteilnetz_core::content::TranslationNotes;
    use stadtteilnetz_core::model::Language;
    use stadtteilnetz_core::synthetic::with_translations;
    let data = with_translations(dataset(300, 42));
    let json = serde_json::to_string(&data).unwrap();
    let dir = Directory::from_json("synthetic.json", &json).unwrap_or_else(|p| panic!("{p:#?}"));
    let notes = |i: usize| TranslationNotes::network_card(&dir, &dir.networks()[i], Language::En);
    assert!(notes(0).machine && notes(0).outdated, "{:?}", notes(0));
    assert!(notes(50).machine && !notes(50).outdated, "{:?}", notes(50));
    assert!(notes(1).is_empty());
    assert_eq!(with_translations(dataset(300, 42)), data, "deterministic");
}
