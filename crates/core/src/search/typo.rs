//! Typo tolerance: how many edits a word may have, the edit distance itself,
//! and the deletion variants that find candidates without comparing a typed
//! word to the whole vocabulary (the "symmetric delete" method: two words are
//! within k edits only if deleting at most k letters from each gives a common
//! string).

/// Edits allowed for a typed word of `len` letters: one from 4, two from 8.
pub fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How deep the index stores deletions of a vocabulary word of `len`
/// letters: deep enough for every typed word that may match it
/// (typed words differ in length by at most the edits allowed).
pub fn index_depth(len: usize) -> usize {
    match len {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// Optimal-string-alignment distance (insert, delete, substitute, swap of two
/// neighbours), or `None` if it is above `max`.
pub fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let n = b.len();
    // Three rows: two back (for swaps), one back, current.
    let mut prev2: Vec<usize> = vec![0; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur: Vec<usize> = vec![0; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[n];
    (d <= max).then_some(d)
}

/// Multiplier of the polynomial hash below (odd, so every power is invertible).
const P: u64 = 0x100_0000_01b3;

/// The 64-bit polynomial hash folded to 32 bits.
fn finish(h: u64) -> u32 {
    ((h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) >> 32) as u32
}

/// Calls `f` with the hash of `word` and of every string made by deleting
/// up to `depth` (at most 2) of its letters. Repeats are possible; callers
/// verify candidates with [`distance_within`], so hash collisions are harmless.
///
/// The hash is polynomial (`h = h·P + c` per letter, wrapping), so that the
/// hash of any deletion comes from prefix hashes in constant time: a word of
/// `n` letters costs `n²/2` steps for depth 2, not `n³/2` (a third of the
/// index build was these hashes before).
pub fn for_each_deletion_hash(word: &[char], depth: usize, mut f: impl FnMut(u32)) {
    let n = word.len();
    // pre[k]: hash of word[..k]; pow[k]: P^k.
    let mut pre = Vec::with_capacity(n + 1);
    let mut pow = Vec::with_capacity(n + 1);
    pre.push(0u64);
    pow.push(1u64);
    for (k, &c) in word.iter().enumerate() {
        pre.push(pre[k].wrapping_mul(P).wrapping_add(u64::from(c) + 1));
        pow.push(pow[k].wrapping_mul(P));
    }
    // Hash of word[a..b].
    let sub = |a: usize, b: usize| pre[b].wrapping_sub(pre[a].wrapping_mul(pow[b - a]));
    f(finish(pre[n]));
    if depth >= 1 {
        for i in 0..n {
            // Deleting one of a run of equal letters gives the same string.
            if i > 0 && word[i] == word[i - 1] {
                continue;
            }
            f(finish(
                pre[i]
                    .wrapping_mul(pow[n - i - 1])
                    .wrapping_add(sub(i + 1, n)),
            ));
        }
    }
    if depth >= 2 {
        for i in 0..n {
            for j in i + 1..n {
                let left = pre[i]
                    .wrapping_mul(pow[j - i - 1])
                    .wrapping_add(sub(i + 1, j));
                f(finish(
                    left.wrapping_mul(pow[n - j - 1])
                        .wrapping_add(sub(j + 1, n)),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance_within(&a, &b, max)
    }

    #[test]
    fn distances() {
        assert_eq!(
            d("jugnedarbeit", "jugendarbeit", 2),
            Some(1),
            "a swap is one edit"
        );
        assert_eq!(d("intgration", "integration", 2), Some(1));
        assert_eq!(d("quartiersmanagment", "quartiersmanagement", 2), Some(1));
        assert_eq!(d("kitten", "sitting", 3), Some(3));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("", "abc", 3), Some(3));
        assert_eq!(d("abc", "abc", 0), Some(0));
        assert_eq!(
            d("ca", "abc", 3),
            Some(3),
            "OSA does not edit a swapped pair again"
        );
    }

    #[test]
    fn deletions_of_neighbours_meet() {
        let hashes = |w: &str, depth| {
            let chars: Vec<char> = w.chars().collect();
            let mut v = Vec::new();
            for_each_deletion_hash(&chars, depth, |h| v.push(h));
            v
        };
        let a = hashes("jugnedarbeit", 1);
        let b = hashes("jugendarbeit", 1);
        assert!(a.iter().any(|h| b.contains(h)));
        let a = hashes("gemeinwesnarbiet", 2);
        let b = hashes("gemeinwesenarbeit", 2);
        assert!(a.iter().any(|h| b.contains(h)));
    }

    #[test]
    fn a_deletion_hashes_as_the_shorter_word() {
        let first = |w: &str| {
            let chars: Vec<char> = w.chars().collect();
            let mut v = Vec::new();
            for_each_deletion_hash(&chars, 0, |h| v.push(h));
            v[0]
        };
        let all = |w: &str, depth| {
            let chars: Vec<char> = w.chars().collect();
            let mut v = Vec::new();
            for_each_deletion_hash(&chars, depth, |h| v.push(h));
            v
        };
        let one = all("beratung", 1);
        for shorter in ["eratung", "bratung", "beatung", "beratun"] {
            assert!(one.contains(&first(shorter)), "{shorter}");
        }
        let two = all("beratung", 2);
        for shorter in ["ratung", "beratu", "bratun", "eatung"] {
            assert!(two.contains(&first(shorter)), "{shorter}");
        }
        assert!(!two.contains(&first("ratungen")));
        assert_ne!(first("ab"), first("ba"));
    }

    #[test]
    fn allowed_edits_follow_word_length() {
        assert_eq!(allowed_edits(3), 0);
        assert_eq!(allowed_edits(4), 1);
        assert_eq!(allowed_edits(7), 1);
        assert_eq!(allowed_edits(8), 2);
        // Every typed length that may reach a stored word is covered by its depth.
        for stored in 0..40usize {
            for typed in stored.saturating_sub(2)..stored + 3 {
                let k = allowed_edits(typed);
                if typed.abs_diff(stored) <= k {
                    assert!(index_depth(stored) >= k, "stored {stored}, typed {typed}");
                }
            }
        }
    }
}
