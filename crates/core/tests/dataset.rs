//! The shipped dataset: valid, and faithful to the source text — every fact
//! of it is in the data, and the data says nothing the text does not.

mod common;
use common::{shipped, EMBEDDED_FILE, EMBEDDED_JSON};
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::model::{ActorKind, Level, Role};

const SOURCE: &str = include_str!("../../../data/source/netzwerke-und-stadtteilaustausch.txt");

#[test]
fn shipped_dataset_is_valid() {
    if let Err(problems) = Directory::from_json(EMBEDDED_FILE, EMBEDDED_JSON) {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", list.join("\n"));
    }
}

#[test]
fn source_copy_matches_the_shared_seed() {
    // CI clones the repository with shared/ beside it; elsewhere the copy stands alone.
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/netzwerke-und-stadtteilaustausch.txt");
    if let Ok(text) = std::fs::read_to_string(&seed) {
        assert_eq!(
            text,
            SOURCE,
            "data/source/ is out of date with {}",
            seed.display()
        );
    }
}

/// The source's blocks: title, then per network its name, an optional photo
/// caption, and its paragraph.
fn source_blocks() -> Vec<&'static str> {
    SOURCE
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect()
}

#[test]
fn every_block_of_the_source_is_in_the_data() {
    let dir = shipped();
    let data = dir.data();
    let blocks = source_blocks();
    assert_eq!(blocks[0], data.source.title);
    for block in &blocks[1..] {
        let found = data.networks.iter().any(|n| {
            n.name == *block
                || n.caption.as_deref() == Some(block)
                || n.description.iter().any(|p| p == block)
        });
        assert!(found, "source block not in the dataset: {block:?}");
    }
}

#[test]
fn five_networks_with_names_captions_and_text_as_written() {
    let dir = shipped();
    let names: Vec<&str> = dir.networks().iter().map(|n| n.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Vernetzungsgruppe Kinder- und Jugendarbeit",
            "Arbeitskreis Generationen",
            "Netzwerkrunde Arbeit mit Geflüchteten",
            "Jenaer Integrationsbündnis",
            "Thüringer Arbeitsgemeinschaft Stadtentwicklung",
        ]
    );
    let captions: Vec<Option<&str>> = dir
        .networks()
        .iter()
        .map(|n| n.caption.as_deref())
        .collect();
    assert_eq!(
        captions,
        [
            Some("Ferien vor Ort mit Klex"),
            Some("Veranstaltung des Generationennetzwerkes"),
            None,
            Some("Bündnispartner Kindersprachbrücke"),
            Some("THASG-Mitglieder im Austausch"),
        ]
    );
    for n in dir.networks() {
        for p in &n.description {
            assert!(
                SOURCE.contains(p.as_str()),
                "description of {} is not as written",
                n.slug
            );
        }
        assert!(!n.summary.is_empty());
    }
}

#[test]
fn actors_named_in_the_source_exist_with_their_kind() {
    let dir = shipped();
    let expected = [
        ("Fachdienst Jugend und Bildung", ActorKind::CityDepartment),
        ("Stadtteilbüro", ActorKind::DistrictOffice),
        ("Kinder- und Jugendzentrum Klex", ActorKind::Facility),
        ("ÜAG gGmbH", ActorKind::NonProfitCompany),
        ("Treffpunkt Generationen Jena", ActorKind::Network),
        ("Sozialplanerin", ActorKind::Role),
        ("Multifunktionales Zentrum KuBuS", ActorKind::Facility),
        ("Kindersprachbrücke", ActorKind::Organization),
        (
            "Thüringer Arbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit",
            ActorKind::Association,
        ),
        (
            "Bundesarbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit",
            ActorKind::Organization,
        ),
        ("Freie Träger", ActorKind::Group),
        ("Vereine", ActorKind::Group),
        ("Institutionen", ActorKind::Group),
        ("Initiativen", ActorKind::Group),
        ("Träger", ActorKind::Group),
        ("Lobedaer Einrichtungen und Träger", ActorKind::Group),
    ];
    for (name, kind) in expected {
        let actor = dir
            .actors()
            .iter()
            .find(|a| a.name == name)
            .unwrap_or_else(|| panic!("missing actor {name}"));
        assert_eq!(actor.kind, kind, "{name}");
    }
    assert_eq!(
        dir.actors().len(),
        expected.len(),
        "an actor the source does not name"
    );
}

#[test]
fn actor_names_come_from_the_source() {
    // "Multifunktionales Zentrum KuBuS" stands inflected in the text ("das … Multifunktionale Zentrum KuBuS").
    let lower = SOURCE.to_lowercase();
    for a in shipped().actors() {
        let name = a
            .name
            .replace("Multifunktionales", "Multifunktionale")
            .to_lowercase();
        assert!(
            lower.contains(&name),
            "actor name not in the source: {}",
            a.name
        );
    }
}

#[test]
fn roles_levels_and_facts_as_the_source_states_them() {
    let dir = shipped();
    let role = |slug: &str, actor: &str| {
        let n = dir.network(slug).unwrap();
        n.actors
            .iter()
            .filter(|p| p.actor == actor)
            .map(|p| p.role)
            .collect::<Vec<_>>()
    };
    let kj = "vernetzungsgruppe-kinder-und-jugendarbeit";
    assert_eq!(role(kj, "fachdienst-jugend-und-bildung"), [Role::Leads]);
    assert_eq!(role(kj, "stadtteilbuero"), [Role::Leads]);
    for group in ["freie-traeger", "vereine", "institutionen"] {
        assert_eq!(role(kj, group), [Role::Member]);
    }
    assert_eq!(role(kj, "klex"), [Role::Organizer]);

    let gen = "arbeitskreis-generationen";
    assert_eq!(role(gen, "ueag"), [Role::Carrier]);
    assert_eq!(
        role(gen, "treffpunkt-generationen-jena"),
        [Role::Coordinates]
    );
    assert_eq!(role(gen, "sozialplanerin"), [Role::Leads]);
    assert_eq!(role(gen, "kubus"), [Role::SupportedPlace]);

    // The source names no single actor of the refugees' round.
    assert!(dir
        .network("netzwerkrunde-arbeit-mit-gefluechteten")
        .unwrap()
        .actors
        .is_empty());

    let ib = "jenaer-integrationsbuendnis";
    assert_eq!(role(ib, "kindersprachbruecke"), [Role::Partner]);
    assert_eq!(
        role(ib, "lobedaer-einrichtungen-und-traeger"),
        [Role::Member]
    );
    let ib_net = dir.network(ib).unwrap();
    assert_eq!(ib_net.projects, ["integrationskonzept"]);

    let th = dir
        .network("thueringer-arbeitsgemeinschaft-stadtentwicklung")
        .unwrap();
    assert_eq!(th.founded, Some(2010));
    assert_eq!(
        role(&th.slug, "bag-soziale-stadtentwicklung"),
        [Role::MembershipIn]
    );
    assert_eq!(th.levels, [Level::State, Level::Federal]);

    assert_eq!(dir.network(kj).unwrap().projects, ["ferien-vor-ort"]);
    assert_eq!(dir.project("ferien-vor-ort").unwrap().organizers, ["klex"]);
    assert_eq!(
        dir.network(kj).unwrap().target_groups,
        ["kinder", "jugendliche"]
    );
}

#[test]
fn optional_fields_the_source_leaves_empty_stay_empty() {
    let dir = shipped();
    for n in dir.networks() {
        assert!(n.address.is_none() && n.contact.is_none() && n.website.is_none());
        assert!(n.meeting_rhythm.is_none() && n.image.is_none());
    }
    for a in dir.actors() {
        assert!(
            a.address.is_none() && a.contact.is_none() && a.website.is_none() && a.image.is_none()
        );
    }
    // …but the keys are written out, so editors see where to fill them in.
    assert_eq!(EMBEDDED_JSON.matches("\"meeting_rhythm\": null").count(), 5);
}
