//! Decoding whatever localStorage holds: nothing is lost that can be read,
//! and every bad value gives a short message.

use stadtteilnetz_core::bookmarks::{Item, Merkliste, ReadProblem};

fn n(s: &str) -> Item {
    Item::Network(s.into())
}

#[test]
fn nothing_stored_is_an_empty_list_without_message() {
    assert_eq!(Merkliste::decode(None), (Merkliste::default(), None));
}

#[test]
fn current_format_reads_back() {
    let raw = r#"{"version":1,"items":["n:arbeitskreis-generationen","a:kubus"]}"#;
    let (list, problem) = Merkliste::decode(Some(raw));
    assert_eq!(problem, None);
    assert_eq!(
        list.items(),
        [n("arbeitskreis-generationen"), Item::Actor("kubus".into())]
    );
}

#[test]
fn malformed_json_keeps_what_can_be_recognised() {
    let raw = r#"{"version":1,"items":["n:arbeitskreis-generationen","a:kubus""#;
    let (list, problem) = Merkliste::decode(Some(raw));
    assert_eq!(problem, Some(ReadProblem::Broken));
    assert_eq!(list.len(), 2);
    for garbage in [
        "",
        "{",
        "null x",
        "\u{0}\u{1}",
        "🙂",
        "<script>alert(1)</script>",
    ] {
        let (list, problem) = Merkliste::decode(Some(garbage));
        assert!(list.is_empty(), "{garbage:?}");
        assert!(problem.is_some(), "{garbage:?}");
    }
}

#[test]
fn wrong_types_are_reported_and_valid_entries_kept() {
    for raw in [
        r#"42"#,
        r#""n:arbeitskreis-generationen""#,
        r#"{"version":"eins","items":["n:arbeitskreis-generationen"]}"#,
        r#"{"version":1,"items":"n:arbeitskreis-generationen"}"#,
        r#"{"version":1}"#,
    ] {
        let (list, problem) = Merkliste::decode(Some(raw));
        assert_eq!(problem, Some(ReadProblem::WrongShape), "{raw}");
        assert!(list.len() <= 1, "{raw}");
    }
    let (list, problem) = Merkliste::decode(Some(
        r#"{"version":1,"items":["n:a",7,null,{"x":1},"Q:z","n:b"]}"#,
    ));
    assert_eq!(list.items(), [n("a"), n("b")]);
    assert_eq!(problem, Some(ReadProblem::SomeUnreadable(4)));
}

#[test]
fn older_and_newer_versions() {
    // Before versions: a plain list.
    let (list, problem) = Merkliste::decode(Some(r#"["n:a","a:kubus"]"#));
    assert_eq!((list.len(), problem), (2, None));
    // A newer app's list: readable entries kept, with a note.
    let (list, problem) =
        Merkliste::decode(Some(r#"{"version":7,"items":["n:a","n:b"],"folders":[]}"#));
    assert_eq!(list.items(), [n("a"), n("b")]);
    assert_eq!(problem, Some(ReadProblem::Newer(7)));
    let (list, problem) = Merkliste::decode(Some(r#"{"version":9,"lists":{"x":["n:a"]}}"#));
    assert_eq!(list.items(), [n("a")]);
    assert_eq!(problem, Some(ReadProblem::Newer(9)));
}

#[test]
fn ids_no_longer_in_the_dataset_are_kept() {
    let (list, _) = Merkliste::decode(Some(r#"{"version":1,"items":["n:gibt-es-nicht-mehr"]}"#));
    assert_eq!(list.items(), [n("gibt-es-nicht-mehr")]);
}

#[test]
fn tokens_must_be_well_formed() {
    assert_eq!(
        Item::parse("n:jenaer-integrationsbuendnis"),
        Some(n("jenaer-integrationsbuendnis"))
    );
    for bad in ["", "n:", "x:abc", "n:ABC", "n:a b", "n:../x", "abc", "n:ä"] {
        assert_eq!(Item::parse(bad), None, "{bad}");
    }
}
