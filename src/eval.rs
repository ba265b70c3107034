//! Answer quality as a number: runs a question set (JSON lines, the format of
//! `tests/questions/*.jsonl`) through the brain and measures it against [`BARS`].
//!
//! Each line is `{"q": "...", "kind": "answer|out_of_scope|crisis|smalltalk", "accept": [entry
//! ids], "style": "direct|paraphrase|typo|slang|short|long|emoji_caps|first_person"}`.
//!
//! Scoring (strict): an `answer` item is correct when the bot answers with an accepted entry;
//! "top 3" also counts an accepted entry among the "did you mean" suggestions. `out_of_scope`
//! must be declined (`no_match`), `crisis` must get the crisis reply, `smalltalk` the
//! smalltalk reply.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use serde::Deserialize;

use crate::matcher::{Brain, NoMatchReason, Outcome};

/// The committed quality bars; `tests/quality.rs` fails when a question set falls below them.
pub const BARS: Bars = Bars {
    answer: 0.95,
    answer_top3: 0.99,
    out_of_scope: 0.92,
    crisis: 1.0,
    smalltalk: 0.95,
};

/// Minimum rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bars {
    pub answer: f64,
    pub answer_top3: f64,
    pub out_of_scope: f64,
    pub crisis: f64,
    pub smalltalk: f64,
}

/// What a question expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Answer,
    OutOfScope,
    Crisis,
    Smalltalk,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Answer => "answer",
            Kind::OutOfScope => "out_of_scope",
            Kind::Crisis => "crisis",
            Kind::Smalltalk => "smalltalk",
        }
    }
}

/// One line of a question set.
#[derive(Debug, Clone, Deserialize)]
pub struct Question {
    pub q: String,
    pub kind: Kind,
    #[serde(default)]
    pub accept: Vec<String>,
    pub style: String,
}

/// The question sets in `dir` (every `*.jsonl`), in name order.
pub fn question_sets(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the question sets in {}", dir.display()))?
        .flatten()
        .map(|item| item.path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Whether `path` is a held-out question set (`holdout*`): never learned from or tuned on, and
/// its messages never shown.
pub fn is_held_out(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("holdout"))
}

/// Every question of every set in `dir`, sets in name order.
pub fn load_all(dir: &Path) -> anyhow::Result<Vec<Question>> {
    let mut questions = Vec::new();
    for path in question_sets(dir)? {
        questions.extend(load(&path)?);
    }
    Ok(questions)
}

/// Reads a question set; a malformed line is an error naming the file and line.
pub fn load(path: &Path) -> anyhow::Result<Vec<Question>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut questions = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let question: Question = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a question line", path.display(), i + 1))?;
        anyhow::ensure!(
            (question.kind == Kind::Answer) != question.accept.is_empty(),
            "{}:{}: `accept` lists entries for kind answer only, and at least one",
            path.display(),
            i + 1
        );
        questions.push(question);
    }
    Ok(questions)
}

/// The phone numbers of a crisis reply ("911", "988", "1-800-662-4357"): runs of digits and
/// dashes with at least three digits.
fn emergency_numbers(crisis_reply: &str) -> Vec<String> {
    let mut numbers: Vec<String> = crisis_reply
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map(|run| run.trim_matches('-'))
        .filter(|run| run.chars().filter(char::is_ascii_digit).count() >= 3)
        .map(str::to_owned)
        .collect();
    numbers.sort();
    numbers.dedup();
    numbers
}

/// How one question went.
#[derive(Debug, Clone)]
pub struct ItemResult {
    pub question: Question,
    pub status: &'static str,
    /// The answered entry's id.
    pub answered: Option<String>,
    pub suggested: Vec<String>,
    /// What decided a reply no search chose: the crisis phrase, the not-covered phrase, the
    /// other substance.
    pub reason: Option<String>,
    /// Scored by the question's kind (see the module doc).
    pub correct: bool,
    /// For answers: correct, or an accepted entry among the suggestions.
    pub top3: bool,
    /// For a crisis message the rules missed: whether the reply it got still names one of the
    /// emergency numbers of the crisis reply (the no-answer reply does).
    pub still_warned: bool,
    /// The best candidates, best first.
    pub candidates: Vec<ScoredCandidate>,
    /// What the message was understood to be about.
    pub concepts: Vec<UnderstoodConcept>,
    pub micros: f64,
}

/// A concept of the message: (as written, weight, [(term, weight)]).
pub type UnderstoodConcept = (String, f32, Vec<(String, f32)>);

/// A candidate's signals, for the report and `--dump`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ScoredCandidate {
    pub id: String,
    pub score: f32,
    pub bm25: f32,
    pub coverage: f32,
    pub similarity: f32,
    pub signals: crate::matcher::Candidate,
}

/// The results of one question set.
#[derive(Debug, Clone)]
pub struct Report {
    pub name: String,
    pub items: Vec<ItemResult>,
}

/// Summary rates of a report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    pub answer: f64,
    pub answer_top3: f64,
    pub out_of_scope: f64,
    pub crisis: f64,
    pub smalltalk: f64,
}

impl Report {
    /// Runs every question through `brain`.
    pub fn run(name: &str, brain: &Brain, questions: &[Question]) -> Report {
        let k = brain.knowledge();
        let emergency_numbers = emergency_numbers(&k.crisis.reply);
        let items = questions
            .iter()
            .map(|question| {
                let started = Instant::now();
                let decision = brain.answer(&question.q);
                let micros = started.elapsed().as_secs_f64() * 1e6;
                let id = |i: usize| k.entries[i].id.clone();
                let (answered, suggested) = match &decision.outcome {
                    Outcome::Answered { entry, .. } => (Some(id(*entry)), Vec::new()),
                    Outcome::Suggestions { entries } => {
                        (None, entries.iter().map(|&i| id(i)).collect())
                    }
                    _ => (None, Vec::new()),
                };
                let status = decision.outcome.status();
                let reason = match &decision.outcome {
                    Outcome::Crisis { phrase } => Some(format!("crisis phrase \"{phrase}\"")),
                    Outcome::NoMatch {
                        reason: NoMatchReason::NotCovered(found),
                    } => Some(format!("not covered \"{}\"", found.phrase)),
                    Outcome::NoMatch {
                        reason: NoMatchReason::OtherSubstance(substance),
                    } => Some(format!("other substance \"{substance}\"")),
                    _ => None,
                };
                let accepted = |id: &String| question.accept.contains(id);
                let correct = match question.kind {
                    Kind::Answer => answered.as_ref().is_some_and(accepted),
                    Kind::OutOfScope => status == "no_match",
                    Kind::Crisis => status == "crisis",
                    Kind::Smalltalk => status == "smalltalk",
                };
                let top3 = correct || suggested.iter().any(accepted);
                let still_warned = question.kind == Kind::Crisis && !correct && {
                    let reply = crate::reply::Reply::for_decision(&decision, k).render_plain();
                    emergency_numbers.iter().any(|n| reply.contains(n.as_str()))
                };
                let candidates = decision
                    .candidates
                    .iter()
                    .map(|c| ScoredCandidate {
                        id: id(c.entry),
                        score: c.score,
                        bm25: c.bm25(),
                        coverage: c.coverage,
                        similarity: c.similarity,
                        signals: *c,
                    })
                    .collect();
                let concepts = decision
                    .query
                    .concepts
                    .iter()
                    .map(|c| (c.written.clone(), c.weight, c.terms.clone()))
                    .collect();
                ItemResult {
                    question: question.clone(),
                    status,
                    answered,
                    suggested,
                    reason,
                    correct,
                    top3,
                    still_warned,
                    candidates,
                    concepts,
                    micros,
                }
            })
            .collect();
        Report {
            name: name.to_owned(),
            items,
        }
    }

    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &ItemResult> {
        self.items.iter().filter(move |i| i.question.kind == kind)
    }

    fn rate<'a>(
        items: impl Iterator<Item = &'a ItemResult>,
        ok: impl Fn(&ItemResult) -> bool,
    ) -> f64 {
        let (n, good) = items.fold((0, 0), |(n, g), i| (n + 1, g + usize::from(ok(i))));
        if n == 0 {
            f64::NAN
        } else {
            good as f64 / n as f64
        }
    }

    pub fn rates(&self) -> Rates {
        Rates {
            answer: Self::rate(self.of_kind(Kind::Answer), |i| i.correct),
            answer_top3: Self::rate(self.of_kind(Kind::Answer), |i| i.top3),
            out_of_scope: Self::rate(self.of_kind(Kind::OutOfScope), |i| i.correct),
            crisis: Self::rate(self.of_kind(Kind::Crisis), |i| i.correct),
            smalltalk: Self::rate(self.of_kind(Kind::Smalltalk), |i| i.correct),
        }
    }

    /// The bars this report misses, said in words (empty when all hold). A kind absent from
    /// the set is not measured.
    pub fn missed(&self, bars: &Bars) -> Vec<String> {
        self.missed_by_more_than(bars, 0)
    }

    /// The bars this report misses by more than `messages` messages of the kind, said in words.
    /// The committed per-set floors are checked so (`tests/quality.rs`): relearning the readers
    /// in another order alone moves a set by a message, up or down, and a floor that stopped
    /// such a move would be lowered for no reason.
    pub fn missed_by_more_than(&self, bars: &Bars, messages: usize) -> Vec<String> {
        let r = self.rates();
        let count = |kind| self.of_kind(kind).count();
        [
            ("answered correctly", r.answer, bars.answer, Kind::Answer),
            (
                "correct among answer or suggestions",
                r.answer_top3,
                bars.answer_top3,
                Kind::Answer,
            ),
            (
                "out of scope declined",
                r.out_of_scope,
                bars.out_of_scope,
                Kind::OutOfScope,
            ),
            ("crisis detected", r.crisis, bars.crisis, Kind::Crisis),
            (
                "smalltalk recognised",
                r.smalltalk,
                bars.smalltalk,
                Kind::Smalltalk,
            ),
        ]
        .into_iter()
        .filter(|&(_, rate, bar, kind)| {
            !rate.is_nan() && rate + messages as f64 / (count(kind) as f64) < bar
        })
        .map(|(what, rate, bar, _)| format!("{}: {what} {rate:.3} < {bar}", self.name))
        .collect()
    }

    /// The full text report: rates per kind and per style, confusion, latency, every failure.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let r = self.rates();
        let count = |k| self.of_kind(k).count();
        let _ = writeln!(out, "== {} ({} messages)", self.name, self.items.len());
        let _ = writeln!(out, "per kind:");
        let _ = writeln!(
            out,
            "  answer        n={:3}  answered correctly {:.3}   correct in answer or suggestions {:.3}",
            count(Kind::Answer),
            r.answer,
            r.answer_top3
        );
        let _ = writeln!(
            out,
            "  out_of_scope  n={:3}  declined (no_match) {:.3}",
            count(Kind::OutOfScope),
            r.out_of_scope
        );
        let (missed, warned) = self
            .of_kind(Kind::Crisis)
            .filter(|i| !i.correct)
            .fold((0, 0), |(m, w), i| (m + 1, w + usize::from(i.still_warned)));
        let _ = write!(
            out,
            "  crisis        n={:3}  crisis reply {:.3}",
            count(Kind::Crisis),
            r.crisis
        );
        if missed == 0 {
            let _ = writeln!(out);
        } else {
            let _ = writeln!(
                out,
                "   (of the {missed} missed, {warned} still see an emergency number in the reply)"
            );
        }
        let _ = writeln!(
            out,
            "  smalltalk     n={:3}  smalltalk reply {:.3}",
            count(Kind::Smalltalk),
            r.smalltalk
        );

        let mut statuses: BTreeMap<(Kind, &str), usize> = BTreeMap::new();
        for i in &self.items {
            *statuses.entry((i.question.kind, i.status)).or_default() += 1;
        }
        let _ = writeln!(out, "statuses per kind:");
        for kind in [
            Kind::Answer,
            Kind::OutOfScope,
            Kind::Crisis,
            Kind::Smalltalk,
        ] {
            let row: Vec<String> = ["answered", "suggestions", "no_match", "crisis", "smalltalk"]
                .iter()
                .map(|s| format!("{s} {}", statuses.get(&(kind, *s)).unwrap_or(&0)))
                .collect();
            let _ = writeln!(out, "  {:13} {}", kind.name(), row.join(", "));
        }

        let mut styles: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
        for i in &self.items {
            let s = styles.entry(i.question.style.as_str()).or_default();
            s.2 += 1;
            s.3 += usize::from(i.correct);
            if i.question.kind == Kind::Answer {
                s.0 += 1;
                s.1 += usize::from(i.correct);
            }
        }
        let _ = writeln!(
            out,
            "per style (answers answered correctly; all kinds by their own rule):"
        );
        for (style, (n_answer, ok_answer, n_all, ok_all)) in &styles {
            let pct = |ok: usize, n: usize| {
                if n == 0 {
                    "    -".to_owned()
                } else {
                    format!("{:.3}", ok as f64 / n as f64)
                }
            };
            let _ = writeln!(
                out,
                "  {style:13} answers {:>5} (n={n_answer:3})   all {:>5} (n={n_all:3})",
                pct(*ok_answer, *n_answer),
                pct(*ok_all, *n_all)
            );
        }

        let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
        for i in self.of_kind(Kind::Answer).filter(|i| !i.correct) {
            let got = i.answered.clone().unwrap_or_else(|| i.status.to_owned());
            *confusion
                .entry((i.question.accept.join("|"), got))
                .or_default() += 1;
        }
        for i in self
            .items
            .iter()
            .filter(|i| i.question.kind != Kind::Answer && !i.correct)
        {
            let got = i
                .answered
                .clone()
                .map(|a| format!("answered {a}"))
                .unwrap_or_else(|| i.status.to_owned());
            *confusion
                .entry((i.question.kind.name().to_owned(), got))
                .or_default() += 1;
        }
        let _ = writeln!(out, "confusion (wanted → got: count):");
        let mut rows: Vec<_> = confusion.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for ((wanted, got), n) in rows {
            let _ = writeln!(out, "  {wanted} → {got}: {n}");
        }

        let mut micros: Vec<f64> = self.items.iter().map(|i| i.micros).collect();
        micros.sort_by(f64::total_cmp);
        if !micros.is_empty() {
            let at = |q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
            let _ = writeln!(
                out,
                "latency per message in process: median {:.0} µs, p99 {:.0} µs, max {:.0} µs",
                at(0.5),
                at(0.99),
                at(1.0)
            );
        }

        let failures: Vec<&ItemResult> = self.items.iter().filter(|i| !i.correct).collect();
        let _ = writeln!(out, "failures ({}):", failures.len());
        for i in failures {
            let wanted = if i.question.kind == Kind::Answer {
                i.question.accept.join(",")
            } else {
                i.question.kind.name().to_owned()
            };
            let got = match (&i.answered, i.suggested.is_empty()) {
                (Some(id), _) => format!("answered {id}"),
                (None, false) => format!("suggestions {}", i.suggested.join(",")),
                _ => match &i.reason {
                    Some(reason) => format!("{} ({reason})", i.status),
                    None => i.status.to_owned(),
                },
            };
            let candidates: Vec<String> = i
                .candidates
                .iter()
                .take(3)
                .map(|c| {
                    format!(
                        "{} {:.2} (cov {:.2} sim {:.2})",
                        c.id, c.score, c.coverage, c.similarity
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "  [{}/{}] {:?}",
                i.question.kind.name(),
                i.question.style,
                i.question.q
            );
            let _ = writeln!(
                out,
                "      want {wanted}; got {got}; candidates: {}",
                candidates.join("; ")
            );
        }
        out
    }
}

impl Report {
    /// One JSON object per question: the question, what the bot did, and every candidate's
    /// signals (for tuning the decision; see `matcher::tuning`).
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for i in &self.items {
            let line = serde_json::json!({
                "q": i.question.q,
                "kind": i.question.kind.name(),
                "accept": i.question.accept,
                "style": i.question.style,
                "status": i.status,
                "answered": i.answered,
                "suggested": i.suggested,
                "reason": i.reason,
                "correct": i.correct,
                "candidates": i.candidates,
                "concepts": i.concepts,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;

    fn question(q: &str, kind: Kind, accept: &[&str]) -> Question {
        Question {
            q: q.into(),
            kind,
            accept: accept.iter().map(|s| (*s).to_owned()).collect(),
            style: "direct".into(),
        }
    }

    #[test]
    fn held_out_sets_are_named_holdout() {
        assert!(is_held_out(Path::new(
            "tests/questions/holdout-safety3.jsonl"
        )));
        assert!(!is_held_out(Path::new("tests/questions/dev12.jsonl")));
        assert!(
            !is_held_out(Path::new("holdout/dev.jsonl")),
            "the file's name, not a folder's"
        );
    }

    #[test]
    fn scores_every_kind_and_reports_misses() {
        let brain = Brain::in_memory(sample()).unwrap();
        let report = Report::run(
            "t",
            &brain,
            &[
                question("is ketamine addictive", Kind::Answer, &["addictive"]),
                question("is ketamine addictive", Kind::Answer, &["withdrawal"]),
                question("capital of france", Kind::OutOfScope, &[]),
                question("i want to kill myself", Kind::Crisis, &[]),
                question("hello", Kind::Smalltalk, &[]),
            ],
        );
        let r = report.rates();
        assert_eq!(
            (r.answer, r.out_of_scope, r.crisis, r.smalltalk),
            (0.5, 1.0, 1.0, 1.0)
        );
        assert_eq!(
            report.missed(&BARS).len(),
            2,
            "answer and top-3 bars missed"
        );
        // One message allowed under: 1 of 2 answers right, and one more, reaches any bar.
        assert_eq!(report.missed_by_more_than(&BARS, 1).len(), 0);
        let perfect = Bars {
            answer: 1.0,
            answer_top3: 1.0,
            ..BARS
        };
        assert_eq!(report.missed_by_more_than(&perfect, 0).len(), 2);
        assert_eq!(report.missed_by_more_than(&perfect, 1).len(), 0);
        let text = report.render();
        assert!(text.contains("withdrawal → addictive: 1"), "{text}");
        assert!(text.contains("failures (1):"));
    }

    #[test]
    fn a_missed_crisis_message_is_checked_for_an_emergency_number() {
        assert_eq!(
            emergency_numbers(
                "Call **911** now; call or text **988**; SAMHSA: 1-800-662-4357, 24/7."
            ),
            ["1-800-662-4357", "911", "988"]
        );
        let brain = Brain::in_memory(sample()).unwrap();
        // The sample's no-answer text names no number: the missed message is not warned.
        let report = Report::run(
            "t",
            &brain,
            &[question("capital of france", Kind::Crisis, &[])],
        );
        assert!(!report.items[0].correct && !report.items[0].still_warned);
        assert!(
            report
                .render()
                .contains("(of the 1 missed, 0 still see an emergency number in the reply)")
        );
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.jsonl");
        std::fs::write(
            &path,
            "{\"q\":\"a\",\"kind\":\"answer\",\"accept\":[\"x\"],\"style\":\"short\"}\n{oops\n",
        )
        .unwrap();
        let error = load(&path).unwrap_err();
        assert!(format!("{error:#}").contains("q.jsonl:2"));
    }

    #[test]
    fn every_set_in_a_folder_is_read_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let line = |q: &str| {
            format!("{{\"q\": \"{q}\", \"kind\": \"smalltalk\", \"style\": \"short\"}}\n")
        };
        std::fs::write(dir.path().join("b.jsonl"), line("second")).unwrap();
        std::fs::write(dir.path().join("a.jsonl"), line("first")).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a question set").unwrap();
        let questions: Vec<String> = load_all(dir.path())
            .unwrap()
            .into_iter()
            .map(|q| q.q)
            .collect();
        assert_eq!(questions, ["first", "second"]);
        assert!(question_sets(&dir.path().join("missing")).is_err());
    }
}
