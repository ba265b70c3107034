//! A second reader for danger, learned from examples: a logistic regression over the word
//! stems of a message and each pair of neighbouring stems.
//!
//! The crisis phrases of `crisis.md` come first and decide alone when they match. Phrases catch
//! what they were written for; people in danger keep finding new words ("ive given my dog to my
//! sister and my guitar to my best mate"). So when the phrases found nothing *and the knowledge
//! has no answer either* (no answer, or only "did you mean…"), this model reads the message once
//! more, and danger it finds likely gets the crisis reply. A message the knowledge answers is
//! never taken from its answer: a false alarm there would cost a real answer, while on a message
//! we could not answer anyway it costs a reply that leads with 911 and 988 instead of one that
//! ends with them.
//!
//! `faqbot learn-crisis` learns the weights ([`learn`]) from the project's question sets (the
//! held-out ones left out) and the crisis phrases, and writes `knowledge/crisis-model.md`
//! ([`to_markdown`]); [`features`] is the one definition of what the model sees, for both.

use rustc_hash::FxHashMap;

use super::sorted_by_key::SortedByKey;
use super::tuning::{DANGER_NOTE, DANGER_OVER_SMALLTALK};
use super::{CrisisReading, Outcome};
use crate::knowledge::{CrisisModelWeights, feature_key};
use crate::text;

/// Fewer words give the model too little to weigh: "go on" is not "time to go" (the phrases
/// catch short danger: "kms", "overdose", "goodbye forever").
pub const MIN_WORDS: usize = 3;

/// A sentence read alone ([`CrisisModel::danger_in_a_sentence`]) has at least this many words:
/// "im fine." or "bye." alone say too little. Chosen at round 26 out of fold: at a threshold of
/// 0.97, 6 and 8 found 2 and 4 danger messages fewer for 20 and 19 false alarms (4: 20).
pub const SENTENCE_MIN_WORDS: usize = 4;

/// The compiled model.
#[derive(Debug, Clone)]
pub struct CrisisModel {
    /// Weight by [`feature_key`].
    weights: SortedByKey<f32>,
    anchors: Vec<String>,
    bias: f32,
    thresholds: Thresholds,
}

impl CrisisModel {
    /// `None` when the model is turned off (`threshold: off`).
    pub fn new(written: &CrisisModelWeights) -> Option<CrisisModel> {
        Some(CrisisModel::compile(
            written.weights.iter().copied(),
            written.bias,
            Thresholds {
                with_anchors: written.threshold?,
                without_anchors: written.threshold_without_anchors,
                over_an_answer: written.threshold_over_an_answer,
                over_an_unlikely_answer: written.threshold_over_an_unlikely_answer,
                reassured: written.threshold_reassured,
                in_a_sentence: written.threshold_in_a_sentence,
                ambiguous: written.threshold_ambiguous,
            },
            &written.anchors,
        ))
    }

    /// `weights`: each feature's [`feature_key`] and weight.
    fn compile(
        weights: impl IntoIterator<Item = (u64, f32)>,
        bias: f32,
        thresholds: Thresholds,
        anchors: &[String],
    ) -> Self {
        CrisisModel {
            weights: SortedByKey::new(weights),
            anchors: anchors.to_vec(),
            bias,
            thresholds,
        }
    }

    /// How likely the model finds it that `words` (a message's normalised words) tell of
    /// danger, from 0 to 1.
    pub fn probability(&self, words: &[String]) -> f32 {
        self.probability_of_stems(&stems_of(words))
    }

    /// [`CrisisModel::probability`] of a message whose words' stems are known already (the
    /// matcher has them: [`crate::text::phrase::Tokens::stems`]).
    pub fn probability_of_stems(&self, stems: &[String]) -> f32 {
        let score: f32 = feature_keys(stems)
            .iter()
            .filter_map(|k| self.weights.get(*k))
            .sum();
        sigmoid(self.bias + score)
    }

    /// The second reading of a message the rules did not find in danger (`outcome`: what it
    /// got without this model; `reading`: what the crisis rules made of it), never for a
    /// message that rules danger out ("im not suicidal, but…"). Where the knowledge has no
    /// answer, see [`CrisisModel::danger`]. A message it answers keeps its answer unless the
    /// model is all but sure (`threshold_over_an_answer`): a false alarm there costs a real
    /// answer, so only wording learned as danger many times over ("ive taken all my pills, how
    /// long does it take") earns the crisis reply. A message mostly in another language is
    /// read as if unanswered (see [`CrisisReading::other_language`]). The likelihood of danger
    /// when it reaches the threshold.
    pub fn reads_again(
        &self,
        outcome: &Outcome,
        reading: &CrisisReading,
        stems: &[String],
    ) -> Option<f32> {
        if matches!(outcome, Outcome::Crisis { .. }) || !reading.ruled_out.is_empty() {
            return None;
        }
        if matches!(outcome, Outcome::Answered { .. }) && !reading.other_language {
            let threshold = self.thresholds.over_an_answer?;
            return (stems.len() >= MIN_WORDS)
                .then(|| self.probability_of_stems(stems))
                .filter(|p| *p >= threshold);
        }
        self.danger(stems, &reading.signals)
    }

    /// The reading of a message the smalltalk rules took for smalltalk, one phrase among
    /// little words ("make sure" + "tonight is the last one i ever have" reads as "ok, sure"):
    /// the crisis reply takes its place when the model finds danger at least
    /// [`DANGER_OVER_SMALLTALK`] likely. The likelihood of danger when it reaches that bar.
    pub fn over_smalltalk(&self, reading: &CrisisReading, stems: &[String]) -> Option<f32> {
        (reading.ruled_out.is_empty() && stems.len() >= MIN_WORDS)
            .then(|| self.probability_of_stems(stems))
            .filter(|p| *p >= DANGER_OVER_SMALLTALK)
    }

    /// The reading of an answered message (see [`CrisisModel::reads_again`]) whose answer the
    /// learned answer reader finds unlikely (the caller knows): a message holding a word of the
    /// anchors gets the crisis reply when danger is at least as likely as
    /// `threshold_over_an_unlikely_answer`. "my friend. the ket. shes shaking like. her head
    /// keeps hitting the floor" is matched to an article by its words, but nothing in it asks
    /// what the article tells. The likelihood of danger when it reaches the threshold.
    pub fn over_an_unlikely_answer(
        &self,
        reading: &CrisisReading,
        stems: &[String],
    ) -> Option<f32> {
        let threshold = self.thresholds.over_an_unlikely_answer?;
        if !self.reads_over_an_unlikely_answer(reading, stems) {
            return None;
        }
        Some(self.probability_of_stems(stems)).filter(|p| *p >= threshold)
    }

    /// Whether danger already read as `likelihood` in this message reaches the bar over an
    /// unlikely answer ([`CrisisModel::over_an_unlikely_answer`]), without reading it again.
    pub fn reaches_bar_over_an_unlikely_answer(
        &self,
        reading: &CrisisReading,
        stems: &[String],
        likelihood: f32,
    ) -> bool {
        self.thresholds
            .over_an_unlikely_answer
            .is_some_and(|threshold| likelihood >= threshold)
            && self.reads_over_an_unlikely_answer(reading, stems)
    }

    /// A message the bar over an unlikely answer applies to: long enough, nothing ruled out,
    /// mostly English, and holding a word of the anchors.
    fn reads_over_an_unlikely_answer(&self, reading: &CrisisReading, stems: &[String]) -> bool {
        stems.len() >= MIN_WORDS
            && reading.ruled_out.is_empty()
            && !reading.other_language
            && self.holds_danger_words(&reading.signals)
    }

    /// Whether a crisis phrase found in a question that tells the danger as over or not real
    /// ("my friend overdosed years ago, hes fine now. can k damage the kidneys?") gives way:
    /// the model finds danger less likely than `threshold_reassured`. The message is then
    /// answered, and the answer ends with the emergency numbers.
    pub fn lets_phrase_give_way(&self, stems: &[String]) -> bool {
        self.thresholds
            .reassured
            .is_some_and(|threshold| self.probability_of_stems(stems) < threshold)
    }

    /// Whether an `## ambiguous` phrase or combination of crisis.md ("heart attack", "ending +
    /// places"), the only danger the rules found, gives way: the model finds danger less
    /// likely than `threshold_ambiguous` ("my dad had a heart attack last year, can k cause
    /// one?"). The message is then read on as if no phrase had matched, and an answer ends
    /// with the emergency numbers.
    pub fn lets_ambiguous_phrase_give_way(&self, stems: &[String]) -> bool {
        self.thresholds
            .ambiguous
            .is_some_and(|threshold| self.probability_of_stems(stems) < threshold)
    }

    /// The probability when it reaches the threshold. Only for a message of at least
    /// [`MIN_WORDS`] words. A message that holds a word of one of the anchor groups
    /// (`signals`: the groups of `crisis.md` the message holds) meets the threshold; one
    /// without needs far more likely danger (`threshold_without_anchors`), or is not read:
    /// without any word of danger the model mostly weighs the way a message is written (a
    /// statement about tonight reads like the crisis messages it learned from, most questions
    /// do not), and only wording it learned as danger many times over ("i cant do this
    /// anymore", "say bye to my mum for me") earns it the crisis reply.
    pub fn danger(&self, stems: &[String], signals: &[String]) -> Option<f32> {
        if stems.len() < MIN_WORDS {
            return None;
        }
        let threshold = if self.holds_danger_words(signals) {
            self.thresholds.with_anchors
        } else {
            self.thresholds.without_anchors?
        };
        Some(self.probability_of_stems(stems)).filter(|p| *p >= threshold)
    }

    /// The likelihood of danger in the most dangerous sentence of a message of several, read
    /// alone, when it reaches `threshold_in_a_sentence`; for a message the knowledge has no
    /// answer for, or only one the answer reader finds unlikely (the caller knows). A long story with one sentence of danger in it ("…
    /// honestly things felt like they were getting better, she told her friend she has a
    /// plan…") reads as safe as a whole: the rest of the story outweighs the one sentence.
    /// `sentence_of`: the number of the sentence of each stem. A sentence of fewer than
    /// [`SENTENCE_MIN_WORDS`] words is not read alone.
    pub fn danger_in_a_sentence(&self, stems: &[String], sentence_of: &[usize]) -> Option<f32> {
        let threshold = self.thresholds.in_a_sentence?;
        if sentence_of.len() != stems.len() {
            return None;
        }
        let mut most_likely: Option<f32> = None;
        let mut start = 0;
        for sentence in sentence_of.chunk_by(|a, b| a == b) {
            let words = start..start + sentence.len();
            start = words.end;
            if sentence.len() >= SENTENCE_MIN_WORDS && sentence.len() < stems.len() {
                let likelihood = self.probability_of_stems(&stems[words]);
                most_likely = Some(most_likely.map_or(likelihood, |m| m.max(likelihood)));
            }
        }
        most_likely.filter(|p| *p >= threshold)
    }

    /// Whether danger is at least [`DANGER_NOTE`] likely in a message of at least
    /// [`MIN_WORDS`] words, or one of its sentences read alone reaches
    /// `threshold_in_a_sentence` ([`CrisisModel::danger_in_a_sentence`]): not likely enough
    /// for the crisis reply, enough for a reply that keeps its place to end with the emergency
    /// numbers. The sentence matters in a long story the knowledge answers well ("… my plan is
    /// to use them all at once on Sunday … does ketamine stop working?"): read whole, the
    /// story outweighs its one sentence of danger, and a likely answer is not read by
    /// sentences for the crisis reply. Round 53, out of fold over the 354 tuning sets: the
    /// English danger messages whose reply showed no emergency number went from 15 to 11, for
    /// 25 more of the 41,349 other messages answered or given smalltalk ending with the
    /// numbers (7,578 did already); a bar of its own at 0.95 / 0.9 / 0.7 gave 10 / 9 / 9 for
    /// 69 / 154 / 574.
    ///
    /// `danger_in_a_sentence`: [`CrisisModel::danger_in_a_sentence`] of the message, asked
    /// only when the whole message is not enough (the caller may know it already).
    pub fn finds_danger_possible(
        &self,
        stems: &[String],
        danger_in_a_sentence: impl FnOnce() -> Option<f32>,
    ) -> bool {
        (stems.len() >= MIN_WORDS && self.probability_of_stems(stems) >= DANGER_NOTE)
            || danger_in_a_sentence().is_some()
    }

    /// Whether `signals` (the groups of `crisis.md` a message holds) include a group of danger
    /// words, one of the anchors: not only words of time, amounts or people.
    pub fn holds_danger_words(&self, signals: &[String]) -> bool {
        self.anchors.is_empty() || signals.iter().any(|s| self.anchors.contains(s))
    }
}

/// The stems of `words`, as the model reads them.
pub fn stems_of(words: &[String]) -> Vec<String> {
    words.iter().map(|w| text::stem(w).into_owned()).collect()
}

/// The words of a message the model reads: as the matcher reads them (`text::focus`), so that
/// learning and answering see the same.
pub fn words_of(message: &str) -> Vec<String> {
    text::focus(message)
        .words
        .into_iter()
        .map(|(word, _)| word)
        .collect()
}

/// What the model sees of a message's words: each word's stem, and each pair of neighbouring stems
/// ("end it"), once each, in order of first appearance.
pub fn features(words: &[String]) -> Vec<String> {
    let stems: Vec<String> = words.iter().map(|w| text::stem(w).into_owned()).collect();
    let mut seen = rustc_hash::FxHashSet::default();
    stems
        .iter()
        .cloned()
        .chain(
            stems
                .windows(2)
                .map(|pair| format!("{} {}", pair[0], pair[1])),
        )
        .filter(|f| seen.insert(f.clone()))
        .collect()
}

/// The [`feature_key`]s of [`features`], from the stems of a message's words: once each, as
/// the models learned them.
pub fn feature_keys(stems: &[String]) -> Vec<u64> {
    let mut keys: Vec<u64> = stems.iter().map(|s| feature_key(s)).collect();
    let mut pair = String::new();
    for two in stems.windows(2) {
        pair.clear();
        pair.push_str(&two[0]);
        pair.push(' ');
        pair.push_str(&two[1]);
        keys.push(feature_key(&pair));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x.clamp(-30.0, 30.0)).exp())
}

/// How [`learn`] learns.
#[derive(Debug, Clone, Copy)]
pub struct Learning {
    /// Passes over the examples.
    pub epochs: usize,
    /// Step size of each update.
    pub rate: f32,
    /// Pull of every weight towards 0 (L2), against learning one author's wording by heart.
    pub shrink: f32,
    /// The weights kept are the average over every step of this many last passes, not the
    /// weights after the last step: at a constant step size the last steps' examples pull the
    /// final weights about, so that one example more reshuffles them all.
    pub averaged_epochs: usize,
    /// Weights smaller than this are left out of the file: they move no decision.
    pub smallest_kept: f32,
    /// The seed of the first shuffling of the examples (1 for the shipped models).
    pub seed: u64,
    /// How many shufflings (seeds `seed`, `seed + 1`, …) are learned from and their weights
    /// averaged. The order of the examples is noise: at round 45's sets, learning both
    /// readers with seed 2 or 3 instead of 1 changed the reply to 282 and 315 of the 49,268
    /// held-out messages (307 between seeds 2 and 3), for net changes of up to 3 English
    /// held-out messages a kind, 4 right answers. Averaging 3 shufflings cut that to 182 replies (between two disjoint
    /// threes), 5 to 143, at 3 and 5 times the time to learn, and no better answers; see the
    /// README, "Tried after round 45".
    pub shuffles: usize,
}

impl Default for Learning {
    /// Chosen by `faqbot learn-crisis --cross-check` (each tuning set unseen in turn, the whole
    /// pipeline run on it). At round 11 the shrink (tried 0.0001 to 0.1) settled at 0.01, where
    /// the model found the most danger on the sets it did not see while flagging few of the
    /// others. At round 19, over 81 tuning sets (7,282 danger messages, 12,643 others), the
    /// model found beyond the rules 744 / 766 / 784 / 786 / 792 danger messages at a shrink of
    /// 0.02 / 0.01 / 0.005 / 0.003 / 0.002, for 121 / 142 / 150 / 157 / 167 others flagged: the
    /// curve bends at 0.005 (18 more found for 8 more flagged; below, 2 for 7). At round 20,
    /// over 83 sets (7,437 and 12,988), it had moved: 786 / 801 / 809 / 810 for 130 / 142 /
    /// 149 / 153 at 0.01 / 0.005 / 0.003 / 0.002, so the bend is at 0.003 (8 more found for 7
    /// more flagged; below, 1 for 4). More passes change nothing; weights under 0.1 move no
    /// decision.
    ///
    /// No averaging (`averaged_epochs` 0), measured at round 19: the weights after the last
    /// step move with any change to the examples (two or three phrases more in crisis.md
    /// changed the reply to 15 and 18 of the 33,413 questions), where the average of the last
    /// 5 passes changed 5 and 6 (the last 8: 3). `--cross-check` at a shrink of 0.005 found
    /// them level (781 danger messages beyond the rules and 146 others flagged with the
    /// average, 784 and 151 without), but the held-out sets lost 14 crisis messages with it.
    ///
    /// Averaging the last 5 passes (`averaged_epochs` 5), measured again at round 25, when
    /// three new tuning sets (760 messages) were added: relearning with them changed the reply
    /// to 65 of the 44,893 questions without averaging, 43 with it; the English held-out sets
    /// lost 8 danger messages to the relearn without it and none with it (6 more found with
    /// the average than without, 1 more in other languages, 2 fewer declined). Out of fold
    /// (five folds of the 104 tuning sets, both readers learned without the fold) the
    /// average found 2 fewer of 5,987 English danger messages and 5 fewer of 2,510 in other
    /// languages, declines level; the last 3 / 10 / 15 passes found 2 / 3 / 8 fewer.
    fn default() -> Learning {
        Learning {
            epochs: 15,
            rate: 0.1,
            shrink: 0.003,
            averaged_epochs: 5,
            smallest_kept: 0.1,
            seed: 1,
            shuffles: 1,
        }
    }
}

/// How likely danger must be for the crisis reply, with and without a word of the anchors.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub with_anchors: f32,
    /// `None`: a message without a word of the anchors is not read.
    pub without_anchors: Option<f32>,
    /// `None`: a message the knowledge answers is not read.
    pub over_an_answer: Option<f32>,
    /// `None`: an answer the answer reader finds unlikely is read as any other answer.
    pub over_an_unlikely_answer: Option<f32>,
    /// `None`: a crisis phrase always stands, reassured or not.
    pub reassured: Option<f32>,
    /// `None`: the sentences of a message are not read alone.
    pub in_a_sentence: Option<f32>,
    /// `None`: an `## ambiguous` phrase of crisis.md stands as any other.
    pub ambiguous: Option<f32>,
}

/// A learned model: bias and weights, heaviest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Learned {
    pub bias: f32,
    pub weights: Vec<(String, f32)>,
}

impl Learned {
    /// The compiled model of these weights, as `crisis-model.md` with these thresholds and
    /// these anchors would give it.
    pub fn model(&self, thresholds: Thresholds, anchors: &[String]) -> CrisisModel {
        let weights = self.weights.iter().map(|(f, w)| (feature_key(f), *w));
        CrisisModel::compile(weights, self.bias, thresholds, anchors)
    }
}

impl Learning {
    /// The orders the examples were read in, for the note of a model file, when they are not
    /// the default's (one shuffling, seed 1): the note of a shipped model stays as it was.
    pub fn orders_note(&self) -> String {
        match (self.seed, self.shuffles.max(1)) {
            (1, 1) => String::new(),
            (seed, 1) => format!(", read in the order of seed {seed}"),
            (seed, n) => format!(
                ", the mean of {n} orders (seeds {seed} to {})",
                seed + n as u64 - 1
            ),
        }
    }
}

/// Learns weights from `(words, is danger)` examples by stochastic gradient descent on the
/// logistic loss, once per shuffling of [`Learning::shuffles`], and keeps the mean of the
/// weights. Deterministic: the same examples give the same weights.
pub fn learn(examples: &[(Vec<String>, bool)], how: &Learning) -> Learned {
    let mut ids: FxHashMap<String, usize> = FxHashMap::default();
    let encoded: Vec<(Vec<usize>, f32)> = examples
        .iter()
        .map(|(words, danger)| {
            let features = features(words)
                .into_iter()
                .map(|f| {
                    let next = ids.len();
                    *ids.entry(f).or_insert(next)
                })
                .collect();
            (features, if *danger { 1.0 } else { 0.0 })
        })
        .collect();
    let shuffles = how.shuffles.max(1);
    let mut weight_sums = vec![0.0_f64; ids.len()];
    let mut bias_sum = 0.0_f64;
    for seed in (how.seed..).take(shuffles) {
        let (weights, bias) = descend(&encoded, ids.len(), how, seed);
        for (sum, weight) in weight_sums.iter_mut().zip(weights) {
            *sum += f64::from(weight);
        }
        bias_sum += f64::from(bias);
    }
    let mean = |sum: f64| (sum / shuffles as f64) as f32;
    let mut kept: Vec<(String, f32)> = ids
        .into_iter()
        .map(|(feature, id)| (feature, mean(weight_sums[id])))
        .filter(|(_, w)| w.abs() >= how.smallest_kept)
        .collect();
    kept.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Learned {
        bias: mean(bias_sum),
        weights: kept,
    }
}

/// One run of stochastic gradient descent over the examples (features by id, target) in the
/// orders of this seed: the weights by feature id and the bias.
fn descend(
    encoded: &[(Vec<usize>, f32)],
    features: usize,
    how: &Learning,
    seed: u64,
) -> (Vec<f32>, f32) {
    let mut weights = vec![0.0_f32; features];
    let mut bias = 0.0_f32;
    let mut order: Vec<usize> = (0..encoded.len()).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    // The average is kept lazily: a weight changes only when an example holds its feature, so
    // its value is added once per change, times the steps it held.
    let averaged_from = how.epochs - how.averaged_epochs.min(how.epochs);
    let mut sums = vec![0.0_f64; features];
    let mut since = vec![0_u64; features];
    let mut bias_sum = 0.0_f64;
    let mut steps = 0_u64;
    for epoch in 0..how.epochs {
        rng.shuffle(&mut order);
        let averaging = epoch >= averaged_from;
        for &i in &order {
            let (features, target) = &encoded[i];
            let score: f32 = features.iter().map(|&f| weights[f]).sum();
            let error = sigmoid(bias + score) - target;
            for &f in features {
                if averaging {
                    sums[f] += f64::from(weights[f]) * (steps - since[f]) as f64;
                    since[f] = steps;
                }
                weights[f] -= how.rate * (error + how.shrink * weights[f]);
            }
            if averaging {
                bias_sum += f64::from(bias);
                steps += 1;
            }
            bias -= how.rate * error;
        }
    }
    if steps > 0 {
        for (f, weight) in weights.iter_mut().enumerate() {
            let sum = sums[f] + f64::from(*weight) * (steps - since[f]) as f64;
            *weight = (sum / steps as f64) as f32;
        }
        bias = (bias_sum / steps as f64) as f32;
    }
    (weights, bias)
}

/// `crisis-model.md` for a learned model, with a note of what it was learned from.
pub fn to_markdown(
    learned: &Learned,
    thresholds: Thresholds,
    anchors: &[String],
    learned_from: &str,
) -> String {
    let threshold = thresholds.with_anchors;
    let optional = |threshold: Option<f32>| match threshold {
        Some(t) => t.to_string(),
        None => "off".to_owned(),
    };
    let threshold_without_anchors = optional(thresholds.without_anchors);
    let threshold_over_an_answer = optional(thresholds.over_an_answer);
    let threshold_over_an_unlikely_answer = optional(thresholds.over_an_unlikely_answer);
    let threshold_reassured = optional(thresholds.reassured);
    let threshold_in_a_sentence = optional(thresholds.in_a_sentence);
    let threshold_ambiguous = optional(thresholds.ambiguous);
    let mut out = format!(
        "# Crisis model: a second reader for danger

<!-- Written by `faqbot learn-crisis` from {learned_from}. Do not edit the weights by hand:
     add phrases to crisis.md, or messages to the question sets in tests/questions, and run
     `faqbot learn-crisis` again.
     When no crisis phrase matched and the knowledge has no answer for a message (no answer,
     or only \"did you mean…\"), this model reads it once more; if it finds danger at least
     as likely as `threshold` (0 to 1) in a message holding a word of one of the `anchors:`
     (signal groups of crisis.md), or as `threshold_without_anchors` in any other, the
     message gets the crisis reply. A message the knowledge answers gets it instead of the
     answer only when danger is at least as likely as `threshold_over_an_answer`, or, when
     the message holds a word of the anchors and the answer reader (answer-model.md) finds
     the answer unlikely, as `threshold_over_an_unlikely_answer`. Lower a threshold to catch
     more (and send the emergency reply to more people who did not need it), raise it for
     fewer; `off` reads no message of that kind (without a word of the anchors, or
     answered). A crisis phrase in a question that tells the danger as over or
     not real (`## reassurances` of crisis.md: \"years ago\", \"hes fine now\") stands only
     when danger is at least as likely as `threshold_reassured`; otherwise the message is
     answered, and the answer ends with the emergency numbers. In a message of several
     sentences that the knowledge has no answer for (or only one the answer reader finds
     unlikely, or that the answer reader takes for smalltalk), each sentence of at least four
     words is also read alone, and danger at least as likely as `threshold_in_a_sentence` in one of
     them gets the crisis reply (a long story with one sentence of danger in it). A phrase or
     combination of `## ambiguous` in crisis.md (everyday talk as often as danger: \"heart
     attack\"), when it is the only danger the rules found, stands only when danger is at
     least as likely as `threshold_ambiguous`; otherwise the message is read on as if no
     phrase had matched, and an answer ends with the emergency numbers. `threshold: off`, or
     deleting this file, turns the model off. -->

## model
threshold: {threshold}
anchors: {}
threshold_without_anchors: {threshold_without_anchors}
threshold_over_an_answer: {threshold_over_an_answer}
threshold_over_an_unlikely_answer: {threshold_over_an_unlikely_answer}
threshold_reassured: {threshold_reassured}
threshold_in_a_sentence: {threshold_in_a_sentence}
threshold_ambiguous: {threshold_ambiguous}
bias: {:.4}

## weights

",
        anchors.join(", "),
        learned.bias
    );
    for (feature, weight) in &learned.weights {
        out.push_str(&format!("- {weight:.3} {feature}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text::rule_words(text)
    }

    #[test]
    fn features_are_stems_and_neighbouring_pairs_once_each() {
        assert_eq!(
            features(&words("ending it ending it")),
            ["end", "it", "end it", "it end"]
        );
        assert!(features(&[]).is_empty());
    }

    const ONLY_ANCHORED: Thresholds = Thresholds {
        with_anchors: 0.5,
        without_anchors: None,
        over_an_answer: None,
        over_an_unlikely_answer: None,
        reassured: None,
        in_a_sentence: None,
        ambiguous: None,
    };

    fn examples() -> Vec<(Vec<String>, bool)> {
        let danger = [
            "i want to end it tonight",
            "took everything tonight goodbye",
            "he took too much and wont wake up",
            "i am going to end it all",
            "goodbye everyone tonight is the night",
        ];
        let safe = [
            "is ketamine addictive",
            "what are the withdrawal symptoms",
            "how does treatment work",
            "thanks that helped",
            "can ketamine damage your bladder",
        ];
        danger
            .iter()
            .map(|t| (words(t), true))
            .chain(safe.iter().map(|t| (words(t), false)))
            .collect()
    }

    #[test]
    fn shuffles_keep_the_mean_of_the_runs_of_their_seeds() {
        let keeping_all = |seed, shuffles| Learning {
            smallest_kept: 0.0,
            seed,
            shuffles,
            ..Learning::default()
        };
        let first = learn(&examples(), &keeping_all(1, 1));
        let second = learn(&examples(), &keeping_all(2, 1));
        let both = learn(&examples(), &keeping_all(1, 2));
        assert_eq!(first, learn(&examples(), &keeping_all(1, 0)), "0 is 1");
        assert_ne!(
            first, second,
            "another seed reads the examples in another order"
        );
        let weight = |learned: &Learned, feature: &str| {
            learned
                .weights
                .iter()
                .find(|(f, _)| f == feature)
                .map_or(0.0, |(_, w)| *w)
        };
        let mean = |a: f32, b: f32| ((f64::from(a) + f64::from(b)) / 2.0) as f32;
        assert_eq!(both.weights.len(), first.weights.len());
        for (feature, w) in &both.weights {
            assert_eq!(
                *w,
                mean(weight(&first, feature), weight(&second, feature)),
                "{feature}"
            );
        }
        assert_eq!(both.bias, mean(first.bias, second.bias));
        assert_eq!(keeping_all(1, 1).orders_note(), "");
        assert_eq!(
            keeping_all(2, 1).orders_note(),
            ", read in the order of seed 2"
        );
        assert_eq!(
            keeping_all(4, 3).orders_note(),
            ", the mean of 3 orders (seeds 4 to 6)"
        );
    }

    #[test]
    fn averaged_weights_are_the_mean_over_the_last_passes() {
        let last = learn(
            &examples(),
            &Learning {
                averaged_epochs: 0,
                ..Learning::default()
            },
        );
        let averaged = Learning {
            averaged_epochs: 5,
            ..Learning::default()
        };
        let mean = learn(&examples(), &averaged);
        assert_eq!(mean, learn(&examples(), &averaged), "deterministic");
        assert_ne!(mean, last, "not the last step's weights");
        let weight = |learned: &Learned, feature: &str| {
            learned
                .weights
                .iter()
                .find(|(f, _)| f == feature)
                .map(|(_, w)| *w)
        };
        // The same signs, and sizes of the same order: a mean of weights that had settled.
        let tonight = text::stem("tonight").into_owned();
        let (a, b) = (
            weight(&last, &tonight).unwrap(),
            weight(&mean, &tonight).unwrap(),
        );
        assert!(a > 0.0 && b > 0.0 && (a - b).abs() < a.max(b), "{a} vs {b}");
        let averaging_everything = Learning {
            averaged_epochs: 1_000,
            ..Learning::default()
        };
        assert_eq!(
            learn(&examples(), &averaging_everything),
            learn(
                &examples(),
                &Learning {
                    averaged_epochs: Learning::default().epochs,
                    ..Learning::default()
                }
            ),
            "more passes than there are: all of them"
        );
    }

    #[test]
    fn learns_to_tell_danger_from_questions_and_is_deterministic() {
        let learned = learn(&examples(), &Learning::default());
        assert_eq!(learned, learn(&examples(), &Learning::default()));
        let model = learned.model(ONLY_ANCHORED, &["ending".to_owned()]);
        let ending = ["ending".to_owned()];
        assert!(
            model
                .danger(&stems_of(&words("i will end it tonight")), &ending)
                .is_some()
        );
        assert!(
            model
                .danger(&stems_of(&words("i will end it tonight")), &[])
                .is_none(),
            "no word of an anchor group: not read"
        );
        assert!(
            model
                .danger(
                    &stems_of(&words("is ketamine bad for your bladder")),
                    &ending
                )
                .is_none()
        );
        assert!(model.probability(&[]) < 0.5, "nothing said, no danger");
        assert!(
            model
                .danger(&stems_of(&words("tonight goodbye")), &ending)
                .is_none(),
            "two words are left to the phrases"
        );
    }

    #[test]
    fn a_message_without_a_word_of_the_anchors_needs_its_own_threshold() {
        let learned = learn(&examples(), &Learning::default());
        let message = words("i will end it tonight");
        let likelihood = learned.model(ONLY_ANCHORED, &[]).probability(&message);
        let stems = stems_of(&message);
        let anchors = ["ending".to_owned()];
        let with = |without_anchors| {
            learned.model(
                Thresholds {
                    without_anchors,
                    ..ONLY_ANCHORED
                },
                &anchors,
            )
        };
        assert!(with(None).danger(&stems, &[]).is_none(), "not read");
        assert_eq!(with(Some(likelihood)).danger(&stems, &[]), Some(likelihood));
        assert!(
            with(Some((likelihood + 1.0) / 2.0))
                .danger(&stems, &[])
                .is_none(),
            "not likely enough without a word of danger"
        );
        assert_eq!(
            with(Some(0.99)).danger(&stems, &anchors),
            Some(likelihood),
            "with one, the lower threshold"
        );
    }

    #[test]
    fn one_sentence_of_danger_in_a_long_story_is_read_alone() {
        let learned = learn(&examples(), &Learning::default());
        let story = "is ketamine addictive what are the withdrawal symptoms how does treatment \
                     work thanks that helped can ketamine damage your bladder";
        let danger = "i want to end it tonight";
        let (story, danger) = (stems_of(&words(story)), stems_of(&words(danger)));
        let stems: Vec<String> = story.iter().chain(&danger).cloned().collect();
        let sentence_of: Vec<usize> = story
            .iter()
            .map(|_| 0)
            .chain(danger.iter().map(|_| 1))
            .collect();
        let model = |in_a_sentence| {
            learned.model(
                Thresholds {
                    in_a_sentence,
                    ..ONLY_ANCHORED
                },
                &[],
            )
        };
        let alone = model(None).probability_of_stems(&danger);
        let whole = model(None).probability_of_stems(&stems);
        assert!(
            whole < alone,
            "the story outweighs the sentence: {whole} vs {alone}"
        );
        assert_eq!(
            model(Some(alone)).danger_in_a_sentence(&stems, &sentence_of),
            Some(alone)
        );
        assert!(
            model(None)
                .danger_in_a_sentence(&stems, &sentence_of)
                .is_none(),
            "off"
        );
        assert!(
            model(Some((alone + 1.0) / 2.0))
                .danger_in_a_sentence(&stems, &sentence_of)
                .is_none(),
            "not likely enough"
        );
        assert!(
            model(Some(0.0))
                .danger_in_a_sentence(&danger, &vec![0; danger.len()])
                .is_none(),
            "a message of one sentence is read whole, not again"
        );
        let three_and_three = stems_of(&words("end it tonight is ketamine addictive"));
        assert!(
            model(Some(0.0))
                .danger_in_a_sentence(&three_and_three, &[0, 0, 0, 1, 1, 1])
                .is_none(),
            "a sentence of fewer than {SENTENCE_MIN_WORDS} words is not read alone"
        );
    }

    #[test]
    fn an_answer_gives_way_only_when_danger_is_all_but_sure_and_not_ruled_out() {
        let learned = learn(&examples(), &Learning::default());
        let message = words("i will end it tonight");
        let likelihood = learned.model(ONLY_ANCHORED, &[]).probability(&message);
        let stems = stems_of(&message);
        let answered = Outcome::Answered {
            entry: 0,
            score: 1.0,
            related: Vec::new(),
        };
        let anchors = ["ending".to_owned()];
        let reading = CrisisReading {
            signals: anchors.to_vec(),
            ..CrisisReading::default()
        };
        let with = |over_an_answer| {
            learned.model(
                Thresholds {
                    over_an_answer,
                    ..ONLY_ANCHORED
                },
                &anchors,
            )
        };
        assert!(
            with(None)
                .reads_again(&answered, &reading, &stems)
                .is_none(),
            "an answered message keeps its answer"
        );
        assert_eq!(
            with(Some(likelihood)).reads_again(&answered, &reading, &stems),
            Some(likelihood)
        );
        assert!(
            with(Some((likelihood + 1.0) / 2.0))
                .reads_again(&answered, &reading, &stems)
                .is_none(),
            "not sure enough to take an answer's place"
        );
        assert!(likelihood >= ONLY_ANCHORED.with_anchors);
        let abroad = CrisisReading {
            other_language: true,
            ..reading.clone()
        };
        assert_eq!(
            with(Some((likelihood + 1.0) / 2.0)).reads_again(&answered, &abroad, &stems),
            Some(likelihood),
            "in another language an answer is read as if there were none"
        );
        let ruled_out = CrisisReading {
            ruled_out: std::iter::once(0..2).collect(),
            ..reading.clone()
        };
        assert!(
            with(Some(0.01))
                .reads_again(&answered, &ruled_out, &stems)
                .is_none(),
            "\"im not suicidal, but…\" is never read"
        );
    }

    #[test]
    fn an_unlikely_answer_gives_way_to_danger_told_in_words_of_the_anchors() {
        let learned = learn(&examples(), &Learning::default());
        let message = words("i will end it tonight");
        let likelihood = learned.model(ONLY_ANCHORED, &[]).probability(&message);
        let stems = stems_of(&message);
        let anchors = ["ending".to_owned()];
        let anchored = CrisisReading {
            signals: anchors.to_vec(),
            ..CrisisReading::default()
        };
        let with = |over_an_unlikely_answer| {
            learned.model(
                Thresholds {
                    over_an_unlikely_answer,
                    ..ONLY_ANCHORED
                },
                &anchors,
            )
        };
        assert_eq!(
            with(Some(likelihood)).over_an_unlikely_answer(&anchored, &stems),
            Some(likelihood)
        );
        assert_eq!(
            with(None).over_an_unlikely_answer(&anchored, &stems),
            None,
            "off"
        );
        assert_eq!(
            with(Some((likelihood + 1.0) / 2.0)).over_an_unlikely_answer(&anchored, &stems),
            None,
            "not likely enough"
        );
        for (reading, why) in [
            (CrisisReading::default(), "no word of the anchors"),
            (
                CrisisReading {
                    ruled_out: std::iter::once(0..2).collect(),
                    ..anchored.clone()
                },
                "danger ruled out",
            ),
            (
                CrisisReading {
                    other_language: true,
                    ..anchored.clone()
                },
                "another language: read as if unanswered, by `reads_again`",
            ),
        ] {
            assert_eq!(
                with(Some(0.01)).over_an_unlikely_answer(&reading, &stems),
                None,
                "{why}"
            );
        }
        assert_eq!(
            with(Some(0.01)).over_an_unlikely_answer(&anchored, &stems[..2]),
            None,
            "too short for the model"
        );
    }

    #[test]
    fn written_weights_read_back_the_same() {
        let learned = learn(&examples(), &Learning::default());
        let thresholds = Thresholds {
            with_anchors: 0.5,
            without_anchors: Some(0.875),
            over_an_answer: None,
            over_an_unlikely_answer: Some(0.625),
            reassured: Some(0.125),
            in_a_sentence: Some(0.75),
            ambiguous: Some(0.0625),
        };
        let markdown = to_markdown(&learned, thresholds, &["ending".to_owned()], "a test");
        let mut problems = Vec::new();
        let file = crate::knowledge::source::parse(
            std::path::Path::new("crisis-model.md"),
            &markdown,
            &mut problems,
        );
        let read = crate::knowledge::crisis_model_of(&file, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read.threshold, Some(0.5));
        assert_eq!(read.threshold_without_anchors, Some(0.875));
        assert_eq!(read.threshold_over_an_answer, None, "written `off`");
        assert_eq!(read.threshold_over_an_unlikely_answer, Some(0.625));
        assert_eq!(read.threshold_reassured, Some(0.125));
        assert_eq!(read.threshold_in_a_sentence, Some(0.75));
        assert_eq!(read.threshold_ambiguous, Some(0.0625));
        assert_eq!(read.anchors, ["ending"]);
        assert_eq!(read.weights.len(), learned.weights.len());
        for ((f, w), (g, v)) in read.weights.iter().zip(&learned.weights) {
            assert_eq!(*f, feature_key(g));
            assert!((w - v).abs() < 0.001);
        }
    }

    #[test]
    fn the_compiled_model_scores_as_the_written_features_say() {
        let learned = learn(&examples(), &Learning::default());
        let model = learned.model(ONLY_ANCHORED, &[]);
        let by_name: FxHashMap<&str, f32> = learned
            .weights
            .iter()
            .map(|(f, w)| (f.as_str(), *w))
            .collect();
        for message in [
            "i want to end it tonight",
            "end it end it",
            "is ketamine addictive",
            "",
        ] {
            let expected = sigmoid(
                learned.bias
                    + features(&words(message))
                        .iter()
                        .filter_map(|f| by_name.get(f.as_str()))
                        .sum::<f32>(),
            );
            assert!(
                (model.probability(&words(message)) - expected).abs() < 1e-6,
                "{message}"
            );
        }
    }

    #[test]
    fn off_means_no_model() {
        let written = CrisisModelWeights {
            threshold: None,
            anchors: Vec::new(),
            anchors_line: 0,
            threshold_without_anchors: Some(0.9),
            threshold_over_an_answer: Some(0.95),
            threshold_over_an_unlikely_answer: Some(0.5),
            threshold_reassured: Some(0.2),
            threshold_in_a_sentence: None,
            threshold_ambiguous: None,
            bias: 0.0,
            weights: Vec::new(),
        };
        assert!(CrisisModel::new(&written).is_none());
    }
}
