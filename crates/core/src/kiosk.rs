//! Kiosk mode for shared screens in community centres: turned on once per
//! device by a link (`/?kiosk=1`, optionally `&idle=120`), kept on that
//! device, and turned off by `/?kiosk=0`. This module only decides; the
//! browser side (storage, idle timer, reset) lives in `ui::kiosk`.

/// The localStorage key of the device's kiosk setting.
pub const KEY: &str = "stadtteilnetz.kiosk";

/// Seconds without a touch, key or pointer before "Noch da?" appears.
pub const DEFAULT_IDLE: u32 = 120;
/// The shortest idle time a link may set: less would interrupt readers.
pub const MIN_IDLE: u32 = 30;
/// The longest idle time a link may set: more would leave a visit open.
pub const MAX_IDLE: u32 = 3600;
/// Seconds the "Noch da?" countdown runs before the reset.
pub const COUNTDOWN: u32 = 10;

/// The kiosk setting of a device: on (with its idle time) or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds of no input until the countdown starts.
    pub idle: u32,
}

impl Kiosk {
    /// The stored form: `1:<idle seconds>`.
    pub fn encode(self) -> String {
        format!("1:{}", self.idle)
    }

    /// The setting from its stored form; anything unreadable counts as off,
    /// which is what a screen without the setting shows.
    pub fn decode(stored: &str) -> Option<Kiosk> {
        let idle = stored.strip_prefix("1:")?.parse().ok()?;
        (MIN_IDLE..=MAX_IDLE)
            .contains(&idle)
            .then_some(Kiosk { idle })
    }
}

/// What the address asks of the device's setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Nothing: the address has no `kiosk` parameter.
    Keep,
    /// Turn kiosk mode on (or change its idle time).
    On(Kiosk),
    /// Turn it off.
    Off,
}

/// Something in the address that was not taken, for a message to the admin
/// who typed the link (the UI says it in the interface language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressProblem {
    /// `idle` is not a whole number of seconds from [`MIN_IDLE`] to
    /// [`MAX_IDLE`], so [`DEFAULT_IDLE`] applies; holds what was typed (at
    /// most 20 characters).
    BadIdle(String),
    /// `kiosk` is neither `1` nor `0`; holds what was typed (at most 20
    /// characters).
    UnknownKiosk(String),
}

/// At most 20 characters of what someone typed, to be quoted in a message.
fn quoted(text: &str) -> String {
    text.chars().take(20).collect()
}

/// Reads `kiosk` and `idle` from the address. An idle time that is not a
/// whole number of seconds within bounds is not taken: the problem says so
/// (for the admin who typed the link) and the default applies.
pub fn change_from_address(
    kiosk: Option<&str>,
    idle: Option<&str>,
) -> (Change, Option<AddressProblem>) {
    match kiosk.map(str::trim) {
        None => (Change::Keep, None),
        Some("0") => (Change::Off, None),
        Some("1") => {
            let (idle, problem) = match idle.map(str::trim) {
                None | Some("") => (DEFAULT_IDLE, None),
                Some(text) => match text.parse::<u32>() {
                    Ok(n) if (MIN_IDLE..=MAX_IDLE).contains(&n) => (n, None),
                    _ => (DEFAULT_IDLE, Some(AddressProblem::BadIdle(quoted(text)))),
                },
            };
            (Change::On(Kiosk { idle }), problem)
        }
        Some(other) => (
            Change::Keep,
            Some(AddressProblem::UnknownKiosk(quoted(other))),
        ),
    }
}

/// The setting after `change`, from the stored one.
pub fn apply(stored: Option<Kiosk>, change: &Change) -> Option<Kiosk> {
    match change {
        Change::Keep => stored,
        Change::On(k) => Some(*k),
        Change::Off => None,
    }
}
