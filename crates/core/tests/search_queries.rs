//! What residents type, and what they must find first. Every row is a real
//! query against the shipped dataset; `None` means nothing may be found.

mod common;
use common::{shipped, shipped_index};
use stadtteilnetz_core::search::DocRef;

/// `n:<slug>` for a network, `a:<id>` for an actor.
fn name(doc: DocRef) -> String {
    let dir = shipped();
    match doc {
        DocRef::Network(i) => format!("n:{}", dir.networks()[i].slug),
        DocRef::Actor(i) => format!("a:{}", dir.actors()[i].id),
    }
}

const YOUTH: &str = "n:vernetzungsgruppe-kinder-und-jugendarbeit";
const GENERATIONS: &str = "n:arbeitskreis-generationen";
const REFUGEES: &str = "n:netzwerkrunde-arbeit-mit-gefluechteten";
const INTEGRATION: &str = "n:jenaer-integrationsbuendnis";
const THASG: &str = "n:thueringer-arbeitsgemeinschaft-stadtentwicklung";

const TABLE: &[(&str, Option<&str>)] = &[
    // The examples of the issue.
    ("Flüchtlinge", Some(REFUGEES)),
    ("gefluchtete", Some(REFUGEES)),
    ("Jugnedarbeit", Some(YOUTH)),
    ("Sprachbrücke", Some("a:kindersprachbruecke")),
    ("Gener", Some(GENERATIONS)),
    ("Intgration", Some(REFUGEES)),
    ("Quartiersmanagment", Some(THASG)),
    ("Migration", Some(INTEGRATION)),
    ("Arbeit", Some(REFUGEES)),
    // Umlauts typed three ways.
    ("Fluechtlinge", Some(REFUGEES)),
    ("fluchtlingen", Some(REFUGEES)),
    ("Geflüchteten", Some(REFUGEES)),
    ("Bündnis", Some(INTEGRATION)),
    ("Buendnis", Some(INTEGRATION)),
    ("Integrationsbundnis", Some(INTEGRATION)),
    ("Thüringen", Some(THASG)),
    ("thueringer", Some(THASG)),
    ("Stadtteilbuero", Some("a:stadtteilbuero")),
    ("ÜAG", Some("a:ueag")),
    ("UEAG", Some("a:ueag")),
    // Inflections.
    ("Generation", Some(GENERATIONS)),
    ("Generationen", Some(GENERATIONS)),
    ("Jugendliche", Some(YOUTH)),
    ("Kind", Some(YOUTH)),
    ("Vereins", Some("a:thasg")),
    // As typed, letter by letter.
    ("Gen", Some(GENERATIONS)),
    ("Jugendar", Some(YOUTH)),
    ("Integrationsb", Some(INTEGRATION)),
    ("Kinderspr", Some("a:kindersprachbruecke")),
    ("Quartiers", Some(THASG)),
    // Actors by their names.
    ("KuBuS", Some("a:kubus")),
    ("Klex", Some("a:klex")),
    ("Sozialplanerin", Some("a:sozialplanerin")),
    ("Fachdienst Jugend", Some("a:fachdienst-jugend-und-bildung")),
    (
        "Treffpunkt Generationen Jena",
        Some("a:treffpunkt-generationen-jena"),
    ),
    (
        "Bundesarbeitsgemeinschaft",
        Some("a:bag-soziale-stadtentwicklung"),
    ),
    // Fields not on the card.
    ("Ferien vor Ort", Some("a:klex")),
    ("Integrationskonzept", Some(INTEGRATION)),
    ("2010", Some("a:thasg")),
    ("Regelangebote", Some(REFUGEES)),
    ("Zugewanderte", Some(INTEGRATION)),
    ("Soziale Stadt", Some(THASG)),
    ("Land", Some(THASG)),
    // Several words: entries with all of them first.
    ("Integration Lobeda", Some(INTEGRATION)),
    ("Kinder Jugendliche Ferien", Some(YOUTH)),
    ("Integration Flüchtlinge Stadtteil", Some(REFUGEES)),
    ("offene Treffpunkte", Some(GENERATIONS)),
    ("Gemeinwesenarbeit Thüringen", Some(THASG)),
    // A compound typed as one word, whose parts the data has apart.
    ("Kinderferien", Some(YOUTH)),
    ("Jugendferien", Some("a:klex")),
    // Typos.
    ("Generatinoen", Some(GENERATIONS)),
    ("Kindersprachbrüke", Some("a:kindersprachbruecke")),
    ("Gemeinwesnarbeit", Some(THASG)),
    ("Stadtteilbüor", Some("a:stadtteilbuero")),
    // English, found in the English translations (whatever the interface
    // language: the index holds every language).
    ("refugees", Some(REFUGEES)),
    ("refugee", Some(REFUGEES)),
    ("Refugees district", Some(REFUGEES)),
    ("generations", Some(GENERATIONS)),
    ("young people", Some(YOUTH)),
    ("holidays", Some(YOUTH)),
    ("integration alliance", Some(INTEGRATION)),
    ("immigrants", Some(INTEGRATION)),
    ("neighbourhood management", Some(THASG)),
    ("community work", Some("a:bag-soziale-stadtentwicklung")),
    ("district office", Some("a:stadtteilbuero")),
    ("social planner", Some("a:sozialplanerin")),
    // Questions, as residents ask them: the question and function words
    // of either language decide nothing.
    ("Wer hilft Geflüchteten im Stadtteil?", Some(REFUGEES)),
    ("Wo finden Jugendliche etwas in den Ferien?", Some(YOUTH)),
    (
        "Which alliance is there for integration?",
        Some(INTEGRATION),
    ),
    ("Where can young people go in the holidays?", Some(YOUTH)),
    ("Was macht das Stadtteilbüro?", Some("a:stadtteilbuero")),
    ("Was ist", None),
    // Nothing to find.
    ("Fußball", None),
    ("Schwimmbad", None),
    ("xyz", None),
    ("Paris", None),
    ("und", None),
    ("", None),
    ("   ", None),
    ("<script>alert(1)</script>", None),
    ("🙂", None),
    ("مرحبا", None),
];

#[test]
fn every_query_finds_its_expected_first_result() {
    let index = shipped_index();
    let mut wrong = Vec::new();
    for &(query, expected) in TABLE {
        let results = index.search(query, 10);
        let first = results.hits.first().map(|h| name(h.doc));
        if first.as_deref() != expected {
            let all: Vec<String> = results.hits.iter().map(|h| name(h.doc)).collect();
            wrong.push(format!("{query:?}: expected {expected:?}, got {all:?}"));
        }
        if expected.is_none() {
            assert_eq!(results.total, 0, "{query:?}");
        }
    }
    assert!(TABLE.len() >= 40);
    assert!(
        wrong.is_empty(),
        "{} of {} queries wrong:\n{}",
        wrong.len(),
        TABLE.len(),
        wrong.join("\n")
    );
}

/// A function word still being typed may be the start of another ("be" of
/// "Beratung"): its prefixes add to the score, but it decides nothing, and
/// once a space follows it is a function word again.
#[test]
fn a_function_word_being_typed_counts_as_a_prefix_but_decides_nothing() {
    let index = shipped_index();
    let plain = index.search("Integration", 10);
    let typing = index.search("Integration be", 10);
    assert_eq!(typing.total, plain.total);
    assert_eq!(typing.words, plain.words);
    let before = |doc| plain.hits.iter().find(|h| h.doc == doc).map(|h| h.score);
    let mut raised = 0;
    for hit in &typing.hits {
        let was = before(hit.doc).expect("the same entries");
        assert!(hit.score >= was, "{}", name(hit.doc));
        raised += usize::from(hit.score > was);
    }
    assert!(raised > 0, "no entry has a word starting with „be“");
    assert_eq!(
        index.search("Integration be ", 10).hits,
        index.search("Integration ", 10).hits
    );
}
