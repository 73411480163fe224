//! The networks and their members as one CSV table, for a spreadsheet:
//! one row per member of a network, and a row for a network with none.

use crate::csv;
use crate::model::Dataset;

/// The header row.
pub const HEADER: [&str; 8] = [
    "Netzwerk",
    "Netzwerk-Kennung",
    "Ebenen",
    "Akteur",
    "Akteur-Kennung",
    "Akteursart",
    "Rolle",
    "Anmerkung",
];

/// The table, RFC 4180 with formula cells defused (`csv`).
pub fn members_csv(data: &Dataset) -> String {
    let mut rows: Vec<Vec<String>> = vec![HEADER.iter().map(|h| (*h).to_owned()).collect()];
    for n in &data.networks {
        let levels = n
            .levels
            .iter()
            .map(|l| l.label())
            .collect::<Vec<_>>()
            .join("; ");
        let network = [n.name.clone(), n.slug.clone(), levels];
        if n.actors.is_empty() {
            rows.push(
                network
                    .iter()
                    .cloned()
                    .chain(std::iter::repeat_n(String::new(), 5))
                    .collect(),
            );
        }
        for p in &n.actors {
            let actor = data.actors.iter().find(|a| a.id == p.actor);
            let mut row = network.to_vec();
            row.push(actor.map_or_else(String::new, |a| a.name.clone()));
            row.push(p.actor.clone());
            row.push(actor.map_or_else(String::new, |a| a.kind.label().to_owned()));
            row.push(p.role.on_actor_page().to_owned());
            row.push(p.note.clone().unwrap_or_default());
            rows.push(row);
        }
    }
    csv::table(&rows)
}

#[cfg(test)]
mod tests {
    use super::members_csv;
    use crate::model::{Actor, ActorKind, Dataset, Level, Network, Participation, Role, Source};

    fn actor(id: &str, name: &str) -> Actor {
        Actor {
            id: id.to_owned(),
            aliases: Vec::new(),
            name: name.to_owned(),
            kind: ActorKind::Association,
            description: None,
            address: None,
            contact: None,
            website: None,
            image: None,
            reviewed: None,
            maintainer: None,
            translations: Default::default(),
        }
    }

    #[test]
    fn hostile_names_stay_in_their_cells() {
        let mut n = Network::new("netz".into(), "Netz, \"das\"\nzweite Zeile".into());
        n.levels = vec![Level::District, Level::City];
        n.actors = vec![Participation {
            actor: "boese".into(),
            role: Role::Member,
            note: Some("=cmd|' /C calc'!A0".into()),
            translations: Default::default(),
        }];
        let data = Dataset {
            schema: None,
            format: 2,
            source: Source {
                title: "t".into(),
                publisher: "p".into(),
            },
            publisher: None,
            easy_read: None,
            topics: Vec::new(),
            target_groups: Vec::new(),
            actors: vec![actor("boese", "@Verein \"Böse\", e.V.")],
            projects: Vec::new(),
            networks: vec![n, Network::new("leer".into(), "+Leer".into())],
        };
        let csv = members_csv(&data);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Netzwerk,Netzwerk-Kennung,Ebenen,Akteur,Akteur-Kennung,Akteursart,Rolle,Anmerkung"
        );
        // The name's line break stays inside its quotes; CRLF ends the record.
        assert_eq!(
            lines[1],
            "\"Netz, \"\"das\"\"\nzweite Zeile\",netz,Stadtteil; Stadt,\"'@Verein \"\"Böse\"\", e.V.\",boese,Verein,Mitwirkung,'=cmd|' /C calc'!A0"
        );
        assert_eq!(lines[2], "'+Leer,leer,,,,,,");
        assert_eq!(lines[3], "");
        assert_eq!(lines.len(), 4);
    }
}
