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

/// FNV-1a over the chars of `word` except the positions in `skip`.
fn hash_skipping(word: &[char], skip: [usize; 2]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for (i, &c) in word.iter().enumerate() {
        if i == skip[0] || i == skip[1] {
            continue;
        }
        for byte in (c as u32).to_le_bytes() {
            h ^= u32::from(byte);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// Calls `f` with the hash of `word` and of every string made by deleting
/// up to `depth` (at most 2) of its letters. Repeats are possible; callers
/// verify candidates with [`distance_within`], so hash collisions are harmless.
pub fn for_each_deletion_hash(word: &[char], depth: usize, mut f: impl FnMut(u32)) {
    const NONE: usize = usize::MAX;
    f(hash_skipping(word, [NONE, NONE]));
    if depth >= 1 {
        for i in 0..word.len() {
            // Deleting one of a run of equal letters gives the same string.
            if i > 0 && word[i] == word[i - 1] {
                continue;
            }
            f(hash_skipping(word, [i, NONE]));
        }
    }
    if depth >= 2 {
        for i in 0..word.len() {
            for j in i + 1..word.len() {
                f(hash_skipping(word, [i, j]));
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
