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
        .collect()
});

/// Whether `word` (lowercase) is a common English word.
pub fn is_english(word: &str) -> bool {
    WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

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
