//! Load and start-up measurements through the fake Telegram Bot API on 127.0.0.1. They print
//! figures and assert no timing (only that every reply arrived and nothing was rejected), and are
//! `#[ignore]`d: `cargo test` does not run them. Run them alone, in release, one at a time:
//!
//! ```sh
//! cargo test --release --test load -- --ignored --nocapture --test-threads=1
//! cargo test --release --test load -- --ignored --nocapture --test-threads=1 latency_and_throughput_shipped
//! ```
//!
//! - `latency_and_throughput_shipped` / `…_10k`: the real bot (teloxide's dispatcher, the
//!   handlers, delivery) in this process over the shipped knowledge (or + 10,000 synthetic
//!   entries), rate limits off in the fake and in the bot. Latency: 1,000 messages from one chat,
//!   each sent when the reply to the one before has arrived, timed from queueing the update in
//!   the fake to the fake accepting the reply's `sendMessage` (first and last message of a reply
//!   split in several). Throughput: 200 chats × 25 messages queued at once. Each is run without
//!   and with the store of unanswered questions (SQLite in a temporary folder, as `faqbot serve`
//!   keeps it). The fake runs on the same two cores and is part of what is measured.
//! - `memory_of_the_bot_process`: the same bot alone in a child process (this test binary run
//!   as `bot_child`: logging to stderr, store on, as `faqbot serve`, but rate limits off),
//!   resident size idle and after the throughput load, shipped knowledge and 10,000 entries.
//! - `FAQBOT_LOAD_SIZES=0` limits `memory_of_the_bot_process` and `cold_start_of_faqbot_serve`
//!   to the shipped knowledge (default `0,10000`: also with 10,000 synthetic entries).
//! - `cold_start_of_faqbot_serve`: `faqbot serve` (the binary) with its index built by
//!   `faqbot index`, from spawning to the fake receiving its first `getUpdates`, and to the first
//!   reply to a message queued before the start.
//!
//! The bot is started with `telegram::run_polling` and `Connection { rate_limits: false, .. }`:
//! a plain teloxide `Bot`, no `Throttle`. (Before that was fixed, `rate_limits: false` gave
//! `Throttle` limits of `u32::MAX`, and teloxide-core 0.13 preallocates a queue of that many
//! entries: the process aborted at the first request.) `FAQBOT_LOAD_BOT=throttle-high` runs the
//! same dispatcher and handlers with `Throttle` at very high finite limits, which shows
//! `Throttle`'s own 250 ms wait between batches. `PERFORMANCE.md` has the figures and details. The
//! measurements also print CPU time per answer (`/proc/<pid>/stat`) and, for the bot process,
//! its open descriptors (HTTP connections kept by reqwest's pool).

mod support;

#[path = "../examples/synthetic_knowledge.rs"]
mod synthetic;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use faqbot::index::SearchIndex;
use faqbot::knowledge::Knowledge;
use faqbot::live::LiveBrain;
use faqbot::matcher::Brain;
use faqbot::reply::Reply;
use faqbot::settings::Token;
use faqbot::store::Store;
use faqbot::telegram::{self, App, Connection, RetryPolicy};
use support::fake_telegram::{FakeConfig, FakeTelegram, SentMessage, TOKEN};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The measurements must not overlap, whatever `--test-threads` says.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

const LATENCY_MESSAGES: usize = 1_000;
const WARM_UP_MESSAGES: usize = 50;
const CHATS: usize = 200;
const PER_CHAT: usize = 25;
const PATIENCE: Duration = Duration::from_secs(120);

fn fake_config() -> FakeConfig {
    FakeConfig {
        rate_limit: false,
        ..FakeConfig::default()
    }
}

fn connection(fake_url: String) -> Connection {
    Connection {
        token: Token::parse(TOKEN).unwrap(),
        api_url: Some(fake_url),
        rate_limits: false,
        poll_timeout: Duration::from_secs(10),
    }
}

/// Every question of `tests/questions/*.jsonl`, files in name order.
fn questions() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/questions");
    faqbot::eval::load_all(&dir)
        .unwrap()
        .into_iter()
        .map(|q| q.q)
        .filter(|q| !q.trim().is_empty())
        .collect()
}

/// The questions with the number of Telegram messages the bot's reply to each makes.
fn with_reply_sizes(brain: &Brain, questions: Vec<String>) -> Vec<(String, usize)> {
    questions
        .into_iter()
        .map(|q| {
            let decision = brain.answer(&q);
            let count = Reply::for_decision(&decision, brain.knowledge())
                .render_telegram()
                .len();
            (q, count)
        })
        .collect()
}

fn knowledge_files(synthetic_entries: usize) -> Vec<(PathBuf, Vec<u8>)> {
    if synthetic_entries == 0 {
        synthetic::shipped_files()
    } else {
        synthetic::generate(synthetic_entries, synthetic::DEFAULT_SEED)
    }
}

/// How the bot is started: `FAQBOT_LOAD_BOT=shipped` (the default) runs
/// `telegram::run_polling` with `Connection { rate_limits: false, .. }` (a plain `Bot`), exactly
/// as the crate offers it; `FAQBOT_LOAD_BOT=throttle-high` runs the same bot
/// (`telegram::run_with`) behind teloxide's `Throttle` with very high but finite limits, to
/// measure what `Throttle` itself costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BotMode {
    Shipped,
    ThrottleHigh,
}

fn bot_mode() -> BotMode {
    match std::env::var("FAQBOT_LOAD_BOT").as_deref() {
        Ok("throttle-high") => BotMode::ThrottleHigh,
        Ok("shipped" | "") | Err(_) => BotMode::Shipped,
        Ok(other) => panic!("FAQBOT_LOAD_BOT={other}: expected shipped or throttle-high"),
    }
}

/// Runs the bot until `stop` completes, as `bot_mode()` says.
async fn run_bot(
    api_url: String,
    app: Arc<App>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    match bot_mode() {
        BotMode::Shipped => telegram::run_polling(connection(api_url), app, stop).await,
        BotMode::ThrottleHigh => {
            use teloxide::adaptors::throttle::Limits;
            use teloxide::requests::RequesterExt;
            let connection = connection(api_url);
            let bot = connection.bot()?.throttle(Limits {
                messages_per_sec_chat: 1_000_000,
                messages_per_min_chat: u32::MAX,
                messages_per_min_channel_or_supergroup: u32::MAX,
                messages_per_sec_overall: 100_000,
            });
            telegram::run_with(bot, connection, app, telegram::Updates::Polling, stop).await
        }
    }
}

/// The bot running in this process.
struct InProcess {
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

fn start_in_process(fake: &FakeTelegram, brain: Brain, store: Option<Arc<Store>>) -> InProcess {
    let mut app = App::new(Arc::new(LiveBrain::new(brain)), RetryPolicy::default());
    app.store = store;
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(run_bot(fake.url(), Arc::new(app), async {
        let _ = stopped.await;
    }));
    InProcess { stop, task }
}

impl InProcess {
    async fn stop(self) {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(20), self.task)
            .await
            .expect("the bot stops")
            .expect("no panic")
            .expect("stops cleanly");
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    format!(
        "median {}  p90 {}  p99 {}  max {}  mean {}  (n={})",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.9)),
        ms(percentile(&times, 0.99)),
        ms(percentile(&times, 1.0)),
        ms(mean),
        times.len()
    )
}

/// `count` messages from one chat, one at a time: (update queued → first message of the reply,
/// → last message of the reply).
async fn one_chat(
    fake: &FakeTelegram,
    chat: i64,
    questions: &[(String, usize)],
    offset: usize,
    count: usize,
) -> (Vec<Duration>, Vec<Duration>) {
    let mut first = Vec::with_capacity(count);
    let mut last = Vec::with_capacity(count);
    for i in 0..count {
        let (q, replies) = &questions[(offset + i) % questions.len()];
        let queued = Instant::now();
        fake.send_text(chat, q);
        let sent = fake.wait_for_messages(chat, *replies, PATIENCE).await;
        first.push(sent[0].at.duration_since(queued));
        last.push(sent.last().unwrap().at.duration_since(queued));
    }
    (first, last)
}

/// What a burst of many chats gave.
struct Burst {
    answers: usize,
    messages: usize,
    enqueue: Duration,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Burst {
    fn print(&self, label: &str) {
        println!(
            "{label}: {} answers ({} sendMessage) in {} (queueing them took {}): {:.0} answers/s, {:.0} sendMessage/s",
            self.answers,
            self.messages,
            ms(self.elapsed),
            ms(self.enqueue),
            self.answers as f64 / self.elapsed.as_secs_f64(),
            self.messages as f64 / self.elapsed.as_secs_f64(),
        );
        println!(
            "{label}: queued → reply complete, under that load: {}",
            summary(self.latencies.clone())
        );
    }
}

/// `chats` × `per_chat` messages queued at once (chat ids from `first_chat`); waits for every
/// reply. Message `i` of every chat is queued before message `i + 1` of any.
async fn burst(
    fake: &FakeTelegram,
    questions: &[(String, usize)],
    first_chat: i64,
    chats: usize,
    per_chat: usize,
) -> Burst {
    let already = fake.sent_count();
    let mut queued: Vec<Vec<(Instant, usize)>> = vec![Vec::with_capacity(per_chat); chats];
    let mut expected = 0;
    let started = Instant::now();
    let mut n = 0;
    for _ in 0..per_chat {
        for (c, times) in queued.iter_mut().enumerate() {
            let (q, replies) = &questions[n % questions.len()];
            n += 1;
            expected += replies;
            times.push((Instant::now(), *replies));
            fake.send_text(first_chat + c as i64, q);
        }
    }
    let enqueue = started.elapsed();
    let deadline = Instant::now() + PATIENCE;
    while fake.pending_updates() > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Counted, not copied, while the bot works: the copy would compete with it for the cores.
    loop {
        let arrived = fake.sent_count() - already;
        if arrived >= expected {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "only {arrived} of {expected} replies arrived"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let sent = fake.sent_messages();
    let sent: Vec<&SentMessage> = sent[already..].iter().collect();
    let end = sent.iter().map(|m| m.at).max().unwrap();
    let mut latencies = Vec::with_capacity(chats * per_chat);
    for (c, times) in queued.iter().enumerate() {
        let chat = first_chat + c as i64;
        let mine: Vec<&&SentMessage> = sent.iter().filter(|m| m.chat_id == chat).collect();
        let mut at = 0;
        for (queued, replies) in times {
            at += replies;
            latencies.push(mine[at - 1].at.duration_since(*queued));
        }
    }
    Burst {
        answers: chats * per_chat,
        messages: expected,
        enqueue,
        elapsed: end.duration_since(started),
        latencies,
    }
}

/// Latency (one chat) and throughput (many chats) in process, without and with the store.
async fn latency_and_throughput(synthetic_entries: usize) {
    let label = if synthetic_entries == 0 {
        "shipped knowledge".to_owned()
    } else {
        format!("shipped + {synthetic_entries} synthetic entries")
    };
    let knowledge = Knowledge::from_files(knowledge_files(synthetic_entries)).unwrap();
    let started = Instant::now();
    let reference = Brain::in_memory(knowledge.clone()).unwrap();
    println!(
        "\n=== {label}: brain built in {}; bot started as {:?}",
        ms(started.elapsed()),
        bot_mode()
    );
    let questions = with_reply_sizes(&reference, questions());
    let split = questions.iter().filter(|(_, n)| *n > 1).count();
    println!(
        "{} questions; {split} of them get a reply of more than one message",
        questions.len()
    );
    for with_store in [false, true] {
        let data = tempfile::tempdir().unwrap();
        let store = with_store.then(|| {
            Arc::new(Store::open(data.path(), Duration::from_secs(30 * 86_400), true).unwrap())
        });
        let what = if with_store {
            "with the store (SQLite)"
        } else {
            "no store"
        };
        let fake = FakeTelegram::start_with(fake_config()).await;
        let bot = start_in_process(&fake, Brain::in_memory(knowledge.clone()).unwrap(), store);
        println!(
            "-- {label}, {what}; {}",
            memory("this process (bot + fake)")
        );

        one_chat(&fake, 1, &questions, 0, WARM_UP_MESSAGES).await;
        let (first, last) = one_chat(&fake, 2, &questions, 0, LATENCY_MESSAGES).await;
        println!(
            "one chat, {LATENCY_MESSAGES} messages one at a time, queued → first sendMessage: {}",
            summary(first)
        );
        println!(
            "one chat, {LATENCY_MESSAGES} messages one at a time, queued → reply complete:   {}",
            summary(last)
        );
        let cpu = cpu_time("self");
        let result = burst(&fake, &questions, 1_000, CHATS, PER_CHAT).await;
        let cpu = cpu_time("self") - cpu;
        result.print(&format!("{CHATS} chats × {PER_CHAT} messages"));
        println!(
            "CPU time of this process (bot + fake) during the burst: {:.2} s, {:.0} µs an answer",
            cpu.as_secs_f64(),
            cpu.as_secs_f64() * 1e6 / result.answers as f64
        );
        println!(
            "after the load: {}",
            memory("this process (bot + fake + the fake's records)")
        );
        fake.assert_no_rejections();
        bot.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load measurement: cargo test --release --test load -- --ignored --nocapture --test-threads=1"]
async fn latency_and_throughput_shipped() {
    let _serial = SERIAL.lock().await;
    latency_and_throughput(0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load measurement: cargo test --release --test load -- --ignored --nocapture --test-threads=1"]
async fn latency_and_throughput_10k() {
    let _serial = SERIAL.lock().await;
    latency_and_throughput(10_000).await;
}

// ---------------------------------------------------------------------------------------------
// The bot alone in a process, for its resident size
// ---------------------------------------------------------------------------------------------

const CHILD_API: &str = "FAQBOT_LOAD_CHILD_API";
const CHILD_KNOWLEDGE: &str = "FAQBOT_LOAD_CHILD_KNOWLEDGE";
const CHILD_INDEX: &str = "FAQBOT_LOAD_CHILD_INDEX";
const CHILD_DATA: &str = "FAQBOT_LOAD_CHILD_DATA";

/// Not a test: the bot process of `memory_of_the_bot_process` (which runs this binary with
/// `bot_child --exact`). Without its environment it does nothing. Set up as `faqbot serve`
/// (`Brain::open` on a built index, the store, logging at info to stderr) but with rate limits
/// off; stops when its stdin closes.
#[test]
#[ignore = "run by memory_of_the_bot_process"]
fn bot_child() {
    let Ok(api) = std::env::var(CHILD_API) else {
        return;
    };
    let knowledge = PathBuf::from(std::env::var(CHILD_KNOWLEDGE).unwrap());
    let index = PathBuf::from(std::env::var(CHILD_INDEX).unwrap());
    let data = PathBuf::from(std::env::var(CHILD_DATA).unwrap());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("info"))
        .with_writer(std::io::stderr)
        .try_init();
    faqbot::allocator::give_back_large_blocks();
    let (brain, _) = Brain::open(&knowledge, &index).unwrap();
    let mut app = App::new(Arc::new(LiveBrain::new(brain)), RetryPolicy::default());
    app.store = Some(Arc::new(
        Store::open(&data, Duration::from_secs(30 * 86_400), true).unwrap(),
    ));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime
        .block_on(telegram::run_polling(
            connection(api),
            Arc::new(app),
            async {
                let _ = tokio::task::spawn_blocking(|| {
                    let mut sink = Vec::new();
                    let _ = std::io::stdin().read_to_end(&mut sink);
                })
                .await;
            },
        ))
        .unwrap();
}

/// A field of `/proc/<pid>/status`, in MB.
fn status_mb(pid: &str, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<f64>().ok())
        })
        .unwrap_or(f64::NAN)
        / 1024.0
}

/// CPU time (user + system, all threads) of a process so far, from `/proc/<pid>/stat`.
fn cpu_time(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let Some((_, rest)) = stat.rsplit_once(") ") else {
        return Duration::ZERO;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok()))
        .sum();
    // USER_HZ is 100 on Linux.
    Duration::from_millis(ticks * 10)
}

fn memory_of(pid: &str) -> String {
    let descriptors = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| d.count())
        .unwrap_or(0);
    format!(
        "VmRSS {:.1} MB (anonymous {:.1}, files {:.1}), VmHWM (peak) {:.1} MB, {descriptors} open descriptors",
        status_mb(pid, "VmRSS:"),
        status_mb(pid, "RssAnon:"),
        status_mb(pid, "RssFile:"),
        status_mb(pid, "VmHWM:")
    )
}

fn memory(what: &str) -> String {
    format!("{what}: {}", memory_of("self"))
}

/// The synthetic entries added to the shipped knowledge, one measurement each:
/// `FAQBOT_LOAD_SIZES=0` (shipped only) or e.g. `0,10000` (the default).
fn knowledge_sizes() -> Vec<usize> {
    match std::env::var("FAQBOT_LOAD_SIZES") {
        Ok(sizes) => sizes
            .split(',')
            .map(|n| {
                n.trim().parse().unwrap_or_else(|_| {
                    panic!("FAQBOT_LOAD_SIZES={sizes}: expected numbers, e.g. 0,10000")
                })
            })
            .collect(),
        Err(_) => vec![0, 10_000],
    }
}

/// Knowledge written to a temporary folder and its index built there, as `faqbot index` does.
fn knowledge_on_disk(synthetic_entries: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let knowledge = folder.path().join("knowledge");
    let index = folder.path().join("index");
    synthetic::write_files(&knowledge, &knowledge_files(synthetic_entries)).unwrap();
    SearchIndex::build(&index, &Knowledge::load(&knowledge).unwrap()).unwrap();
    (folder, knowledge, index)
}

struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load measurement: cargo test --release --test load -- --ignored --nocapture --test-threads=1"]
async fn memory_of_the_bot_process() {
    let _serial = SERIAL.lock().await;
    let questions_text = questions();
    for synthetic_entries in knowledge_sizes() {
        let label = if synthetic_entries == 0 {
            "shipped knowledge".to_owned()
        } else {
            format!("shipped + {synthetic_entries} synthetic entries")
        };
        let (folder, knowledge_dir, index_dir) = knowledge_on_disk(synthetic_entries);
        let reference = Brain::open(&knowledge_dir, &index_dir).unwrap().0;
        let questions = with_reply_sizes(&reference, questions_text.clone());
        drop(reference);
        let fake = FakeTelegram::start_with(fake_config()).await;
        let child = Command::new(std::env::current_exe().unwrap())
            .args(["bot_child", "--exact", "--ignored", "--test-threads=1"])
            .env(CHILD_API, fake.url())
            .env(CHILD_KNOWLEDGE, &knowledge_dir)
            .env(CHILD_INDEX, &index_dir)
            .env(CHILD_DATA, folder.path().join("data"))
            .env(
                "FAQBOT_LOAD_BOT",
                std::env::var("FAQBOT_LOAD_BOT").unwrap_or_default(),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut child = KillOnDrop(child);
        let pid = child.0.id().to_string();
        fake.wait_for_requests("getUpdates", 1, PATIENCE).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        println!(
            "\n=== {label}: the bot process (pid {pid}, started as {:?})",
            bot_mode()
        );
        println!("idle, connected:             {}", memory_of(&pid));
        one_chat(&fake, 1, &questions, 0, WARM_UP_MESSAGES).await;
        let (first, _) = one_chat(&fake, 2, &questions, 0, LATENCY_MESSAGES).await;
        println!(
            "one chat, {LATENCY_MESSAGES} messages one at a time, queued → first sendMessage: {}",
            summary(first)
        );
        println!("after 1,050 messages:        {}", memory_of(&pid));
        let (bot_cpu, fake_cpu) = (cpu_time(&pid), cpu_time("self"));
        let result = burst(&fake, &questions, 1_000, CHATS, PER_CHAT).await;
        let (bot_cpu, fake_cpu) = (cpu_time(&pid) - bot_cpu, cpu_time("self") - fake_cpu);
        result.print(&format!(
            "{CHATS} chats × {PER_CHAT} messages (separate process)"
        ));
        println!(
            "CPU time during the burst: bot process {:.2} s ({:.0} µs an answer), this process (the fake) {:.2} s ({:.0} µs an answer)",
            bot_cpu.as_secs_f64(),
            bot_cpu.as_secs_f64() * 1e6 / result.answers as f64,
            fake_cpu.as_secs_f64(),
            fake_cpu.as_secs_f64() * 1e6 / result.answers as f64
        );
        println!("after {CHATS} × {PER_CHAT} more:      {}", memory_of(&pid));
        tokio::time::sleep(Duration::from_secs(2)).await;
        println!("2 s later, idle again:       {}", memory_of(&pid));
        fake.assert_no_rejections();
        drop(child.0.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(20);
        while child.0.try_wait().unwrap().is_none() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Cold start of the binary
// ---------------------------------------------------------------------------------------------

/// `faqbot` with a clean environment: only what is given here (no `.env`: the working folder is
/// a temporary one).
fn faqbot(folder: &Path, knowledge: &Path, index: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_faqbot"));
    command
        .env_clear()
        .current_dir(folder)
        .env("FAQBOT_KNOWLEDGE_DIR", knowledge)
        .env("FAQBOT_INDEX_DIR", index)
        .env("FAQBOT_DATA_DIR", folder.join("data"))
        .env("FAQBOT_WATCH", "false")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load measurement: cargo test --release --test load -- --ignored --nocapture --test-threads=1"]
async fn cold_start_of_faqbot_serve() {
    let _serial = SERIAL.lock().await;
    const RUNS: usize = 10;
    for synthetic_entries in knowledge_sizes() {
        let label = if synthetic_entries == 0 {
            "shipped knowledge".to_owned()
        } else {
            format!("shipped + {synthetic_entries} synthetic entries")
        };
        let folder = tempfile::tempdir().unwrap();
        let knowledge = folder.path().join("knowledge");
        let index = folder.path().join("index");
        synthetic::write_files(&knowledge, &knowledge_files(synthetic_entries)).unwrap();
        let started = Instant::now();
        let status = faqbot(folder.path(), &knowledge, &index)
            .arg("index")
            .status()
            .unwrap();
        assert!(status.success());
        let index_time = started.elapsed();
        let question = "is ketamine addictive?";

        let mut get_me = Vec::new();
        let mut get_updates = Vec::new();
        let mut first_reply = Vec::new();
        for _ in 0..RUNS {
            let fake = FakeTelegram::start_with(fake_config()).await;
            fake.send_text(7, question);
            let started = Instant::now();
            let child = faqbot(folder.path(), &knowledge, &index)
                .arg("serve")
                .env("TELOXIDE_TOKEN", TOKEN)
                .env("TELOXIDE_API_URL", fake.url())
                .spawn()
                .unwrap();
            let _child = KillOnDrop(child);
            let updates = fake.wait_for_requests("getUpdates", 1, PATIENCE).await;
            let reply = fake.wait_for_messages(7, 1, PATIENCE).await;
            let me = fake.wait_for_requests("getMe", 1, PATIENCE).await;
            get_me.push(me[0].received.duration_since(started));
            get_updates.push(updates[0].received.duration_since(started));
            first_reply.push(reply[0].at.duration_since(started));
            fake.assert_no_rejections();
        }
        println!(
            "\n=== {label}: `faqbot index` took {} (process)",
            ms(index_time)
        );
        println!("spawn → first getMe:       {}", summary(get_me));
        println!("spawn → first getUpdates:  {}", summary(get_updates));
        println!("spawn → first reply sent:  {}", summary(first_reply));
    }
}
