//! Filters by topic (Thema), target group (Zielgruppe) and level (Ebene),
//! and the usual faceted counts: how many networks each value would give
//! under the current search and the *other* facets' selections.
//!
//! In addresses, topics and target groups are named by their ids
//! (`thema=integration`), so that relabelling one breaks no shared link;
//! their aliases (old ids, and the label slugs format 1 used) still select
//! them. Levels are named by the slug of their German name (`ebene=land`),
//! fixed in the code, or by their value in the data (`ebene=state`).

use rustc_hash::FxHashMap as HashMap;

use crate::directory::Directory;
use crate::model::Level;
pub use crate::slug::slugify;

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
    /// Its name in addresses: a term's id, a level's slug.
    pub slug: String,
    /// The German label.
    pub label: String,
    /// Other names in addresses that select it (old links).
    pub aliases: Vec<String>,
}

impl FacetValue {
    /// Whether an address's `value` names this value.
    pub fn is_named(&self, value: &str) -> bool {
        self.slug == value || self.aliases.iter().any(|a| a == value)
    }
}

/// The selected values per facet, by their current names (slugs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    selected: [Vec<String>; 3],
}

impl Filters {
    /// Keeps the values the dataset knows, by their current names (an old
    /// name selects its value), drops the rest (mistyped links simply
    /// filter less), and removes repeats.
    pub fn known(facets: &FacetIndex, mut raw: impl FnMut(Facet) -> Vec<String>) -> Self {
        let mut f = Filters::default();
        for facet in Facet::ALL {
            let values = facets.values(facet);
            for name in raw(facet) {
                if let Some(v) = values.iter().find(|v| v.is_named(&name)) {
                    if !f.selected[facet.index()].contains(&v.slug) {
                        f.selected[facet.index()].push(v.slug.clone());
                    }
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
                    aliases: vec![l.code().to_owned()],
                })
                .collect()
        }
    };
    terms
        .iter()
        .map(|t| FacetValue {
            slug: t.id.clone(),
            label: t.label.clone(),
            aliases: t.aliases.clone(),
        })
        .collect()
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

/// Every network's facet values as positions in [`values_of`], worked out
/// once per dataset: filtering and counting thousands of networks on every
/// keystroke is then arithmetic, not string work.
#[derive(Debug)]
pub struct FacetIndex {
    values: [Vec<FacetValue>; 3],
    /// Per facet, network `n`'s values are `of[f][start[f][n]..start[f][n + 1]]`.
    of: [Vec<u16>; 3],
    start: [Vec<u32>; 3],
}

/// Counts per facet value, by position in [`FacetIndex::values`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally([Vec<usize>; 3]);

impl Tally {
    /// The count of the `i`-th value of `facet` (0 if there is none).
    pub fn get(&self, facet: Facet, i: usize) -> usize {
        self.0[facet.index()].get(i).copied().unwrap_or(0)
    }
}

/// Filters resolved against a [`FacetIndex`]: per facet, which values are
/// selected (an empty list selects nothing, so the facet passes all).
#[derive(Debug, Clone)]
pub struct Selection {
    selected: [Vec<bool>; 3],
    active: [bool; 3],
}

impl FacetIndex {
    /// Indexes every network of `dir`.
    pub fn new(dir: &Directory) -> Self {
        let values = Facet::ALL.map(|facet| values_of(dir, facet));
        fn position(terms: &[crate::model::Term]) -> HashMap<&str, u16> {
            terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.as_str(), i as u16))
                .collect()
        }
        let topics = position(&dir.data().topics);
        let groups = position(&dir.data().target_groups);
        let mut of: [Vec<u16>; 3] = Default::default();
        let mut start: [Vec<u32>; 3] = Default::default();
        for network in dir.networks() {
            for facet in Facet::ALL {
                let (list, starts) = (&mut of[facet.index()], &mut start[facet.index()]);
                starts.push(list.len() as u32);
                match facet {
                    Facet::Topic => list.extend(
                        network
                            .topics
                            .iter()
                            .filter_map(|id| topics.get(id.as_str())),
                    ),
                    Facet::TargetGroup => list.extend(
                        network
                            .target_groups
                            .iter()
                            .filter_map(|id| groups.get(id.as_str())),
                    ),
                    Facet::Level => {
                        list.extend(network.levels.iter().filter_map(|l| {
                            Level::ALL.iter().position(|x| x == l).map(|i| i as u16)
                        }))
                    }
                }
            }
        }
        for facet in Facet::ALL {
            start[facet.index()].push(of[facet.index()].len() as u32);
        }
        Self { values, of, start }
    }

    /// Every value of `facet`, in display order.
    pub fn values(&self, facet: Facet) -> &[FacetValue] {
        &self.values[facet.index()]
    }

    /// `filters` as positions in this index.
    pub fn selection(&self, filters: &Filters) -> Selection {
        let selected = Facet::ALL.map(|facet| {
            self.values(facet)
                .iter()
                .map(|v| filters.is_selected(facet, &v.slug))
                .collect::<Vec<bool>>()
        });
        let active = Facet::ALL.map(|facet| !filters.selected(facet).is_empty());
        Selection { selected, active }
    }

    fn values_of_network(&self, facet: Facet, network: usize) -> &[u16] {
        let (of, start) = (&self.of[facet.index()], &self.start[facet.index()]);
        &of[start[network] as usize..start[network + 1] as usize]
    }

    /// Whether network `network` (by position) passes `facet`'s selection.
    fn passes(&self, selection: &Selection, network: usize, facet: Facet) -> bool {
        let f = facet.index();
        !selection.active[f]
            || self
                .values_of_network(facet, network)
                .iter()
                .any(|&v| selection.selected[f][v as usize])
    }

    /// Whether network `network` (by position) passes every selected filter
    /// (values of one facet combine with OR, facets with AND).
    pub fn matches(&self, selection: &Selection, network: usize) -> bool {
        Facet::ALL
            .into_iter()
            .all(|facet| self.passes(selection, network, facet))
    }

    /// For every value of every facet, in the order of [`values`](Self::values),
    /// how many of `networks` (positions: the networks the search found, or
    /// all) would remain under the other facets' selections if the value
    /// were chosen. A value with count 0 would show nothing; pages hide
    /// those unless selected.
    pub fn tally(&self, networks: impl IntoIterator<Item = usize>, filters: &Filters) -> Tally {
        let selection = self.selection(filters);
        let mut n = Facet::ALL.map(|facet| vec![0usize; self.values(facet).len()]);
        for network in networks {
            let pass = Facet::ALL.map(|facet| self.passes(&selection, network, facet));
            for facet in Facet::ALL {
                let others = Facet::ALL
                    .into_iter()
                    .filter(|&o| o != facet)
                    .all(|o| pass[o.index()]);
                if others {
                    for &v in self.values_of_network(facet, network) {
                        n[facet.index()][v as usize] += 1;
                    }
                }
            }
        }
        Tally(n)
    }

    /// [`tally`](Self::tally) with each value's slug, label and selection.
    pub fn counts(
        &self,
        networks: impl IntoIterator<Item = usize>,
        filters: &Filters,
    ) -> Vec<(Facet, Vec<Count>)> {
        let Tally(n) = self.tally(networks, filters);
        Facet::ALL
            .into_iter()
            .zip(n)
            .map(|(facet, n)| {
                let list = self
                    .values(facet)
                    .iter()
                    .zip(n)
                    .map(|(value, count)| Count {
                        selected: filters.is_selected(facet, &value.slug),
                        value: value.clone(),
                        count,
                    })
                    .collect();
                (facet, list)
            })
            .collect()
    }
}
