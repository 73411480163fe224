//! Turning kiosk mode on and off by address, and the stored setting.

use stadtteilnetz_core::kiosk::{
    apply, change_from_address, AddressProblem, Change, Kiosk, DEFAULT_IDLE,
};

#[test]
fn kiosk_1_turns_it_on_with_the_default_or_a_valid_idle_time() {
    assert_eq!(
        change_from_address(Some("1"), None),
        (Change::On(Kiosk { idle: DEFAULT_IDLE }), None)
    );
    assert_eq!(
        change_from_address(Some("1"), Some("45")),
        (Change::On(Kiosk { idle: 45 }), None)
    );
    assert_eq!(
        change_from_address(Some("1"), Some("3600")),
        (Change::On(Kiosk { idle: 3600 }), None)
    );
}

#[test]
fn idle_times_out_of_bounds_or_not_numbers_are_refused_with_a_message() {
    for bad in [
        "0",
        "29",
        "3601",
        "-5",
        "2.5",
        "zwei",
        "<script>",
        "99999999999999999999",
    ] {
        let (change, problem) = change_from_address(Some("1"), Some(bad));
        assert_eq!(change, Change::On(Kiosk { idle: DEFAULT_IDLE }), "{bad}");
        assert_eq!(problem, Some(AddressProblem::BadIdle(bad.into())), "{bad}");
    }
}

#[test]
fn kiosk_0_turns_it_off_and_no_parameter_keeps_the_setting() {
    let on = Some(Kiosk { idle: 60 });
    assert_eq!(apply(on, &change_from_address(Some("0"), None).0), None);
    assert_eq!(apply(on, &change_from_address(None, Some("90")).0), on);
    assert_eq!(apply(None, &change_from_address(None, None).0), None);
    let (change, problem) = change_from_address(Some("ja"), None);
    assert_eq!(apply(on, &change), on);
    assert_eq!(problem, Some(AddressProblem::UnknownKiosk("ja".into())));
    let long = "x".repeat(50);
    assert_eq!(
        change_from_address(Some(&long), None).1,
        Some(AddressProblem::UnknownKiosk("x".repeat(20))),
        "what is quoted is cut short"
    );
}

#[test]
fn the_stored_setting_round_trips_and_bad_values_count_as_off() {
    let k = Kiosk { idle: 75 };
    assert_eq!(Kiosk::decode(&k.encode()), Some(k));
    for bad in [
        "",
        "1",
        "1:",
        "1:abc",
        "1:5",
        "0:120",
        "true",
        "{\"idle\":120}",
    ] {
        assert_eq!(Kiosk::decode(bad), None, "{bad}");
    }
}

#[test]
fn public_links_need_a_public_address() {
    use stadtteilnetz_core::links::public_link_at;
    assert_eq!(
        public_link_at("https://stadtteilnetz.example.org/", "/netzwerk/x").as_deref(),
        Some("https://stadtteilnetz.example.org/netzwerk/x")
    );
    for local in [
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "https://kiosk.localhost",
        "ftp://x",
        "",
        "[::1]",
    ] {
        assert_eq!(public_link_at(local, "/"), None, "{local}");
    }
}
