//! The confidence decision: answer, offer "did you mean…", or say honestly that nothing fits.
//!
//! It reads several signals, not a raw BM25 cut-off: the confidence score of the best entry
//! (coverage, similarity and BM25 together), its coverage of the message, its margin over the
//! next entry, and how close its best phrasing is to the message.

use super::tuning::*;

/// The signals of one candidate entry.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Candidate {
    /// Position of the entry in the knowledge.
    pub entry: usize,
    /// Confidence, 0..1: what candidates are ranked by (see [`Candidate::with_score`]).
    pub score: f32,
    /// Share of the message (each word weighted by rarity) the entry talks about anywhere.
    pub coverage: f32,
    /// The same, counting the entry's phrasings only.
    pub question_coverage: f32,
    /// The same, counting the one sentence or bullet of the answer that covers most.
    pub passage_coverage: f32,
    /// How close the closest phrasing is to the message: F1 of `recall` and `precision`.
    pub similarity: f32,
    /// Which phrasing was closest (0 = the heading).
    pub variant: usize,
    /// Of the closest phrasing: share of the message it covers, and share of its own words
    /// (weighted by rarity) the message uses.
    pub recall: f32,
    pub precision: f32,
    /// Character similarity (strsim's Sørensen–Dice) of the closest phrasing to the message.
    pub dice: f32,
    /// BM25 of the best phrasing, of all phrasings together, and of the heading and answer.
    pub phrasing_bm25: f32,
    pub phrasings_bm25: f32,
    pub answer_bm25: f32,
}

impl Candidate {
    /// Combines the signals into the confidence score (weights in [`super::tuning`]).
    pub fn with_score(mut self) -> Candidate {
        let saturate = |x: f32| x / (x + BM25_HALF);
        let weighted = COVERAGE_WEIGHT * self.coverage
            + QUESTION_COVERAGE_WEIGHT * self.question_coverage
            + PASSAGE_COVERAGE_WEIGHT * self.passage_coverage
            + SIMILARITY_WEIGHT * self.similarity
            + PHRASING_BM25_WEIGHT * saturate(self.phrasing_bm25)
            + PHRASINGS_BM25_WEIGHT * saturate(self.phrasings_bm25)
            + ANSWER_BM25_WEIGHT * saturate(self.answer_bm25);
        self.score = weighted / SCORE_WEIGHTS;
        self
    }

    /// All BM25 evidence together: the order in which search hits are scored in full.
    pub fn bm25(&self) -> f32 {
        self.phrasing_bm25 + self.phrasings_bm25 + self.answer_bm25
    }
}

/// What to do with a searched message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Answer with this candidate (index into the ranked list) .
    Answer,
    /// Offer these candidates (indexes into the ranked list).
    Suggest(Vec<usize>),
    /// Nothing fits.
    NoMatch,
}

/// Decides on candidates ranked best first. `related(a, b)`: whether staff declared entries
/// `a` and `b` related (one's `related:` line names the other).
pub fn decide(ranked: &[Candidate], related: impl Fn(usize, usize) -> bool) -> Verdict {
    let Some(best) = ranked.first() else {
        return Verdict::NoMatch;
    };
    let margin_over = |i: usize| match ranked.get(i) {
        Some(other) if other.score > 0.0 => best.score / other.score,
        _ => f32::INFINITY,
    };
    let margin = margin_over(1);
    let covered = best.coverage >= ANSWER_MIN_COVERAGE;
    if covered && best.similarity >= NEAR_COPY_SIMILARITY {
        return Verdict::Answer;
    }
    // Beyond a near copy, the message must use enough of the closest phrasing's own words.
    let covered = covered && best.precision >= ANSWER_MIN_PRECISION;
    // A dead heat is never strong: the message says nothing to choose between the two.
    let strong = best.score >= ANSWER_STRONG_SCORE && margin > TIE;
    if covered && best.score >= ANSWER_MIN_SCORE && (margin >= ANSWER_MIN_MARGIN || strong) {
        return Verdict::Answer;
    }
    // Neck and neck with an entry staff declared related (an FAQ answer and the section it
    // sums up), and both clearly ahead of the rest: either answers it, and the other is
    // offered right after.
    if covered
        && best.score >= ANSWER_MIN_SCORE
        && ranked
            .get(1)
            .is_some_and(|second| related(best.entry, second.entry))
        && margin_over(2) >= ANSWER_MIN_MARGIN
    {
        return Verdict::Answer;
    }
    let offered: Vec<usize> = ranked
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.score >= SUGGEST_MIN_SCORE
                && c.coverage >= SUGGEST_MIN_COVERAGE
                && c.score >= SUGGEST_MIN_SHARE * best.score
        })
        .map(|(i, _)| i)
        .take(MAX_SUGGESTIONS)
        .collect();
    if offered.is_empty() {
        Verdict::NoMatch
    } else {
        Verdict::Suggest(offered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unrelated(_: usize, _: usize) -> bool {
        false
    }

    fn candidate(entry: usize, coverage: f32, similarity: f32, bm25: f32) -> Candidate {
        Candidate {
            entry,
            coverage,
            question_coverage: coverage,
            similarity,
            recall: similarity,
            precision: similarity,
            phrasing_bm25: bm25,
            phrasings_bm25: bm25,
            ..Candidate::default()
        }
        .with_score()
    }

    #[test]
    fn nothing_found_is_no_match() {
        assert_eq!(decide(&[], unrelated), Verdict::NoMatch);
    }

    #[test]
    fn a_clear_winner_is_answered() {
        let ranked = [candidate(0, 1.0, 0.7, 12.0), candidate(1, 0.5, 0.3, 4.0)];
        assert_eq!(decide(&ranked, unrelated), Verdict::Answer);
    }

    #[test]
    fn a_winner_that_shares_little_of_its_phrasing_is_only_offered() {
        let mut best = candidate(0, 1.0, 0.7, 12.0);
        best.precision = ANSWER_MIN_PRECISION / 2.0;
        let ranked = [best, candidate(1, 0.5, 0.3, 4.0)];
        assert_eq!(decide(&ranked, unrelated), Verdict::Suggest(vec![0]));
    }

    #[test]
    fn a_near_copy_is_answered_even_when_close_to_another() {
        let ranked = [candidate(0, 1.0, 0.95, 10.0), candidate(1, 1.0, 0.9, 10.0)];
        assert_eq!(decide(&ranked, unrelated), Verdict::Answer);
    }

    #[test]
    fn two_equal_middling_candidates_are_suggested() {
        let ranked = [
            candidate(0, 0.6, 0.5, 3.0),
            candidate(1, 0.6, 0.5, 3.0),
            candidate(2, 0.1, 0.1, 1.0),
        ];
        assert!(
            ranked[0].score < ANSWER_STRONG_SCORE && ranked[0].score > ANSWER_MIN_SCORE,
            "{}",
            ranked[0].score
        );
        assert_eq!(decide(&ranked, unrelated), Verdict::Suggest(vec![0, 1]));
    }

    #[test]
    fn a_dead_heat_is_offered_however_confident() {
        // "zebra care" against "Zebra care in winter" and "Zebra care in summer".
        let ranked = [candidate(0, 1.0, 0.8, 12.0), candidate(1, 1.0, 0.8, 12.0)];
        assert!(
            ranked[0].score >= ANSWER_STRONG_SCORE,
            "{}",
            ranked[0].score
        );
        assert_eq!(decide(&ranked, unrelated), Verdict::Suggest(vec![0, 1]));
    }

    #[test]
    fn a_dead_heat_between_related_entries_is_answered_when_both_lead_clearly() {
        // An FAQ answer (0) and the section it sums up (1), declared related.
        let faq_and_section = |a: usize, b: usize| a.min(b) == 0 && a.max(b) == 1;
        let pair = [
            candidate(0, 0.6, 0.5, 3.0),
            candidate(1, 0.6, 0.5, 3.0),
            candidate(2, 0.1, 0.1, 1.0),
        ];
        assert_eq!(decide(&pair, faq_and_section), Verdict::Answer);
        assert_eq!(decide(&pair, unrelated), Verdict::Suggest(vec![0, 1]));
        // A third entry as close: the message does not say which of the three.
        let three = [
            candidate(0, 0.6, 0.5, 3.0),
            candidate(1, 0.6, 0.5, 3.0),
            candidate(2, 0.6, 0.5, 3.0),
        ];
        assert_eq!(
            decide(&three, faq_and_section),
            Verdict::Suggest(vec![0, 1, 2])
        );
    }

    #[test]
    fn low_coverage_is_no_match_however_high_bm25() {
        let ranked = [candidate(0, 0.1, 0.2, 40.0)];
        assert_eq!(decide(&ranked, unrelated), Verdict::NoMatch);
    }
}
