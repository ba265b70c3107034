//! Phrases staff write (crisis phrases, smalltalk, synonyms) matched against the words of a
//! message, forgiving the typos people make on a phone.

use crate::text;

/// Typos forgiven in a word of `len` characters: none for short words, where one letter makes
/// another word ("kill"/"pill", "od"/"oh"); one from five letters; two from nine.
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether message word `word` is pattern word `pattern`, up to [`allowed_typos`]. A real
/// English word is never a typo of another ("doing" is not "dying").
pub fn same_word(word: &str, pattern: &str) -> bool {
    if word == pattern {
        return true;
    }
    if super::english::is_english(word) {
        return false;
    }
    let typos = allowed_typos(pattern.chars().count().min(word.chars().count()));
    typos > 0 && strsim::osa_distance(word, pattern) <= typos
}

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PatternWord {
    /// Must be this word (up to typos).
    Exact(String),
    /// Any word starting with this (`suicid*`).
    Prefix(String),
}

impl PatternWord {
    fn matches(&self, word: &str, fuzzy: bool) -> bool {
        match self {
            PatternWord::Exact(p) if fuzzy => same_word(word, p),
            PatternWord::Exact(p) => word == p,
            PatternWord::Prefix(p) => {
                if word.starts_with(p.as_str()) {
                    return true;
                }
                let len = p.chars().count();
                if !fuzzy || allowed_typos(len) == 0 || super::english::is_english(word) {
                    return false;
                }
                // Compare the beginning of the word, one letter shorter or longer as well.
                (len.saturating_sub(1)..=len + 1).any(|n| {
                    let head: String = word.chars().take(n).collect();
                    head.chars().count() == n && strsim::osa_distance(&head, p) <= 1
                })
            }
        }
    }
}

/// A phrase of one or more words, compiled for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    words: Vec<PatternWord>,
    /// Extra message words allowed between two phrase words.
    max_gap: usize,
    /// Whether words may differ by typos.
    fuzzy: bool,
}

/// Where a phrase matched: message words `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Phrase {
    /// Compiles `text` (`kill myself`, `suicid*`), forgiving typos and allowing `max_gap`
    /// extra words between its words; `None` when it has no words.
    pub fn new(text: &str, max_gap: usize) -> Option<Phrase> {
        Phrase::compile(text, max_gap, true)
    }

    /// Compiles `text` to match word for word, without typos or gaps.
    pub fn exact(text: &str) -> Option<Phrase> {
        Phrase::compile(text, 0, false)
    }

    fn compile(text: &str, max_gap: usize, fuzzy: bool) -> Option<Phrase> {
        let words: Vec<PatternWord> = text
            .split_whitespace()
            .flat_map(|raw| {
                let prefix = raw.ends_with('*');
                let mut parts = text::words(raw);
                let last = parts.pop();
                parts
                    .into_iter()
                    .map(PatternWord::Exact)
                    .chain(last.map(|w| {
                        if prefix {
                            PatternWord::Prefix(w)
                        } else {
                            PatternWord::Exact(w)
                        }
                    }))
                    .collect::<Vec<_>>()
            })
            .collect();
        (!words.is_empty()).then_some(Phrase {
            words,
            max_gap,
            fuzzy,
        })
    }

    /// Number of words in the phrase.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the phrase has no words (never true for a compiled phrase).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Every place the phrase occurs in `words`, leftmost first.
    pub fn find_all(&self, words: &[String]) -> Vec<Span> {
        let mut spans = Vec::new();
        for start in 0..words.len() {
            if let Some(end) = self.match_at(words, start) {
                spans.push(Span { start, end });
            }
        }
        spans
    }

    /// The end of the match starting exactly at `start`, if any.
    pub fn match_at(&self, words: &[String], start: usize) -> Option<usize> {
        let (first, rest) = self.words.split_first()?;
        if !first.matches(words.get(start)?, self.fuzzy) {
            return None;
        }
        let mut position = start + 1;
        for pattern in rest {
            let window = position..(position + self.max_gap + 1).min(words.len());
            let found = window
                .clone()
                .find(|&i| pattern.matches(&words[i], self.fuzzy))?;
            position = found + 1;
        }
        Some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Vec<String> {
        text::words(text)
    }

    #[test]
    fn typos_are_forgiven_in_longer_words_only() {
        assert!(same_word("suicidal", "suicidal"));
        assert!(same_word("sucidal", "suicidal"));
        assert!(same_word("overdoes", "overdose"));
        assert!(same_word("breathin", "breathing"));
        assert!(!same_word("pill", "kill"));
        assert!(!same_word("od", "oh"));
        assert!(!same_word("myself", "yourself"));
        assert!(!same_word("doing", "dying"), "a real word is not a typo");
    }

    #[test]
    fn prefixes_with_and_without_typos() {
        let p = Phrase::new("suicid*", 0).unwrap();
        for yes in [
            "suicide", "suicidal", "sucidal", "suicdal", "suiside", "suicidle",
        ] {
            assert!(p.match_at(&w(yes), 0).is_some(), "{yes}");
        }
        assert!(p.match_at(&w("suit"), 0).is_none());
        assert!(
            Phrase::exact("suicid*")
                .unwrap()
                .match_at(&w("sucidal"), 0)
                .is_none()
        );
    }

    #[test]
    fn gaps_between_phrase_words() {
        let p = Phrase::new("want to die", 2).unwrap();
        assert_eq!(
            p.find_all(&w("i just want to honestly die")),
            vec![Span { start: 2, end: 6 }]
        );
        assert!(
            p.find_all(&w("i want to know if you can die from it"))
                .is_empty()
        );
        let strict = Phrase::new("want to die", 0).unwrap();
        assert!(strict.find_all(&w("want to just die")).is_empty());
    }

    #[test]
    fn apostrophes_and_case_are_ignored() {
        let p = Phrase::new("don't want to live", 0).unwrap();
        assert_eq!(p.len(), 4);
        assert!(!p.find_all(&w("I DONT want to live")).is_empty());
    }
}
