//! Questions the knowledge does not answer on purpose (from `knowledge/not-covered.md`):
//! doses, prices, insurance, opening hours, drug tests, the law… They share words with real
//! answers ("how long does ket stay in your system" shares "ketamine" and "long" with several),
//! so they are recognised by their phrasing, before the search, and declined honestly.

use super::phrase::Phrase;

/// Extra words allowed inside a phrase ("how long does *ket* stay").
const GAP: usize = 2;

/// The compiled phrases.
#[derive(Debug, Clone, Default)]
pub struct NotCovered {
    phrases: Vec<(String, Phrase)>,
}

impl NotCovered {
    pub fn new(phrases: &[(usize, String)]) -> NotCovered {
        NotCovered {
            phrases: phrases
                .iter()
                .filter_map(|(_, text)| Phrase::new(text, GAP).map(|p| (text.clone(), p)))
                .collect(),
        }
    }

    /// The phrase that puts `words` out of scope, if any.
    pub fn detect(&self, words: &[String]) -> Option<&str> {
        self.phrases
            .iter()
            .find(|(_, phrase)| !phrase.find_all(words).is_empty())
            .map(|(text, _)| text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn recognises_phrasings_with_words_between() {
        let scope = NotCovered::new(&[(1, "how long does stay".into()), (2, "insurance".into())]);
        assert_eq!(
            scope.detect(&words("how long does ket stay in your system")),
            Some("how long does stay")
        );
        assert_eq!(
            scope.detect(&words("do you take my insurance?")),
            Some("insurance")
        );
        assert_eq!(
            scope.detect(&words("how long has ketamine been used")),
            None
        );
    }
}
