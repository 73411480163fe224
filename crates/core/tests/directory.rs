//! Lookups the pages rely on: roles grouped, involvements, related networks.

mod common;
use common::shipped;
use stadtteilnetz_core::model::Role;

#[test]
fn actors_are_grouped_by_role_in_a_fixed_order() {
    let dir = shipped();
    let n = dir
        .network("vernetzungsgruppe-kinder-und-jugendarbeit")
        .unwrap();
    let groups = dir.actors_by_role(n);
    let roles: Vec<Role> = groups.iter().map(|(r, _)| *r).collect();
    assert_eq!(roles, [Role::Leads, Role::Member, Role::Organizer]);
    let leads: Vec<&str> = groups[0].1.iter().map(|(a, _)| a.name.as_str()).collect();
    assert_eq!(leads, ["Fachdienst Jugend und Bildung", "Stadtteilbüro"]);
}

#[test]
fn an_actor_lists_every_network_with_its_role() {
    let dir = shipped();
    let vereine = dir.involvements("vereine");
    let found: Vec<(&str, Role)> = vereine
        .iter()
        .map(|i| (i.network.slug.as_str(), i.role))
        .collect();
    assert_eq!(
        found,
        [
            ("vernetzungsgruppe-kinder-und-jugendarbeit", Role::Member),
            ("arbeitskreis-generationen", Role::Member)
        ]
    );
    assert!(dir.involvements("gibt-es-nicht").is_empty());
    let klex: Vec<&str> = dir
        .projects_organized_by("klex")
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(klex, ["Ferien vor Ort"]);
}

#[test]
fn related_networks_share_an_actor_or_a_topic() {
    let dir = shipped();
    let refugees = dir
        .network("netzwerkrunde-arbeit-mit-gefluechteten")
        .unwrap();
    let related = dir.related(refugees);
    assert_eq!(related.len(), 1);
    assert_eq!(related[0].network.slug, "jenaer-integrationsbuendnis");
    let topics: Vec<&str> = related[0]
        .shared_topics
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(topics, ["integration", "oeffnung-von-einrichtungen"]);

    let youth = dir
        .network("vernetzungsgruppe-kinder-und-jugendarbeit")
        .unwrap();
    let related = dir.related(youth);
    assert_eq!(related[0].network.slug, "arbeitskreis-generationen");
    assert_eq!(related[0].shared_actors[0].id, "vereine");

    // The Thuringian association shares nothing with the others.
    let th = dir
        .network("thueringer-arbeitsgemeinschaft-stadtentwicklung")
        .unwrap();
    assert!(dir.related(th).is_empty());
    // Relations are symmetric.
    for a in dir.networks() {
        for r in dir.related(a) {
            assert!(dir
                .related(r.network)
                .iter()
                .any(|back| back.network.slug == a.slug));
        }
    }
}

#[test]
fn unknown_ids_find_nothing() {
    let dir = shipped();
    assert!(dir.network("").is_none());
    assert!(dir.network("<script>").is_none());
    assert!(dir.actor("../etc/passwd").is_none());
}

#[test]
fn each_network_knows_its_participants_as_listed() {
    let dir = shipped();
    for (i, n) in dir.networks().iter().enumerate() {
        let looked_up: Vec<&str> = n
            .actors
            .iter()
            .filter_map(|p| dir.actor(&p.actor))
            .map(|a| a.id.as_str())
            .collect();
        let resolved: Vec<&str> = dir.participants_at(i).map(|a| a.id.as_str()).collect();
        assert_eq!(resolved, looked_up, "{}", n.slug);
    }
    assert!(dir.participants_at(0).count() > 1);
    // A participation naming no actor of the dataset (only an unvalidated
    // draft has one) is left out, and the networks after it keep theirs.
    let mut data = dir.data().clone();
    data.networks[0].actors[0].actor = "gibt-es-nicht".into();
    let draft = stadtteilnetz_core::directory::Directory::new(data);
    assert_eq!(
        draft.participants_at(0).count(),
        dir.participants_at(0).count() - 1
    );
    let last = dir.networks().len() - 1;
    assert!(draft
        .participants_at(last)
        .map(|a| &a.id)
        .eq(dir.participants_at(last).map(|a| &a.id)));
}
