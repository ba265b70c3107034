//! Slang and synonyms (from `knowledge/synonyms.md`), applied the same way to the knowledge
//! when it is indexed and to every message: both then speak the knowledge's words. A message
//! saying "get clean from ket" and a phrasing "How do I get clean from ketamine?" both become
//! "treatment … ketamine", and "k" means ketamine in both, never the "K" of "K-hole".

use crate::knowledge::Lexicon;
use crate::text::phrase::{Phrase, PhraseSet, Tokens};

/// The compiled synonym lines.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// Each variant phrase with the words the knowledge uses for it.
    phrases: PhraseSet<Vec<String>>,
}

/// A run of words: either a synonym (with the knowledge's words) or one plain word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span<'a> {
    pub start: usize,
    pub end: usize,
    /// The knowledge's words, when the run is a synonym.
    pub canonical: Option<&'a [String]>,
}

impl Synonyms {
    pub fn new(lexicon: &Lexicon) -> Synonyms {
        let mut phrases = Vec::new();
        for synonym in &lexicon.synonyms {
            let canonical = crate::text::words(&synonym.canonical);
            for variant in &synonym.variants {
                // Word for word: typos were corrected before, and other word forms are
                // listed in the file when they matter.
                if let Some(phrase) = Phrase::exact(variant) {
                    phrases.push((phrase, canonical.clone()));
                }
            }
        }
        Synonyms {
            phrases: PhraseSet::new(phrases),
        }
    }

    /// Cuts `tokens` into runs: the longest synonym starting at each position, else one word.
    pub fn spans<'a>(&'a self, tokens: &Tokens) -> Vec<Span<'a>> {
        let mut spans = Vec::new();
        let mut start = 0;
        let mut scan = self.phrases.scan(tokens);
        while start < tokens.len() {
            let longest = scan
                .matches_at(start)
                .into_iter()
                .max_by_key(|(_, len, _)| *len);
            match longest {
                Some((end, _, canonical)) => {
                    spans.push(Span {
                        start,
                        end,
                        canonical: Some(canonical.as_slice()),
                    });
                    start = end;
                }
                None => {
                    spans.push(Span {
                        start,
                        end: start + 1,
                        canonical: None,
                    });
                    start += 1;
                }
            }
        }
        spans
    }

    /// `text` in the knowledge's words: every synonym replaced, as the index stores it.
    pub fn rewrite(&self, text: &str) -> String {
        let tokens = Tokens::new(crate::text::words(text));
        let mut out: Vec<&str> = Vec::new();
        for span in self.spans(&tokens) {
            match span.canonical {
                Some(words) => out.extend(words.iter().map(String::as_str)),
                None => out.push(&tokens.words[span.start]),
            }
        }
        out.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Synonym;

    fn synonyms() -> Synonyms {
        let line = |canonical: &str, variants: &[&str]| Synonym {
            line: 1,
            canonical: canonical.into(),
            variants: variants.iter().map(|v| (*v).to_owned()).collect(),
        };
        Synonyms::new(&Lexicon {
            synonyms: vec![
                line("ketamine", &["ket", "k", "special k"]),
                line("k-hole", &["k hole", "khole"]),
                line("treatment", &["get clean", "rehab"]),
            ],
            ..Lexicon::default()
        })
    }

    #[test]
    fn knowledge_and_messages_speak_the_same_words() {
        let s = synonyms();
        assert_eq!(
            s.rewrite("How do I get clean from Ketamine?"),
            "how do i treatment from ketamine"
        );
        assert_eq!(s.rewrite("get clean from ket"), "treatment from ketamine");
        assert_eq!(s.rewrite("is special k addictive"), "is ketamine addictive");
        assert_eq!(s.rewrite("what is a k hole"), "what is a k hole");
        assert_eq!(s.rewrite("a K-hole, a khole"), "a k hole a k hole");
    }
}
