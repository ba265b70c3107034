//! `faqbot report` and `faqbot suggest`: what people asked that the knowledge did not answer
//! (from the store in the data folder), for staff.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use faqbot::report;
use faqbot::store::{Store, now};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The period, in days back from now.
    #[arg(long, default_value_t = 7)]
    days: u64,
}

fn open(context: &Context) -> anyhow::Result<Store> {
    let settings = &context.settings;
    // Opening also purges what is past the retention period.
    Store::open(
        &settings.data_dir,
        Duration::from_secs(u64::from(settings.retention_days) * 86_400),
        settings.keep_unanswered,
    )
    .with_context(|| format!("cannot open the store in {}", settings.data_dir.display()))
}

pub fn run_report(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let store = open(context)?;
    let since = now().saturating_sub(args.days * 86_400);
    let c = store.counts_since(since)?;
    let total = c.answered + c.suggestions + c.no_match + c.crisis + c.smalltalk;
    println!("Last {} day(s): {total} replies", args.days);
    println!(
        "  answered {}, did-you-mean {}, no answer {}, crisis {} (never kept, only counted), smalltalk {}",
        c.answered, c.suggestions, c.no_match, c.crisis, c.smalltalk
    );
    let top = store.top_entries(since, 10)?;
    if !top.is_empty() {
        println!("\nMost answered:");
        for (id, n) in top {
            println!("  {n:5}  {id}");
        }
    }
    let votes = store.votes(since)?;
    if votes.iter().any(|v| v.not_helpful > 0) {
        println!("\nMost 👎 (read these answers again):");
        for v in votes.iter().filter(|v| v.not_helpful > 0).take(10) {
            println!("  {:5} 👎 {:5} 👍  {}", v.not_helpful, v.helpful, v.entry);
        }
    }
    let kept = store.unanswered(since, 10_000)?;
    let groups = report::group(&kept);
    if groups.is_empty() {
        println!("\nNo unanswered questions kept.");
    } else {
        println!("\nMost frequent unanswered questions (grouped by similarity):");
        for group in groups.iter().take(20) {
            let nearest = group
                .nearest
                .as_ref()
                .map(|(id, score)| format!("   (nearest: {id}, {score:.2})"))
                .unwrap_or_default();
            println!(
                "  {:4}×  {}{nearest}",
                group.texts.len(),
                faqbot::reply::shorten(&group.texts[0], 100)
            );
        }
        println!(
            "\n`faqbot suggest` turns them into `ask:` lines and new questions ready to paste."
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_suggest(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let knowledge = super::load_knowledge(context)?;
    let store = open(context)?;
    let kept = store.unanswered(now().saturating_sub(args.days * 86_400), 10_000)?;
    print!("{}", report::suggestions(&kept, &knowledge));
    Ok(ExitCode::SUCCESS)
}
