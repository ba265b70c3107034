//! `faqbot serve`: the Telegram bot. Long polling by default.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use faqbot::live::LiveBrain;
use faqbot::matcher::{Brain, IndexSource};
use faqbot::telegram::{self, App, Connection, RetryPolicy};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    let settings = &context.settings;
    let token = settings.require_token()?.clone();
    context.secrets.add(token.secret());
    let (brain, source) = Brain::open(context.knowledge_dir(), context.index_dir())?;
    let entries = brain.knowledge().entries.len();
    match source {
        IndexSource::Reused => tracing::info!(entries, "knowledge loaded; index up to date"),
        IndexSource::Built => tracing::info!(entries, "knowledge loaded; index rebuilt"),
        IndexSource::InMemory => tracing::warn!(entries, "knowledge loaded; index kept in memory"),
    }
    let connection = Connection {
        token,
        api_url: settings.api_url.clone(),
        rate_limits: true,
        poll_timeout: Duration::from_secs(10),
    };
    let app = Arc::new(App::new(
        Arc::new(LiveBrain::new(brain)),
        RetryPolicy::default(),
        settings.log_message_text,
    ));
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(telegram::run_polling(connection, app, stop_signal()))?;
    Ok(ExitCode::SUCCESS)
}

/// Completes on Ctrl-C (SIGINT) or SIGTERM (systemd, containers).
async fn stop_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!("cannot listen for SIGTERM: {error}");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
    }
}
