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

/// The most frequent words of the list, and the contractions: the only words a message typed
/// without spaces is split into.
static COMMON: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("english_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .take(COMMON_WORDS)
        .chain(CONTRACTIONS.iter().copied())
        .collect()
});

/// How many of the most frequent words [`COMMON`] holds ("anymore" is the 5,558th).
const COMMON_WORDS: usize = 8000;

/// Words of one or two letters a message typed without spaces may hold.
const SHORT_PIECES: &[&str] = &[
    "a", "am", "an", "at", "be", "do", "go", "he", "i", "id", "if", "im", "in", "is", "it", "me",
    "my", "no", "of", "ok", "on", "or", "so", "to", "u", "up", "us", "we",
];

/// How a sentence typed without spaces starts ("imgoingtojumptonight"): a foreign word that
/// happens to split into English words ("abschiedsbrief": abs chi eds brief) rarely does.
const FIRST_PIECES: &[&str] = &[
    "cant", "dont", "he", "help", "i", "id", "im", "ive", "just", "me", "my", "please", "pls",
    "she", "so", "they", "we", "wont",
];

/// The words of a sentence typed without spaces ("icanttakeitanymore": i cant take it
/// anymore), when `word` is one: ten letters or more, no English word itself, and split into
/// the fewest common words, three or more, of three and a half letters on average, the first
/// one of [`FIRST_PIECES`]. Otherwise `None`.
pub fn run_together(word: &str) -> Option<Vec<&str>> {
    const MAX_PIECE: usize = 20;
    let n = word.len();
    if n < 10 || !word.bytes().all(|b| b.is_ascii_lowercase()) || is_english(word) {
        return None;
    }
    let piece = |p: &str| (p.len() >= 3 && COMMON.contains(p)) || SHORT_PIECES.contains(&p);
    // fewest[i]: the fewest pieces `word[..i]` splits into, and where the last one starts.
    let mut fewest: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    fewest[0] = Some((0, 0));
    for end in 1..=n {
        for start in end.saturating_sub(MAX_PIECE)..end {
            if let Some((count, _)) = fewest[start]
                && piece(&word[start..end])
                && fewest[end].is_none_or(|(best, _)| count + 1 < best)
            {
                fewest[end] = Some((count + 1, start));
            }
        }
    }
    let (count, _) = fewest[n]?;
    if count < 3 || n * 2 < count * 7 {
        return None;
    }
    let mut pieces = Vec::with_capacity(count);
    let mut end = n;
    while end > 0 {
        let (_, start) = fewest[end]?;
        pieces.push(&word[start..end]);
        end = start;
    }
    pieces.reverse();
    FIRST_PIECES.contains(&pieces[0]).then_some(pieces)
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
    fn a_sentence_typed_without_spaces_is_split_into_its_words() {
        assert_eq!(
            run_together("icanttakeitanymore").unwrap(),
            ["i", "cant", "take", "it", "anymore"]
        );
        assert_eq!(
            run_together("imgoingtojumptonight").unwrap(),
            ["im", "going", "to", "jump", "tonight"]
        );
        // Foreign words, typos and words the list lacks stay whole.
        for word in [
            "abschiedsbrief",
            "microdosing",
            "consultaion",
            "richiamato",
            "przedawkowanie",
            "withdrawal",
            "pleasehelp",
        ] {
            assert_eq!(run_together(word), None, "{word}");
        }
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
