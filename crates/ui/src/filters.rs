//! The filter panel: Themen, Zielgruppe, Ebene, each value with the number
//! of networks it would give. On phones a panel that opens and closes; on
//! wide screens always beside the results (CSS).
//!
//! The checkboxes are created once and only their state and counts change,
//! so that focus stays on the box a person just ticked.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::catalogue::use_catalogue;
use crate::i18n::{t_string, td_string, use_i18n, Locale};
use crate::labels;
use crate::localized::{dir_attr, lang_attr};
use crate::texts::{locale_of, tr, use_language};
use stadtteilnetz_core::catalogue::Catalogue;
use stadtteilnetz_core::content::Text;
use stadtteilnetz_core::facets::{Facet, Filters, Tally};
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::links::filtered_href;
use stadtteilnetz_core::model::Level;

/// The `i`-th value of `facet` in the interface language: a topic's or
/// target group's translation (else German), a level's name. Values are in
/// dataset order (`facets::values_of`).
fn value_label(catalogue: &Catalogue, facet: Facet, i: usize, ui: Language) -> Text<'_> {
    let data = catalogue.directory().data();
    match facet {
        Facet::Topic => data.topics[i].label_in(ui),
        Facet::TargetGroup => data.target_groups[i].label_in(ui),
        Facet::Level => Text {
            text: labels::level(locale_of(ui), Level::ALL[i]),
            lang: ui,
        },
    }
}

/// A facet's heading in the interface language.
fn facet_label(i18n: I18nContext<Locale>, facet: Facet) -> String {
    match facet {
        Facet::Topic => t_string!(i18n, home.filters.facet.topic),
        Facet::TargetGroup => t_string!(i18n, home.filters.facet.target_group),
        Facet::Level => t_string!(i18n, home.filters.facet.level),
    }
    .to_string()
}

/// Filter panel. Every change is a new address (Back undoes it).
#[component]
pub fn FilterPanel(
    #[prop(into)] query: Signal<String>,
    #[prop(into)] filters: Signal<Filters>,
    #[prop(into)] counts: Signal<Tally>,
    /// The page the filters apply to (the start page unless given).
    #[prop(optional)]
    base: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_language();
    let catalogue = use_catalogue();
    let navigate = use_navigate();
    let open = RwSignal::new(false);
    let go = move |f: Filters| {
        navigate(
            &filtered_href(base.unwrap_or("/"), &query.get_untracked(), &f),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let reset = {
        let go = go.clone();
        move |_| go(Filters::default())
    };
    let count_of = move |facet: Facet, i: usize| counts.with(|t| t.get(facet, i));
    let facets = Facet::ALL.map(|facet| {
        let go = go.clone();
        let values = catalogue.facets().values(facet);
        let n = values.len();
        let any_visible = move || {
            (0..n).any(|i| count_of(facet, i) > 0)
                || filters.with(|f| !f.selected(facet).is_empty())
        };
        view! {
            <fieldset class="facet" data-testid=format!("facet-{}", facet.key()) hidden=move || !any_visible()>
                <legend>{move || facet_label(i18n, facet)}</legend>
                <ul class="facet__values">
                    {values
                        .iter()
                        .enumerate()
                        .map(|(i, v)| {
                            let go = go.clone();
                            let slug = v.slug.clone();
                            let selected = {
                                let slug = slug.clone();
                                move || filters.with(|f| f.is_selected(facet, &slug))
                            };
                            let count = move || count_of(facet, i);
                            let catalogue = catalogue.clone();
                            let hidden = {
                                let selected = selected.clone();
                                move || count() == 0 && !selected()
                            };
                            view! {
                                <li hidden=hidden>
                                    <label class="facet__value">
                                        <input
                                            type="checkbox"
                                            prop:checked=selected
                                            on:change=move |_| go(filters.get_untracked().toggled(facet, &slug))
                                        />
                                        {move || {
                                            let ui = lang.get();
                                            let label = value_label(&catalogue, facet, i, ui);
                                            view! { <span lang=lang_attr(label.lang, ui) dir=dir_attr(label.lang, ui)>{label.text.to_owned()}</span> }
                                        }}
                                        <span class="facet__count">{move || format!("({})", lang.get().number(count()))}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
        }
    });
    view! {
        <div class="filters-wrap">
            <button
                type="button"
                class="filter-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="filter-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || match filters.get().len() {
                    0 => t_string!(i18n, home.filters.toggle).to_string(),
                    n => t_string!(i18n, home.filters.toggle_selected, count = n, n = lang.get().number(n))
                        .to_string(),
                }}
            </button>
            <section id="filter-panel" class="filters" class:filters--open=move || open.get() aria-labelledby="filter-heading">
                <h2 id="filter-heading" class="filters__heading">{tr(|l| td_string!(l, home.filters.heading))}</h2>
                {facets.into_iter().collect_view()}
                <button
                    type="button"
                    class="button button--secondary"
                    disabled=move || filters.get().is_empty()
                    on:click=reset
                >
                    {tr(|l| td_string!(l, home.filters.reset))}
                </button>
            </section>
        </div>
    }
}
