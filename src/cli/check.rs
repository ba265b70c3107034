//! `faqbot check`: the staff's safety net. Every problem of the knowledge, with file and line,
//! including the regression check (every phrasing brings its own entry back, every crisis
//! phrase the crisis reply); exit code 1 when there is an error.

use std::path::PathBuf;
use std::process::ExitCode;

use faqbot::index::SearchIndex;
use faqbot::knowledge::{Knowledge, KnowledgeError, Problem};
use faqbot::matcher::Brain;

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Question sets used to warn about entries nobody reaches [default: tests/questions/*.jsonl
    /// when the folder exists].
    #[arg(long, value_name = "FILE")]
    questions: Vec<PathBuf>,
}

pub fn run(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let dir = context.knowledge_dir();
    let knowledge = match Knowledge::load(dir) {
        Ok(knowledge) => knowledge,
        Err(KnowledgeError::Invalid(problems)) => {
            report(dir, &problems);
            return Ok(ExitCode::FAILURE);
        }
        Err(error) => return Err(error.into()),
    };
    let entries = knowledge.entries.len();
    let phrasings: usize = knowledge.entries.iter().map(|e| e.asks.len() + 1).sum();
    let crisis = knowledge.crisis.phrases.len();
    let reader = match &knowledge.crisis_model {
        Some(model) => match model.threshold {
            Some(threshold) => {
                let optional = |t: Option<f32>| t.map_or("off".to_owned(), |t| t.to_string());
                format!(
                    ", the learned crisis reader on ({} weights; thresholds {threshold}, without anchors {}, over an answer {}, over an unlikely answer {}, reassured {}, in a sentence {}, ambiguous {})",
                    model.weights.len(),
                    optional(model.threshold_without_anchors),
                    optional(model.threshold_over_an_answer),
                    optional(model.threshold_over_an_unlikely_answer),
                    optional(model.threshold_reassured),
                    optional(model.threshold_in_a_sentence),
                    optional(model.threshold_ambiguous),
                )
            }
            None => ", the learned crisis reader off (`threshold: off`)".to_owned(),
        },
        None => String::new(),
    };
    let reader = match &knowledge.answer_model {
        Some(model) => {
            let optional = |t: Option<f32>| t.map_or("off".to_owned(), |t| t.to_string());
            format!(
                "{reader}, the learned answer reader ({} weights; threshold {}, margin {}, smalltalk {})",
                model.weights.len(),
                optional(model.threshold),
                optional(model.margin),
                optional(model.smalltalk)
            )
        }
        None => reader,
    };
    // An index in memory: checking never touches the live index.
    let index = SearchIndex::build_in_memory(&knowledge)?;
    let brain = Brain::new(std::sync::Arc::new(knowledge), index)?;
    let mut questions = Vec::new();
    for file in question_files(args.questions) {
        questions.extend(faqbot::eval::load(&file)?);
    }
    let problems = faqbot::check::check_all(&brain, &questions);
    report(dir, &problems);
    let errors = problems.iter().filter(|p| p.is_error()).count();
    if errors > 0 {
        return Ok(ExitCode::FAILURE);
    }
    println!(
        "ok: {entries} entries, {phrasings} phrasings each bringing back its own entry, {crisis} crisis phrases each bringing the crisis reply{reader}, {} warning(s)",
        problems.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn question_files(given: Vec<PathBuf>) -> Vec<PathBuf> {
    if !given.is_empty() {
        return given;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/questions")
        .map(|items| {
            items
                .flatten()
                .map(|i| i.path())
                .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn report(dir: &std::path::Path, problems: &[Problem]) {
    for problem in problems {
        let mut located = problem.clone();
        located.file = dir.join(&problem.file);
        println!("{located}");
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    if errors > 0 {
        println!(
            "{errors} error(s): until they are fixed, `faqbot serve` keeps the last good knowledge (a load error) or answers some questions wrongly (a regression)"
        );
    }
}
