//! `faqbot serve`: the Telegram bot. Long polling by default.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use faqbot::live::{LiveBrain, Reloader};
use faqbot::matcher::{Brain, IndexSource};
use faqbot::store::Store;
use faqbot::telegram::{self, App, Connection, RetryPolicy, Updates};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Receive updates by webhook (FAQBOT_WEBHOOK_URL, FAQBOT_WEBHOOK_LISTEN,
    /// FAQBOT_WEBHOOK_SECRET) instead of long polling.
    #[arg(long)]
    webhook: bool,
}

pub fn run(context: &Context, args: Args) -> anyhow::Result<ExitCode> {
    let settings = &context.settings;
    let token = settings.require_token()?.clone();
    context.secrets.add(token.secret());
    faqbot::allocator::give_back_large_blocks();
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
    let live = Arc::new(LiveBrain::new(brain));
    let store = Store::open(
        &settings.data_dir,
        Duration::from_secs(u64::from(settings.retention_days) * 86_400),
        settings.keep_unanswered,
    )?;
    let mut app = App::new(live.clone(), RetryPolicy::default());
    app.log_message_text = settings.log_message_text;
    app.admins = settings.admin_ids.clone();
    app.store = Some(Arc::new(store));
    app.reloader = Some(Arc::new(Reloader::new(
        context.knowledge_dir().to_path_buf(),
        Some(context.index_dir().to_path_buf()),
        live,
    )));
    app.watch = settings.watch;
    let app = Arc::new(app);
    let store = app.store.clone();
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        // Kept messages older than the retention period go, every hour.
        if let Some(store) = app.store.clone() {
            tokio::spawn(async move {
                let mut hourly = tokio::time::interval(Duration::from_secs(3600));
                loop {
                    hourly.tick().await;
                    // Deleting waits on the disk: off the threads that answer.
                    let store = Arc::clone(&store);
                    match tokio::task::spawn_blocking(move || store.purge()).await {
                        Ok(Ok(0)) => {}
                        Ok(Ok(n)) => {
                            tracing::info!("deleted {n} kept rows past the retention period")
                        }
                        Ok(Err(error)) => tracing::warn!("could not purge the store: {error:#}"),
                        Err(error) => tracing::warn!("the store's purge stopped: {error}"),
                    }
                }
            });
        }
        let updates = if args.webhook {
            webhook(settings).await?
        } else {
            Updates::Polling
        };
        telegram::run(connection, app, updates, stop_signal()).await
    })?;
    // The last replies' counts are still queued: written before the process ends.
    if let Some(store) = store {
        store.flush();
    }
    Ok(ExitCode::SUCCESS)
}

/// The webhook's settings, checked, and its socket, bound.
async fn webhook(settings: &faqbot::settings::Settings) -> anyhow::Result<Updates> {
    use anyhow::Context as _;
    let url = settings
        .webhook_url
        .as_deref()
        .context("--webhook needs FAQBOT_WEBHOOK_URL: the public https address Telegram will post updates to")?;
    let url = url::Url::parse(url)
        .with_context(|| format!("FAQBOT_WEBHOOK_URL `{url}` is not a web address"))?;
    if url.scheme() != "https" {
        tracing::warn!("FAQBOT_WEBHOOK_URL is not https: Telegram only posts to https addresses");
    }
    let secret = match &settings.webhook_secret {
        Some(secret) if telegram::valid_webhook_secret(secret) => secret.clone(),
        Some(_) => anyhow::bail!(
            "FAQBOT_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, up to 256 characters"
        ),
        None => telegram::random_webhook_secret(),
    };
    let listener = tokio::net::TcpListener::bind(&settings.webhook_listen)
        .await
        .with_context(|| {
            format!(
                "cannot listen on FAQBOT_WEBHOOK_LISTEN {}",
                settings.webhook_listen
            )
        })?;
    Ok(Updates::Webhook {
        listener,
        url,
        secret,
    })
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
