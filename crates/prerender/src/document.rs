//! Trunk's `index.html` as the template of every page: its head (styles,
//! the WASM's start-up script, the CSP) stays, the title and description
//! become the page's own, and the body becomes the drawn page.

/// The id of the static page's wrapper, which the app removes when it takes
/// over (`ui::browser::takeover::STATIC_ROOT`).
pub const STATIC_ROOT: &str = "statisch";

/// `index.html`, cut where each page differs.
pub struct Template {
    /// Up to the title.
    before_title: String,
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
        let (before_title, rest) = cut(text, "<title>", "der Titel")?;
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
            before_title: before_title.to_owned(),
            head_rest: head_rest.to_owned(),
            loading: body[start..end_of_loading].to_owned(),
            end: format!("</body>{end}"),
        })
    }

    /// One page: `body` is the app's HTML at this page's address.
    pub fn page(
        &self,
        body: &str,
        title: &str,
        description: Option<&str>,
        canonical: Option<&str>,
        json_ld: Option<&str>,
    ) -> String {
        let before_title = match description {
            Some(d) => replace_description(&self.before_title, &attribute(d)),
            None => self.before_title.clone(),
        };
        let mut extra = String::new();
        if let Some(href) = canonical {
            extra.push_str(&format!(
                "<link rel=canonical href=\"{}\">",
                attribute(href)
            ));
        }
        if let Some(ld) = json_ld {
            extra.push_str(&format!("<script type=application/ld+json>{ld}</script>"));
        }
        format!(
            "{before_title}<title>{title}</title>{}{extra}</head><body><div id={STATIC_ROOT}>{body}</div>{}{}",
            self.head_rest, self.loading, self.end
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
