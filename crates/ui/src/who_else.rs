//! On network and actor pages: "Verbindungen ansehen", the picture opened
//! on this entry; and on actor pages "Mit wem noch?": the other actors it
//! shares a network with, per network.

use leptos::prelude::*;

use crate::catalogue::use_catalogue;
use crate::i18n::td_string;
use crate::labels::role_on_actor;
use crate::localized::{dir_attr, lang_attr};
use crate::texts::locale_of;
use stadtteilnetz_core::connections::{Graph, NodeRef};
use stadtteilnetz_core::facets::Filters;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{actor_href, connections_href, network_href};

/// The link to the picture with `node` selected.
#[component]
pub fn ConnectionsLink(node: NodeRef, ui: Language) -> impl IntoView {
    let catalogue = use_catalogue();
    let token = node.token(catalogue.directory());
    view! {
        <p class="connections-link">
            <a href=connections_href(Some(&token), &Filters::default()) data-testid="view-connections">
                {td_string!(locale_of(ui), connections.view)}
            </a>
        </p>
    }
}

/// "Mit wem noch?" for actor `actor`.
#[component]
pub fn WhoElse(actor: usize, ui: Language) -> impl IntoView {
    let locale = locale_of(ui);
    let catalogue = use_catalogue();
    let dir = catalogue.directory();
    let around = Graph::around(dir, NodeRef::Actor(actor));
    let de = Language::De;
    let groups: Vec<_> = around
        .networks
        .iter()
        .filter_map(|&n| {
            // Each other actor once, with its first role there.
            let mut seen = Vec::new();
            let others: Vec<(usize, _)> = around
                .edges
                .iter()
                .filter(|e| e.network == n && e.actor != actor)
                .filter(|e| {
                    let first = !seen.contains(&e.actor);
                    seen.push(e.actor);
                    first
                })
                .map(|e| (e.actor, e.role))
                .collect();
            (!others.is_empty()).then_some((n, others))
        })
        .collect();
    let body = if groups.is_empty() {
        view! { <p class="muted">{td_string!(locale, connections.who_else_none)}</p> }.into_any()
    } else {
        view! {
            <p>{td_string!(locale, connections.who_else_lead)}</p>
            <ul class="who-else" data-testid="who-else">
                {groups.into_iter().map(|(n, others)| {
                    let network = &dir.networks()[n];
                    view! {
                        <li>
                            <a href=network_href(&network.slug) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{network.name.clone()}</a>
                            <ul>
                                {others.into_iter().map(|(a, role)| view! {
                                    <li>
                                        <a href=actor_href(&dir.actors()[a].id) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>{dir.actors()[a].name.clone()}</a>
                                        ": " {role_on_actor(locale, role)}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="section" aria-labelledby="mit-wem">
            <h2 id="mit-wem">{td_string!(locale, connections.who_else)}</h2>
            {body}
        </section>
    }
}
