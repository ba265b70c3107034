//! A second reader for answers, learned from examples: for each entry, a logistic regression
//! over the word stems of a message and each pair of neighbouring stems (what the crisis reader
//! sees, [`crisis_model::features`]).
//!
//! The search weighs the words a message shares with each entry. People often ask in words no
//! entry uses: a long story with the question in the middle ("… and now he needs way bigger
//! bumps, is that normal?"), a loose paraphrase, a symptom told in their own terms. The
//! question sets hold thousands of such messages, each labelled with the entries that answer
//! it; this model learns from them which words tell of which entry. It speaks after the search
//! has decided, and only in two places:
//! - an answer gives way to another entry the model finds at least `margin` more likely;
//! - where the search was unsure, an entry the model finds likely enough is answered: at least
//!   `threshold_suggested` where it offered "did you mean…", at least `threshold` where it
//!   found no answer for want of a good match (out-of-scope messages end there, far more
//!   rarely among suggestions).
//!
//! It also learns, from the same sets, the questions they label out of scope: an answer gives
//! way to "I don't have an answer" when the model finds it at least `decline` likely that the
//! message asks nothing the knowledge answers, and more likely than the answer ("can i get
//! spravato through my insurance", "whats the best rehab in ohio").
//!
//! And it learns the smalltalk of the sets (greetings, thanks, "are you a bot"), by intent,
//! from `smalltalk.md`'s phrases and the sets' smalltalk messages: where nothing answers a
//! message, an intent the model finds at least `smalltalk` likely (and likelier than any
//! entry) gets its reply ("cheers mate, that helped heaps", "hwo are u").
//!
//! A message declined for a reason (a question `not-covered.md` names, another substance) it
//! answers only when it is all but sure of an entry (`threshold_not_covered`), and finds that
//! entry likelier than "asks nothing the knowledge answers": a phrase said in passing ("this
//! exam will be the death of me 😩 does k mess with ur memory", "my psychiatrist wants me to try
//! spravato but im scared ill get hooked on it"). It never answers a crisis, smalltalk, or a
//! message with nothing to search. Entries it never learned of (added after `faqbot
//! learn-answers` ran) are left to the search.

use rustc_hash::FxHashMap;

use super::crisis_model::{self, Learned, Learning};
use super::sorted_by_key::SortedByKey;
use super::{Candidate, NoMatchReason, Outcome};
use crate::knowledge::{AnswerModelWeights, DECLINED_ID, feature_key, smalltalk_id};

/// The compiled model.
#[derive(Debug, Clone)]
pub struct AnswerModel {
    /// Bias by column: the entries by position, then "asks nothing the knowledge answers",
    /// then the smalltalk intents by position; `None` for one the model never learned of.
    biases: Vec<Option<f32>>,
    /// How many entries (the first columns).
    entries: usize,
    /// The learned weights, grouped by feature.
    weights: FeatureWeights,
    thresholds: Thresholds,
}

/// Each feature's weights, one per column it tells of, in two columns side by side (6 bytes a
/// weight where `(u32, f32)` pairs took 8), and where each feature's run starts: its end is
/// where the next key's starts. The readers are the part of the bot's memory that grows with
/// every round of question sets; this keeps 0.4 MB of it (115,764 weights, 37,601 features).
#[derive(Debug, Clone)]
struct FeatureWeights {
    /// Feature key → where its run starts in `columns` and `weights`.
    starts: SortedByKey<u32>,
    columns: Vec<u16>,
    weights: Vec<f32>,
}

/// The most columns the compiled model holds: an entry, intent or "(declined)" beyond it is left
/// to the search, as one the model never learned of.
const MOST_COLUMNS: usize = u16::MAX as usize + 1;

impl FeatureWeights {
    /// From the written `(feature key, id, weight)` triples, where `column` says where each id's
    /// weights go (`None`: nowhere). As written, each feature's weights stand on one line, so
    /// the runs are sorted by key, not every weight; a feature written on two lines becomes one
    /// run.
    fn from_written(
        written: &[(u64, u32, f32)],
        column: impl Fn(u32) -> Option<u16>,
    ) -> FeatureWeights {
        let mut runs: Vec<&[(u64, u32, f32)]> = written.chunk_by(|a, b| a.0 == b.0).collect();
        runs.sort_by_key(|run| run[0].0);
        let mut starts: Vec<(u64, u32)> = Vec::with_capacity(runs.len());
        let (mut columns, mut weights) = (
            Vec::with_capacity(written.len()),
            Vec::with_capacity(written.len()),
        );
        for run in runs {
            let key = run[0].0;
            if starts.last().is_none_or(|&(last, _)| last != key) {
                starts.push((key, columns.len() as u32));
            }
            for &(_, id, weight) in run {
                if let Some(column) = column(id) {
                    columns.push(column);
                    weights.push(weight);
                }
            }
        }
        FeatureWeights {
            starts: SortedByKey::new(starts),
            columns,
            weights,
        }
    }

    /// The `(column, weight)` pairs of the feature with this key (none for a key never learned).
    fn of(&self, key: u64) -> impl Iterator<Item = (usize, f32)> + '_ {
        let run = self.starts.position(key).map_or(0..0, |at| {
            let starts = self.starts.values();
            let end = starts
                .get(at + 1)
                .map_or(self.columns.len(), |&s| s as usize);
            starts[at] as usize..end
        });
        self.columns[run.clone()]
            .iter()
            .zip(&self.weights[run])
            .map(|(&column, &weight)| (column as usize, weight))
    }
}

/// When the model speaks (see the module's documentation); `None`: never there.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Thresholds {
    /// Where the search found no answer for want of a good match.
    pub threshold: Option<f32>,
    /// Where the search offered "did you mean…".
    pub threshold_suggested: Option<f32>,
    /// How much more likely than the search's answer another entry must be.
    pub margin: Option<f32>,
    /// How likely it must be that a message asks nothing the knowledge answers for an answer
    /// to give way to "I don't have an answer".
    pub decline: Option<f32>,
    /// How likely a smalltalk intent must be for a message nothing answers to get its reply.
    pub smalltalk: Option<f32>,
    /// How likely an entry must be for a message declined for a reason (`not-covered.md`,
    /// another substance) to be answered all the same.
    pub threshold_not_covered: Option<f32>,
}

impl Thresholds {
    fn all_off(&self) -> bool {
        self.threshold.is_none()
            && self.threshold_suggested.is_none()
            && self.margin.is_none()
            && self.decline.is_none()
            && self.smalltalk.is_none()
            && self.threshold_not_covered.is_none()
    }
}

/// What the model makes of a message, where it differs from the search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SecondOpinion {
    /// Answer this entry (by position), this likely.
    Answer(usize, f32),
    /// The message asks nothing the knowledge answers, this likely.
    Decline(f32),
    /// The message is smalltalk of this intent (by position), this likely.
    Smalltalk(usize, f32),
}

impl AnswerModel {
    /// Compiles the written model for knowledge of `entries` entries, where `position` finds an
    /// entry by id, without smalltalk. `None` when all of its thresholds are `off`.
    pub fn new(
        written: &AnswerModelWeights,
        entries: usize,
        position: impl Fn(&str) -> Option<usize>,
    ) -> Option<AnswerModel> {
        AnswerModel::with_smalltalk(written, entries, &[], position)
    }

    /// [`AnswerModel::new`] for knowledge with these smalltalk intents (their names).
    pub fn with_smalltalk(
        written: &AnswerModelWeights,
        entries: usize,
        intents: &[String],
        position: impl Fn(&str) -> Option<usize>,
    ) -> Option<AnswerModel> {
        let thresholds = Thresholds {
            threshold: written.threshold,
            threshold_suggested: written.threshold_suggested,
            margin: written.margin,
            decline: written.decline,
            smalltalk: written.smalltalk,
            threshold_not_covered: written.threshold_not_covered,
        };
        if thresholds.all_off() {
            return None;
        }
        // "Asks nothing the knowledge answers" is one more column after the entries, and each
        // smalltalk intent one more after it.
        let intent_ids: Vec<String> = intents.iter().map(|name| smalltalk_id(name)).collect();
        let at: Vec<Option<usize>> = written
            .ids
            .iter()
            .map(|(id, _)| match id.as_str() {
                DECLINED_ID => Some(entries),
                id => match intent_ids.iter().position(|known| known == id) {
                    Some(intent) => Some(entries + 1 + intent),
                    None => position(id).filter(|&entry| entry < entries),
                },
            })
            .collect();
        let mut biases = vec![None; entries + 1 + intents.len()];
        for (i, bias) in written.biases.iter().enumerate() {
            if let Some(entry) = at[i] {
                biases[entry] = Some(*bias);
            }
        }
        for bias in biases.iter_mut().skip(MOST_COLUMNS) {
            *bias = None;
        }
        // Each feature's weights are summed into distinct columns, so the order of features
        // and of weights within one changes no score.
        let weights = FeatureWeights::from_written(&written.weights, |id| {
            u16::try_from(at[id as usize]?).ok()
        });
        Some(AnswerModel {
            biases,
            entries,
            weights,
            thresholds,
        })
    }

    /// How likely the model finds it that each entry (by position) answers a message whose words
    /// have these stems, from 0 to 1; 0 for an entry it never learned of.
    pub fn probabilities(&self, stems: &[String]) -> Vec<f32> {
        let mut p = self.all_probabilities(stems);
        p.truncate(self.entries);
        p
    }

    /// How likely the model finds it that `entry` answers a message whose words have these
    /// stems; `None` for an entry it never learned of.
    pub fn likelihood_of(&self, entry: usize, stems: &[String]) -> Option<f32> {
        self.biases.get(entry)?.as_ref()?;
        self.probabilities(stems).get(entry).copied()
    }

    /// [`AnswerModel::probabilities`], and how likely it is that the message asks nothing the
    /// knowledge answers.
    fn entries_and_declined(&self, stems: &[String]) -> (Vec<f32>, f32) {
        let mut p = self.all_probabilities(stems);
        p.truncate(self.entries + 1);
        let declined = p.pop().unwrap_or(0.0);
        (p, declined)
    }

    /// [`AnswerModel::probabilities`], then how likely it is that the message asks nothing the
    /// knowledge answers, then that it is each smalltalk intent (0 for what the model never
    /// learned).
    fn all_probabilities(&self, stems: &[String]) -> Vec<f32> {
        let mut scores: Vec<f32> = self.biases.iter().map(|b| b.unwrap_or(0.0)).collect();
        for key in crisis_model::feature_keys(stems) {
            for (column, weight) in self.weights.of(key) {
                scores[column] += weight;
            }
        }
        scores
            .iter()
            .zip(&self.biases)
            .map(|(score, bias)| bias.map_or(0.0, |_| crisis_model::sigmoid(*score)))
            .collect()
    }

    /// What to do instead of what the search decided (`outcome`, from these `candidates`);
    /// `None` when the outcome stands. An answer stands when it is to an entry the model never
    /// learned of (it cannot weigh it: a new entry would be moved away from, or declined), or
    /// when the message is one of the entry's own phrasings.
    pub fn second_opinion(
        &self,
        outcome: &Outcome,
        candidates: &[Candidate],
        stems: &[String],
    ) -> Option<SecondOpinion> {
        let best = |p: &[f32]| {
            p.iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
                .map(|(entry, p)| (entry, *p))
        };
        let answer = |(entry, likelihood)| SecondOpinion::Answer(entry, likelihood);
        let unanswered = |threshold: Option<f32>| {
            let all = self.all_probabilities(stems);
            let entry = best(&all[..self.entries]);
            // Smalltalk where nothing answers: more likely than any entry, and likely enough.
            let intent = best(&all[(self.entries + 1).min(all.len())..]).filter(|(_, p)| {
                self.thresholds.smalltalk.is_some_and(|t| *p >= t)
                    && entry.is_none_or(|(_, q)| *p > q)
            });
            match intent {
                Some((intent, p)) => Some(SecondOpinion::Smalltalk(intent, p)),
                None => entry
                    .filter(|(_, p)| threshold.is_some_and(|t| *p >= t))
                    .map(answer),
            }
        };
        match outcome {
            Outcome::Answered { entry, .. } => {
                if self.biases[*entry].is_none()
                    || super::answers_its_own_phrasing(outcome, candidates)
                {
                    return None;
                }
                let (p, declined) = self.entries_and_declined(stems);
                let (other, likelihood) = best(&p)?;
                let moved = self
                    .thresholds
                    .margin
                    .is_some_and(|margin| other != *entry && likelihood - p[*entry] >= margin);
                let kept = if moved { likelihood } else { p[*entry] };
                let decline = self
                    .thresholds
                    .decline
                    .is_some_and(|threshold| declined >= threshold && declined > kept);
                if decline {
                    Some(SecondOpinion::Decline(declined))
                } else {
                    moved.then_some(SecondOpinion::Answer(other, likelihood))
                }
            }
            Outcome::Suggestions { .. } => unanswered(self.thresholds.threshold_suggested),
            Outcome::NoMatch {
                reason: NoMatchReason::Unsure,
            } => unanswered(self.thresholds.threshold),
            // "this exam will be the death of me, does k mess with your memory": a phrase of
            // not-covered.md said in passing, where the model is all but sure of an entry.
            Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(_) | NoMatchReason::OtherSubstance(_),
            } => {
                let threshold = self.thresholds.threshold_not_covered?;
                let (p, declined) = self.entries_and_declined(stems);
                best(&p)
                    .filter(|(_, likelihood)| *likelihood >= threshold && *likelihood > declined)
                    .map(answer)
            }
            // Nothing to search ("hmm", "LMAO OK FAIR"): smalltalk, or nothing.
            Outcome::NoMatch {
                reason: NoMatchReason::NothingToSearch,
            } => unanswered(None),
            _ => None,
        }
    }
}

/// The written form of models learned for these entry ids (and [`DECLINED_ID`]), as
/// `answer-model.md` with these thresholds would give it.
pub fn written(learned: &[(String, Learned)], thresholds: Thresholds) -> AnswerModelWeights {
    AnswerModelWeights {
        threshold: thresholds.threshold,
        threshold_suggested: thresholds.threshold_suggested,
        margin: thresholds.margin,
        decline: thresholds.decline,
        smalltalk: thresholds.smalltalk,
        threshold_not_covered: thresholds.threshold_not_covered,
        ids: learned.iter().map(|(id, _)| (id.clone(), 0)).collect(),
        biases: learned.iter().map(|(_, l)| l.bias).collect(),
        weights: learned
            .iter()
            .enumerate()
            .flat_map(|(i, (_, l))| {
                l.weights
                    .iter()
                    .map(move |(f, w)| (feature_key(f), i as u32, *w))
            })
            .collect(),
    }
}

/// How [`learn`] learns: as the crisis reader does, with its own defaults.
///
/// The weights kept are the average of the last 5 passes (round 24). With the weights after the
/// last step, two sets more (460 messages) moved 50 held-out answers (33 lost, 17 gained: the
/// last steps' examples pull every weight about); averaged, 20 (8 lost, 12 gained). Out of fold
/// (101 tuning sets, each fifth read by both readers learned without it): 5 passes averaged
/// gave +3 right answers, 8 wrong fewer, +7 declined, −1 crisis; 10 passes −10 right answers,
/// +12 declined. It also keeps 5,000 fewer weights (62,848 against 67,860).
///
/// The shrink, read again out of fold at round 51 (354 tuning sets, four times round 22's
/// messages): 0.0005 won 59 declines (40 with seed 2) for 12 right answers and 14 smalltalk
/// replies (9 and 9); 0.002 lost 98 declines and 19 right answers. 0.001 stays (README,
/// "Round 51").
pub fn default_learning() -> Learning {
    Learning {
        epochs: 15,
        rate: 0.1,
        shrink: 0.001,
        averaged_epochs: 5,
        smallest_kept: 0.3,
        // One order of reading, the crisis reader's: `--seed` and `--shuffles` serve both.
        ..Learning::default()
    }
}

/// Learns one model per entry (`0..entries`) from `(words, the entries that answer them)`
/// examples: a message is an example of each entry that answers it, and a counter-example of
/// every other. Deterministic.
pub fn learn(
    examples: &[(Vec<String>, Vec<usize>)],
    entries: usize,
    how: &Learning,
) -> Vec<Learned> {
    (0..entries)
        .map(|entry| {
            let binary: Vec<(Vec<String>, bool)> = examples
                .iter()
                .map(|(words, answers)| (words.clone(), answers.contains(&entry)))
                .collect();
            crisis_model::learn(&binary, how)
        })
        .collect()
}

/// `answer-model.md` for the models learned for these entry ids, with a note of what they
/// were learned from.
pub fn to_markdown(
    learned: &[(String, Learned)],
    thresholds: Thresholds,
    learned_from: &str,
) -> String {
    let optional = |t: Option<f32>| t.map_or("off".to_owned(), |t| t.to_string());
    let mut out = format!(
        "# Answer model: a second reader for which entry answers a message

<!-- Written by `faqbot learn-answers` from {learned_from}. Do not edit the weights by hand:
     add messages to the question sets in tests/questions (or phrasings to the entries), and
     run `faqbot learn-answers` again.
     After the search has decided, this model reads the message too. An answer gives way to
     another entry the model finds at least `margin` (0 to 1) more likely; where the search
     offered \"did you mean…\", an entry the model finds at least `threshold_suggested` likely
     is answered, and where it found no answer for want of a good match, one at least
     `threshold` likely. `(declined)` is what the question sets label out of scope: an answer
     gives way to \"I don't have an answer\" when the model finds it at least `decline` likely
     that the message asks nothing the knowledge answers, and more likely than the answer.
     `(smalltalk:…)` is an intent of smalltalk.md: where nothing answers a message, an intent
     the model finds at least `smalltalk` likely, and likelier than any entry, gets its reply.
     A message declined for a reason (a phrase of not-covered.md, another substance) is
     answered all the same only by an entry the model finds at least `threshold_not_covered`
     likely, and likelier than out of scope: the phrase was said in passing (\"this exam will
     be the death of me, does k mess with your memory\"). It never answers a crisis or
     smalltalk. Raise a value for
     fewer changes, lower it for more; `off` turns that part off, and deleting this file
     turns the model off. -->

## model
threshold: {}
threshold_suggested: {}
margin: {}
decline: {}
smalltalk: {}
threshold_not_covered: {}

## biases

",
        optional(thresholds.threshold),
        optional(thresholds.threshold_suggested),
        optional(thresholds.margin),
        optional(thresholds.decline),
        optional(thresholds.smalltalk),
        optional(thresholds.threshold_not_covered)
    );
    for (id, model) in learned {
        out.push_str(&format!("- {:.3} {id}\n", model.bias));
    }
    out.push_str("\n## weights\n\n");
    let mut by_feature: FxHashMap<&str, Vec<(f32, &str)>> = FxHashMap::default();
    for (id, model) in learned {
        for (feature, weight) in &model.weights {
            by_feature
                .entry(feature.as_str())
                .or_default()
                .push((*weight, id.as_str()));
        }
    }
    let mut lines: Vec<(&str, Vec<(f32, &str)>)> = by_feature.into_iter().collect();
    let heaviest =
        |weights: &[(f32, &str)]| weights.iter().map(|(w, _)| w.abs()).fold(0.0, f32::max);
    lines.sort_by(|a, b| heaviest(&b.1).total_cmp(&heaviest(&a.1)).then(a.0.cmp(b.0)));
    for (feature, mut weights) in lines {
        weights.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let list: Vec<String> = weights
            .iter()
            .map(|(w, id)| format!("{w:.3} {id}"))
            .collect();
        out.push_str(&format!("- {feature}: {}\n", list.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::feature_key as key;
    use crate::text;

    fn words(message: &str) -> Vec<String> {
        text::rule_words(message)
    }

    fn stems(message: &str) -> Vec<String> {
        crisis_model::stems_of(&words(message))
    }

    /// Entry 0 is withdrawal, entry 1 the bladder, entry 2 treatment.
    fn examples() -> Vec<(Vec<String>, Vec<usize>)> {
        [
            ("what is withdrawal like", vec![0]),
            ("rattling after a week off it", vec![0]),
            ("comedown lasts days is that withdrawal", vec![0]),
            ("my bladder hurts", vec![1]),
            ("peeing all the time since using", vec![1]),
            ("is ketamine bladder permanent", vec![1]),
            ("how does rehab work", vec![2]),
            ("can you help me get clean", vec![2]),
            ("do you do detox and rehab", vec![2, 0]),
            ("hello there", vec![]),
            ("how much does it cost", vec![]),
        ]
        .into_iter()
        .map(|(m, answers)| (words(m), answers))
        .collect()
    }

    const IDS: [&str; 3] = ["withdrawal", "bladder", "treatment"];

    fn named(learned: &[Learned]) -> Vec<(String, Learned)> {
        IDS.iter()
            .map(|id| (*id).to_owned())
            .zip(learned.iter().cloned())
            .collect()
    }

    fn model(threshold: Option<f32>, margin: Option<f32>) -> AnswerModel {
        let learned = learn(&examples(), 3, &default_learning());
        let thresholds = Thresholds {
            threshold,
            threshold_suggested: threshold,
            margin,
            decline: None,
            smalltalk: None,
            threshold_not_covered: None,
        };
        AnswerModel::new(&written(&named(&learned), thresholds), 3, |id| {
            IDS.iter().position(|known| *known == id)
        })
        .unwrap()
    }

    #[test]
    fn learns_which_words_tell_of_which_entry() {
        let m = model(Some(0.5), Some(0.2));
        let p = m.probabilities(&stems("is rattling withdrawal"));
        assert!(p[0] > p[1] && p[0] > p[2], "{p:?}");
        let p = m.probabilities(&stems("peeing and my bladder"));
        assert!(p[1] > p[0] && p[1] > p[2], "{p:?}");
        assert_eq!(
            learn(&examples(), 3, &default_learning()),
            learn(&examples(), 3, &default_learning()),
            "deterministic"
        );
    }

    #[test]
    fn an_answer_gives_way_only_to_an_entry_clearly_more_likely() {
        let message = stems("peeing all the time and my bladder hurts");
        let answered = |entry| Outcome::Answered {
            entry,
            score: 0.5,
            related: Vec::new(),
        };
        let m = model(None, Some(0.2));
        let Some(SecondOpinion::Answer(entry, likelihood)) =
            m.second_opinion(&answered(2), &[], &message)
        else {
            panic!("moved")
        };
        assert_eq!(entry, 1);
        assert!(likelihood > 0.2);
        assert_eq!(
            m.second_opinion(&answered(1), &[], &message),
            None,
            "already the model's choice"
        );
        let p = m.probabilities(&message);
        let strict = model(None, Some((p[1] - p[2]) + 0.01));
        assert_eq!(
            strict.second_opinion(&answered(2), &[], &message),
            None,
            "not more likely by the margin"
        );
        assert_eq!(
            model(Some(0.5), None).second_opinion(&answered(2), &[], &message),
            None,
            "`margin: off`: answers stand"
        );
    }

    #[test]
    fn where_the_search_was_unsure_a_likely_entry_is_answered() {
        let message = stems("peeing all the time and my bladder hurts");
        let p = model(None, None.or(Some(0.2))).probabilities(&message);
        let unsure = Outcome::NoMatch {
            reason: NoMatchReason::Unsure,
        };
        let at = |threshold| model(Some(threshold), None);
        assert_eq!(
            at(p[1]).second_opinion(&unsure, &[], &message),
            Some(SecondOpinion::Answer(1, p[1]))
        );
        let suggested = Outcome::Suggestions {
            entries: vec![0, 2],
        };
        assert_eq!(
            at(p[1]).second_opinion(&suggested, &[], &message),
            Some(SecondOpinion::Answer(1, p[1]))
        );
        assert_eq!(
            at((p[1] + 1.0) / 2.0).second_opinion(&unsure, &[], &message),
            None,
            "not likely enough"
        );
        let learned = named(&learn(&examples(), 3, &default_learning()));
        let only_suggested = AnswerModel::new(
            &written(
                &learned,
                Thresholds {
                    threshold_suggested: Some(p[1]),
                    ..Thresholds::default()
                },
            ),
            3,
            |id| IDS.iter().position(|known| *known == id),
        )
        .unwrap();
        assert_eq!(
            only_suggested.second_opinion(&suggested, &[], &message),
            Some(SecondOpinion::Answer(1, p[1]))
        );
        assert_eq!(
            only_suggested.second_opinion(&unsure, &[], &message),
            None,
            "where nothing was offered, `threshold` decides"
        );
        for declined in [
            Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(crate::matcher::NotCoveredMatch {
                    phrase: "cost".into(),
                    groups: vec![0],
                }),
            },
            Outcome::NoMatch {
                reason: NoMatchReason::NothingToSearch,
            },
            Outcome::Smalltalk { intent: 0 },
            Outcome::Crisis { phrase: "x".into() },
        ] {
            assert_eq!(
                at(0.01).second_opinion(&declined, &[], &message),
                None,
                "{declined:?}"
            );
        }
    }

    #[test]
    fn entries_the_model_never_learned_of_are_left_to_the_search() {
        let learned = learn(&examples(), 3, &default_learning());
        // The knowledge now has a fourth entry, and no "bladder" any more.
        let ids = ["withdrawal", "treatment", "new_entry"];
        let m = AnswerModel::new(
            &written(
                &named(&learned),
                Thresholds {
                    threshold: Some(0.01),
                    threshold_suggested: Some(0.01),
                    margin: Some(0.01),
                    decline: None,
                    smalltalk: None,
                    threshold_not_covered: None,
                },
            ),
            3,
            |id| ids.iter().position(|known| *known == id),
        )
        .unwrap();
        let p = m.probabilities(&stems("my bladder hurts"));
        assert_eq!(p[2], 0.0, "never learned of");
        assert!(p[0] > 0.0 && p[1] > 0.0);
        assert!(
            AnswerModel::new(&written(&named(&learned), Thresholds::default()), 3, |_| {
                Some(0)
            })
            .is_none(),
            "every part off: no model"
        );
    }

    #[test]
    fn where_nothing_answers_likely_smalltalk_gets_its_reply() {
        let written = |smalltalk| AnswerModelWeights {
            threshold: Some(0.9),
            smalltalk,
            ids: vec![
                ("a".into(), 1),
                (smalltalk_id("Thanks"), 2),
                (smalltalk_id("Who are you"), 3),
            ],
            biases: vec![-5.0, -5.0, -5.0],
            weights: vec![
                (key("bladder"), 0, 10.0),
                (key("cheer"), 1, 10.0),
                (key("human"), 2, 7.0),
                (key("bladder"), 2, 6.0),
            ],
            ..AnswerModelWeights::default()
        };
        let intents = ["Greeting".to_owned(), "Thanks".into(), "Who are you".into()];
        let model = |smalltalk| {
            AnswerModel::with_smalltalk(&written(smalltalk), 1, &intents, |id| {
                (id == "a").then_some(0)
            })
            .unwrap()
        };
        let words = |w: &[&str]| w.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        let unsure = Outcome::NoMatch {
            reason: NoMatchReason::Unsure,
        };
        let nothing = Outcome::NoMatch {
            reason: NoMatchReason::NothingToSearch,
        };
        assert_eq!(
            model(Some(0.6)).second_opinion(&unsure, &[], &words(&["cheer", "mate"])),
            Some(SecondOpinion::Smalltalk(1, crisis_model::sigmoid(5.0))),
            "the intent by its position in smalltalk.md"
        );
        assert_eq!(
            model(Some(0.6)).second_opinion(&nothing, &[], &words(&["human"])),
            Some(SecondOpinion::Smalltalk(2, crisis_model::sigmoid(2.0))),
            "nothing to search: smalltalk, or nothing"
        );
        assert_eq!(
            model(Some(0.6)).second_opinion(&unsure, &[], &words(&["bladder"])),
            Some(SecondOpinion::Answer(0, crisis_model::sigmoid(5.0))),
            "an entry likelier than the intent (1 / (1 + e^-1)) is answered"
        );
        assert_eq!(
            model(Some(0.9)).second_opinion(&nothing, &[], &words(&["human"])),
            None,
            "not likely enough"
        );
        assert_eq!(
            model(None).second_opinion(&nothing, &[], &words(&["cheer"])),
            None,
            "`smalltalk: off`"
        );
        let answered = Outcome::Answered {
            entry: 0,
            score: 0.5,
            related: Vec::new(),
        };
        assert_eq!(
            model(Some(0.6)).second_opinion(&answered, &[], &words(&["cheer"])),
            None,
            "an answer stands"
        );
        assert_eq!(
            AnswerModel::new(&written(Some(0.6)), 1, |id| (id == "a").then_some(0))
                .unwrap()
                .second_opinion(&unsure, &[], &words(&["cheer"])),
            None,
            "knowledge without those intents: no smalltalk"
        );
    }

    #[test]
    fn a_message_declined_for_a_reason_is_answered_only_by_an_all_but_sure_entry() {
        let written = |threshold_not_covered| AnswerModelWeights {
            threshold_not_covered,
            // Another part on: with every part off there is no model.
            threshold: Some(0.999),
            ids: vec![("a".into(), 1), (DECLINED_ID.into(), 2)],
            biases: vec![-5.0, -5.0],
            weights: vec![
                (key("memori"), 0, 10.0),
                (key("death"), 1, 6.0),
                (key("dose"), 1, 12.0),
            ],
            ..AnswerModelWeights::default()
        };
        let model = |threshold_not_covered| {
            AnswerModel::new(&written(threshold_not_covered), 1, |id| {
                (id == "a").then_some(0)
            })
            .unwrap()
        };
        let words = |w: &[&str]| w.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        let not_covered = Outcome::NoMatch {
            reason: NoMatchReason::NotCovered(crate::matcher::NotCoveredMatch {
                phrase: "death".into(),
                groups: vec![0],
            }),
        };
        let other_substance = Outcome::NoMatch {
            reason: NoMatchReason::OtherSubstance("alcohol".into()),
        };
        // "this exam will be the death of me, does k mess with your memory"
        let in_passing = words(&["exam", "death", "memori"]);
        for declined in [&not_covered, &other_substance] {
            assert_eq!(
                model(Some(0.99)).second_opinion(declined, &[], &in_passing),
                Some(SecondOpinion::Answer(0, crisis_model::sigmoid(5.0))),
                "{declined:?}"
            );
        }
        assert_eq!(
            model(Some(0.999)).second_opinion(&not_covered, &[], &in_passing),
            None,
            "not likely enough"
        );
        assert_eq!(
            model(Some(0.9)).second_opinion(&not_covered, &[], &words(&["dose", "memori"])),
            None,
            "no likelier than out of scope"
        );
        assert_eq!(
            model(None).second_opinion(&not_covered, &[], &in_passing),
            None,
            "`threshold_not_covered: off`"
        );
        let nothing = Outcome::NoMatch {
            reason: NoMatchReason::NothingToSearch,
        };
        assert_eq!(
            model(Some(0.5)).second_opinion(&nothing, &[], &in_passing),
            None,
            "nothing to search is no reason the model can overrule"
        );
    }

    #[test]
    fn an_answer_gives_way_to_no_answer_only_when_that_is_likelier_and_likely_enough() {
        let written = |decline| AnswerModelWeights {
            decline,
            ids: vec![("a".into(), 1), ("b".into(), 2), (DECLINED_ID.into(), 3)],
            biases: vec![-5.0, -5.0, -5.0],
            weights: vec![
                (key("bladder"), 0, 10.0),
                (key("price"), 2, 10.0),
                (key("insur"), 2, 12.0),
            ],
            ..AnswerModelWeights::default()
        };
        let model = |decline| {
            AnswerModel::new(&written(decline), 2, |id| {
                ["a", "b"].iter().position(|k| *k == id)
            })
            .unwrap()
        };
        let answered = Outcome::Answered {
            entry: 0,
            score: 0.5,
            related: Vec::new(),
        };
        let words = |w: &[&str]| w.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        let likely = crisis_model::sigmoid(5.0);
        assert_eq!(
            model(Some(0.9)).second_opinion(&answered, &[], &words(&["price"])),
            Some(SecondOpinion::Decline(likely))
        );
        assert_eq!(
            model(Some(0.9)).second_opinion(&answered, &[], &words(&["bladder", "price"])),
            None,
            "no more likely than the answer"
        );
        assert_eq!(
            model(Some(0.9)).second_opinion(&answered, &[], &words(&["bladder", "insur"])),
            Some(SecondOpinion::Decline(crisis_model::sigmoid(7.0))),
            "more likely than the answer"
        );
        assert_eq!(
            model(Some(0.999)).second_opinion(&answered, &[], &words(&["price"])),
            None,
            "not likely enough"
        );
        assert!(
            AnswerModel::new(&written(None), 2, |_| None).is_none(),
            "`decline: off` and nothing else on: no model"
        );
        let typed = Candidate {
            entry: 0,
            similarity: 1.0,
            ..Candidate::default()
        };
        assert_eq!(
            model(Some(0.9)).second_opinion(&answered, &[typed], &words(&["price"])),
            None,
            "the message is one of the entry's phrasings"
        );
        let without_b =
            AnswerModel::new(&written(Some(0.9)), 2, |id| (id == "a").then_some(0)).unwrap();
        let answered_b = Outcome::Answered {
            entry: 1,
            score: 0.5,
            related: Vec::new(),
        };
        assert_eq!(
            without_b.second_opinion(&answered_b, &[], &words(&["price", "bladder"])),
            None,
            "an entry the model never learned of (added since) is neither declined nor moved"
        );
        let unsure = Outcome::NoMatch {
            reason: NoMatchReason::Unsure,
        };
        assert_eq!(
            model(Some(0.5)).second_opinion(&unsure, &[], &words(&["price"])),
            None,
            "only an answer is declined"
        );
        assert_eq!(
            model(Some(0.5)).probabilities(&words(&["price"])).len(),
            2,
            "`(declined)` is no entry"
        );
    }

    /// A written model of two ids with these biases and weights, answering from 0.5, nothing
    /// else turned on.
    fn two_ids(
        ids: [&str; 2],
        biases: [f32; 2],
        weights: Vec<(u64, u32, f32)>,
    ) -> AnswerModelWeights {
        AnswerModelWeights {
            threshold: Some(0.5),
            threshold_suggested: None,
            margin: None,
            decline: None,
            smalltalk: None,
            threshold_not_covered: None,
            ids: vec![(ids[0].into(), 1), (ids[1].into(), 2)],
            biases: biases.to_vec(),
            weights,
        }
    }

    /// The compiled model of entries "a" and "b" (biases 0) with these weights.
    fn model_of_a_and_b(weights: Vec<(u64, u32, f32)>) -> AnswerModel {
        let written = two_ids(["a", "b"], [0.0, 0.0], weights);
        AnswerModel::new(&written, 2, |id| ["a", "b"].iter().position(|k| *k == id)).unwrap()
    }

    #[test]
    fn a_feature_written_on_two_lines_keeps_every_weight() {
        let m = model_of_a_and_b(vec![
            (key("x"), 0, 1.0),
            (key("y"), 1, 2.0),
            (key("x"), 1, 3.0),
        ]);
        let p = m.probabilities(&["x".to_owned()]);
        assert!((p[0] - crisis_model::sigmoid(1.0)).abs() < 1e-6, "{p:?}");
        assert!((p[1] - crisis_model::sigmoid(3.0)).abs() < 1e-6, "{p:?}");
    }

    #[test]
    fn each_feature_adds_only_its_own_weights() {
        let m = model_of_a_and_b(vec![
            (key("x"), 0, 1.0),
            (key("y"), 1, 2.0),
            (key("y"), 0, -1.0),
            (key("z"), 1, 4.0),
        ]);
        let near = |words: &[&str], expected: [f32; 2]| {
            let words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
            let p = m.probabilities(&words);
            for (got, sum) in p.iter().zip(expected) {
                assert!(
                    (got - crisis_model::sigmoid(sum)).abs() < 1e-6,
                    "{words:?}: {p:?}"
                );
            }
        };
        // Whichever of x, y and z sorts last, its run ends with the weights, and no run reads
        // into its neighbour's.
        near(&["x"], [1.0, 0.0]);
        near(&["y"], [-1.0, 2.0]);
        near(&["z"], [0.0, 4.0]);
        near(&["w"], [0.0, 0.0]);
    }

    #[test]
    fn columns_beyond_the_most_the_model_holds_are_left_to_the_search() {
        let written = two_ids(
            ["first", "far"],
            [1.0, 1.0],
            vec![(key("x"), 0, 1.0), (key("x"), 1, 2.0)],
        );
        let entries = MOST_COLUMNS + 1;
        let m = AnswerModel::new(&written, entries, |id| match id {
            "first" => Some(0),
            "far" => Some(MOST_COLUMNS),
            _ => None,
        })
        .unwrap();
        let x = ["x".to_owned()];
        let first = m.likelihood_of(0, &x).unwrap();
        assert!((first - crisis_model::sigmoid(2.0)).abs() < 1e-6);
        assert_eq!(m.likelihood_of(MOST_COLUMNS, &x), None);
    }

    #[test]
    fn written_models_read_back_the_same() {
        let learned = named(&learn(&examples(), 3, &default_learning()));
        let thresholds = Thresholds {
            threshold: Some(0.875),
            threshold_suggested: Some(0.25),
            margin: None,
            decline: Some(0.5),
            smalltalk: Some(0.75),
            threshold_not_covered: Some(0.625),
        };
        let markdown = to_markdown(&learned, thresholds, "a test");
        let mut problems = Vec::new();
        let file = crate::knowledge::source::parse(
            std::path::Path::new("answer-model.md"),
            &markdown,
            &mut problems,
        );
        let read = crate::knowledge::answer_model_of(&file, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read.threshold, Some(0.875));
        assert_eq!(read.threshold_suggested, Some(0.25));
        assert_eq!(read.margin, None);
        assert_eq!(read.smalltalk, Some(0.75));
        assert_eq!(read.threshold_not_covered, Some(0.625));
        let from_file = AnswerModel::new(&read, 3, |id| IDS.iter().position(|k| *k == id));
        let direct = AnswerModel::new(&written(&learned, thresholds), 3, |id| {
            IDS.iter().position(|k| *k == id)
        });
        for message in ["my bladder hurts", "rattling", "rehab", ""] {
            let (a, b) = (
                from_file.as_ref().unwrap().probabilities(&stems(message)),
                direct.as_ref().unwrap().probabilities(&stems(message)),
            );
            for (x, y) in a.iter().zip(&b) {
                assert!((x - y).abs() < 0.01, "{message}: {a:?} vs {b:?}");
            }
        }
    }
}
