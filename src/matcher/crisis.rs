//! Danger first: decides, before any search, whether a message signals that someone may be in
//! danger (suicidal thoughts, self-harm, an overdose, someone unresponsive).
//!
//! The phrases come from `knowledge/crisis.md`. A phrase counts unless a negation stands right
//! before it ("I would never hurt myself", "I'm not going to hurt myself"): between the negation
//! and the phrase only a few words that keep the negation's meaning may stand
//! ([`NEGATION_BRIDGE`]). Anything else breaks it, on purpose: "I don't think I want to live"
//! is a crisis. When unsure, the rule errs toward the emergency reply.

use crate::knowledge::CrisisRules;
use crate::text::phrase::{Phrase, PhraseSet, Tokens};

/// Extra words allowed inside a crisis phrase ("want to *just* die").
const CRISIS_GAP: usize = 2;

/// Words that may stand between a negation and the phrase it negates: "not *going to* hurt
/// myself", "never *ever* kill myself", "not *feeling* suicidal".
const NEGATION_BRIDGE: &[&str] = &[
    "am", "be", "being", "ever", "feeling", "going", "gonna", "i", "im", "planning", "to", "try",
    "trying", "wanna", "want", "would",
];
/// How many bridge words at most.
const MAX_BRIDGE: usize = 3;

/// The compiled crisis rules.
#[derive(Debug, Clone)]
pub struct CrisisDetector {
    phrases: PhraseSet<String>,
    negations: Vec<String>,
}

impl CrisisDetector {
    pub fn new(rules: &CrisisRules) -> CrisisDetector {
        let phrases = PhraseSet::new(
            rules
                .phrases
                .iter()
                .filter_map(|(_, text)| Phrase::new(text, CRISIS_GAP).map(|p| (p, text.clone()))),
        );
        let negations = rules
            .negations
            .iter()
            .flat_map(|(_, text)| crate::text::words(text))
            .collect();
        CrisisDetector { phrases, negations }
    }

    /// The phrase that makes the message a crisis, if any.
    pub fn detect(&self, tokens: &Tokens) -> Option<&str> {
        self.phrases
            .find_all(tokens)
            .into_iter()
            .find(|(start, _, _)| !self.negated(&tokens.words, *start))
            .map(|(_, _, phrase)| phrase.as_str())
    }

    /// Whether a negation governs the phrase starting at `start`.
    fn negated(&self, words: &[String], start: usize) -> bool {
        let mut bridge = 0;
        for word in words[..start].iter().rev() {
            if self.negations.contains(word) {
                return true;
            }
            if bridge == MAX_BRIDGE || !NEGATION_BRIDGE.contains(&word.as_str()) {
                return false;
            }
            bridge += 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Tokens {
        Tokens::new(crate::text::rule_words(text))
    }

    fn detector() -> CrisisDetector {
        let list = |items: &[&str]| items.iter().map(|s| (1, (*s).to_owned())).collect();
        CrisisDetector::new(&CrisisRules {
            reply: "Call 911".into(),
            phrases: list(&[
                "kill myself",
                "hurt myself",
                "suicid*",
                "dont want to live",
                "want to die",
                "no reason to live",
                "not breathing",
                "wont wake up",
                "took too much",
            ]),
            negations: list(&["not", "never", "dont", "wont", "wouldnt"]),
        })
    }

    #[test]
    fn direct_and_indirect_danger() {
        let d = detector();
        for message in [
            "i want to kill myself",
            "I'm going to hurt myself tonight",
            "feeling suicidal",
            "im so sucidal rn",
            "i really dont want to live anymore",
            "i just want to f***ing die",
            "there is no reason to live",
            "my friend is NOT BREATHING after ket",
            "she won't wake up!!",
            "i think i took too much ket and my heart is racing",
            "I don't think I want to live",
        ] {
            assert!(d.detect(&words(message)).is_some(), "{message}");
        }
    }

    #[test]
    fn negated_phrases_are_not_a_crisis() {
        let d = detector();
        for message in [
            "i'm not going to hurt myself, i just want to know about withdrawal",
            "I would never kill myself",
            "im not suicidal",
            "i wouldn't ever hurt myself",
            "is ketamine addictive",
            "i want to know if you can die from ketamine bladder",
        ] {
            assert_eq!(d.detect(&words(message)), None, "{message}");
        }
    }

    #[test]
    fn a_negation_far_away_does_not_cancel_danger() {
        let d = detector();
        assert!(
            d.detect(&words("i'm not sure anymore, i want to kill myself"))
                .is_some()
        );
        assert!(
            d.detect(&words("it's not fair, i keep thinking i will hurt myself"))
                .is_some()
        );
    }
}
