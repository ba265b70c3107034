//! Questions the knowledge does not answer on purpose (from `knowledge/not-covered.md`):
//! doses, prices, insurance, opening hours, drug tests, the law… They share words with real
//! answers ("how long does ket stay in your system" shares "ketamine" and "long" with several),
//! so they are recognised by their phrasing, before the search, and declined honestly.

use crate::knowledge::NotCoveredGroup;
use crate::text::phrase::{Phrase, PhraseSet, Tokens};

/// Extra words allowed inside a phrase ("how long does *ket* stay"). One, not two: "where can
/// i get *help for* ket" is a question we answer, "where can i get ket" one we do not.
const GAP: usize = 1;

/// The compiled phrases, each with its group (its position in `not-covered.md`).
#[derive(Debug, Clone, Default)]
pub struct NotCovered {
    phrases: PhraseSet<(usize, String)>,
    /// Per group: its reply and pointers are only for messages naming the subject.
    needs_subject: Vec<bool>,
}

/// Why a message is not covered: the first phrase found in its question, and the group of
/// every phrase found there, in file order ("how long does ket withdrawal last" is both how
/// long something lasts and how long withdrawal lasts): the groups whose words and pointers
/// the reply may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCoveredMatch {
    pub phrase: String,
    pub groups: Vec<usize>,
}

impl NotCovered {
    pub fn new(groups: &[NotCoveredGroup]) -> NotCovered {
        NotCovered {
            phrases: PhraseSet::new(groups.iter().enumerate().flat_map(|(group, g)| {
                g.phrases.iter().filter_map(move |(_, text)| {
                    Phrase::new(text, GAP).map(|p| (p, (group, text.clone())))
                })
            })),
            needs_subject: groups.iter().map(|g| g.needs_subject).collect(),
        }
    }

    /// Whether `group` speaks only to messages that name the subject (its `needs_subject:`).
    pub fn needs_subject(&self, group: usize) -> bool {
        self.needs_subject.get(group).copied().unwrap_or(false)
    }

    /// The phrases that put the message out of scope, if any. In a message of several
    /// sentences only the question counts (`in_question[i]`: word `i` is part of it): a story
    /// may mention opening hours and still ask something the knowledge answers.
    pub fn detect(&self, tokens: &Tokens, in_question: &[bool]) -> Option<NotCoveredMatch> {
        let mut found = self
            .phrases
            .find_iter(tokens)
            .filter(|(start, _, _)| in_question.get(*start).copied().unwrap_or(true));
        let (_, _, (group, phrase)) = found.next()?;
        let mut groups: Vec<usize> = std::iter::once(*group)
            .chain(found.map(|(_, _, (group, _))| *group))
            .collect();
        groups.sort_unstable();
        groups.dedup();
        Some(NotCoveredMatch {
            phrase: phrase.clone(),
            groups,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One group per phrase, in order.
    fn groups(phrases: &[&str]) -> Vec<NotCoveredGroup> {
        phrases
            .iter()
            .enumerate()
            .map(|(i, phrase)| NotCoveredGroup {
                name: format!("group {i}"),
                line: i + 1,
                phrases: vec![(i + 1, (*phrase).to_owned())],
                reply: None,
                reply_lines: Vec::new(),
                see: Vec::new(),
                needs_subject: false,
            })
            .collect()
    }

    fn phrase(found: Option<NotCoveredMatch>) -> Option<String> {
        found.map(|m| m.phrase)
    }

    #[test]
    fn one_word_may_stand_inside_a_phrase_not_two() {
        let scope = NotCovered::new(&groups(&["where can i get ket*"]));
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
        let scope = NotCovered::new(&groups(&["how long does stay", "insurance"]));
        let all = [true; 20];
        assert_eq!(
            phrase(scope.detect(&words("how long does ket stay in your system"), &all)).as_deref(),
            Some("how long does stay")
        );
        assert_eq!(
            phrase(scope.detect(&words("do you take my insurance?"), &all)).as_deref(),
            Some("insurance")
        );
        assert_eq!(
            scope.detect(&words("how long has ketamine been used"), &all),
            None
        );
    }

    #[test]
    fn only_the_question_of_a_story_counts() {
        let scope = NotCovered::new(&groups(&["insurance"]));
        let story = words("my insurance changed. is ket addictive?");
        let question = [false, false, false, true, true, true];
        assert_eq!(scope.detect(&story, &question), None);
    }

    #[test]
    fn every_group_found_in_the_question_is_named_once_in_file_order() {
        let scope = NotCovered::new(&groups(&[
            "how long ... withdrawal",
            "cost",
            "how long ... last",
        ]));
        let message = words("how long does ket withdrawal last and how long do the cravings last");
        let found = scope.detect(&message, &[true; 20]).unwrap();
        assert_eq!(found.groups, [0, 2]);
        let costs = words("my rehab cost a lot. how long does withdrawal last");
        let question: Vec<bool> = (0..costs.len()).map(|i| i >= 5).collect();
        assert_eq!(scope.detect(&costs, &question).unwrap().groups, [0, 2]);
    }
}
