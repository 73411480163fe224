//! "Offene Daten": the files the release build puts beside the app, so
//! that other directories and anyone else can reuse the district's data
//! without retyping it, and what the page about them says. The files are
//! made natively when the bundle is built (`crates/prerender`), never in
//! the browser; the page only names and links them.

use crate::canonical::to_canonical_json;
use crate::hsds;
use crate::model::{Dataset, Date};

/// The folder below the bundle's root that holds the files.
pub const FOLDER: &str = "daten";

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// The dataset as Open Referral HSDS 3.0 (organisations, contacts,
    /// memberships as attributes; `docs/OPEN-DATA.md`).
    Hsds,
    /// One row per network and member: for a spreadsheet.
    MembersTable,
    /// The dataset in this app's own format, as the Redaktion writes it:
    /// what another district starts from.
    Dataset,
}

/// One file of the open data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenFile {
    /// What it holds.
    pub holds: Holds,
    /// Its name in [`FOLDER`].
    pub name: &'static str,
    /// Its media type, as the server sends it.
    pub media_type: &'static str,
}

/// The files, in the order the page lists them.
pub const FILES: [OpenFile; 3] = [
    OpenFile {
        holds: Holds::Hsds,
        name: "netzwerke-hsds-3.0.json",
        media_type: "application/json",
    },
    OpenFile {
        holds: Holds::MembersTable,
        name: "netzwerke-mitglieder.csv",
        media_type: "text/csv",
    },
    OpenFile {
        holds: Holds::Dataset,
        name: "netzwerke.json",
        media_type: "application/json",
    },
];

impl OpenFile {
    /// Its address in the bundle.
    pub fn href(&self) -> String {
        format!("/{FOLDER}/{}", self.name)
    }

    /// Its contents for `data`.
    pub fn contents(&self, data: &Dataset) -> String {
        match self.holds {
            Holds::Hsds => {
                let mut text = serde_json::to_string_pretty(&hsds::export(data))
                    .expect("an export always serialises");
                text.push('\n');
                text
            }
            Holds::MembersTable => hsds::members_csv(data),
            Holds::Dataset => to_canonical_json(data),
        }
    }
}

/// The latest day any entry was checked: how current the files are. Made
/// from the data, not the clock, so the same data gives the same files
/// and the same page.
pub fn latest_review(data: &Dataset) -> Option<Date> {
    let networks = data.networks.iter().filter_map(|n| n.reviewed);
    let actors = data.actors.iter().filter_map(|a| a.reviewed);
    let projects = data.projects.iter().filter_map(|p| p.reviewed);
    networks.chain(actors).chain(projects).max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::parse_dataset;

    const SHIPPED: &str = include_str!("../../../data/netzwerke.json");

    fn shipped() -> Dataset {
        parse_dataset("netzwerke.json", SHIPPED).expect("the shipped data is valid")
    }

    #[test]
    fn each_file_has_its_own_address_in_the_folder() {
        let hrefs: Vec<String> = FILES.iter().map(OpenFile::href).collect();
        for (i, h) in hrefs.iter().enumerate() {
            assert!(h.starts_with("/daten/"), "{h}");
            assert!(!hrefs[..i].contains(h), "{h} twice");
        }
    }

    #[test]
    fn the_dataset_file_is_the_shipped_file_byte_for_byte() {
        let data = shipped();
        let file = FILES.iter().find(|f| f.holds == Holds::Dataset).unwrap();
        assert_eq!(file.contents(&data), SHIPPED);
    }

    #[test]
    fn the_latest_review_is_the_newest_date_of_any_entry() {
        let mut data = shipped();
        let newest = latest_review(&data).expect("the shipped entries are checked");
        let later = Date::new(newest.year() + 1, 1, 2).unwrap();
        data.projects[0].reviewed = Some(later);
        assert_eq!(latest_review(&data), Some(later));
        for n in &mut data.networks {
            n.reviewed = None;
        }
        for a in &mut data.actors {
            a.reviewed = None;
        }
        for p in &mut data.projects {
            p.reviewed = None;
        }
        assert_eq!(latest_review(&data), None, "nothing checked: no date");
    }
}
