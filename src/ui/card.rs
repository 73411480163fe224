//! Entries as cards in the list on the start page: networks, and actors
//! when a search finds them.

use std::sync::Arc;

use leptos::prelude::*;

use super::bookmarks::BookmarkButton;
use super::i18n::{t_string, td_string, use_i18n};
use super::labels;
use super::language::{tr, use_language};
use super::localized::{dir_attr, lang_attr, only_german};
use super::marked::{marked, snippet, spans_of};
use crate::bookmarks::Item;
use crate::directory::shipped;
use crate::language::Language;
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
/// `marks` are the search matches in this network, if any. Texts follow the
/// interface language; German ones in another language are marked as such.
#[component]
pub fn NetworkCard(
    network: &'static Network,
    #[prop(optional)] marks: Vec<FieldMatch<'static>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let marks = Arc::new(marks);
    let dir = shipped();
    let levels = {
        let marks = marks.clone();
        move || {
            let separator = t_string!(i18n, home.card.list_separator);
            network
                .levels
                .iter()
                .enumerate()
                .map(|(i, &l)| {
                    let sep = if i > 0 { separator } else { "" };
                    // The search matched the German label; its marks only fit there.
                    let label = labels::level(i18n, l);
                    let text = if label == l.label() {
                        marked(&label, spans_of(&marks, Field::Level, Language::De, i))
                    } else {
                        label.into_any()
                    };
                    view! { {sep}{text} }
                })
                .collect_view()
        }
    };
    let texts = {
        let marks = marks.clone();
        move || {
            let ui = lang.get();
            let caption = network.caption_in(ui);
            let summary = network.summary_in(ui);
            let topics: Vec<_> = dir.topics_of(network).map(|t| t.label_in(ui)).collect();
            let german = caption.is_some_and(|c| only_german(c.lang, ui))
                || only_german(summary.lang, ui)
                || topics.iter().any(|t| only_german(t.lang, ui));
            view! {
                {caption.map(|c| view! {
                    <p class="card__caption" lang=lang_attr(c.lang, ui) dir=dir_attr(c.lang, ui)>
                        {marked(c.text, spans_of(&marks, Field::Caption, c.lang, 0))}
                    </p>
                })}
                <p class="card__summary" lang=lang_attr(summary.lang, ui) dir=dir_attr(summary.lang, ui)>
                    {marked(summary.text, spans_of(&marks, Field::Summary, summary.lang, 0))}
                </p>
                {german.then(|| view! {
                    <p class="only-german only-german--short" data-testid="only-german-short">
                        {tr(|l| td_string!(l, home.card.in_german))}
                    </p>
                })}
                <dl class="card__meta">
                    <div class="card__meta-row">
                        <dt>{tr(|l| td_string!(l, home.card.level))}</dt>
                        <dd>{levels.clone()}</dd>
                    </div>
                    <div class="card__meta-row">
                        <dt>{tr(|l| td_string!(l, home.card.topics))}</dt>
                        <dd>
                            <ul class="tags">
                                {topics.into_iter().enumerate().map(|(i, t)| view! {
                                    <li class="tag" lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>
                                        {marked(t.text, spans_of(&marks, Field::Topics, t.lang, i))}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </dd>
                    </div>
                </dl>
            }
        }
    };
    let name = {
        let marks = marks.clone();
        move || {
            let gloss = network.gloss(lang.get());
            view! {
                <a data-testid="card-name" href=network_href(&network.slug) lang=lang_attr(Language::De, lang.get()) dir=dir_attr(Language::De, lang.get())>
                    {marked(&network.name, spans_of(&marks, Field::Name, Language::De, 0))}
                </a>
                {gloss.map(|g| view! {
                    <span class="gloss">{marked(g, spans_of(&marks, Field::Name, lang.get(), 0))}</span>
                })}
            }
        }
    };
    view! {
        <li class="card-item">
            <article class="card" data-testid="card">
                <h2 class="card__name">{name}</h2>
                {texts}
                <FoundIn marks=marks.clone() on_card=&ON_NETWORK_CARD/>
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
    let marks = Arc::new(marks);
    let texts = {
        let marks = marks.clone();
        move || {
            let ui = lang.get();
            let gloss = actor.gloss(ui);
            let description = actor.description_in(ui);
            view! {
                <h2 class="card__name">
                    <a data-testid="card-name" href=actor_href(&actor.id) lang=lang_attr(Language::De, ui) dir=dir_attr(Language::De, ui)>
                        {marked(&actor.name, spans_of(&marks, Field::Name, Language::De, 0))}
                    </a>
                    {gloss.map(|g| view! {
                        <span class="gloss">{marked(g, spans_of(&marks, Field::Name, ui, 0))}</span>
                    })}
                </h2>
                {description.map(|d| view! {
                    <p class="card__summary" lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>
                        {marked(d.text, spans_of(&marks, Field::Summary, d.lang, 0))}
                    </p>
                    {only_german(d.lang, ui).then(|| view! {
                        <p class="only-german only-german--short" data-testid="only-german-short">
                            {tr(|l| td_string!(l, home.card.in_german))}
                        </p>
                    })}
                })}
            }
        }
    };
    view! {
        <li class="card-item">
            <article class="card card--actor" data-testid="card">
                <p class="card__type">
                    {move || t_string!(i18n, home.card.actor_type, kind = labels::actor_kind(i18n, actor.kind)).to_string()}
                </p>
                {texts}
                <p class="card__meta">
                    {move || match networks {
                        0 => t_string!(i18n, home.card.in_no_network).to_string(),
                        n => t_string!(i18n, home.card.in_networks, count = n, n = lang.get().number(n)).to_string(),
                    }}
                </p>
                <FoundIn marks=marks.clone() on_card=&ON_ACTOR_CARD/>
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
fn FoundIn(marks: Arc<Vec<FieldMatch<'static>>>, on_card: &'static [Field]) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    move || {
        // One line per field, in the interface language where it matched there.
        let ui = lang.get();
        let mut elsewhere: Vec<&FieldMatch<'static>> = Vec::new();
        for m in marks.iter().filter(|m| !on_card.contains(&m.field)) {
            match elsewhere.iter().position(|e| e.field == m.field) {
                Some(i) if m.value.lang == ui && elsewhere[i].value.lang != ui => elsewhere[i] = m,
                Some(_) => {}
                None => elsewhere.push(m),
            }
        }
        elsewhere.truncate(FOUND_IN_LINES);
        (!elsewhere.is_empty()).then(|| {
            view! {
                <div class="found-in">
                    <p class="found-in__label">{tr(|l| td_string!(l, home.card.found_in))}</p>
                    <ul class="found-in__list">
                        {elsewhere
                            .into_iter()
                            .map(|m| {
                                let (text, spans, before, after) = snippet(m.text, &m.spans, 60);
                                view! {
                                    <li>
                                        <span class="found-in__field">{format!("{}: ", labels::field(i18n, m.field))}</span>
                                        <span lang=lang_attr(m.value.lang, ui) dir=dir_attr(m.value.lang, ui)>
                                            {before.then_some("… ")}
                                            {marked(text, &spans)}
                                            {after.then_some(" …")}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
