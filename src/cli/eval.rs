//! `faqbot eval FILE...`: answer quality per kind and per style, the confusion of wrong answers,
//! latency, and every failure. Exit code 1 when a set falls below the committed bars.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use faqbot::eval::{self, BARS, Report};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Question sets (JSON lines) [default: every tests/questions/*.jsonl].
    files: Vec<PathBuf>,
    /// Print the rates and bars only, not every failure.
    #[arg(long)]
    summary: bool,
    /// Also write every question's candidates and signals as JSON lines to this file.
    #[arg(long, value_name = "FILE")]
    dump: Option<PathBuf>,
}

pub fn run(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let brain = super::open_brain(context)?;
    let files = if args.files.is_empty() {
        eval::question_sets(Path::new("tests/questions"))?
    } else {
        args.files
    };

    let mut missed = Vec::new();
    let mut dump = String::new();
    for file in &files {
        let questions = eval::load(file)?;
        let report = Report::run(&file.display().to_string(), &brain, &questions);
        let text = report.render();
        if args.summary {
            let cut = text.find("failures (").unwrap_or(text.len());
            print!("{}", &text[..cut]);
        } else {
            print!("{text}");
        }
        println!();
        missed.extend(report.missed(&BARS));
        dump.push_str(&report.dump());
    }
    if let Some(path) = &args.dump {
        std::fs::write(path, dump)?;
    }
    println!(
        "bars: answered correctly ≥ {}, correct in answer or suggestions ≥ {}, out of scope declined ≥ {}, crisis {}, smalltalk ≥ {}",
        BARS.answer, BARS.answer_top3, BARS.out_of_scope, BARS.crisis, BARS.smalltalk
    );
    if missed.is_empty() {
        println!("every bar holds");
        Ok(ExitCode::SUCCESS)
    } else {
        for m in &missed {
            println!("BELOW BAR: {m}");
        }
        Ok(ExitCode::FAILURE)
    }
}
