//! Trunk's `index.html` as the template of every page: its head (styles,
//! the WASM's start-up script, the CSP) stays; the language, title and
//! description become the page's own, and the body becomes the drawn page.

use stadtteilnetz_core::language::Language;

/// The id of the static page's wrapper, which the app removes when it takes
/// over (`ui::browser::takeover::STATIC_ROOT`).
pub const STATIC_ROOT: &str = "statisch";

/// What one page puts into the template.
pub struct Page<'a> {
    /// Its interface language (`lang` and `dir` of `<html>`).
    pub language: Language,
    /// The app's HTML at this page's address.
    pub body: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its meta description, if it has its own.
    pub description: Option<&'a str>,
    /// With a public address: its canonical address, and the address of the
    /// same page in each language.
    pub links: Option<(&'a str, &'a [(&'a str, String)])>,
    /// schema.org JSON-LD, for entries.
    pub json_ld: Option<&'a str>,
}

/// `index.html`, cut where each page differs.
pub struct Template {
    /// From after `<html …>` up to the title.
    before_title: String,
    /// Up to `<html`.
    doctype: String,
    /// From after the title to `</head>`.
    head_rest: String,
    /// The loading note (`#laden`), for visitors in another language, whose
    /// first frame waits for the app (see `index.html`).
    loading: String,
    /// From `</body>` on.
    end: String,
}

fn cut<'a>(text: &'a str, marker: &str, what: &str) -> Result<(&'a str, &'a str), String> {
    text.split_once(marker)
        .ok_or_else(|| format!("index.html: {what} ({marker}) fehlt"))
}

impl Template {
    /// Reads Trunk's output; says what is missing if it is not one.
    pub fn parse(text: &str) -> Result<Template, String> {
        if text.contains(&format!("id={STATIC_ROOT}"))
            || text.contains(&format!("id=\"{STATIC_ROOT}\""))
        {
            return Err("index.html ist schon eine gezeichnete Seite (zweimal aufgerufen?)".into());
        }
        let (doctype, rest) = cut(text, "<html", "das Element html")?;
        let (_, rest) = cut(rest, ">", "das Ende von <html>")?;
        let (before_title, rest) = cut(rest, "<title>", "der Titel")?;
        let (_, rest) = cut(rest, "</title>", "das Ende des Titels")?;
        let (head_rest, rest) = cut(rest, "</head>", "das Ende des Kopfes")?;
        let (_, rest) = cut(rest, "<body>", "der Körper")?;
        let (body, end) = cut(rest, "</body>", "das Ende des Körpers")?;
        let start = body
            .find("<div")
            .filter(|&i| body[i..].contains("laden"))
            .ok_or("index.html: die Ladeanzeige (#laden) fehlt")?;
        let end_of_loading = body[start..]
            .find("</div>")
            .map(|i| start + i + "</div>".len())
            .ok_or("index.html: die Ladeanzeige (#laden) ist nicht geschlossen")?;
        Ok(Template {
            doctype: doctype.to_owned(),
            before_title: before_title.to_owned(),
            head_rest: head_rest.to_owned(),
            loading: body[start..end_of_loading].to_owned(),
            end: format!("</body>{end}"),
        })
    }

    /// One page.
    pub fn page(&self, page: Page) -> String {
        let before_title = match page.description {
            Some(d) => replace_description(&self.before_title, &attribute(d)),
            None => self.before_title.clone(),
        };
        let mut extra = String::new();
        if let Some((canonical, alternates)) = page.links {
            extra.push_str(&format!(
                "<link rel=canonical href=\"{}\">",
                attribute(canonical)
            ));
            for (code, href) in alternates {
                extra.push_str(&format!(
                    "<link rel=alternate hreflang={code} href=\"{}\">",
                    attribute(href)
                ));
            }
        }
        if let Some(ld) = page.json_ld {
            extra.push_str(&format!("<script type=application/ld+json>{ld}</script>"));
        }
        format!(
            "{}<html lang={} dir={}>{before_title}<title>{}</title>{}{extra}</head><body><div id={STATIC_ROOT}>{}</div>{}{}",
            self.doctype,
            page.language.tag(),
            page.language.dir(),
            page.title,
            self.head_rest,
            page.body,
            self.loading,
            self.end
        )
    }
}

/// `text` for a double-quoted attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The head with its meta description's content replaced (or one added).
fn replace_description(head: &str, content: &str) -> String {
    let tag = format!("<meta name=description content=\"{content}\">");
    let found = ["name=description", "name=\"description\""]
        .iter()
        .find_map(|m| head.find(m))
        .and_then(|at| {
            let start = head[..at].rfind("<meta")?;
            let end = at + head[at..].find('>')? + 1;
            Some((start, end))
        });
    match found {
        Some((start, end)) => format!("{}{tag}{}", &head[..start], &head[end..]),
        None => format!("{head}{tag}"),
    }
}
