//! The publisher's details as the legal pages show them: each detail the
//! data gives, as a labelled row (e-mail, phone and website as links), and
//! one line naming those it does not give yet. Nothing is filled in.

use leptos::prelude::*;

use crate::i18n::{td_string, Locale};
use stadtteilnetz_core::model::Publisher;
use stadtteilnetz_core::publisher::{postal_address, Detail};

/// What a row of the details shows: one detail, or the postal address
/// made of three.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The publisher's name.
    Name,
    /// Street, postcode and town in one line.
    Address,
    /// Any other detail.
    Detail(Detail),
}

/// Whether the data lacks (part of) a row: the address is incomplete if any
/// of its three details is missing.
fn lacks(p: &Publisher, row: Row) -> bool {
    match row {
        Row::Name => p.name.trim().is_empty(),
        Row::Address => [Detail::Street, Detail::Postcode, Detail::City]
            .iter()
            .any(|d| d.value(p).is_none()),
        Row::Detail(d) => d.value(p).is_none(),
    }
}

/// A row's label in the interface language.
pub fn label(locale: Locale, row: Row) -> &'static str {
    match row {
        Row::Name => td_string!(locale, legal.field.name),
        Row::Address => td_string!(locale, legal.field.address),
        Row::Detail(d) => match d {
            Detail::Body => td_string!(locale, legal.field.body),
            Detail::RepresentedBy => td_string!(locale, legal.field.represented_by),
            Detail::Street | Detail::Postcode | Detail::City => {
                td_string!(locale, legal.field.address)
            }
            Detail::Email => td_string!(locale, legal.field.email),
            Detail::Phone => td_string!(locale, legal.field.phone),
            Detail::Website => td_string!(locale, legal.field.website),
            Detail::ResponsibleForContent => {
                td_string!(locale, legal.field.responsible_for_content)
            }
            Detail::SupervisoryAuthority => td_string!(locale, legal.field.supervisory_authority),
            Detail::DataProtectionOfficer => {
                td_string!(locale, legal.field.data_protection_officer)
            }
            Detail::DataProtectionAuthority => {
                td_string!(locale, legal.field.data_protection_authority)
            }
            Detail::Hosting => td_string!(locale, legal.field.hosting),
            Detail::EnforcementBody => td_string!(locale, legal.field.enforcement_body),
            Detail::StatementDate => td_string!(locale, legal.field.statement_date),
        },
    }
}

/// The value of a row, if the data gives it.
fn value(p: &Publisher, row: Row) -> Option<String> {
    match row {
        Row::Name => Some(p.name.clone()),
        Row::Address => postal_address(p),
        Row::Detail(d) => d.value(p),
    }
}

/// The value as the page shows it: addresses people can use as links.
fn shown(row: Row, value: String) -> AnyView {
    match row {
        Row::Detail(Detail::Email) => {
            let href = format!("mailto:{value}");
            view! { <a href=href rel="external">{value}</a> }.into_any()
        }
        Row::Detail(Detail::Phone) => {
            let tel: String = value
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            view! { <a href=format!("tel:{tel}") rel="external">{value}</a> }.into_any()
        }
        Row::Detail(Detail::Website) => {
            let href = value.clone();
            view! { <a href=href rel="external">{value}</a> }.into_any()
        }
        _ => value.into_any(),
    }
}

/// The line naming what is missing of `rows` (none if nothing is).
pub fn missing_line(
    locale: Locale,
    publisher: Option<&Publisher>,
    rows: &[Row],
) -> Option<AnyView> {
    let mut names: Vec<&str> = Vec::new();
    for &row in rows {
        let absent = match publisher {
            None => true,
            Some(p) => lacks(p, row),
        };
        let name = label(locale, row);
        if absent && !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return None;
    }
    let text = td_string!(locale, legal.missing, details = names.join(", ")).to_string();
    Some(view! { <p class="legal__missing" data-testid="missing-details">{text}</p> }.into_any())
}

/// The rows of `rows` the data gives, as a description list, and the line
/// of those it does not.
#[component]
pub fn PublisherDetails(
    locale: Locale,
    publisher: Option<Publisher>,
    rows: Vec<Row>,
) -> impl IntoView {
    let given: Vec<(Row, String)> = publisher
        .as_ref()
        .map(|p| {
            rows.iter()
                .filter_map(|&r| value(p, r).map(|v| (r, v)))
                .collect()
        })
        .unwrap_or_default();
    let missing = missing_line(locale, publisher.as_ref(), &rows);
    view! {
        {(!given.is_empty()).then(|| view! {
            <dl class="details legal__details" data-testid="publisher-details">
                {given.into_iter().map(|(row, v)| view! {
                    <div class="details__row">
                        <dt>{label(locale, row)}</dt>
                        <dd>{shown(row, v)}</dd>
                    </div>
                }).collect_view()}
            </dl>
        })}
        {missing}
    }
}
