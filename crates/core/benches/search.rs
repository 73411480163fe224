//! Search benchmark: index build time, query latency (p50, p95) and index
//! memory on synthetic datasets of 1,000, 10,000 and 50,000 networks.
//!
//!     cargo bench -p stadtteilnetz-core --features synthetic --bench search
//!
//! Prints Markdown tables for BENCHMARKS.md. Memory is counted by a global
//! allocator wrapper: bytes held after building the index minus before.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use stadtteilnetz_core::directory::Directory;
use stadtteilnetz_core::search::SearchIndex;
use stadtteilnetz_core::synthetic;

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged and only
// counts the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// The fixed query list, by kind. Prefix sequences are typed letter by letter.
const QUERIES: &[(&str, &[&str])] = &[
    (
        "exact",
        &[
            "Jugendarbeit",
            "Integration",
            "Lobeda",
            "Quartiersmanagement",
            "Stadtteilbüro",
            "Ehrenamt",
        ],
    ),
    (
        "inflected (stem)",
        &[
            "Generationen",
            "Familie",
            "Verein",
            "Nachbarschaftsfest",
            "Schulen",
            "Treffpunkt",
        ],
    ),
    (
        "folded umlauts",
        &[
            "Buendnis",
            "Foerderung",
            "Fluechtlingshilfe",
            "Loebstedt",
            "Buergerverein",
            "Zwaetzen",
        ],
    ),
    (
        "prefix, letter by letter",
        &[
            "J", "Ju", "Jug", "Juge", "Jugen", "Jugend", "G", "Ge", "Gen", "Gene", "Gener", "S",
            "Sp", "Spr", "Spra", "Sprach", "W", "Wi", "Win", "Winz",
        ],
    ),
    (
        "compound part",
        &[
            "arbeit",
            "beratung",
            "treff",
            "förderung",
            "schutz",
            "garten",
        ],
    ),
    (
        "typo",
        &[
            "Jugnedarbeit",
            "Intgration",
            "Quartiersmanagment",
            "Nachbarschaftshilfr",
            "Gemeinwesnarbiet",
            "Wizerla",
        ],
    ),
    (
        "several words",
        &[
            "Jugend Lobeda",
            "Beratung für Familien in Winzerla",
            "offene Treffpunkte Generationen",
            "Kinder und Jugendliche Ferien",
            "Integration Sprache Nord",
        ],
    ),
    ("no result", &["Fußball", "xyzzy", "Schwimmbad Paris"]),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn micros(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1e6)
}

fn main() {
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 50_000]);
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);

    println!("| networks | documents | vocabulary | index build, median | index memory | query p50 | query p95 |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    let mut by_kind_rows = Vec::new();
    for &n in &sizes {
        let dir = Directory::new(synthetic::dataset(n, 42));

        let mut builds = Vec::new();
        for _ in 0..if n >= 50_000 { 5 } else { 9 } {
            let t = Instant::now();
            let index = black_box(SearchIndex::new(&dir));
            builds.push(t.elapsed());
            drop(index);
        }
        builds.sort();
        let before = LIVE.load(Ordering::Relaxed);
        let index = SearchIndex::new(&dir);
        let memory = LIVE.load(Ordering::Relaxed).saturating_sub(before);

        // Warm up, then time every query `rounds` times, interleaved.
        for (_, qs) in QUERIES {
            for q in *qs {
                black_box(index.search(q, 20));
            }
        }
        let mut all = Vec::new();
        let mut per_kind: Vec<(&str, Vec<Duration>)> =
            QUERIES.iter().map(|(k, _)| (*k, Vec::new())).collect();
        for _ in 0..rounds {
            for (k, (_, qs)) in QUERIES.iter().enumerate() {
                for q in *qs {
                    let t = Instant::now();
                    black_box(index.search(black_box(q), 20));
                    let d = t.elapsed();
                    all.push(d);
                    per_kind[k].1.push(d);
                }
            }
        }
        all.sort();
        println!(
            "| {n} | {} | {} | {:.1} ms | {:.1} MB | {} µs | {} µs |",
            index.len(),
            index.vocabulary_len(),
            percentile(&builds, 0.5).as_secs_f64() * 1e3,
            memory as f64 / 1e6,
            micros(percentile(&all, 0.5)),
            micros(percentile(&all, 0.95)),
        );
        for (kind, mut samples) in per_kind {
            samples.sort();
            by_kind_rows.push(format!(
                "| {n} | {kind} | {} µs | {} µs |",
                micros(percentile(&samples, 0.5)),
                micros(percentile(&samples, 0.95))
            ));
        }
    }
    println!();
    println!("| networks | query kind | p50 | p95 |");
    println!("|---:|---|---:|---:|");
    for row in by_kind_rows {
        println!("{row}");
    }
}
