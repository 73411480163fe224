//! The languages the app speaks, and what the core needs to know of them:
//! codes, names in themselves, writing direction, which of a visitor's
//! preferred languages we speak, and how numbers are written (CLDR).
//!
//! The interface texts themselves are in `locales/` (see `ui::i18n`); the
//! dataset carries its own translations (`model::Translations`).

use serde::{Deserialize, Serialize};

use crate::date::Date;

/// Month names as CLDR writes them in a date ("1. Dezember", "1 грудня":
/// Ukrainian in the genitive), January first.
const MONTHS: [[&str; 12]; 4] = [
    [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
];

/// A language of the interface and of content translations. German is the
/// language of the source and of every text in the dataset.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Deutsch, the default.
    #[default]
    De,
    /// English.
    En,
    /// Українська.
    Uk,
    /// العربية, written right to left.
    Ar,
    /// Leichte Sprache: German in easy-to-read form (rules of the Netzwerk
    /// Leichte Sprache / DIN SPEC 33429). German in grammar, numbers and
    /// dates; a language of its own for texts, notes and the switcher.
    Ls,
}

impl Language {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Language; 5] = [
        Language::De,
        Language::En,
        Language::Uk,
        Language::Ar,
        Language::Ls,
    ];

    /// The code in addresses (`?lang=…`, `/uk/…`), in the dataset's
    /// translations and on the device: the BCP 47 code, except Leichte
    /// Sprache, which has none of its own and is `ls` there.
    pub fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
            Language::Uk => "uk",
            Language::Ar => "ar",
            Language::Ls => "ls",
        }
    }

    /// The BCP 47 tag, as in `lang="…"` and `hreflang`: Leichte Sprache is
    /// German with a private-use subtag, so that screen readers read it in
    /// a German voice and tools still see which text is the easy one.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Ls => "de-x-ls",
            other => other.code(),
        }
    }

    /// The language whose grammar, numbers and dates it follows: German for
    /// Leichte Sprache, else itself.
    pub fn grammar(self) -> Language {
        match self {
            Language::Ls => Language::De,
            other => other,
        }
    }

    /// The language's name in itself, so that people find their own.
    pub fn autonym(self) -> &'static str {
        match self {
            Language::De => "Deutsch",
            Language::En => "English",
            Language::Uk => "Українська",
            Language::Ar => "العربية",
            Language::Ls => "Leichte Sprache",
        }
    }

    /// Whether it is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// `"rtl"` or `"ltr"`, for the document's `dir`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of an exact code (`"uk"`); case does not matter.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a BCP 47 tag such as `en-GB` or `ar-SY`, by its
    /// primary subtag (`de-x-ls`, Leichte Sprache, as a whole).
    pub fn from_tag(tag: &str) -> Option<Language> {
        if tag.trim().eq_ignore_ascii_case(Language::Ls.tag()) {
            return Some(Language::Ls);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Language::from_code(primary)
    }

    /// The first of a browser's preferred languages (`navigator.languages`,
    /// best first) that we speak.
    pub fn preferred<S: AsRef<str>>(tags: &[S]) -> Option<Language> {
        tags.iter().find_map(|t| Language::from_tag(t.as_ref()))
    }

    /// A whole number as this language writes it, by CLDR (the same as the
    /// browser's `Intl.NumberFormat`): `10.000`, `10,000`, `10 000` (with a
    /// no-break space). Arabic in CLDR uses Latin digits here.
    pub fn number(self, n: usize) -> String {
        let separator = match self.grammar() {
            Language::De | Language::Ls => '.',
            Language::En | Language::Ar => ',',
            Language::Uk => '\u{a0}',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }

    /// A date as this language writes it in running text, by CLDR's long
    /// date format (the same as the browser's `Intl.DateTimeFormat` with
    /// `dateStyle: "long"`): "1. Dezember 2026", "December 1, 2026",
    /// "1 грудня 2026 р.", "1 ديسمبر 2026".
    pub fn long_date(self, date: Date) -> String {
        let (d, y) = (date.day(), date.year());
        let month = MONTHS[self.grammar() as usize][usize::from(date.month()) - 1];
        match self.grammar() {
            Language::De | Language::Ls => format!("{d}. {month} {y}"),
            Language::En => format!("{month} {d}, {y}"),
            Language::Uk => format!("{d} {month} {y} р."),
            Language::Ar => format!("{d} {month} {y}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Language::{self, *};

    #[test]
    fn codes_round_trip_and_tags_match_by_primary_subtag() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_tag("en-GB"), Some(En));
        assert_eq!(Language::from_tag("AR_sy"), Some(Ar));
        assert_eq!(Language::from_tag("ru-RU"), None);
        assert_eq!(Language::from_code("de-DE"), None);
        assert_eq!(Language::preferred(&["fr", "ru", "uk-UA", "en"]), Some(Uk));
        assert_eq!(Language::preferred::<&str>(&[]), None);
    }

    #[test]
    fn numbers_follow_cldr() {
        assert_eq!(De.number(999), "999");
        assert_eq!(De.number(1000), "1.000");
        assert_eq!(De.number(1_234_567), "1.234.567");
        assert_eq!(En.number(10_000), "10,000");
        assert_eq!(Ar.number(10_000), "10,000");
        assert_eq!(Uk.number(10_000), "10\u{a0}000");
        assert_eq!(Uk.number(0), "0");
    }

    #[test]
    fn dates_follow_cldr() {
        let date = crate::date::Date::parse("2026-12-01").unwrap();
        assert_eq!(De.long_date(date), "1. Dezember 2026");
        assert_eq!(En.long_date(date), "December 1, 2026");
        assert_eq!(Uk.long_date(date), "1 грудня 2026 р.");
        assert_eq!(Ar.long_date(date), "1 ديسمبر 2026");
        let march = crate::date::Date::parse("2026-03-03").unwrap();
        assert_eq!(De.long_date(march), "3. März 2026");
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert_eq!(
            Language::ALL.map(Language::dir),
            ["ltr", "ltr", "ltr", "rtl", "ltr"]
        );
    }

    #[test]
    fn leichte_sprache_is_german_with_a_code_of_its_own() {
        assert_eq!(Language::from_code("ls"), Some(Ls));
        assert_eq!(Language::from_code("LS"), Some(Ls));
        assert_eq!(Language::from_tag("de-x-ls"), Some(Ls));
        assert_eq!(Language::from_tag("de-DE"), Some(De));
        assert_eq!(Ls.tag(), "de-x-ls");
        assert_eq!(De.tag(), "de");
        assert_eq!(Ls.autonym(), "Leichte Sprache");
        assert_eq!(Ls.grammar(), De);
        assert_eq!(Ls.number(10_000), "10.000");
        let date = crate::date::Date::parse("2026-12-01").unwrap();
        assert_eq!(Ls.long_date(date), "1. Dezember 2026");
        // A browser asks for languages, never for Leichte Sprache: German
        // wins over it, and it is chosen only by the reader.
        assert_eq!(Language::preferred(&["de-DE", "en"]), Some(De));
    }
}
