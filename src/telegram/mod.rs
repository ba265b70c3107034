//! The Telegram adapter: teloxide's dispatcher over the brain, long polling, Telegram's rate
//! limits (teloxide's `Throttle`), retries ([`delivery`]), and a clean stop on SIGTERM.
//!
//! Nothing else in the crate knows about Telegram; this module knows nothing about matching.

pub mod delivery;
pub mod handlers;
pub mod read_ahead;

use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::Dispatcher;
use teloxide::error_handlers::ErrorHandler;
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::*;
use teloxide::types::{BotCommandScope, Me};
use teloxide::update_listeners::Polling;
use teloxide::utils::command::BotCommands;

use crate::live::{LiveBrain, ReloadError, Reloader};
use crate::settings::Token;
use crate::store::Store;
pub use delivery::RetryPolicy;
use read_ahead::ReadAhead;

/// Declares [`Api`] and implements it for every requester that fits, from one list of the
/// requests the bot sends (each must be `Send`, the dispatcher's futures run on any worker).
macro_rules! requester_sending {
    ($(#[$doc:meta])* $name:ident: $($request:ident),+ $(,)?) => {
        $(#[$doc])*
        pub trait $name:
            Requester<Err = teloxide::RequestError, $($request: Send),+> + Clone + Send + Sync + 'static
        {
        }

        impl<T> $name for T where
            T: Requester<Err = teloxide::RequestError, $($request: Send),+> + Clone + Send + Sync + 'static
        {
        }
    };
}

requester_sending! {
    /// What the bot needs of teloxide's requester: `Bot`, or `Bot` behind the `Throttle` adaptor
    /// (which keeps Telegram's limits, 1 message a second per chat and 30 a second overall, and
    /// waits out 429s). Handlers are generic over it; which one runs is [`Connection::rate_limits`].
    Api:
        GetMe,
        GetUpdates,
        GetWebhookInfo,
        SendMessage,
        EditMessageText,
        EditMessageReplyMarkup,
        AnswerCallbackQuery,
        SetMyCommands,
        SetWebhook,
        DeleteWebhook,
}

/// What the handlers share.
#[derive(Debug)]
pub struct App {
    pub brain: Arc<LiveBrain>,
    pub policy: RetryPolicy,
    /// Log message texts at debug level (FAQBOT_LOG_MESSAGE_TEXT).
    pub log_message_text: bool,
    /// Telegram user ids allowed the admin commands.
    pub admins: Vec<u64>,
    /// Where unanswered questions, votes and counts go (`None`: nothing is kept).
    pub store: Option<Arc<Store>>,
    /// Reloads the knowledge (`/reload`, and the file watcher).
    pub reloader: Option<Arc<Reloader>>,
    /// Watch the knowledge folder and reload by itself.
    pub watch: bool,
    /// When the bot started (Unix seconds), for `/stats`.
    pub started_at: u64,
    /// Salt of the conversation tags in logs, new at every start: lines of one conversation can be
    /// followed, but not traced back to a chat.
    salt: u64,
}

impl App {
    pub fn new(brain: Arc<LiveBrain>, policy: RetryPolicy) -> App {
        App {
            brain,
            policy,
            log_message_text: false,
            admins: Vec::new(),
            store: None,
            reloader: None,
            watch: false,
            started_at: crate::store::now(),
            salt: std::collections::hash_map::RandomState::new().hash_one(0u8),
        }
    }

    /// A tag for a chat in logs: the same within one run, meaningless outside it.
    pub fn conversation(&self, chat: Option<ChatId>) -> String {
        match chat {
            Some(chat) => {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                hasher.write_u64(self.salt);
                hasher.write_i64(chat.0);
                format!("{:08x}", hasher.finish() as u32)
            }
            None => "-".to_owned(),
        }
    }

    /// Whether a Telegram user is an admin.
    pub fn is_admin(&self, user: Option<&teloxide::types::User>) -> bool {
        user.is_some_and(|u| self.admins.contains(&u.id.0))
    }
}

/// Idle connections to the Bot API kept for the next send. `Throttle` lets about 30 sends a
/// second through and at most [`read_ahead::READ_AHEAD`] replies are under way, so this many
/// are always enough; more would only hold memory after a burst.
const MAX_IDLE_CONNECTIONS: usize = 16;

/// How to reach Telegram.
#[derive(Debug, Clone)]
pub struct Connection {
    pub token: Token,
    /// Another Bot API server (`TELOXIDE_API_URL`), e.g. the tests' fake one.
    pub api_url: Option<String>,
    /// Keep Telegram's rate limits (off only for load tests against a fake API).
    pub rate_limits: bool,
    /// Long-polling timeout (below reqwest's 17 s client timeout).
    pub poll_timeout: Duration,
}

impl Connection {
    /// The teloxide bot for this connection (without the rate limits).
    pub fn bot(&self) -> anyhow::Result<Bot> {
        // teloxide's own client settings (timeouts, no Nagle), with a bound on the connections
        // kept open once a burst is over: each holds its buffers.
        let client = teloxide::net::default_reqwest_settings()
            .pool_max_idle_per_host(MAX_IDLE_CONNECTIONS)
            .build()
            .context("could not set up the HTTP client")?;
        let mut bot = Bot::with_client(self.token.expose(), client);
        if let Some(url) = &self.api_url {
            let url = url::Url::parse(url)
                .with_context(|| format!("TELOXIDE_API_URL `{url}` is not a URL"))?;
            bot = bot.set_api_url(url);
        }
        Ok(bot)
    }
}

/// How updates reach the bot.
pub enum Updates {
    /// Long polling (getUpdates), the default: nothing to expose to the internet.
    Polling,
    /// Telegram POSTs updates to `url`, which reaches `listener`; every request must carry
    /// `secret` in `X-Telegram-Bot-Api-Secret-Token` (others get 401). `/healthz` says whether
    /// the knowledge and its index are loaded.
    Webhook {
        listener: tokio::net::TcpListener,
        url: url::Url,
        secret: String,
    },
}

/// Runs the bot until `stop` completes; then stops taking updates, lets the replies in flight
/// finish, and returns.
///
/// The bot runs as a task of the runtime, not in the caller's future: under
/// `Runtime::block_on` that future runs on the caller's own thread, and the dispatcher there
/// would hand every update across threads to the workers that answer (a wake-up and a context
/// switch each, on two cores the third busy thread).
pub async fn run(
    connection: Connection,
    app: Arc<App>,
    updates: Updates,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let bot = connection.bot()?;
    let task = if connection.rate_limits {
        tokio::spawn(run_with(
            bot.throttle(Limits::default()),
            connection,
            app,
            updates,
            stop,
        ))
    } else {
        tokio::spawn(run_with(bot, connection, app, updates, stop))
    };
    task.await.context("the bot stopped unexpectedly")?
}

/// [`run`] with a requester of the caller's choosing (`Throttle` with other limits, say).
pub async fn run_with<B: Api>(
    bot: B,
    connection: Connection,
    app: Arc<App>,
    updates: Updates,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop_sender, mut stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        stop.await;
        let _ = stop_sender.send(true);
    });
    let mut webhook = match updates {
        Updates::Polling => None,
        Updates::Webhook {
            listener,
            url,
            secret,
        } => Some((listener, url, secret)),
    };

    loop {
        let Some(me) = wait_for_telegram(&bot, &mut stopped).await else {
            return Ok(());
        };
        tracing::info!(bot = %me.username(), "connected to Telegram");
        set_command_menu(&bot, &app).await;
        let _watch = match (&app.reloader, app.watch) {
            (Some(_), true) => start_watching(&bot, &app),
            _ => None,
        };

        let read_ahead = Arc::new(match webhook {
            None => ReadAhead::new(),
            Some(_) => ReadAhead::unbounded(),
        });
        let mut dispatcher = Dispatcher::builder(bot.clone(), handlers::tree::<B>())
            .dependencies(dptree::deps![app.clone(), read_ahead.clone()])
            // Never log unhandled updates: they carry what people wrote.
            .default_handler(|_| async {})
            .error_handler(Arc::new(LogError("a handler failed")))
            .build();
        let shutdown = dispatcher.shutdown_token();
        let mut stopping = stopped.clone();
        let stopper = tokio::spawn(async move {
            let _ = stopping.wait_for(|stop| *stop).await;
            tracing::info!("stopping: no new updates; finishing the replies in flight");
            // The dispatcher may still be starting: retry until it accepts the shutdown.
            loop {
                match shutdown.shutdown() {
                    Ok(done) => {
                        done.await;
                        break;
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                }
            }
        });
        let result = match webhook.take() {
            None => {
                let listener = Polling::builder(bot.clone())
                    .timeout(connection.poll_timeout)
                    .delete_webhook()
                    .await
                    .build();
                dispatcher
                    .try_dispatch_with_listener(
                        read_ahead.listener(listener),
                        Arc::new(LogError("getting updates failed")),
                    )
                    .await
            }
            Some((tcp, url, secret)) => {
                let Some((listener, server)) =
                    serve_webhook(&bot, &app, tcp, url, secret, &mut stopped).await?
                else {
                    stopper.abort();
                    return Ok(());
                };
                let result = dispatcher
                    .try_dispatch_with_listener(listener, Arc::new(LogError("webhook")))
                    .await;
                let _ = server.await;
                if result.is_err() && !*stopped.borrow() {
                    // The webhook's socket went with the failed dispatcher: let the service
                    // manager start a fresh process.
                    stopper.abort();
                    anyhow::bail!(
                        "Telegram became unreachable as the bot started; exiting to be restarted"
                    );
                }
                result
            }
        };
        if *stopped.borrow() {
            let _ = stopper.await;
            tracing::info!("stopped");
            return Ok(());
        }
        stopper.abort();
        if let Err(error) = result {
            // getMe failed again as the dispatcher started: wait for Telegram, then start over.
            tracing::warn!("could not start taking updates: {error}");
        }
    }
}

/// Long polling until `stop` completes (see [`run`]).
pub async fn run_polling(
    connection: Connection,
    app: Arc<App>,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    run(connection, app, Updates::Polling, stop).await
}

/// Registers the webhook with Telegram (retrying until it is accepted or the bot stops) and
/// serves it, with `/healthz`, on `tcp`. Returns the update listener and the server task.
async fn serve_webhook<B: Api>(
    bot: &B,
    app: &Arc<App>,
    tcp: tokio::net::TcpListener,
    url: url::Url,
    secret: String,
    stopped: &mut tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<
    Option<(
        impl teloxide::update_listeners::UpdateListener<Err = std::convert::Infallible>,
        tokio::task::JoinHandle<()>,
    )>,
> {
    use teloxide::update_listeners::webhooks;
    let address = tcp.local_addr()?;
    let mut wait = Duration::from_millis(500);
    let (listener, stop_flag, router) = loop {
        let options = webhooks::Options::new(address, url.clone()).secret_token(secret.clone());
        match webhooks::axum_to_router(bot.clone(), options).await {
            Ok(parts) => break parts,
            Err(error) => {
                tracing::warn!(
                    "Telegram did not accept the webhook ({error}); trying again in {wait:?}"
                );
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = stopped.wait_for(|stop| *stop) => return Ok(None),
                }
                wait = (wait * 2).min(Duration::from_secs(30));
            }
        }
    };
    let live = app.brain.clone();
    let router = router.route(
        "/healthz",
        axum::routing::get(move || {
            let brain = live.get();
            async move {
                let entries = brain.knowledge().entries.len();
                let documents = brain.index().num_documents();
                let loaded = entries > 0 && documents > 0;
                let body = serde_json::json!({
                    "status": if loaded { "ok" } else { "unavailable" },
                    "index_loaded": loaded,
                    "entries": entries,
                    "index_documents": documents,
                });
                let status = if loaded {
                    axum::http::StatusCode::OK
                } else {
                    axum::http::StatusCode::SERVICE_UNAVAILABLE
                };
                (status, axum::Json(body))
            }
        }),
    );
    tracing::info!(%address, path = url.path(), "serving the webhook");
    let server = tokio::spawn(async move {
        if let Err(error) = axum::serve(tcp, router)
            .with_graceful_shutdown(stop_flag)
            .await
        {
            tracing::error!("the webhook server failed: {error}");
        }
    });
    Ok(Some((listener, server)))
}

/// Whether `secret` can be a webhook secret token (1–256 of `A-Z a-z 0-9 _ -`, Telegram's rule).
pub fn valid_webhook_secret(secret: &str) -> bool {
    (1..=256).contains(&secret.len())
        && secret
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A fresh random webhook secret.
pub fn random_webhook_secret() -> String {
    (0..48)
        .map(|_| {
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
            alphabet[fastrand::usize(..alphabet.len())] as char
        })
        .collect()
}

/// Calls getMe until Telegram answers (backing off up to 30 s between tries), or until stopped.
/// teloxide's own dispatch panics when getMe fails; a bot that cannot reach Telegram at start
/// must wait for it instead.
async fn wait_for_telegram<B: Api>(
    bot: &B,
    stopped: &mut tokio::sync::watch::Receiver<bool>,
) -> Option<Me> {
    let mut wait = Duration::from_millis(500);
    loop {
        if *stopped.borrow() {
            return None;
        }
        let attempt = tokio::time::timeout(Duration::from_secs(20), bot.get_me().send());
        let error = tokio::select! {
            result = attempt => match result {
                Ok(Ok(me)) => return Some(me),
                Ok(Err(error)) => error.to_string(),
                Err(_) => "no answer within 20 s".to_owned(),
            },
            _ = stopped.wait_for(|stop| *stop) => return None,
        };
        tracing::warn!("Telegram is not reachable (getMe: {error}); trying again in {wait:?}");
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = stopped.wait_for(|stop| *stop) => return None,
        }
        wait = (wait * 2).min(Duration::from_secs(30));
    }
}

/// The command menu everyone sees, and the admins' (with the admin commands) in their own
/// chats only. Best effort: a bot without a menu still answers.
async fn set_command_menu<B: Api>(bot: &B, app: &App) {
    // teloxide writes the commands with their slash; Telegram wants the bare names.
    let bare = |commands: Vec<teloxide::types::BotCommand>| -> Vec<teloxide::types::BotCommand> {
        commands
            .into_iter()
            .map(|mut c| {
                c.command = c.command.trim_start_matches('/').to_owned();
                c
            })
            .collect()
    };
    let public = bare(handlers::PublicCommand::bot_commands());
    let mut scopes = vec![(BotCommandScope::Default, public.clone())];
    let mut admin_menu = public;
    admin_menu.extend(bare(handlers::AdminCommand::bot_commands()));
    for admin in &app.admins {
        let chat = teloxide::types::Recipient::Id(ChatId(*admin as i64));
        scopes.push((BotCommandScope::Chat { chat_id: chat }, admin_menu.clone()));
    }
    for (scope, commands) in scopes {
        let result = app
            .policy
            .run("setMyCommands", || {
                let request = bot.set_my_commands(commands.clone()).scope(scope.clone());
                async move { request.await.map(|_| ()) }
            })
            .await;
        if let Err(error) = result {
            // An admin who never wrote to the bot is an unknown chat to Telegram.
            tracing::warn!("could not set a command menu: {error}");
        }
    }
}

/// Watches the knowledge folder: every change is reloaded; an error is logged with file and
/// line and sent to the admins, and the last good knowledge keeps serving.
fn start_watching<B: Api>(bot: &B, app: &Arc<App>) -> Option<crate::watch::Watch> {
    let reloader = app.reloader.clone()?;
    let (changed, mut changes) = tokio::sync::mpsc::unbounded_channel::<()>();
    let watch = match crate::watch::watch(reloader.knowledge_dir(), move || {
        let _ = changed.send(());
    }) {
        Ok(watch) => watch,
        Err(error) => {
            tracing::error!(
                "cannot watch the knowledge folder ({error:#}); use /reload after an edit"
            );
            return None;
        }
    };
    let (bot, app) = (bot.clone(), app.clone());
    tracing::info!(folder = %reloader.knowledge_dir().display(), "watching the knowledge for edits");
    tokio::spawn(async move {
        while changes.recv().await.is_some() {
            while changes.try_recv().is_ok() {}
            let result = reload(&reloader).await;
            report_reload(&bot, &app, &result, false).await;
        }
    });
    Some(watch)
}

/// Reloads on a blocking thread (it reads files and builds an index).
pub async fn reload(reloader: &Arc<Reloader>) -> Result<crate::live::ReloadReport, ReloadError> {
    let reloader = reloader.clone();
    match tokio::task::spawn_blocking(move || reloader.reload()).await {
        Ok(result) => result,
        Err(error) => Err(ReloadError::Index(anyhow::anyhow!(
            "the reload failed: {error}"
        ))),
    }
}

/// Logs a reload's outcome and tells the admins about errors (and, when asked, about success).
pub async fn report_reload<B: Api>(
    bot: &B,
    app: &App,
    result: &Result<crate::live::ReloadReport, ReloadError>,
    tell_success: bool,
) {
    let text = match result {
        Ok(report) if report.unchanged && !tell_success => return,
        Ok(report) => {
            tracing::info!("{report}");
            for warning in &report.warnings {
                tracing::warn!("{warning}");
            }
            if !tell_success && report.warnings.is_empty() {
                return;
            }
            let mut text = format!("✅ {report}");
            for warning in report.warnings.iter().take(10) {
                text.push_str(&format!("\n⚠️ {warning}"));
            }
            text
        }
        Err(error) => {
            tracing::error!(
                "the knowledge was not reloaded; the last good knowledge keeps serving: {error}"
            );
            let mut text =
                "⚠️ A knowledge edit was not applied: the bot keeps answering from the last good knowledge. Fix these and save again:".to_owned();
            let problems: Vec<String> = match error {
                ReloadError::Knowledge(e) if !e.problems().is_empty() => e
                    .problems()
                    .iter()
                    .filter(|p| p.is_error())
                    .map(ToString::to_string)
                    .collect(),
                other => vec![other.to_string()],
            };
            for problem in problems.iter().take(15) {
                text.push_str(&format!("\n• {problem}"));
            }
            if problems.len() > 15 {
                text.push_str(&format!(
                    "\n… and {} more (run faqbot check)",
                    problems.len() - 15
                ));
            }
            text
        }
    };
    let html = crate::reply::markdown::escape_text(&crate::reply::shorten(&text, 4000));
    for admin in &app.admins {
        let message = crate::reply::TelegramMessage {
            html: html.clone(),
            buttons: Vec::new(),
        };
        if let Err(error) =
            delivery::send_message(bot, &app.policy, ChatId(*admin as i64), &message).await
        {
            tracing::warn!("could not tell an admin about the reload: {error}");
        }
    }
}

/// Logs errors from teloxide (the log writer scrubs the token from them).
struct LogError(&'static str);

impl<E: std::fmt::Display + Send + 'static> ErrorHandler<E> for LogError {
    fn handle_error(self: Arc<Self>, error: E) -> futures::future::BoxFuture<'static, ()> {
        tracing::error!("{}: {error}", self.0);
        Box::pin(async {})
    }
}
