//! Entries as cards in the list on the start page: networks, and actors
//! when a search finds them. A card is drawn for one interface language
//! (the list makes its cards anew when the language changes), so that a
//! card holds no reactive text of its own but its marks: the list keeps a
//! card while the search changes, and only the marked words follow it.

use leptos::prelude::*;

use crate::bookmarks::BookmarkButton;
use crate::i18n::td_string;
use crate::labels;
use crate::localized::{dir_attr, lang_attr, only_german};
use crate::marked::{marked, marked_live, snippet};
use crate::text_notes::{OnlyInGermanShort, TranslationNoteShort};
use crate::texts::locale_of;
use stadtteilnetz_core::bookmarks::Item;
use stadtteilnetz_core::catalogue::Shared;
use stadtteilnetz_core::content::TranslationNotes;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::{actor_href, network_href};
use stadtteilnetz_core::model::{Actor, Network};
use stadtteilnetz_core::search::{best_passage, Field, FieldMatch};

/// Fields a card shows itself; matches elsewhere are named under "gefunden in".
const ON_NETWORK_CARD: [Field; 5] = [
    Field::Name,
    Field::Caption,
    Field::Summary,
    Field::Topics,
    Field::Level,
];
const ON_ACTOR_CARD: [Field; 3] = [Field::Name, Field::Summary, Field::Actors];

/// One network card in language `ui`; the whole card is a touch target for
/// its link. `marks` are the search matches in this network, if any.
#[component]
pub fn NetworkCard(
    network: Shared<Network>,
    #[prop(optional, into)] marks: Signal<Vec<FieldMatch>>,
    ui: Language,
) -> impl IntoView {
    let locale = locale_of(ui);
    let dir = network.catalogue().directory();
    let network: &Network = &network;
    let separator = td_string!(locale, home.card.list_separator);
    let levels = network
        .levels
        .iter()
        .enumerate()
        .map(|(i, &l)| {
            let sep = if i > 0 { separator } else { "" };
            // The search matched the German label; its marks only fit there.
            let label = labels::level(locale, l);
            let text = if label == l.label() {
                marked_live(label.to_owned(), marks, Field::Level, Language::De, i).into_any()
            } else {
                label.into_any()
            };
            view! { {sep}{text} }
        })
        .collect_view();
    let caption = network.caption_in(ui);
    let summary = network.summary_in(ui);
    let topics: Vec<_> = dir.topics_of(network).map(|t| t.label_in(ui)).collect();
    let german = caption.is_some_and(|c| only_german(c.lang, ui))
        || only_german(summary.lang, ui)
        || topics.iter().any(|t| only_german(t.lang, ui));
    let notes = TranslationNotes::network_card(dir, network, ui);
    let de = Language::De;
    // Where the words were found in the description and not in what the
    // card shows, its best passage takes the summary's place.
    let passage = Memo::new(move |_| {
        marks.with(|m| best_passage(m, &[Field::Description], &ON_NETWORK_CARD, ui))
    });
    let (summary_text, summary_lang) = (summary.text.to_owned(), summary.lang);
    // The level and topic rows, as a view of their own: one view type for
    // the whole card nests too deep for the compiler's query limit.
    let meta = view! {
        <dl class="card__meta">
            <div class="card__meta-row">
                <dt>{td_string!(locale, home.card.level)}</dt>
                <dd>{levels}</dd>
            </div>
            // A network with no topics (the format allows it) has no row.
            {(!topics.is_empty()).then(|| view! {
                <div class="card__meta-row">
                    <dt>{td_string!(locale, home.card.topics)}</dt>
                    <dd>
                        <ul class="tags">
                            {topics.into_iter().enumerate().map(|(i, t)| view! {
                                <li class="tag" lang=lang_attr(t.lang, ui) dir=dir_attr(t.lang, ui)>
                                    {marked_live(t.text.to_owned(), marks, Field::Topics, t.lang, i)}
                                </li>
                            }).collect_view()}
                        </ul>
                    </dd>
                </div>
            })}
        </dl>
    }
    .into_any();
    view! {
        <li class="card-item">
            <article class="card" data-testid="card">
                <h2 class="card__name">
                    <a data-testid="card-name" href=network_href(&network.slug) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>
                        {marked_live(network.name.clone(), marks, Field::Name, de, 0)}
                    </a>
                    {network.gloss(ui).map(|g| view! {
                        <span class="gloss">{marked_live(g.to_owned(), marks, Field::Name, ui, 0)}</span>
                    })}
                </h2>
                {caption.map(|c| view! {
                    <p class="card__caption" lang=lang_attr(c.lang, ui) dir=dir_attr(c.lang, ui)>
                        {marked_live(c.text.to_owned(), marks, Field::Caption, c.lang, 0)}
                    </p>
                })}
                {move || match passage.get() {
                    Some(p) => view! {
                        <div class="card__passage" data-testid="passage">
                            <p class="card__passage-label">{td_string!(locale, home.card.passage)}</p>
                            <p class="card__summary" lang=lang_attr(p.lang, ui) dir=dir_attr(p.lang, ui)>
                                {p.cut_before.then_some("… ")}
                                {marked(&p.text, &p.spans)}
                                {p.cut_after.then_some(" …")}
                            </p>
                        </div>
                    }
                    .into_any(),
                    None => view! {
                        <p class="card__summary" lang=lang_attr(summary_lang, ui) dir=dir_attr(summary_lang, ui)>
                            {marked_live(summary_text.clone(), marks, Field::Summary, summary_lang, 0)}
                        </p>
                    }
                    .into_any(),
                }}
                {german.then(|| view! { <OnlyInGermanShort/> })}
                <TranslationNoteShort notes ui/>
                {meta}
                {move || {
                    let shown = passage.with(|p| p.as_ref().map(|p| p.field));
                    marks.with(|m| found_in(m, &ON_NETWORK_CARD, shown, ui))
                }}
                <div class="card__actions">
                    <BookmarkButton item=Item::Network(network.slug.clone()) name=network.name.clone()/>
                </div>
            </article>
        </li>
    }
}

/// An actor found by a search, in language `ui`.
#[component]
pub fn ActorCard(
    actor: Shared<Actor>,
    #[prop(optional, into)] marks: Signal<Vec<FieldMatch>>,
    ui: Language,
) -> impl IntoView {
    let locale = locale_of(ui);
    let dir = actor.catalogue().directory();
    let actor: &Actor = &actor;
    let kind = labels::actor_kind(locale, actor.kind);
    let notes = TranslationNotes::actor_card(actor, ui);
    let networks = match dir.network_count(&actor.id) {
        0 => td_string!(locale, home.card.in_no_network).to_string(),
        n => td_string!(locale, home.card.in_networks, count = n, n = ui.number(n)).to_string(),
    };
    let description = actor.description_in(ui);
    let de = Language::De;
    view! {
        <li class="card-item">
            <article class="card card--actor" data-testid="card">
                <p class="card__type">{td_string!(locale, home.card.actor_type, kind = kind).to_string()}</p>
                <h2 class="card__name">
                    <a data-testid="card-name" href=actor_href(&actor.id) lang=lang_attr(de, ui) dir=dir_attr(de, ui)>
                        {marked_live(actor.name.clone(), marks, Field::Name, de, 0)}
                    </a>
                    {actor.gloss(ui).map(|g| view! {
                        <span class="gloss">{marked_live(g.to_owned(), marks, Field::Name, ui, 0)}</span>
                    })}
                </h2>
                {description.map(|d| view! {
                    <p class="card__summary" lang=lang_attr(d.lang, ui) dir=dir_attr(d.lang, ui)>
                        {marked_live(d.text.to_owned(), marks, Field::Summary, d.lang, 0)}
                    </p>
                    {only_german(d.lang, ui).then(|| view! { <OnlyInGermanShort/> })}
                })}
                <TranslationNoteShort notes ui/>
                <p class="card__meta">{networks}</p>
                {move || marks.with(|m| found_in(m, &ON_ACTOR_CARD, None, ui))}
                <div class="card__actions">
                    <BookmarkButton item=Item::Actor(actor.id.clone()) name=actor.name.clone()/>
                </div>
            </article>
        </li>
    }
}

/// At most this many "gefunden in" lines per card, one per field.
const FOUND_IN_LINES: usize = 3;

/// "gefunden in: …" for matches in fields the card does not show (nor
/// `passage`, the field whose passage it shows), each with its marked words
/// (long texts as a snippet around the first match), in the interface
/// language where the search matched there. Drawn anew as the card's marks
/// change.
fn found_in(
    marks: &[FieldMatch],
    on_card: &'static [Field],
    passage: Option<Field>,
    ui: Language,
) -> Option<AnyView> {
    let locale = locale_of(ui);
    let mut elsewhere: Vec<&FieldMatch> = Vec::new();
    for m in marks
        .iter()
        .filter(|m| !on_card.contains(&m.field) && Some(m.field) != passage)
    {
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
                <p class="found-in__label">{td_string!(locale, home.card.found_in)}</p>
                <ul class="found-in__list">
                    {elsewhere
                        .into_iter()
                        .map(|m| {
                            let (text, spans, before, after) = snippet(&m.text, &m.spans, 60);
                            view! {
                                <li>
                                    <span class="found-in__field">{format!("{}: ", labels::field(locale, m.field))}</span>
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
        .into_any()
    })
}
