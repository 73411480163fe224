//! `/verbindungen`: the networks and their actors as a picture (the core's
//! layout, drawn as SVG with the nodes as buttons), the selected entry's
//! connections in a panel, and the same facts as lists for screen readers
//! and print. The address holds the filters (as on the start page) and the
//! selection (`?auswahl=n:<slug>`), so every view can be linked.
//!
//! Touch: one finger drags the picture (it scrolls in its own area), two
//! pinch it ([`crate::zoom`]); the zoom buttons do the same for everyone.
//!
//! Keyboard: Tab reaches the drawing once (one node is tabbable at a
//! time), the arrow keys move to the nearest node in their direction,
//! Enter or Space selects. At scale only a filtered set of at most
//! [`MAX_DRAWN`] networks, or a selected entry's neighbourhood, is drawn
//! and listed.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::browser::{document, touch};
use crate::catalogue::use_catalogue;
use crate::filters::FilterPanel;
use crate::focus::focus_soon;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels::{actor_kind, level, role_heading, role_on_actor};
use crate::page_title;
use crate::texts::{locale_of, use_language};
use crate::zoom::{self, Pinch};
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::connections::{layout, Graph, Layout, Metrics, NodeRef, Tie};
use stadtteilnetz_core::facets::Filters;
use stadtteilnetz_core::links::{actor_href, connections_href_around, network_href};

/// The most networks drawn at once: more would be no picture anyone reads
/// (the lists below still name them all).
pub const MAX_DRAWN: usize = 60;

/// The width the picture is laid out for: the page's column (`main`, less
/// its padding, 1rem a side, 1.25rem on kiosk screens, and the drawing's
/// border), so that it fills it from a 320 px phone to a 1920 px kiosk; a
/// phone's width where the page is drawn by the build.
fn drawing_width() -> f32 {
    let column = document::client_width("#inhalt")
        .or_else(document::viewport_width)
        .unwrap_or(360.0) as f32;
    (column - 42.0).max(278.0)
}

/// What the picture shows for these networks: all of them, or, when
/// there are too many, the neighbourhood of `centre` (none without one).
fn graph_for(c: &Catalogue, networks: &[usize], centre: Option<NodeRef>) -> Option<Graph> {
    let dir = c.directory();
    if networks.is_empty() {
        None
    } else if networks.len() <= MAX_DRAWN {
        Some(Graph::of(dir, networks.iter().copied()))
    } else {
        centre.map(|s| Graph::around(dir, s))
    }
}

fn name(c: &Catalogue, node: NodeRef) -> String {
    match node {
        NodeRef::Network(n) => c.directory().networks()[n].name.clone(),
        NodeRef::Actor(a) => c.directory().actors()[a].name.clone(),
    }
}

fn href(c: &Catalogue, node: NodeRef) -> String {
    match node {
        NodeRef::Network(n) => network_href(&c.directory().networks()[n].slug),
        NodeRef::Actor(a) => actor_href(&c.directory().actors()[a].id),
    }
}

/// The node nearest to `from` in the direction of an arrow key (`dx`,
/// `dy` one of -1, 0, 1): ahead of it, the distance across counting twice.
fn nearest(l: &Layout, from: usize, dx: f32, dy: f32) -> Option<usize> {
    let (x0, y0) = l.nodes[from].rect.centre();
    l.nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, n)| {
            let (x, y) = n.rect.centre();
            let ahead = (x - x0) * dx + (y - y0) * dy;
            let across = ((x - x0) * dy).abs() + ((y - y0) * dx).abs();
            (ahead > 0.5).then_some((ahead + 2.0 * across, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, i)| i)
}

/// The picture.
#[component]
pub fn ConnectionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let catalogue = use_catalogue();
    let params = use_query_map();
    let c = catalogue.clone();
    let filters = Memo::new(move |_| {
        Filters::known(c.facets(), |f| {
            params.read().get_all(f.key()).unwrap_or_default()
        })
    });
    let c = catalogue.clone();
    let selected = Memo::new(move |_| {
        params
            .read()
            .get("auswahl")
            .and_then(|t| NodeRef::parse(c.directory(), &t))
    });
    // What the neighbourhood is drawn around at scale: the address's
    // `mitte`, else the selection (as a network or actor page opens it).
    let c = catalogue.clone();
    let centre = Memo::new(move |_| {
        params
            .read()
            .get("mitte")
            .and_then(|t| NodeRef::parse(c.directory(), &t))
            .or_else(|| selected.get())
    });
    let c = catalogue.clone();
    let networks = Memo::new(move |_| {
        let selection = filters.with(|f| c.facets().selection(f));
        (0..c.directory().networks().len())
            .filter(|&n| c.facets().matches(&selection, n))
            .collect::<Vec<usize>>()
    });
    let c = catalogue.clone();
    // A memo: every checkbox reads its count, and a tally of 10,000
    // networks per checkbox was most of the time it took to open the page.
    let counts = Memo::new(move |_| {
        filters.with(|f| c.facets().tally(0..c.directory().networks().len(), f))
    });
    let c = catalogue.clone();
    let graph = Memo::new(move |_| networks.with(|n| graph_for(&c, n, centre.get())));
    // Too many networks to draw all: the picture is a neighbourhood.
    let at_scale = Memo::new(move |_| networks.with(|n| n.len() > MAX_DRAWN));
    let width = drawing_width();
    let c = catalogue.clone();
    let drawn = Memo::new(move |_| {
        graph.with(|g| {
            g.as_ref().map(|g| {
                // Names are the dataset's (German) in every language.
                layout(c.directory(), g, width, &Metrics::default(), |node| {
                    name(&c, node)
                })
            })
        })
    });
    // The selected node's neighbours, lit in the picture.
    let lit = Memo::new(move |_| {
        selected
            .get()
            .map(|s| {
                graph.with(|g| {
                    g.as_ref()
                        .map(|g| g.neighbours(s).into_iter().map(|(n, _)| n).collect())
                        .unwrap_or_default()
                })
            })
            .unwrap_or_else(Vec::<NodeRef>::new)
    });
    // The node that takes Tab: the last one moved to, else the selected
    // one, else the first.
    let focused = RwSignal::new(None::<usize>);
    let tab = Memo::new(move |_| {
        drawn.with(|l| {
            let Some(l) = l else { return 0 };
            focused
                .get()
                .filter(|&i| i < l.nodes.len())
                .or_else(|| selected.get().and_then(|s| l.index_of(s)))
                .unwrap_or(0)
        })
    });
    let scale = RwSignal::new(1.0f32);
    // Two fingers on the picture: the scale follows their spread.
    let pinch = RwSignal::new(None::<Pinch>);
    let navigate = use_navigate();
    let c = catalogue.clone();
    let select = move |node: Option<NodeRef>| {
        let dir = c.directory();
        let token = node.map(|n| n.token(dir));
        // At scale the picture stays on its centre while another entry in
        // it is chosen (or the choice cleared).
        let around = at_scale
            .get_untracked()
            .then(|| centre.get_untracked())
            .flatten()
            .filter(|&m| Some(m) != node)
            .map(|m| m.token(dir));
        let href = filters
            .with_untracked(|f| connections_href_around(around.as_deref(), token.as_deref(), f));
        navigate(
            &href,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };

    let c = catalogue.clone();
    let select_in_picture = select.clone();
    let picture = move || {
        let select = select_in_picture.clone();
        let ui = lang.get();
        let locale = locale_of(ui);
        let Some(l) = drawn.get() else {
            let n = networks.with(Vec::len);
            let text = if n == 0 {
                td_string!(locale, connections.nothing).to_string()
            } else {
                td_string!(locale, connections.over_limit, n = ui.number(n)).to_string()
            };
            return view! { <p class="connections__note" data-testid="connections-note">{text}</p> }.into_any();
        };
        let g = graph.get_untracked().unwrap_or_default();
        let rtl = ui.is_rtl();
        let mirror = move |x: f32, w: f32| if rtl { l.width - x - w } else { x };
        let (w, h) = (l.width, l.height);
        let bands = l.bands.iter().map(|b| {
            let label = level(locale, b.level);
            let x = if rtl { w - 12.0 } else { 12.0 };
            view! {
                <g class="band">
                    <rect x="0" y=b.rect.y width=w height=b.rect.h class="band__area"/>
                    <text x=x y=b.rect.y + 20.0 class="band__label" text-anchor=if rtl { "end" } else { "start" }>{label}</text>
                </g>
            }
        }).collect_view();
        let edges = l
            .edges
            .iter()
            .map(|e| {
                let edge = e.edge;
                let on = move || {
                    selected.get().is_some_and(|s| {
                        s == NodeRef::Network(edge.network) || s == NodeRef::Actor(edge.actor)
                    })
                };
                let points = e
                    .points
                    .iter()
                    .map(|&(x, y)| format!("{},{y}", if rtl { w - x } else { x }))
                    .collect::<Vec<_>>()
                    .join(" ");
                let class = move || {
                    format!(
                        "edge edge--{}{}",
                        Tie::of(edge.role).class(),
                        if on() { " edge--on" } else { "" }
                    )
                };
                view! { <polyline points=points class=class/> }
            })
            .collect_view();
        let layout_for_keys = l.clone();
        let nodes = l.nodes.iter().enumerate().map(|(i, n)| {
            let node = n.node;
            let kind = match node { NodeRef::Network(_) => "network", NodeRef::Actor(_) => "actor" };
            let class = move || {
                let sel = selected.get();
                let state = if sel == Some(node) {
                    " node--selected"
                } else if lit.with(|l| l.contains(&node)) {
                    " node--lit"
                } else if sel.is_some() {
                    " node--dim"
                } else {
                    ""
                };
                format!("node node--{kind}{state}")
            };
            let lines = n.lines.iter().map(|line| view! { <span class="node__line">{line.clone()}</span> }).collect_view();
            let lk = layout_for_keys.clone();
            let select = select.clone();
            let select_key = select.clone();
            let full = name(&c, node);
            view! {
                <foreignObject x=mirror(n.rect.x, n.rect.w) y=n.rect.y width=n.rect.w height=n.rect.h>
                    <button type="button" id=format!("knoten-{i}") class=class
                        tabindex=move || if tab.get() == i { "0" } else { "-1" }
                        aria-pressed=move || (selected.get() == Some(node)).to_string()
                        aria-label=full
                        lang="de"
                        data-testid="node"
                        on:click=move |_| { focused.set(Some(i)); select(Some(node)); }
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            let (dx, dy) = match ev.key().as_str() {
                                "ArrowRight" => (if rtl { -1.0 } else { 1.0 }, 0.0),
                                "ArrowLeft" => (if rtl { 1.0 } else { -1.0 }, 0.0),
                                "ArrowDown" => (0.0, 1.0),
                                "ArrowUp" => (0.0, -1.0),
                                "Escape" => { ev.prevent_default(); select_key(None); return; }
                                _ => return,
                            };
                            ev.prevent_default();
                            if let Some(next) = nearest(&lk, i, dx, dy) {
                                focused.set(Some(next));
                                focus_soon(format!("#knoten-{next}"));
                            }
                        }>
                        {lines}
                    </button>
                </foreignObject>
            }
        }).collect_view();
        let label = td_string!(
            locale,
            connections.drawing_label,
            networks = ui.number(g.networks.len()),
            actors = ui.number(g.actors.len())
        )
        .to_string();
        view! {
            <div class="connections__scroll" id="bild" data-testid="drawing"
                on:touchstart=move |ev: leptos::ev::TouchEvent| {
                    pinch.set(touch::spread(&ev).and_then(|s| Pinch::start(scale.get_untracked(), s.distance)));
                }
                on:touchmove=move |ev: leptos::ev::TouchEvent| {
                    let (Some(p), Some(s)) = (pinch.get_untracked(), touch::spread(&ev)) else { return };
                    let (before, after) = (scale.get_untracked(), p.scale(s.distance));
                    if after != before {
                        scale.set(after);
                        request_animation_frame(move || touch::keep_point("#bild", s.middle, after / before));
                    }
                }
                on:touchend=move |ev: leptos::ev::TouchEvent| if touch::spread(&ev).is_none() { pinch.set(None) }
                on:touchcancel=move |_| pinch.set(None)>
                <svg class="connections__svg" viewBox=format!("0 0 {w} {h}") width=move || w * scale.get() height=move || h * scale.get() role="group" aria-label=label>
                    {bands}
                    <g class=move || if selected.get().is_some() { "edges edges--dim" } else { "edges" } aria-hidden="true">{edges}</g>
                    {nodes}
                </svg>
            </div>
        }
        .into_any()
    };

    let c = catalogue.clone();
    let panel = move || {
        let ui = lang.get();
        let locale = locale_of(ui);
        let Some(sel) = selected.get() else {
            return view! { <p class="muted">{td_string!(locale, connections.none_selected)}</p> }
                .into_any();
        };
        let dir = c.directory();
        let kind = match sel {
            NodeRef::Network(_) => td_string!(locale, connections.kind_network),
            NodeRef::Actor(a) => actor_kind(locale, dir.actors()[a].kind),
        };
        // All of the entry's connections: in a neighbourhood (at scale)
        // the picture has only those that touch its centre.
        let g = match graph.get() {
            Some(g) if !at_scale.get() => g,
            _ => Graph::around(dir, sel),
        };
        let rows = g.neighbours(sel).into_iter().map(|(other, e)| {
            let role = match sel {
                NodeRef::Network(_) => role_heading(locale, e.role),
                NodeRef::Actor(_) => role_on_actor(locale, e.role),
            };
            view! { <li><a href=href(&c, other) lang="de">{name(&c, other)}</a>": " {role}</li> }
        }).collect_view();
        let heading = match sel {
            NodeRef::Network(_) => td_string!(locale, connections.members_heading),
            NodeRef::Actor(_) => td_string!(locale, connections.roles_heading),
        };
        let select = select.clone();
        view! {
            <h2 id="auswahl">{td_string!(locale, connections.selected)}": " <span lang="de">{name(&c, sel)}</span></h2>
            <p class="kind-badge">{kind}</p>
            <h3>{heading}</h3>
            <ul class="connections__roles" data-testid="panel-roles">{rows}</ul>
            <p class="connections__actions">
                <a class="button" href=href(&c, sel)>{td_string!(locale, connections.open_page)}</a>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| select(None)>{td_string!(locale, connections.clear)}</button>
            </p>
        }
        .into_any()
    };

    let c = catalogue.clone();
    let lists = move || {
        let ui = lang.get();
        let locale = locale_of(ui);
        let dir = c.directory();
        // The lists say what the picture shows (never 10,000 networks).
        let Some(g) = graph.get() else {
            return ().into_any();
        };
        let several = g.shared_actors();
        let several = if several.is_empty() {
            view! { <p class="muted">{td_string!(locale, connections.several_none)}</p> }.into_any()
        } else {
            view! {
                <ul data-testid="several">
                    {several.into_iter().map(|(a, edges)| {
                        let mut nets: Vec<usize> = edges.iter().map(|e| e.network).collect();
                        nets.dedup();
                        let count = td_string!(locale, connections.in_networks, n = ui.number(nets.len())).to_string();
                        let items = edges.iter().map(|e| view! {
                            <li><a href=network_href(&dir.networks()[e.network].slug) lang="de">{dir.networks()[e.network].name.clone()}</a>": " {role_on_actor(locale, e.role)}</li>
                        }).collect_view();
                        view! {
                            <li>
                                <a href=actor_href(&dir.actors()[a].id) lang="de">{dir.actors()[a].name.clone()}</a>" – " {count}
                                <ul>{items}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        let per_network = g.networks.iter().map(|&n| {
            let network = &dir.networks()[n];
            let groups = dir.actors_by_role(network).into_iter().map(|(role, actors)| view! {
                <dt>{role_heading(locale, role)}</dt>
                <dd>
                    <ul class="inline-list">
                        {actors.into_iter().map(|(a, _)| view! { <li><a href=actor_href(&a.id) lang="de">{a.name.clone()}</a></li> }).collect_view()}
                    </ul>
                </dd>
            }).collect_view();
            view! {
                <li>
                    <h4><a href=network_href(&network.slug) lang="de">{network.name.clone()}</a></h4>
                    <dl class="connections__members">{groups}</dl>
                </li>
            }
        }).collect_view();
        view! {
            <h2 id="liste">{td_string!(locale, connections.list_heading)}</h2>
            <h3>{td_string!(locale, connections.several_heading)}</h3>
            {several}
            <h3>{td_string!(locale, connections.per_network_heading)}</h3>
            <ul class="connections__networks" data-testid="per-network">{per_network}</ul>
        }
        .into_any()
    };

    let zoom = move |f: f32| scale.update(|s| *s = zoom::clamp(*s * f));
    let legend = move || {
        let locale = locale_of(lang.get());
        [
            (Tie::Lead, td_string!(locale, connections.legend_lead)),
            (Tie::Member, td_string!(locale, connections.legend_member)),
            (Tie::Support, td_string!(locale, connections.legend_support)),
        ]
        .into_iter()
        .map(|(tie, text)| view! {
            <li>
                <svg class="legend__line" viewBox="0 0 40 10" width="40" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="40" y2="5" class=format!("edge edge--{}", tie.class())/>
                </svg>
                {text}
            </li>
        })
        .collect_view()
    };
    view! {
        <Title text=move || page_title(t_string!(i18n, connections.title))/>
        <article class="page page--connections" data-testid="connections">
            <h1>{move || td_string!(locale_of(lang.get()), connections.title)}</h1>
            <p class="lead">{move || td_string!(locale_of(lang.get()), connections.lead)}</p>
            <FilterPanel query=Signal::stored(String::new()) filters counts base=stadtteilnetz_core::links::CONNECTIONS_PATH/>
            <div class="connections__tools no-print">
                <button type="button" class="button button--small" on:click=move |_| zoom(zoom::STEP)>{move || td_string!(locale_of(lang.get()), connections.zoom_in)}</button>
                <button type="button" class="button button--small" on:click=move |_| zoom(1.0 / zoom::STEP)>{move || td_string!(locale_of(lang.get()), connections.zoom_out)}</button>
                <button type="button" class="button button--small" on:click=move |_| scale.set(1.0)>{move || td_string!(locale_of(lang.get()), connections.zoom_reset)}</button>
            </div>
            <figure class="connections__figure">
                {picture}
                <figcaption>
                    <span class="visually-hidden">{move || td_string!(locale_of(lang.get()), connections.legend)}</span>
                    <ul class="legend">{legend}</ul>
                </figcaption>
            </figure>
            <section class="connections__panel" aria-labelledby="auswahl" aria-live="polite" data-testid="panel">{panel}</section>
            <section class="connections__lists" aria-labelledby="liste">{lists}</section>
        </article>
    }
}
