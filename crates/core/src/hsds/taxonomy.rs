//! Our vocabularies as HSDS taxonomies: HSDS has no fields for roles,
//! topics, levels or kinds, so each goes into an `attribute` whose
//! `taxonomy_term` names one of these. Export and import share them, so a
//! term the export writes is a term the import reads.

use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use crate::model::{ActorKind, Level, Role};

/// Every record id of the export is a UUID v5 in this namespace, made from
/// our stable ids (`network:<slug>`, …): the same data, the same ids.
pub const NAMESPACE: Uuid = Uuid::from_u128(0x19e8d386_7ffb_4edd_a759_598e871f17de);

/// The UUID of `key` in our namespace.
pub fn uuid(key: &str) -> String {
    Uuid::new_v5(&NAMESPACE, key.as_bytes()).to_string()
}

/// One of our taxonomies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    /// Whether an organisation is one of our networks or an actor.
    EntryType,
    /// An actor's kind (`ActorKind`).
    ActorKind,
    /// An actor's role in a network (`Role`): the membership HSDS lacks.
    Role,
    /// A network's topics (`Dataset::topics`).
    Topic,
    /// A network's target groups (`Dataset::target_groups`).
    TargetGroup,
    /// The levels a network works on (`Level`).
    Level,
    /// Our ids and the links between entries that have no HSDS field.
    Detail,
}

/// The entry types' codes.
pub const NETWORK: &str = "netzwerk";
/// See [`NETWORK`].
pub const ACTOR: &str = "akteur";
/// Detail: our stable id of the entry (value).
pub const ID: &str = "kennung";
/// Detail on a network: it works on the program whose UUID is the value.
pub const PROJECT: &str = "projekt";
/// Detail on a program: organised by the organisation whose UUID is the value.
pub const ORGANIZED_BY: &str = "organisiert-von";
/// Detail on a membership attribute (`link_entity` "attribute"): its note.
pub const NOTE: &str = "anmerkung";

impl Vocabulary {
    /// Every taxonomy, in the order the export writes attributes.
    pub const ALL: [Vocabulary; 7] = [
        Vocabulary::Detail,
        Vocabulary::EntryType,
        Vocabulary::ActorKind,
        Vocabulary::Topic,
        Vocabulary::TargetGroup,
        Vocabulary::Level,
        Vocabulary::Role,
    ];

    /// The taxonomy's name, the `taxonomy` of its terms.
    pub fn name(self) -> &'static str {
        match self {
            Vocabulary::EntryType => "stadtteilnetz-eintragsart",
            Vocabulary::ActorKind => "stadtteilnetz-akteursart",
            Vocabulary::Role => "stadtteilnetz-rolle",
            Vocabulary::Topic => "stadtteilnetz-thema",
            Vocabulary::TargetGroup => "stadtteilnetz-zielgruppe",
            Vocabulary::Level => "stadtteilnetz-ebene",
            Vocabulary::Detail => "stadtteilnetz-angabe",
        }
    }

    /// What the taxonomy is, in German.
    pub fn description(self) -> &'static str {
        match self {
            Vocabulary::EntryType => "Ob eine Organisation ein Netzwerk des Stadtteilnetzes ist oder ein Akteur, der in Netzwerken mitwirkt.",
            Vocabulary::ActorKind => "Die Art eines Akteurs im Stadtteilnetz.",
            Vocabulary::Role => "Die Rolle eines Akteurs in einem Netzwerk; das Attribut hängt am Netzwerk, sein value ist die id der Organisation des Akteurs.",
            Vocabulary::Topic => "Die Themen der Netzwerke im Stadtteilnetz.",
            Vocabulary::TargetGroup => "Die Zielgruppen der Netzwerke im Stadtteilnetz.",
            Vocabulary::Level => "Die Ebenen, auf denen ein Netzwerk arbeitet.",
            Vocabulary::Detail => "Angaben des Stadtteilnetzes ohne eigenes HSDS-Feld: Kennungen und Verweise zwischen Einträgen.",
        }
    }

    /// The attribute's `link_type` for terms of this taxonomy.
    pub fn link_type(self) -> &'static str {
        match self {
            Vocabulary::EntryType => "entry_type",
            Vocabulary::ActorKind => "kind",
            Vocabulary::Role => "membership",
            Vocabulary::Topic => "topic",
            Vocabulary::TargetGroup => "target_group",
            Vocabulary::Level => "level",
            Vocabulary::Detail => "detail",
        }
    }

    /// The taxonomy with this name, if it is ours.
    pub fn from_name(name: &str) -> Option<Vocabulary> {
        Vocabulary::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The taxonomy record (`taxonomy.json`).
    pub fn record(self) -> serde_json::Value {
        serde_json::json!({
            "id": uuid(&format!("taxonomy:{}", self.name())),
            "name": self.name(),
            "description": self.description(),
        })
    }

    /// The term record (`taxonomy_term.json`) of `code`.
    pub fn term(self, code: &str, name: &str, description: &str) -> serde_json::Value {
        let taxonomy = self.record();
        serde_json::json!({
            "id": uuid(&format!("taxonomy:{}/{code}", self.name())),
            "code": code,
            "name": name,
            "description": description,
            "taxonomy": self.name(),
            "taxonomy_id": taxonomy["id"],
            "taxonomy_detail": taxonomy,
            "language": "de",
        })
    }
}

/// The value an enum has in our data (`"leads"`, `"city_department"`).
pub fn code<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The enum value of a code, if the format has it.
pub fn from_code<T: DeserializeOwned>(code: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).ok()
}

/// A role's name and description as terms of [`Vocabulary::Role`].
pub fn role_term(role: Role) -> serde_json::Value {
    let description = match role {
        Role::Leads => "Leitet das Netzwerk.",
        Role::Carrier => "Ist Träger des Netzwerks.",
        Role::Coordinates => "Koordiniert das Netzwerk.",
        Role::Organization => "Die Organisation, die das Netzwerk ist.",
        Role::Member => "Wirkt im Netzwerk mit.",
        Role::Partner => "Wirkt als Partner mit.",
        Role::Organizer => "Organisiert ein Projekt, an dem das Netzwerk arbeitet.",
        Role::SupportedPlace => "Ein Ort, den das Netzwerk unterstützt.",
        Role::MembershipIn => "Ein Verband oder Bündnis, in dem das Netzwerk Mitglied ist.",
    };
    Vocabulary::Role.term(&code(role), role.on_actor_page(), description)
}

/// An actor kind as a term of [`Vocabulary::ActorKind`].
pub fn kind_term(kind: ActorKind) -> serde_json::Value {
    let label = kind.label();
    Vocabulary::ActorKind.term(&code(kind), label, &format!("Akteursart „{label}“"))
}

/// A level as a term of [`Vocabulary::Level`].
pub fn level_term(level: Level) -> serde_json::Value {
    let label = level.label();
    Vocabulary::Level.term(
        level.code(),
        label,
        &format!("Arbeitet auf der Ebene „{label}“."),
    )
}

/// An entry type as a term of [`Vocabulary::EntryType`].
pub fn entry_type_term(code: &str) -> serde_json::Value {
    let (name, description) = if code == NETWORK {
        (
            "Netzwerk",
            "Ein Netzwerk, ein Arbeitskreis oder ein Bündnis.",
        )
    } else {
        (
            "Akteur",
            "Eine Organisation, Einrichtung, Funktion oder Gruppe, die in Netzwerken mitwirkt.",
        )
    };
    Vocabulary::EntryType.term(code, name, description)
}

/// A detail as a term of [`Vocabulary::Detail`].
pub fn detail_term(code: &str) -> serde_json::Value {
    let (name, description) = match code {
        ID => (
            "Kennung",
            "Die stabile Kennung des Eintrags im Stadtteilnetz (value).",
        ),
        PROJECT => (
            "Arbeitet an Projekt",
            "Das Netzwerk arbeitet an dem Projekt, dessen program-id der value ist.",
        ),
        ORGANIZED_BY => (
            "Organisiert von",
            "Das Projekt wird von der Organisation organisiert, deren id der value ist.",
        ),
        _ => (
            "Anmerkung",
            "Was ein Akteur im Netzwerk genau tut (value); link_id ist das Attribut seiner Rolle.",
        ),
    };
    Vocabulary::Detail.term(code, name, description)
}
