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
