//! `faqbot check`: the staff's safety net. Every problem of the knowledge, with file and line;
//! exit code 1 when there is an error.

use std::process::ExitCode;

use faqbot::knowledge::{Knowledge, KnowledgeError};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    let dir = context.knowledge_dir();
    match Knowledge::load(dir) {
        Ok(knowledge) => {
            for warning in &knowledge.warnings {
                println!("{}", located(dir, warning));
            }
            let phrasings: usize = knowledge.entries.iter().map(|e| e.asks.len() + 1).sum();
            println!(
                "ok: {} entries, {phrasings} phrasings, {} crisis phrases, {} synonym lines, {} warning(s)",
                knowledge.entries.len(),
                knowledge.crisis.phrases.len(),
                knowledge.lexicon.synonyms.len(),
                knowledge.warnings.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(KnowledgeError::Invalid(problems)) => {
            for problem in &problems {
                println!("{}", located(dir, problem));
            }
            let errors = problems.iter().filter(|p| p.is_error()).count();
            println!("{errors} error(s): the knowledge is not used until they are fixed");
            Ok(ExitCode::FAILURE)
        }
        Err(error) => Err(error.into()),
    }
}

/// The problem with its path as seen from where the command runs (`knowledge/faq.md:3: …`).
fn located(dir: &std::path::Path, problem: &faqbot::knowledge::Problem) -> String {
    let mut problem = problem.clone();
    problem.file = dir.join(&problem.file);
    problem.to_string()
}
