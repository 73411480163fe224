//! Slugs: the lower-case ASCII form of a German label, as ids and old filter
//! addresses are made from names.

/// A lower-case ASCII slug of a German label (ä → ae, ß → ss, spaces → -).
pub fn slugify(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'a'..='z' | '0'..='9' => out.push(c),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_of_german_labels() {
        assert_eq!(slugify("Land"), "land");
        assert_eq!(
            slugify("Öffnung von Einrichtungen und Regelangeboten"),
            "oeffnung-von-einrichtungen-und-regelangeboten"
        );
        assert_eq!(
            slugify("Kinder- und Jugendarbeit"),
            "kinder-und-jugendarbeit"
        );
        assert_eq!(slugify("  Straße / Platz "), "strasse-platz");
    }
}
