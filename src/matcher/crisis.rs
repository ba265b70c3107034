//! Danger first: decides, before any search, whether a message signals that someone may be in
//! danger (suicidal thoughts, self-harm, an overdose, someone unresponsive).
//!
//! The phrases come from `knowledge/crisis.md`. A phrase counts unless a negation stands right
//! before it ("I would never hurt myself", "I'm not going to hurt myself"): between the negation
//! and the phrase only a few words that keep the negation's meaning may stand
//! ([`NEGATION_BRIDGE`]), and both must be in one sentence. Anything else breaks it, on purpose:
//! "I don't think I want to live" is a crisis. When unsure, the rule errs toward the emergency
//! reply. A negation inside a match that its phrase does not hold ("want to *not* die") turns
//! the phrase round: it does not count.

use crate::knowledge::CrisisRules;
use crate::text::phrase::{Phrase, PhraseSet, Tokens};

/// Extra words allowed inside a crisis phrase ("want to *just* die").
const CRISIS_GAP: usize = 2;

/// Words that may stand between a negation and the phrase it negates: "not *going to* hurt
/// myself", "never *ever* kill myself", "not *feeling* suicidal".
const NEGATION_BRIDGE: &[&str] = &[
    "about", "am", "be", "being", "ever", "feeling", "going", "gonna", "i", "im", "of", "planning",
    "thinking", "to", "try", "trying", "wanna", "want", "would",
];
/// How many bridge words at most.
const MAX_BRIDGE: usize = 3;

/// Messages of up to this many words are read as one sentence when combining signals: people
/// in distress do not punctuate ("took all my pills. cant breathe").
const ONE_SENTENCE_WORDS: usize = 30;

/// Words that may stand beside a signal that is the whole message ("overdose help",
/// "od pls", "ket overdose"), besides stop words.
const ALONE_FILLER: &[&str] = &[
    "help", "please", "pls", "plz", "sos", "omg", "urgent", "ketamine", "ket", "k",
];

/// Besides the words that open a question, words that make a lone signal a question about it
/// ("what is an overdose", "overdose meaning"), not an alarm.
const ASKING_ABOUT: &[&str] = &["define", "meaning", "mean", "means"];

/// What the crisis rules make of a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrisisReading {
    /// The phrase or the signals that make it a crisis.
    pub crisis: Option<String>,
    /// When it is no crisis: the words that rule a danger out, negation to phrase ("not
    /// suicidal", "dont want to die"). They say nothing of what is asked.
    pub ruled_out: Vec<std::ops::Range<usize>>,
    /// The signal groups whose words the message holds (and that count: not inside an
    /// everyday phrase, not negated), in the order of `## signals`. When it is no crisis,
    /// they tell the learned second reader whether there is any danger vocabulary to weigh.
    pub signals: Vec<String>,
    /// Whether the message, a crisis to the rules, tells danger as over or not real ("years
    /// ago", "hes fine now", "just asking"): a phrase of `## reassurances` occurs in it.
    pub reassured: bool,
    /// Whether the danger the rules found is only that of `## ambiguous` phrases or
    /// combinations ("heart attack", "ending + places"): everyday talk as often as danger, they
    /// give way when the learned reader finds danger unlikely.
    pub ambiguous: bool,
    /// Whether the message is mostly in a language other than English. The matcher reads
    /// only the few words it knows there ("ketamin", "entzug"), so an answer it finds is no
    /// sign that nothing else is said: the learned reader weighs it as if unanswered.
    pub other_language: bool,
}

/// The compiled crisis rules.
#[derive(Debug, Clone)]
pub struct CrisisDetector {
    /// Every phrase as written, with how many negations it holds.
    phrases: PhraseSet<(String, usize)>,
    negations: Vec<String>,
    /// Every signal word, with the position of its group and how many negations it holds.
    signals: PhraseSet<(usize, usize)>,
    names: Vec<String>,
    /// Groups that together make a crisis, by position.
    combinations: Vec<Vec<usize>>,
    /// Everyday phrases whose words do not count towards danger ("cut down").
    everyday: PhraseSet<()>,
    /// Phrases that tell danger as over or not real ("years ago", "fine now").
    reassurances: PhraseSet<()>,
    /// Phrases as written and combinations as `a + b` that are everyday talk as often as danger.
    ambiguous: Vec<String>,
}

impl CrisisDetector {
    pub fn new(rules: &CrisisRules) -> CrisisDetector {
        let negations: Vec<String> = rules
            .negations
            .iter()
            .flat_map(|(_, text)| crate::text::words(text))
            .collect();
        let phrases = PhraseSet::new(rules.phrases.iter().filter_map(|(_, text)| {
            Phrase::new(text, CRISIS_GAP)
                .map(|p| (p, (text.clone(), negations_in(&negations, text))))
        }));
        let names: Vec<String> = rules.signals.iter().map(|s| s.name.clone()).collect();
        let signals = PhraseSet::new(rules.signals.iter().enumerate().flat_map(
            |(group, signal)| {
                let negations = &negations;
                signal.words.iter().filter_map(move |w| {
                    Phrase::new(w, 1).map(|p| (p, (group, negations_in(negations, w))))
                })
            },
        ));
        let combinations = rules
            .combinations
            .iter()
            .map(|(_, names_of)| {
                names_of
                    .iter()
                    .filter_map(|n| names.iter().position(|x| x == n))
                    .collect()
            })
            .collect();
        let everyday = PhraseSet::new(
            rules
                .everyday
                .iter()
                .filter_map(|(_, text)| Phrase::new(text, 0).map(|p| (p, ()))),
        );
        let reassurances = PhraseSet::new(
            rules
                .reassurances
                .iter()
                .filter_map(|(_, text)| Phrase::typo_tolerant(text).map(|p| (p, ()))),
        );
        CrisisDetector {
            phrases,
            negations,
            signals,
            names,
            combinations,
            everyday,
            reassurances,
            ambiguous: rules.ambiguous.iter().map(|(_, a)| a.clone()).collect(),
        }
    }

    /// Reads the message for danger: what makes it a crisis, if anything (a phrase, or signals
    /// that combine in one sentence; `sentence_of[i]`: the sentence of word `i`), and otherwise
    /// the dangers it rules out ("i'm not suicidal, but…").
    pub fn read(&self, tokens: &Tokens, sentence_of: &[usize]) -> CrisisReading {
        let everyday = self.everyday_words(tokens);
        let counts = |start: usize, end: usize, own_negations: usize| {
            !within_everyday(&tokens.words, &everyday, start, end)
                && self
                    .negation_before(&tokens.words, sentence_of, start)
                    .is_none()
                && !self.negated_within(&tokens.words[start..end], own_negations)
        };
        let mut reading = CrisisReading {
            other_language: !tokens.mostly_english(),
            ..CrisisReading::default()
        };
        // An ambiguous phrase is kept while the rest of the message is read for one that is not.
        let mut ambiguous_phrase = None;
        for (start, end, (phrase, own_negations)) in self.phrases.find_iter(tokens) {
            if within_everyday(&tokens.words, &everyday, start, end)
                || self.negated_within(&tokens.words[start..end], *own_negations)
            {
                continue;
            }
            match self.negation_before(&tokens.words, sentence_of, start) {
                None if self.ambiguous.contains(phrase) => {
                    ambiguous_phrase.get_or_insert_with(|| phrase.clone());
                }
                None => {
                    reading.crisis = Some(phrase.clone());
                    break;
                }
                Some(negation) => reading.ruled_out.push(negation..end),
            }
        }
        let found: Vec<(usize, usize, usize)> = self
            .signals
            .find_all(tokens)
            .into_iter()
            .filter(|&(start, end, &(_, own_negations))| counts(start, end, own_negations))
            .map(|(start, end, &(group, _))| (start, end, group))
            .collect();
        if reading.crisis.is_none() {
            let combination = self.combined_signals(tokens, sentence_of, &found);
            let ambiguous_combination = combination
                .as_ref()
                .is_some_and(|c| self.ambiguous.contains(c));
            (reading.crisis, reading.ambiguous) = match (combination, ambiguous_phrase) {
                (Some(c), _) if !ambiguous_combination => (Some(c), false),
                (_, Some(p)) => (Some(p), true),
                (c, None) => (c, ambiguous_combination),
            };
        }
        if reading.crisis.is_some() {
            reading.ruled_out.clear();
        }
        // Asked only of a crisis: nothing else reads it.
        reading.reassured =
            reading.crisis.is_some() && self.reassurances.find_iter(tokens).next().is_some();
        reading.signals = (0..self.names.len())
            .filter(|group| found.iter().any(|&(_, _, g)| g == *group))
            .map(|group| self.names[group].clone())
            .collect();
        reading
    }

    /// Which words belong to an everyday phrase ("cut down"): see [`within_everyday`].
    fn everyday_words(&self, tokens: &Tokens) -> Vec<bool> {
        let mut everyday = vec![false; tokens.len()];
        for (start, end, _) in self.everyday.find_all(tokens) {
            everyday[start..end].fill(true);
        }
        everyday
    }

    /// A combination of signal groups present in one sentence (or anywhere, in a short message),
    /// one that is not `## ambiguous` if any is. `found`: the signals that count, (start, end,
    /// group).
    fn combined_signals(
        &self,
        tokens: &Tokens,
        sentence_of: &[usize],
        found: &[(usize, usize, usize)],
    ) -> Option<String> {
        if self.combinations.is_empty() {
            return None;
        }
        let short = tokens.len() <= ONE_SENTENCE_WORDS;
        // (group, sentence) pairs present.
        let mut present: Vec<(usize, usize)> = Vec::new();
        for &(start, _, group) in found {
            let sentence = if short {
                0
            } else {
                sentence_of.get(start).copied().unwrap_or(0)
            };
            if !present.contains(&(group, sentence)) {
                present.push((group, sentence));
            }
        }
        let sentences: Vec<usize> = present.iter().map(|(_, s)| *s).collect();
        // A group alone is the whole message ("overdose", "od help"): nothing else said.
        let alone = |group: usize| {
            let signal = |i: usize| {
                found
                    .iter()
                    .any(|&(s, e, g)| g == group && (s..e).contains(&i))
            };
            found.iter().any(|&(_, _, g)| g == group)
                && tokens.words.iter().enumerate().all(|(i, word)| {
                    signal(i)
                        || ALONE_FILLER.contains(&word.as_str())
                        || (crate::text::is_stop_word(word)
                            && !crate::text::is_question_opener(word)
                            && !ASKING_ABOUT.contains(&word.as_str()))
                })
        };
        let mut first_ambiguous = None;
        for combination in &self.combinations {
            let met = match combination.as_slice() {
                [group] => alone(*group),
                _ => sentences
                    .iter()
                    .any(|s| combination.iter().all(|g| present.contains(&(*g, *s)))),
            };
            if met {
                let name = combination
                    .iter()
                    .map(|g| self.names[*g].as_str())
                    .collect::<Vec<_>>()
                    .join(" + ");
                if !self.ambiguous.contains(&name) {
                    return Some(name);
                }
                first_ambiguous.get_or_insert(name);
            }
        }
        first_ambiguous
    }

    /// Whether a match (`matched`: its words) holds more negations than its phrase does: one
    /// stood in a gap between the phrase's words and turned the danger round ("because i
    /// *dont* want to" is no "because i want to", "want to *not* die" no "want to die").
    fn negated_within(&self, matched: &[String], own_negations: usize) -> bool {
        negations_in_words(&self.negations, matched) > own_negations
    }

    /// The position of the negation that governs the phrase starting at `start`, if one does.
    /// Only in the phrase's own sentence: in "told them im fine. im not. im on the roof" the
    /// "not" answers "fine", not the roof.
    fn negation_before(
        &self,
        words: &[String],
        sentence_of: &[usize],
        start: usize,
    ) -> Option<usize> {
        let sentence = |i: usize| sentence_of.get(i).copied();
        for (bridge, word) in words[..start].iter().rev().enumerate() {
            if sentence(start - 1 - bridge) != sentence(start) {
                return None;
            }
            if self.negations.contains(word) {
                return Some(start - 1 - bridge);
            }
            if bridge == MAX_BRIDGE || !NEGATION_BRIDGE.contains(&word.as_str()) {
                return None;
            }
        }
        None
    }
}

/// How many of `text`'s words are negations (`dont want to live` holds one).
fn negations_in(negations: &[String], text: &str) -> usize {
    negations_in_words(negations, &crate::text::words(text))
}

fn negations_in_words(negations: &[String], words: &[String]) -> usize {
    words.iter().filter(|w| negations.contains(w)).count()
}

/// Whether a danger match (words `start..end`) is part of everyday words and does not count:
/// it touches an everyday phrase and goes on after it with nothing but little words. "my
/// brother overdosed" in "my brother overdosed 3 years ago" and "dying" in "dying to try it" do
/// not count; "tired of living" still does in "dead tired of living", though "tired" is in
/// "dead tired": what a danger phrase adds after the everyday words is where its danger is.
fn within_everyday(words: &[String], everyday: &[bool], start: usize, end: usize) -> bool {
    match (start..end).rev().find(|&i| everyday[i]) {
        None => false,
        Some(last) => words[last + 1..end]
            .iter()
            .all(|word| crate::text::is_stop_word(word)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> (Tokens, Vec<usize>) {
        (
            Tokens::new(crate::text::rule_words(text)),
            crate::text::focus(text).sentence_of,
        )
    }

    fn detect(d: &CrisisDetector, text: &str) -> Option<String> {
        let (tokens, sentences) = words(text);
        d.read(&tokens, &sentences).crisis
    }

    /// Lines of a `crisis.md` list, all on line 1.
    fn list(items: &[&str]) -> Vec<(usize, String)> {
        items.iter().map(|s| (1, (*s).to_owned())).collect()
    }

    fn detector() -> CrisisDetector {
        CrisisDetector::new(&CrisisRules {
            signals: vec![
                crate::knowledge::Signal {
                    line: 1,
                    name: "ending".into(),
                    words: vec!["goodbye".into(), "die".into()],
                },
                crate::knowledge::Signal {
                    line: 2,
                    name: "now".into(),
                    words: vec!["tonight".into()],
                },
            ],
            combinations: vec![
                (3, vec!["ending".into(), "now".into()]),
                (4, vec!["now".into()]),
            ],
            reply: "Call 911".into(),
            reply_lines: vec![2],
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
            everyday: list(&["die down"]),
            ..CrisisRules::default()
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
            assert!(detect(&d, message).is_some(), "{message}");
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
            "i'm safe and not thinking of hurting myself",
            "im not gona hurt myself or anythin",
            "is ketamine addictive",
            "i want to know if you can die from ketamine bladder",
        ] {
            assert_eq!(detect(&d, message), None, "{message}");
        }
    }

    #[test]
    fn a_negation_between_the_words_of_a_phrase_turns_it_round() {
        let d = detector();
        // "want to die" with "not" in its gap.
        assert_eq!(detect(&d, "i want to not die, how do i stop using"), None);
        assert!(detect(&d, "i want to just die").is_some());
        // A phrase that holds its negation still matches.
        assert!(detect(&d, "i really dont want to live anymore").is_some());
    }

    #[test]
    fn a_negation_answers_its_own_sentence_only() {
        let d = detector();
        assert!(detect(&d, "told them im fine. im not. i want to kill myself").is_some());
        assert_eq!(detect(&d, "im not going to hurt myself"), None);
    }

    #[test]
    fn a_danger_ruled_out_is_marked_from_the_negation_to_the_phrase() {
        let d = detector();
        let (tokens, sentences) = words("im not suicidal, does ket make depression worse");
        let reading = d.read(&tokens, &sentences);
        assert_eq!(reading.crisis, None);
        assert_eq!(reading.ruled_out, vec![1..3], "{:?}", tokens.words);
        // A crisis has nothing ruled out, even beside a negated phrase.
        let (tokens, sentences) = words("im not suicidal, i want to kill myself");
        let reading = d.read(&tokens, &sentences);
        assert!(reading.crisis.is_some());
        assert!(reading.ruled_out.is_empty());
    }

    #[test]
    fn a_negation_far_away_does_not_cancel_danger() {
        let d = detector();
        assert!(detect(&d, "i'm not sure anymore, i want to kill myself").is_some());
        assert!(detect(&d, "it's not fair, i keep thinking i will hurt myself").is_some());
        assert!(detect(&d, "i'm not ok, thinking of hurting myself").is_some());
    }

    #[test]
    fn signals_combine_within_a_sentence() {
        let d = detector();
        assert_eq!(
            detect(&d, "goodbye everyone, tonight is the last time").as_deref(),
            Some("ending + now")
        );
        assert_eq!(detect(&d, "goodbye"), None, "one signal is not enough");
        let long = format!(
            "goodbye to my old life. {} what happens tonight at the meeting?",
            "word ".repeat(30)
        );
        assert_eq!(
            detect(&d, &long),
            None,
            "different sentences of a long message"
        );
    }

    #[test]
    fn a_group_alone_counts_only_when_it_is_the_whole_message() {
        let d = detector();
        assert_eq!(detect(&d, "tonight").as_deref(), Some("now"));
        assert_eq!(detect(&d, "TONIGHT!! help pls").as_deref(), Some("now"));
        assert_eq!(
            detect(&d, "ket tonight").as_deref(),
            Some("now"),
            "the drug named"
        );
        assert_eq!(detect(&d, "is there a meeting tonight"), None);
        assert_eq!(
            detect(&d, "what about tonight"),
            None,
            "a question about it"
        );
    }

    #[test]
    fn a_reassurance_is_noticed_beside_the_danger_it_does_not_rule_out() {
        let d = CrisisDetector::new(&CrisisRules {
            phrases: list(&["overdosed"]),
            reassurances: list(&["years ago", "hes fine"]),
            ..CrisisRules::default()
        });
        let read = |text: &str| {
            let (tokens, sentences) = words(text);
            d.read(&tokens, &sentences)
        };
        let told_as_over = read("he overdosed years ago, hes fine, is k addictive");
        assert!(told_as_over.reassured);
        assert_eq!(
            told_as_over.crisis.as_deref(),
            Some("overdosed"),
            "the learned reader decides, not the rules"
        );
        assert!(!read("he overdosed, help").reassured);
        assert!(read("he overdosed yeers ago").reassured, "typos forgiven");
    }

    #[test]
    fn a_signal_word_inside_an_everyday_phrase_does_not_count() {
        let d = detector();
        assert_eq!(detect(&d, "hope the cravings die down tonight"), None);
        assert_eq!(
            detect(&d, "hope it will die down, i want to die"),
            Some("want to die".into())
        );
        assert_eq!(
            detect(&d, "the noise died down, i will die tonight").as_deref(),
            Some("ending + now"),
            "the same word outside the everyday phrase still counts"
        );
    }

    #[test]
    fn a_match_that_says_more_than_the_everyday_phrase_still_counts() {
        let d = CrisisDetector::new(&CrisisRules {
            phrases: list(&["tired of living", "i overdose"]),
            everyday: list(&["dead tired", "overdosed ... year ago"]),
            ..CrisisRules::default()
        });
        assert_eq!(detect(&d, "dead tired after work"), None);
        assert_eq!(
            detect(&d, "im dead tired of living").as_deref(),
            Some("tired of living")
        );
        assert_eq!(detect(&d, "i overdosed 3 years ago, am i ok now"), None);
        assert_eq!(
            detect(&d, "i overdosed 20 minutes ago").as_deref(),
            Some("i overdose")
        );
    }

    #[test]
    fn an_ambiguous_phrase_is_named_as_such_unless_other_danger_stands_beside_it() {
        let rules = CrisisRules {
            phrases: list(&["heart attack", "kill myself"]),
            signals: vec![
                crate::knowledge::Signal {
                    line: 1,
                    name: "ending".into(),
                    words: vec!["die".into()],
                },
                crate::knowledge::Signal {
                    line: 2,
                    name: "now".into(),
                    words: vec!["tonight".into()],
                },
            ],
            combinations: vec![(3, vec!["ending".into(), "now".into()])],
            ambiguous: list(&["heart attack"]),
            ..CrisisRules::default()
        };
        let d = CrisisDetector::new(&rules);
        let read = |text: &str| {
            let (tokens, sentences) = words(text);
            d.read(&tokens, &sentences)
        };
        let everyday = read("my dad had a heart attack last year, can k cause one");
        assert_eq!(everyday.crisis.as_deref(), Some("heart attack"));
        assert!(everyday.ambiguous);
        for danger in [
            "heart attack or not i will kill myself",
            "this heart attack feeling, i will die tonight",
        ] {
            let read = read(danger);
            assert!(
                read.crisis.is_some() && !read.ambiguous,
                "{danger}: {read:?}"
            );
        }
        let d = CrisisDetector::new(&CrisisRules {
            ambiguous: list(&["ending + now"]),
            ..rules.clone()
        });
        let (tokens, sentences) = words("i will die tonight");
        let read = d.read(&tokens, &sentences);
        assert_eq!(read.crisis.as_deref(), Some("ending + now"));
        assert!(read.ambiguous, "a combination may be ambiguous too");
    }
}
