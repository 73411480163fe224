//! Real pages and questions as a search benchmark (feature `omos`, for
//! benchmarks only; never part of the shipped app): the files of
//! `shared/benchmarks/omos-qa/` (pages of the Integreat app with questions
//! people ask about them, OMoS-QA, CC BY 4.0) read, and the pages made into a
//! dataset of our format, one network per page: the title as its name, the
//! text as its description, the English page as its translation.
//!
//! A page's text has one sentence or paragraph a line, and its first line
//! repeats the title; the next line becomes the one-line summary and the
//! rest the description, so that every word of a page is searched once.
//! The dataset passes `validate`, so that the app can be built on it
//! (`scripts/build.sh --omos`, never the default).

use serde::Deserialize;

use crate::language::Language;
use crate::model::{
    Dataset, Level, Network, NetworkText, Origin, Source, TranslationStatus, FORMAT_VERSION,
};
use crate::slug::slugify;

/// One page in one language.
#[derive(Debug, Clone, Deserialize)]
pub struct PageText {
    /// The page's title.
    pub title: String,
    /// Its plain text, one sentence or paragraph a line, the title first.
    pub text: String,
}

/// One page, in German and English.
#[derive(Debug, Clone, Deserialize)]
pub struct Page {
    /// `<city>:<page id>`.
    pub id: String,
    /// The region it is from.
    pub city: String,
    /// The German page.
    pub de: PageText,
    /// The English page (some are machine translations).
    pub en: PageText,
}

/// One question, in German and English, and the page that answers it.
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    /// The question's id.
    pub id: String,
    /// The German question.
    pub de: String,
    /// The same question in English.
    pub en: String,
    /// The id of the page that answers it.
    pub page: String,
}

impl Question {
    /// The question in `lang` (German for any language but English).
    pub fn text(&self, lang: Language) -> &str {
        match lang {
            Language::En => &self.en,
            _ => &self.de,
        }
    }
}

/// Reads a file of one JSON object a line (blank lines skipped); an error
/// names the line.
pub fn read_lines<T: serde::de::DeserializeOwned>(text: &str) -> Result<Vec<T>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| serde_json::from_str(line).map_err(|e| format!("Zeile {}: {e}", i + 1)))
        .collect()
}

/// A page's lines after the title line: (summary, description).
fn body(page: &PageText) -> (String, Vec<String>) {
    let mut lines = page
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    if lines.peek() == Some(&page.title.trim()) {
        lines.next();
    }
    let summary = lines.next().unwrap_or_default().to_owned();
    (summary, lines.map(str::to_owned).collect())
}

/// The pages as a dataset, one network per page in the pages' order
/// (network `i` is page `i`); slugs are made from the page ids.
pub fn dataset(pages: &[Page]) -> Dataset {
    let networks = pages
        .iter()
        .map(|page| {
            let (summary, description) = body(&page.de);
            let (en_summary, en_description) = body(&page.en);
            let mut network = Network {
                summary,
                description,
                // The format asks for a level; the pages are a city's and
                // two counties' own information, the municipal level.
                levels: vec![Level::City],
                ..Network::new(slugify(&page.id), page.de.title.trim().to_owned())
            };
            let mut text = NetworkText {
                status: None,
                gloss: Some(page.en.title.trim().to_owned()),
                caption: None,
                summary: Some(en_summary),
                description: Some(en_description),
                goals: None,
                facts: None,
                meeting_rhythm: None,
            };
            text.status = Some(TranslationStatus {
                origin: Origin::Machine,
                reviewed: false,
                fingerprint: crate::translation::fingerprint(&network, &text),
            });
            network.translations.insert(Language::En, text);
            network
        })
        .collect();
    Dataset {
        schema: None,
        format: FORMAT_VERSION,
        source: Source {
            title:
                "OMoS-QA: Seiten der Integreat-App (Landkreis Augsburg, Rems-Murr-Kreis, München)"
                    .to_owned(),
            publisher: "Integreat / Digitalfabrik, OMoS-QA (KONVENS 2024), CC BY 4.0".to_owned(),
        },
        publisher: None,
        easy_read: None,
        topics: Vec::new(),
        target_groups: Vec::new(),
        actors: Vec::new(),
        projects: Vec::new(),
        networks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"{"id": "muenchen:1", "city": "muenchen", "de": {"title": "Deutschkurse", "text": "Deutschkurse\nSie möchten Deutsch lernen?\nDie Volkshochschule bietet Kurse an."}, "en": {"title": "German courses", "text": "German courses\nDo you want to learn German?\nThe adult education centre offers courses."}}"#;

    #[test]
    fn a_page_becomes_a_network_with_its_english_translation() {
        let pages: Vec<Page> = read_lines(&format!("{PAGE}\n\n")).unwrap();
        let data = dataset(&pages);
        let n = &data.networks[0];
        assert_eq!(n.slug, "muenchen-1");
        assert_eq!(n.name, "Deutschkurse");
        assert_eq!(n.summary, "Sie möchten Deutsch lernen?");
        assert_eq!(n.description, ["Die Volkshochschule bietet Kurse an."]);
        let en = &n.translations[&Language::En];
        assert_eq!(en.gloss.as_deref(), Some("German courses"));
        assert_eq!(en.summary.as_deref(), Some("Do you want to learn German?"));
    }

    #[test]
    fn a_bad_line_is_named() {
        let err = read_lines::<Question>("{\"id\": \"1\"}").unwrap_err();
        assert!(err.starts_with("Zeile 1:"), "{err}");
    }
}
