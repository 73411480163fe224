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
