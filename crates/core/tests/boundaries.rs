//! The core stays pure: nothing of the browser or of Leptos among its
//! normal and build dependencies, so that it, `validate` and these tests
//! build natively in a fraction of the app's time.

#[test]
fn the_core_depends_on_nothing_of_the_browser() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = std::process::Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "-p",
            "stadtteilnetz-core",
            "--all-features",
            "-e",
            "normal,build",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: std::collections::BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for forbidden in ["leptos", "web-sys", "wasm-bindgen", "js-sys", "gloo"] {
        let found: Vec<_> = crates.iter().filter(|c| c.starts_with(forbidden)).collect();
        assert!(found.is_empty(), "the core depends on {found:?}");
    }
    // A tenth of what the single crate pulled in before the split (about 310).
    assert!(crates.len() <= 31, "{} crates: {crates:?}", crates.len());
}

/// The modules a source file names with `crate::…` or `super::…` (the
/// module path, as far as it is a file of the crate), tests aside.
fn references(src: &std::path::Path, file: &std::path::Path) -> Vec<String> {
    let module = module_of(src, file);
    let text = std::fs::read_to_string(file).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let parent: Vec<&str> = module.split("::").collect();
    let mut out = Vec::new();
    for (i, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let path: String = code[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        let mut base: Vec<&str> = Vec::new();
        if parts.first() == Some(&"super") {
            parts.remove(0);
            base = parent[..parent.len().saturating_sub(1)].to_vec();
        } else {
            parts.remove(0);
        }
        // The longest prefix of the path that is a module file.
        let mut best = None;
        for n in 1..=parts.len() {
            let candidate = base
                .iter()
                .copied()
                .chain(parts[..n].iter().copied())
                .collect::<Vec<_>>();
            if module_file(src, &candidate).is_some() {
                best = Some(candidate.join("::"));
            }
        }
        if let Some(target) =
            best.filter(|t| *t != module && !module.starts_with(&format!("{t}::")))
        {
            out.push(target);
        }
    }
    out.sort();
    out.dedup();
    out
}

fn module_file(src: &std::path::Path, parts: &[&str]) -> Option<std::path::PathBuf> {
    let path = parts.join("/");
    [
        src.join(format!("{path}.rs")),
        src.join(format!("{path}/mod.rs")),
    ]
    .into_iter()
    .find(|p| p.exists())
}

fn module_of(src: &std::path::Path, file: &std::path::Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .filter(|p| p != "mod" && p != "lib")
        .collect();
    parts.join("::")
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// "No import cycles between modules": in the core and in the UI crate,
/// no module reaches itself through the modules it names.
#[test]
fn modules_depend_on_each_other_one_way() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in ["core", "ui", "redaktion"] {
        let src = root.join(krate).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let graph: std::collections::BTreeMap<String, Vec<String>> = files
            .iter()
            .map(|f| (module_of(&src, f), references(&src, f)))
            .filter(|(m, _)| !m.is_empty())
            .collect();
        assert!(graph.len() > 10, "{krate}: read the modules: {graph:?}");
        // Depth-first search for a path back to where it started.
        fn visit(
            graph: &std::collections::BTreeMap<String, Vec<String>>,
            node: &str,
            path: &mut Vec<String>,
            done: &mut std::collections::BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(i) = path.iter().position(|p| p == node) {
                let mut cycle = path[i..].to_vec();
                cycle.push(node.to_owned());
                return Some(cycle);
            }
            if !done.insert(node.to_owned()) {
                return None;
            }
            path.push(node.to_owned());
            for next in graph.get(node).into_iter().flatten() {
                if let Some(cycle) = visit(graph, next, path, done) {
                    return Some(cycle);
                }
            }
            path.pop();
            None
        }
        let mut done = std::collections::BTreeSet::new();
        for node in graph.keys() {
            let cycle = visit(&graph, node, &mut Vec::new(), &mut done);
            assert!(
                cycle.is_none(),
                "{krate}: modules import each other: {}",
                cycle.unwrap().join(" → ")
            );
        }
    }
}
