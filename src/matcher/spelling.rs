//! Spelling correction against the knowledge's own vocabulary ("withdrawl" → "withdrawal").
//!
//! Candidates are found with a symmetric-delete table (every known word and each of its
//! one-letter deletions point back to the word), so a lookup costs a few hash probes per
//! misspelled word whatever the size of the vocabulary; [`strsim::osa_distance`] then checks the
//! real distance. Short words are never corrected ("ket" stays "ket"), and a drug name is only
//! ever reached by a single typo, so one drug never becomes another. A real English word the
//! knowledge does not use ("chances", "insurance") is left as it is: it is not a typo, unless
//! it is a knowledge word with two inner letters swapped ("brian", "sings"). A word no typo
//! of one letter explains may still sound like a knowledge word: "medisin" is "medicine",
//! "brane" is "brain" (the same Metaphone code, the same first letter, two edits away).

use std::collections::HashSet;
use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::edits::osa_within;
use crate::text::phrase::{allowed_typos, key_hash};

/// Words shorter than this are never a correction (they would be reached from too many typos).
const MIN_CANDIDATE_CHARS: usize = 4;

/// A real English word shorter than this is never read as a slip ("acts", "form").
const MIN_TRANSPOSED_CHARS: usize = 5;

/// A word spelt by ear is corrected from this many letters…
const MIN_SOUNDALIKE_CHARS: usize = 5;
/// …to a word that sounds the same and is at most this many edits away.
const MAX_SOUNDALIKE_EDITS: usize = 2;

/// Marks a delete-table value that indexes [`Speller::shared`] rather than naming a word.
const SHARED: u32 = 1 << 31;

/// The known words and the tables to find near ones.
#[derive(Debug, Clone, Default)]
pub struct Speller {
    /// (word, number of entries using it).
    words: Vec<(String, u32)>,
    known: FxHashMap<String, u32>,
    /// The hash of every candidate word and of each of its one-letter deletions → the words it
    /// points back to: a word's id when it is one (most keys), else [`SHARED`] and an index
    /// into `shared`. Keyed by a hash, not the string: the table holds about ten keys a word,
    /// and a collision only adds a candidate that the distance check then turns down.
    deletes: FxHashMap<u64, u32>,
    shared: Vec<Vec<u32>>,
    /// Metaphone code → the words that have it.
    sounds: FxHashMap<String, Vec<u32>>,
    protected: FxHashSet<String>,
}

impl Speller {
    /// `vocabulary`: words with how often they occur; `protected`: names (drugs) that a
    /// correction may reach only from one typo away.
    pub fn new(
        vocabulary: impl IntoIterator<Item = (String, u32)>,
        protected: impl IntoIterator<Item = String>,
    ) -> Speller {
        let mut speller = Speller {
            protected: protected.into_iter().collect(),
            ..Speller::default()
        };
        for (word, count) in vocabulary {
            if let Some(&id) = speller.known.get(&word) {
                speller.words[id as usize].1 += count;
                continue;
            }
            let id = speller.words.len() as u32;
            speller.known.insert(word.clone(), id);
            if word.chars().count() >= MIN_CANDIDATE_CHARS
                && !word.chars().any(|c| c.is_ascii_digit())
            {
                speller.point(&word, id);
                for variant in deletions(&word) {
                    speller.point(&variant, id);
                }
                // A drug name is never reached by ear: one drug must not become another.
                if let Some(code) = sound_of(&word)
                    && !speller.protected.contains(&word)
                {
                    speller.sounds.entry(code).or_default().push(id);
                }
            }
            speller.words.push((word, count));
        }
        speller
    }

    /// Files word `id` under `key` in the delete table.
    fn point(&mut self, key: &str, id: u32) {
        match self.deletes.entry(key_hash(key)) {
            Entry::Vacant(vacant) => {
                vacant.insert(id);
            }
            Entry::Occupied(mut occupied) => {
                let filed = *occupied.get();
                if filed & SHARED != 0 {
                    let ids = &mut self.shared[(filed & !SHARED) as usize];
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                } else if filed != id {
                    self.shared.push(vec![filed, id]);
                    *occupied.get_mut() = SHARED | (self.shared.len() - 1) as u32;
                }
            }
        }
    }

    /// The words filed under `key` in the delete table.
    fn pointed_from(&self, key: &str) -> &[u32] {
        match self.deletes.get(&key_hash(key)) {
            None => &[],
            Some(&filed) if filed & SHARED != 0 => &self.shared[(filed & !SHARED) as usize],
            Some(filed) => std::slice::from_ref(filed),
        }
    }

    /// Whether `word` is in the vocabulary.
    pub fn is_known(&self, word: &str) -> bool {
        self.known.contains_key(word)
    }

    /// Number of known words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The known word `word` most likely meant, when it is not known itself.
    pub fn correct(&self, word: &str) -> Option<&str> {
        if self.is_known(word) || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        if let Some(american) = american_spelling(word)
            && let Some(&id) = self.known.get(&american)
        {
            return Some(self.words[id as usize].0.as_str());
        }
        if crate::text::english::is_english(word) {
            return self.transposed(word);
        }
        let typos = allowed_typos(word.chars().count());
        if typos == 0 {
            return None;
        }
        let mut keys = vec![word.to_owned()];
        let first = deletions(word);
        if typos >= 2 {
            for d in &first {
                keys.extend(deletions(d));
            }
        }
        keys.extend(first);

        let mut best: Option<(usize, bool, u32, &str)> = None;
        let mut seen = HashSet::new();
        for key in &keys {
            for &id in self.pointed_from(key) {
                if !seen.insert(id) {
                    continue;
                }
                let (candidate, count) = &self.words[id as usize];
                let limit = if self.protected.contains(candidate) {
                    1
                } else {
                    typos
                };
                let Some(distance) = osa_within(word, candidate, limit) else {
                    continue;
                };
                let other_first_letter = candidate.chars().next() != word.chars().next();
                let rank = (
                    distance,
                    other_first_letter,
                    u32::MAX - count,
                    candidate.as_str(),
                );
                if best.is_none_or(|b| rank < b) {
                    best = Some(rank);
                }
            }
        }
        best.map(|(_, _, _, w)| w).or_else(|| self.soundalike(word))
    }

    /// The most used known word that sounds like `word`, starts with the same letter and is
    /// at most [`MAX_SOUNDALIKE_EDITS`] away: spelling by ear ("medisin", "brane", "anxietty").
    fn soundalike(&self, word: &str) -> Option<&str> {
        if word.len() < MIN_SOUNDALIKE_CHARS {
            return None;
        }
        let code = sound_of(word)?;
        self.sounds
            .get(&code)?
            .iter()
            .map(|&id| &self.words[id as usize])
            .filter(|(candidate, _)| {
                candidate.as_bytes()[0] == word.as_bytes()[0]
                    && osa_within(word, candidate, MAX_SOUNDALIKE_EDITS).is_some()
            })
            .max_by_key(|(candidate, count)| (*count, std::cmp::Reverse(candidate.as_str())))
            .map(|(candidate, _)| candidate.as_str())
    }

    /// A real English word the knowledge does not use is left alone, except when two of its
    /// letters (not the first) are swapped from a word the knowledge does use ("brian" →
    /// "brain"): the commonest slip of fast typing, and one that rarely makes another word the
    /// knowledge uses.
    fn transposed(&self, word: &str) -> Option<&str> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < MIN_TRANSPOSED_CHARS
            || crate::text::is_stop_word(word)
            || crate::text::is_weak_word(word)
        {
            return None;
        }
        // People rarely get the first letter wrong ("acts" is not "cats").
        (1..chars.len() - 1)
            .filter(|&i| chars[i] != chars[i + 1])
            .filter_map(|i| {
                let mut swapped = chars.clone();
                swapped.swap(i, i + 1);
                let swapped: String = swapped.into_iter().collect();
                let &id = self.known.get(&swapped)?;
                let (candidate, count) = &self.words[id as usize];
                (!self.protected.contains(candidate)).then_some((count, candidate.as_str()))
            })
            .max()
            .map(|(_, candidate)| candidate)
    }
}

/// The American spelling of a British one ("behaviour" → "behavior", "anaesthetic" →
/// "anesthetic", "programme" → "program", "counselling" → "counseling", "recognise" →
/// "recognize"), when a rule applies. The article is American; people write both, and a
/// British spelling is a real word, so it would never be corrected as a typo. Rules may
/// over-generate: the result only counts when the knowledge uses it.
fn american_spelling(word: &str) -> Option<String> {
    let mut out = word.to_owned();
    // One ending of each group at most: -ise, -isation, -yse → -ize, -ization, -yze; -tre →
    // -ter (centre, litre); -ll- before an ending (counselling, counsellor, travelled).
    for endings in BRITISH_ENDINGS {
        if let Some((british, american)) = endings
            .iter()
            .find(|(british, _)| out.len() > british.len() + 2 && out.ends_with(british))
        {
            out.truncate(out.len() - british.len());
            out.push_str(american);
        }
    }
    for (british, american) in BRITISH_INFIXES {
        // Not in the first letter ("aeon" stays); the first letter may be any character.
        let first = out.chars().next().map_or(0, char::len_utf8);
        if out.len() > 4 && out[first..].contains(british) {
            out = format!(
                "{}{}",
                &out[..first],
                out[first..].replace(british, american)
            );
        }
    }
    (out != word).then_some(out)
}

/// British endings and their American ones, in groups of which one applies at most.
const BRITISH_ENDINGS: &[&[(&str, &str)]] = &[
    &[
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ises", "izes"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ysing", "yzing"),
        ("yses", "yzes"),
        ("ysed", "yzed"),
        ("yse", "yze"),
    ],
    &[("tres", "ters"), ("tre", "ter")],
    &[
        ("lling", "ling"),
        ("lled", "led"),
        ("llors", "lors"),
        ("llor", "lor"),
    ],
];

/// British letters inside a word and their American ones: behaviour, anaesthetic, diarrhoea,
/// programme, dialogue, licence.
const BRITISH_INFIXES: &[(&str, &str)] = &[
    ("our", "or"),
    ("ae", "e"),
    ("oe", "e"),
    ("mme", "m"),
    ("ogue", "og"),
    ("ence", "ense"),
];

/// The Metaphone code of a word of plain letters a–z (the encoder slices by character
/// position, which is only safe on ASCII); none for other words.
fn sound_of(word: &str) -> Option<String> {
    use rphonetic::Encoder;
    let metaphone = rphonetic::Metaphone::new(None);
    (word.len() >= MIN_SOUNDALIKE_CHARS && word.bytes().all(|b| b.is_ascii_lowercase()))
        .then(|| metaphone.encode(word))
        .filter(|code| !code.is_empty())
}

/// `word` with one character removed, in every position (distinct results).
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<String> = (0..chars.len())
        .map(|skip| {
            chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| c)
                .collect()
        })
        .collect();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speller() -> Speller {
        let words = [
            "withdrawal",
            "symptoms",
            "ketamine",
            "addictive",
            "addiction",
            "bladder",
            "anxiety",
            "cocaine",
            "heroin",
            "treatment",
            "ket",
            "hole",
        ];
        Speller::new(
            words.iter().map(|w| ((*w).to_owned(), 1)),
            ["ketamine", "cocaine", "heroin", "ket"].map(String::from),
        )
    }

    #[test]
    fn corrects_the_typos_people_make() {
        let s = speller();
        for (typo, fixed) in [
            ("withdrawl", "withdrawal"),
            ("withdrawel", "withdrawal"),
            ("simptoms", "symptoms"),
            ("ketamin", "ketamine"),
            ("ketmaine", "ketamine"),
            ("adictive", "addictive"),
            ("bladdder", "bladder"),
            ("anxeity", "anxiety"),
            ("treatmnet", "treatment"),
        ] {
            assert_eq!(s.correct(typo), Some(fixed), "{typo}");
        }
    }

    #[test]
    fn a_word_spelt_by_ear_is_the_word_it_sounds_like() {
        let s = Speller::new(
            ["medicine", "brain", "ketamine", "cocaine"]
                .iter()
                .map(|w| ((*w).to_owned(), 1)),
            ["ketamine".to_owned(), "cocaine".to_owned()],
        );
        assert_eq!(s.correct("medisin"), Some("medicine"));
        assert_eq!(s.correct("brane"), Some("brain"));
        assert_eq!(
            s.correct("kokaine"),
            None,
            "a drug name is only one typo away"
        );
        assert_eq!(s.correct("mbrane"), None, "another first letter");
        assert_eq!(s.correct("жbrane"), None, "not plain letters");
    }

    #[test]
    fn every_letter_soup_has_a_sound_or_none() {
        // The encoder looks around each letter (gh, sch, tch, wh, x at either end): every
        // combination of those pieces, at every length up to ten pieces, must encode.
        let pieces = [
            "gh", "sch", "tch", "wh", "x", "c", "k", "ph", "e", "a", "dg", "q", "h",
        ];
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut word = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for i in 0..(seed >> 60) as usize + 1 {
                word.push_str(pieces[((seed >> (i * 4)) % pieces.len() as u64) as usize]);
            }
            let _ = sound_of(&word);
        }
        assert_eq!(sound_of("medicine"), sound_of("medisin"));
        assert_eq!(sound_of("médicine"), None);
        assert_eq!(sound_of("abc"), None, "too short to be told by its sound");
    }

    #[test]
    fn leaves_known_short_and_far_words_alone() {
        let s = speller();
        assert_eq!(s.correct("ketamine"), None);
        assert_eq!(s.correct("kat"), None);
        assert_eq!(s.correct("hole"), None);
        assert_eq!(s.correct("pizza"), None);
        assert_eq!(
            s.correct("ladder"),
            None,
            "a real word, though one letter from bladder"
        );
        assert_eq!(
            s.correct("heroine"),
            None,
            "a real word, though one letter from heroin"
        );
        assert_eq!(s.correct("5mg"), None);
    }

    #[test]
    fn a_real_word_with_two_letters_swapped_from_a_known_one_is_corrected() {
        assert!(crate::text::english::is_english("brian"));
        let s = Speller::new(
            ["brain", "ketamine"].iter().map(|w| ((*w).to_owned(), 1)),
            ["ketamine".to_owned()],
        );
        assert_eq!(s.correct("brian"), Some("brain"));
        assert_eq!(s.correct("bran"), None, "not a swap");
        let s = Speller::new(
            ["cats", "quiet", "trial"]
                .iter()
                .map(|w| ((*w).to_owned(), 1)),
            Vec::<String>::new(),
        );
        assert_eq!(
            s.correct("acts"),
            None,
            "the first letter is kept, short words too"
        );
        assert_eq!(s.correct("quite"), None, "a weak word is never a slip");
        assert_eq!(s.correct("trail"), Some("trial"));
    }

    #[test]
    fn british_spellings_become_the_knowledges_american_ones() {
        let s = Speller::new(
            [
                "behavior",
                "behavioral",
                "anesthetic",
                "program",
                "programs",
                "counseling",
                "recognize",
                "recognizing",
                "center",
                "organized",
            ]
            .iter()
            .map(|w| ((*w).to_owned(), 1)),
            Vec::<String>::new(),
        );
        for (british, american) in [
            ("behaviour", "behavior"),
            ("behavioural", "behavioral"),
            ("anaesthetic", "anesthetic"),
            ("programme", "program"),
            ("programmes", "programs"),
            ("counselling", "counseling"),
            ("recognise", "recognize"),
            ("recognising", "recognizing"),
            ("centre", "center"),
            ("organised", "organized"),
        ] {
            assert_eq!(s.correct(british), Some(american), "{british}");
        }
        assert_eq!(s.correct("colour"), None, "the knowledge has no color");
        assert_eq!(s.correct("жourney"), None, "a first letter of two bytes");
        assert_eq!(s.correct("ñaeño"), None);
        assert_eq!(s.correct("hour"), None);
    }

    #[test]
    fn one_drug_never_becomes_another() {
        let s = speller();
        // Two edits from "cocaine": allowed for a 9-letter word, but not into a drug name.
        assert_eq!(s.correct("cocaines1"), None);
        assert_eq!(s.correct("ketamines"), Some("ketamine"));
        assert_eq!(s.correct("kocaiine"), None);
    }
}
