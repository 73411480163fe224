//! Faceted counting on the shipped dataset: counts under the search and the
//! other facets, OR within a facet, AND between facets, unknown values ignored.

use stadtteilnetz::directory::shipped;
use stadtteilnetz::facets::{counts, values_of, Facet, Filters};
use stadtteilnetz::model::Network;
use stadtteilnetz::search::{shipped_index, DocRef};

fn filters(topic: &[&str], group: &[&str], level: &[&str]) -> Filters {
    Filters::known(shipped(), |facet| {
        let list = match facet {
            Facet::Topic => topic,
            Facet::TargetGroup => group,
            Facet::Level => level,
        };
        list.iter().map(|s| (*s).to_owned()).collect()
    })
}

fn count(facet: Facet, slug: &str, networks: &[&Network], f: &Filters) -> Option<usize> {
    let all = counts(shipped(), networks.iter().copied(), f);
    let (_, list) = all.into_iter().find(|(fc, _)| *fc == facet).unwrap();
    list.into_iter()
        .find(|c| c.value.slug == slug)
        .map(|c| c.count)
}

fn all_networks() -> Vec<&'static Network> {
    shipped().networks().iter().collect()
}

fn matching(f: &Filters) -> Vec<&'static str> {
    shipped()
        .networks()
        .iter()
        .filter(|n| f.matches(shipped(), n))
        .map(|n| n.slug.as_str())
        .collect()
}

#[test]
fn level_values_are_slugs_of_the_german_labels() {
    let slugs: Vec<String> = values_of(shipped(), Facet::Level)
        .into_iter()
        .map(|v| v.slug)
        .collect();
    assert_eq!(slugs, ["stadtteil", "stadt", "land", "bund"]);
    let topics: Vec<String> = values_of(shipped(), Facet::Topic)
        .into_iter()
        .map(|v| v.slug)
        .collect();
    assert!(topics.contains(&"oeffnung-von-einrichtungen-und-regelangeboten".to_owned()));
    assert!(topics.contains(&"miteinander-der-generationen".to_owned()));
}

#[test]
fn counts_without_filters_count_every_network_with_the_value() {
    let none = Filters::default();
    let nets = all_networks();
    assert_eq!(count(Facet::Level, "stadtteil", &nets, &none), Some(3));
    assert_eq!(count(Facet::Level, "stadt", &nets, &none), Some(2));
    assert_eq!(count(Facet::Level, "land", &nets, &none), Some(1));
    assert_eq!(count(Facet::Level, "bund", &nets, &none), Some(1));
    assert_eq!(count(Facet::Topic, "integration", &nets, &none), Some(2));
    assert_eq!(count(Facet::TargetGroup, "kinder", &nets, &none), Some(1));
    assert_eq!(
        count(Facet::TargetGroup, "einrichtungen", &nets, &none),
        Some(2)
    );
}

#[test]
fn values_in_one_facet_combine_with_or_facets_with_and() {
    let f = filters(&[], &[], &["land", "stadt"]);
    assert_eq!(
        matching(&f),
        [
            "arbeitskreis-generationen",
            "jenaer-integrationsbuendnis",
            "thueringer-arbeitsgemeinschaft-stadtentwicklung"
        ]
    );
    let f = filters(&["integration"], &[], &["stadtteil"]);
    assert_eq!(matching(&f), ["netzwerkrunde-arbeit-mit-gefluechteten"]);
    let f = filters(&["integration"], &["kinder"], &[]);
    assert!(matching(&f).is_empty());
}

#[test]
fn a_facet_counts_under_the_other_facets_but_not_its_own() {
    let f = filters(&["integration"], &[], &["stadtteil"]);
    let nets = all_networks();
    // Level counts ignore the level selection but apply the topic: 1 district, 1 city.
    assert_eq!(count(Facet::Level, "stadtteil", &nets, &f), Some(1));
    assert_eq!(count(Facet::Level, "stadt", &nets, &f), Some(1));
    assert_eq!(count(Facet::Level, "land", &nets, &f), Some(0));
    // Topic counts apply the level (district): 3 district networks.
    assert_eq!(count(Facet::Topic, "integration", &nets, &f), Some(1));
    assert_eq!(
        count(Facet::Topic, "kinder-und-jugendarbeit", &nets, &f),
        Some(1)
    );
    assert_eq!(
        count(Facet::Topic, "miteinander-der-generationen", &nets, &f),
        Some(1)
    );
}

#[test]
fn counts_follow_the_search() {
    let index = shipped_index();
    let r = index.search("Integration", index.len());
    let found: Vec<&Network> = r
        .hits
        .iter()
        .filter_map(|h| match h.doc {
            DocRef::Network(i) => Some(&shipped().networks()[i]),
            DocRef::Actor(_) => None,
        })
        .collect();
    let none = Filters::default();
    assert_eq!(count(Facet::Topic, "integration", &found, &none), Some(2));
    assert_eq!(count(Facet::Level, "land", &found, &none), Some(0));
}

#[test]
fn unknown_and_repeated_values_are_ignored() {
    let f = filters(
        &["gibt-es-nicht", "integration", "integration"],
        &["<script>"],
        &["mond"],
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f.selected(Facet::Topic), ["integration"]);
    let toggled = f.toggled(Facet::Level, "land");
    assert!(toggled.is_selected(Facet::Level, "land"));
    assert_eq!(toggled.toggled(Facet::Level, "land"), f);
    let pairs: Vec<(&str, &str)> = toggled.pairs().collect();
    assert_eq!(pairs, [("thema", "integration"), ("ebene", "land")]);
}
