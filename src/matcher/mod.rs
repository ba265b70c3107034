//! The brain: from a message to a [`Decision`], with no I/O and nothing of Telegram.
//!
//! ```text
//! message → normalise → crisis? → smalltalk? → spelling + synonyms → search (Tantivy BM25)
//!         → coverage + similarity per candidate → decide: answer / did you mean / no match
//!         → the learned readers: danger no rule caught? an entry the search missed?
//!           smalltalk no phrase caught? danger over an answer the answer reader doubts?
//! ```
//!
//! Crisis detection runs before anything else and its reply goes out alone. Everything the
//! matcher decides with is in [`tuning`], with the reason for each value.

pub mod answer_model;
mod coverage;
mod crisis;
pub mod crisis_model;
mod decide;
mod profile;
mod query;
mod scope;
mod smalltalk;
mod sorted_by_key;
mod spelling;
pub mod tuning;

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use tantivy::tokenizer::TextAnalyzer;

pub use crate::text::english::is_english;
pub use crate::text::phrase::{Phrase, PhraseSet, Tokens, allowed_typos, same_word};
pub use crisis::{CrisisDetector, CrisisReading};
pub use decide::Candidate;
pub use query::{AnalysedQuery, Concept};
pub use scope::NotCoveredMatch;
pub use spelling::Speller;

use crate::index::{SearchIndex, analyzer};
use crate::knowledge::Knowledge;
use crate::text;
use crate::text::dice::Bigrams;
use answer_model::SecondOpinion;
use coverage::Coverage;
use decide::Verdict;
use profile::{Corpus, holds};
use query::QueryBuilder;
use smalltalk::SmalltalkDetector;
use tuning::*;

/// What the bot makes of a message.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub outcome: Outcome,
    /// The best candidates with their signals, best first (empty when no search ran).
    pub candidates: Vec<Candidate>,
    /// What the message was understood to be about (empty for crisis and smalltalk).
    pub query: AnalysedQuery,
    /// Whether the answer came from the question alone, without the story around it.
    pub question_alone: bool,
    /// Whether the message, no crisis, still holds words of danger (a signal group of
    /// `crisis.md` the learned reader reads by: overdose, breathing, pills…), or is mostly in
    /// another language (read by the few words the knowledge knows): an answer to it, or the
    /// smalltalk reply to a longer message that thanks or says goodbye, ends with the
    /// emergency numbers, in case it was a crisis in words no rule knows.
    pub danger_words: bool,
    /// Whether the learned crisis reader finds danger possible (at least [`DANGER_NOTE`], or
    /// one sentence read alone at its bar for a sentence) in a message that keeps its answer or
    /// its smalltalk reply: that reply, too, ends with the emergency numbers.
    pub danger_possible: bool,
    /// How likely the learned reader for answers found what it decided, when it decided
    /// otherwise than the search: the entry it answered, or that the message asks nothing the
    /// knowledge answers.
    pub chosen_by_model: Option<f32>,
}

impl Decision {
    /// A decision with this outcome and no search behind it.
    pub fn of(outcome: Outcome) -> Decision {
        Decision {
            outcome,
            candidates: Vec::new(),
            query: AnalysedQuery::default(),
            question_alone: false,
            danger_words: false,
            danger_possible: false,
            chosen_by_model: None,
        }
    }

    /// Whether the reply ends with the emergency numbers (`## danger_note`): an answer or
    /// smalltalk reply to a message with words of danger, mostly in another language, or in
    /// which the crisis reader finds danger possible. (The crisis reply is the numbers; "I
    /// don't have an answer" names them itself.)
    pub fn ends_with_emergency_numbers(&self) -> bool {
        matches!(
            self.outcome,
            Outcome::Answered { .. } | Outcome::Smalltalk { .. }
        ) && (self.danger_words || self.danger_possible)
    }

    /// Whether the message is, all but word for word, a phrasing of the entry it is answered
    /// with: a question staff wrote for that entry, which neither learned reader takes from it
    /// (`faqbot check` asks each phrasing and expects its entry back).
    pub fn answers_its_own_phrasing(&self) -> bool {
        answers_its_own_phrasing(&self.outcome, &self.candidates)
    }
}

/// The kind of reply a message gets.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Danger: the emergency reply, first and alone.
    Crisis { phrase: String },
    /// A greeting, thanks…: intent position in the knowledge's smalltalk list.
    Smalltalk { intent: usize },
    /// The answer is this entry; `related` are offered after it.
    Answered {
        entry: usize,
        score: f32,
        related: Vec<usize>,
    },
    /// "Did you mean…": these entries, best first.
    Suggestions { entries: Vec<usize> },
    /// Nothing in the knowledge answers the message.
    NoMatch { reason: NoMatchReason },
}

/// Why nothing was answered (for logs, `faqbot eval` and the unanswered report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoMatchReason {
    /// No words, or only words like "what is it".
    NothingToSearch,
    /// About a substance the knowledge does not cover.
    OtherSubstance(String),
    /// A question the knowledge does not answer on purpose: the `not-covered.md` phrase found,
    /// and the groups of all the phrases found (their replies and pointers).
    NotCovered(NotCoveredMatch),
    /// Candidates too weak to offer.
    Unsure,
    /// The learned reader for answers found the message much like the questions the question
    /// sets label out of scope (see [`answer_model`]).
    LooksOutOfScope,
    /// The search itself failed (logged); the person still gets the no-answer reply.
    SearchFailed,
}

impl Outcome {
    /// The status name of the `faqbot ask --json` contract.
    pub fn status(&self) -> &'static str {
        match self {
            Outcome::Crisis { .. } => "crisis",
            Outcome::Smalltalk { .. } => "smalltalk",
            Outcome::Answered { .. } => "answered",
            Outcome::Suggestions { .. } => "suggestions",
            Outcome::NoMatch { .. } => "no_match",
        }
    }
}

/// Where [`Brain::open`] got its index from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexSource {
    /// The index on disk matched the knowledge.
    Reused,
    /// The index was missing or stale and was rebuilt on disk.
    Built,
    /// The index folder could not be used; the index lives in memory.
    InMemory,
}

/// Whether `outcome` answers with an entry one of whose phrasings `candidates` found the
/// message to be, all but word for word.
pub(crate) fn answers_its_own_phrasing(outcome: &Outcome, candidates: &[Candidate]) -> bool {
    match outcome {
        Outcome::Answered { entry, .. } => candidates
            .iter()
            .any(|c| c.entry == *entry && c.similarity >= EXACT_SIMILARITY),
        _ => false,
    }
}

/// Knowledge, its index and every compiled rule: everything needed to answer, immutable, shared
/// behind an `Arc` and replaced whole when the knowledge changes.
pub struct Brain {
    knowledge: Arc<Knowledge>,
    index: SearchIndex,
    corpus: Corpus,
    speller: Speller,
    queries: QueryBuilder,
    crisis: CrisisDetector,
    crisis_model: Option<crisis_model::CrisisModel>,
    answer_model: Option<answer_model::AnswerModel>,
    smalltalk: SmalltalkDetector,
    not_covered: scope::NotCovered,
    analyzer: TextAnalyzer,
}

impl std::fmt::Debug for Brain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Brain")
            .field("entries", &self.knowledge.entries.len())
            .field("index", &self.index)
            .field("vocabulary", &self.speller.len())
            .finish()
    }
}

impl Brain {
    /// Loads `knowledge_dir`, and opens its index under `index_dir`, building it when it is
    /// missing or stale. An index folder that cannot be written is not fatal: the index is then
    /// built in memory (and a warning logged).
    pub fn open(knowledge_dir: &Path, index_dir: &Path) -> anyhow::Result<(Brain, IndexSource)> {
        let knowledge = Knowledge::load(knowledge_dir)
            .with_context(|| format!("cannot load the knowledge in {}", knowledge_dir.display()))?;
        let (index, source) = match SearchIndex::open_or_build(index_dir, &knowledge) {
            Ok((index, true)) => (index, IndexSource::Built),
            Ok((index, false)) => (index, IndexSource::Reused),
            Err(error) => {
                tracing::warn!("{error:#}; using an index in memory");
                (
                    SearchIndex::build_in_memory(&knowledge)?,
                    IndexSource::InMemory,
                )
            }
        };
        Ok((Brain::new(Arc::new(knowledge), index)?, source))
    }

    /// A brain over an index built in memory (tests, benchmarks, evaluation).
    pub fn in_memory(knowledge: Knowledge) -> anyhow::Result<Brain> {
        let index = SearchIndex::build_in_memory(&knowledge)?;
        Brain::new(Arc::new(knowledge), index)
    }

    /// Compiles the rules of `knowledge` over its `index`.
    pub fn new(mut knowledge: Arc<Knowledge>, index: SearchIndex) -> anyhow::Result<Brain> {
        let crisis_model = knowledge
            .crisis_model
            .as_ref()
            .and_then(crisis_model::CrisisModel::new);
        // The learned weights now live compiled in `crisis_model`: the copy as written (16
        // bytes a weight, 0.5 MB at 31,000) is not needed again, unless someone else holds
        // the same knowledge.
        if let Some(written) = Arc::get_mut(&mut knowledge).and_then(|k| k.crisis_model.as_mut()) {
            written.weights = Vec::new();
        }
        let intents: Vec<String> = knowledge.smalltalk.iter().map(|i| i.name.clone()).collect();
        let answer_model = knowledge.answer_model.as_ref().and_then(|written| {
            answer_model::AnswerModel::with_smalltalk(
                written,
                knowledge.entries.len(),
                &intents,
                |id| knowledge.position(id),
            )
        });
        if let Some(written) = Arc::get_mut(&mut knowledge).and_then(|k| k.answer_model.as_mut()) {
            written.weights = Vec::new();
        }
        let mut analyzer = analyzer::stemmed();
        let lexicon = &knowledge.lexicon;
        let vocabulary = index
            .vocabulary()?
            .into_iter()
            .chain(QueryBuilder::words(lexicon).into_iter().map(|w| (w, 1)))
            // Little words too ("exactley" is "exactly", not a word of its own), ranked
            // below every knowledge word a typo could equally be.
            .chain(
                text::STOP_WORDS
                    .iter()
                    .chain(text::WEAK_WORDS)
                    .map(|w| ((*w).to_owned(), 0)),
            );
        let speller = Speller::new(vocabulary, QueryBuilder::protected_words(lexicon));
        let corpus = Corpus::new(&knowledge);
        Ok(Brain {
            queries: QueryBuilder::new(lexicon, &corpus, &mut analyzer),
            corpus,
            crisis: CrisisDetector::new(&knowledge.crisis),
            crisis_model,
            answer_model,
            smalltalk: SmalltalkDetector::new(&knowledge.smalltalk),
            not_covered: scope::NotCovered::new(&knowledge.not_covered),
            speller,
            analyzer,
            index,
            knowledge,
        })
    }

    pub fn knowledge(&self) -> &Arc<Knowledge> {
        &self.knowledge
    }

    pub fn index(&self) -> &SearchIndex {
        &self.index
    }

    /// What the crisis rules make of `message` (the first step of [`Brain::answer`]), and the
    /// words the learned second reader weighs.
    pub fn read_danger(&self, message: &str) -> (CrisisReading, Vec<String>) {
        let focus = text::focus(message);
        let tokens = self.tokens(&focus.words);
        (self.crisis.read(&tokens, &focus.sentence_of), tokens.words)
    }

    /// The smalltalk intent (position in the knowledge's list) the rules read in `message`:
    /// said alone, or somewhere in a story that says one of its phrases. What
    /// `faqbot learn-answers` labels the question sets' smalltalk with.
    pub fn smalltalk_intent_of(&self, message: &str) -> Option<usize> {
        let focus = text::focus(message);
        let tokens = self.tokens(&focus.words);
        self.smalltalk
            .detect(text::truncate_for_matching(message), &tokens)
            .or_else(|| self.smalltalk.mentioned(&tokens))
    }

    /// The focused words of a message as the rules read them (the speller's words known to be
    /// spelt right).
    fn tokens(&self, focused: &[(String, f32)]) -> Tokens {
        Tokens::with_known(focused.iter().map(|(w, _)| w.clone()).collect(), |w| {
            self.speller.is_known(w)
        })
    }

    /// Decides what `message` gets. Never panics and never fails: a failing search is logged
    /// and becomes a no-match.
    pub fn answer(&self, message: &str) -> Decision {
        let text::Focus {
            words: focused,
            sentence_of,
        } = text::focus(message);
        let tokens = self.tokens(&focused);
        let mut decision = Decision::of(Outcome::NoMatch {
            reason: NoMatchReason::NothingToSearch,
        });
        let mut reading = self.crisis.read(&tokens, &sentence_of);
        // "my mate overdosed years ago, hes fine now. can it damage his kidneys?": a crisis
        // phrase in a question that tells the danger as over stands unless the learned reader
        // finds danger unlikely; so does an ambiguous phrase ("my dad had a heart attack last
        // year") in any message. The answer then ends with the emergency numbers.
        let phrase_gives_way = reading.crisis.is_some()
            && self.crisis_model.as_ref().is_some_and(|model| {
                (reading.reassured
                    && text::has_question(message)
                    && model.lets_phrase_give_way(tokens.stems()))
                    || (reading.ambiguous && model.lets_ambiguous_phrase_give_way(tokens.stems()))
            });
        if phrase_gives_way {
            reading.crisis = None;
        }
        if reading.crisis.is_none() && text::is_danger_picture(message) {
            reading.crisis = Some("a picture of danger, in emoji".to_owned());
        }
        if let Some(phrase) = reading.crisis {
            decision.outcome = Outcome::Crisis { phrase };
            return decision;
        }
        if let Some(intent) = self
            .smalltalk
            .detect(text::truncate_for_matching(message), &tokens)
        {
            // Smalltalk phrases among many little words may hide danger the rules do not know.
            if let Some(model) = &self.crisis_model
                && let Some(likelihood) = model.over_smalltalk(&reading, tokens.stems())
            {
                decision.outcome = Outcome::Crisis {
                    phrase: format!("learned model, {likelihood:.2}, over smalltalk"),
                };
                return decision;
            }
            decision.outcome = Outcome::Smalltalk { intent };
            decision.danger_possible = self.crisis_model.as_ref().is_some_and(|model| {
                model.finds_danger_possible(tokens.stems(), || {
                    model.danger_in_a_sentence(tokens.stems(), &sentence_of)
                })
            });
            return decision;
        }
        let mut decision = self.search_and_decide(message, focused, &tokens, &reading);
        // In a message mostly in another language the matcher understood only the few words
        // the knowledge knows: whatever it answers, the emergency numbers come with it.
        decision.danger_words = phrase_gives_way
            || !tokens.mostly_english()
            || match &self.crisis_model {
                Some(model) => model.holds_danger_words(&reading.signals),
                None => !reading.signals.is_empty(),
            };
        // The learned second reader, for danger said in words no phrase or combination knows.
        // Over an answer the answer reader finds likely, its bar is higher than the model
        // file's: relearns kept carrying pinned everyday lines over that bar (`LIKELY_ANSWER`).
        // The answer reader's likelihood of the answer is read once, and only for a message
        // the crisis reader reads as danger.
        if let Some(model) = &self.crisis_model
            && !decision.answers_its_own_phrasing()
            && let Some(likelihood) = model.reads_again(&decision.outcome, &reading, tokens.stems())
            && let answer_likelihood = self.likelihood_of_answer(&decision, tokens.stems())
            && !(likelihood < DANGER_OVER_A_LIKELY_ANSWER
                && !reading.other_language
                && answer_likelihood.is_some_and(|p| p >= LIKELY_ANSWER))
        {
            // Over an answer the answer reader doubts, in words of danger, the reply is the one
            // the bar over an unlikely answer (lower than this one) would give: say so.
            let over_an_unlikely_answer = answer_likelihood.is_some_and(|p| p < UNLIKELY_ANSWER)
                && model.reaches_bar_over_an_unlikely_answer(&reading, tokens.stems(), likelihood);
            decision.outcome = Outcome::Crisis {
                phrase: if over_an_unlikely_answer {
                    format!("learned model, {likelihood:.2}, over an unlikely answer")
                } else {
                    format!("learned model, {likelihood:.2}")
                },
            };
            return decision;
        }
        // The learned reader for answers, for questions asked in words the entries do not use.
        // After the reader for danger: what it reads as danger is never answered instead.
        // Smalltalk it reads in a message that holds words of danger stays "I don't have an
        // answer", which names the emergency numbers ("thanks for everything, you were the only
        // one who listened").
        let mut declined_an_answer = false;
        if let Some(model) = &self.answer_model
            && (tokens.mostly_english() || !matches!(decision.outcome, Outcome::Answered { .. }))
            && let Some(opinion) =
                model.second_opinion(&decision.outcome, &decision.candidates, tokens.stems())
            && !(matches!(opinion, SecondOpinion::Smalltalk(..)) && decision.danger_words)
        {
            decision.outcome = match opinion {
                SecondOpinion::Answer(entry, likelihood) => {
                    decision.chosen_by_model = Some(likelihood);
                    Outcome::Answered {
                        entry,
                        score: likelihood,
                        related: self.related(entry, &decision.candidates),
                    }
                }
                SecondOpinion::Decline(likelihood) => {
                    decision.chosen_by_model = Some(likelihood);
                    declined_an_answer = matches!(decision.outcome, Outcome::Answered { .. });
                    Outcome::NoMatch {
                        reason: NoMatchReason::LooksOutOfScope,
                    }
                }
                SecondOpinion::Smalltalk(intent, likelihood) => {
                    decision.chosen_by_model = Some(likelihood);
                    Outcome::Smalltalk { intent }
                }
            };
        }
        // A long story with one sentence of danger in it reads as safe as a whole: when the
        // knowledge has no answer for it, or only one the answer reader finds unlikely, or the
        // answer reader took it for smalltalk, its sentences are read alone as well.
        // (The sentences first: most messages have one, and then nothing is read; the answer
        // reader's likelihood is computed only for a sentence of danger. Read once: a reply
        // that keeps its place asks again below.)
        let danger_in_a_sentence = std::cell::OnceCell::new();
        let danger_in_a_sentence = || {
            *danger_in_a_sentence.get_or_init(|| {
                self.crisis_model
                    .as_ref()
                    .and_then(|model| model.danger_in_a_sentence(tokens.stems(), &sentence_of))
            })
        };
        if self.crisis_model.is_some()
            && reading.ruled_out.is_empty()
            && !matches!(decision.outcome, Outcome::Crisis { .. })
            && let Some(likelihood) = danger_in_a_sentence()
            && self.reads_sentences_alone(&decision, tokens.stems())
        {
            decision.chosen_by_model = None;
            decision.outcome = Outcome::Crisis {
                phrase: format!("learned model, {likelihood:.2}, in one sentence"),
            };
            return decision;
        }
        // "my friend. the ket. shes shaking like. her head keeps hitting the floor" is matched
        // to an article by its words, but the answer reader finds that article unlikely: told
        // in words of danger, danger less than all but sure takes the answer's place. An
        // answer the answer reader declined outright is the least likely of all, and is read
        // the same way: otherwise lowering `decline` would hand such a message a no-match
        // that the crisis reader had read only at the bar over an answer.
        if let Some(crisis_model) = &self.crisis_model
            && (declined_an_answer || matches!(decision.outcome, Outcome::Answered { .. }))
            && let Some(likelihood) = crisis_model.over_an_unlikely_answer(&reading, tokens.stems())
            && (declined_an_answer || self.answer_is_unlikely(&decision, tokens.stems()))
        {
            decision.chosen_by_model = None;
            decision.outcome = Outcome::Crisis {
                phrase: format!("learned model, {likelihood:.2}, over an unlikely answer"),
            };
        }
        // Danger the crisis reader finds possible, though too unlikely for the crisis reply:
        // the answer or smalltalk reply keeps its place and ends with the emergency numbers.
        decision.danger_possible = !decision.danger_words
            && matches!(
                decision.outcome,
                Outcome::Answered { .. } | Outcome::Smalltalk { .. }
            )
            && self.crisis_model.as_ref().is_some_and(|model| {
                model.finds_danger_possible(tokens.stems(), danger_in_a_sentence)
            });
        decision
    }

    /// Whether the crisis reader reads a message's sentences alone: the knowledge has no
    /// answer for it, the answer reader took it for smalltalk, or its answer is one the answer
    /// reader finds unlikely (and not the entry's own phrasing). An answer the reader finds
    /// likely keeps its place: read over every answer, the sentences cost right answers
    /// (README, "Answer quality", round 27).
    fn reads_sentences_alone(&self, decision: &Decision, stems: &[String]) -> bool {
        match decision.outcome {
            Outcome::NoMatch { .. } | Outcome::Suggestions { .. } | Outcome::Smalltalk { .. } => {
                true
            }
            Outcome::Answered { .. } => self.answer_is_unlikely(decision, stems),
            Outcome::Crisis { .. } => false,
        }
    }

    /// Whether the decision answers with an entry the answer reader finds unlikely (under
    /// [`UNLIKELY_ANSWER`]) and not with the entry's own phrasing: there, danger the crisis
    /// reader finds less than all but sure may take the answer's place.
    fn answer_is_unlikely(&self, decision: &Decision, stems: &[String]) -> bool {
        !decision.answers_its_own_phrasing()
            && self
                .likelihood_of_answer(decision, stems)
                .is_some_and(|p| p < UNLIKELY_ANSWER)
    }

    /// How likely the answer reader finds the decision's answer; `None` without an answer
    /// reader, or for a decision that answers nothing.
    fn likelihood_of_answer(&self, decision: &Decision, stems: &[String]) -> Option<f32> {
        let Outcome::Answered { entry, .. } = decision.outcome else {
            return None;
        };
        self.answer_model.as_ref()?.likelihood_of(entry, stems)
    }

    /// Everything after the crisis and smalltalk checks: scope, search, decision.
    fn search_and_decide(
        &self,
        message: &str,
        mut focused: Vec<(String, f32)>,
        tokens: &Tokens,
        reading: &CrisisReading,
    ) -> Decision {
        let mut decision = Decision::of(Outcome::NoMatch {
            reason: NoMatchReason::NothingToSearch,
        });
        // "help" alone asks how to use the bot, not for the article "We can help".
        if text::only_asks_for_help(&tokens.words) {
            return decision;
        }
        let in_question: Vec<bool> = focused.iter().map(|(_, weight)| *weight >= 1.0).collect();
        if let Some(mut found) = self.not_covered.detect(tokens, &in_question) {
            // A group's own words and pointers may be about ketamine: "how long does caffeine
            // withdrawal last" is declined all the same, in the general words.
            if found
                .groups
                .iter()
                .any(|&g| self.not_covered.needs_subject(g))
            {
                let mut analyzer = self.analyzer.clone();
                let names_subject = self
                    .queries
                    .analyse(
                        &focused,
                        !reading.other_language,
                        &self.speller,
                        &self.corpus,
                        &mut analyzer,
                    )
                    .mentions_subject;
                if !names_subject {
                    found.groups.retain(|&g| !self.not_covered.needs_subject(g));
                }
            }
            decision.outcome = Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(found),
            };
            return decision;
        }
        // "i'm not suicidal or anything, but…": a danger ruled out is no part of the question.
        let mut position = 0..;
        focused.retain(|_| {
            let i = position.next().unwrap_or_default();
            !reading.ruled_out.iter().any(|span| span.contains(&i))
        });
        let mut analyzer = self.analyzer.clone();
        let english = !reading.other_language;
        decision.query = self.queries.analyse(
            &focused,
            english,
            &self.speller,
            &self.corpus,
            &mut analyzer,
        );
        let query = &decision.query;
        // Nothing but weak words ("tell me more", "what about it"): nothing to search for.
        if query.concepts.iter().all(|c| c.weak) {
            return decision;
        }
        // Another drug: declined, unless the knowledge mentions it and the message is about
        // ketamine too ("is ket worse than alcohol" is answered; "are benzos worse than ket" is not).
        if let Some((substance, mentioned)) = &query.other_substance
            && !(*mentioned && query.mentions_subject)
        {
            decision.outcome = Outcome::NoMatch {
                reason: NoMatchReason::OtherSubstance(substance.clone()),
            };
            return decision;
        }
        let ranked = match self.search(query) {
            Ok(ranked) => ranked,
            Err(error) => {
                tracing::error!("search failed: {error:#}");
                decision.outcome = Outcome::NoMatch {
                    reason: NoMatchReason::SearchFailed,
                };
                return decision;
            }
        };
        let mut verdict = decide::decide(&ranked, |a, b| self.declared_related(a, b));
        decision.candidates = ranked;
        // A story around the question dilutes it: "my daughter says it's harmless because
        // doctors use it … what are the real health risks?". When the whole message is not
        // answered, the question on its own may be; but only in a story about ketamine: "can
        // you help me fix it?" after a story about homework is not a question for us.
        if verdict != Verdict::Answer
            && decision.query.mentions_subject
            && focused.iter().any(|(_, weight)| *weight < 1.0)
        {
            // In a story about ketamine, "it" in the question is ketamine: "… What is it
            // actually?" asks what ketamine is.
            let subject = self.knowledge.lexicon.subject.first();
            let question: Vec<(String, f32)> = focused
                .iter()
                .filter(|(_, weight)| *weight >= 1.0)
                .map(|(word, weight)| match subject {
                    Some(subject) if word == "it" => (subject.clone(), *weight),
                    _ => (word.clone(), *weight),
                })
                .collect();
            let alone = self.queries.analyse(
                &question,
                english,
                &self.speller,
                &self.corpus,
                &mut analyzer,
            );
            // "can that be from the ketamine?" points back at the story: alone, it asks nothing.
            // "what is it?" asks what ketamine is, when the knowledge is asked that.
            let asks_what_it_is = question.first().is_some_and(|(word, _)| word == "what");
            let asks_something = alone.concepts.iter().any(|c| !c.weak && !c.subject);
            if let Ok(ranked) = self.search(&alone)
                && decide::decide(&ranked, |a, b| self.declared_related(a, b)) == Verdict::Answer
                && (asks_something
                    || (asks_what_it_is && ranked[0].similarity >= NEAR_COPY_SIMILARITY))
            {
                verdict = Verdict::Answer;
                decision.candidates = ranked;
                decision.query = alone;
                decision.question_alone = true;
            }
        }
        let ranked = &decision.candidates;
        decision.outcome = match verdict {
            Verdict::Answer => Outcome::Answered {
                entry: ranked[0].entry,
                score: ranked[0].score,
                related: self.related(ranked[0].entry, ranked),
            },
            Verdict::Suggest(indexes) => Outcome::Suggestions {
                entries: indexes.into_iter().map(|i| ranked[i].entry).collect(),
            },
            // Nothing answers it, it asks nothing, and it thanks, greets or says goodbye
            // somewhere in a longer story: the smalltalk reply, not "I don't have an answer".
            Verdict::NoMatch => match self.smalltalk.mentioned(tokens) {
                Some(intent)
                    if tokens.words.len() >= SMALLTALK_IN_STORY_MIN_WORDS
                        && !text::has_question(message) =>
                {
                    Outcome::Smalltalk { intent }
                }
                _ => Outcome::NoMatch {
                    reason: NoMatchReason::Unsure,
                },
            },
        };
        decision
    }

    /// Searches the index for `query` and ranks the hits.
    fn search(&self, query: &AnalysedQuery) -> anyhow::Result<Vec<Candidate>> {
        let hits = self.index.search(&query.search_terms(), FIELD_BOOSTS)?;
        Ok(self.rank(query, hits))
    }

    /// Scores the best search hits in full and ranks them by confidence.
    fn rank(&self, query: &AnalysedQuery, hits: Vec<crate::index::EntryHit>) -> Vec<Candidate> {
        let mut ranked: Vec<Candidate> = hits
            .iter()
            .map(|hit| Candidate {
                entry: hit.entry as usize,
                phrasing_bm25: hit.best_variant_score,
                phrasings_bm25: hit.phrasings_score,
                answer_bm25: hit.answer_score,
                ..Candidate::default()
            })
            .collect();
        let by_bm25 = |a: &Candidate, b: &Candidate| {
            b.bm25().total_cmp(&a.bm25()).then(a.entry.cmp(&b.entry))
        };
        // Only the best few go on: pick them without sorting every hit (a large knowledge has
        // thousands).
        if ranked.len() > CANDIDATES {
            ranked.select_nth_unstable_by(CANDIDATES - 1, by_bm25);
            ranked.truncate(CANDIDATES);
        }
        ranked.sort_by(by_bm25);

        // Each concept weighs its rarity (its rarest known term; the most for an unknown word)
        // times its focus weight.
        let concepts: Vec<(f32, Vec<u32>)> = query
            .concepts
            .iter()
            .map(|c| {
                let ids: Vec<u32> = c
                    .terms
                    .iter()
                    .filter_map(|(t, _)| self.corpus.id(t))
                    .collect();
                let rarity = ids
                    .iter()
                    .map(|&id| self.corpus.idf(id))
                    .reduce(f32::max)
                    .unwrap_or(self.corpus.unknown_idf());
                (c.weight * rarity, ids)
            })
            .collect();
        let mut coverage = Coverage::new(concepts);
        let query_bigrams = Bigrams::new(
            &query
                .concepts
                .iter()
                .filter_map(|c| c.terms.first().map(|(t, _)| t.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
        );

        for candidate in &mut ranked {
            let profile = self.corpus.entry(candidate.entry);
            candidate.coverage = coverage.of(&profile.terms);
            candidate.question_coverage = coverage.of(&profile.question_terms);
            candidate.passage_coverage = profile
                .passages
                .iter()
                .map(|p| coverage.of(p))
                .fold(0.0, f32::max);
            for (i, v) in profile.variants.iter().enumerate() {
                let used: f32 = v
                    .terms
                    .iter()
                    .filter(|&&id| holds(coverage.ids(), id))
                    .map(|&id| self.corpus.idf(id))
                    .sum();
                if used == 0.0 {
                    // Nothing in common: recall, precision and similarity are all 0, as the
                    // candidate starts with.
                    continue;
                }
                let recall = coverage.of(&v.terms);
                let own = v.idf_sum;
                let precision = if own > 0.0 { used / own } else { 0.0 };
                let f1 = if recall + precision > 0.0 {
                    2.0 * recall * precision / (recall + precision)
                } else {
                    0.0
                };
                if f1 > candidate.similarity || i == 0 {
                    candidate.variant = i;
                    candidate.similarity = f1;
                    candidate.recall = recall;
                    candidate.precision = precision;
                }
            }
            // Character similarity of the closest phrasing only.
            if let Some(v) = profile.variants.get(candidate.variant) {
                candidate.dice = query_bigrams.dice(&v.bigrams) as f32;
            }
            *candidate = candidate.with_score();
        }
        // Someone who typed one of our questions (give or take stop words, word forms and
        // synonyms) meant that entry, whatever its neighbours score. An article's section
        // title is a description, not a question: it gets no such precedence.
        // But only over entries that do not fit clearly better: a phrasing can be "typed"
        // through a broad synonym ("treatment resistant depression" and "What does ketamine
        // rehab do?" share only "treatment" and "ketamine").
        let best_score = ranked.iter().map(|c| c.score).fold(0.0, f32::max);
        let exact = |c: &Candidate| {
            c.similarity >= EXACT_SIMILARITY
                && c.score >= EXACT_MIN_SHARE * best_score
                && (c.variant > 0
                    || self.knowledge.entries[c.entry]
                        .title
                        .trim_end()
                        .ends_with('?'))
        };
        ranked.sort_by(|a, b| {
            exact(b)
                .cmp(&exact(a))
                .then(b.score.total_cmp(&a.score))
                .then(b.bm25().total_cmp(&a.bm25()))
        });
        ranked
    }

    /// Whether the `related:` line of entry `a` or of entry `b` names the other.
    fn declared_related(&self, a: usize, b: usize) -> bool {
        let names = |from: usize, to: usize| {
            let entries = &self.knowledge.entries;
            entries[from].related.iter().any(|id| *id == entries[to].id)
        };
        names(a, b) || names(b, a)
    }

    /// Entries to offer after answering `best`: the ones staff listed in `related:`, or else the
    /// runners-up of the search (`ranked`) that scored close to it (or to the search's best,
    /// when the search did not rank `best`).
    fn related(&self, best: usize, ranked: &[Candidate]) -> Vec<usize> {
        let entry = &self.knowledge.entries[best];
        if !entry.related.is_empty() {
            return entry
                .related
                .iter()
                .filter_map(|id| self.knowledge.position(id))
                .filter(|&other| other != best)
                .take(MAX_SUGGESTIONS)
                .collect();
        }
        let Some(top) = ranked
            .iter()
            .find(|c| c.entry == best)
            .or(ranked.first())
            .map(|c| c.score)
        else {
            return Vec::new();
        };
        ranked
            .iter()
            .filter(|c| c.entry != best && c.score >= RELATED_MIN_SHARE * top)
            .map(|c| c.entry)
            .take(MAX_SUGGESTIONS)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;

    fn brain() -> Brain {
        Brain::in_memory(sample()).unwrap()
    }

    /// The sample knowledge with a learned crisis reader and an answer reader of these texts
    /// (`crisis-model.md`, `answer-model.md`), each left out when `None`.
    fn brain_with_readers(crisis_model: Option<&str>, answer_model: Option<&str>) -> Brain {
        brain_of(
            crate::knowledge::tests::sample_files(),
            crisis_model,
            answer_model,
        )
    }

    /// [`brain_with_readers`] where `crisis.md` has one signal group, `ending` ("die"), for a
    /// crisis model whose `anchors: ending` then makes no word of the sample a word of danger.
    fn brain_with_ending_signal(crisis_model: &str, answer_model: Option<&str>) -> Brain {
        let mut files = crate::knowledge::tests::sample_files();
        for (path, bytes) in &mut files {
            if path.as_path() == Path::new(crate::knowledge::CRISIS_FILE) {
                bytes.extend_from_slice(b"\n## signals\n- ending: die\n");
            }
        }
        brain_of(files, Some(crisis_model), answer_model)
    }

    fn brain_of(
        mut files: Vec<(std::path::PathBuf, Vec<u8>)>,
        crisis_model: Option<&str>,
        answer_model: Option<&str>,
    ) -> Brain {
        for (file, text) in [
            (crate::knowledge::CRISIS_MODEL_FILE, crisis_model),
            (crate::knowledge::ANSWER_MODEL_FILE, answer_model),
        ] {
            if let Some(text) = text {
                files.push((std::path::PathBuf::from(file), text.as_bytes().to_vec()));
            }
        }
        Brain::in_memory(Knowledge::from_files(files).unwrap()).unwrap()
    }

    /// An answer reader that finds the first entry unlikely unless the message says "hook".
    const HOOK_ANSWER_READER: &str = "## model\nthreshold: 0.99\nmargin: off\n\n## biases\n- -5 addictive\n- -5 withdrawal\n- -5 (declined)\n\n## weights\n- hook: 10 addictive\n";

    #[test]
    fn the_written_weights_are_dropped_once_compiled_unless_shared() {
        let shipped = Knowledge::load(Path::new("knowledge")).unwrap();
        let weights = |b: &Brain| b.knowledge().crisis_model.as_ref().unwrap().weights.len();
        let shared = Arc::new(shipped);
        let index = SearchIndex::build_in_memory(&shared).unwrap();
        let brain = Brain::new(shared.clone(), index).unwrap();
        assert!(
            weights(&brain) > 0,
            "someone else holds the knowledge: kept"
        );
        drop(brain);
        let owned = Brain::in_memory(Arc::try_unwrap(shared).unwrap()).unwrap();
        assert_eq!(weights(&owned), 0);
        let reading = owned.crisis_model.as_ref().unwrap();
        assert!(reading.probability(&text::words("i want to end it all tonight")) > 0.5);
    }

    #[test]
    fn a_not_covered_group_that_needs_the_subject_speaks_only_to_messages_naming_it() {
        let knowledge = crate::knowledge::tests::sample_with(
            crate::knowledge::NOT_COVERED_FILE,
            "## Withdrawal timeline\nsee: withdrawal\nneeds_subject: yes\n\n- how long ... withdrawal\n\n\
             ## Timing\n\n- how long ... last\n",
        );
        let b = Brain::in_memory(knowledge.unwrap()).unwrap();
        let groups = |message: &str| match b.answer(message).outcome {
            Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(found),
            } => found.groups,
            other => panic!("{message}: {other:?}"),
        };
        assert_eq!(groups("how long does ket withdrawal last"), [0, 1]);
        assert_eq!(groups("how long does special k withdrawal last?"), [0, 1]);
        assert_eq!(groups("how long does caffeine withdrawal last"), [1]);
    }

    #[test]
    fn a_picture_of_danger_in_emoji_gets_the_crisis_reply() {
        let b = brain();
        for message in [
            "🔪🩸😶",
            "👋🪦",
            "😴💊🔚",
            "🚆🙂👋",
            "🚂🚶‍♂️ tonight. finally.",
            "🌊🚶‍♂️ goodbye lads",
            "🌉⬇️ 11pm",
            "👋👋👋 FOR GOOD",
        ] {
            assert_eq!(
                b.answer(message).outcome,
                Outcome::Crisis {
                    phrase: "a picture of danger, in emoji".into()
                },
                "{message}"
            );
        }
        for message in [
            "👋😊",
            "🚆",
            "🌊🌊",
            "🚆 strike tomorrow?",
            "🌊 surf's up today",
            "all good 👋",
        ] {
            assert!(
                !matches!(b.answer(message).outcome, Outcome::Crisis { .. }),
                "{message}"
            );
        }
    }

    #[test]
    fn smalltalk_among_little_words_is_read_by_the_crisis_reader() {
        let message = "hello again tonight";
        assert!(matches!(
            brain().answer(message).outcome,
            Outcome::Smalltalk { .. }
        ));
        let reader = |weight: f32| {
            format!(
                "## model\nthreshold: 0.5\nanchors:\nbias: -4\n\n## weights\n- {weight} tonight\n"
            )
        };
        // Danger all but sure: the crisis reply.
        let sure = brain_with_readers(Some(&reader(7.0)), None);
        assert!(matches!(
            sure.answer(message).outcome,
            Outcome::Crisis { .. }
        ));
        // Possible, but under the bar: the smalltalk reply stays, with the emergency numbers.
        let possible = brain_with_readers(Some(&reader(4.5)), None).answer(message);
        assert!(matches!(possible.outcome, Outcome::Smalltalk { .. }));
        assert!(possible.ends_with_emergency_numbers());
        let unlikely = brain_with_readers(Some(&reader(2.0)), None).answer(message);
        assert!(!unlikely.ends_with_emergency_numbers());
        // Two words give the reader too little to weigh.
        assert!(matches!(
            sure.answer("hello tonight").outcome,
            Outcome::Smalltalk { .. }
        ));
    }

    #[test]
    fn the_pipeline_in_order() {
        let b = brain();
        assert_eq!(b.answer("i want to kill myself").outcome.status(), "crisis");
        assert_eq!(b.answer("hello").outcome.status(), "smalltalk");
        assert!(matches!(
            b.answer("is ketamine addictive?").outcome,
            Outcome::Answered { entry: 0, .. }
        ));
        assert!(matches!(
            b.answer("what is withdrawal like").outcome,
            Outcome::Answered { entry: 1, .. }
        ));
        // Nothing to search: no words, only little words, a bare plea for help, a misspelt
        // little word that is no word of its own.
        for message in ["", "what is it", "help me pls", "what is it exactley"] {
            assert_eq!(
                b.answer(message).outcome,
                Outcome::NoMatch {
                    reason: NoMatchReason::NothingToSearch
                },
                "{message}"
            );
        }
        assert_eq!(
            b.answer("is coke addictive").outcome,
            Outcome::NoMatch {
                reason: NoMatchReason::OtherSubstance("cocaine".into())
            }
        );
        assert_eq!(
            b.answer("what's the capital of france").outcome.status(),
            "no_match"
        );
    }

    #[test]
    fn the_learned_reader_speaks_only_where_nothing_is_answered_and_nothing_ruled_out() {
        let b = brain_with_readers(
            Some("## model\nthreshold: 0.5\nanchors:\nbias: -5\n\n## weights\n- 10 tonight\n"),
            None,
        );
        assert_eq!(
            b.answer("off to the coast tonight with friends").outcome,
            Outcome::Crisis {
                // bias -5 + 10: 1 / (1 + e^-5)
                phrase: "learned model, 0.99".into()
            },
            "nothing answers it, and the model finds danger"
        );
        assert!(
            matches!(
                b.answer("is ketamine addictive tonight?").outcome,
                Outcome::Answered { entry: 0, .. }
            ),
            "an answered message keeps its answer"
        );
        assert_ne!(
            b.answer("i am not suicidal, off to the coast tonight")
                .outcome
                .status(),
            "crisis",
            "a message that rules danger out is not read again"
        );
        assert_ne!(
            b.answer("gone tonight").outcome.status(),
            "crisis",
            "too short for the model"
        );
        assert_eq!(
            brain()
                .answer("off to the coast tonight with friends")
                .outcome
                .status(),
            "no_match",
            "no model, no second reading"
        );
    }

    #[test]
    fn an_ambiguous_phrase_gives_way_where_the_learned_reader_finds_danger_unlikely() {
        let brain_with = |threshold_ambiguous: &str| {
            let mut files = crate::knowledge::tests::sample_files();
            for (path, text) in &mut files {
                if path.as_path() == Path::new(crate::knowledge::CRISIS_FILE) {
                    *text = b"## reply\nCall 911.\n\n## phrases\n- kill myself\n- heart attack\n\n## ambiguous\n- heart attack\n".to_vec();
                }
            }
            files.push((
                std::path::PathBuf::from(crate::knowledge::CRISIS_MODEL_FILE),
                format!("## model\nthreshold: 0.5\nanchors:\nthreshold_ambiguous: {threshold_ambiguous}\nbias: -5\n\n## weights\n- 10 tonight\n").into_bytes(),
            ));
            Brain::in_memory(Knowledge::from_files(files).unwrap()).unwrap()
        };
        let b = brain_with("0.1");
        let everyday = b.answer("my dad had a heart attack last year, is ketamine addictive?");
        assert!(
            matches!(
                everyday.outcome,
                Outcome::Answered { entry: 0, .. } | Outcome::Suggestions { .. }
            ),
            "danger unlikely (0.01): read on as if no phrase had matched, {:?}",
            everyday.outcome
        );
        assert!(
            everyday.danger_words,
            "the answer ends with the emergency numbers"
        );
        for danger in [
            "heart attack tonight, is ketamine addictive?",
            "heart attack or not i will kill myself, is ketamine addictive?",
        ] {
            assert_eq!(b.answer(danger).outcome.status(), "crisis", "{danger}");
        }
        assert_eq!(
            brain_with("off")
                .answer("my dad had a heart attack last year, is ketamine addictive?")
                .outcome
                .status(),
            "crisis",
            "with the threshold off, an ambiguous phrase stands as any other"
        );
    }

    #[test]
    fn smalltalk_the_answer_reader_reads_where_nothing_answers_gets_its_reply_unless_in_danger() {
        let mut files = crate::knowledge::tests::sample_files();
        // A word of danger the rules know, which alone is no crisis.
        for (path, text) in &mut files {
            if path.ends_with("crisis.md") {
                *text = b"## reply\n\nCall 911.\n\n## phrases\n- kill myself\n\n## signals\n- harm: overdosed\n".to_vec();
            }
        }
        files.push((
            std::path::PathBuf::from(crate::knowledge::ANSWER_MODEL_FILE),
            b"## model\nthreshold: 0.9\nmargin: off\nsmalltalk: 0.6\n\n## biases\n- -5 addictive\n- -5 (smalltalk:greeting)\n\n## weights\n- howdi: 10 (smalltalk:greeting)\n".to_vec(),
        ));
        let b = Brain::in_memory(Knowledge::from_files(files).unwrap()).unwrap();
        assert_eq!(brain().answer("howdy partner").outcome.status(), "no_match");
        let decision = b.answer("howdy partner");
        assert_eq!(decision.outcome, Outcome::Smalltalk { intent: 0 });
        assert!(decision.chosen_by_model.is_some());
        assert_eq!(
            b.answer("howdy, i want to kill myself").outcome.status(),
            "crisis",
            "the crisis rules come first"
        );
        let overdose = b.answer("howdy partner, he overdosed years ago");
        assert!(overdose.danger_words, "{overdose:?}");
        assert_ne!(
            overdose.outcome.status(),
            "smalltalk",
            "words of danger: \"I don't have an answer\", which names the emergency numbers"
        );
    }

    #[test]
    fn the_crisis_reader_never_takes_an_answer_from_its_own_phrasing() {
        let b = brain_with_readers(
            Some(
                "## model\nthreshold: 0.5\nanchors:\nthreshold_over_an_answer: 0.5\nbias: -5\n\n## weights\n- 10 hook\n",
            ),
            None,
        );
        let own = b.answer("can you get hooked on ketamine");
        assert!(own.answers_its_own_phrasing());
        assert!(matches!(own.outcome, Outcome::Answered { entry: 0, .. }));
        let told = b.answer("so can you get hooked on ketamine this fast");
        assert!(!told.answers_its_own_phrasing());
        assert_eq!(told.outcome.status(), "crisis", "{told:?}");
    }

    /// The sample knowledge with a crisis reader that reads "floor" as danger (`crisis_model`:
    /// its `## model` lines) and, in the second brain, an answer reader that finds the first
    /// entry unlikely unless the message says "hook": (without the answer reader, with it).
    fn brains_with_an_answer_reader(crisis_model: &str) -> (Brain, Brain) {
        let crisis_model = format!("## model\n{crisis_model}bias: -5\n\n## weights\n- 5.5 floor\n");
        let without_answer_reader = brain_with_readers(Some(&crisis_model), None);
        let with_it = brain_with_readers(Some(&crisis_model), Some(HOOK_ANSWER_READER));
        (without_answer_reader, with_it)
    }

    #[test]
    fn danger_takes_the_place_of_an_answer_the_answer_reader_finds_unlikely() {
        let (without_answer_reader, b) = brains_with_an_answer_reader(
            "threshold: 0.99\nanchors:\nthreshold_over_an_answer: 0.99\nthreshold_over_an_unlikely_answer: 0.5\n",
        );
        let shaking = "is ketamine addictive? on the floor";
        assert!(matches!(
            without_answer_reader.answer(shaking).outcome,
            Outcome::Answered { entry: 0, .. }
        ));
        assert_eq!(
            b.answer(shaking).outcome,
            Outcome::Crisis {
                // bias -5 + 5.5: 1 / (1 + e^-0.5)
                phrase: "learned model, 0.62, over an unlikely answer".into()
            },
            "the answer reader finds the answer unlikely (1 / (1 + e^5))"
        );
        assert!(
            matches!(
                b.answer("is ketamine addictive? i am hooked, flat on the floor")
                    .outcome,
                Outcome::Answered { entry: 0, .. }
            ),
            "an answer the reader finds likely needs danger all but sure"
        );
    }

    #[test]
    fn danger_over_an_answer_the_answer_reader_doubts_says_so_whichever_bar_it_passed() {
        // bias -5 + 5.5: 1 / (1 + e^-0.5), over both bars; the answer reader finds the answer
        // unlikely (1 / (1 + e^5)). Without the lower bar, the reason names only the bar over an
        // answer.
        for (bar_over_an_unlikely_answer, reason) in [
            ("0.5", "learned model, 0.62, over an unlikely answer"),
            ("off", "learned model, 0.62"),
        ] {
            let (_, b) = brains_with_an_answer_reader(&format!(
                "threshold: 0.99\nanchors:\nthreshold_over_an_answer: 0.5\nthreshold_over_an_unlikely_answer: {bar_over_an_unlikely_answer}\n"
            ));
            assert_eq!(
                b.answer("is ketamine addictive? on the floor").outcome,
                Outcome::Crisis {
                    phrase: reason.into()
                },
                "bar over an unlikely answer: {bar_over_an_unlikely_answer}"
            );
        }
    }

    #[test]
    fn danger_takes_the_place_of_an_answer_the_answer_reader_finds_likely_only_when_all_but_sure() {
        let b = brain_with_readers(
            Some(
                "## model\nthreshold: 0.99\nanchors:\nthreshold_over_an_answer: 0.5\nbias: -5\n\n## weights\n- 5.5 floor\n- 3 blue\n",
            ),
            Some(HOOK_ANSWER_READER),
        );
        assert_eq!(
            b.answer("is ketamine addictive? on the floor").outcome,
            Outcome::Crisis {
                // bias -5 + 5.5: 1 / (1 + e^-0.5), over `threshold_over_an_answer`
                phrase: "learned model, 0.62".into()
            },
            "an answer the answer reader doubts (1 / (1 + e^5)) gives way at the file's threshold"
        );
        assert!(
            matches!(
                b.answer("is ketamine addictive? i am hooked, on the floor")
                    .outcome,
                Outcome::Answered { entry: 0, .. }
            ),
            "an answer the reader finds likely (1 / (1 + e^-5)) needs {DANGER_OVER_A_LIKELY_ANSWER}"
        );
        assert_eq!(
            b.answer("is ketamine addictive? i am hooked, on the floor and blue")
                .outcome,
            // bias -5 + 5.5 + 3: 1 / (1 + e^-3.5)
            Outcome::Crisis {
                phrase: "learned model, 0.97".into()
            }
        );
    }

    #[test]
    fn danger_the_crisis_reader_finds_possible_keeps_the_answer_and_marks_it() {
        // Danger over an answer only at 0.99; "floor" reads 1 / (1 + e^-0.5) = 0.62, at
        // least DANGER_NOTE; the anchors are words of ending, so "floor" is no word of danger.
        let b = brain_with_ending_signal(
            "## model\nthreshold: 0.99\nanchors: ending\nthreshold_over_an_answer: 0.99\nbias: -5\n\n## weights\n- 5.5 floor\n",
            None,
        );
        let possible = b.answer("is ketamine addictive? on the floor");
        assert!(
            matches!(possible.outcome, Outcome::Answered { entry: 0, .. }),
            "{possible:?}"
        );
        assert!(!possible.danger_words && possible.danger_possible);
        assert!(possible.ends_with_emergency_numbers());
        let safe = b.answer("is ketamine addictive? on the sofa");
        assert!(matches!(safe.outcome, Outcome::Answered { entry: 0, .. }));
        assert!(!safe.danger_possible && !safe.ends_with_emergency_numbers());
        assert!(
            !b.answer("i want to kill myself").danger_possible,
            "the crisis reply needs no note"
        );
    }

    #[test]
    fn an_answer_the_answer_reader_declines_is_read_as_the_least_likely_answer() {
        let brain = |over_an_unlikely_answer: &str| {
            brain_with_readers(
                Some(&format!(
                    "## model\nthreshold: 0.99\nanchors:\nthreshold_over_an_answer: 0.99\n{over_an_unlikely_answer}bias: -5\n\n## weights\n- 5.5 floor\n"
                )),
                Some(
                    "## model\nthreshold: 0.99\nmargin: off\ndecline: 0.9\n\n## biases\n- -5 addictive\n- -5 withdrawal\n- -5 (declined)\n\n## weights\n- floor: 10 (declined)\n",
                ),
            )
        };
        let shaking = "is ketamine addictive? on the floor";
        assert_eq!(
            brain("").answer(shaking).outcome,
            Outcome::NoMatch {
                reason: NoMatchReason::LooksOutOfScope
            },
            "the answer reader declines the search's answer (1 / (1 + e^-5))"
        );
        assert_eq!(
            brain("threshold_over_an_unlikely_answer: 0.5\n")
                .answer(shaking)
                .outcome,
            Outcome::Crisis {
                // bias -5 + 5.5: 1 / (1 + e^-0.5), over 0.5 though under 0.99
                phrase: "learned model, 0.62, over an unlikely answer".into()
            }
        );
        assert_eq!(
            brain("threshold_over_an_unlikely_answer: 0.7\n")
                .answer(shaking)
                .outcome
                .status(),
            "no_match",
            "danger under the bar over an unlikely answer stays declined"
        );
    }

    #[test]
    fn a_sentence_of_danger_takes_the_place_of_an_answer_the_answer_reader_finds_unlikely() {
        let (without_answer_reader, b) = brains_with_an_answer_reader(
            "threshold: 0.99\nanchors:\nthreshold_over_an_answer: 0.99\nthreshold_in_a_sentence: 0.5\n",
        );
        let story = "is ketamine addictive? i am lying here on the floor.";
        assert!(
            matches!(
                without_answer_reader.answer(story).outcome,
                Outcome::Answered { entry: 0, .. }
            ),
            "no answer reader to find the answer unlikely: the answer stands"
        );
        assert_eq!(
            b.answer(story).outcome,
            Outcome::Crisis {
                // bias -5 + 5.5 for the second sentence: 1 / (1 + e^-0.5)
                phrase: "learned model, 0.62, in one sentence".into()
            }
        );
        assert!(
            matches!(
                b.answer("is ketamine addictive? i am hooked, lying here on the floor.")
                    .outcome,
                Outcome::Answered { entry: 0, .. }
            ),
            "an answer the reader finds likely keeps its place"
        );
    }

    #[test]
    fn a_sentence_of_danger_in_a_story_that_keeps_its_answer_adds_the_emergency_numbers() {
        // No word of the message is an anchor (a word of danger the rules know). "calm" weighs
        // -3: read whole, the story is 1 / (1 + e^2.5) = 0.08, under DANGER_NOTE;
        // its last sentence alone is 1 / (1 + e^-0.5) = 0.62, over threshold_in_a_sentence.
        let crisis_model = "## model\nthreshold: 0.99\nanchors: ending\nthreshold_over_an_answer: 0.99\n\
            threshold_in_a_sentence: 0.5\nbias: -5\n\n## weights\n- 5.5 floor\n- -3 calm\n";
        let b = brain_with_ending_signal(crisis_model, Some(HOOK_ANSWER_READER));
        let story =
            b.answer("is ketamine addictive? i am hooked and calm. i am lying here on the floor.");
        assert!(
            matches!(story.outcome, Outcome::Answered { entry: 0, .. }),
            "the answer reader finds the answer likely: it keeps its place ({story:?})"
        );
        assert!(!story.danger_words && story.danger_possible);
        assert!(story.ends_with_emergency_numbers());
        let whole =
            b.answer("is ketamine addictive? i am hooked and calm, lying here on the floor.");
        assert!(matches!(whole.outcome, Outcome::Answered { entry: 0, .. }));
        assert!(
            !whole.danger_possible,
            "one sentence: read whole, under DANGER_NOTE"
        );
    }

    #[test]
    fn the_learned_reader_for_answers_speaks_where_the_search_was_unsure_or_clearly_wrong() {
        let b = brain_with_readers(
            None,
            Some(
                "## model\nthreshold: 0.9\nmargin: 0.3\ndecline: 0.9\n\n## biases\n- -5 addictive\n- -5 withdrawal\n- -5 (declined)\n\n## weights\n- rattl: 10 withdrawal\n- hook: 10 addictive\n- price: 10 (declined)\n",
            ),
        );
        let unsure = brain().answer("been rattling all week");
        assert_eq!(unsure.outcome.status(), "no_match", "the search alone");
        let decision = b.answer("been rattling all week");
        assert!(
            matches!(decision.outcome, Outcome::Answered { entry: 1, .. }),
            "{:?}",
            decision.outcome
        );
        // bias -5 + 10: 1 / (1 + e^-5)
        assert!((decision.chosen_by_model.unwrap() - 0.9933).abs() < 0.001);
        let searched = brain().answer("what is ketamine withdrawal like when hooked");
        assert!(matches!(
            searched.outcome,
            Outcome::Answered { entry: 1, .. }
        ));
        let decision = b.answer("what is ketamine withdrawal like when hooked");
        assert!(
            matches!(decision.outcome, Outcome::Answered { entry: 0, ref related, .. } if !related.contains(&0)),
            "far more likely by the model: {:?}",
            decision.outcome
        );
        assert!(
            matches!(
                b.answer("what is ketamine withdrawal like").outcome,
                Outcome::Answered { entry: 1, .. }
            ),
            "the model knows nothing of it: the search's answer stands"
        );
        let priced = "is ketamine addictive? and whats the price";
        assert_eq!(brain().answer(priced).outcome.status(), "answered");
        assert_eq!(
            b.answer(priced).outcome,
            Outcome::NoMatch {
                reason: NoMatchReason::LooksOutOfScope
            },
            "a question much like those the sets label out of scope"
        );
        for (message, status) in [
            ("i want to kill myself, rattling", "crisis"),
            ("is coke rattling worse", "no_match"),
            ("hello", "smalltalk"),
        ] {
            assert_eq!(b.answer(message).outcome.status(), status, "{message}");
        }
    }

    #[test]
    fn in_a_story_about_ketamine_it_in_the_question_is_ketamine() {
        let mut files = crate::knowledge::tests::sample_files();
        files.push((
            "more.md".into(),
            b"## What is ketamine?\nid: what_is\n\nAn anaesthetic.\n".to_vec(),
        ));
        let b = Brain::in_memory(Knowledge::from_files(files).unwrap()).unwrap();
        let story = "my grandson is twenty and lives with me. i keep reading about ketamine in \
                     the papers and i do not know what to think. what is it actually?";
        let decision = b.answer(story);
        assert!(decision.question_alone);
        assert!(
            matches!(decision.outcome, Outcome::Answered { entry, .. } if entry == 2),
            "{:?}",
            decision.outcome
        );
        // A question that only points back at the story still asks nothing on its own, though
        // its one word is the one word of "What is ketamine?".
        let pointing_back = "my grandson is twenty and his memory is shot. he has been using \
                             ketamine every weekend for a year now. can that be from the ketamine?";
        assert!(!b.answer(pointing_back).question_alone);
    }

    #[test]
    fn hostile_input_never_panics() {
        let b = brain();
        for message in [
            "title:x AND (",
            "\"",
            "*",
            "~2",
            "-foo",
            "+",
            &"(".repeat(5_000),
            &"ketamine ".repeat(3_000),
            "\u{0}\u{7}\u{202e}",
            "<b>hi</b>",
        ] {
            let _ = b.answer(message);
        }
    }
}
