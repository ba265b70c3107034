//! `faqbot ask`: one question in, the reply out; as text, as one JSON object, or as JSON lines
//! for a whole question set on stdin.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use faqbot::matcher::{Brain, Decision, NoMatchReason, Outcome};
use faqbot::reply::Reply;
use serde::Serialize;

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The question (omit with --stdin).
    #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
    question: Option<String>,
    /// Print one JSON object: {"status", "answer", "suggestions", "reply"}, and "see" (the
    /// entries a not-covered question is pointed to) when there are some.
    #[arg(long)]
    json: bool,
    /// Show how the message was understood: words and their weights, spelling corrections,
    /// synonyms, and every candidate's signals.
    #[arg(long, conflicts_with = "json")]
    explain: bool,
    /// Read questions from stdin, one per line (`{"q": "..."}`, a JSON string, or plain text),
    /// and print one reply (or JSON object, with --json) per line, in order.
    #[arg(long)]
    stdin: bool,
}

/// The JSON contract of `faqbot ask --json`.
#[derive(Debug, Serialize)]
pub struct AskJson<'a> {
    pub status: &'static str,
    pub answer: Option<AnswerJson<'a>>,
    pub suggestions: Vec<SuggestionJson<'a>>,
    /// The entries a question the articles leave out is pointed to (`see:` in
    /// not-covered.md); absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub see: Vec<SuggestionJson<'a>>,
    pub reply: String,
}

#[derive(Debug, Serialize)]
pub struct AnswerJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    pub score: f32,
}

#[derive(Debug, Serialize)]
pub struct SuggestionJson<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

impl<'a> AskJson<'a> {
    pub fn new(brain: &'a Brain, decision: &Decision) -> AskJson<'a> {
        let k = brain.knowledge();
        let reply = Reply::for_decision(decision, k).render_plain();
        let title_of = |i: usize| SuggestionJson {
            id: &k.entries[i].id,
            title: &k.entries[i].title,
        };
        let (answer, suggestions) = match &decision.outcome {
            Outcome::Answered { entry, score, .. } => {
                let e = &k.entries[*entry];
                let answer = AnswerJson {
                    id: &e.id,
                    title: &e.title,
                    text: &e.body,
                    score: round(*score),
                };
                (Some(answer), Vec::new())
            }
            Outcome::Suggestions { entries } => {
                (None, entries.iter().map(|&i| title_of(i)).collect())
            }
            _ => (None, Vec::new()),
        };
        let see = match &decision.outcome {
            Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(found),
            } => k
                .speaking_group(&found.groups)
                .map(|g| k.pointers_of(g))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        AskJson {
            status: decision.outcome.status(),
            answer,
            suggestions,
            see: see.into_iter().map(title_of).collect(),
            reply,
        }
    }
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

pub fn run(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let brain = super::open_brain(context)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let answer = |question: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        let decision = brain.answer(question);
        if args.json {
            serde_json::to_writer(&mut *out, &AskJson::new(&brain, &decision))?;
            writeln!(out)?;
        } else {
            let reply = Reply::for_decision(&decision, brain.knowledge());
            writeln!(out, "{}", reply.render_plain())?;
            for button in reply.buttons.iter().flatten() {
                writeln!(out, "  [{}]", button.label())?;
            }
            if args.explain {
                explain(&brain, &decision, out)?;
            }
            if args.stdin {
                writeln!(out)?;
            }
        }
        Ok(())
    };
    if args.stdin {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            answer(&question_of(&line), &mut out)?;
            // Flushed per line, so a pipe reader sees each answer as soon as it is ready.
            out.flush()?;
        }
    } else {
        answer(args.question.as_deref().unwrap_or_default(), &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints how a message was understood and scored.
fn explain(brain: &Brain, decision: &Decision, out: &mut dyn Write) -> std::io::Result<()> {
    let k = brain.knowledge();
    writeln!(
        out,
        "--\nstatus: {} ({:?})",
        decision.outcome.status(),
        decision.outcome
    )?;
    if decision.question_alone {
        writeln!(
            out,
            "the whole message was not answered; the question alone was"
        )?;
    }
    if let Some(likelihood) = decision.chosen_by_model {
        let what = match decision.outcome {
            Outcome::Answered { .. } => "answered",
            _ => "declined as out of scope",
        };
        writeln!(
            out,
            "{what} by the learned reader for answers ({likelihood:.2} likely), not by the search"
        )?;
    }
    if let Some(why) = why_the_emergency_numbers(decision) {
        writeln!(out, "the reply ends with the emergency numbers: {why}")?;
    }
    for (written, corrected) in &decision.query.corrections {
        writeln!(out, "spelling: {written} → {corrected}")?;
    }
    for c in &decision.query.concepts {
        let terms: Vec<String> = c.terms.iter().map(|(t, w)| format!("{t}×{w}")).collect();
        let known = if c.known { "" } else { " (unknown)" };
        writeln!(
            out,
            "concept {:?} weight {:.2}{known}: {}",
            c.written,
            c.weight,
            terms.join(" ")
        )?;
    }
    for c in &decision.candidates {
        let e = &k.entries[c.entry];
        let variant = e.variants().nth(c.variant).unwrap_or_default();
        writeln!(
            out,
            "candidate {:<24} score {:.3}  bm25 {:6.2}  coverage {:.2}  passage {:.2}  similarity {:.2}  via {variant:?}",
            e.id,
            c.score,
            c.bm25(),
            c.coverage,
            c.passage_coverage,
            c.similarity
        )?;
    }
    Ok(())
}

/// Why an answer or smalltalk reply ends with the emergency numbers (`## danger_note`), if it
/// does: staff reading `--explain` see which of the two readings put them there.
fn why_the_emergency_numbers(decision: &Decision) -> Option<&'static str> {
    let why = if decision.danger_words {
        "the message holds words of danger, or is mostly in another language"
    } else {
        "the learned crisis reader finds danger possible, too unlikely for the crisis reply"
    };
    decision.ends_with_emergency_numbers().then_some(why)
}

/// A stdin line: `{"q": "..."}`, a JSON string, or the line itself.
fn question_of(line: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(serde_json::Value::Object(object)) => match object.get("q") {
            Some(serde_json::Value::String(q)) => q.clone(),
            _ => line.to_owned(),
        },
        Ok(serde_json::Value::String(q)) => q,
        _ => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_lines_in_every_form() {
        assert_eq!(
            question_of(r#"{"q": "is k addictive?"}"#),
            "is k addictive?"
        );
        assert_eq!(question_of(r#""hello""#), "hello");
        assert_eq!(question_of("plain text"), "plain text");
        assert_eq!(question_of(r#"{"other": 1}"#), r#"{"other": 1}"#);
    }

    #[test]
    fn explain_says_which_reading_ended_the_reply_with_the_emergency_numbers() {
        let answered = Outcome::Answered {
            entry: 0,
            score: 0.9,
            related: Vec::new(),
        };
        let mut decision = Decision::of(answered);
        assert_eq!(why_the_emergency_numbers(&decision), None);
        decision.danger_possible = true;
        assert!(
            why_the_emergency_numbers(&decision)
                .unwrap()
                .contains("crisis reader")
        );
        decision.danger_words = true;
        assert!(
            why_the_emergency_numbers(&decision)
                .unwrap()
                .contains("words of danger")
        );
        let crisis = Decision::of(Outcome::Crisis {
            phrase: "kill myself".into(),
        });
        assert_eq!(
            why_the_emergency_numbers(&crisis),
            None,
            "the crisis reply is the numbers"
        );
    }
}
