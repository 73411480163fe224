//! Dataset texts on the page in the interface language (the core's
//! `content` picks the translation or the German original). German text shown in
//! another interface language carries `lang="de"`, so that screen readers
//! and translation tools read it as German, and a note says it is German.

use std::borrow::Cow;

use stadtteilnetz_core::language::Language;

/// The `lang` attribute of an element whose text is in `text`: its own
/// language where that differs from the interface's, else none (inherited).
pub fn lang_attr(text: Language, ui: Language) -> Option<&'static str> {
    (text != ui).then_some(text.tag())
}

/// The `dir` attribute of such an element: German or English inside an
/// Arabic page reads left to right (else a closing full stop lands at the
/// wrong end), and the other way round.
pub fn dir_attr(text: Language, ui: Language) -> Option<&'static str> {
    (text.dir() != ui.dir()).then_some(text.dir())
}

/// A name, query or address set into an interface sentence. In a
/// right-to-left interface it is wrapped in Unicode's first-strong isolate
/// (U+2068 … U+2069), the plain-text form of `<bdi>`: a German name or a
/// link keeps its own order, and the sentence's quotes and punctuation stay
/// where the Arabic puts them. Left-to-right interfaces need nothing.
pub fn isolate(text: &str, ui: Language) -> Cow<'_, str> {
    if ui.is_rtl() {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether a text is shown in German because it has no translation into
/// the interface language.
pub fn only_german(text: Language, ui: Language) -> bool {
    text == Language::De && ui != Language::De
}

/// The language a page reads the dataset's texts in: the interface's, or
/// German where the reader asked for the original ("Originaltext
/// anzeigen"); the interface itself stays in `ui`.
pub fn text_language(ui: Language, original: bool) -> Language {
    if original {
        Language::De
    } else {
        ui
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::*;

    #[test]
    fn german_text_is_marked_only_in_other_languages() {
        assert_eq!(lang_attr(De, De), None);
        assert_eq!(lang_attr(De, Uk), Some("de"));
        assert_eq!(lang_attr(En, En), None);
        assert_eq!(dir_attr(De, Ar), Some("ltr"));
        assert_eq!(dir_attr(De, Uk), None);
        assert_eq!(dir_attr(Ar, De), Some("rtl"));
        assert!(only_german(De, Ar));
        assert!(!only_german(De, De));
        assert!(!only_german(En, En));
    }

    #[test]
    fn names_in_sentences_are_isolated_only_right_to_left() {
        assert_eq!(isolate("Stadtteilbüro", De), "Stadtteilbüro");
        assert_eq!(isolate("Stadtteilbüro", Uk), "Stadtteilbüro");
        assert_eq!(
            isolate("Stadtteilbüro", Ar),
            "\u{2068}Stadtteilbüro\u{2069}"
        );
    }
}
