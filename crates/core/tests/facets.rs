//! Faceted counting on the shipped dataset: counts under the search and the
//! other facets, OR within a facet, AND between facets, unknown values ignored.

mod common;
use common::{shipped, shipped_facets, shipped_index};
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::facets::{values_of, Facet, Filters};
use stadtteilnetz_core::search::DocRef;

fn filters(topic: &[&str], group: &[&str], level: &[&str]) -> Filters {
    Filters::known(shipped_facets(), |facet| {
        let list = match facet {
            Facet::Topic => topic,
            Facet::TargetGroup => group,
            Facet::Level => level,
        };
        list.iter().map(|s| (*s).to_owned()).collect()
    })
}

fn count(facet: Facet, slug: &str, networks: &[usize], f: &Filters) -> Option<usize> {
    let all = shipped_facets().counts(networks.iter().copied(), f);
    let (_, list) = all.into_iter().find(|(fc, _)| *fc == facet).unwrap();
    list.into_iter()
        .find(|c| c.value.slug == slug)
        .map(|c| c.count)
}

fn all_networks() -> Vec<usize> {
    (0..shipped().networks().len()).collect()
}

fn matching(f: &Filters) -> Vec<&'static str> {
    let selection = shipped_facets().selection(f);
    shipped()
        .networks()
        .iter()
        .enumerate()
        .filter(|(i, _)| shipped_facets().matches(&selection, *i))
        .map(|(_, n)| n.slug.as_str())
        .collect()
}

#[test]
fn terms_are_named_by_their_ids_and_levels_by_german_slugs() {
    let slugs: Vec<String> = values_of(shipped(), Facet::Level)
        .into_iter()
        .map(|v| v.slug)
        .collect();
    assert_eq!(slugs, ["stadtteil", "stadt", "land", "bund"]);
    let topics = values_of(shipped(), Facet::Topic);
    let ids: Vec<&str> = shipped()
        .data()
        .topics
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    let slugs: Vec<&str> = topics.iter().map(|v| v.slug.as_str()).collect();
    assert_eq!(slugs, ids, "a topic's address is its id");
    // The label slugs format 1 used are aliases where they differ.
    let generationen = topics.iter().find(|v| v.slug == "generationen").unwrap();
    assert_eq!(generationen.aliases, ["miteinander-der-generationen"]);
}

/// A link made before format 2 (label slugs) and one made now (ids) give
/// the same view; a level by its value in the data too; a relabelled topic
/// keeps both working.
#[test]
fn old_label_slug_links_and_id_links_select_the_same() {
    let old = filters(
        &[
            "miteinander-der-generationen",
            "oeffnung-von-einrichtungen-und-regelangeboten",
        ],
        &[],
        &["state"],
    );
    let new = filters(
        &["generationen", "oeffnung-von-einrichtungen"],
        &[],
        &["land"],
    );
    assert_eq!(old, new);
    assert_eq!(
        new.selected(Facet::Topic),
        ["generationen", "oeffnung-von-einrichtungen"]
    );
    assert_eq!(matching(&old), matching(&new));
    let pairs: Vec<(&str, &str)> = old.pairs().collect();
    assert_eq!(
        pairs,
        [
            ("thema", "generationen"),
            ("thema", "oeffnung-von-einrichtungen"),
            ("ebene", "land")
        ],
        "links made from an old one use the current names"
    );

    let mut data = shipped().data().clone();
    let t = data
        .topics
        .iter_mut()
        .find(|t| t.id == "generationen")
        .unwrap();
    t.label = "Jung und Alt".to_owned();
    let relabelled = stadtteilnetz_core::facets::FacetIndex::new(&Directory::new(data));
    for name in ["generationen", "miteinander-der-generationen"] {
        let f = Filters::known(&relabelled, |facet| match facet {
            Facet::Topic => vec![name.to_owned()],
            _ => Vec::new(),
        });
        assert_eq!(f.selected(Facet::Topic), ["generationen"], "{name}");
    }
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
    assert_eq!(count(Facet::Topic, "generationen", &nets, &f), Some(1));
}

#[test]
fn counts_follow_the_search() {
    let index = shipped_index();
    let r = index.search("Integration", index.len());
    let found: Vec<usize> = r
        .hits
        .iter()
        .filter_map(|h| match h.doc {
            DocRef::Network(i) => Some(i),
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

/// The precomputed index agrees with counting by ids and level names, on generated data
/// with thousands of networks and filters in every facet.
#[cfg(feature = "synthetic")]
#[test]
fn the_facet_index_agrees_with_the_labels_on_generated_data() {
    use stadtteilnetz_core::facets::{slugify, FacetIndex};
    let dir = Directory::new(stadtteilnetz_core::synthetic::dataset(2_000, 7));
    let index = FacetIndex::new(&dir);
    let topics = values_of(&dir, Facet::Topic);
    let groups = values_of(&dir, Facet::TargetGroup);
    let f = Filters::known(&index, |facet| match facet {
        Facet::Topic => vec![topics[0].slug.clone(), topics[3].slug.clone()],
        Facet::TargetGroup => vec![groups[1].slug.clone()],
        Facet::Level => vec!["stadtteil".to_owned()],
    });
    assert_eq!(f.len(), 4);
    let slugs = |n: &stadtteilnetz_core::model::Network, facet: Facet| -> Vec<String> {
        match facet {
            Facet::Topic => dir.topics_of(n).map(|t| t.id.clone()).collect(),
            Facet::TargetGroup => dir.target_groups_of(n).map(|t| t.id.clone()).collect(),
            Facet::Level => n.levels.iter().map(|l| slugify(l.label())).collect(),
        }
    };
    let passes = |n: &stadtteilnetz_core::model::Network, skip: Option<Facet>| {
        Facet::ALL
            .into_iter()
            .filter(|&x| Some(x) != skip)
            .all(|facet| {
                f.selected(facet).is_empty()
                    || slugs(n, facet).iter().any(|s| f.is_selected(facet, s))
            })
    };
    let selection = index.selection(&f);
    let mut matched = 0;
    for (i, n) in dir.networks().iter().enumerate() {
        assert_eq!(index.matches(&selection, i), passes(n, None), "network {i}");
        matched += usize::from(passes(n, None));
    }
    assert!(
        matched > 0 && matched < 2_000,
        "the filters should select some: {matched}"
    );
    let some: Vec<usize> = (0..2_000).step_by(3).collect();
    for (facet, list) in index.counts(some.iter().copied(), &f) {
        for c in list {
            let expected = some
                .iter()
                .map(|&i| &dir.networks()[i])
                .filter(|n| passes(n, Some(facet)) && slugs(n, facet).contains(&c.value.slug))
                .count();
            assert_eq!(c.count, expected, "{facet:?} {}", c.value.slug);
            assert_eq!(c.selected, f.is_selected(facet, &c.value.slug));
        }
    }
}

/// Filtering inside the search: only kept entries are ranked and counted,
/// in the same order as the unfiltered search, and the filter sees every
/// matching entry exactly once (what the page's facet counts are built from).
#[test]
fn search_where_ranks_only_what_the_filter_keeps() {
    let index = shipped_index();
    let all = index.search("Jugend", index.len());
    assert!(all.total >= 3, "needs several hits: {}", all.total);
    let mut seen = Vec::new();
    let networks_only = index.search_where("Jugend", 2, |doc| {
        seen.push(doc);
        matches!(doc, DocRef::Network(_))
    });
    let mut expected_seen: Vec<DocRef> = all.hits.iter().map(|h| h.doc).collect();
    expected_seen.sort();
    seen.sort();
    assert_eq!(seen, expected_seen, "each match offered once");
    let expected: Vec<DocRef> = all
        .hits
        .iter()
        .map(|h| h.doc)
        .filter(|d| matches!(d, DocRef::Network(_)))
        .collect();
    assert_eq!(networks_only.total, expected.len());
    let got: Vec<DocRef> = networks_only.hits.iter().map(|h| h.doc).collect();
    assert_eq!(got, expected[..2.min(expected.len())]);
    let none = index.search_where("Jugend", 10, |_| false);
    assert_eq!((none.total, none.hits.len()), (0, 0));
}
