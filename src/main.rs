//! `faqbot`: the command line. Each subcommand lives in its own file under `cli/`; this file
//! only parses arguments, loads `.env` and settings, sets up logging, and dispatches.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `.env` fills in what the environment does not set; a missing file is fine.
    let dotenv = dotenvy::dotenv();
    let args = cli::Cli::parse();
    if !args.is_serve() {
        die_quietly_on_closed_stdout();
    }
    let settings = match faqbot::settings::Settings::from_env() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("faqbot: {error}");
            return ExitCode::from(2);
        }
    };
    let secrets = cli::init_logging(&args, &settings);
    if let Err(dotenvy::Error::LineParse(line, _)) = &dotenv {
        tracing::warn!(".env has a line that is not NAME=value and was skipped: {line:?}");
    }
    match cli::run(args, settings, secrets) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("faqbot: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `faqbot eval … | head` closes our stdout early; a command-line tool should then stop
/// quietly, as `cat` does, not panic in `println!`. Rust ignores SIGPIPE so that a write returns
/// an error; restoring the default makes the process end at once. Not for `serve`, whose
/// network writes must see errors rather than end the process.
fn die_quietly_on_closed_stdout() {
    #[cfg(unix)]
    // SAFETY: called once at start-up before any thread is spawned; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
