//! The publisher's details and what is done with them: which ones the
//! legal pages need and which are missing (`validate` warns about each),
//! and where "Fehler melden" writes to.
//!
//! A detail the data does not hold is missing, never filled in: the pages
//! leave it out and say that it is not given yet. What each page needs, and
//! the sources that ask for it, are in `docs/LEGAL.md`.

use crate::model::{Dataset, Maintainer, Publisher};
use crate::percent::encode_component;

/// One detail of the publisher block, apart from the name (which is
/// required whenever the block exists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Detail {
    /// The legal entity (Rechtsträger).
    Body,
    /// Who represents it.
    RepresentedBy,
    /// Street and number.
    Street,
    /// Postcode.
    Postcode,
    /// Town.
    City,
    /// E-mail address for the public.
    Email,
    /// Telephone number.
    Phone,
    /// Website.
    Website,
    /// Who is responsible for the content.
    ResponsibleForContent,
    /// The supervisory authority.
    SupervisoryAuthority,
    /// The data protection officer's contact.
    DataProtectionOfficer,
    /// The data protection supervisory authority (for complaints).
    DataProtectionAuthority,
    /// Who hosts the files, and what their server records.
    Hosting,
    /// The enforcement body for accessibility.
    EnforcementBody,
    /// The date of the accessibility statement.
    StatementDate,
}

/// The page a detail is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegalPage {
    /// Impressum.
    Imprint,
    /// Datenschutz.
    Privacy,
    /// Erklärung zur Barrierefreiheit.
    Accessibility,
}

impl LegalPage {
    /// The German name, as the pages and `validate` say it.
    pub fn name_de(self) -> &'static str {
        match self {
            LegalPage::Imprint => "Impressum",
            LegalPage::Privacy => "Datenschutz",
            LegalPage::Accessibility => "Erklärung zur Barrierefreiheit",
        }
    }
}

impl Detail {
    /// Every detail, in the order the Impressum lists them.
    pub const ALL: [Detail; 15] = [
        Detail::Body,
        Detail::RepresentedBy,
        Detail::Street,
        Detail::Postcode,
        Detail::City,
        Detail::Email,
        Detail::Phone,
        Detail::Website,
        Detail::ResponsibleForContent,
        Detail::SupervisoryAuthority,
        Detail::DataProtectionOfficer,
        Detail::DataProtectionAuthority,
        Detail::Hosting,
        Detail::EnforcementBody,
        Detail::StatementDate,
    ];

    /// The field's name in the dataset (`publisher.<field>`).
    pub fn field(self) -> &'static str {
        match self {
            Detail::Body => "body",
            Detail::RepresentedBy => "represented_by",
            Detail::Street => "street",
            Detail::Postcode => "postcode",
            Detail::City => "city",
            Detail::Email => "email",
            Detail::Phone => "phone",
            Detail::Website => "website",
            Detail::ResponsibleForContent => "responsible_for_content",
            Detail::SupervisoryAuthority => "supervisory_authority",
            Detail::DataProtectionOfficer => "data_protection_officer",
            Detail::DataProtectionAuthority => "data_protection_authority",
            Detail::Hosting => "hosting",
            Detail::EnforcementBody => "enforcement_body",
            Detail::StatementDate => "statement_date",
        }
    }

    /// What it is, in German (the Redaktion's label and `validate`'s word).
    pub fn label_de(self) -> &'static str {
        match self {
            Detail::Body => "Rechtsträger",
            Detail::RepresentedBy => "Vertreten durch",
            Detail::Street => "Straße und Hausnummer",
            Detail::Postcode => "Postleitzahl",
            Detail::City => "Ort",
            Detail::Email => "E-Mail-Adresse",
            Detail::Phone => "Telefonnummer",
            Detail::Website => "Website",
            Detail::ResponsibleForContent => "Verantwortlich für den Inhalt",
            Detail::SupervisoryAuthority => "Aufsichtsbehörde",
            Detail::DataProtectionOfficer => "Datenschutzbeauftragte Stelle",
            Detail::DataProtectionAuthority => "Datenschutz-Aufsichtsbehörde",
            Detail::Hosting => "Betrieb des Servers (Hosting)",
            Detail::EnforcementBody => "Durchsetzungsstelle für Barrierefreiheit",
            Detail::StatementDate => "Datum der Erklärung zur Barrierefreiheit",
        }
    }

    /// The pages that show it.
    pub fn pages(self) -> &'static [LegalPage] {
        use LegalPage::*;
        match self {
            Detail::Body => &[Imprint, Privacy],
            Detail::RepresentedBy | Detail::Website => &[Imprint],
            Detail::Street | Detail::Postcode | Detail::City | Detail::Phone => &[Imprint, Privacy],
            Detail::Email => &[Imprint, Privacy, Accessibility],
            Detail::ResponsibleForContent | Detail::SupervisoryAuthority => &[Imprint],
            Detail::DataProtectionOfficer | Detail::DataProtectionAuthority | Detail::Hosting => {
                &[Privacy]
            }
            Detail::EnforcementBody | Detail::StatementDate => &[Accessibility],
        }
    }

    /// The text field as the data holds it (none for the date, which is no
    /// text): `validate` tells a blank one from an absent one.
    pub fn text_field(self, p: &Publisher) -> Option<&Option<String>> {
        Some(match self {
            Detail::Body => &p.body,
            Detail::RepresentedBy => &p.represented_by,
            Detail::Street => &p.street,
            Detail::Postcode => &p.postcode,
            Detail::City => &p.city,
            Detail::Email => &p.email,
            Detail::Phone => &p.phone,
            Detail::Website => &p.website,
            Detail::ResponsibleForContent => &p.responsible_for_content,
            Detail::SupervisoryAuthority => &p.supervisory_authority,
            Detail::DataProtectionOfficer => &p.data_protection_officer,
            Detail::DataProtectionAuthority => &p.data_protection_authority,
            Detail::Hosting => &p.hosting,
            Detail::EnforcementBody => &p.enforcement_body,
            Detail::StatementDate => return None,
        })
    }

    /// The text field, to change (the Redaktion's form); none for the date.
    pub fn text_field_mut(self, p: &mut Publisher) -> Option<&mut Option<String>> {
        Some(match self {
            Detail::Body => &mut p.body,
            Detail::RepresentedBy => &mut p.represented_by,
            Detail::Street => &mut p.street,
            Detail::Postcode => &mut p.postcode,
            Detail::City => &mut p.city,
            Detail::Email => &mut p.email,
            Detail::Phone => &mut p.phone,
            Detail::Website => &mut p.website,
            Detail::ResponsibleForContent => &mut p.responsible_for_content,
            Detail::SupervisoryAuthority => &mut p.supervisory_authority,
            Detail::DataProtectionOfficer => &mut p.data_protection_officer,
            Detail::DataProtectionAuthority => &mut p.data_protection_authority,
            Detail::Hosting => &mut p.hosting,
            Detail::EnforcementBody => &mut p.enforcement_body,
            Detail::StatementDate => return None,
        })
    }

    /// Its value, if the data gives one (blank counts as none).
    pub fn value(self, p: &Publisher) -> Option<String> {
        match self.text_field(p) {
            None => p.statement_date.map(|d| d.to_string()),
            Some(text) => text
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
        }
    }
}

/// The publisher's name: the block's, else the source's publisher (who
/// published the text the data comes from).
pub fn name(data: &Dataset) -> &str {
    data.publisher
        .as_ref()
        .map_or(data.source.publisher.as_str(), |p| p.name.as_str())
}

/// The details the data does not give, in `Detail::ALL`'s order (all of
/// them when there is no publisher block).
pub fn missing(data: &Dataset) -> Vec<Detail> {
    match &data.publisher {
        None => Detail::ALL.to_vec(),
        Some(p) => Detail::ALL
            .into_iter()
            .filter(|d| d.value(p).is_none())
            .collect(),
    }
}

/// The missing details of one page.
pub fn missing_for(data: &Dataset, page: LegalPage) -> Vec<Detail> {
    missing(data)
        .into_iter()
        .filter(|d| d.pages().contains(&page))
        .collect()
}

/// `validate`'s warnings: one line per missing detail, saying the field,
/// what it is and which pages stay without it. Warnings do not fail a file
/// (a district may publish before it has every detail), but they say what
/// the office still owes its readers.
pub fn warnings(data: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    if data.publisher.is_none() {
        out.push(
            "„publisher“ fehlt: ohne Herausgeber bleiben Impressum, Datenschutz und \
             Erklärung zur Barrierefreiheit ohne Angaben, und „Fehler melden“ hat \
             keine Adresse"
                .to_owned(),
        );
    }
    for d in missing(data) {
        let pages: Vec<&str> = d.pages().iter().map(|p| p.name_de()).collect();
        out.push(format!(
            "publisher.{} fehlt ({}), gebraucht für: {}",
            d.field(),
            d.label_de(),
            pages.join(", ")
        ));
    }
    out
}

/// The postal address in one line ("Straße 1, 07747 Jena"), from what is
/// given; none if nothing is.
pub fn postal_address(p: &Publisher) -> Option<String> {
    let town = [Detail::Postcode, Detail::City]
        .into_iter()
        .filter_map(|d| d.value(p))
        .collect::<Vec<_>>()
        .join(" ");
    let parts: Vec<String> = Detail::Street
        .value(p)
        .into_iter()
        .chain((!town.is_empty()).then_some(town))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Where "Fehler melden" writes: the entry's maintainer if the office
/// gives their address, else the publisher's; none if neither is given
/// (the mail app then opens without a recipient, and the page says so).
pub fn report_recipient<'a>(
    data: &'a Dataset,
    maintainer: Option<&'a Maintainer>,
) -> Option<&'a str> {
    let given = |e: &'a Option<String>| e.as_deref().map(str::trim).filter(|e| !e.is_empty());
    maintainer
        .and_then(|m| given(&m.email))
        .or_else(|| data.publisher.as_ref().and_then(|p| given(&p.email)))
}

/// A `mailto:` address (RFC 6068) with a subject and a body. The recipient
/// keeps `@` and the characters an address may hold; everything else, in
/// all three parts, is percent-encoded UTF-8, and line breaks become CRLF
/// as the RFC asks.
pub fn mailto(to: Option<&str>, subject: &str, body: &str) -> String {
    let mut to_part = String::new();
    for c in to.unwrap_or_default().trim().chars() {
        if c.is_ascii_alphanumeric() || "-._~!$'*+=@".contains(c) {
            to_part.push(c);
        } else {
            to_part.push_str(&encode_component(c.encode_utf8(&mut [0; 4])));
        }
    }
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{to_part}?subject={}&body={}",
        encode_component(subject),
        encode_component(&body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_what_would_break_the_address() {
        let href = mailto(
            Some("büro@example.org"),
            "Fehler: „Arbeitskreis“ & mehr",
            "Zeile 1\nZeile 2 #3?",
        );
        assert_eq!(
            href,
            "mailto:b%C3%BCro@example.org?subject=Fehler%3A%20%E2%80%9EArbeitskreis%E2%80%9C%20%26%20mehr&body=Zeile%201%0D%0AZeile%202%20%233%3F"
        );
        assert!(mailto(None, "a", "b").starts_with("mailto:?subject=a"));
    }

    #[test]
    fn blank_details_are_missing() {
        let p = Publisher {
            name: "Büro".into(),
            street: Some("  ".into()),
            postcode: Some("07747".into()),
            city: Some("Jena".into()),
            ..Publisher::default()
        };
        assert_eq!(Detail::Street.value(&p), None);
        assert_eq!(postal_address(&p).as_deref(), Some("07747 Jena"));
        assert_eq!(postal_address(&Publisher::default()), None);
    }
}
