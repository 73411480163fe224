//! CSV as RFC 4180 writes it (CRLF, fields quoted where they must be),
//! with cells a spreadsheet would run as a formula defused: the tables are
//! opened in Excel and LibreOffice by people who did not write them.

/// One field: a leading `=`, `+`, `-`, `@`, tab or carriage return gets an
/// apostrophe before it (OWASP's advice against formula injection), and a
/// field with a quote, comma or line break is quoted, quotes doubled.
pub fn field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if defused.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// A table: each row's fields joined by commas, each row ended by CRLF.
pub fn table<R: AsRef<[String]>>(rows: &[R]) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row.as_ref().iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{field, table};

    #[test]
    fn quotes_what_must_be_quoted() {
        assert_eq!(field("Klex"), "Klex");
        assert_eq!(field(""), "");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("Der \"Treff\""), "\"Der \"\"Treff\"\"\"");
        assert_eq!(field("eins\nzwei"), "\"eins\nzwei\"");
        assert_eq!(field("eins\r\nzwei"), "\"eins\r\nzwei\"");
    }

    #[test]
    fn defuses_formulas() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(field("a=b"), "a=b");
    }

    #[test]
    fn rows_end_in_crlf() {
        let rows = vec![
            vec!["a".to_owned(), "b".to_owned()],
            vec!["c,d".to_owned(), String::new()],
        ];
        assert_eq!(table(&rows), "a,b\r\n\"c,d\",\r\n");
    }
}
