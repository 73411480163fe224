//! `/barrierefreiheit`: the accessibility statement, in the parts the EU
//! model statement asks for (status, what is not accessible, how the
//! statement was made and when, feedback, enforcement). What the app's own
//! tests check is listed as they check it; the date, the feedback address
//! and the enforcement body come from the publisher block, and a missing
//! one is named as missing (`docs/LEGAL.md`).

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::legal_page::legal_page;
use crate::localized::isolate;
use crate::publisher_details::{missing_line, PublisherDetails, Row};
use crate::texts::locale_of;
use stadtteilnetz_core::publisher::Detail;

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    legal_page(
        |l| td_string!(l, legal.accessibility.title),
        |ui, catalogue| {
            let locale = locale_of(ui);
            let data = catalogue.directory().data();
            let publisher = data.publisher.clone();
            let name = stadtteilnetz_core::publisher::name(data).to_owned();
            let date = publisher.as_ref().and_then(|p| p.statement_date);
            let limits = [
                td_string!(locale, legal.accessibility.limit_translations),
                td_string!(locale, legal.accessibility.limit_easy),
                td_string!(locale, legal.accessibility.limit_easy_actors),
                td_string!(locale, legal.accessibility.limit_sign),
                td_string!(locale, legal.accessibility.limit_people),
            ];
            let tests = [
                td_string!(locale, legal.accessibility.test_axe),
                td_string!(locale, legal.accessibility.test_keyboard),
                td_string!(locale, legal.accessibility.test_reflow),
                td_string!(locale, legal.accessibility.test_contrast),
                td_string!(locale, legal.accessibility.test_print),
                td_string!(locale, legal.accessibility.test_rtl),
            ];
            let list = |items: &[&'static str]| {
                items.iter().map(|t| view! { <li>{*t}</li> }).collect_view()
            };
            view! {
                <article class="page page--legal" data-testid="accessibility">
                    <h1>{td_string!(locale, legal.accessibility.title)}</h1>
                    <p class="lead">{td_string!(locale, legal.accessibility.intro, publisher = isolate(&name, ui)).to_string()}</p>
                    <section class="section" aria-labelledby="stand">
                        <h2 id="stand">{td_string!(locale, legal.accessibility.status_heading)}</h2>
                        <p data-testid="conformance">{td_string!(locale, legal.accessibility.status)}</p>
                    </section>
                    <section class="section" aria-labelledby="grenzen">
                        <h2 id="grenzen">{td_string!(locale, legal.accessibility.limits_heading)}</h2>
                        <ul data-testid="limits">{list(&limits)}</ul>
                    </section>
                    <section class="section" aria-labelledby="methode">
                        <h2 id="methode">{td_string!(locale, legal.accessibility.method_heading)}</h2>
                        <p>{td_string!(locale, legal.accessibility.method)}</p>
                        <ul>{list(&tests)}</ul>
                        {match date {
                            Some(d) => view! {
                                <p data-testid="statement-date">
                                    <time datetime=d.to_string()>{td_string!(locale, legal.accessibility.date, date = ui.long_date(d)).to_string()}</time>
                                </p>
                            }.into_any(),
                            None => missing_line(locale, publisher.as_ref(), &[Row::Detail(Detail::StatementDate)]).into_any(),
                        }}
                    </section>
                    <section class="section" aria-labelledby="rueckmeldung">
                        <h2 id="rueckmeldung">{td_string!(locale, legal.accessibility.feedback_heading)}</h2>
                        <p>{td_string!(locale, legal.accessibility.feedback)}</p>
                        <PublisherDetails locale publisher=publisher.clone() rows=vec![Row::Name, Row::Detail(Detail::Email), Row::Detail(Detail::Phone)]/>
                        <p>{td_string!(locale, legal.accessibility.feedback_report)}</p>
                    </section>
                    <section class="section" aria-labelledby="durchsetzung">
                        <h2 id="durchsetzung">{td_string!(locale, legal.accessibility.enforcement_heading)}</h2>
                        <p>{td_string!(locale, legal.accessibility.enforcement)}</p>
                        <PublisherDetails locale publisher rows=vec![Row::Detail(Detail::EnforcementBody)]/>
                    </section>
                </article>
            }
            .into_any()
        },
    )
}
