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
//!
//! Lines never pass through a box: they run in the gaps between rows (each
//! network in a lane of its own there) and cross a row through a gap
//! between its boxes, as an orthogonal path from the network to the actor.

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
    /// Space between nodes in a row, and at the drawing's sides.
    pub gap: f32,
    /// Space between a row and the next: where lines run.
    pub row_gap: f32,
    /// The most characters on one line of a label.
    pub max_chars: usize,
    /// Height of a band's own heading ("Stadtteil"), the gap above the
    /// band's first row included.
    pub band_heading: f32,
    /// How far a band's heading reaches from the side it stands at: lines
    /// cross the heading's row only beyond it (room for 16 characters of
    /// the 13 px heading in every language).
    pub band_label_width: f32,
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
            row_gap: 20.0,
            max_chars: 20,
            band_heading: 44.0,
            band_label_width: 160.0,
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
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedEdge {
    /// The participation.
    pub edge: Edge,
    /// Index of the network in `Layout::nodes`.
    pub from: usize,
    /// Index of the actor in `Layout::nodes`.
    pub to: usize,
    /// The path's corners, from the network's box to the actor's: each
    /// segment level or upright, none through a box.
    pub points: Vec<(f32, f32)>,
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

/// A row of boxes: from `top` to `bottom` (its tallest box), the spans
/// `(left, right)` its boxes take up, left to right, and which nodes.
#[derive(Debug, Clone)]
struct Row {
    top: f32,
    bottom: f32,
    spans: Vec<(f32, f32)>,
    nodes: Vec<usize>,
}

impl Row {
    fn at(y: f32) -> Row {
        Row {
            top: y,
            bottom: y,
            spans: Vec::new(),
            nodes: Vec::new(),
        }
    }

    fn add(&mut self, node: usize, x: f32, w: f32, bottom: f32) {
        self.spans.push((x, x + w));
        self.nodes.push(node);
        self.bottom = self.bottom.max(bottom);
    }

    /// Where a line may cross this row nearest to the way from `x` to
    /// `target`: in a gap between boxes (or beside them), `lane` units off
    /// its middle and never closer than one unit to a box.
    fn crossing(&self, x: f32, target: f32, lane: f32, width: f32) -> f32 {
        let mut gaps = Vec::with_capacity(self.spans.len() + 1);
        let mut left = 0.0f32;
        for &(a, b) in &self.spans {
            if a > left {
                gaps.push((left, a));
            }
            left = left.max(b);
        }
        if width > left {
            gaps.push((left, width));
        }
        gaps.into_iter()
            .filter(|(a, b)| b - a > 2.0)
            .map(|(a, b)| {
                let p = (target.clamp(a, b) + lane).clamp(a + 1.0, b - 1.0);
                ((p - x).abs() + (p - target).abs(), p)
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
            .map_or(x, |(_, p)| p)
    }
}

/// The lane offsets, in units from the middle of a gap: five lanes, so
/// neighbouring networks' lines run apart.
fn lane_offset(lane: usize, step: f32) -> f32 {
    (lane % 5) as f32 * step - 2.0 * step
}

/// The path from the upper box (in row `upper.0`) down to the lower one:
/// from the middle of the upper box's bottom, down into the gap below its
/// row, along it, through each row between at a gap, and into the lower
/// box's top.
fn route(
    rows: &[Row],
    m: &Metrics,
    lane: usize,
    upper: (usize, Rect),
    lower: (usize, Rect),
) -> Vec<(f32, f32)> {
    let (from_row, a) = upper;
    let (to_row, b) = lower;
    let width = rows
        .iter()
        .flat_map(|r| r.spans.iter().map(|s| s.1))
        .fold(0.0f32, f32::max)
        + m.gap;
    // In a row gap, three units apart; in a gap between boxes, two.
    let dy = lane_offset(lane, (m.row_gap / 2.0 - 3.0) / 2.0);
    let dx = lane_offset(lane, (m.gap / 2.0 - 2.0) / 2.0);
    let target = b.centre().0;
    let mut x = a.centre().0;
    let mut points = vec![(x, a.y + a.h)];
    let last = to_row.saturating_sub(from_row + 1);
    for (k, row) in rows[from_row + 1..=to_row].iter().enumerate() {
        // The gap above this row, in this network's lane.
        let channel = row.top - m.row_gap / 2.0 + dy;
        let next = if k == last {
            target
        } else {
            row.crossing(x, target, dx, width)
        };
        points.push((x, channel));
        if next != x {
            points.push((next, channel));
        }
        x = next;
    }
    points.push((x, b.y));
    // Corners only: a point on the straight way between its neighbours
    // says nothing.
    let mut corners: Vec<(f32, f32)> = Vec::with_capacity(points.len());
    for p in points {
        match corners.as_slice() {
            [.., a, b] if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) => {
                *corners.last_mut().expect("two points") = p;
            }
            _ => corners.push(p),
        }
    }
    corners
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
    // Every row, top to bottom, as the spans its boxes take up: what lines
    // are routed around.
    let mut rows: Vec<Row> = Vec::new();
    let mut y = m.gap;
    // Rows of `items` from `y` on, wrapping at the width; returns the y
    // after the last row.
    let place_row = |items: Vec<(NodeRef, Vec<String>)>,
                     mut y: f32,
                     nodes: &mut Vec<PlacedNode>,
                     rows: &mut Vec<Row>| {
        let mut x = m.gap;
        let mut row = Row::at(y);
        for (node, lines) in items {
            let (w, h) = size(&lines);
            if x > m.gap && x + w > width - m.gap {
                y = row.bottom + m.row_gap;
                rows.push(std::mem::replace(&mut row, Row::at(y)));
                x = m.gap;
            }
            row.add(nodes.len(), x, w, y + h);
            nodes.push(PlacedNode {
                node,
                rect: Rect { x, y, w, h },
                lines,
            });
            x += w + m.gap;
        }
        if row.spans.is_empty() {
            y
        } else {
            let next = row.bottom + m.row_gap;
            rows.push(row);
            next
        }
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
        // The heading, a row of its own that lines pass beside.
        rows.push(Row {
            top,
            bottom: top + m.band_heading - m.row_gap,
            spans: vec![(0.0, m.band_label_width.min(width / 2.0))],
            nodes: Vec::new(),
        });
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
            &mut rows,
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
            &mut rows,
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

    // The last row's gap is the drawing's bottom margin: half of it.
    let height = (y - m.row_gap + m.gap).max(2.0 * m.gap);
    if let Some(last) = bands.last_mut() {
        last.rect.h = height - last.rect.y;
    }
    let position: BTreeMap<NodeRef, usize> =
        nodes.iter().enumerate().map(|(i, p)| (p.node, i)).collect();
    let row_of: BTreeMap<usize, usize> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.nodes.iter().map(move |&i| (i, r)))
        .collect();
    // Each network's lane: its place among the drawn networks.
    let lane_of: BTreeMap<usize, usize> = graph
        .networks
        .iter()
        .enumerate()
        .map(|(k, &n)| (n, k))
        .collect();
    let edges = graph
        .edges
        .iter()
        .filter_map(|&edge| {
            let from = *position.get(&NodeRef::Network(edge.network))?;
            let to = *position.get(&NodeRef::Actor(edge.actor))?;
            let lane = lane_of.get(&edge.network).copied().unwrap_or(0);
            let (rf, rt) = (row_of[&from], row_of[&to]);
            let points = if rf < rt {
                route(&rows, m, lane, (rf, nodes[from].rect), (rt, nodes[to].rect))
            } else {
                let mut back = route(&rows, m, lane, (rt, nodes[to].rect), (rf, nodes[from].rect));
                back.reverse();
                back
            };
            Some(PlacedEdge {
                edge,
                from,
                to,
                points,
            })
        })
        .collect();

    Layout {
        width,
        height,
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
