//! Entries as cards in the list on the start page: networks, and actors
//! when a search finds them.

use leptos::prelude::*;

use super::bookmarks::BookmarkButton;
use super::i18n::{t, t_string, use_i18n};
use super::labels;
use super::language::use_language;
use super::marked::{marked, snippet, spans_of};
use crate::bookmarks::Item;
use crate::directory::shipped;
use crate::links::{actor_href, network_href};
use crate::model::{Actor, Network};
use crate::search::{Field, FieldMatch};

/// Fields a card shows itself; matches elsewhere are named under "gefunden in".
const ON_NETWORK_CARD: [Field; 5] = [
    Field::Name,
    Field::Caption,
    Field::Summary,
    Field::Topics,
    Field::Level,
];
const ON_ACTOR_CARD: [Field; 3] = [Field::Name, Field::Summary, Field::Actors];

/// One network card; the whole card is a touch target for its link.
/// `marks` are the search matches in this network, if any.
#[component]
pub fn NetworkCard(
    network: &'static Network,
    #[prop(optional)] marks: Vec<FieldMatch<'static>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dir = shipped();
    let levels = network.levels.iter().enumerate().map(|(i, &l)| {
        let spans = spans_of(&marks, Field::Level, i).to_vec();
        move || {
            let sep = if i > 0 {
                t_string!(i18n, home.card.list_separator)
            } else {
                ""
            };
            // The search matched the German label; its marks only fit there.
            let label = labels::level(i18n, l);
            let text = if label == l.label() {
                marked(&label, &spans)
            } else {
                label.into_any()
            };
            view! { {sep}{text} }
        }
    });
    let topics = dir.topics_of(network).enumerate().map(|(i, t)| {
        view! { <li class="tag">{marked(&t.label, spans_of(&marks, Field::Topics, i))}</li> }
    });
    view! {
        <li class="card-item">
            <article class="card" data-testid="card">
                <h2 class="card__name">
                    <a data-testid="card-name" href=network_href(&network.slug)>
                        {marked(&network.name, spans_of(&marks, Field::Name, 0))}
                    </a>
                </h2>
                {network.caption.as_deref().map(|c| {
                    view! { <p class="card__caption">{marked(c, spans_of(&marks, Field::Caption, 0))}</p> }
                })}
                <p class="card__summary">{marked(&network.summary, spans_of(&marks, Field::Summary, 0))}</p>
                <dl class="card__meta">
                    <div class="card__meta-row">
                        <dt>{t!(i18n, home.card.level)}</dt>
                        <dd>{levels.collect_view()}</dd>
                    </div>
                    <div class="card__meta-row">
                        <dt>{t!(i18n, home.card.topics)}</dt>
                        <dd><ul class="tags">{topics.collect_view()}</ul></dd>
                    </div>
                </dl>
                <FoundIn marks on_card=&ON_NETWORK_CARD/>
                <div class="card__actions">
                    <BookmarkButton item=Item::Network(network.slug.clone()) name=network.name.clone()/>
                </div>
            </article>
        </li>
    }
}

/// An actor found by a search.
#[component]
pub fn ActorCard(actor: &'static Actor, marks: Vec<FieldMatch<'static>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let networks = shipped().network_count(&actor.id);
    view! {
        <li class="card-item">
            <article class="card card--actor" data-testid="card">
                <p class="card__type">
                    {move || t_string!(i18n, home.card.actor_type, kind = labels::actor_kind(i18n, actor.kind)).to_string()}
                </p>
                <h2 class="card__name">
                    <a data-testid="card-name" href=actor_href(&actor.id)>
                        {marked(&actor.name, spans_of(&marks, Field::Name, 0))}
                    </a>
                </h2>
                {actor.description.as_deref().map(|d| {
                    view! { <p class="card__summary">{marked(d, spans_of(&marks, Field::Summary, 0))}</p> }
                })}
                <p class="card__meta">
                    {move || match networks {
                        0 => t_string!(i18n, home.card.in_no_network).to_string(),
                        n => t_string!(i18n, home.card.in_networks, count = n, n = lang.get().number(n)).to_string(),
                    }}
                </p>
                <FoundIn marks on_card=&ON_ACTOR_CARD/>
                <div class="card__actions">
                    <BookmarkButton item=Item::Actor(actor.id.clone()) name=actor.name.clone()/>
                </div>
            </article>
        </li>
    }
}

/// At most this many "gefunden in" lines per card, one per field.
const FOUND_IN_LINES: usize = 3;

/// "gefunden in: …" for matches in fields the card does not show, each with
/// its marked words (long texts as a snippet around the first match).
#[component]
fn FoundIn(marks: Vec<FieldMatch<'static>>, on_card: &'static [Field]) -> impl IntoView {
    let i18n = use_i18n();
    let mut elsewhere: Vec<FieldMatch<'static>> = Vec::new();
    for m in marks {
        if !on_card.contains(&m.field) && !elsewhere.iter().any(|e| e.field == m.field) {
            elsewhere.push(m);
        }
    }
    elsewhere.truncate(FOUND_IN_LINES);
    (!elsewhere.is_empty()).then(|| {
        view! {
            <div class="found-in">
                <p class="found-in__label">{t!(i18n, home.card.found_in)}</p>
                <ul class="found-in__list">
                    {elsewhere
                        .into_iter()
                        .map(|m| {
                            let (text, spans, before, after) = snippet(m.text, &m.spans, 60);
                            view! {
                                <li>
                                    <span class="found-in__field">{move || format!("{}: ", labels::field(i18n, m.field))}</span>
                                    {before.then_some("… ")}
                                    {marked(text, &spans)}
                                    {after.then_some(" …")}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
