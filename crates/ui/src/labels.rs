//! The dataset's enum values (levels, roles, kinds of actor, searched
//! fields) in a language of the interface. The core's German labels
//! (`stadtteilnetz_core::labels`) stay what the search indexes.

use crate::i18n::{td_string, Locale};
use stadtteilnetz_core::model::{ActorKind, Level, Role};
use stadtteilnetz_core::search::Field;

/// The level (Ebene). In a view, call it in a closure with
/// `i18n.get_locale()`, so that it follows a change of language.
pub fn level(locale: Locale, level: Level) -> &'static str {
    match level {
        Level::District => td_string!(locale, common.level.district),
        Level::City => td_string!(locale, common.level.city),
        Level::State => td_string!(locale, common.level.state),
        Level::Federal => td_string!(locale, common.level.federal),
    }
}

/// The heading above the actors with this role on a network page.
pub fn role_heading(locale: Locale, role: Role) -> &'static str {
    match role {
        Role::Leads => td_string!(locale, common.role_heading.leads),
        Role::Carrier => td_string!(locale, common.role_heading.carrier),
        Role::Coordinates => td_string!(locale, common.role_heading.coordinates),
        Role::Organization => td_string!(locale, common.role_heading.organization),
        Role::Member => td_string!(locale, common.role_heading.member),
        Role::Partner => td_string!(locale, common.role_heading.partner),
        Role::Organizer => td_string!(locale, common.role_heading.organizer),
        Role::SupportedPlace => td_string!(locale, common.role_heading.supported_place),
        Role::MembershipIn => td_string!(locale, common.role_heading.membership_in),
    }
}

/// The role as named on the actor's own page, next to the network.
pub fn role_on_actor(locale: Locale, role: Role) -> &'static str {
    match role {
        Role::Leads => td_string!(locale, common.role_on_actor.leads),
        Role::Carrier => td_string!(locale, common.role_on_actor.carrier),
        Role::Coordinates => td_string!(locale, common.role_on_actor.coordinates),
        Role::Organization => td_string!(locale, common.role_on_actor.organization),
        Role::Member => td_string!(locale, common.role_on_actor.member),
        Role::Partner => td_string!(locale, common.role_on_actor.partner),
        Role::Organizer => td_string!(locale, common.role_on_actor.organizer),
        Role::SupportedPlace => td_string!(locale, common.role_on_actor.supported_place),
        Role::MembershipIn => td_string!(locale, common.role_on_actor.membership_in),
    }
}

/// The kind of actor.
pub fn actor_kind(locale: Locale, kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::CityDepartment => td_string!(locale, common.actor_kind.city_department),
        ActorKind::DistrictOffice => td_string!(locale, common.actor_kind.district_office),
        ActorKind::Association => td_string!(locale, common.actor_kind.association),
        ActorKind::NonProfitCompany => td_string!(locale, common.actor_kind.non_profit_company),
        ActorKind::Facility => td_string!(locale, common.actor_kind.facility),
        ActorKind::Network => td_string!(locale, common.actor_kind.network),
        ActorKind::Role => td_string!(locale, common.actor_kind.role),
        ActorKind::Group => td_string!(locale, common.actor_kind.group),
        ActorKind::Organization => td_string!(locale, common.actor_kind.organization),
    }
}

/// A searched field, for "gefunden in: …".
pub fn field(locale: Locale, field: Field) -> &'static str {
    match field {
        Field::Name => td_string!(locale, common.field.name),
        Field::Caption => td_string!(locale, common.field.caption),
        Field::Summary => td_string!(locale, common.field.summary),
        Field::Topics => td_string!(locale, common.field.topics),
        Field::TargetGroups => td_string!(locale, common.field.target_groups),
        Field::Actors => td_string!(locale, common.field.actors),
        Field::Level => td_string!(locale, common.field.level),
        Field::Projects => td_string!(locale, common.field.projects),
        Field::Facts => td_string!(locale, common.field.facts),
        Field::Description => td_string!(locale, common.field.description),
    }
}
