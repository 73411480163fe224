//! The evaluation command's contract (BENCHMARKS.md, "Search on real
//! pages"): pages and questions in the formats of shared/benchmarks/omos-qa,
//! one line per question, `<question id>\t<page id>,…`, best first.

use std::process::Command;

const PAGES: &str = r#"{"id": "a:1", "city": "a", "de": {"title": "Deutschkurse", "text": "Deutschkurse\nSie möchten Deutsch lernen?\nDie Volkshochschule bietet Integrationskurse an."}, "en": {"title": "German courses", "text": "German courses\nDo you want to learn German?\nThe adult education centre offers integration courses."}}
{"id": "a:2", "city": "a", "de": {"title": "Kita-Platz", "text": "Kita-Platz\nSo finden Sie einen Platz in einer Kindertagesstätte.\nMelden Sie Ihr Kind früh an."}, "en": {"title": "Daycare place", "text": "Daycare place\nHow to find a place in a daycare centre.\nRegister your child early."}}
"#;

const QUESTIONS: &str = r#"{"id": "q1", "de": "Wo kann ich Deutsch lernen?", "en": "Where can I learn German?", "page": "a:1"}
{"id": "q2", "de": "Wie finde ich einen Platz in der Kita?", "en": "How do I find a daycare place?", "page": "a:2"}
{"id": "q3", "de": "Gibt es ein Schwimmbad?", "en": "Is there a swimming pool?", "page": "a:2"}
"#;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_search_eval"))
        .args(args)
        .output()
        .expect("search_eval runs")
}

#[test]
fn prints_the_best_pages_per_question_in_both_languages() {
    let dir = std::env::temp_dir().join(format!("search-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pages = dir.join("pages.jsonl");
    let questions = dir.join("questions.jsonl");
    std::fs::write(&pages, PAGES).unwrap();
    std::fs::write(&questions, QUESTIONS).unwrap();
    for lang in ["de", "en"] {
        let out = run(&[pages.to_str().unwrap(), questions.to_str().unwrap(), lang]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{lang}: {text}");
        assert!(lines[0].starts_with("q1\ta:1"), "{lang}: {}", lines[0]);
        assert!(lines[1].starts_with("q2\ta:2"), "{lang}: {}", lines[1]);
        // Nothing found: the id, a tab, nothing after it.
        assert_eq!(lines[2], "q3\t", "{lang}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_arguments_and_files_are_named() {
    let out = run(&["pages.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Aufruf: search_eval"));
    let out = run(&["/nonexistent/pages.jsonl", "/nonexistent/q.jsonl", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/pages.jsonl"));
    let out = run(&["/dev/null", "/dev/null", "fr"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("de oder en"));
}
