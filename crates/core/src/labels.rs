//! German words for the dataset's enum values, shared by every page.

use crate::model::{ActorKind, Level, Role};

impl Level {
    /// Every level, from the nearest to the widest.
    pub const ALL: [Level; 4] = [Level::District, Level::City, Level::State, Level::Federal];

    /// The value in the data (`"district"`, …).
    pub fn code(self) -> &'static str {
        match self {
            Level::District => "district",
            Level::City => "city",
            Level::State => "state",
            Level::Federal => "federal",
        }
    }

    /// The German label (Ebene).
    pub fn label(self) -> &'static str {
        match self {
            Level::District => "Stadtteil",
            Level::City => "Stadt",
            Level::State => "Land",
            Level::Federal => "Bund",
        }
    }
}

impl Role {
    /// Heading above the actors with this role on a network page.
    pub fn heading(self) -> &'static str {
        match self {
            Role::Leads => "Leitung",
            Role::Carrier => "Trägerschaft",
            Role::Coordinates => "Koordination",
            Role::Organization => "Organisation",
            Role::Member => "Mitwirkende",
            Role::Partner => "Partner",
            Role::Organizer => "Organisiert Projekte",
            Role::SupportedPlace => "Unterstützte Orte",
            Role::MembershipIn => "Mitglied in",
        }
    }

    /// The role as named on the actor's own page, next to the network.
    pub fn on_actor_page(self) -> &'static str {
        match self {
            Role::Leads => "Leitung",
            Role::Carrier => "Träger",
            Role::Coordinates => "Koordination",
            Role::Organization => "Organisation hinter dem Netzwerk",
            Role::Member => "Mitwirkung",
            Role::Partner => "Partner",
            Role::Organizer => "Organisiert ein Projekt des Netzwerks",
            Role::SupportedPlace => "Unterstützter Ort",
            Role::MembershipIn => "Das Netzwerk ist hier Mitglied",
        }
    }
}

impl ActorKind {
    /// The German label for the kind of actor.
    pub fn label(self) -> &'static str {
        match self {
            ActorKind::CityDepartment => "Städtischer Fachdienst",
            ActorKind::DistrictOffice => "Stadtteilbüro",
            ActorKind::Association => "Verein",
            ActorKind::NonProfitCompany => "Gemeinnützige GmbH",
            ActorKind::Facility => "Einrichtung",
            ActorKind::Network => "Netzwerk",
            ActorKind::Role => "Funktion",
            ActorKind::Group => "Gruppe von Akteuren",
            ActorKind::Organization => "Organisation",
        }
    }
}

/// A count as German writes it: `10000` → `10.000` (from five digits on;
/// `1000` stays as it is, as German typesetting does).
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    if digits.len() < 5 {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn german_numbers() {
        assert_eq!(number(0), "0");
        assert_eq!(number(5), "5");
        assert_eq!(number(1000), "1000");
        assert_eq!(number(10000), "10.000");
        assert_eq!(number(123456), "123.456");
        assert_eq!(number(1234567), "1.234.567");
    }
}
