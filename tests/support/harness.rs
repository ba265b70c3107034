//! Runs the real bot (`faqbot::telegram::run_polling`: teloxide's dispatcher, the real handlers)
//! in-process against the fake Bot API, with a knowledge folder of the test's choosing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use faqbot::knowledge::Knowledge;
use faqbot::live::{LiveBrain, Reloader};
use faqbot::matcher::Brain;
use faqbot::settings::Token;
use faqbot::store::Store;
use faqbot::telegram::{self, App, Connection, RetryPolicy, Updates};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::fake_telegram::{FakeConfig, FakeTelegram, TOKEN};

/// How long a test waits for a reply before failing.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// The shipped knowledge folder.
pub fn shipped_knowledge() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

/// A copy of the shipped knowledge in a temporary folder, to edit.
pub fn knowledge_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shipped_knowledge(), dir.path());
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for item in std::fs::read_dir(from).unwrap() {
        let item = item.unwrap();
        let target = to.join(item.file_name());
        if item.file_type().unwrap().is_dir() {
            copy_dir(&item.path(), &target);
        } else {
            std::fs::copy(item.path(), target).unwrap();
        }
    }
}

/// Retries made quick for tests: a request that hangs is given up after 3 s.
pub fn test_policy() -> RetryPolicy {
    RetryPolicy {
        attempts: 6,
        first_backoff: Duration::from_millis(50),
        max_backoff: Duration::from_millis(400),
        attempt_timeout: Duration::from_secs(3),
    }
}

/// What the bot runs with, beyond the knowledge.
pub struct Options {
    pub knowledge: PathBuf,
    pub policy: RetryPolicy,
    pub admins: Vec<u64>,
    /// Where the store lives (`None`: nothing kept).
    pub data_dir: Option<PathBuf>,
    pub watch: bool,
    /// Receive updates by webhook on this socket, URL and secret instead of long polling.
    pub webhook: Option<(tokio::net::TcpListener, url::Url, String)>,
    /// Keep Telegram's rate limits (teloxide's `Throttle`), as `faqbot serve` does.
    pub rate_limits: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            knowledge: shipped_knowledge(),
            policy: test_policy(),
            admins: Vec::new(),
            data_dir: None,
            watch: false,
            webhook: None,
            rate_limits: true,
        }
    }
}

/// The fake API and the bot running against it.
pub struct Running {
    pub fake: FakeTelegram,
    pub app: Arc<App>,
    stop: Option<oneshot::Sender<()>>,
    bot: Option<JoinHandle<anyhow::Result<()>>>,
}

impl Running {
    /// Starts the fake API (default config) and the bot over `knowledge`.
    pub async fn start(knowledge: &Path) -> Running {
        Running::start_with(knowledge, FakeConfig::default(), test_policy()).await
    }

    pub async fn start_with(knowledge: &Path, config: FakeConfig, policy: RetryPolicy) -> Running {
        let fake = FakeTelegram::start_with(config).await;
        Running::start_on(fake, knowledge, policy)
    }

    /// Starts the bot against an already running fake API.
    pub fn start_on(fake: FakeTelegram, knowledge: &Path, policy: RetryPolicy) -> Running {
        Running::start_full(
            fake,
            Options {
                knowledge: knowledge.to_path_buf(),
                policy,
                ..Options::default()
            },
        )
    }

    /// Starts the bot with everything `faqbot serve` has: admins, a store, a reloader and the
    /// knowledge watcher, as `options` says.
    pub fn start_full(fake: FakeTelegram, options: Options) -> Running {
        let knowledge = Knowledge::load(&options.knowledge).expect("test knowledge loads");
        let brain = Brain::in_memory(knowledge).unwrap();
        let live = Arc::new(LiveBrain::new(brain));
        let mut app = App::new(live.clone(), options.policy);
        app.admins = options.admins;
        if let Some(dir) = &options.data_dir {
            app.store = Some(Arc::new(
                Store::open(dir, Duration::from_secs(30 * 86_400), true).unwrap(),
            ));
        }
        app.reloader = Some(Arc::new(Reloader::new(
            options.knowledge.clone(),
            None,
            live,
        )));
        app.watch = options.watch;
        let app = Arc::new(app);
        let connection = Connection {
            token: Token::parse(TOKEN).unwrap(),
            api_url: Some(fake.url()),
            rate_limits: options.rate_limits,
            poll_timeout: Duration::from_secs(2),
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let updates = match options.webhook {
            Some((listener, url, secret)) => Updates::Webhook {
                listener,
                url,
                secret,
            },
            None => Updates::Polling,
        };
        let bot = tokio::spawn(telegram::run(connection, app.clone(), updates, async {
            let _ = stopped.await;
        }));
        Running {
            fake,
            app,
            stop: Some(stop),
            bot: Some(bot),
        }
    }

    /// Asks the bot to stop (as SIGTERM does) and waits until it has.
    pub async fn stop(mut self) -> Duration {
        let started = std::time::Instant::now();
        let _ = self.stop.take().unwrap().send(());
        let result = tokio::time::timeout(Duration::from_secs(10), self.bot.take().unwrap())
            .await
            .expect("the bot stops within 10 s");
        result
            .expect("the bot task does not panic")
            .expect("the bot stops cleanly");
        started.elapsed()
    }
}
