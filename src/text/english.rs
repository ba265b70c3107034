//! Which words are real English words, so that a real word is never taken for a typo: "chances"
//! is not a misspelt "changes", and "doing" is not a misspelt "dying".
//!
//! The list is the 50,000 most frequent words of SymSpell's English frequency dictionary (MIT
//! License), compiled into the binary.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

static WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("english_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .chain(CONTRACTIONS.iter().copied())
        .collect()
});

/// Contractions as they read once apostrophes are dropped ("who've" → "whove"): English, so
/// never taken for a typo of another word ("whove" is not a misspelt "whole"). The frequency
/// list has only some of them ("cant", "wont").
const CONTRACTIONS: &[&str] = &[
    "arent", "couldnt", "couldve", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "hed",
    "heres", "hows", "im", "isnt", "itd", "itll", "ive", "mightve", "mustnt", "mustve", "shouldnt",
    "shouldve", "thats", "theres", "theyd", "theyll", "theyre", "theyve", "wasnt", "werent",
    "weve", "whats", "wheres", "whod", "whos", "whove", "wouldnt", "wouldve", "youd", "youll",
    "youre", "youve",
];

/// Whether `word` (lowercase) is a common English word.
pub fn is_english(word: &str) -> bool {
    WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_are_english() {
        let mut sorted = CONTRACTIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, CONTRACTIONS);
        assert!(is_english("whove") && is_english("dont") && !is_english("whol"));
    }

    #[test]
    fn real_words_and_typos() {
        for word in [
            "chances",
            "doing",
            "dying",
            "bladder",
            "withdrawal",
            "spins",
        ] {
            assert!(is_english(word), "{word}");
        }
        for typo in ["withdrawl", "simptoms", "adictive", "ketamin", "sucidal"] {
            assert!(!is_english(typo), "{typo}");
        }
    }
}
