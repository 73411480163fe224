//! "Stand: 1. Dezember 2026" under a network's or actor's page: when the
//! entry was last checked, and who keeps it, if the office names someone.

use leptos::prelude::*;

use crate::i18n::td_string;
use crate::localized::isolate;
use crate::texts::locale_of;
use stadtteilnetz_core::language::Language;
use stadtteilnetz_core::model::{Date, Maintainer};

/// The review date (in `ui`'s way of writing dates) and the maintainer's name.
#[component]
pub fn Upkeep(
    reviewed: Option<Date>,
    maintainer: Option<Maintainer>,
    ui: Language,
) -> impl IntoView {
    let locale = locale_of(ui);
    let stand = match reviewed {
        Some(date) => view! {
            <time datetime=date.to_string()>
                {td_string!(locale, pages.detail.reviewed, date = ui.long_date(date)).to_string()}
            </time>
        }
        .into_any(),
        None => td_string!(locale, pages.detail.not_reviewed).into_any(),
    };
    view! {
        <div class="upkeep" data-testid="upkeep">
            <p class="upkeep__reviewed" data-testid="reviewed">{stand}</p>
            {maintainer.map(|m| {
                let name = isolate(&m.name, ui).into_owned();
                view! {
                    <p class="upkeep__maintainer">
                        {td_string!(locale, pages.detail.maintainer, name = name).to_string()}
                    </p>
                }
            })}
        </div>
    }
}
