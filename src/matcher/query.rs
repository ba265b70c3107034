//! From a message's words to what is searched: spelling corrected against the knowledge's
//! vocabulary, slang and synonyms from `knowledge/synonyms.md` added, stop words dropped, each
//! remaining word a [`Concept`] with its stemmed terms.
//!
//! Nothing here ever reaches Tantivy's query parser: the search is built from these terms only.

use tantivy::tokenizer::TextAnalyzer;

use super::profile::{Corpus, stems};
use super::spelling::Speller;
use super::tuning::{
    CORRECTED_WEIGHT, FOREIGN_UNKNOWN_WORD_WEIGHT, MAX_FUZZY_TERMS, MAX_QUERY_TERMS,
    MIN_FUZZY_CHARS, SYNONYM_WEIGHT,
};
use crate::index::QueryTerm;
use crate::knowledge::Lexicon;
use crate::text::phrase::{Phrase, PhraseSet, Tokens};
use crate::text::{WEAK_WORD_WEIGHT, is_stop_word, is_weak_word};

/// One thing the message talks about: a word (or a slang phrase) and the terms that stand for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    /// What the person wrote.
    pub written: String,
    /// Stemmed terms and their weights (the word itself, its correction, its synonyms).
    pub terms: Vec<(String, f32)>,
    /// Whether any of its terms is used by the knowledge.
    pub known: bool,
    /// How much it counts: less for a weak word ("really") or for the story around a question.
    pub weight: f32,
    /// Only weak words ("really", "normal"): not enough, alone, to search for.
    pub weak: bool,
    /// The knowledge's subject itself (ketamine, "ket"): says what a message is about, not
    /// what it asks.
    pub subject: bool,
}

/// The analysed message.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysedQuery {
    pub concepts: Vec<Concept>,
    /// Spelling corrections made: (written, corrected).
    pub corrections: Vec<(String, String)>,
    /// Whether the message names the knowledge's subject (ketamine, or a street name of it).
    pub mentions_subject: bool,
    /// A substance the knowledge does not cover, named in the message, and whether the
    /// knowledge at least mentions it (alcohol, opioids: "unlike opioids, ketamine…").
    pub other_substance: Option<(String, bool)>,
}

impl AnalysedQuery {
    /// The search terms: every known term once, at its highest weight, at most
    /// [`MAX_QUERY_TERMS`]; and unknown words searched fuzzily, but only when the message has
    /// no known word that says something: beside one, over all the question sets, they never
    /// changed a reply, and each costs a Levenshtein automaton and a walk of the terms.
    pub fn search_terms(&self) -> Vec<QueryTerm> {
        let mut terms: Vec<QueryTerm> = Vec::new();
        let mut fuzzy = 0;
        let nothing_else = !self.concepts.iter().any(|c| c.known && !c.weak);
        for concept in &self.concepts {
            for (text, weight) in &concept.terms {
                let weight = weight * concept.weight;
                if !concept.known {
                    if !nothing_else {
                        continue;
                    }
                    // Worth a fuzzy look only when long enough to be a typo of a known word,
                    // and only a few: each builds a Levenshtein automaton.
                    if text.chars().count() >= MIN_FUZZY_CHARS
                        && fuzzy < MAX_FUZZY_TERMS
                        && !terms.iter().any(|t| &t.text == text)
                    {
                        fuzzy += 1;
                        terms.push(QueryTerm {
                            text: text.clone(),
                            weight,
                            fuzzy: true,
                        });
                    }
                    continue;
                }
                match terms.iter_mut().find(|t| &t.text == text) {
                    Some(t) => t.weight = t.weight.max(weight),
                    None => terms.push(QueryTerm {
                        text: text.clone(),
                        weight,
                        fuzzy: false,
                    }),
                }
            }
        }
        terms.truncate(MAX_QUERY_TERMS);
        terms
    }
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub struct QueryBuilder {
    synonyms: crate::synonyms::Synonyms,
    /// Substance names, each with the substance's first name and whether the knowledge
    /// mentions it.
    substances: PhraseSet<(String, bool)>,
    /// One-word street names of substances the knowledge mentions, each with the name the
    /// knowledge uses ("booze" → "alcohol").
    mentioned_aliases: Vec<(String, String)>,
    subject_stems: Vec<String>,
}

/// Ways of opening a question that say nothing of what is asked ("i would like to know if
/// ketamine is addictive", "is k addictive, asking for a friend"): left in, "know" and
/// "friend" drew the answer towards phrasings that hold them ("How do you know when…", "Is
/// my friend addicted…"). Not "do you know if": it is inside "how do you know if", which asks
/// for the signs.
const PREAMBLES: &[&[&str]] = &[
    &["i", "would", "like", "to", "know"],
    &["i", "want", "to", "know"],
    &["i", "just", "want", "to", "know"],
    &["asking", "for", "a", "friend"],
    &["asking", "4", "a", "friend"],
];

/// `words` without the [`PREAMBLES`] in them.
fn without_preambles(words: &[(String, f32)]) -> impl Iterator<Item = &(String, f32)> {
    let mut skip = vec![false; words.len()];
    for start in 0..words.len() {
        for preamble in PREAMBLES {
            let end = start + preamble.len();
            if end <= words.len()
                && words[start..end]
                    .iter()
                    .zip(*preamble)
                    .all(|((w, _), p)| w == p)
            {
                skip[start..end].fill(true);
            }
        }
    }
    words
        .iter()
        .zip(skip)
        .filter(|(_, skip)| !skip)
        .map(|(w, _)| w)
}

impl QueryBuilder {
    pub fn new(lexicon: &Lexicon, corpus: &Corpus, analyzer: &mut TextAnalyzer) -> QueryBuilder {
        let mut substances = Vec::new();
        let mut mentioned_aliases = Vec::new();
        for substance in &lexicon.other_substances {
            let Some(name) = substance.names.first() else {
                continue;
            };
            let mentioned = substance
                .names
                .iter()
                .flat_map(|n| stems(analyzer, n))
                .any(|stem| corpus.id(&stem).is_some());
            for alias in &substance.names {
                if let Some(phrase) = Phrase::exact(alias) {
                    substances.push((phrase, (name.clone(), mentioned)));
                }
                let words = crate::text::words(alias);
                if mentioned && alias != name && words.len() == 1 {
                    mentioned_aliases.push((words[0].clone(), name.clone()));
                }
            }
        }
        let subject_stems = lexicon
            .subject
            .iter()
            .flat_map(|s| stems(analyzer, s))
            .collect();
        QueryBuilder {
            synonyms: crate::synonyms::Synonyms::new(lexicon),
            substances: PhraseSet::new(substances),
            mentioned_aliases,
            subject_stems,
        }
    }

    /// Every word the lexicon knows (synonym variants and canonicals, substance names), so the
    /// spelling corrector neither "corrects" slang nor misses a correction into it.
    pub fn words(lexicon: &Lexicon) -> Vec<String> {
        let mut words = Vec::new();
        for s in &lexicon.synonyms {
            words.extend(crate::text::words(&s.canonical));
            for v in &s.variants {
                words.extend(crate::text::words(v));
            }
        }
        for s in &lexicon.other_substances {
            for name in &s.names {
                words.extend(crate::text::words(name));
            }
        }
        for s in &lexicon.subject {
            words.extend(crate::text::words(s));
        }
        words
    }

    /// Drug names, kept strict by the spelling corrector.
    pub fn protected_words(lexicon: &Lexicon) -> Vec<String> {
        let mut words: Vec<String> = lexicon
            .subject
            .iter()
            .flat_map(|s| crate::text::words(s))
            .collect();
        for s in &lexicon.other_substances {
            for name in &s.names {
                words.extend(crate::text::words(name));
            }
        }
        words
    }

    /// Analyses the words of a message, each with its focus weight (see
    /// [`crate::text::Focus`]); `english`: whether the message is mostly in English
    /// ([`crate::text::phrase::Tokens::mostly_english`]).
    pub fn analyse(
        &self,
        focused: &[(String, f32)],
        english: bool,
        speller: &Speller,
        corpus: &Corpus,
        analyzer: &mut TextAnalyzer,
    ) -> AnalysedQuery {
        let mut query = AnalysedQuery::default();
        // Each word's focus weight, by the same position as the word: only these two are read
        // by position below, never `focused`, which still holds the preamble.
        let (words, focus_weights): (Vec<String>, Vec<f32>) =
            without_preambles(focused).cloned().unzip();
        // In a message mostly in another language its little words ("kann", "czy", "na") say
        // nothing of what is asked, and are no slang.
        let little = |word: &str| {
            is_stop_word(word) || (!english && crate::text::is_little_word_of_other_languages(word))
        };
        // 1. Spelling, word by word.
        let mut fixed: Vec<String> = Vec::with_capacity(words.len());
        let mut was_corrected = vec![false; words.len()];
        for (i, word) in words.iter().enumerate() {
            match (!little(word)).then(|| speller.correct(word)).flatten() {
                Some(correction) => {
                    query
                        .corrections
                        .push((word.clone(), correction.to_owned()));
                    fixed.push(correction.to_owned());
                    was_corrected[i] = true;
                }
                None => fixed.push(word.clone()),
            }
        }
        let tokens = Tokens::new(fixed.clone());
        // 2. Other substances (decided once the subject is known, below).
        let substances = self.substances.find_all(&tokens);
        // 3. Synonyms (the longest phrase at each position), then plain words.
        for span in self.synonyms.spans(&tokens) {
            let (position, end) = (span.start, span.end);
            let words = &fixed[position..end];
            let content = words.iter().any(|w| !little(w));
            // Slang made of little words is read as slang only in a message mostly in English.
            if !content && (span.canonical.is_none() || !english) {
                continue;
            }
            let corrected = was_corrected[position..end].iter().any(|c| *c);
            let term_weight = if corrected { CORRECTED_WEIGHT } else { 1.0 };
            let terms: Vec<(String, f32)> = match span.canonical {
                // Slang stands for what the knowledge says, and only that: "k" means
                // ketamine, not the "K" of "K-hole".
                Some(canonical) => canonical
                    .iter()
                    .flat_map(|w| stems(analyzer, w))
                    .map(|stem| (stem, SYNONYM_WEIGHT))
                    .collect(),
                None => words
                    .iter()
                    .flat_map(|w| {
                        // A street name of a drug the knowledge mentions stands for its name.
                        let name = self
                            .mentioned_aliases
                            .iter()
                            .find(|(alias, _)| alias == w)
                            .map_or(w.as_str(), |(_, name)| name.as_str());
                        stems(analyzer, name)
                    })
                    .map(|stem| (stem, term_weight))
                    .collect(),
            };
            let focus = focus_weights[position..end]
                .iter()
                .copied()
                .fold(0.0, f32::max);
            let weak =
                span.canonical.is_none() && words.iter().all(|w| is_weak_word(w) || little(w));
            let known = terms.iter().any(|(t, _)| corpus.id(t).is_some());
            // A word the knowledge never uses, in the story around the question ("my flatmates",
            // "after my divorce"), is the story's, not the question's: it counts even less.
            let story = match (known, english) {
                (true, _) => 1.0,
                (false, true) => focus,
                (false, false) => FOREIGN_UNKNOWN_WORD_WEIGHT,
            };
            let weight = focus * story * if weak { WEAK_WORD_WEIGHT } else { 1.0 };
            let subject = terms.iter().all(|(t, _)| self.subject_stems.contains(t));
            if !terms.is_empty() {
                query.concepts.push(Concept {
                    written: words.join(" "),
                    terms,
                    known,
                    weight,
                    weak,
                    subject,
                });
            }
        }
        query.mentions_subject = query
            .concepts
            .iter()
            .any(|c| c.terms.iter().any(|(t, _)| self.subject_stems.contains(t)));
        // Another drug in what the message asks, or anywhere when ketamine is not named (a
        // synonym may stand in for the word: "ketamine infusions" is searched as depression
        // treatment): a drink problem "years ago" in the story around a question about ketamine
        // infusions does not make it a question about alcohol.
        let names_subject = |analyzer: &mut TextAnalyzer| {
            query.mentions_subject
                || fixed
                    .iter()
                    .flat_map(|w| stems(analyzer, w))
                    .any(|stem| self.subject_stems.contains(&stem))
        };
        // A drug ketamine is likened to ("does k rot your teeth like meth does", "is a k-hole the
        // same as greening out on weed") leaves the question one about ketamine.
        let subject_named = names_subject(analyzer);
        let substances: Vec<_> = substances
            .into_iter()
            .filter(|(start, _, _)| !(subject_named && likened_to(&fixed[..*start])))
            .collect();
        let other_substance = substances
            .iter()
            .find(|(start, _, _)| focus_weights[*start] >= 1.0)
            .or_else(|| substances.first().filter(|_| !subject_named))
            .map(|(_, _, found)| (*found).clone());
        query.other_substance = other_substance;
        query
    }
}

/// Whether the words `before` a drug's name liken something to it: "like", "as", "similar to",
/// "or is that" just before it (an article or "some" may stand between: "like a benzo").
fn likened_to(before: &[String]) -> bool {
    let words: Vec<&str> = before
        .iter()
        .rev()
        .map(String::as_str)
        .skip_while(|w| matches!(*w, "a" | "an" | "the" | "some"))
        .take(3)
        .collect();
    matches!(
        words.as_slice(),
        ["like" | "as", ..]
            | ["to", "similar" | "compared" | "comparable", ..]
            | ["that" | "it", "is", "or"]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_question_s_preamble_is_not_searched() {
        let words = |text: &str| -> Vec<(String, f32)> {
            text.split(' ').map(|w| (w.to_owned(), 1.0)).collect()
        };
        let kept = |text: &str| -> Vec<String> {
            without_preambles(&words(text))
                .map(|(w, _)| w.clone())
                .collect()
        };
        assert_eq!(
            kept("i would like to know if ketamine is addictive"),
            ["if", "ketamine", "is", "addictive"]
        );
        assert_eq!(
            kept("is k addictive asking for a friend"),
            ["is", "k", "addictive"]
        );
        // "how do you know if" asks for the signs: kept whole.
        assert_eq!(
            kept("how do you know if you are addicted"),
            ["how", "do", "you", "know", "if", "you", "are", "addicted"]
        );
    }

    use super::*;
    use crate::index::analyzer;
    use crate::knowledge::tests::sample;

    fn analyse(message: &str) -> AnalysedQuery {
        analyse_with(&sample(), message)
    }

    fn analyse_with(knowledge: &crate::knowledge::Knowledge, message: &str) -> AnalysedQuery {
        analyse_in(knowledge, message, true)
    }

    fn analyse_in(
        knowledge: &crate::knowledge::Knowledge,
        message: &str,
        english: bool,
    ) -> AnalysedQuery {
        let mut a = analyzer::stemmed();
        let corpus = Corpus::new(knowledge);
        let builder = QueryBuilder::new(&knowledge.lexicon, &corpus, &mut a);
        let speller = Speller::new(
            ["ketamine", "addictive", "withdrawal", "cravings"].map(|w| (w.to_owned(), 1)),
            QueryBuilder::protected_words(&knowledge.lexicon),
        );
        builder.analyse(
            &crate::text::focus(message).words,
            english,
            &speller,
            &corpus,
            &mut a,
        )
    }

    #[test]
    fn slang_becomes_the_knowledge_word() {
        let q = analyse("is special k addictive");
        assert_eq!(q.concepts.len(), 2);
        assert_eq!(q.concepts[0].written, "special k");
        assert_eq!(
            q.concepts[0].terms,
            vec![("ketamin".to_owned(), SYNONYM_WEIGHT)]
        );
        assert!(q.mentions_subject);
        assert_eq!(q.other_substance, None);
    }

    #[test]
    fn typos_are_corrected_and_weighted_lower() {
        let q = analyse("ketamin withdrawl");
        assert_eq!(q.corrections.len(), 2);
        assert_eq!(
            q.concepts[1].terms,
            vec![("withdraw".to_owned(), CORRECTED_WEIGHT)]
        );
    }

    #[test]
    fn unknown_words_stay_as_unknown_concepts() {
        let q = analyse("do you accept medicaid");
        assert!(q.concepts.iter().all(|c| !c.known));
        let terms = q.search_terms();
        assert!(
            !terms.is_empty() && terms.iter().all(|t| t.fuzzy),
            "{terms:?}"
        );
    }

    #[test]
    fn unknown_words_of_a_message_in_another_language_weigh_less() {
        let weight_of = |english: bool| {
            let q = analyse_in(&sample(), "ketamine gefaehrlich", english);
            let unknown = q
                .concepts
                .iter()
                .find(|c| !c.known)
                .expect("an unknown word");
            let known = q.concepts.iter().find(|c| c.known).expect("a known word");
            (unknown.weight, known.weight)
        };
        assert_eq!(weight_of(true), (1.0, 1.0));
        assert_eq!(weight_of(false), (FOREIGN_UNKNOWN_WORD_WEIGHT, 1.0));
    }

    #[test]
    fn unknown_words_are_searched_fuzzily_only_when_nothing_else_is_known() {
        let q = analyse("does ketamine withdrawal affect medicaid");
        assert!(q.concepts.iter().any(|c| !c.known));
        let terms = q.search_terms();
        assert!(
            !terms.is_empty() && terms.iter().all(|t| !t.fuzzy),
            "{terms:?}"
        );
    }

    #[test]
    fn a_drug_ketamine_is_likened_to_leaves_the_question_about_ketamine() {
        for likened in [
            "does ketamine rot your teeth like coke does",
            "is ket the same as coke",
            "is ket a stimulant like some coke",
            "does ket wreck your nose or is that coke",
        ] {
            assert_eq!(analyse(likened).other_substance, None, "{likened}");
        }
        for about_the_other in [
            "is coke like ketamine",
            "is ket worse than coke",
            "what is coke like",
            "is it like coke",
        ] {
            assert!(
                analyse(about_the_other).other_substance.is_some(),
                "{about_the_other}"
            );
        }
    }

    #[test]
    fn other_substances_are_noticed() {
        let q = analyse("is coke addictive");
        assert_eq!(q.other_substance, Some(("cocaine".to_owned(), false)));
        assert!(!q.mentions_subject);
    }

    #[test]
    fn another_drug_in_the_story_around_a_question_about_ketamine_does_not_count() {
        let story = "i used a lot of coke when i was younger and i am scared now. \
                     my doctor wants me to try ketamine. is ketamine addictive?";
        assert_eq!(analyse(story).other_substance, None);
        let about_coke = "i used a lot of coke when i was younger and i am scared now. \
                          my doctor wants to know more. is it addictive?";
        assert_eq!(
            analyse(about_coke).other_substance,
            Some(("cocaine".to_owned(), false)),
            "no ketamine anywhere: the story's drug is what it is about"
        );
        assert_eq!(
            analyse("my doctor wants me to try ketamine. but is coke addictive?").other_substance,
            Some(("cocaine".to_owned(), false)),
            "in the question itself"
        );
    }

    #[test]
    fn a_street_name_of_a_drug_the_knowledge_mentions_stands_for_its_name() {
        let mut files = crate::knowledge::tests::sample_files();
        files.push((
            "more.md".into(),
            b"## Is ketamine like cocaine?\nid: like_cocaine\n\nUnlike cocaine, it is a dissociative.\n"
                .to_vec(),
        ));
        let knowledge = crate::knowledge::Knowledge::from_files(files).unwrap();
        let q = analyse_with(&knowledge, "is ket worse than coke");
        assert_eq!(q.other_substance, Some(("cocaine".to_owned(), true)));
        assert!(
            q.concepts
                .iter()
                .any(|c| c.written == "coke" && c.known && c.terms[0].0 == "cocain"),
            "{:?}",
            q.concepts
        );
        // Where the knowledge never names it, the street name stays as written.
        let q = analyse("is ket worse than coke");
        assert!(q.concepts.iter().any(|c| c.written == "coke" && !c.known));
    }

    #[test]
    fn stop_words_only_makes_no_concept() {
        assert!(analyse("what is it?").concepts.is_empty());
        assert!(analyse("").concepts.is_empty());
    }
}
