//! The fixed values of the format as the forms offer them: the value in
//! the file and its German label.

use stadtteilnetz_core::model::{ActorKind, Role};

/// Every role, with its value in the file and the German label.
pub const ROLES: [(Role, &str); 9] = [
    (Role::Leads, "leads"),
    (Role::Carrier, "carrier"),
    (Role::Coordinates, "coordinates"),
    (Role::Organization, "organization"),
    (Role::Member, "member"),
    (Role::Partner, "partner"),
    (Role::Organizer, "organizer"),
    (Role::SupportedPlace, "supported_place"),
    (Role::MembershipIn, "membership_in"),
];

/// Every kind of actor, with its value in the file.
pub const ACTOR_KINDS: [(ActorKind, &str); 9] = [
    (ActorKind::CityDepartment, "city_department"),
    (ActorKind::DistrictOffice, "district_office"),
    (ActorKind::Association, "association"),
    (ActorKind::NonProfitCompany, "non_profit_company"),
    (ActorKind::Facility, "facility"),
    (ActorKind::Network, "network"),
    (ActorKind::Role, "role"),
    (ActorKind::Group, "group"),
    (ActorKind::Organization, "organization"),
];

/// The value in the file of a role.
pub fn role_code(role: Role) -> &'static str {
    ROLES
        .iter()
        .find(|(r, _)| *r == role)
        .map_or("member", |(_, c)| c)
}

/// The role with value `code`.
pub fn role_of(code: &str) -> Option<Role> {
    ROLES.iter().find(|(_, c)| *c == code).map(|(r, _)| *r)
}

/// The options of a role select: the role as a network page heads it.
pub fn role_options() -> Vec<(&'static str, &'static str)> {
    ROLES.iter().map(|(r, c)| (*c, r.on_actor_page())).collect()
}

/// The value in the file of a kind of actor.
pub fn kind_code(kind: ActorKind) -> &'static str {
    ACTOR_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("organization", |(_, c)| c)
}

/// The kind with value `code`.
pub fn kind_of(code: &str) -> Option<ActorKind> {
    ACTOR_KINDS
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(k, _)| *k)
}

/// The options of the kind select.
pub fn kind_options() -> Vec<(&'static str, &'static str)> {
    ACTOR_KINDS.iter().map(|(k, c)| (*c, k.label())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_files_values() {
        for (role, code) in ROLES {
            assert_eq!(serde_json::to_value(role).unwrap(), code);
            assert_eq!(role_of(code), Some(role));
        }
        for (kind, code) in ACTOR_KINDS {
            assert_eq!(serde_json::to_value(kind).unwrap(), code);
            assert_eq!(kind_of(code), Some(kind));
        }
    }
}
