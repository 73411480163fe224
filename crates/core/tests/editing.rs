//! What the Redaktion does to a dataset, on the shipped data: every
//! operation leaves data that the very checks of `validate` accept (or
//! names what is missing), and files are read and written back byte for byte.

mod common;

use common::{EMBEDDED_FILE, EMBEDDED_JSON};
use stadtteilnetz_core::canonical::to_canonical_json;
use stadtteilnetz_core::editing::attention::{reasons, Reason};
use stadtteilnetz_core::editing::changes::{Changes, What};
use stadtteilnetz_core::editing::draft::{fingerprint, Draft, DRAFT_VERSION};
use stadtteilnetz_core::editing::entries::{create, delete, duplicate, move_item};
use stadtteilnetz_core::editing::ids::{is_published, rename};
use stadtteilnetz_core::editing::open::{open, Refused, MAX_BYTES};
use stadtteilnetz_core::editing::references::{referrers, remove_references};
use stadtteilnetz_core::editing::review::{
    edit_translation, mark_reviewed, review_translation, text_state, TextState,
};
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Dataset, Date, Language, Level, Participation, Role};
use stadtteilnetz_core::validate::{check_dataset, Checks, ProblemKind};

fn today() -> Date {
    Date::new(2026, 12, 1).unwrap()
}

fn checks() -> Checks {
    Checks {
        today: Some(today()),
    }
}

fn shipped() -> Dataset {
    open(EMBEDDED_FILE, EMBEDDED_JSON, &checks()).unwrap().data
}

fn problems(data: &Dataset) -> Vec<String> {
    check_dataset("entwurf", "", data, &checks())
        .iter()
        .map(|p| format!("{} {}", p.path, p.message))
        .collect()
}

#[test]
fn the_shipped_file_opens_without_problems_and_saves_byte_identical() {
    let opened = open(EMBEDDED_FILE, EMBEDDED_JSON, &checks()).unwrap();
    assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    assert!(opened.migration.is_none());
    assert_eq!(to_canonical_json(&opened.data), EMBEDDED_JSON);
}

#[test]
fn a_new_network_with_two_actors_and_a_topic_becomes_valid() {
    let mut data = shipped();
    let i = create(
        &mut data,
        EntryKind::Network,
        "Nachbarschaftstreff Lobeda-West",
    );
    let n = &data.networks[i];
    assert_eq!(n.slug, "nachbarschaftstreff-lobeda-west");
    let found = problems(&data);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with(&format!("networks[{i}].summary"))),
        "an empty summary is named at its field: {found:?}"
    );
    let n = &mut data.networks[i];
    n.summary = "Nachbarinnen und Nachbarn treffen sich.".to_owned();
    n.description = vec!["Ein Treffpunkt im Stadtteil.".to_owned()];
    n.levels = vec![Level::District];
    n.topics = vec![data.topics[0].id.clone()];
    for actor in [&data.actors[0], &data.actors[1]] {
        n.actors.push(Participation {
            actor: actor.id.clone(),
            role: Role::Member,
            note: None,
            translations: Default::default(),
        });
    }
    assert!(mark_reviewed(&mut data, EntryKind::Network, i, today()));
    assert_eq!(problems(&data), Vec::<String>::new());
    assert_eq!(data.networks[i].reviewed, Some(today()));
    // The new entry no longer needs attention for its review.
    let why = reasons(&data, EntryKind::Network, i, 0, Some(today()));
    assert!(!why.contains(&Reason::NeverReviewed), "{why:?}");
    assert!(why
        .iter()
        .any(|r| matches!(r, Reason::TranslationMissing(_))));
}

#[test]
fn renaming_a_published_actor_keeps_its_old_id_and_every_reference() {
    let base = shipped();
    let mut data = base.clone();
    let id = data.actors[0].id.clone();
    let before = referrers(&data, EntryKind::Actor, &id);
    assert!(!before.is_empty(), "the first actor takes part somewhere");
    assert!(is_published(&base, EntryKind::Actor, &id));
    rename(&mut data, EntryKind::Actor, 0, "neue-kennung", true);
    assert_eq!(data.actors[0].aliases, vec![id.clone()]);
    assert!(referrers(&data, EntryKind::Actor, &id).is_empty());
    assert_eq!(
        referrers(&data, EntryKind::Actor, "neue-kennung").len(),
        before.len()
    );
    assert_eq!(problems(&data), Vec::<String>::new());
    let changes = Changes::between(&base, &data);
    let renamed = changes
        .entries
        .iter()
        .find(|c| c.kind == EntryKind::Actor)
        .expect("the actor changed");
    assert_eq!(
        renamed.what,
        What::Changed {
            fields: vec!["id".to_owned(), "aliases".to_owned()],
            renamed: Some(id)
        }
    );
}

#[test]
fn deleting_a_topic_others_use_lists_them_and_removes_the_references() {
    let mut data = shipped();
    let id = data.topics[0].id.clone();
    let users = referrers(&data, EntryKind::Topic, &id);
    assert!(!users.is_empty());
    assert!(users
        .iter()
        .all(|r| r.kind == EntryKind::Network && r.field == "Themen"));
    let mut broken = data.clone();
    delete(&mut broken, EntryKind::Topic, 0);
    let found = check_dataset("entwurf", "", &broken, &checks());
    assert!(found
        .iter()
        .any(|p| p.kind == ProblemKind::UnknownReference));
    assert_eq!(
        remove_references(&mut data, EntryKind::Topic, &id),
        users.len()
    );
    delete(&mut data, EntryKind::Topic, 0);
    assert_eq!(problems(&data), Vec::<String>::new());
}

#[test]
fn a_duplicate_has_a_new_id_and_no_review() {
    let mut data = shipped();
    let at = duplicate(&mut data, EntryKind::Network, 0).unwrap();
    assert_eq!(at, 1);
    let copy = &data.networks[1];
    assert!(copy.name.ends_with("(Kopie)"));
    assert_ne!(copy.slug, data.networks[0].slug);
    assert_eq!(copy.reviewed, None);
    assert_eq!(problems(&data), Vec::<String>::new());
    let mut list = vec![1, 2, 3];
    assert!(move_item(&mut list, 0, false));
    assert!(!move_item(&mut list, 0, true));
    assert_eq!(list, vec![2, 1, 3]);
}

#[test]
fn editing_german_outdates_its_translation_until_it_is_reviewed() {
    let mut data = shipped();
    let n = &mut data.networks[0];
    assert!(n.translations[&Language::En].summary.is_some());
    let before = text_state(n, Language::En, true);
    assert_ne!(before, TextState::Outdated);
    // Ukrainian as if nobody had translated this network yet.
    assert_eq!(text_state(n, Language::Uk, true), TextState::Machine);
    n.translations.remove(&Language::Uk);
    assert_eq!(text_state(n, Language::Uk, false), TextState::Missing);
    n.summary.push_str(" Neu.");
    assert_eq!(text_state(n, Language::En, true), TextState::Outdated);
    // Writing one text of an outdated translation leaves it outdated.
    edit_translation(n, Language::En, |t| {
        t.summary = Some("New summary.".to_owned())
    });
    assert_eq!(text_state(n, Language::En, true), TextState::Outdated);
    assert!(review_translation(n, Language::En));
    assert_eq!(text_state(n, Language::En, true), TextState::Reviewed);
    // A new translation by a person: current, not yet checked.
    edit_translation(n, Language::Uk, |t| t.summary = Some("Підсумок".to_owned()));
    assert_eq!(text_state(n, Language::Uk, true), TextState::Unchecked);
    // Emptied again: gone.
    edit_translation(n, Language::Uk, |t| t.summary = None);
    assert!(!n.translations.contains_key(&Language::Uk));
    assert_eq!(problems(&data), Vec::<String>::new());
}

#[test]
fn attention_names_old_reviews() {
    let mut data = shipped();
    data.networks[0].reviewed = Date::new(2025, 10, 1);
    let why = reasons(&data, EntryKind::Network, 0, 2, Some(today()));
    assert_eq!(why[0], Reason::Invalid(2));
    assert_eq!(why[1], Reason::ReviewDue(14));
    assert_eq!(why[1].text(), "zuletzt vor 14 Monaten geprüft");
    data.networks[0].reviewed = None;
    let why = reasons(&data, EntryKind::Network, 0, 0, Some(today()));
    assert_eq!(why[0], Reason::NeverReviewed);
}

#[test]
fn the_summary_of_changes_is_german_and_names_fields() {
    let base = shipped();
    let mut data = base.clone();
    data.networks[0].summary = "Anders.".to_owned();
    create(&mut data, EntryKind::Actor, "Neuer Verein");
    let gone = data.projects[0].name.clone();
    let id = data.projects[0].id.clone();
    remove_references(&mut data, EntryKind::Project, &id);
    delete(&mut data, EntryKind::Project, 0);
    let changes = Changes::between(&base, &data);
    assert_eq!(changes.counts(), (1, changes.counts().1, 1));
    let text = changes.summary();
    assert!(
        text.starts_with("Änderungen am Datenbestand: 1 neu,"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "- geändert: {} ({}): Kurzbeschreibung, Projekte",
            base.networks[0].name, base.networks[0].slug
        )),
        "{text}"
    );
    assert!(
        text.contains("- neu: Neuer Verein (neuer-verein)"),
        "{text}"
    );
    assert!(text.contains(&format!("- entfernt: {gone}")), "{text}");
    assert!(Changes::between(&base, &base).is_empty());
}

#[test]
fn files_that_are_no_dataset_are_refused_with_a_reason() {
    let msg = |text: &str| match open("x.json", text, &checks()) {
        Err(Refused::Unreadable(m)) => m,
        other => panic!("{other:?}"),
    };
    assert!(msg("").contains("leer"));
    assert!(msg("{\"format\": 2,").contains("keine JSON-Datei"));
    assert!(msg("[1, 2, 3]").contains("kein Stadtteilnetz-Datenbestand"));
    assert!(msg("{\"name\": \"Einkaufsliste\"}").contains("kein Stadtteilnetz-Datenbestand"));
    let newer = EMBEDDED_JSON.replacen("\"format\": 2", "\"format\": 3", 1);
    assert!(msg(&newer).contains("neueren Version"), "{}", msg(&newer));
    let big = " ".repeat(MAX_BYTES as usize + 1);
    assert!(matches!(
        open("x.json", &big, &checks()),
        Err(Refused::TooLarge(_))
    ));
    assert!(Refused::TooLarge(50 * 1024 * 1024)
        .message("gross.json")
        .contains("50 MB"));
    // Readable, but full of problems: opened, with the problems.
    let broken = EMBEDDED_JSON.replacen(
        "\"summary\": \"Träger, Vereine und Institutionen der Kinder- und Jugendarbeit tauschen sich aus und planen gemeinsame Projekte.\"",
        "\"summary\": \" \"",
        1,
    );
    let opened = open("x.json", &broken, &checks()).unwrap();
    assert_eq!(opened.problems.len(), 1, "{:?}", opened.problems);
    assert_eq!(opened.problems[0].path, "networks[0].summary");
}

#[test]
fn drafts_round_trip_and_damage_is_named() {
    let data = shipped();
    let draft = Draft {
        version: DRAFT_VERSION,
        tab: "t1".to_owned(),
        revision: 3,
        saved: "2026-12-01T10:00:00Z".to_owned(),
        origin: "mitgeliefert".to_owned(),
        base: fingerprint(&data),
        data: data.clone(),
    };
    assert_eq!(Draft::decode(&draft.encode()).unwrap(), draft);
    assert!(Draft::decode("{kaputt")
        .unwrap_err()
        .0
        .contains("beschädigt"));
    assert!(Draft::decode("{\"version\": 9}")
        .unwrap_err()
        .0
        .contains("neueren"));
    assert!(Draft::decode("{\"version\": 1}")
        .unwrap_err()
        .0
        .contains("unvollständig"));
    let mut other = data.clone();
    other.networks[0].name.push('!');
    assert_ne!(fingerprint(&data), fingerprint(&other));
}

#[test]
fn a_new_entrys_id_follows_its_name_and_a_published_one_stays() {
    use stadtteilnetz_core::editing::ids::set_name;
    let mut data = shipped();
    let i = create(&mut data, EntryKind::Actor, "Verein");
    set_name(&mut data, EntryKind::Actor, i, "Verein Lobeda", false);
    assert_eq!(data.actors[i].id, "verein-lobeda");
    let id = data.actors[0].id.clone();
    set_name(&mut data, EntryKind::Actor, 0, "Ganz anders", true);
    assert_eq!(data.actors[0].id, id);
    assert_eq!(data.actors[0].name, "Ganz anders");
    // An id someone typed stays too.
    rename(&mut data, EntryKind::Actor, i, "eigene-kennung", false);
    set_name(&mut data, EntryKind::Actor, i, "Verein Lobeda-Ost", false);
    assert_eq!(data.actors[i].id, "eigene-kennung");
}
