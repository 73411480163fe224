//! The data model of the directory: what `data/netzwerke.json` holds.
//!
//! Field and variant names are English (they are the JSON keys editors type);
//! every text value is German content. Unknown fields are rejected so that a
//! typo in a key ("nmae") is reported instead of silently ignored.
//! The JSON Schema in `data/netzwerke.schema.json` is generated from these
//! types (`cargo run --bin schema`) and a test keeps the two in step.

use serde::{Deserialize, Serialize};

/// The format version this build reads. Raise it when the format changes in a
/// way older builds could not read.
pub const FORMAT_VERSION: u32 = 1;

/// The whole dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Path to the JSON Schema, so that editors offer completion and checks.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version of this file; must equal the version the app reads.
    pub format: u32,
    /// The published text this data was taken from.
    pub source: Source,
    /// Topics (Themen) that networks refer to by id.
    pub topics: Vec<Term>,
    /// Target groups (Zielgruppen) that networks refer to by id.
    pub target_groups: Vec<Term>,
    /// Organisations, facilities, roles and groups, referred to by id.
    pub actors: Vec<Actor>,
    /// Projects and concepts that networks refer to by id.
    pub projects: Vec<Project>,
    /// The networks, in the order they are shown.
    pub networks: Vec<Network>,
}

/// Where the content comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the source text.
    pub title: String,
    /// Who published it.
    pub publisher: String,
}

/// A label with a stable id, used for topics and target groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id: lower-case ASCII letters, digits and hyphens.
    pub id: String,
    /// The German label shown to people.
    pub label: String,
}

/// One network, working group or alliance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// Stable id used in the address `/netzwerk/<slug>`; never change it once
    /// published, or shared links and bookmarks break.
    pub slug: String,
    /// The network's name.
    pub name: String,
    /// The caption printed under its photo on the source page, if any.
    pub caption: Option<String>,
    /// One line saying what the network does.
    pub summary: String,
    /// The description, as written in the source; one string per paragraph.
    pub description: Vec<String>,
    /// What the network wants to achieve, as the source states it.
    #[serde(default)]
    pub goals: Vec<String>,
    /// Further facts the source states (founding year, form, ...).
    #[serde(default)]
    pub facts: Vec<String>,
    /// Ids of topics (Themen).
    pub topics: Vec<String>,
    /// Ids of target groups (Zielgruppen).
    pub target_groups: Vec<String>,
    /// Levels it works on (Ebene); several where the source says so.
    pub levels: Vec<Level>,
    /// Who takes part and how.
    pub actors: Vec<Participation>,
    /// Ids of projects and concepts the network works on.
    #[serde(default)]
    pub projects: Vec<String>,
    /// Year the network was founded, if the source says.
    #[serde(default)]
    pub founded: Option<u16>,
    /// Postal address, if known.
    #[serde(default)]
    pub address: Option<String>,
    /// Contact, if known.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Website (https://...), if known.
    #[serde(default)]
    pub website: Option<String>,
    /// How often it meets, if known (e.g. "monatlich").
    #[serde(default)]
    pub meeting_rhythm: Option<String>,
    /// A photo, if one is available.
    #[serde(default)]
    pub image: Option<Image>,
}

/// How an actor takes part in a network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participation {
    /// Id of the actor.
    pub actor: String,
    /// Its role in this network.
    pub role: Role,
    /// What exactly it does there, as the source says.
    #[serde(default)]
    pub note: Option<String>,
}

/// The role an actor has in a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Leads the network (Leitung).
    Leads,
    /// Carries it as its Träger.
    Carrier,
    /// Coordinates it.
    Coordinates,
    /// The organisation the network is.
    Organization,
    /// Takes part as a member.
    Member,
    /// Takes part as a partner.
    Partner,
    /// Organises a project the network works on.
    Organizer,
    /// A place the network supports.
    SupportedPlace,
    /// An association the network is a member of.
    MembershipIn,
}

impl Role {
    /// Every role, in the order roles are shown on a network page.
    pub const ALL: [Role; 9] = [
        Role::Leads,
        Role::Carrier,
        Role::Coordinates,
        Role::Organization,
        Role::Member,
        Role::Partner,
        Role::Organizer,
        Role::SupportedPlace,
        Role::MembershipIn,
    ];
}

/// The level a network works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The district (Stadtteil).
    District,
    /// The city (Stadt).
    City,
    /// The federal state (Land).
    State,
    /// The country (Bund).
    Federal,
}

/// An organisation, facility, role or group of actors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id used in the address `/akteur/<id>`.
    pub id: String,
    /// The actor's name.
    pub name: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// A short description, only as the source states it.
    #[serde(default)]
    pub description: Option<String>,
    /// Postal address, if known.
    #[serde(default)]
    pub address: Option<String>,
    /// Contact, if known.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Website (https://...), if known.
    #[serde(default)]
    pub website: Option<String>,
    /// A photo or logo, if one is available.
    #[serde(default)]
    pub image: Option<Image>,
}

/// The kind of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A department of the city administration (Fachdienst).
    CityDepartment,
    /// The district office (Stadtteilbüro).
    DistrictOffice,
    /// A registered association (Verein).
    Association,
    /// A non-profit company (gGmbH).
    NonProfitCompany,
    /// A facility such as a youth centre or meeting place.
    Facility,
    /// A network.
    Network,
    /// A person's role, such as the Sozialplanerin.
    Role,
    /// A group of actors the source names together (e.g. "Vereine").
    Group,
    /// An organisation whose form the source does not state.
    Organization,
}

/// A project or concept that networks work on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it is, as the source states it.
    pub description: String,
    /// Ids of the actors who organise it.
    #[serde(default)]
    pub organizers: Vec<String>,
}

/// Contact details; every part is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Contact person.
    #[serde(default)]
    pub person: Option<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
}

/// An image with its text alternative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path below `public/` or an address on the app's own host.
    pub src: String,
    /// What the image shows, for people who cannot see it.
    pub alt: String,
}
