//! The data model of the directory: what `data/netzwerke.json` holds, in
//! format 2 (format 1 files are read too and migrated, see `migrate`).
//!
//! Field and variant names are English (they are the JSON keys editors type);
//! every text value is German content, the language of the source. Entries
//! may carry `translations` of their texts into the other interface
//! languages (`en`, `uk`, `ar`); a text without one is shown in German.
//! Each translation records who made it, whether a person checked it, and
//! a fingerprint of the German it was made from (`TranslationStatus`).
//! Unknown fields are rejected so that a typo in a key ("nmae") is reported
//! instead of silently ignored. The field order here is the order in which
//! `canonical` writes them.
//! The JSON Schema in `data/netzwerke.schema.json` is generated from these
//! types (`cargo schema`) and a test keeps the two in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::date::Date;
pub use crate::language::Language;

/// An entry's texts in other languages, by language code (`"en"`, …).
/// German is the original and is never a translation.
pub type Translations<T> = BTreeMap<Language, T>;

/// The format version this build writes. Raise it when the format changes in
/// a way older builds could not read, and teach `migrate` the step.
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format this build still reads (and migrates on reading).
pub const OLDEST_FORMAT: u32 = 1;

/// The whole dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Path to the JSON Schema, so that editors offer completion and checks.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version of this file: 2, or 1 for files older builds wrote.
    pub format: u32,
    /// The published text this data was taken from.
    pub source: Source,
    /// Who publishes the app and answers for it: the Impressum, the privacy
    /// and accessibility statements and "Fehler melden" take their details
    /// from here. Optional in format 2; what is missing stays empty on the
    /// pages, and `validate` warns about each missing detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Publisher>,
    /// The page "Leichte Sprache": what the app holds, how to use it and
    /// what the accessibility statement says, in Leichte Sprache (BITV 2.0
    /// § 4). District content, so it lives with the district's data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub easy_read: Option<EasyReadPage>,
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the source text.
    pub title: String,
    /// Who published it.
    pub publisher: String,
}

/// The publisher of the app (the operator of this service), as the
/// Impressum, the privacy statement and the accessibility statement need it.
/// Every detail but the name is optional: a page never shows a detail the
/// office has not given, and `validate` names each one that is missing
/// (`publisher::missing`). Sources for what is asked: `docs/LEGAL.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// The name the public knows, e.g. "Stadtteilbüro Jena-Lobeda".
    pub name: String,
    /// The legal entity behind it (Rechtsträger), e.g. a city.
    #[serde(default)]
    pub body: Option<String>,
    /// Who represents the legal entity (Vertretungsberechtigte Person).
    #[serde(default)]
    pub represented_by: Option<String>,
    /// Street and number of the postal address.
    #[serde(default)]
    pub street: Option<String>,
    /// Postcode of the postal address.
    #[serde(default)]
    pub postcode: Option<String>,
    /// Town of the postal address.
    #[serde(default)]
    pub city: Option<String>,
    /// E-mail address for the public: the Impressum, and where "Fehler
    /// melden" writes when an entry has no maintainer's address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number for the public.
    #[serde(default)]
    pub phone: Option<String>,
    /// The publisher's website (https://…).
    #[serde(default)]
    pub website: Option<String>,
    /// Who is responsible for the content (name and address).
    #[serde(default)]
    pub responsible_for_content: Option<String>,
    /// The supervisory authority, where there is one.
    #[serde(default)]
    pub supervisory_authority: Option<String>,
    /// How to reach the data protection officer.
    #[serde(default)]
    pub data_protection_officer: Option<String>,
    /// The data protection supervisory authority people may complain to.
    #[serde(default)]
    pub data_protection_authority: Option<String>,
    /// Who hosts the app's files and what their server records (the
    /// operator decides; the app itself records nothing).
    #[serde(default)]
    pub hosting: Option<String>,
    /// The body to turn to when accessibility feedback gets no satisfactory
    /// answer (enforcement procedure), with its contact.
    #[serde(default)]
    pub enforcement_body: Option<String>,
    /// When the accessibility statement was prepared or last reviewed.
    #[serde(default)]
    pub statement_date: Option<Date>,
}

/// The page "Leichte Sprache", in Leichte Sprache only (it is the page for
/// readers who need it, whatever the interface language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EasyReadPage {
    /// Who wrote it (a program, or a person).
    pub origin: Origin,
    /// Whether a test group of readers has checked it (the Netzwerk Leichte
    /// Sprache's rules ask for that; the page says whether it happened).
    pub reviewed: bool,
    /// The sections, in order.
    pub sections: Vec<EasyReadSection>,
}

/// One section of the page "Leichte Sprache".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EasyReadSection {
    /// A short heading.
    pub heading: String,
    /// Short paragraphs, one to four short sentences each.
    pub paragraphs: Vec<String>,
}

/// A label with a stable id, used for topics and target groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id: lower-case ASCII letters, digits and hyphens. Filter
    /// links (`/?thema=<id>`) use it, so relabelling never breaks them.
    pub id: String,
    /// The German label shown to people.
    pub label: String,
    /// Earlier addresses of this term in filter links (an old id, or the
    /// slug of its label from format 1), which still select it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The label in other languages.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations<TermText>,
}

/// A topic's or target group's label in another language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TermText {
    /// Who made it and from which German text (required in format 2;
    /// format 1 had none, and reading one fills it in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TranslationStatus>,
    /// The label.
    pub label: String,
}

/// Where a translation comes from, whether a person has checked it, and
/// which German text it was made from. In format 2 every translation has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationStatus {
    /// Made by a person or by a machine.
    pub origin: Origin,
    /// Whether a person has read it against the German and found it right.
    pub reviewed: bool,
    /// The fingerprint of the German texts it translates, as they were when
    /// it was made or last checked (`fingerprint`): when the German changes,
    /// the two differ and the translation is shown as possibly outdated.
    pub fingerprint: String,
}

/// Who made a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A person translated it.
    Human,
    /// A machine translated it (readers are told so).
    Machine,
}

/// Who keeps an entry up to date; both the person's name or role and the
/// e-mail address are what the office chooses to give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Maintainer {
    /// A name or a role, e.g. "Stadtteilbüro Lobeda".
    pub name: String,
    /// An e-mail address, if one may be given.
    #[serde(default)]
    pub email: Option<String>,
}

/// One network, working group or alliance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Network {
    /// Stable id used in the address `/netzwerk/<slug>`. When it changes,
    /// keep the old one in `aliases`, so that shared links and bookmarks
    /// still find the network.
    pub slug: String,
    /// Earlier slugs: their addresses redirect here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
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
    /// When the entry was last checked; `null`: never.
    #[serde(default)]
    pub reviewed: Option<Date>,
    /// Who keeps the entry, if the office names someone.
    #[serde(default)]
    pub maintainer: Option<Maintainer>,
    /// The texts in other languages; names stay German.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations<NetworkText>,
}

impl Network {
    /// A network with this slug and name and nothing else yet: what the
    /// Redaktion creates, and what a converter fills in.
    pub fn new(slug: String, name: String) -> Self {
        Network {
            slug,
            aliases: Vec::new(),
            name,
            caption: None,
            summary: String::new(),
            description: Vec::new(),
            goals: Vec::new(),
            facts: Vec::new(),
            topics: Vec::new(),
            target_groups: Vec::new(),
            levels: Vec::new(),
            actors: Vec::new(),
            projects: Vec::new(),
            founded: None,
            address: None,
            contact: None,
            website: None,
            meeting_rhythm: None,
            image: None,
            reviewed: None,
            maintainer: None,
            translations: BTreeMap::new(),
        }
    }
}

/// A network's texts in another language. Every part is optional: what is
/// missing is shown in German. Lists have as many items as the German ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkText {
    /// Who made it and from which German text (required in format 2;
    /// format 1 had none, and reading one fills it in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TranslationStatus>,
    /// What the (German) name means, shown next to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<String>,
    /// The photo caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// The one-line summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The description, one string per German paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Vec<String>>,
    /// The goals, in the German order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<Vec<String>>,
    /// The facts, in the German order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<Vec<String>>,
    /// How often it meets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_rhythm: Option<String>,
}

/// How an actor takes part in a network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participation {
    /// Id of the actor.
    pub actor: String,
    /// Its role in this network.
    pub role: Role,
    /// What exactly it does there, as the source says.
    #[serde(default)]
    pub note: Option<String>,
    /// The note in other languages.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations<ParticipationText>,
}

/// A participation's note in another language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ParticipationText {
    /// Who made it and from which German text (required in format 2;
    /// format 1 had none, and reading one fills it in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TranslationStatus>,
    /// The note.
    pub note: String,
}

/// The role an actor has in a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id used in the address `/akteur/<id>`; when it changes, keep
    /// the old one in `aliases`.
    pub id: String,
    /// Earlier ids: their addresses redirect here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
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
    /// When the entry was last checked; `null`: never.
    #[serde(default)]
    pub reviewed: Option<Date>,
    /// Who keeps the entry, if the office names someone.
    #[serde(default)]
    pub maintainer: Option<Maintainer>,
    /// The texts in other languages; the name stays German.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations<EntryText>,
}

/// An actor's or project's texts in another language; both parts optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EntryText {
    /// Who made it and from which German text (required in format 2;
    /// format 1 had none, and reading one fills it in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TranslationStatus>,
    /// What the (German) name means, shown next to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The kind of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// When the entry was last checked; `null`: never.
    #[serde(default)]
    pub reviewed: Option<Date>,
    /// Who keeps the entry, if the office names someone.
    #[serde(default)]
    pub maintainer: Option<Maintainer>,
    /// The texts in other languages; the name stays German.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations<EntryText>,
}

/// Contact details; every part is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path below `public/` or an address on the app's own host.
    pub src: String,
    /// What the image shows, for people who cannot see it.
    pub alt: String,
}
