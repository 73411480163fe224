//! Filters by topic (Thema), target group (Zielgruppe) and level (Ebene),
//! and the usual faceted counts: how many networks each value would give
//! under the current search and the *other* facets' selections.
//!
//! Values are addressed by lower-case ASCII slugs of their labels
//! (`ebene=land`), as they appear in the URL.

use crate::directory::Directory;
use crate::model::{Level, Network};

/// A lower-case ASCII slug of a German label (ä → ae, ß → ss, spaces → -).
pub fn slugify(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'a'..='z' | '0'..='9' => out.push(c),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The three facets, with their URL keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    /// Themen, `thema=`.
    Topic,
    /// Zielgruppe, `zielgruppe=`.
    TargetGroup,
    /// Ebene, `ebene=`.
    Level,
}

impl Facet {
    /// All facets, in display order.
    pub const ALL: [Facet; 3] = [Facet::Topic, Facet::TargetGroup, Facet::Level];

    /// The URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Topic => "thema",
            Facet::TargetGroup => "zielgruppe",
            Facet::Level => "ebene",
        }
    }

    /// The heading shown above its values.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Topic => "Themen",
            Facet::TargetGroup => "Zielgruppe",
            Facet::Level => "Ebene",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One selectable value of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// URL slug.
    pub slug: String,
    /// Label shown.
    pub label: String,
}

/// The selected values per facet, as slugs known to the dataset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    selected: [Vec<String>; 3],
}

impl Filters {
    /// Keeps the values `dir` knows, drops the rest (old or mistyped links
    /// simply filter less), and removes repeats.
    pub fn known(dir: &Directory, mut raw: impl FnMut(Facet) -> Vec<String>) -> Self {
        let mut f = Filters::default();
        for facet in Facet::ALL {
            let values = values_of(dir, facet);
            for slug in raw(facet) {
                if values.iter().any(|v| v.slug == slug)
                    && !f.selected[facet.index()].contains(&slug)
                {
                    f.selected[facet.index()].push(slug);
                }
            }
        }
        f
    }

    /// Selected slugs of one facet.
    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet.index()]
    }

    /// Whether `slug` is selected in `facet`.
    pub fn is_selected(&self, facet: Facet, slug: &str) -> bool {
        self.selected(facet).iter().any(|s| s == slug)
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.selected.iter().all(Vec::is_empty)
    }

    /// Number of selected values.
    pub fn len(&self) -> usize {
        self.selected.iter().map(Vec::len).sum()
    }

    /// The same filters with `slug` switched on or off in `facet`.
    pub fn toggled(&self, facet: Facet, slug: &str) -> Self {
        let mut f = self.clone();
        let list = &mut f.selected[facet.index()];
        match list.iter().position(|s| s == slug) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(slug.to_owned()),
        }
        f
    }

    /// `key=value` pairs for the URL, facets in fixed order.
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, &str)> {
        Facet::ALL.into_iter().flat_map(move |facet| {
            self.selected(facet)
                .iter()
                .map(move |s| (facet.key(), s.as_str()))
        })
    }

    /// Whether `network` passes every facet except `skip` (values of one
    /// facet combine with OR, facets with AND).
    fn passes(&self, dir: &Directory, network: &Network, skip: Option<Facet>) -> bool {
        Facet::ALL
            .into_iter()
            .filter(|&f| Some(f) != skip)
            .all(|facet| {
                let selected = self.selected(facet);
                selected.is_empty()
                    || network_slugs(dir, network, facet)
                        .iter()
                        .any(|s| selected.contains(s))
            })
    }

    /// Whether `network` passes all selected filters.
    pub fn matches(&self, dir: &Directory, network: &Network) -> bool {
        self.passes(dir, network, None)
    }
}

/// Every value a facet can take, in dataset order (levels from near to wide).
pub fn values_of(dir: &Directory, facet: Facet) -> Vec<FacetValue> {
    let terms = match facet {
        Facet::Topic => &dir.data().topics,
        Facet::TargetGroup => &dir.data().target_groups,
        Facet::Level => {
            return Level::ALL
                .iter()
                .map(|l| FacetValue {
                    slug: slugify(l.label()),
                    label: l.label().to_owned(),
                })
                .collect()
        }
    };
    terms
        .iter()
        .map(|t| FacetValue {
            slug: slugify(&t.label),
            label: t.label.clone(),
        })
        .collect()
}

/// The slugs a network has in one facet.
fn network_slugs(dir: &Directory, network: &Network, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Topic => dir.topics_of(network).map(|t| slugify(&t.label)).collect(),
        Facet::TargetGroup => dir
            .target_groups_of(network)
            .map(|t| slugify(&t.label))
            .collect(),
        Facet::Level => network.levels.iter().map(|l| slugify(l.label())).collect(),
    }
}

/// One facet value with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The value.
    pub value: FacetValue,
    /// Networks it would give, with the search and the other facets.
    pub count: usize,
    /// Whether it is selected.
    pub selected: bool,
}

/// Counts for every value of every facet, over `networks` (the networks the
/// search found, or all). A value with count 0 would show nothing if chosen;
/// pages hide those unless selected.
pub fn counts<'a>(
    dir: &'a Directory,
    networks: impl Iterator<Item = &'a Network> + Clone,
    filters: &Filters,
) -> Vec<(Facet, Vec<Count>)> {
    Facet::ALL
        .into_iter()
        .map(|facet| {
            let values = values_of(dir, facet);
            let mut n = vec![0usize; values.len()];
            for network in networks
                .clone()
                .filter(|nw| filters.passes(dir, nw, Some(facet)))
            {
                for slug in network_slugs(dir, network, facet) {
                    if let Some(i) = values.iter().position(|v| v.slug == slug) {
                        n[i] += 1;
                    }
                }
            }
            let list = values
                .into_iter()
                .zip(n)
                .map(|(value, count)| Count {
                    selected: filters.is_selected(facet, &value.slug),
                    value,
                    count,
                })
                .collect();
            (facet, list)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_of_german_labels() {
        assert_eq!(slugify("Land"), "land");
        assert_eq!(
            slugify("Öffnung von Einrichtungen und Regelangeboten"),
            "oeffnung-von-einrichtungen-und-regelangeboten"
        );
        assert_eq!(
            slugify("Kinder- und Jugendarbeit"),
            "kinder-und-jugendarbeit"
        );
        assert_eq!(slugify("  Straße / Platz "), "strasse-platz");
    }
}
