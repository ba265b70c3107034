//! Character similarity (Sørensen–Dice over character bigrams) with one side prepared once.
//!
//! The matcher compares the message with the closest phrasing of every candidate entry.
//! `strsim::sorensen_dice` builds a hashed bigram map for both strings on every call, which
//! was the largest single cost of answering; here each phrasing's bigrams are sorted once when
//! the knowledge is loaded and the message's once per question, and a comparison is a merge.
//! The result is exactly strsim's (a test holds the two to each other), quirks included: white
//! space is ignored, and the denominator counts bytes, as strsim's does.

/// A text's character bigrams, white space removed, sorted for merging.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bigrams {
    /// The text without white space: strsim calls two equal texts identical outright.
    compact: String,
    sorted: Vec<(char, char)>,
}

impl Bigrams {
    pub fn new(text: &str) -> Bigrams {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut sorted: Vec<(char, char)> = compact.chars().zip(compact.chars().skip(1)).collect();
        sorted.sort_unstable();
        Bigrams { compact, sorted }
    }

    /// Sørensen–Dice similarity, in 0.0..=1.0: twice the shared bigrams over all bigrams.
    pub fn dice(&self, other: &Bigrams) -> f64 {
        if self.compact == other.compact {
            return 1.0;
        }
        if self.compact.len() < 2 || other.compact.len() < 2 {
            return 0.0;
        }
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < self.sorted.len() && j < other.sorted.len() {
            match self.sorted[i].cmp(&other.sorted[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (2 * shared) as f64 / (self.compact.len() + other.compact.len() - 2) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dice(a: &str, b: &str) -> f64 {
        Bigrams::new(a).dice(&Bigrams::new(b))
    }

    #[test]
    fn matches_strsim_on_everyday_cases() {
        for (a, b) in [
            ("ketamin addict", "ketamin addict"),
            ("ketamin addict", "addict ketamin"),
            ("sign ketamin addict", "ketamin withdraw symptom"),
            ("aa aa", "aaaa"),
            ("", ""),
            ("a", "ab"),
            ("k", "ketamin"),
            ("kétamine 😀", "ketamine"),
            ("ab ab ab", "ab"),
        ] {
            assert_eq!(dice(a, b), strsim::sorensen_dice(a, b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn identical_and_disjoint_texts() {
        assert_eq!(dice("bladder pain", "bladder pain"), 1.0);
        assert_eq!(dice("xyz", "abc"), 0.0);
    }

    proptest! {
        #[test]
        fn equals_strsim_for_any_text(a in "\\PC{0,40}", b in "\\PC{0,40}") {
            prop_assert_eq!(dice(&a, &b), strsim::sorensen_dice(&a, &b));
        }

        #[test]
        fn equals_strsim_for_similar_words(a in "[abk ]{0,12}", b in "[abk ]{0,12}") {
            prop_assert_eq!(dice(&a, &b), strsim::sorensen_dice(&a, &b));
        }
    }
}
