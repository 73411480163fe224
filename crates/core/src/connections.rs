//! Verbindungen: the networks and their actors as one picture. Networks and
//! actors are nodes, each participation an edge with its role, and the
//! levels (Stadtteil, Stadt, Land, Bund) bands from top to bottom.
//!
//! The layout is computed here, in plain Rust, so that it is the same for
//! the same data on every device (no randomness, no hash order) and tested
//! natively. It is a layered one: each band holds a row of its networks and,
//! under them, the actors whose nearest network is in it, ordered by the
//! mean position of their networks (few crossings); rows wrap at the width,
//! so nothing overlaps and nothing leaves the drawing at any width.

use std::collections::BTreeMap;

use crate::directory::Directory;
use crate::model::{Level, Role};

/// A node: a network or an actor, by its index in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NodeRef {
    /// `networks[i]`.
    Network(usize),
    /// `actors[i]`.
    Actor(usize),
}

impl NodeRef {
    /// The node's token in addresses, as the Merkliste writes entries:
    /// `n:<slug>` or `a:<id>`.
    pub fn token(self, dir: &Directory) -> String {
        match self {
            NodeRef::Network(n) => format!("n:{}", dir.networks()[n].slug),
            NodeRef::Actor(a) => format!("a:{}", dir.actors()[a].id),
        }
    }

    /// The node a token names (an old slug or id too); none if it names
    /// nothing in the dataset.
    pub fn parse(dir: &Directory, token: &str) -> Option<NodeRef> {
        let (kind, key) = token.trim().split_once(':')?;
        match kind {
            "n" => dir.resolve_network(key).map(|r| NodeRef::Network(r.index)),
            "a" => dir.resolve_actor(key).map(|r| NodeRef::Actor(r.index)),
            _ => None,
        }
    }
}

/// How a role is drawn: three kinds of line, told apart by their dashes as
/// well as their colour (for colour-blind readers and forced colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tie {
    /// Leads, carries, coordinates, or is the network: a solid thick line.
    Lead,
    /// Takes part as a member or partner: a dashed line.
    Member,
    /// A supported place, a project's organiser, a membership: dotted.
    Support,
}

impl Tie {
    /// The tie of a role.
    pub fn of(role: Role) -> Tie {
        match role {
            Role::Leads | Role::Carrier | Role::Coordinates | Role::Organization => Tie::Lead,
            Role::Member | Role::Partner => Tie::Member,
            Role::Organizer | Role::SupportedPlace | Role::MembershipIn => Tie::Support,
        }
    }

    /// Its name in CSS classes (`edge--lead`).
    pub fn class(self) -> &'static str {
        match self {
            Tie::Lead => "lead",
            Tie::Member => "member",
            Tie::Support => "support",
        }
    }
}

/// One participation: actor `actor` takes part in network `network` as
/// `role` (`participation` is its place in the network's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// The network's index.
    pub network: usize,
    /// The actor's index.
    pub actor: usize,
    /// The role.
    pub role: Role,
    /// Its position in `networks[network].actors`.
    pub participation: usize,
}

/// What the picture shows: some networks, every actor taking part in them,
/// and every participation between them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Graph {
    /// The networks, in dataset order.
    pub networks: Vec<usize>,
    /// The actors, in dataset order.
    pub actors: Vec<usize>,
    /// Every participation of those networks, in dataset order.
    pub edges: Vec<Edge>,
}

impl Graph {
    /// The networks `networks` (indices; order and repeats do not matter)
    /// and their actors.
    pub fn of(dir: &Directory, networks: impl IntoIterator<Item = usize>) -> Graph {
        let mut chosen: Vec<usize> = networks
            .into_iter()
            .filter(|&n| n < dir.networks().len())
            .collect();
        chosen.sort_unstable();
        chosen.dedup();
        let mut edges = Vec::new();
        let mut actors = Vec::new();
        for &n in &chosen {
            for (j, p) in dir.networks()[n].actors.iter().enumerate() {
                if let Some(a) = dir.actor_index(&p.actor) {
                    edges.push(Edge {
                        network: n,
                        actor: a,
                        role: p.role,
                        participation: j,
                    });
                    actors.push(a);
                }
            }
        }
        actors.sort_unstable();
        actors.dedup();
        Graph {
            networks: chosen,
            actors,
            edges,
        }
    }

    /// Every network and actor of the dataset.
    pub fn all(dir: &Directory) -> Graph {
        Graph::of(dir, 0..dir.networks().len())
    }

    /// The neighbourhood of one node: a network and its actors, or an
    /// actor, its networks and their actors. What a large dataset shows
    /// of a selected entry instead of everything.
    pub fn around(dir: &Directory, node: NodeRef) -> Graph {
        match node {
            NodeRef::Network(n) => Graph::of(dir, [n]),
            NodeRef::Actor(a) => Graph::of(dir, dir.network_indices_of_actor(a).to_vec()),
        }
    }

    /// Whether the graph holds `node`.
    pub fn contains(&self, node: NodeRef) -> bool {
        match node {
            NodeRef::Network(n) => self.networks.binary_search(&n).is_ok(),
            NodeRef::Actor(a) => self.actors.binary_search(&a).is_ok(),
        }
    }

    /// The nodes `node` is joined to, and the edges that join them.
    pub fn neighbours(&self, node: NodeRef) -> Vec<(NodeRef, Edge)> {
        self.edges
            .iter()
            .filter_map(|&e| match node {
                NodeRef::Network(n) if e.network == n => Some((NodeRef::Actor(e.actor), e)),
                NodeRef::Actor(a) if e.actor == a => Some((NodeRef::Network(e.network), e)),
                _ => None,
            })
            .collect()
    }

    /// The actors in more than one of the graph's networks, with their
    /// edges, most networks first (then in dataset order).
    pub fn shared_actors(&self) -> Vec<(usize, Vec<Edge>)> {
        let mut by_actor: BTreeMap<usize, Vec<Edge>> = BTreeMap::new();
        for &e in &self.edges {
            by_actor.entry(e.actor).or_default().push(e);
        }
        let mut out: Vec<(usize, Vec<Edge>)> = by_actor
            .into_iter()
            .filter(|(_, edges)| {
                let mut networks: Vec<usize> = edges.iter().map(|e| e.network).collect();
                networks.dedup();
                networks.len() > 1
            })
            .collect();
        out.sort_by_key(|(a, edges)| (std::cmp::Reverse(edges.len()), *a));
        out
    }

    /// Every node, networks first.
    pub fn nodes(&self) -> impl Iterator<Item = NodeRef> + '_ {
        self.networks
            .iter()
            .map(|&n| NodeRef::Network(n))
            .chain(self.actors.iter().map(|&a| NodeRef::Actor(a)))
    }
}

/// Sizes the layout works with, in the drawing's units (one unit is one CSS
/// pixel when the drawing is shown at the width it was laid out for).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Font size of node labels.
    pub font: f32,
    /// The width of a character, as a share of the font size: an upper
    /// bound for the app's sans-serif (most letters are narrower).
    pub char_width: f32,
    /// Line height, as a multiple of the font size.
    pub line_height: f32,
    /// Space inside a node, around its label.
    pub padding: f32,
    /// Space between nodes, and between a row and the next.
    pub gap: f32,
    /// The most characters on one line of a label.
    pub max_chars: usize,
    /// Height of a band's own heading ("Stadtteil").
    pub band_heading: f32,
}

impl Default for Metrics {
    /// 14 px labels (readable on a 360 px phone), lines of at most 20
    /// characters, so a node is never wider than about half a phone.
    fn default() -> Self {
        Metrics {
            font: 14.0,
            char_width: 0.68,
            line_height: 1.3,
            // 6 px of padding and a 2 px border, as the app's CSS draws it.
            padding: 8.0,
            gap: 12.0,
            max_chars: 20,
            band_heading: 28.0,
        }
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Whether two rectangles share any area (touching edges do not).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    /// The centre.
    pub fn centre(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// A node where it is drawn, with its label broken into lines.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedNode {
    /// Which node.
    pub node: NodeRef,
    /// Its box.
    pub rect: Rect,
    /// Its label's lines, each at most `Metrics::max_chars` long.
    pub lines: Vec<String>,
}

/// A band of one level: its heading and the rows below it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    /// The level.
    pub level: Level,
    /// Its area, heading included.
    pub rect: Rect,
}

/// An edge where it is drawn: from its network's box to its actor's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedEdge {
    /// The participation.
    pub edge: Edge,
    /// Index of the network in `Layout::nodes`.
    pub from: usize,
    /// Index of the actor in `Layout::nodes`.
    pub to: usize,
    /// Start (on the network's box) and end (on the actor's box).
    pub line: [(f32, f32); 2],
}

/// The picture: bands, nodes and edges, `width` × `height` units.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The width it was laid out for.
    pub width: f32,
    /// The height it needs.
    pub height: f32,
    /// The non-empty bands, top to bottom (Stadtteil first).
    pub bands: Vec<Band>,
    /// Every node once: networks, then actors, each in drawing order.
    pub nodes: Vec<PlacedNode>,
    /// Every participation once.
    pub edges: Vec<PlacedEdge>,
}

impl Layout {
    /// The position in `nodes` of a node, if it is drawn.
    pub fn index_of(&self, node: NodeRef) -> Option<usize> {
        self.nodes.iter().position(|n| n.node == node)
    }
}

/// `text` in lines of at most `max` characters, broken between words;
/// a word longer than a line is broken inside, after `max - 1` characters
/// and a hyphen.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let room = if used == 0 {
                max
            } else {
                max.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than a whole line.
            let head: String = word[..max - 1].iter().collect();
            lines.push(format!("{head}-"));
            word.drain(..max - 1);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The band a network is drawn in: its nearest level.
fn band_of_network(dir: &Directory, n: usize) -> Level {
    dir.networks()[n]
        .levels
        .iter()
        .copied()
        .min()
        .unwrap_or(Level::District)
}

/// Lays out `graph` for a drawing `width` units wide. `label` gives a
/// node's label (the interface language's, or the German name).
pub fn layout(
    dir: &Directory,
    graph: &Graph,
    width: f32,
    metrics: &Metrics,
    label: impl Fn(NodeRef) -> String,
) -> Layout {
    let m = metrics;
    let inner = (width - 2.0 * m.gap).max(1.0);
    // The widest line a node may have, in characters, at this width.
    let fit = ((inner - 2.0 * m.padding) / (m.font * m.char_width)).floor() as usize;
    let max_chars = m.max_chars.min(fit.max(2));
    let size = |lines: &[String]| {
        let chars = lines.iter().map(|l| l.chars().count()).max().unwrap_or(1);
        (
            (chars as f32 * m.font * m.char_width + 2.0 * m.padding).min(inner),
            lines.len() as f32 * m.font * m.line_height + 2.0 * m.padding,
        )
    };

    // Each actor in the band of its nearest network in the graph; its
    // networks, for ordering it under them.
    let mut actor_band = BTreeMap::new();
    let mut networks_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for e in &graph.edges {
        networks_of.entry(e.actor).or_default().push(e.network);
        let level = band_of_network(dir, e.network);
        actor_band
            .entry(e.actor)
            .and_modify(|l: &mut Level| *l = (*l).min(level))
            .or_insert(level);
    }

    let mut nodes: Vec<PlacedNode> = Vec::new();
    let mut bands = Vec::new();
    let mut y = m.gap;
    // Rows of `items` from `y` on, wrapping at the width; returns the y
    // after the last row.
    let place_row =
        |items: Vec<(NodeRef, Vec<String>)>, mut y: f32, nodes: &mut Vec<PlacedNode>| {
            let mut x = m.gap;
            let mut row_height: f32 = 0.0;
            for (node, lines) in items {
                let (w, h) = size(&lines);
                if x > m.gap && x + w > width - m.gap {
                    y += row_height + m.gap;
                    x = m.gap;
                    row_height = 0.0;
                }
                nodes.push(PlacedNode {
                    node,
                    rect: Rect { x, y, w, h },
                    lines,
                });
                x += w + m.gap;
                row_height = row_height.max(h);
            }
            if row_height > 0.0 {
                y += row_height + m.gap;
            }
            y
        };
    for level in Level::ALL {
        let networks: Vec<usize> = graph
            .networks
            .iter()
            .copied()
            .filter(|&n| band_of_network(dir, n) == level)
            .collect();
        let mut actors: Vec<usize> = graph
            .actors
            .iter()
            .copied()
            .filter(|a| actor_band.get(a) == Some(&level))
            .collect();
        if networks.is_empty() && actors.is_empty() {
            continue;
        }
        let top = y;
        y += m.band_heading;
        y = place_row(
            networks
                .iter()
                .map(|&n| {
                    (
                        NodeRef::Network(n),
                        wrap(&label(NodeRef::Network(n)), max_chars),
                    )
                })
                .collect(),
            y,
            &mut nodes,
        );
        // Actors under the mean x of their networks drawn so far, so that
        // edges cross as little as a simple rule allows.
        let network_x: BTreeMap<usize, f32> = nodes
            .iter()
            .filter_map(|p| match p.node {
                NodeRef::Network(n) => Some((n, p.rect.centre().0)),
                NodeRef::Actor(_) => None,
            })
            .collect();
        let mut keyed: Vec<(f32, usize)> = actors
            .drain(..)
            .map(|a| {
                let xs: Vec<f32> = networks_of
                    .get(&a)
                    .into_iter()
                    .flatten()
                    .filter_map(|n| network_x.get(n).copied())
                    .collect();
                let mean = if xs.is_empty() {
                    f32::MAX
                } else {
                    xs.iter().sum::<f32>() / xs.len() as f32
                };
                (mean, a)
            })
            .collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        y = place_row(
            keyed
                .into_iter()
                .map(|(_, a)| {
                    (
                        NodeRef::Actor(a),
                        wrap(&label(NodeRef::Actor(a)), max_chars),
                    )
                })
                .collect(),
            y,
            &mut nodes,
        );
        bands.push(Band {
            level,
            rect: Rect {
                x: 0.0,
                y: top,
                w: width,
                h: y - top,
            },
        });
    }

    let position: BTreeMap<NodeRef, usize> =
        nodes.iter().enumerate().map(|(i, p)| (p.node, i)).collect();
    let edges = graph
        .edges
        .iter()
        .filter_map(|&edge| {
            let from = *position.get(&NodeRef::Network(edge.network))?;
            let to = *position.get(&NodeRef::Actor(edge.actor))?;
            let (a, b) = (nodes[from].rect, nodes[to].rect);
            // From the side of each box that faces the other.
            let start = if b.y >= a.y + a.h {
                (a.centre().0, a.y + a.h)
            } else {
                (a.centre().0, a.y)
            };
            let end = if b.y >= a.y + a.h {
                (b.centre().0, b.y)
            } else {
                (b.centre().0, b.y + b.h)
            };
            Some(PlacedEdge {
                edge,
                from,
                to,
                line: [start, end],
            })
        })
        .collect();

    Layout {
        width,
        height: y,
        bands,
        nodes,
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn labels_wrap_between_words_and_break_only_overlong_ones() {
        assert_eq!(
            wrap("Multifunktionales Zentrum KuBuS", 20),
            ["Multifunktionales", "Zentrum KuBuS"]
        );
        assert_eq!(
            wrap("Bundesarbeitsgemeinschaft", 10),
            ["Bundesarb-", "eitsgemei-", "nschaft"]
        );
        assert_eq!(wrap("Klex", 20), ["Klex"]);
        for line in wrap(
            "Thüringer Arbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit",
            20,
        ) {
            assert!(line.chars().count() <= 20, "{line}");
        }
    }
}
