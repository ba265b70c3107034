//! `faqbot index`: rebuild the search index now.

use std::process::ExitCode;
use std::time::Instant;

use faqbot::index::SearchIndex;

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let knowledge = super::load_knowledge(context)?;
    let index = SearchIndex::build(context.index_dir(), &knowledge)?;
    let phrasings: usize = knowledge.entries.iter().map(|e| e.asks.len() + 1).sum();
    let files: std::collections::BTreeSet<_> = knowledge.entries.iter().map(|e| &e.file).collect();
    println!(
        "indexed {} entries ({phrasings} phrasings) from {} file(s) into {} ({} documents) in {} ms",
        knowledge.entries.len(),
        files.len(),
        index
            .location()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        index.num_documents(),
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}
