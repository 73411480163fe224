//! Deterministic synthetic datasets in the real schema, for tests and
//! benchmarks only (feature `synthetic`, never part of the shipped app).
//!
//! Entries read like a German city's directory: networks named after topics
//! and districts, actors such as youth centres and associations, descriptions
//! built from sentence patterns over a few hundred German words and their
//! compounds, so that search meets umlauts, inflections and compounds as in
//! real data. The same `(networks, seed)` always gives the same dataset.

use crate::model::{
    Actor, ActorKind, Contact, Dataset, Date, Level, Maintainer, Network, Participation, Project,
    Role, Source, Term, FORMAT_VERSION,
};
pub use crate::slug::slugify;

/// A review date made from an entry's position (no draw from the
/// generator, so the rest of the data stays as it was): spread over 2025
/// and 2026 (to November), and none for every seventh entry from the
/// fourth on (never reviewed).
fn reviewed(i: usize) -> Option<Date> {
    if i % 7 == 3 {
        return None;
    }
    Date::new(
        2025 + (i % 2) as u16,
        1 + (i % 11) as u8,
        1 + (i % 28) as u8,
    )
}

/// Every 25th network and actor was renamed once: its old id, kept as an
/// alias (addresses and Merklisten with it still find the entry).
fn renamed(kind: &str, i: usize) -> Vec<String> {
    if i.is_multiple_of(25) {
        vec![format!("frueher-{kind}-{i}")]
    } else {
        Vec::new()
    }
}

/// A small, fast, deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

const DISTRICTS: &[&str] = &[
    "Lobeda",
    "Winzerla",
    "Nord",
    "Ost",
    "West",
    "Zentrum",
    "Wenigenjena",
    "Löbstedt",
    "Zwätzen",
    "Burgau",
    "Göschwitz",
    "Ammerbach",
    "Drackendorf",
    "Kunitz",
    "Wöllnitz",
    "Maua",
    "Isserstedt",
    "Closewitz",
    "Jenaprießnitz",
    "Lichtenhain",
    "Cospeda",
    "Remderoda",
    "Vierzehnheiligen",
    "Krippendorf",
    "Münchenroda",
    "Leutra",
    "Ilmnitz",
    "Wogau",
    "Ziegenhain",
    "Kernberge",
];
const TOPIC_HEADS: &[&str] = &[
    "arbeit",
    "hilfe",
    "beratung",
    "förderung",
    "bildung",
    "treff",
    "netzwerk",
    "projekt",
    "angebot",
    "kreis",
    "werkstatt",
    "café",
    "gruppe",
    "initiative",
    "begleitung",
    "betreuung",
    "pflege",
    "schutz",
    "entwicklung",
    "management",
    "kultur",
    "sport",
    "garten",
    "küche",
    "zentrum",
    "büro",
    "dienst",
    "schule",
    "akademie",
    "börse",
];
const TOPIC_STEMS: &[&str] = &[
    "Jugend",
    "Kinder",
    "Senioren",
    "Familien",
    "Nachbarschafts",
    "Sprach",
    "Integrations",
    "Migrations",
    "Flüchtlings",
    "Eltern",
    "Frauen",
    "Männer",
    "Gesundheits",
    "Umwelt",
    "Klima",
    "Stadtteil",
    "Quartiers",
    "Gemeinwesen",
    "Sucht",
    "Schuldner",
    "Wohnungs",
    "Arbeitsmarkt",
    "Ehrenamts",
    "Inklusions",
    "Kultur",
    "Bewegungs",
    "Lese",
    "Hausaufgaben",
    "Ferien",
    "Begegnungs",
    "Generationen",
    "Mädchen",
    "Demokratie",
    "Medien",
    "Berufs",
    "Bildungs",
    "Freizeit",
    "Sozial",
    "Verkehrs",
    "Energie",
];
const TOPICS: &[&str] = &[
    "Integration",
    "Jugendarbeit",
    "Seniorenarbeit",
    "Sprachförderung",
    "Nachbarschaftshilfe",
    "Umweltschutz",
    "Gesundheit",
    "Sport und Bewegung",
    "Kultur",
    "Bildung",
    "Wohnen",
    "Beschäftigung",
    "Familienbildung",
    "Ehrenamt",
    "Inklusion",
    "Stadtteilentwicklung",
    "Quartiersmanagement",
    "Gemeinwesenarbeit",
    "Ferienangebote",
    "Beratung",
    "Suchtprävention",
    "Schuldnerberatung",
    "Kinderschutz",
    "Elternarbeit",
    "Demokratiebildung",
    "Medienkompetenz",
    "Berufsorientierung",
    "Klimaschutz",
    "Verkehrssicherheit",
    "Begegnung der Generationen",
    "Armutsprävention",
    "Gleichstellung",
    "Pflege",
    "Digitalisierung",
    "Lesen und Schreiben",
    "Musik",
    "Stadtgrün",
    "Mobilität",
    "Teilhabe",
    "Antidiskriminierung",
];
const GROUPS: &[&str] = &[
    "Kinder",
    "Jugendliche",
    "Familien",
    "Eltern",
    "Seniorinnen und Senioren",
    "Geflüchtete",
    "Zugewanderte",
    "Menschen mit Behinderung",
    "Alleinerziehende",
    "Arbeitsuchende",
    "Studierende",
    "Ehrenamtliche",
    "Fachkräfte",
    "Nachbarinnen und Nachbarn",
    "Menschen mit Migrationshintergrund",
    "Frauen",
    "Mädchen",
];
const NETWORK_KINDS: &[&str] = &[
    "Arbeitskreis",
    "Netzwerk",
    "Runder Tisch",
    "Bündnis",
    "Vernetzungsgruppe",
    "Initiative",
    "Netzwerkrunde",
    "Forum",
    "Arbeitsgemeinschaft",
    "Stadtteilkonferenz",
];
const ACTOR_KINDS: &[(&str, ActorKind)] = &[
    ("Kinder- und Jugendzentrum", ActorKind::Facility),
    ("Stadtteilbüro", ActorKind::DistrictOffice),
    ("Fachdienst", ActorKind::CityDepartment),
    ("Verein", ActorKind::Association),
    ("Förderverein", ActorKind::Association),
    ("Bürgerverein", ActorKind::Association),
    ("Begegnungsstätte", ActorKind::Facility),
    ("Familienzentrum", ActorKind::Facility),
    ("Seniorentreff", ActorKind::Facility),
    ("Beratungsstelle", ActorKind::Facility),
    ("gGmbH", ActorKind::NonProfitCompany),
    ("Netzwerk", ActorKind::Network),
    ("Sozialplanerin", ActorKind::Role),
    ("Quartiersmanagerin", ActorKind::Role),
];
const VERBS: &[&str] = &[
    "tauscht sich regelmäßig über",
    "entwickelt gemeinsam Ideen für",
    "koordiniert stadtweit",
    "unterstützt",
    "vernetzt",
    "plant gemeinsam",
    "berät Einrichtungen zu",
    "organisiert Angebote für",
    "stärkt",
    "fördert",
    "begleitet",
    "öffnet Regelangebote für",
];
const OBJECTS: &[&str] = &[
    "die Schwerpunkte der Stadtteilarbeit",
    "offene Treffpunkte",
    "gemeinsame Projekte",
    "die Ferien vor Ort",
    "die Teilhabe am zivilgesellschaftlichen Leben",
    "die Lebenssituation der Bewohnerinnen und Bewohner",
    "Einrichtungen und Regeldienste",
    "die Angebote freier Träger",
    "Vereine und Initiativen",
    "die Umsetzung des Integrationskonzeptes",
    "die Etablierung von Quartiersmanagement",
    "die Professionalisierung der Gemeinwesenarbeit",
    "das Miteinander der Generationen",
    "Nachbarschaftsfeste im Quartier",
    "Sprachkurse und Hausaufgabenhilfe",
    "Beratung in schwierigen Lebenslagen",
];
const ADVERBS: &[&str] = &[
    "im Stadtteil",
    "in der ganzen Stadt",
    "vor allem in den Gebieten der Sozialen Stadt",
    "in fast allen Stadtteilen",
    "gemeinsam mit dem Stadtteilbüro",
    "unter Leitung des Fachdienstes",
    "mit vielen Ehrenamtlichen",
    "seit vielen Jahren",
    "einmal im Monat",
    "in enger Abstimmung mit den Schulen",
];

const NOUNS: &[&str] = &[
    "Abendessen",
    "Abfallvermeidung",
    "Alltag",
    "Angehörige",
    "Anliegen",
    "Arbeitslosigkeit",
    "Ausbildung",
    "Ausflüge",
    "Ausstellung",
    "Austausch",
    "Bastelnachmittag",
    "Bedarf",
    "Begegnung",
    "Behörden",
    "Bewerbung",
    "Bibliothek",
    "Bolzplatz",
    "Brettspiele",
    "Bürgerbeteiligung",
    "Chor",
    "Computerkurs",
    "Deutschkurs",
    "Dolmetscher",
    "Ehrenamtliche",
    "Einkaufshilfe",
    "Einsamkeit",
    "Elterncafé",
    "Energieberatung",
    "Erzählcafé",
    "Fahrradwerkstatt",
    "Familienfest",
    "Fördermittel",
    "Formulare",
    "Fortbildung",
    "Frühstück",
    "Fußballturnier",
    "Gartenarbeit",
    "Gesprächskreis",
    "Gottesdienst",
    "Grillfest",
    "Handarbeit",
    "Hausbesuche",
    "Hofflohmarkt",
    "Jobcenter",
    "Kinderbetreuung",
    "Kinderfest",
    "Kleiderkammer",
    "Kochkurs",
    "Konflikte",
    "Krabbelgruppe",
    "Kreativwerkstatt",
    "Lernpatenschaft",
    "Lesepaten",
    "Mieterberatung",
    "Mittagstisch",
    "Musikschule",
    "Nachhilfe",
    "Nähcafé",
    "Öffentlichkeitsarbeit",
    "Patenschaften",
    "Pflegeberatung",
    "Pflanzaktion",
    "Quartiersfest",
    "Rechtsberatung",
    "Reparaturcafé",
    "Schuldenberatung",
    "Schwangerschaft",
    "Selbsthilfe",
    "Seniorensport",
    "Spielplatz",
    "Spieleabend",
    "Sprachcafé",
    "Stadtteilfest",
    "Stadtteilzeitung",
    "Straßenfest",
    "Tanzgruppe",
    "Tafel",
    "Theatergruppe",
    "Übersetzung",
    "Umweltbildung",
    "Vorlesestunde",
    "Wanderung",
    "Weiterbildung",
    "Wohnungssuche",
    "Zeitzeugen",
    "Zirkusprojekt",
    "Zuwanderung",
    "Zusammenhalt",
];
const STREETS: &[&str] = &[
    "Karl-Marx-Allee",
    "Kastanienstraße",
    "Erlanger Allee",
    "Ziegesarstraße",
    "Emil-Wölk-Straße",
    "Stauffenbergstraße",
    "Schleidenstraße",
    "Johannisplatz",
    "Marktplatz",
    "Löbdergraben",
    "Westbahnhofstraße",
    "Camburger Straße",
    "Dornburger Straße",
    "Oßmaritzer Straße",
    "Rudolstädter Straße",
    "Kahlaische Straße",
    "Hugo-Schrade-Straße",
    "Max-Steenbeck-Straße",
    "Werner-Seelenbinder-Straße",
    "Friedrich-Zucker-Straße",
];

fn capitalised_compound(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(TOPIC_STEMS), rng.pick(TOPIC_HEADS))
}

fn sentence(rng: &mut Rng, subject: &str) -> String {
    match rng.below(4) {
        0 => format!(
            "Themen sind {}, {} und {}.",
            rng.pick(NOUNS),
            rng.pick(NOUNS),
            capitalised_compound(rng)
        ),
        1 => format!(
            "Treffpunkt ist die {} {} in {}.",
            rng.pick(STREETS),
            rng.range(1, 120),
            rng.pick(DISTRICTS)
        ),
        _ => format!(
            "{subject} {} {} {}.",
            rng.pick(VERBS),
            rng.pick(OBJECTS),
            rng.pick(ADVERBS)
        ),
    }
}

fn terms(labels: &[&str]) -> Vec<Term> {
    labels
        .iter()
        .map(|l| Term {
            id: slugify(l),
            label: (*l).to_owned(),
            aliases: Vec::new(),
            translations: Default::default(),
        })
        .collect()
}

fn some_of(rng: &mut Rng, n: usize, lo: usize, hi: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for _ in 0..rng.range(lo, hi) {
        let i = rng.below(n);
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// A valid dataset with `networks` networks, about a fifth as many actors
/// and a tenth as many projects.
pub fn dataset(networks: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let topics = terms(TOPICS);
    let target_groups = terms(GROUPS);

    let actor_count = (networks / 5).max(3);
    let actors: Vec<Actor> = (0..actor_count)
        .map(|i| {
            let (prefix, kind) = ACTOR_KINDS[rng.below(ACTOR_KINDS.len())];
            let name = match kind {
                ActorKind::Association => format!(
                    "{prefix} {} {} e.V.",
                    capitalised_compound(&mut rng),
                    rng.pick(DISTRICTS)
                ),
                ActorKind::NonProfitCompany => {
                    format!("{} {prefix}", capitalised_compound(&mut rng))
                }
                ActorKind::Role => format!("{prefix} für {}", rng.pick(DISTRICTS)),
                _ => format!(
                    "{prefix} {} {}",
                    capitalised_compound(&mut rng),
                    rng.pick(DISTRICTS)
                ),
            };
            let description = (rng.below(3) > 0).then(|| sentence(&mut rng, "Die Einrichtung"));
            Actor {
                id: format!("{}-{i}", slugify(&name)),
                aliases: renamed("akteur", i),
                name,
                kind,
                description,
                address: None,
                contact: None,
                website: None,
                image: None,
                reviewed: reviewed(i),
                maintainer: None,
                translations: Default::default(),
            }
        })
        .collect();

    let project_count = (networks / 10).max(1);
    let projects: Vec<Project> = (0..project_count)
        .map(|i| {
            let name = format!("{} {}", capitalised_compound(&mut rng), rng.pick(DISTRICTS));
            let organizers = some_of(&mut rng, actors.len(), 0, 2)
                .into_iter()
                .map(|a| actors[a].id.clone())
                .collect();
            Project {
                id: format!("{}-{i}", slugify(&name)),
                description: sentence(&mut rng, "Das Projekt"),
                name,
                organizers,
                reviewed: reviewed(i),
                maintainer: None,
                translations: Default::default(),
            }
        })
        .collect();

    let networks: Vec<Network> = (0..networks)
        .map(|i| {
            let district = rng.pick(DISTRICTS);
            let topic = rng.pick(TOPICS);
            let name = match rng.below(3) {
                0 => format!("{} {topic} {district}", rng.pick(NETWORK_KINDS)),
                1 => format!(
                    "{} {}",
                    rng.pick(NETWORK_KINDS),
                    capitalised_compound(&mut rng)
                ),
                _ => format!(
                    "{} {} {district}",
                    rng.pick(NETWORK_KINDS),
                    capitalised_compound(&mut rng)
                ),
            };
            let description = (0..rng.range(1, 2))
                .map(|_| {
                    (0..rng.range(2, 4))
                        .map(|_| {
                            let subject = if rng.below(2) == 0 {
                                "Die Gruppe"
                            } else {
                                "Das Netzwerk"
                            };
                            sentence(&mut rng, subject)
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let levels = match rng.below(6) {
                0 => vec![Level::City],
                1 => vec![Level::District, Level::City],
                2 => vec![Level::State],
                3 => vec![Level::State, Level::Federal],
                _ => vec![Level::District],
            };
            let participants = some_of(&mut rng, actors.len(), 1, 5)
                .into_iter()
                .map(|a| Participation {
                    actor: actors[a].id.clone(),
                    role: Role::ALL[rng.below(Role::ALL.len())],
                    note: None,
                    translations: Default::default(),
                })
                .collect();
            Network {
                slug: format!("{}-{i}", slugify(&name)),
                aliases: renamed("netzwerk", i),
                caption: (rng.below(4) > 0)
                    .then(|| format!("{} {district}", capitalised_compound(&mut rng))),
                summary: sentence(&mut rng, "Die Runde"),
                description,
                goals: (0..rng.range(0, 2))
                    .map(|_| format!("{} {}", rng.pick(OBJECTS), rng.pick(ADVERBS)))
                    .collect(),
                facts: Vec::new(),
                topics: some_of(&mut rng, topics.len(), 1, 3)
                    .into_iter()
                    .map(|t| topics[t].id.clone())
                    .collect(),
                target_groups: some_of(&mut rng, target_groups.len(), 0, 2)
                    .into_iter()
                    .map(|t| target_groups[t].id.clone())
                    .collect(),
                levels,
                actors: participants,
                projects: some_of(&mut rng, projects.len(), 0, 1)
                    .into_iter()
                    .map(|p| projects[p].id.clone())
                    .collect(),
                founded: (rng.below(5) == 0).then(|| 1990 + rng.below(35) as u16),
                // Every tenth network has contact details, made from its
                // position (no draw from the generator, so the rest of the
                // data stays as it was): pages and kiosk QR codes need some.
                contact: (i % 10 == 0).then(|| Contact {
                    person: None,
                    phone: Some(format!("03641 49{:04}", i % 10_000)),
                    email: Some(format!("netzwerk{i}@example.org")),
                }),
                website: (i % 10 == 0).then(|| format!("https://example.org/netzwerk/{i}")),
                name,
                address: None,
                meeting_rhythm: None,
                image: None,
                reviewed: reviewed(i),
                maintainer: (i % 10 == 0).then(|| Maintainer {
                    name: "Redaktion Stadtteilnetz".to_owned(),
                    email: Some("redaktion@example.org".to_owned()),
                }),
                translations: Default::default(),
            }
        })
        .collect();

    Dataset {
        schema: None,
        format: FORMAT_VERSION,
        source: Source {
            title: "Synthetische Testdaten".to_owned(),
            publisher: "Stadtteilnetz-Benchmark".to_owned(),
        },
        publisher: Some(example_publisher()),
        easy_read: None,
        topics,
        target_groups,
        actors,
        projects,
        networks,
    }
}

/// A publisher with every detail, all of them visibly examples (addresses
/// at example.org, a street that says so): the test build shows each
/// detail on the legal pages, where the shipped data has only a name.
pub fn example_publisher() -> crate::model::Publisher {
    let s = |t: &str| Some(t.to_owned());
    crate::model::Publisher {
        name: "Stadtteilbüro Beispielstadt".to_owned(),
        body: s("Beispielstadt (Testdaten)"),
        represented_by: s("die Oberbürgermeisterin von Beispielstadt"),
        street: s("Beispielweg 1"),
        postcode: s("00000"),
        city: s("Beispielstadt"),
        email: s("stadtteilbuero@example.org"),
        phone: s("+49 000 000000"),
        website: s("https://example.org/stadtteilbuero"),
        responsible_for_content: s(
            "Leitung des Stadtteilbüros, Beispielweg 1, 00000 Beispielstadt",
        ),
        supervisory_authority: s("Aufsicht Beispielland (Testdaten)"),
        data_protection_officer: s("datenschutz@example.org"),
        data_protection_authority: s("Datenschutzaufsicht Beispielland (Testdaten)"),
        hosting: s("Beispiel-Rechenzentrum; es speichert keine Zugriffsprotokolle (Testdaten)"),
        enforcement_body: s(
            "Durchsetzungsstelle Beispielland, durchsetzung@example.org (Testdaten)",
        ),
        statement_date: crate::date::Date::parse("2026-11-30").ok(),
    }
}

/// For the app's test build: every 50th network gets an English
/// translation of its summary, made by a machine; every 100th was made from
/// a German summary that has changed since (its fingerprint is of another
/// text), so that pages show both translation notes. Kept out of
/// [`dataset`], so that the benchmarks' data stays as it was.
pub fn with_translations(mut data: Dataset) -> Dataset {
    use crate::model::{NetworkText, Origin, TranslationStatus};
    for (i, n) in data.networks.iter_mut().enumerate().step_by(50) {
        let mut text = NetworkText {
            summary: Some(format!("{} (in English)", n.summary.trim_end_matches('.'))),
            ..NetworkText::default()
        };
        let fingerprint = if i % 100 == 0 {
            let before = Network {
                summary: format!("{} Früher.", n.summary),
                ..n.clone()
            };
            crate::translation::fingerprint(&before, &text)
        } else {
            crate::translation::fingerprint(&*n, &text)
        };
        text.status = Some(TranslationStatus {
            origin: Origin::Machine,
            reviewed: false,
            fingerprint,
        });
        n.translations.insert(crate::model::Language::En, text);
    }
    data
}
