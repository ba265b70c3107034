//! What the bot keeps, and nothing more: what people asked that the knowledge could not answer,
//! the 👍/👎 votes, and counts of replies. It never stores who asked (no user id, chat id, name
//! or username), never stores a crisis message (those are only counted), scrubs e-mail
//! addresses, phone numbers, @usernames and links from the texts it keeps, and deletes them
//! after the retention period.
//!
//! SQLite (bundled, via rusqlite) in WAL mode: a crash or a power cut loses at most the last
//! moments, never corrupts what is there, and readers (`faqbot report`) never block the bot.
//!
//! Writes are queued, not made where they are asked for: a handler only hands its row to a
//! writer thread, which gathers rows for a few milliseconds and stores them in one
//! transaction. So answering never waits on the disk or on another chat's insert, and a burst
//! costs a few commits, not one per reply. Every read, and dropping the store, first waits for the queue to be written.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use rusqlite::{Connection, OptionalExtension, params};

/// One kept unanswered (or half-answered) message.
#[derive(Debug, Clone, PartialEq)]
pub struct Unanswered {
    pub at: u64,
    /// `no_match` or `suggestions`.
    pub status: String,
    /// The message, scrubbed.
    pub text: String,
    /// The best candidates: (entry id, confidence).
    pub candidates: Vec<(String, f32)>,
}

/// Counts over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub answered: u64,
    pub suggestions: u64,
    pub no_match: u64,
    pub crisis: u64,
    pub smalltalk: u64,
}

/// Votes on one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryVotes {
    pub entry: String,
    pub helpful: u64,
    pub not_helpful: u64,
}

/// The store, shared by the bot's handlers.
#[derive(Debug)]
pub struct Store {
    connection: Arc<Mutex<Connection>>,
    retention: Duration,
    keep_texts: bool,
    /// `None` only while dropping.
    queue: Option<Sender<Write>>,
    writer: Option<JoinHandle<()>>,
}

/// A row waiting for the writer thread, timed when it was asked for.
#[derive(Debug)]
enum Write {
    Reply {
        at: u64,
        status: String,
        entry: Option<String>,
    },
    Unanswered {
        at: u64,
        status: String,
        text: String,
        candidates: Vec<(String, f32)>,
    },
    Vote {
        at: u64,
        entry: String,
        helpful: bool,
    },
    /// Answered once everything queued before it is committed.
    Flush(SyncSender<()>),
}

/// Rows written in one transaction at most: a burst is committed in a few steps, and a flush
/// never waits behind an unbounded queue.
const MAX_BATCH: usize = 1_000;

/// How long the writer waits for more rows before committing: a row is lost in a crash either
/// way until it is committed, and a few milliseconds more make a burst's commits far fewer.
const GATHER_FOR: Duration = Duration::from_millis(20);

const SCHEMA: &str = "
    CREATE TABLE IF NOT EXISTS replies (
        at INTEGER NOT NULL,
        status TEXT NOT NULL,
        entry TEXT
    );
    CREATE INDEX IF NOT EXISTS replies_at ON replies(at);
    CREATE TABLE IF NOT EXISTS unanswered (
        at INTEGER NOT NULL,
        status TEXT NOT NULL,
        text TEXT NOT NULL,
        candidates TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS unanswered_at ON unanswered(at);
    CREATE TABLE IF NOT EXISTS votes (
        at INTEGER NOT NULL,
        entry TEXT NOT NULL,
        helpful INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS votes_at ON votes(at);
";

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Store {
    /// Opens (or creates) the store in `dir/faqbot.sqlite3`. `keep_texts = false` keeps counts
    /// and votes only.
    pub fn open(dir: &Path, retention: Duration, keep_texts: bool) -> anyhow::Result<Store> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        let path = dir.join("faqbot.sqlite3");
        let connection = Connection::open(&path)
            .with_context(|| format!("cannot open the store {}", path.display()))?;
        Store::with_connection(connection, retention, keep_texts)
    }

    /// A store in memory (tests).
    pub fn in_memory(retention: Duration, keep_texts: bool) -> anyhow::Result<Store> {
        Store::with_connection(Connection::open_in_memory()?, retention, keep_texts)
    }

    fn with_connection(
        connection: Connection,
        retention: Duration,
        keep_texts: bool,
    ) -> anyhow::Result<Store> {
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.busy_timeout(Duration::from_secs(5))?;
        connection
            .execute_batch(SCHEMA)
            .context("cannot prepare the store")?;
        let connection = Arc::new(Mutex::new(connection));
        let (queue, pending) = mpsc::channel();
        let writer = {
            let connection = Arc::clone(&connection);
            std::thread::Builder::new()
                .name("store-writer".into())
                .spawn(move || write_queued(&connection, &pending))
                .context("cannot start the store's writer thread")?
        };
        let store = Store {
            connection,
            retention,
            keep_texts,
            queue: Some(queue),
            writer: Some(writer),
        };
        store.purge()?;
        Ok(store)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        lock(&self.connection)
    }

    fn enqueue(&self, write: Write) -> anyhow::Result<()> {
        self.queue
            .as_ref()
            .and_then(|queue| queue.send(write).ok())
            .context("the store's writer thread has stopped")
    }

    /// Waits until every row queued so far is committed.
    pub fn flush(&self) {
        let (done, wait) = mpsc::sync_channel(1);
        if self.enqueue(Write::Flush(done)).is_ok() {
            // An error means the writer is gone: nothing more will be written anyway.
            let _ = wait.recv();
        }
    }

    /// Counts one reply (`status` as in `faqbot ask --json`; `entry` when answered).
    pub fn record_reply(&self, status: &str, entry: Option<&str>) -> anyhow::Result<()> {
        self.enqueue(Write::Reply {
            at: now(),
            status: status.to_owned(),
            entry: entry.map(str::to_owned),
        })
    }

    /// Keeps a message the knowledge did not answer well (never call this for a crisis).
    pub fn record_unanswered(
        &self,
        status: &str,
        text: &str,
        candidates: &[(String, f32)],
    ) -> anyhow::Result<()> {
        if !self.keep_texts {
            return Ok(());
        }
        self.enqueue(Write::Unanswered {
            at: now(),
            status: status.to_owned(),
            text: text.to_owned(),
            candidates: candidates.to_vec(),
        })
    }

    /// Records a 👍 (`helpful`) or 👎 on an entry.
    pub fn record_vote(&self, entry: &str, helpful: bool) -> anyhow::Result<()> {
        self.enqueue(Write::Vote {
            at: now(),
            entry: entry.to_owned(),
            helpful,
        })
    }

    /// Deletes everything older than the retention period; returns how many rows went.
    pub fn purge(&self) -> anyhow::Result<usize> {
        self.flush();
        let cutoff = now().saturating_sub(self.retention.as_secs()) as i64;
        let connection = self.lock();
        let mut removed = 0;
        for table in ["replies", "unanswered", "votes"] {
            removed += connection.execute(
                &format!("DELETE FROM {table} WHERE at < ?1"),
                params![cutoff],
            )?;
        }
        Ok(removed)
    }

    /// Reply counts since `since` (Unix seconds).
    pub fn counts_since(&self, since: u64) -> anyhow::Result<Counts> {
        self.flush();
        let connection = self.lock();
        let mut statement = connection.prepare_cached(
            "SELECT status, COUNT(*) FROM replies WHERE at >= ?1 GROUP BY status",
        )?;
        let mut counts = Counts::default();
        let rows = statement.query_map(params![since as i64], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (status, n) = row?;
            let n = n as u64;
            match status.as_str() {
                "answered" => counts.answered = n,
                "suggestions" => counts.suggestions = n,
                "no_match" => counts.no_match = n,
                "crisis" => counts.crisis = n,
                "smalltalk" => counts.smalltalk = n,
                _ => {}
            }
        }
        Ok(counts)
    }

    /// The entries answered most since `since`, most first.
    pub fn top_entries(&self, since: u64, limit: usize) -> anyhow::Result<Vec<(String, u64)>> {
        self.flush();
        let connection = self.lock();
        let mut statement = connection.prepare_cached(
            "SELECT entry, COUNT(*) AS n FROM replies WHERE at >= ?1 AND entry IS NOT NULL
             GROUP BY entry ORDER BY n DESC, entry LIMIT ?2",
        )?;
        let rows = statement.query_map(params![since as i64, limit as i64], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Votes per entry since `since`, the most 👎 first.
    pub fn votes(&self, since: u64) -> anyhow::Result<Vec<EntryVotes>> {
        self.flush();
        let connection = self.lock();
        let mut statement = connection.prepare_cached(
            "SELECT entry, SUM(helpful), SUM(1 - helpful) AS bad FROM votes WHERE at >= ?1
             GROUP BY entry ORDER BY bad DESC, entry",
        )?;
        let rows = statement.query_map(params![since as i64], |row| {
            Ok(EntryVotes {
                entry: row.get(0)?,
                helpful: row.get::<_, i64>(1)? as u64,
                not_helpful: row.get::<_, i64>(2)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Kept messages since `since`, the latest first, at most `limit`.
    pub fn unanswered(&self, since: u64, limit: usize) -> anyhow::Result<Vec<Unanswered>> {
        self.flush();
        let connection = self.lock();
        let mut statement = connection.prepare_cached(
            "SELECT at, status, text, candidates FROM unanswered WHERE at >= ?1 ORDER BY at DESC, rowid DESC LIMIT ?2",
        )?;
        let rows = statement.query_map(params![since as i64, limit as i64], |row| {
            let candidates: String = row.get(3)?;
            Ok(Unanswered {
                at: row.get::<_, i64>(0)? as u64,
                status: row.get(1)?,
                text: row.get(2)?,
                candidates: serde_json::from_str(&candidates).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The time of the oldest row kept, if any (for reports).
    pub fn oldest(&self) -> anyhow::Result<Option<u64>> {
        self.flush();
        let connection = self.lock();
        let at: Option<i64> = connection
            .query_row(
                "SELECT MIN(at) FROM (SELECT at FROM replies UNION ALL SELECT at FROM unanswered)",
                [],
                |row| row.get(0),
            )
            .optional()?
            .flatten();
        Ok(at.map(|a| a as u64))
    }
}

impl Drop for Store {
    /// Writes what is still queued before the store goes.
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

fn lock(connection: &Mutex<Connection>) -> std::sync::MutexGuard<'_, Connection> {
    // A panic while holding the lock leaves a usable connection: recover it.
    connection
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The writer thread: until the store is dropped, commits what has queued up, a batch at a
/// time. A failed write is logged (without its content) and the next batch goes on.
fn write_queued(connection: &Mutex<Connection>, pending: &Receiver<Write>) {
    while let Ok(first) = pending.recv() {
        let batch = gather(first, pending);
        let mut flushed = Vec::new();
        let mut connection = lock(connection);
        if let Err(error) = write_batch(&mut connection, batch, &mut flushed) {
            tracing::warn!("could not write to the store: {error:#}");
        }
        drop(connection);
        for done in flushed {
            let _ = done.send(());
        }
    }
}

/// The rows to commit together: `first` and what queued up within [`GATHER_FOR`] after it (a
/// burst then costs a few commits, not one a row), up to [`MAX_BATCH`], and never past a flush.
///
/// The writer sleeps through the gathering instead of waiting on the queue: a thread blocked on
/// the queue is woken by every row sent to it, which in a burst is a futex call and a context
/// switch per answer on the cores that answer. A flush waits at most [`GATHER_FOR`] more.
fn gather(first: Write, pending: &Receiver<Write>) -> Vec<Write> {
    let mut batch = vec![first];
    if matches!(batch[0], Write::Flush(_)) {
        return batch;
    }
    std::thread::sleep(GATHER_FOR);
    while batch.len() < MAX_BATCH && !matches!(batch.last(), Some(Write::Flush(_))) {
        match pending.try_recv() {
            Ok(write) => batch.push(write),
            Err(_) => break,
        }
    }
    batch
}

fn write_batch(
    connection: &mut Connection,
    batch: Vec<Write>,
    flushed: &mut Vec<SyncSender<()>>,
) -> anyhow::Result<()> {
    let transaction = connection.transaction()?;
    for write in batch {
        match write {
            Write::Reply { at, status, entry } => {
                transaction
                    .prepare_cached("INSERT INTO replies (at, status, entry) VALUES (?1, ?2, ?3)")?
                    .execute(params![at as i64, status, entry])?;
            }
            Write::Unanswered {
                at,
                status,
                text,
                candidates,
            } => {
                transaction
                    .prepare_cached(
                        "INSERT INTO unanswered (at, status, text, candidates) VALUES (?1, ?2, ?3, ?4)",
                    )?
                    .execute(params![
                        at as i64,
                        status,
                        scrub(&text),
                        serde_json::to_string(&candidates)?
                    ])?;
            }
            Write::Vote { at, entry, helpful } => {
                transaction
                    .prepare_cached("INSERT INTO votes (at, entry, helpful) VALUES (?1, ?2, ?3)")?
                    .execute(params![at as i64, entry, helpful])?;
            }
            Write::Flush(done) => flushed.push(done),
        }
    }
    transaction.commit()?;
    Ok(())
}

/// Removes what could identify a person from a kept message: e-mail addresses, phone numbers
/// (7 or more digits), @usernames and links.
pub fn scrub(text: &str) -> String {
    // Phone numbers written with spaces ("+1 555 123 4567") span several words: first.
    let text = scrub_spaced_numbers(text);
    let mut out = Vec::new();
    for word in text.split_inclusive(char::is_whitespace) {
        let (core, space) = match word.char_indices().rev().find(|(_, c)| !c.is_whitespace()) {
            Some((i, c)) => word.split_at(i + c.len_utf8()),
            None => (word, ""),
        };
        let trimmed = core.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | ',' | '.' | '!' | '?' | ';' | ':' | '"' | '\''
            )
        });
        let digits = trimmed.chars().filter(char::is_ascii_digit).count();
        let replacement =
            if trimmed.contains('@') && trimmed.contains('.') && !trimmed.starts_with('@') {
                Some("[email]")
            } else if trimmed.starts_with('@') && trimmed.len() > 1 {
                Some("[username]")
            } else if trimmed.starts_with("http://")
                || trimmed.starts_with("https://")
                || trimmed.starts_with("www.")
                || trimmed.starts_with("t.me/")
            {
                Some("[link]")
            } else if digits >= 7
                && trimmed
                    .chars()
                    .all(|c| c.is_ascii_digit() || "+-() .".contains(c))
            {
                Some("[number]")
            } else {
                None
            };
        match replacement {
            Some(r) => {
                out.push(core.replace(trimmed, r));
                out.push(space.to_owned());
            }
            None => out.push(word.to_owned()),
        }
    }
    out.concat()
}

fn scrub_spaced_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let mut digits = 0;
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || " -().+".contains(chars[j])) {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                }
                j += 1;
            }
            // Keep the trailing space outside the number.
            let mut end = j;
            while end > start && !chars[end - 1].is_ascii_digit() && chars[end - 1] != ')' {
                end -= 1;
            }
            if digits >= 7 {
                out.push_str("[number]");
                i = end;
                continue;
            }
            out.extend(&chars[start..end.max(start + 1)]);
            i = end.max(start + 1);
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> Store {
        Store::in_memory(Duration::from_secs(30 * 86_400), true).unwrap()
    }

    #[test]
    fn a_burst_is_gathered_into_one_batch_that_stops_at_a_flush() {
        let reply = || Write::Reply {
            at: 0,
            status: "answered".into(),
            entry: None,
        };
        let (queue, pending) = mpsc::channel();
        for _ in 0..5 {
            queue.send(reply()).unwrap();
        }
        let (done, _wait) = mpsc::sync_channel(1);
        queue.send(Write::Flush(done)).unwrap();
        queue.send(reply()).unwrap();
        let batch = gather(reply(), &pending);
        assert_eq!(batch.len(), 7, "the first, five more and the flush");
        assert!(matches!(batch.last(), Some(Write::Flush(_))));
        drop(queue);
        assert_eq!(
            gather(reply(), &pending).len(),
            2,
            "what followed the flush"
        );
    }

    #[test]
    fn counts_votes_and_unanswered() {
        let s = store();
        s.record_reply("answered", Some("faq1")).unwrap();
        s.record_reply("answered", Some("faq1")).unwrap();
        s.record_reply("answered", Some("faq2")).unwrap();
        s.record_reply("crisis", None).unwrap();
        s.record_reply("no_match", None).unwrap();
        s.record_vote("faq1", true).unwrap();
        s.record_vote("faq2", false).unwrap();
        s.record_vote("faq2", false).unwrap();
        s.record_unanswered("no_match", "do you take insurance", &[("faq5".into(), 0.2)])
            .unwrap();
        let counts = s.counts_since(0).unwrap();
        assert_eq!((counts.answered, counts.crisis, counts.no_match), (3, 1, 1));
        assert_eq!(
            s.top_entries(0, 5).unwrap(),
            vec![("faq1".into(), 2), ("faq2".into(), 1)]
        );
        let votes = s.votes(0).unwrap();
        assert_eq!(
            votes[0],
            EntryVotes {
                entry: "faq2".into(),
                helpful: 0,
                not_helpful: 2
            }
        );
        let kept = s.unanswered(0, 10).unwrap();
        assert_eq!(kept[0].text, "do you take insurance");
        assert_eq!(kept[0].candidates, vec![("faq5".to_owned(), 0.2)]);
    }

    #[test]
    fn rows_queued_from_many_threads_are_all_written() {
        let s = std::sync::Arc::new(store());
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let s = std::sync::Arc::clone(&s);
                std::thread::spawn(move || {
                    for _ in 0..500 {
                        s.record_reply("answered", Some("faq1")).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(s.counts_since(0).unwrap().answered, 4_000);
    }

    #[test]
    fn texts_can_be_turned_off() {
        let s = Store::in_memory(Duration::from_secs(86_400), false).unwrap();
        s.record_unanswered("no_match", "anything", &[]).unwrap();
        assert!(s.unanswered(0, 10).unwrap().is_empty());
    }

    #[test]
    fn old_rows_are_purged() {
        let s = Store::in_memory(Duration::from_secs(10), true).unwrap();
        s.lock()
            .execute("INSERT INTO unanswered (at, status, text, candidates) VALUES (?1, 'no_match', 'old', '[]')", params![(now() - 100) as i64])
            .unwrap();
        s.record_unanswered("no_match", "new", &[]).unwrap();
        assert_eq!(s.purge().unwrap(), 1);
        let kept = s.unanswered(0, 10).unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].text, "new");
    }

    #[test]
    fn survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let s = Store::open(dir.path(), Duration::from_secs(86_400), true).unwrap();
            s.record_unanswered("no_match", "kept across restarts", &[])
                .unwrap();
        }
        let s = Store::open(dir.path(), Duration::from_secs(86_400), true).unwrap();
        assert_eq!(s.unanswered(0, 10).unwrap()[0].text, "kept across restarts");
    }

    #[test]
    fn scrubs_what_identifies_a_person() {
        assert_eq!(
            scrub(
                "mail me at john.doe@example.com or call +1 555-123-4567, I'm @johnny (see https://x.org/me)"
            ),
            "mail me at [email] or call [number], I'm [username] (see [link])"
        );
        assert_eq!(
            scrub("i used 2 grams on 3 days"),
            "i used 2 grams on 3 days"
        );
        assert_eq!(scrub("call 07700900123 now"), "call [number] now");
    }
}
