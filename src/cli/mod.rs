//! The subcommands, one file each. A subcommand turns its flags into calls to the library and
//! prints the result; no matching or Telegram logic lives here.

mod ask;
mod chat;
mod check;
mod eval;
mod index;
mod learn_answers;
mod learn_crisis;
mod report;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use faqbot::settings::Settings;

/// A Telegram FAQ bot for The Edge Treatment Center: questions about ketamine, answered from
/// the centre's knowledge, with a way to reach a human.
#[derive(Debug, Parser)]
#[command(name = "faqbot", version, about)]
pub struct Cli {
    /// The knowledge folder [default: FAQBOT_KNOWLEDGE_DIR, or `knowledge`].
    #[arg(long, global = true, value_name = "DIR")]
    knowledge: Option<PathBuf>,
    /// Where the search index is kept [default: FAQBOT_INDEX_DIR, or `index`].
    #[arg(long, global = true, value_name = "DIR")]
    index: Option<PathBuf>,
    /// More log output (repeat for even more): -v info, -vv debug.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Talk to the bot in the terminal: the same answers as on Telegram, no token needed.
    Chat(chat::Args),
    /// Answer one question (or JSON lines on stdin) and print the reply.
    Ask(ask::Args),
    /// Check the knowledge files; errors name the file and line (exit code 1 on error).
    Check(check::Args),
    /// Rebuild the search index now and say what was indexed.
    Index(index::Args),
    /// Measure answer quality on question sets (JSON lines) and list every failure.
    Eval(eval::Args),
    /// Run the Telegram bot (needs TELOXIDE_TOKEN).
    Serve(serve::Args),
    /// What people asked that the knowledge did not answer, counts and 👎 votes.
    Report(report::Args),
    /// Proposals of new `ask:` lines and questions from what people could not find.
    Suggest(report::Args),
    /// Learn the second reader for danger from the question sets; writes crisis-model.md.
    LearnCrisis(learn_crisis::Args),
    /// Learn the second reader for answers from the question sets; writes answer-model.md.
    LearnAnswers(learn_answers::Args),
}

impl Cli {
    /// Whether this run is the long-lived bot rather than a one-shot command.
    pub fn is_serve(&self) -> bool {
        matches!(self.command, Command::Serve(_))
    }
}

/// Settings with the command-line overrides applied.
pub struct Context {
    pub settings: Settings,
    /// Secrets the log writer scrubs.
    pub secrets: faqbot::redact::Secrets,
}

impl Context {
    pub fn knowledge_dir(&self) -> &std::path::Path {
        &self.settings.knowledge_dir
    }
    pub fn index_dir(&self) -> &std::path::Path {
        &self.settings.index_dir
    }
}

/// Logs go to stderr, through a writer that scrubs the bot token. `serve` logs at info by
/// default; the other commands only warn, so their output stays clean.
pub fn init_logging(args: &Cli, settings: &Settings) -> faqbot::redact::Secrets {
    let secrets = faqbot::redact::Secrets::default();
    if let Some(token) = &settings.token {
        secrets.add(token.secret());
    }
    let default = match (&args.command, args.verbose) {
        (_, 2..) => "debug",
        (_, 1) => "info",
        (Command::Serve(_), 0) => "info",
        _ => "warn",
    };
    let filter = if args.verbose > 0 || std::env::var_os("FAQBOT_LOG").is_none() {
        default.to_owned()
    } else {
        settings.log_filter.clone()
    };
    let filter = tracing_subscriber::EnvFilter::try_new(&filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let writer_secrets = secrets.clone();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(move || {
            faqbot::redact::RedactingWriter::new(std::io::stderr(), writer_secrets.clone())
        })
        .try_init();
    secrets
}

pub fn run(
    args: Cli,
    mut settings: Settings,
    secrets: faqbot::redact::Secrets,
) -> anyhow::Result<ExitCode> {
    if let Some(dir) = args.knowledge {
        settings.knowledge_dir = dir;
    }
    if let Some(dir) = args.index {
        settings.index_dir = dir;
    }
    let context = Context { settings, secrets };
    match args.command {
        Command::Chat(a) => chat::run(&context, a),
        Command::Ask(a) => ask::run(&context, a),
        Command::Check(a) => check::run(&context, a),
        Command::Index(a) => index::run(&context, a),
        Command::Eval(a) => eval::run(&context, a),
        Command::Serve(a) => serve::run(&context, a),
        Command::Report(a) => report::run_report(&context, a),
        Command::Suggest(a) => report::run_suggest(&context, a),
        Command::LearnCrisis(a) => learn_crisis::run(&context, a),
        Command::LearnAnswers(a) => learn_answers::run(&context, a),
    }
}

/// Loads the knowledge folder for a command, naming the folder when it cannot.
pub fn load_knowledge(context: &Context) -> anyhow::Result<faqbot::knowledge::Knowledge> {
    use anyhow::Context as _;
    faqbot::knowledge::Knowledge::load(context.knowledge_dir()).with_context(|| {
        format!(
            "cannot load the knowledge in {}",
            context.knowledge_dir().display()
        )
    })
}

/// Opens the brain for a command (see [`faqbot::matcher::Brain::open`]).
pub fn open_brain(context: &Context) -> anyhow::Result<faqbot::matcher::Brain> {
    Ok(faqbot::matcher::Brain::open(context.knowledge_dir(), context.index_dir())?.0)
}
