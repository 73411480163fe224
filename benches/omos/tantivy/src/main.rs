//! Tantivy's BM25 with its Snowball stemmer for the language, over the
//! pages of a pages file (title and text, the title boosted 2 as Integreat
//! boosts it in MiniSearch), answering every question of a questions file
//! (the formats of shared/benchmarks/omos-qa/). Prints the lines of
//! `search_eval` (`<question id>\t<page id>,…`, ten best) and, on stderr,
//! one query time in microseconds per line.
//!
//! `cargo run --release -- <pages.jsonl> <questions.jsonl> <de|en>`

use std::time::Instant;

use serde::Deserialize;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::{doc, Index, TantivyDocument};

#[derive(Deserialize)]
struct Text {
    title: String,
    text: String,
}

#[derive(Deserialize)]
struct Page {
    id: String,
    de: Text,
    en: Text,
}

#[derive(Deserialize)]
struct Question {
    id: String,
    de: String,
    en: String,
}

fn lines<T: serde::de::DeserializeOwned>(path: &str) -> Vec<T> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn main() -> tantivy::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [pages, questions, lang] = &args[..] else {
        eprintln!("usage: omos-tantivy <pages.jsonl> <questions.jsonl> <de|en>");
        std::process::exit(2);
    };
    let english = lang == "en";
    let pages: Vec<Page> = lines(pages);
    let questions: Vec<Question> = lines(questions);

    let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(if english {
            Language::English
        } else {
            Language::German
        }))
        .build();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("snowball")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    let mut schema = Schema::builder();
    let id = schema.add_text_field("id", STRING | STORED);
    let title = schema.add_text_field("title", options.clone());
    let text = schema.add_text_field("text", options);
    let index = Index::create_in_ram(schema.build());
    index.tokenizers().register("snowball", analyzer);
    let mut writer = index.writer(50_000_000)?;
    for p in &pages {
        let t = if english { &p.en } else { &p.de };
        writer.add_document(
            doc!(id => p.id.clone(), title => t.title.clone(), text => t.text.clone()),
        )?;
    }
    writer.commit()?;
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut parser = QueryParser::for_index(&index, vec![title, text]);
    parser.set_field_boost(title, 2.0);
    let mut out = String::new();
    let mut times = String::new();
    for q in &questions {
        let query_text = if english { &q.en } else { &q.de };
        let started = Instant::now();
        // Lenient: a question's punctuation is not query syntax.
        let (query, _) = parser.parse_query_lenient(query_text);
        let top = searcher.search(&query, &TopDocs::with_limit(10))?;
        let ids: Vec<String> = top
            .iter()
            .map(|(_, address)| {
                let d: TantivyDocument = searcher.doc(*address).expect("a stored document");
                d.get_first(id)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        times.push_str(&format!("{}\n", started.elapsed().as_micros()));
        out.push_str(&format!("{}\t{}\n", q.id, ids.join(",")));
    }
    print!("{out}");
    eprint!("{times}");
    Ok(())
}
