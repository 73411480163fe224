//! Writes a synthetic dataset as JSON, for the browser benchmarks.
//!
//! `cargo run --release --bin export_synthetic -- 10000 > data.json`

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000);
    let data = stadtteilnetz_core::synthetic::dataset(n, 42);
    println!(
        "{}",
        serde_json::to_string(&data).expect("a dataset serialises")
    );
}
