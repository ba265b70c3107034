//! Typo distance with a budget: the optimal string alignment distance (Damerau–Levenshtein
//! where no part of a word is edited twice, `strsim::osa_distance`), but only when it is at
//! most a small number of edits.
//!
//! The crisis phrases, the not-covered list and the speller compare every word that may be a
//! typo with many candidates, and almost every comparison fails: strsim fills a table of
//! `len × len` cells (three rows allocated each call) to learn that "jumping" is far from
//! "jetty". With a budget of one or two edits the answer is known after a few characters:
//! strip what both words share at the start and end, then try the four edits at the first
//! difference with one edit less to spend. No allocation for ASCII words. The result is
//! exactly strsim's whenever it is within the budget (a property test holds the two together).

/// The edit distance between `a` and `b` when it is at most `budget`, else `None`.
pub fn osa_within(a: &str, b: &str, budget: usize) -> Option<usize> {
    if a.is_ascii() && b.is_ascii() {
        bounded(a.as_bytes(), b.as_bytes(), budget)
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        bounded(&a, &b, budget)
    }
}

/// Which letters a word has, as bits of a 64-bit mask (several letters may share a bit). One edit
/// adds or removes at most one letter and so flips at most two bits: two words within `budget`
/// edits differ in at most `2 × budget` bits. Comparing masks rules out nearly every pair of
/// words far apart for the cost of one instruction, before [`osa_within`] is asked.
pub fn letter_mask(letters: &[char]) -> u64 {
    letters.iter().fold(0, |mask, &c| {
        mask | 1 << ((c as u32).wrapping_mul(0x9E37_79B9) >> 26)
    })
}

/// Whether the masks of two words allow them to be within `budget` edits (see [`letter_mask`]).
pub fn masks_allow(a: u64, b: u64, budget: usize) -> bool {
    ((a ^ b).count_ones() as usize) <= 2 * budget
}

/// [`osa_within`] for words already decoded into characters.
pub fn osa_within_chars(a: &[char], b: &[char], budget: usize) -> Option<usize> {
    bounded(a, b, budget)
}

fn bounded<T: PartialEq>(a: &[T], b: &[T], budget: usize) -> Option<usize> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        let rest = a.len().max(b.len());
        return (rest <= budget).then_some(rest);
    }
    // Each edit costs one, so a length difference above the budget can never be made up.
    if budget == 0 || a.len().abs_diff(b.len()) > budget {
        return None;
    }
    let spend = budget - 1;
    let mut best = [
        bounded(&a[1..], &b[1..], spend),
        bounded(&a[1..], b, spend),
        bounded(a, &b[1..], spend),
    ]
    .into_iter()
    .flatten()
    .min();
    if a.len() > 1 && b.len() > 1 && a[0] == b[1] && a[1] == b[0] {
        let swapped = bounded(&a[2..], &b[2..], spend);
        best = best.into_iter().chain(swapped).min();
    }
    best.map(|edits| edits + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn typos_within_the_budget() {
        assert_eq!(osa_within("suicidal", "suicidal", 0), Some(0));
        assert_eq!(osa_within("sucidal", "suicidal", 1), Some(1));
        assert_eq!(
            osa_within("siucidal", "suicidal", 1),
            Some(1),
            "a swap is one edit"
        );
        assert_eq!(osa_within("breathin", "breathing", 2), Some(1));
        assert_eq!(osa_within("jumping", "jetty", 2), None);
        assert_eq!(osa_within("", "ab", 2), Some(2));
        assert_eq!(osa_within("ketamïne", "ketamine", 1), Some(1));
        assert_eq!(osa_within("ca", "abc", 3), Some(3), "no part edited twice");
    }

    fn agrees(a: &str, b: &str, budget: usize) -> bool {
        let full = strsim::osa_distance(a, b);
        osa_within(a, b, budget) == (full <= budget).then_some(full)
    }

    proptest! {
        // A small alphabet, so that near words, swaps and repeats come up often.
        #[test]
        fn the_same_as_strsim_within_the_budget(
            a in "[abc]{0,9}",
            b in "[abc]{0,9}",
            budget in 0usize..4,
        ) {
            prop_assert!(agrees(&a, &b, budget), "{a:?} {b:?} {budget}");
        }

        #[test]
        fn masks_never_rule_out_words_within_the_budget(
            a in "\\PC{0,12}",
            b in "\\PC{0,12}",
            budget in 0usize..3,
        ) {
            let (a_letters, b_letters): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            if osa_within(&a, &b, budget).is_some() {
                prop_assert!(masks_allow(letter_mask(&a_letters), letter_mask(&b_letters), budget));
            }
        }

        #[test]
        fn the_same_as_strsim_on_any_text(a in "\\PC{0,12}", b in "\\PC{0,12}", budget in 0usize..3) {
            prop_assert!(agrees(&a, &b, budget), "{a:?} {b:?} {budget}");
        }
    }
}
