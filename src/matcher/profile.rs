//! What each entry is about, as sets of stemmed terms, with how rare each term is across the
//! knowledge: the ground for two confidence signals BM25 alone does not give.
//!
//! - **coverage**: how much of what the message talks about the entry talks about too, each
//!   word weighted by its rarity (a message about "ketamine *insurance*" is not covered by an
//!   entry that only shares "ketamine");
//! - **similarity**: how close the message is to one phrasing of the entry, both as terms and as
//!   characters (strsim's Sørensen–Dice), so that a near-copy of a question wins outright.

use rustc_hash::FxHashMap;

use tantivy::tokenizer::TextAnalyzer;

use crate::index::analyzer;
use crate::knowledge::Knowledge;
use crate::text::dice::Bigrams;

/// Term ids of the knowledge, each with its inverse document frequency over entries.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    ids: FxHashMap<String, u32>,
    idf: Vec<f32>,
    /// The rarest a term can be: the weight of a word the knowledge never uses.
    unknown_idf: f32,
    entries: Vec<EntryProfile>,
}

/// One entry's terms, and each phrasing's.
#[derive(Debug, Clone, Default)]
pub struct EntryProfile {
    /// Sorted term ids of the heading, phrasings and answer.
    pub terms: Vec<u32>,
    /// Sorted term ids of the heading and phrasings only.
    pub question_terms: Vec<u32>,
    pub variants: Vec<VariantProfile>,
    /// Sorted term ids of each sentence or bullet of the answer.
    pub passages: Vec<Vec<u32>>,
}

/// One phrasing (the heading or an `ask:` line).
#[derive(Debug, Clone, Default)]
pub struct VariantProfile {
    /// Sorted, distinct term ids.
    pub terms: Vec<u32>,
    /// The character bigrams of its stemmed terms, for character similarity.
    pub bigrams: Bigrams,
    /// The rarity of all its terms together (the sum of their idf).
    pub idf_sum: f32,
}

impl Corpus {
    pub fn new(knowledge: &Knowledge) -> Corpus {
        let mut analyzer = analyzer::stemmed();
        // The same words the index stores: slang and synonyms replaced.
        let synonyms = crate::synonyms::Synonyms::new(&knowledge.lexicon);
        let mut corpus = Corpus::default();
        let mut document_frequency: Vec<u32> = Vec::new();
        for entry in &knowledge.entries {
            let mut variants = Vec::new();
            let mut all = Vec::new();
            for variant in entry.variants() {
                let stems = analyzer::terms(&mut analyzer, &synonyms.rewrite(variant));
                let ids = corpus.distinct_ids(&stems, &mut document_frequency);
                all.extend_from_slice(&ids);
                variants.push(VariantProfile {
                    terms: ids,
                    bigrams: Bigrams::new(&stems.join(" ")),
                    idf_sum: 0.0,
                });
            }
            let mut question_terms = all.clone();
            question_terms.sort_unstable();
            question_terms.dedup();
            let mut passages = Vec::new();
            for passage in passages_of(&entry.body) {
                let stems = analyzer::terms(&mut analyzer, &synonyms.rewrite(passage));
                let ids = corpus.distinct_ids(&stems, &mut document_frequency);
                all.extend_from_slice(&ids);
                if !ids.is_empty() {
                    passages.push(ids);
                }
            }
            all.sort_unstable();
            all.dedup();
            for &id in &all {
                document_frequency[id as usize] += 1;
            }
            corpus.entries.push(EntryProfile {
                terms: all,
                question_terms,
                variants,
                passages,
            });
        }
        let n = knowledge.entries.len().max(1) as f32;
        corpus.idf = document_frequency
            .iter()
            .map(|&df| (1.0 + n / df.max(1) as f32).ln())
            .collect();
        corpus.unknown_idf = (1.0 + n).ln();
        let idf = &corpus.idf;
        for variant in corpus
            .entries
            .iter_mut()
            .flat_map(|e| e.variants.iter_mut())
        {
            variant.idf_sum = variant.terms.iter().map(|&id| idf[id as usize]).sum();
        }
        corpus
    }

    /// The sorted, distinct ids of `stems`, interning new ones.
    fn distinct_ids(&mut self, stems: &[String], document_frequency: &mut Vec<u32>) -> Vec<u32> {
        let mut ids: Vec<u32> = stems
            .iter()
            .map(|stem| self.intern(stem, document_frequency))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    fn intern(&mut self, term: &str, document_frequency: &mut Vec<u32>) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_owned(), id);
        document_frequency.push(0);
        id
    }

    /// The id of a stemmed term, if the knowledge uses it.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// How rare a term is (higher is rarer).
    pub fn idf(&self, id: u32) -> f32 {
        self.idf[id as usize]
    }

    /// Weight of a word the knowledge does not know.
    pub fn unknown_idf(&self) -> f32 {
        self.unknown_idf
    }

    pub fn entry(&self, position: usize) -> &EntryProfile {
        &self.entries[position]
    }
}

/// The sentences and bullets of an answer: each states one fact.
fn passages_of(body: &str) -> impl Iterator<Item = &str> {
    body.lines()
        .flat_map(|line| line.split_inclusive(['.', '?', '!']))
        .map(str::trim)
        .filter(|passage| !passage.is_empty())
}

/// Whether sorted `ids` holds `id`.
pub fn holds(ids: &[u32], id: u32) -> bool {
    ids.binary_search(&id).is_ok()
}

/// Stems `word` with the index's analyzer (empty for a stop word).
pub fn stems(analyzer: &mut TextAnalyzer, word: &str) -> Vec<String> {
    analyzer::terms(analyzer, word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;

    #[test]
    fn rare_terms_weigh_more_and_unknown_most() {
        let corpus = Corpus::new(&sample());
        let ketamine = corpus.id("ketamin").unwrap();
        let crave = corpus.id("crave").unwrap();
        assert!(corpus.idf(crave) > corpus.idf(ketamine));
        assert!(corpus.unknown_idf() >= corpus.idf(crave));
        assert!(corpus.id("insur").is_none());
    }

    #[test]
    fn entries_know_their_terms_and_phrasings() {
        let corpus = Corpus::new(&sample());
        let first = corpus.entry(0);
        assert!(holds(&first.terms, corpus.id("hook").unwrap()));
        assert_eq!(first.variants.len(), 2);
        assert_eq!(first.variants[0].bigrams, Bigrams::new("ketamin addict"));
        assert!(
            first.passages.is_empty(),
            "\"Yes, it can be.\" is only stop words"
        );
        let withdrawal = corpus.entry(1);
        let crave = corpus.id("crave").unwrap();
        assert_eq!(withdrawal.passages.len(), 1);
        assert!(holds(&withdrawal.passages[0], crave));
    }

    #[test]
    fn an_answer_is_cut_into_sentences_and_bullets() {
        let body = "Ketamine is a drug. Is it safe? No!\n\n- **Bladder:** pain\n- Memory loss";
        assert_eq!(
            passages_of(body).collect::<Vec<_>>(),
            vec![
                "Ketamine is a drug.",
                "Is it safe?",
                "No!",
                "- **Bladder:** pain",
                "- Memory loss"
            ]
        );
    }
}
