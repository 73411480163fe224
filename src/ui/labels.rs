//! The dataset's enum values (levels, roles, kinds of actor, searched
//! fields) in the interface language. The core's German labels
//! (`crate::labels`) stay what the search indexes.

use leptos_i18n::I18nContext;

use super::i18n::{t_string, Locale};
use crate::model::{ActorKind, Level, Role};
use crate::search::Field;

type I18n = I18nContext<Locale>;

/// The level (Ebene). Reactive when called inside a reactive closure.
pub fn level(i18n: I18n, level: Level) -> String {
    match level {
        Level::District => t_string!(i18n, common.level.district),
        Level::City => t_string!(i18n, common.level.city),
        Level::State => t_string!(i18n, common.level.state),
        Level::Federal => t_string!(i18n, common.level.federal),
    }
    .to_string()
}

/// The heading above the actors with this role on a network page.
pub fn role_heading(i18n: I18n, role: Role) -> String {
    match role {
        Role::Leads => t_string!(i18n, common.role_heading.leads),
        Role::Carrier => t_string!(i18n, common.role_heading.carrier),
        Role::Coordinates => t_string!(i18n, common.role_heading.coordinates),
        Role::Organization => t_string!(i18n, common.role_heading.organization),
        Role::Member => t_string!(i18n, common.role_heading.member),
        Role::Partner => t_string!(i18n, common.role_heading.partner),
        Role::Organizer => t_string!(i18n, common.role_heading.organizer),
        Role::SupportedPlace => t_string!(i18n, common.role_heading.supported_place),
        Role::MembershipIn => t_string!(i18n, common.role_heading.membership_in),
    }
    .to_string()
}

/// The role as named on the actor's own page, next to the network.
pub fn role_on_actor(i18n: I18n, role: Role) -> String {
    match role {
        Role::Leads => t_string!(i18n, common.role_on_actor.leads),
        Role::Carrier => t_string!(i18n, common.role_on_actor.carrier),
        Role::Coordinates => t_string!(i18n, common.role_on_actor.coordinates),
        Role::Organization => t_string!(i18n, common.role_on_actor.organization),
        Role::Member => t_string!(i18n, common.role_on_actor.member),
        Role::Partner => t_string!(i18n, common.role_on_actor.partner),
        Role::Organizer => t_string!(i18n, common.role_on_actor.organizer),
        Role::SupportedPlace => t_string!(i18n, common.role_on_actor.supported_place),
        Role::MembershipIn => t_string!(i18n, common.role_on_actor.membership_in),
    }
    .to_string()
}

/// The kind of actor.
pub fn actor_kind(i18n: I18n, kind: ActorKind) -> String {
    match kind {
        ActorKind::CityDepartment => t_string!(i18n, common.actor_kind.city_department),
        ActorKind::DistrictOffice => t_string!(i18n, common.actor_kind.district_office),
        ActorKind::Association => t_string!(i18n, common.actor_kind.association),
        ActorKind::NonProfitCompany => t_string!(i18n, common.actor_kind.non_profit_company),
        ActorKind::Facility => t_string!(i18n, common.actor_kind.facility),
        ActorKind::Network => t_string!(i18n, common.actor_kind.network),
        ActorKind::Role => t_string!(i18n, common.actor_kind.role),
        ActorKind::Group => t_string!(i18n, common.actor_kind.group),
        ActorKind::Organization => t_string!(i18n, common.actor_kind.organization),
    }
    .to_string()
}

/// A searched field, for "gefunden in: …".
pub fn field(i18n: I18n, field: Field) -> String {
    match field {
        Field::Name => t_string!(i18n, common.field.name),
        Field::Caption => t_string!(i18n, common.field.caption),
        Field::Summary => t_string!(i18n, common.field.summary),
        Field::Topics => t_string!(i18n, common.field.topics),
        Field::TargetGroups => t_string!(i18n, common.field.target_groups),
        Field::Actors => t_string!(i18n, common.field.actors),
        Field::Level => t_string!(i18n, common.field.level),
        Field::Projects => t_string!(i18n, common.field.projects),
        Field::Facts => t_string!(i18n, common.field.facts),
        Field::Description => t_string!(i18n, common.field.description),
    }
    .to_string()
}
