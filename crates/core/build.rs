//! Generates the search's character folding table (`OUT_DIR/fold_table.rs`)
//! from the Unicode data of `unicode-normalization`, so that the app ships a
//! few kilobytes for the scripts people type here instead of that crate's
//! tables for all of Unicode (about 49 KiB of the compressed bundle).
//! `tests/folding.rs` checks the result against the crate, character by
//! character.

use std::fmt::Write;
use std::path::Path;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Blocks whose characters fold by compatibility decomposition without
/// marks: Latin (with IPA and spacing modifiers), Greek, Cyrillic, Latin
/// and Greek extended, super- and subscripts, Latin ligatures, full- and
/// half-width forms. Elsewhere a character stays as it is (except marks).
const FOLDED_BLOCKS: &[(u32, u32)] = &[
    (0x00A0, 0x02FF),
    (0x0370, 0x04FF),
    (0x1E00, 0x1FFF),
    (0x2070, 0x209F),
    (0xFB00, 0xFB06),
    (0xFF00, 0xFFEF),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    folding_table();
}

fn folding_table() {
    let mut marks: Vec<(u32, u32)> = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        if is_combining_mark(c) {
            match marks.last_mut() {
                Some((_, hi)) if *hi + 1 == cp => *hi = cp,
                _ => marks.push((cp, cp)),
            }
        }
    }
    let mut folds: Vec<(char, String)> = Vec::new();
    for &(lo, hi) in FOLDED_BLOCKS {
        for cp in lo..=hi {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if is_combining_mark(c) {
                continue;
            }
            let mut folded = String::new();
            decompose_compatible(c, |d| {
                if !is_combining_mark(d) {
                    folded.push(d);
                }
            });
            if folded != c.to_string() {
                folds.push((c, folded));
            }
        }
    }
    let mut out = String::new();
    out.push_str("/// Combining marks (General Category M), as inclusive ranges, sorted.\n");
    out.push_str("pub(crate) static COMBINING_MARKS: &[(u32, u32)] = &[\n");
    for (lo, hi) in &marks {
        writeln!(out, "    (0x{lo:X}, 0x{hi:X}),").unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Characters of the folded blocks with their decomposition, marks dropped, sorted.\n",
    );
    out.push_str("pub(crate) static FOLDS: &[(char, &str)] = &[\n");
    for (c, folded) in &folds {
        writeln!(out, "    ({c:?}, {folded:?}),").unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// The blocks `FOLDS` covers, as inclusive ranges.\n");
    out.push_str("pub(crate) static FOLDED_BLOCKS: &[(u32, u32)] = &[\n");
    for (lo, hi) in FOLDED_BLOCKS {
        writeln!(out, "    (0x{lo:X}, 0x{hi:X}),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("fold_table.rs");
    std::fs::write(dest, out).unwrap();
}
