//! The connections picture's layout: every participation drawn once, no two
//! boxes overlapping, no line through a box, everything inside the drawing at every width from a
//! 320 px phone to a 1920 px kiosk, labels that fit their boxes, bands in
//! level order, and the same picture for the same data.

mod common;
use common::shipped;
use stadtteilnetz_core::connections::{
    layout, wrap, Graph, Layout, Metrics, NodeRef, PlacedEdge, Rect,
};
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::model::Level;

const WIDTHS: [f32; 5] = [320.0, 360.0, 768.0, 1280.0, 1920.0];

fn name(dir: &Directory) -> impl Fn(NodeRef) -> String + '_ {
    move |node| match node {
        NodeRef::Network(n) => dir.networks()[n].name.clone(),
        NodeRef::Actor(a) => dir.actors()[a].name.clone(),
    }
}

fn draw(dir: &Directory, graph: &Graph, width: f32) -> Layout {
    layout(dir, graph, width, &Metrics::default(), name(dir))
}

/// The properties every layout must have.
fn check(dir: &Directory, graph: &Graph, l: &Layout) {
    let m = Metrics::default();
    // Every node of the graph exactly once.
    let mut drawn: Vec<NodeRef> = l.nodes.iter().map(|n| n.node).collect();
    drawn.sort();
    let mut expected: Vec<NodeRef> = graph.nodes().collect();
    expected.sort();
    assert_eq!(drawn, expected);
    // Inside the drawing, and no two boxes overlapping.
    for (i, a) in l.nodes.iter().enumerate() {
        let r = a.rect;
        assert!(r.x >= 0.0 && r.y >= 0.0, "{:?}", a.node);
        assert!(
            r.x + r.w <= l.width + 0.01,
            "{:?} leaves the width {}",
            a.node,
            l.width
        );
        assert!(
            r.y + r.h <= l.height + 0.01,
            "{:?} leaves the height",
            a.node
        );
        for b in &l.nodes[i + 1..] {
            assert!(
                !r.overlaps(&b.rect),
                "{:?} overlaps {:?} at {}",
                a.node,
                b.node,
                l.width
            );
        }
        // The label fits its box: every line within the box's width.
        for line in &a.lines {
            let need = line.chars().count() as f32 * m.font * m.char_width;
            assert!(
                need <= r.w - 2.0 * m.padding + 0.01,
                "„{line}“ is wider than its box"
            );
        }
        assert!(
            r.h >= a.lines.len() as f32 * m.font * m.line_height,
            "{:?}: lines taller than the box",
            a.node
        );
        // And it says the whole name.
        assert_eq!(
            a.lines.concat().replace(['-', ' '], ""),
            name(dir)(a.node).replace(['-', ' '], "")
        );
    }
    // Every participation once, from its network to its actor.
    assert_eq!(l.edges.len(), graph.edges.len());
    for e in &l.edges {
        assert_eq!(l.nodes[e.from].node, NodeRef::Network(e.edge.network));
        assert_eq!(l.nodes[e.to].node, NodeRef::Actor(e.edge.actor));
        check_route(l, e);
    }
    // Bands in level order, apart, and each network inside its nearest
    // level's band.
    for w in l.bands.windows(2) {
        assert!(w[0].level < w[1].level);
        assert!(w[0].rect.y + w[0].rect.h <= w[1].rect.y + 0.01);
    }
    for n in &l.nodes {
        if let NodeRef::Network(i) = n.node {
            let level = *dir.networks()[i].levels.iter().min().unwrap();
            let band = l.bands.iter().find(|b| b.level == level).expect("its band");
            assert!(n.rect.y >= band.rect.y && n.rect.y + n.rect.h <= band.rect.y + band.rect.h);
        }
    }
}

/// A line's path: it starts on its network's box and ends on its actor's,
/// every segment level or upright, inside the drawing, and none through a
/// box (its own two included) or a band's heading.
fn check_route(l: &Layout, e: &PlacedEdge) {
    let m = Metrics::default();
    let (from, to) = (l.nodes[e.from].rect, l.nodes[e.to].rect);
    let on_edge = |r: Rect, (x, y): (f32, f32)| {
        x >= r.x - 0.01
            && x <= r.x + r.w + 0.01
            && ((y - r.y).abs() < 0.01 || (y - r.y - r.h).abs() < 0.01)
    };
    assert!(e.points.len() >= 2);
    assert!(on_edge(from, e.points[0]), "{e:?} starts off its network");
    assert!(
        on_edge(to, *e.points.last().unwrap()),
        "{e:?} ends off its actor"
    );
    // The bands' headings, as the spans lines pass beside.
    let headings = l.bands.iter().map(|b| Rect {
        x: 0.0,
        y: b.rect.y,
        w: m.band_label_width.min(l.width / 2.0),
        h: m.band_heading - m.row_gap,
    });
    let boxes: Vec<Rect> = l.nodes.iter().map(|n| n.rect).chain(headings).collect();
    for pair in e.points.windows(2) {
        let [(x1, y1), (x2, y2)] = [pair[0], pair[1]];
        assert!(x1 == x2 || y1 == y2, "{e:?}: a slanted segment");
        for (x, y) in [(x1, y1), (x2, y2)] {
            assert!(
                (0.0..=l.width).contains(&x) && (0.0..=l.height).contains(&y),
                "{e:?} leaves the drawing"
            );
        }
        let (left, right) = (x1.min(x2), x1.max(x2));
        let (top, bottom) = (y1.min(y2), y1.max(y2));
        for r in &boxes {
            // A segment (a line, no area) through a box's inside.
            let across = left < r.x + r.w && right > r.x;
            let down = top < r.y + r.h && bottom > r.y;
            let inside_x = left > r.x && left < r.x + r.w;
            let inside_y = top > r.y && top < r.y + r.h;
            assert!(
                !((x1 == x2 && inside_x && down) || (y1 == y2 && inside_y && across)),
                "{e:?}: ({x1}, {y1})–({x2}, {y2}) runs through the box {r:?} at {}",
                l.width
            );
        }
    }
}

#[test]
fn the_shipped_networks_lay_out_at_every_width() {
    let dir = shipped();
    let graph = Graph::all(dir);
    let participations: usize = dir
        .networks()
        .iter()
        .map(|n| {
            n.actors
                .iter()
                .filter(|p| dir.actor(&p.actor).is_some())
                .count()
        })
        .sum();
    assert_eq!(graph.edges.len(), participations);
    assert_eq!(graph.networks.len(), dir.networks().len());
    for width in WIDTHS {
        let l = draw(dir, &graph, width);
        check(dir, &graph, &l);
        // The four levels of the source: Stadtteil, Stadt, Land (the
        // Thuringian association) — Bund holds no network of its own.
        let levels: Vec<Level> = l.bands.iter().map(|b| b.level).collect();
        assert_eq!(levels, [Level::District, Level::City, Level::State]);
    }
}

#[test]
fn the_same_data_gives_the_same_picture() {
    let dir = shipped();
    let graph = Graph::all(dir);
    assert_eq!(draw(dir, &graph, 360.0), draw(dir, &graph, 360.0));
    // A reversed or repeated choice of networks is the same graph.
    let n = dir.networks().len();
    assert_eq!(Graph::of(dir, (0..n).rev().chain(0..n)), graph);
}

#[test]
fn labels_stay_readable_on_a_phone() {
    let dir = shipped();
    let l = draw(dir, &Graph::all(dir), 320.0);
    // Drawn at 320 units into 320 CSS px: 14 px text, no box wider than
    // the screen.
    assert!(Metrics::default().font >= 12.0);
    assert!(l
        .nodes
        .iter()
        .all(|n| n.rect.w <= 320.0 - 2.0 * Metrics::default().gap));
    for line in wrap(
        "Thüringer Arbeitsgemeinschaft Soziale Stadtentwicklung und Gemeinwesenarbeit",
        20,
    ) {
        assert!(line.chars().count() <= 20);
    }
}

#[test]
fn an_actor_s_neighbourhood_is_its_networks_and_their_actors() {
    let dir = shipped();
    let kubus = dir.actor_index("kubus").unwrap();
    let around = Graph::around(dir, NodeRef::Actor(kubus));
    let generationen = dir
        .networks()
        .iter()
        .position(|n| n.slug == "arbeitskreis-generationen")
        .unwrap();
    assert_eq!(around.networks, [generationen]);
    assert!(around.actors.contains(&kubus));
    let stadtteilbuero = dir.actor_index("stadtteilbuero").unwrap();
    assert!(
        !around.actors.contains(&stadtteilbuero),
        "not in that network"
    );
    check(dir, &around, &draw(dir, &around, 360.0));
    // A network's neighbourhood: it and its actors.
    let one = Graph::around(dir, NodeRef::Network(0));
    assert_eq!(one.networks, [0]);
    assert_eq!(one.edges.len(), dir.networks()[0].actors.len());
}

/// At 10,000 generated networks the picture never holds them all: the
/// neighbourhood of any entry is small, and lays out with every property.
#[cfg(feature = "synthetic")]
#[test]
fn at_scale_a_neighbourhood_is_small_and_lays_out_cleanly() {
    let dir = Directory::new(stadtteilnetz_core::synthetic::dataset(10_000, 7));
    let mut largest = 0;
    for a in (0..dir.actors().len()).step_by(97) {
        let around = Graph::around(&dir, NodeRef::Actor(a));
        largest = largest.max(around.networks.len() + around.actors.len());
        for width in [320.0, 1920.0] {
            check(&dir, &around, &draw(&dir, &around, width));
        }
    }
    for n in (0..dir.networks().len()).step_by(997) {
        let around = Graph::around(&dir, NodeRef::Network(n));
        check(&dir, &around, &draw(&dir, &around, 360.0));
    }
    assert!(largest > 1, "neighbourhoods have something in them");
    eprintln!("largest neighbourhood: {largest} nodes");
}

#[test]
fn selections_are_written_as_the_merkliste_writes_entries() {
    let dir = shipped();
    let kubus = dir.actor_index("kubus").unwrap();
    assert_eq!(NodeRef::Actor(kubus).token(dir), "a:kubus");
    assert_eq!(NodeRef::parse(dir, "a:kubus"), Some(NodeRef::Actor(kubus)));
    let slug = &dir.networks()[2].slug;
    assert_eq!(
        NodeRef::parse(dir, &format!("n:{slug}")),
        Some(NodeRef::Network(2))
    );
    for bad in [
        "",
        "kubus",
        "a:",
        "x:kubus",
        "a:gibt-es-nicht",
        "n:<script>",
    ] {
        assert_eq!(NodeRef::parse(dir, bad), None, "{bad}");
    }
    // Actors in more than one network: the shipped data has some.
    let shared = Graph::all(dir).shared_actors();
    let vereine = dir.actor_index("vereine").unwrap();
    assert!(shared.iter().any(|(a, _)| *a == vereine));
    assert!(shared.iter().all(|(_, edges)| {
        let mut n: Vec<usize> = edges.iter().map(|e| e.network).collect();
        n.dedup();
        n.len() > 1
    }));
}
