//! The entry as residents see it, card and page, drawn by the residents'
//! own components from a small catalogue made of this entry and what it
//! refers to, anew on every change: in each language (`?vorschau=`) and at
//! phone width (`?breite=`). The preview is inert: its links and buttons
//! (the Merkliste's too) are pictures of the residents' page, not part of
//! the editor.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::editing::attention::language_name;
use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Actor, Dataset, Language, Network};
use stadtteilnetz_ui::bookmarks::provide_bookmarks;
use stadtteilnetz_ui::catalogue::provide_catalogue;
use stadtteilnetz_ui::notices::provide_notices;
use stadtteilnetz_ui::preview::provide_preview;
use stadtteilnetz_ui::{ActorCard, ActorDetail, NetworkCard, NetworkDetail};

use crate::state::use_editor;

/// A dataset with entry `index` of `kind` and everything its page shows.
fn excerpt(d: &Dataset, kind: EntryKind, index: usize) -> Option<Dataset> {
    let mut out = Dataset {
        schema: None,
        format: d.format,
        source: d.source.clone(),
        publisher: d.publisher.clone(),
        easy_read: None,
        topics: Vec::new(),
        target_groups: Vec::new(),
        actors: Vec::new(),
        projects: Vec::new(),
        networks: Vec::new(),
    };
    let add_network_parts = |out: &mut Dataset, n: &Network| {
        for t in d.topics.iter().filter(|t| n.topics.contains(&t.id)) {
            if !out.topics.iter().any(|x| x.id == t.id) {
                out.topics.push(t.clone());
            }
        }
        for t in d
            .target_groups
            .iter()
            .filter(|t| n.target_groups.contains(&t.id))
        {
            if !out.target_groups.iter().any(|x| x.id == t.id) {
                out.target_groups.push(t.clone());
            }
        }
        for p in d.projects.iter().filter(|p| n.projects.contains(&p.id)) {
            if !out.projects.iter().any(|x| x.id == p.id) {
                out.projects.push(p.clone());
            }
        }
        for a in d
            .actors
            .iter()
            .filter(|a| n.actors.iter().any(|p| p.actor == a.id))
        {
            if !out.actors.iter().any(|x| x.id == a.id) {
                out.actors.push(a.clone());
            }
        }
    };
    match kind {
        EntryKind::Network => {
            let n = d.networks.get(index)?;
            add_network_parts(&mut out, n);
            out.networks.push(n.clone());
        }
        EntryKind::Actor => {
            let a: &Actor = d.actors.get(index)?;
            out.actors.push(a.clone());
            for n in d
                .networks
                .iter()
                .filter(|n| n.actors.iter().any(|p| p.actor == a.id))
            {
                let mut n = n.clone();
                n.actors.retain(|p| p.actor == a.id);
                out.networks.push(n);
            }
            for p in d.projects.iter().filter(|p| p.organizers.contains(&a.id)) {
                out.projects.push(p.clone());
            }
        }
        _ => return None,
    }
    Some(out)
}

/// The preview of one entry.
#[component]
pub fn PreviewPane(kind: EntryKind, index: usize) -> impl IntoView {
    let ed = use_editor();
    provide_preview();
    // The pages' Merkliste buttons read the residents' Merkliste (which
    // needs a catalogue for old ids, and notices): drawn as residents see
    // them, in a frame that takes no clicks.
    provide_catalogue(Catalogue::new(Directory::new(ed.shipped.get_value())));
    provide_notices();
    provide_bookmarks();
    let query = use_query_map();
    let language = Memo::new(move |_| {
        query
            .with(|q| q.get("vorschau"))
            .and_then(|c| Language::from_code(&c))
            .unwrap_or(Language::De)
    });
    let phone = Memo::new(move |_| query.with(|q| q.get("breite")).as_deref() != Some("breit"));
    let link = move |vorschau: Language, breit: bool| {
        let mut params: Vec<(String, String)> = query.with(|q| {
            q.clone()
                .into_iter()
                .filter(|(k, _)| k != "vorschau" && k != "breite")
                .map(|(k, v)| (k.to_string(), v))
                .collect()
        });
        params.push(("vorschau".into(), vorschau.code().into()));
        if breit {
            params.push(("breite".into(), "breit".into()));
        }
        let q: Vec<String> = params
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        format!("?{}", q.join("&"))
    };
    if !matches!(kind, EntryKind::Network | EntryKind::Actor) {
        return view! {
            <h2>"Vorschau"</h2>
            <p class="field__hint">{format!("{} haben keine eigene Seite: Sie erscheinen auf den Seiten der Netzwerke, die sie nennen, und dort in der Vorschau.", kind.plural())}</p>
        }
        .into_any();
    }
    view! {
        <h2>"Vorschau"</h2>
        <nav class="tabs" aria-label="Sprache der Vorschau">
            {Language::ALL.into_iter().map(|l| view! {
                <a class="tabs__tab" href=move || link(l, !phone.get())
                    aria-current=move || (language.get() == l).then_some("true")>{language_name(l)}</a>
            }).collect_view()}
        </nav>
        <nav class="tabs" aria-label="Breite der Vorschau">
            <a class="tabs__tab" href=move || link(language.get(), false) aria-current=move || phone.get().then_some("true")>"Telefon (360 px)"</a>
            <a class="tabs__tab" href=move || link(language.get(), true) aria-current=move || (!phone.get()).then_some("true")>"Breit"</a>
        </nav>
        <div class="preview" class:preview--phone=move || phone.get() inert=true data-testid="preview">
            {move || {
                let l = language.get();
                let Some(data) = ed.data.with(|d| excerpt(d, kind, index)) else {
                    return ().into_any();
                };
                let catalogue = Catalogue::new(Directory::new(data));
                if kind == EntryKind::Network {
                    view! {
                        <p class="preview__caption">"Als Karte in der Liste:"</p>
                        <ul class="cards" lang=l.tag() dir=l.dir()><NetworkCard network={catalogue.entry::<Network>(0)} ui=l/></ul>
                        <p class="preview__caption">"Als eigene Seite:"</p>
                        <div class="preview__page" lang=l.tag() dir=l.dir()><NetworkDetail network={catalogue.entry::<Network>(0)} ui=l/></div>
                    }.into_any()
                } else {
                    view! {
                        <p class="preview__caption">"Als Karte in Suchergebnissen:"</p>
                        <ul class="cards" lang=l.tag() dir=l.dir()><ActorCard actor={catalogue.entry::<Actor>(0)} ui=l/></ul>
                        <p class="preview__caption">"Als eigene Seite:"</p>
                        <div class="preview__page" lang=l.tag() dir=l.dir()><ActorDetail actor={catalogue.entry::<Actor>(0)} ui=l/></div>
                    }.into_any()
                }
            }}
        </div>
    }
    .into_any()
}
