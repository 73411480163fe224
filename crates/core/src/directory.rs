//! The dataset as the app uses it: parsed once, with the lookups pages
//! need, old addresses (aliases) included.

use rustc_hash::FxHashMap as HashMap;

use crate::model::{Actor, Dataset, Network, Participation, Project, Role, Term};
use crate::validate::{parse_dataset, Problem};

/// An entry found by an address: its position, and whether the address was
/// one of its old ones (then the page moves to the current address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// Position in its collection.
    pub index: usize,
    /// Found under an alias: the entry has been renamed since.
    pub renamed: bool,
}

/// An actor's part in one network, seen from the actor.
#[derive(Debug, Clone, PartialEq)]
pub struct Involvement<'a> {
    /// The network.
    pub network: &'a Network,
    /// The actor's role there.
    pub role: Role,
    /// How it takes part: its note, in every language there is.
    pub part: &'a Participation,
}

/// Another network that shares actors or topics with a given one.
#[derive(Debug, Clone, PartialEq)]
pub struct Related<'a> {
    /// The related network.
    pub network: &'a Network,
    /// Actors both take part in, in the order of the first network.
    pub shared_actors: Vec<&'a Actor>,
    /// Topics both have, in the order of the first network.
    pub shared_topics: Vec<&'a Term>,
}

/// The actors with one role in a network, each with how it takes part.
pub type RoleGroup<'a> = (Role, Vec<(&'a Actor, &'a Participation)>);

/// The parsed dataset with indexes by id.
#[derive(Debug)]
pub struct Directory {
    data: Dataset,
    network_by_slug: HashMap<String, usize>,
    actor_by_id: HashMap<String, usize>,
    /// Old slugs and ids, to their entries.
    network_by_alias: HashMap<String, usize>,
    actor_by_alias: HashMap<String, usize>,
    topic_by_id: HashMap<String, usize>,
    group_by_id: HashMap<String, usize>,
    project_by_id: HashMap<String, usize>,
    /// For each actor (by index), the networks it takes part in, in order.
    networks_by_actor: Vec<Vec<usize>>,
    /// Each network's participants (by actor index, as listed, one per
    /// participation), one network after another; network `n`'s are
    /// `participants[participant_starts[n]..participant_starts[n + 1]]`.
    /// Resolved here, where each id is looked up anyway, so that the search
    /// index does not look them up again.
    participants: Vec<u32>,
    participant_starts: Vec<u32>,
    /// For each actor (by index), the projects it organises, in order.
    projects_by_actor: Vec<Vec<usize>>,
}

impl Directory {
    /// Parses and validates `text` (named `file` in messages).
    pub fn from_json(file: &str, text: &str) -> Result<Self, Vec<Problem>> {
        parse_dataset(file, text).map(Self::new)
    }

    /// Indexes an already validated dataset.
    pub fn new(data: Dataset) -> Self {
        fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, t)| (id(t).to_owned(), i))
                .collect()
        }
        fn aliases<T>(items: &[T], aliases: impl Fn(&T) -> &[String]) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .flat_map(|(i, t)| aliases(t).iter().map(move |a| (a.clone(), i)))
                .collect()
        }
        let actor_by_id = index(&data.actors, |a| &a.id);
        let mut networks_by_actor = vec![Vec::new(); data.actors.len()];
        let mut participants = Vec::new();
        let mut participant_starts = Vec::with_capacity(data.networks.len() + 1);
        participant_starts.push(0);
        for (n, network) in data.networks.iter().enumerate() {
            for p in &network.actors {
                if let Some(&a) = actor_by_id.get(&p.actor) {
                    participants.push(a as u32);
                    if networks_by_actor[a].last() != Some(&n) {
                        networks_by_actor[a].push(n);
                    }
                }
            }
            participant_starts.push(participants.len() as u32);
        }
        let mut projects_by_actor = vec![Vec::new(); data.actors.len()];
        for (i, project) in data.projects.iter().enumerate() {
            for o in &project.organizers {
                if let Some(&a) = actor_by_id.get(o) {
                    projects_by_actor[a].push(i);
                }
            }
        }
        Self {
            network_by_slug: index(&data.networks, |n| &n.slug),
            network_by_alias: aliases(&data.networks, |n| &n.aliases),
            actor_by_alias: aliases(&data.actors, |a| &a.aliases),
            actor_by_id,
            networks_by_actor,
            participants,
            participant_starts,
            projects_by_actor,
            topic_by_id: index(&data.topics, |t| &t.id),
            group_by_id: index(&data.target_groups, |t| &t.id),
            project_by_id: index(&data.projects, |p| &p.id),
            data,
        }
    }

    /// The index of the actor with id `id`.
    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actor_by_id.get(id).copied()
    }

    /// The indices of the networks actor `actor_index` takes part in, in
    /// dataset order.
    pub fn network_indices_of_actor(&self, actor_index: usize) -> &[usize] {
        self.networks_by_actor
            .get(actor_index)
            .map_or(&[], Vec::as_slice)
    }

    /// The raw dataset.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// All networks in dataset order.
    pub fn networks(&self) -> &[Network] {
        &self.data.networks
    }

    /// All actors in dataset order.
    pub fn actors(&self) -> &[Actor] {
        &self.data.actors
    }

    /// The network with this slug.
    pub fn network(&self, slug: &str) -> Option<&Network> {
        self.network_by_slug
            .get(slug)
            .map(|&i| &self.data.networks[i])
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_by_id.get(id).map(|&i| &self.data.actors[i])
    }

    /// The network at this address: its slug now, or one it had before.
    pub fn resolve_network(&self, slug: &str) -> Option<Resolved> {
        resolve(&self.network_by_slug, &self.network_by_alias, slug)
    }

    /// The actor at this address: its id now, or one it had before.
    pub fn resolve_actor(&self, id: &str) -> Option<Resolved> {
        resolve(&self.actor_by_id, &self.actor_by_alias, id)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Term> {
        self.topic_by_id.get(id).map(|&i| &self.data.topics[i])
    }

    /// The target group with this id.
    pub fn target_group(&self, id: &str) -> Option<&Term> {
        self.group_by_id
            .get(id)
            .map(|&i| &self.data.target_groups[i])
    }

    /// The project with this id.
    pub fn project(&self, id: &str) -> Option<&Project> {
        self.project_by_id.get(id).map(|&i| &self.data.projects[i])
    }

    /// The actors taking part in the network at `index` in the dataset, one
    /// per participation, as listed (participations naming no actor of the
    /// dataset left out).
    pub fn participants_at(&self, index: usize) -> impl Iterator<Item = &Actor> + '_ {
        let (from, to) = (
            self.participant_starts[index] as usize,
            self.participant_starts[index + 1] as usize,
        );
        self.participants[from..to]
            .iter()
            .map(|&a| &self.data.actors[a as usize])
    }

    /// A network's topics as terms, in its order.
    pub fn topics_of<'a>(&'a self, network: &'a Network) -> impl Iterator<Item = &'a Term> + 'a {
        network.topics.iter().filter_map(|id| self.topic(id))
    }

    /// A network's target groups as terms, in its order.
    pub fn target_groups_of<'a>(
        &'a self,
        network: &'a Network,
    ) -> impl Iterator<Item = &'a Term> + 'a {
        network
            .target_groups
            .iter()
            .filter_map(|id| self.target_group(id))
    }

    /// A network's projects, in its order.
    pub fn projects_of<'a>(
        &'a self,
        network: &'a Network,
    ) -> impl Iterator<Item = &'a Project> + 'a {
        network.projects.iter().filter_map(|id| self.project(id))
    }

    /// A network's actors grouped by role, roles in [`Role::ALL`] order and
    /// actors in dataset order within each role. Roles without actors are left out.
    pub fn actors_by_role<'a>(&'a self, network: &'a Network) -> Vec<RoleGroup<'a>> {
        Role::ALL
            .iter()
            .filter_map(|&role| {
                let actors: Vec<_> = network
                    .actors
                    .iter()
                    .filter(|p| p.role == role)
                    .filter_map(|p| Some((self.actor(&p.actor)?, p)))
                    .collect();
                (!actors.is_empty()).then_some((role, actors))
            })
            .collect()
    }

    /// Every network the actor takes part in, in network order, with its role.
    pub fn involvements<'a>(&'a self, actor_id: &'a str) -> Vec<Involvement<'a>> {
        let Some(&a) = self.actor_by_id.get(actor_id) else {
            return Vec::new();
        };
        self.networks_of_actor(a)
            .flat_map(|network| {
                network
                    .actors
                    .iter()
                    .filter(|p| p.actor == actor_id)
                    .map(move |p| Involvement {
                        network,
                        role: p.role,
                        part: p,
                    })
            })
            .collect()
    }

    /// The networks the actor at `actor_index` takes part in, in network order.
    pub fn networks_of_actor(&self, actor_index: usize) -> impl Iterator<Item = &Network> + '_ {
        self.networks_by_actor
            .get(actor_index)
            .into_iter()
            .flatten()
            .map(|&n| &self.data.networks[n])
    }

    /// How many networks the actor with this id takes part in.
    pub fn network_count(&self, actor_id: &str) -> usize {
        self.actor_by_id
            .get(actor_id)
            .map_or(0, |&a| self.networks_by_actor[a].len())
    }

    /// Projects the actor organises, in dataset order.
    pub fn projects_organized_by<'a>(
        &'a self,
        actor_id: &str,
    ) -> impl Iterator<Item = &'a Project> + 'a {
        let list = self
            .actor_by_id
            .get(actor_id)
            .map_or(&[][..], |&a| &self.projects_by_actor[a][..]);
        list.iter().map(|&p| &self.data.projects[p])
    }

    /// Networks that share at least one actor or topic with `network`, most
    /// shared first, ties in dataset order.
    pub fn related<'a>(&'a self, network: &'a Network) -> Vec<Related<'a>> {
        let mut related: Vec<(usize, Related<'a>)> = self
            .data
            .networks
            .iter()
            .enumerate()
            .filter(|(_, other)| other.slug != network.slug)
            .filter_map(|(i, other)| {
                let mut shared_actors: Vec<&Actor> = Vec::new();
                for p in &network.actors {
                    if other.actors.iter().any(|q| q.actor == p.actor) {
                        if let Some(a) = self.actor(&p.actor) {
                            if !shared_actors.iter().any(|s| s.id == a.id) {
                                shared_actors.push(a);
                            }
                        }
                    }
                }
                let shared_topics: Vec<&Term> = self
                    .topics_of(network)
                    .filter(|t| other.topics.contains(&t.id))
                    .collect();
                (!shared_actors.is_empty() || !shared_topics.is_empty()).then_some((
                    i,
                    Related {
                        network: other,
                        shared_actors,
                        shared_topics,
                    },
                ))
            })
            .collect();
        related.sort_by_key(|(i, r)| {
            (
                std::cmp::Reverse(r.shared_actors.len() + r.shared_topics.len()),
                *i,
            )
        });
        related.into_iter().map(|(_, r)| r).collect()
    }
}

/// Looks `key` up as a current id, then as an old one.
fn resolve(
    current: &HashMap<String, usize>,
    old: &HashMap<String, usize>,
    key: &str,
) -> Option<Resolved> {
    if let Some(&index) = current.get(key) {
        return Some(Resolved {
            index,
            renamed: false,
        });
    }
    old.get(key).map(|&index| Resolved {
        index,
        renamed: true,
    })
}
