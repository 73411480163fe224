//! The Redaktion: providers, the frame (header, what the editor says,
//! undo and redo) and the routes, all below `/redaktion/`.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_ui::i18n::Locale;
use stadtteilnetz_ui::FocusOnNavigate;

use crate::entry_page::EntryPage;
use crate::list_page::ListPage;
use crate::not_found::NotFound;
use crate::overview::Overview;
use crate::problems_page::ProblemsPage;
use crate::publisher_page::PublisherPage;
use crate::save_page::SavePage;
use crate::state::{use_editor, Editor};
use crate::store::Kept;

/// The whole editor.
#[component]
pub fn App() -> impl IntoView {
    // The residents' components read their interface texts through this
    // context; the editor itself speaks German.
    let i18n = leptos_i18n::context::init_i18n_subcontext_with_options::<Locale>(
        Some(Signal::stored(Locale::de)),
        None,
        None,
        None,
    );
    provide_context(i18n);
    leptos_meta::provide_meta_context();
    Editor::provide();
    view! {
        <Router base="/redaktion">
            <FocusOnNavigate/>
            <a class="skip-link" href="#inhalt">"Zum Inhalt"</a>
            <Header/>
            <main id="inhalt" class="site-main redaktion" tabindex="-1">
                <Conflict/>
                <Messages/>
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Overview/>
                    <Route path=path!("/probleme") view=ProblemsPage/>
                    <Route path=path!("/speichern") view=SavePage/>
                    <Route path=path!("/herausgeber") view=PublisherPage/>
                    <Route path=path!("/:kind") view=ListPage/>
                    <Route path=path!("/:kind/:index") view=EntryPage/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let ed = use_editor();
    let problems = Memo::new(move |_| ed.problems.with(|p| p.list.len()));
    view! {
        <header class="site-header redaktion-header">
            <div class="redaktion-header__top">
                <A href="/redaktion/" attr:class="brand">"Stadtteilnetz · Redaktion"</A>
                <div class="toolbar" role="toolbar" aria-label="Bearbeiten">
                    <button type="button" class="button button--small" data-testid="undo"
                        disabled=move || !ed.can_undo.get() on:click=move |_| ed.undo()>"↶ Rückgängig"</button>
                    <button type="button" class="button button--small" data-testid="redo"
                        disabled=move || !ed.can_redo.get() on:click=move |_| ed.redo()>"↷ Wiederholen"</button>
                    <span class="saved-state" role="status" data-testid="kept">
                        {move || match ed.store.kept.get() {
                            Kept::Untouched => "Keine Änderungen",
                            Kept::Pending => "Wird gesichert …",
                            Kept::Saved => "Entwurf gesichert",
                            Kept::Refused => "Entwurf nicht gesichert",
                            Kept::Conflict => "Anderer Tab!",
                        }}
                    </span>
                </div>
            </div>
            <nav class="redaktion-nav" aria-label="Bereiche">
                <ul>
                    <li><A href="/redaktion/" exact=true>"Übersicht"</A></li>
                    {EntryKind::ALL.into_iter().map(|k| view! {
                        <li><A href=format!("/redaktion/{}", k.segment())>{k.plural()}</A></li>
                    }).collect_view()}
                    <li><A href="/redaktion/herausgeber">"Herausgeber"</A></li>
                    <li><A href="/redaktion/probleme">{move || format!("Probleme ({})", problems.get())}</A></li>
                    <li><A href="/redaktion/speichern">"Speichern"</A></li>
                </ul>
            </nav>
        </header>
    }
}

/// What the editor says: information politely, warnings as alerts.
#[component]
fn Messages() -> impl IntoView {
    let ed = use_editor();
    view! {
        <div class="messages" role="status" aria-live="polite" data-testid="messages">
            {move || ed.messages.get().into_iter().map(|m| view! {
                <div class="notice" class:notice--warning=m.warning class:notice--info=!m.warning>
                    <p>{m.text}</p>
                    {m.detail.map(|d| view! { <pre class="notice__detail">{d}</pre> })}
                    <button type="button" class="button button--small" on:click=move |_| ed.messages.set(Vec::new())>"Ausblenden"</button>
                </div>
            }).collect_view()}
        </div>
    }
}

/// Another tab wrote the draft: nothing is overwritten until the person chooses.
#[component]
fn Conflict() -> impl IntoView {
    let ed = use_editor();
    move || {
        (ed.store.kept.get() == Kept::Conflict).then(|| view! {
        <div class="notice notice--warning" role="alert" data-testid="conflict">
            <p>"Dieser Entwurf wurde in einem anderen Tab oder Fenster geändert. Damit nichts verloren geht, sichert dieser Tab nichts mehr, bis Sie wählen:"</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| ed.take_other_tab()>"Den Stand des anderen Tabs laden"</button>
                <button type="button" class="button button--danger" on:click=move |_| ed.store.overwrite()>"Hier weiterarbeiten und den anderen Stand überschreiben"</button>
            </div>
        </div>
    })
    }
}
