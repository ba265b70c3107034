//! Questions the knowledge does not answer on purpose (from `knowledge/not-covered.md`):
//! doses, prices, insurance, opening hours, drug tests, the law… They share words with real
//! answers ("how long does ket stay in your system" shares "ketamine" and "long" with several),
//! so they are recognised by their phrasing, before the search, and declined honestly.

use crate::text::phrase::{Phrase, PhraseSet, Tokens};

/// Extra words allowed inside a phrase ("how long does *ket* stay"). One, not two: "where can
/// i get *help for* ket" is a question we answer, "where can i get ket" one we do not.
const GAP: usize = 1;

/// The compiled phrases.
#[derive(Debug, Clone, Default)]
pub struct NotCovered {
    phrases: PhraseSet<String>,
}

impl NotCovered {
    pub fn new(phrases: &[(usize, String)]) -> NotCovered {
        NotCovered {
            phrases: PhraseSet::new(
                phrases
                    .iter()
                    .filter_map(|(_, text)| Phrase::new(text, GAP).map(|p| (p, text.clone()))),
            ),
        }
    }

    /// The phrase that puts the message out of scope, if any. In a message of several
    /// sentences only the question counts (`in_question[i]`: word `i` is part of it): a story
    /// may mention opening hours and still ask something the knowledge answers.
    pub fn detect<'a>(&'a self, tokens: &'a Tokens, in_question: &[bool]) -> Option<&'a str> {
        self.phrases
            .find_iter(tokens)
            .find(|(start, _, _)| in_question.get(*start).copied().unwrap_or(true))
            .map(|(_, _, text)| text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_may_stand_inside_a_phrase_not_two() {
        let scope = NotCovered::new(&[(1, "where can i get ket*".to_owned())]);
        let found = |m: &str| scope.detect(&words(m), &[]).is_some();
        assert!(found("where can i get ket"));
        assert!(found("where can i get some ketamine"));
        assert!(!found("where can i get help for ket"));
    }

    fn words(text: &str) -> Tokens {
        Tokens::new(crate::text::rule_words(text))
    }

    #[test]
    fn recognises_phrasings_with_words_between() {
        let scope = NotCovered::new(&[(1, "how long does stay".into()), (2, "insurance".into())]);
        let all = [true; 20];
        assert_eq!(
            scope.detect(&words("how long does ket stay in your system"), &all),
            Some("how long does stay")
        );
        assert_eq!(
            scope.detect(&words("do you take my insurance?"), &all),
            Some("insurance")
        );
        assert_eq!(
            scope.detect(&words("how long has ketamine been used"), &all),
            None
        );
    }

    #[test]
    fn only_the_question_of_a_story_counts() {
        let scope = NotCovered::new(&[(1, "insurance".into())]);
        let story = words("my insurance changed. is ket addictive?");
        let question = [false, false, false, true, true, true];
        assert_eq!(scope.detect(&story, &question), None);
    }
}
