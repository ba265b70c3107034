//! Phrases staff write (crisis phrases, smalltalk, not-covered questions, synonyms) matched
//! against the words of a message, forgiving what people do on a phone.
//!
//! A phrase is words, matched in order:
//!
//! - a word matches the same word, another form of it (`jump` matches "jumping", "jumped": both
//!   stem to `jump`), and, when the message's word is not a real English word, a typo of it
//!   (`suicidal` matches "sucidal");
//! - `word*` matches every word starting with `word` (`suicid*`: suicide, suicidal);
//! - `=word` matches that exact word only (`=overdosing`, not "overdose");
//! - `...` lets the next word come up to [`WIDE_GAP`] words later (`how long ... last`).
//!
//! Between two words of a fuzzy phrase, up to `max_gap` other words may stand ("want to *just*
//! die"), but none before a reflexive pronoun, which follows its verb ("kill the spider
//! myself" is not "kill myself"). Exact phrases (synonyms) match word for word.

use std::collections::BTreeMap;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use super::edits::{letter_mask, masks_allow, osa_within_chars};
use super::english::is_english;
use crate::text;

/// How far `...` lets the next word be.
pub const WIDE_GAP: usize = 5;

/// Typos forgiven in a word of `len` characters: none for short words, where one letter makes
/// another word ("kill"/"pill", "od"/"oh"); one from five letters; two from nine.
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Whether message word `word` is pattern word `pattern` up to [`allowed_typos`]. A real
/// English word is never a typo of another ("doing" is not "dying").
pub fn same_word(word: &str, pattern: &str) -> bool {
    if word == pattern {
        return true;
    }
    if is_english(word) {
        return false;
    }
    let word: Vec<char> = word.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    typo_of(&word, &pattern)
}

/// Whether a word that may be a typo is one of `pattern`, both decoded into characters: within
/// the [`allowed_typos`] of the shorter of the two (so never when their lengths differ by more).
fn typo_of(word: &[char], pattern: &[char]) -> bool {
    typo_within_reach(word.len(), pattern.len())
        && osa_within_chars(word, pattern, allowed_typos(word.len().min(pattern.len()))).is_some()
}

/// Whether words of these lengths (in characters) can be typos of each other at all: the
/// cheap half of [`typo_of`], asked first where decoding a word's characters is the cost.
fn typo_within_reach(a: usize, b: usize) -> bool {
    let typos = allowed_typos(a.min(b));
    typos > 0 && a.abs_diff(b) <= typos
}

/// The words of a message, with what phrase matching needs of each.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub words: Vec<String>,
    stems: Vec<String>,
    /// Whether the word may be a typo (not a real English word).
    typo: Vec<bool>,
    /// Each word's characters, decoded once for the typo comparisons (their number is the
    /// word's length).
    letters: Vec<Vec<char>>,
    /// Each word's [`letter_mask`].
    masks: Vec<u64>,
    /// The [`key_hash`] of every word and every stem: a phrase that needs a word the message
    /// does not hold is ruled out before any comparison.
    present: FxHashSet<u64>,
    /// Bit `n` set when a word that may be a typo has `n` characters (63 for longer ones).
    typo_lengths: u64,
    /// See [`Tokens::mostly_english`].
    mostly_english: bool,
}

impl Tokens {
    pub fn new(words: Vec<String>) -> Tokens {
        Tokens::with_known(words, |_| false)
    }

    /// Like [`Tokens::new`], with more words known to be spelt right (the knowledge's own
    /// vocabulary: "ketamine" is no typo), which spares every typo-tolerant comparison.
    pub fn with_known(words: Vec<String>, known: impl Fn(&str) -> bool) -> Tokens {
        let stems = words.iter().map(|w| text::stem(w).into_owned()).collect();
        let typo: Vec<bool> = words.iter().map(|w| !is_english(w) && !known(w)).collect();
        let foreign = words
            .iter()
            .zip(&typo)
            .filter(|&(word, &typo)| {
                typo || (text::is_little_word_of_other_languages(word) && is_english(word))
            })
            .count();
        let mostly_english = foreign == 0 || words.len() - foreign > foreign;
        let letters: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
        let masks = letters.iter().map(|l| letter_mask(l)).collect();
        let present = words.iter().chain(&stems).map(|w| key_hash(w)).collect();
        let typo_lengths = letters
            .iter()
            .zip(&typo)
            .filter(|&(_, &typo)| typo)
            .fold(0u64, |bits, (letters, _)| bits | 1 << letters.len().min(63));
        Tokens {
            words,
            stems,
            typo,
            letters,
            masks,
            present,
            typo_lengths,
            mostly_english,
        }
    }

    /// Whether some word that may be a typo could be a typo of a word of `len` characters:
    /// [`typo_of`] forgives typos only where both have five characters or more, and at most two.
    fn may_hold_typo_of(&self, len: usize) -> bool {
        let low = len.saturating_sub(2).max(5);
        let high = (len + 2).min(63);
        low <= high && self.typo_lengths & (u64::MAX >> (63 - high)) >> low << low != 0
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the message is mostly in English: more of its words are English or known to be
    /// spelt right ("ket") than not, the little words of other languages that are English words
    /// too ("over", "van", "co": [`text::is_little_word_of_other_languages`]) counting as not. A message mostly in another language does not read its little words
    /// as English: "na" is "on" in "stoi na balkonie", not Narcotics Anonymous.
    pub fn mostly_english(&self) -> bool {
        self.mostly_english
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Each word's stem ([`text::stem`]), in order.
    pub fn stems(&self) -> &[String] {
        &self.stems
    }
}

/// The hash under which [`Tokens`] and [`Phrase`] file words and stems (and the speller its
/// deletions).
pub(crate) fn key_hash(word: &str) -> u64 {
    FxBuildHasher.hash_one(word)
}

/// One word of a phrase. Kept small: the shipped crisis rules hold about 30,000 of them
/// (boxed strings, the stem only where it differs, no decoded characters for whole words:
/// round 21's 3,000 more phrases and signal words cost 3.4 MB with a `String` for word and
/// stem and a `Vec<char>` each).
#[derive(Debug, Clone, PartialEq, Eq)]
enum PatternWord {
    /// This word, another form of it, or (fuzzy phrases) a typo of it.
    Word {
        word: Box<str>,
        /// Its stem ([`text::stem`]), when that is not the word itself.
        stem: Option<Box<str>>,
        /// Its length in characters.
        chars: u32,
        /// The [`key_hash`] of the word and of its stem.
        keys: [u64; 2],
    },
    /// Exactly this word (`=word`), with its [`key_hash`].
    Literal(Box<str>, u64),
    /// Any word starting with this (`word*`): (the beginning, its characters).
    Prefix(Box<str>, Box<[char]>),
}

impl PatternWord {
    /// A word matched as written, as another form, or (fuzzy phrases) as a typo. Its keys are
    /// hashed here, once, because every message asks for them ([`Phrase::may_occur_in`]).
    fn word(word: String) -> PatternWord {
        let stem = text::stem(&word).into_owned();
        let keys = [key_hash(&word), key_hash(&stem)];
        PatternWord::Word {
            chars: word.chars().count() as u32,
            stem: (stem != word).then(|| stem.into_boxed_str()),
            word: word.into_boxed_str(),
            keys,
        }
    }

    fn matches(&self, tokens: &Tokens, i: usize, fuzzy: bool, forms: bool) -> bool {
        let word = tokens.words[i].as_str();
        match self {
            PatternWord::Literal(p, _) => word == &**p,
            PatternWord::Word {
                word: p,
                stem,
                chars,
                ..
            } => {
                word == &**p
                    || (forms && tokens.stems[i] == stem.as_deref().unwrap_or(p))
                    || (fuzzy
                        && tokens.typo[i]
                        && typo_within_reach(tokens.letters[i].len(), *chars as usize)
                        && with_chars(p, |letters| typo_of(&tokens.letters[i], letters)))
            }
            PatternWord::Prefix(p, letters) => {
                if word.starts_with(&**p) {
                    return true;
                }
                let len = letters.len();
                if !fuzzy || !tokens.typo[i] || allowed_typos(len) == 0 {
                    return false;
                }
                // Compare the beginning of the word, one letter shorter or longer as well.
                let word_letters = &tokens.letters[i];
                // Within one edit, one of the first two letters of each is the other's: a cheap
                // test that spares the comparisons for nearly every word (this runs at every
                // unknown word of a message, for every `word*` phrase).
                let (w0, w1) = (word_letters.first(), word_letters.get(1));
                let (p0, p1) = (letters.first(), letters.get(1));
                let near_start = (w0.is_some() && (w0 == p0 || w0 == p1))
                    || (w1.is_some() && (w1 == p0 || w1 == p1));
                if !near_start && !word_letters.is_empty() && letters.len() > 1 {
                    return false;
                }
                (len.saturating_sub(1)..=len + 1).any(|n| {
                    n <= word_letters.len()
                        && osa_within_chars(&word_letters[..n], letters, 1).is_some()
                })
            }
        }
    }

    /// The key under which a phrase starting with this word is found, when it has one.
    fn key(&self) -> Option<&str> {
        match self {
            PatternWord::Word { word, stem, .. } => Some(stem.as_deref().unwrap_or(word)),
            PatternWord::Literal(word, _) => Some(word),
            PatternWord::Prefix(..) => None,
        }
    }
}

/// Calls `f` with the characters of `word`, decoded on the stack when the word is short.
fn with_chars<R>(word: &str, f: impl FnOnce(&[char]) -> R) -> R {
    const ON_STACK: usize = 32;
    let mut buffer = [' '; ON_STACK];
    let mut n = 0;
    for c in word.chars() {
        if n == ON_STACK {
            return f(&word.chars().collect::<Vec<char>>());
        }
        buffer[n] = c;
        n += 1;
    }
    f(&buffer[..n])
}

/// Whether `word` is a reflexive pronoun. It stands right after its verb, so no other word may
/// come before it in a match unless the phrase says `...`: "kill myself" is not "kill the
/// spider myself", nor "off myself" "come off ket myself".
fn is_reflexive(word: &str) -> bool {
    matches!(
        word,
        "myself"
            | "yourself"
            | "himself"
            | "herself"
            | "itself"
            | "ourselves"
            | "yourselves"
            | "themselves"
            | "themself"
            | "oneself"
            | "meself"
            | "urself"
    )
}

/// A phrase, compiled for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Each word with the number of message words allowed before it (after the previous one).
    words: Vec<(PatternWord, usize)>,
    /// Whether a word may be a typo of the pattern's.
    fuzzy: bool,
    /// Whether another form of a word matches (`jumping` for `jump`).
    forms: bool,
}

impl Phrase {
    /// Compiles `text`, forgiving typos and word forms, allowing `max_gap` other words between
    /// its words; `None` when it has no words.
    pub fn new(text: &str, max_gap: usize) -> Option<Phrase> {
        Phrase::compile(text, max_gap, true, true)
    }

    /// Compiles `text` to match its words as written or with typos, but not other forms of
    /// them ("helpful" does not match "help"), with no gaps.
    pub fn typo_tolerant(text: &str) -> Option<Phrase> {
        Phrase::compile(text, 0, true, false)
    }

    /// Compiles `text` to match word for word: no other forms, no typos, no gaps.
    pub fn exact(text: &str) -> Option<Phrase> {
        Phrase::compile(text, 0, false, false)
    }

    fn compile(text: &str, max_gap: usize, fuzzy: bool, forms: bool) -> Option<Phrase> {
        let mut words = Vec::new();
        let mut gap = max_gap;
        for raw in text.split_whitespace() {
            if raw == "..." || raw == "…" {
                gap = WIDE_GAP;
                continue;
            }
            let literal = raw.starts_with('=');
            let prefix = raw.ends_with('*');
            // A whole word is spelt out as a message's word is ("ur" as "your", "wanna" as
            // "want to"), or a phrase written as people type would never match.
            let mut parts = text::words(raw);
            if !literal && !prefix {
                let mut spelt = Vec::with_capacity(parts.len());
                for part in parts {
                    text::spell_out(part, &mut spelt);
                }
                parts = spelt;
            }
            let Some(last) = parts.pop() else { continue };
            for part in parts {
                words.push((PatternWord::word(part), gap));
                gap = max_gap;
            }
            if gap == max_gap && is_reflexive(&last) {
                gap = 0;
            }
            let word = if literal {
                let key = key_hash(&last);
                PatternWord::Literal(last.into_boxed_str(), key)
            } else if prefix {
                let letters = last.chars().collect();
                PatternWord::Prefix(last.into_boxed_str(), letters)
            } else {
                PatternWord::word(last)
            };
            words.push((word, gap));
            gap = max_gap;
        }
        (!words.is_empty()).then_some(Phrase {
            words,
            fuzzy,
            forms,
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

    /// The end of the match starting exactly at `start`, if any.
    pub fn match_at(&self, tokens: &Tokens, start: usize) -> Option<usize> {
        let ((first, _), rest) = self.words.split_first()?;
        if start >= tokens.len() || !first.matches(tokens, start, self.fuzzy, self.forms) {
            return None;
        }
        let mut position = start + 1;
        for (pattern, gap) in rest {
            let window = position..(position + gap + 1).min(tokens.len());
            let found = window
                .clone()
                .find(|&i| pattern.matches(tokens, i, self.fuzzy, self.forms))?;
            position = found + 1;
        }
        Some(position)
    }

    /// Whether the phrase occurs anywhere in `tokens`.
    pub fn occurs_in(&self, tokens: &Tokens) -> bool {
        self.may_occur_in(tokens, 0)
            && (0..tokens.len()).any(|start| self.match_at(tokens, start).is_some())
    }

    /// Whether `tokens` hold every word the phrase needs from its word `from` on: as written,
    /// as another form of it, or as a word that may be a typo of it (prefix words are not
    /// counted). A necessary condition, cheap: a few hash lookups.
    fn may_occur_in(&self, tokens: &Tokens, from: usize) -> bool {
        self.words.iter().skip(from).all(|(word, _)| match word {
            PatternWord::Word {
                chars,
                keys: [word, stem],
                ..
            } => {
                tokens.present.contains(word)
                    || (self.forms && stem != word && tokens.present.contains(stem))
                    || (self.fuzzy
                        && allowed_typos(*chars as usize) > 0
                        && tokens.may_hold_typo_of(*chars as usize))
            }
            PatternWord::Literal(_, key) => tokens.present.contains(key),
            PatternWord::Prefix(..) => true,
        })
    }
}

/// Many phrases, each with a value, found quickly: phrases are filed under their first word's
/// stem, so a message word only meets the phrases that can start with it (plus the few that
/// start with a prefix, and, for a word that may be a typo, every fuzzy phrase).
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    phrases: Vec<(Phrase, T)>,
    by_first: FxHashMap<String, Vec<usize>>,
    /// Phrases that start with a prefix word.
    open: Vec<usize>,
    /// Typo-tolerant phrases grouped by their first word, so a word that may be a typo is
    /// compared once with each distinct first word rather than once per phrase.
    fuzzy_first: Vec<FirstWord>,
    /// The first words of each length (in characters, the last entry for all longer ones), as
    /// (their [`letter_mask`], their position in `fuzzy_first`): a word that may be a typo is
    /// compared only with first words whose length differs by no more than the typos allowed,
    /// and their masks lie side by side, so that ruling out nearly all of them reads one
    /// array rather than a thousand scattered `FirstWord`s.
    fuzzy_by_length: Vec<Vec<(u64, u32)>>,
}

/// Lengths of first words told apart in [`PhraseSet`]'s `fuzzy_by_length`.
const FUZZY_LENGTHS: usize = 64;

/// A first word shared by typo-tolerant phrases.
#[derive(Debug, Clone)]
struct FirstWord {
    word: String,
    /// The key its phrases are filed under in [`PhraseSet::by_first`].
    key: String,
    /// Its characters, decoded once: their number changes by at most the typos allowed.
    letters: Vec<char>,
    /// Its [`letter_mask`].
    mask: u64,
    phrases: Vec<usize>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            phrases: Vec::new(),
            by_first: FxHashMap::default(),
            open: Vec::new(),
            fuzzy_first: Vec::new(),
            fuzzy_by_length: vec![Vec::new(); FUZZY_LENGTHS],
        }
    }
}

impl<T> PhraseSet<T> {
    pub fn new(phrases: impl IntoIterator<Item = (Phrase, T)>) -> PhraseSet<T> {
        let mut set = PhraseSet::default();
        // Sorted by word, so that matches come out in the same order on every run.
        let mut fuzzy_first: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
        for (phrase, value) in phrases {
            let i = set.phrases.len();
            match phrase.words.first().and_then(|(w, _)| w.key()) {
                Some(key) => set.by_first.entry(key.to_owned()).or_default().push(i),
                None => set.open.push(i),
            }
            if let (true, Some((PatternWord::Word { word, stem, .. }, _))) =
                (phrase.fuzzy, phrase.words.first())
            {
                fuzzy_first
                    .entry(word.to_string())
                    .or_insert_with(|| (stem.as_deref().unwrap_or(word).to_owned(), Vec::new()))
                    .1
                    .push(i);
            }
            set.phrases.push((phrase, value));
        }
        set.fuzzy_first = fuzzy_first
            .into_iter()
            .map(|(word, (key, phrases))| {
                let letters: Vec<char> = word.chars().collect();
                FirstWord {
                    mask: letter_mask(&letters),
                    letters,
                    word,
                    key,
                    phrases,
                }
            })
            .collect::<Vec<_>>();
        for (i, first) in set.fuzzy_first.iter().enumerate() {
            set.fuzzy_by_length[first.letters.len().min(FUZZY_LENGTHS - 1)]
                .push((first.mask, i as u32));
        }
        set
    }

    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// Starts matching one message: see [`Scan`].
    pub fn scan<'t>(&self, tokens: &'t Tokens) -> Scan<'_, 't, T> {
        Scan {
            set: self,
            tokens,
            possible: vec![Possible::Unknown; self.phrases.len()],
        }
    }

    /// Every match in `tokens`: (start, end, value), by start.
    pub fn find_all<'a>(&'a self, tokens: &'a Tokens) -> Vec<(usize, usize, &'a T)> {
        self.find_iter(tokens).collect()
    }

    /// The matches of [`PhraseSet::find_all`], found as they are asked for: a caller that
    /// stops at the first (the crisis phrases) spares the rest of a long message.
    pub fn find_iter<'a>(
        &'a self,
        tokens: &'a Tokens,
    ) -> impl Iterator<Item = (usize, usize, &'a T)> + 'a {
        let mut scan = self.scan(tokens);
        (0..tokens.len()).flat_map(move |start| {
            scan.matches_at(start)
                .into_iter()
                .map(move |(end, _, v)| (start, end, v))
        })
    }
}

/// Whether a phrase can occur in the message being scanned, once asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Possible {
    Unknown,
    Yes,
    No,
}

/// One message being matched against a [`PhraseSet`]. It remembers which phrases the message
/// cannot hold at all (a word they need is missing), so that a phrase starting with a common
/// word ("i …") is ruled out once per message rather than at every "i" of a long story.
pub struct Scan<'s, 't, T> {
    set: &'s PhraseSet<T>,
    tokens: &'t Tokens,
    possible: Vec<Possible>,
}

impl<'s, T> Scan<'s, '_, T> {
    /// Every phrase that matches starting at `start`: (end, phrase length in words, value).
    pub fn matches_at(&mut self, start: usize) -> Vec<(usize, usize, &'s T)> {
        let (set, tokens) = (self.set, self.tokens);
        let possible = &mut self.possible;
        let mut found = Vec::new();
        let mut consider = |i: usize| {
            let (phrase, value) = &set.phrases[i];
            if possible[i] == Possible::Unknown {
                // Its first word is at `start` (as filed, or as a typo of it): the rest decide.
                possible[i] = if phrase.may_occur_in(tokens, 1) {
                    Possible::Yes
                } else {
                    Possible::No
                };
            }
            if possible[i] == Possible::No {
                return;
            }
            if let Some(end) = phrase.match_at(tokens, start) {
                found.push((end, phrase.len(), value));
            }
        };
        // Each phrase is filed under one key, so the two lists never share a phrase.
        let (stem, word) = (&tokens.stems[start], &tokens.words[start]);
        for key in std::iter::once(stem).chain((word != stem).then_some(word)) {
            for &i in set.by_first.get(key.as_str()).into_iter().flatten() {
                consider(i);
            }
        }
        for &i in &set.open {
            consider(i);
        }
        if tokens.typo[start] {
            let word = tokens.words[start].as_str();
            let len = tokens.letters[start].len();
            if len >= 5 {
                let allowed = allowed_typos(len);
                // This runs for every unknown word of a message against every first word, so a
                // long message in another language makes thousands of comparisons: the lengths
                // and the letter masks (a necessary condition) rule out nearly all of them first.
                let (letters, mask) = (&tokens.letters[start], tokens.masks[start]);
                let lengths =
                    (len - allowed).min(FUZZY_LENGTHS - 1)..=(len + allowed).min(FUZZY_LENGTHS - 1);
                let mut typo_of_first: Vec<u32> = set.fuzzy_by_length[lengths]
                    .iter()
                    .flatten()
                    // The masks first: one instruction rules out nearly every first word (the
                    // same word has the same mask).
                    .filter(|&&(first_mask, _)| masks_allow(mask, first_mask, allowed))
                    .map(|&(_, f)| f)
                    .filter(|&f| {
                        let first = &set.fuzzy_first[f as usize];
                        // The word itself or a typo of it, unless its phrases were already
                        // tried by their key above.
                        (word == first.word || typo_of(letters, &first.letters))
                            && first.key != *stem
                            && first.key != *word
                    })
                    .collect();
                // In the order of the words, as before the lengths were told apart: the
                // matches come out in the same order on every run.
                typo_of_first.sort_unstable();
                for f in typo_of_first {
                    set.fuzzy_first[f as usize]
                        .phrases
                        .iter()
                        .for_each(|&i| consider(i));
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Tokens {
        Tokens::new(text::words(text))
    }

    #[test]
    fn a_phrase_is_read_as_a_message_is() {
        // Messages spell out "ur" and "wanna": so do phrases written that way.
        let message = Tokens::new(text::rule_words("nah ur alright thanks"));
        let phrase = Phrase::typo_tolerant("nah ur alright").unwrap();
        assert_eq!(phrase.match_at(&message, 0), Some(3));
        let wanna = Phrase::new("wanna die", 2).unwrap();
        assert!(
            wanna
                .match_at(&Tokens::new(text::rule_words("i wanna die")), 1)
                .is_some()
        );
        // Prefixes and exact words are taken as written.
        assert!(
            Phrase::new("=ur", 0)
                .unwrap()
                .match_at(&t("ur"), 0)
                .is_some()
        );
    }

    #[test]
    fn no_word_stands_between_a_verb_and_its_reflexive_pronoun() {
        let kill = Phrase::new("kill myself", 2).unwrap();
        assert!(kill.occurs_in(&t("i want to kill myself")));
        assert!(kill.occurs_in(&t("im killing myself tonight")));
        assert!(!kill.occurs_in(&t("ill kill the spider myself")));
        let off = Phrase::new("off myself", 2).unwrap();
        assert!(off.occurs_in(&t("thinking of offing myself")));
        assert!(!off.occurs_in(&t("can i come off ket myself at home")));
        // An exact word (`=myself`) reaches the check already without its `=`.
        let exact = Phrase::new("kill =myself", 2).unwrap();
        assert!(!exact.occurs_in(&t("ill kill the spider myself")));
        // Other words keep their gaps, and `...` still reaches a pronoun further on.
        assert!(kill.occurs_in(&t("kill kill myself")));
        assert!(
            Phrase::new("want to hurt myself", 2)
                .unwrap()
                .occurs_in(&t("i want to really hurt myself"))
        );
        assert!(
            Phrase::new("cut ... myself", 2)
                .unwrap()
                .occurs_in(&t("cut deep into myself"))
        );
    }

    #[test]
    fn a_words_characters_are_decoded_on_the_stack_or_not_at_all_the_same() {
        let short = "sucidal";
        let long = "a".repeat(40) + "é";
        for word in [short, long.as_str(), ""] {
            let expected: Vec<char> = word.chars().collect();
            assert_eq!(with_chars(word, |c| c.to_vec()), expected);
        }
    }

    #[test]
    fn a_typo_of_a_whole_word_is_found_without_its_decoded_characters() {
        let phrase = Phrase::new("suicidal thoughts", 2).unwrap();
        assert!(phrase.match_at(&t("sucidal thoughts"), 0).is_some());
        // Two letters missing is one too many for a word of six, and a word three letters
        // longer is not compared at all.
        assert!(phrase.match_at(&t("sucdal thoughts"), 0).is_none());
        assert!(phrase.match_at(&t("suicidalxyz thoughts"), 0).is_none());
    }

    #[test]
    fn a_message_is_mostly_english_when_most_words_are_english_or_known() {
        let known = |text: &str| {
            Tokens::with_known(text::words(text), |w| {
                [
                    "ket",
                    "ketamine",
                    "ketamin",
                    "nghien",
                    "entzugserscheinungen",
                ]
                .contains(&w)
            })
        };
        assert!(known("NA for ket?").mostly_english());
        assert!(
            known("is NA any good for ket heads or is it just for smackheads").mostly_english()
        );
        assert!(known("can k damage my liver over time").mostly_english());
        assert!(!known("ON STOI NA BARIERCE BALKONU").mostly_english());
        assert!(
            !known("ketamine co gay nghien khong").mostly_english(),
            "\"co\" and \"gay\" are English words, and Vietnamese little words here"
        );
        assert!(!known("kann man von ketamin entzugserscheinungen bekommen").mostly_english());
        assert!(
            !known("e periculos sa te lasi de ketamina").mostly_english(),
            "\"de\" and \"te\" are little words of other languages"
        );
    }

    #[test]
    fn typos_are_forgiven_in_longer_unknown_words_only() {
        assert!(same_word("suicidal", "suicidal"));
        assert!(same_word("sucidal", "suicidal"));
        assert!(same_word("breathin", "breathing"));
        assert!(!same_word("pill", "kill"));
        assert!(!same_word("od", "oh"));
        assert!(!same_word("doing", "dying"), "a real word is not a typo");
    }

    #[test]
    fn other_forms_of_a_word_match() {
        let p = Phrase::new("jump off", 2).unwrap();
        assert!(p.occurs_in(&t("im jumping off the bridge")));
        assert!(
            Phrase::new("want to die", 2)
                .unwrap()
                .occurs_in(&t("she wants to die"))
        );
        assert!(
            !Phrase::exact("jump off")
                .unwrap()
                .occurs_in(&t("jumping off"))
        );
    }

    #[test]
    fn literal_words_match_exactly() {
        let p = Phrase::new("=overdosing", 0).unwrap();
        assert!(p.occurs_in(&t("i think im overdosing")));
        assert!(!p.occurs_in(&t("can you overdose on ket")));
    }

    #[test]
    fn prefixes_with_and_without_typos() {
        let p = Phrase::new("suicid*", 0).unwrap();
        for yes in [
            "suicide", "suicidal", "sucidal", "suicdal", "suiside", "suicidle",
        ] {
            assert!(p.match_at(&t(yes), 0).is_some(), "{yes}");
        }
        assert!(p.match_at(&t("suit"), 0).is_none());
        assert!(
            Phrase::exact("suicid*")
                .unwrap()
                .match_at(&t("sucidal"), 0)
                .is_none()
        );
    }

    #[test]
    fn gaps_between_phrase_words() {
        let p = Phrase::new("want to die", 2).unwrap();
        assert_eq!(p.match_at(&t("i just want to honestly die"), 2), Some(6));
        assert!(!p.occurs_in(&t("i want to know if you can die from it")));
        assert!(
            !Phrase::new("want to die", 0)
                .unwrap()
                .occurs_in(&t("want to just die"))
        );
        let wide = Phrase::new("how long ... last", 1).unwrap();
        assert!(wide.occurs_in(&t("how long does a ketamine high last")));
        assert!(
            !Phrase::new("how long last", 1)
                .unwrap()
                .occurs_in(&t("how long does a ketamine high last"))
        );
    }

    #[test]
    fn a_set_finds_phrases_by_their_first_word() {
        let set = PhraseSet::new(
            ["kill myself", "suicid*", "not breathing"].map(|p| (Phrase::new(p, 2).unwrap(), p)),
        );
        let found: Vec<&str> = set
            .find_all(&t("he is not breathing and i feel sucidal"))
            .into_iter()
            .map(|(_, _, v)| *v)
            .collect();
        assert_eq!(found, ["not breathing", "suicid*"]);
        assert!(set.find_all(&t("is ketamine addictive")).is_empty());
    }

    #[test]
    fn a_typo_of_a_first_word_is_found_among_first_words_of_its_length() {
        let long = "abcdefghij".repeat(7);
        let phrases = ["unconscious friend", "overdosed tonight", "breathing badly"];
        let set = PhraseSet::new(
            phrases
                .into_iter()
                .chain([long.as_str()])
                .map(|p| (Phrase::new(p, 2).unwrap(), p.to_owned())),
        );
        let found = |text: &str| -> Vec<String> {
            set.find_all(&t(text))
                .into_iter()
                .map(|(_, _, v)| v.clone())
                .collect()
        };
        // A letter dropped (one shorter), one added (one longer), two swapped (same length).
        assert_eq!(found("my unconcious friend"), ["unconscious friend"]);
        assert_eq!(found("he overdossed tonight"), ["overdosed tonight"]);
        assert_eq!(found("hes braething badly"), ["breathing badly"]);
        // Words longer than the last length told apart still meet each other.
        let slip = format!("{}x", &long[..69]);
        assert_eq!(found(&slip), [long]);
        assert!(found("unconsciousness everywhere").is_empty());
    }

    #[test]
    fn ruling_a_phrase_out_early_never_loses_a_match() {
        // Each needed word held as written, as another form, or only as a typo of it; and
        // phrase words of every kind, typo lengths at both ends of what is forgiven.
        let phrases = [
            "want to die",
            "took too many pills",
            "=overdosing now",
            "cant wake him",
            "goodbye forever",
            "suicid* thoughts",
        ];
        let set = PhraseSet::new(phrases.map(|p| (Phrase::new(p, 2).unwrap(), p)));
        for message in [
            "i really want to die tonight",
            "i wanted to be dying",
            "i want to dieee",
            "he tooook to many pillls",
            "i am overdosing now",
            "i am overdosed now",
            "we cant wake him up",
            "goodbyee forevr everyone",
            "goodbye for now",
            "having suicidle thoughts again",
            "is ketamine addictive",
            "i i i i want want to to die die",
        ] {
            let tokens = t(message);
            let found: Vec<(usize, usize, &&str)> = set.find_all(&tokens);
            // The definition: every phrase tried at every start, nothing ruled out.
            let expected: Vec<(usize, usize, &&str)> = (0..tokens.len())
                .flat_map(|start| {
                    let mut here: Vec<(usize, usize, &&str)> = set
                        .phrases
                        .iter()
                        .filter_map(|(p, v)| p.match_at(&tokens, start).map(|end| (start, end, v)))
                        .collect();
                    here.sort_by_key(|(_, _, v)| phrases.iter().position(|p| p == *v));
                    here
                })
                .collect();
            let mut sorted = found.clone();
            sorted.sort_by_key(|(s, _, v)| (*s, phrases.iter().position(|p| p == *v)));
            assert_eq!(sorted, expected, "{message}");
        }
        assert!(set.find_all(&t("goodbye for now")).is_empty());
        assert!(!set.find_all(&t("goodbyee forevr everyone")).is_empty());
    }

    #[test]
    fn a_typo_may_stand_for_a_word_only_near_its_length() {
        let tokens = t("xqzvbnm"); // seven letters, not English
        assert!(tokens.may_hold_typo_of(5) && tokens.may_hold_typo_of(9));
        assert!(!tokens.may_hold_typo_of(4) && !tokens.may_hold_typo_of(10));
        assert!(!t("the cat").may_hold_typo_of(5), "real words are no typos");
    }
}
