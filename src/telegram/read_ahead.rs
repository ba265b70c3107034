//! Backpressure between Telegram and the dispatcher: at most [`READ_AHEAD`] updates are taken
//! from Telegram and not yet answered.
//!
//! teloxide's dispatcher reads updates as fast as `getUpdates` returns them and gives each chat
//! with updates in hand a worker whose queue starts with a block of 32 `Update`s (about 62 KB).
//! After an outage, or in a burst from many chats, Telegram can hold thousands of updates for
//! the bot: read all at once, they cost a worker queue per chat and about 2.5 KB per update, and
//! the allocator kept most of it after they were answered. With the bound, the rest waits at
//! Telegram (which keeps updates for 24 hours) and nothing is lost. Measured with the load test's
//! bot in its own process, 200 chats × 25 messages queued at once: resident size after the burst
//! 39.9–47.2 MB without a bound, 41.6–42.0 MB at 64, 37.4–37.6 MB at 32; answers a second no
//! lower (the two cores are busy long before 32 updates are in hand). Round 20 halved the bound
//! to 16 to pay for [`crate::allocator::MMAP_THRESHOLD`]'s 64 KB, which keeps those queue
//! blocks on the heap: with both, 37.9–38.9 MB after the same burst and 3,990–5,228 answers a
//! second, against 38.5–39.5 MB and 3,661–4,790 before (interleaved runs, one machine); at 24
//! and 32 with the 64 KB threshold, 39.2–40.2 and 41.5–42.5 MB.
//!
//! How: [`ReadAhead::listener`] wraps the update listener and takes a slot before it pulls each
//! update; the handler tree's root ([`ReadAhead::slot`], in `handlers::tree`) puts a [`Slot`]
//! among the update's dependencies, and the slot is given back when the handling of that update
//! is over, whichever way it ends (answered, ignored, an error, a panic caught by the handler's
//! guard).
//!
//! Fair to every chat: one chat has at most [`PER_CHAT`] updates in hand. Its later updates
//! wait in the listener, in order, while other chats' updates go past them, so a person who
//! forwards forty messages at once (under Telegram's limit of one message a second per chat,
//! forty seconds of replies) holds up no one else. teloxide alone would read all forty into
//! that chat's queue. Updates waiting their chat's turn are bounded too ([`WAITING`], about
//! 2.5 KB each): past that, the listener pulls nothing more until a turn comes. When the
//! listener stops (shutdown), the waiting updates are still handed over: Telegram counts them as
//! delivered, so they are answered, not lost.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use futures::{Stream, StreamExt};
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, ChatId, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::{Notify, Semaphore};

/// Updates read from Telegram and not yet answered, at most. Far more than two cores answer at
/// once (an answer is CPU for about 0.1 ms, then a wait for the Bot API: 16 in hand at a 200 ms
/// round trip to Telegram still make 80 replies a second, Telegram takes 30), few enough that a
/// backlog costs about 1 MB of worker queues.
pub const READ_AHEAD: usize = 16;

/// Updates of one chat in hand at most (teloxide answers a chat's messages one after another,
/// so more would only wait in its queue). Two: the next message is ready when the reply to one
/// is sent, and a chat whose replies wait out Telegram's one message a second per chat holds
/// an eighth of [`READ_AHEAD`], not a quarter.
pub const PER_CHAT: usize = 2;

/// Updates waiting for their chat's turn, at most.
pub const WAITING: usize = 1024;

/// The slots of one dispatcher run (none for a webhook: see [`ReadAhead::unbounded`]).
#[derive(Debug, Clone)]
pub struct ReadAhead {
    gate: Option<Arc<Gate>>,
}

/// What the listener and the handlers share.
#[derive(Debug)]
struct Gate {
    slots: Semaphore,
    in_hand: Mutex<HashMap<ChatId, usize>>,
    /// A slot was given back: a waiting update may have its turn.
    given_back: Notify,
    per_chat: usize,
    waiting: usize,
}

impl Gate {
    fn in_hand(&self) -> std::sync::MutexGuard<'_, HashMap<ChatId, usize>> {
        // A panic while holding this lock cannot leave the counts half-changed.
        self.in_hand
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn has_room(&self, chat: Option<ChatId>) -> bool {
        chat.is_none_or(|chat| self.in_hand().get(&chat).copied().unwrap_or(0) < self.per_chat)
    }

    fn take(&self, chat: Option<ChatId>) {
        if let Some(chat) = chat {
            *self.in_hand().entry(chat).or_insert(0) += 1;
        }
    }

    fn give_back(&self, chat: Option<ChatId>) {
        if let Some(chat) = chat {
            let mut in_hand = self.in_hand();
            if let Some(count) = in_hand.get_mut(&chat) {
                *count -= 1;
                if *count == 0 {
                    in_hand.remove(&chat);
                }
            }
        }
        self.slots.add_permits(1);
        self.given_back.notify_one();
    }
}

/// The chat an update belongs to, as teloxide's dispatcher keys its per-chat workers.
fn chat_of(update: &Update) -> Option<ChatId> {
    update.chat().map(|chat| chat.id)
}

/// One update being handled; its slot is given back when this is dropped.
#[derive(Debug)]
pub struct Slot {
    gate: Option<Arc<Gate>>,
    chat: Option<ChatId>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(gate) = &self.gate {
            gate.give_back(self.chat);
        }
    }
}

impl ReadAhead {
    /// [`READ_AHEAD`] updates in hand, [`PER_CHAT`] of one chat, [`WAITING`] waiting their turn.
    pub fn new() -> ReadAhead {
        ReadAhead::with_limits(READ_AHEAD, PER_CHAT, WAITING)
    }

    /// At most `limit` updates in hand, `per_chat` of one chat, `waiting` held back for their
    /// chat's turn.
    pub fn with_limits(limit: usize, per_chat: usize, waiting: usize) -> ReadAhead {
        ReadAhead {
            gate: Some(Arc::new(Gate {
                slots: Semaphore::new(limit),
                in_hand: Mutex::new(HashMap::new()),
                given_back: Notify::new(),
                per_chat: per_chat.max(1),
                waiting,
            })),
        }
    }

    /// No bound, for a webhook: Telegram pushes the updates and teloxide's webhook server
    /// queues each as it arrives, so holding them back here would only move where they wait.
    pub fn unbounded() -> ReadAhead {
        ReadAhead { gate: None }
    }

    /// Slots free now (`usize::MAX` when unbounded).
    pub fn free(&self) -> usize {
        self.gate
            .as_ref()
            .map_or(usize::MAX, |gate| gate.slots.available_permits())
    }

    /// Wraps `listener` so that it hands over an update only when a slot is free and its chat
    /// has room.
    ///
    /// # Panics
    /// On an [`unbounded`](ReadAhead::unbounded) `ReadAhead`: a bug in the caller.
    pub fn listener<L: UpdateListener>(&self, listener: L) -> Bounded<L> {
        Bounded {
            inner: listener,
            gate: self
                .gate
                .clone()
                .expect("a bounded listener needs a bounded ReadAhead"),
        }
    }

    /// The slot of `update`, being handled (taken when the listener handed it over).
    pub fn slot(&self, update: &Update) -> Slot {
        Slot {
            gate: self.gate.clone(),
            chat: chat_of(update),
        }
    }
}

impl Default for ReadAhead {
    fn default() -> ReadAhead {
        ReadAhead::new()
    }
}

/// An update listener that hands over each update only when a slot is free and its chat has
/// room.
pub struct Bounded<L> {
    inner: L,
    gate: Arc<Gate>,
}

impl<L> UpdateListener for Bounded<L>
where
    L: UpdateListener + 'static,
    L::Err: Send + 'static,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint)
    }
}

impl<'a, L> AsUpdateStream<'a> for Bounded<L>
where
    L: UpdateListener + 'static,
    L::Err: Send + 'static,
{
    type StreamErr = L::Err;
    type Stream = std::pin::Pin<Box<dyn Stream<Item = Result<Update, L::Err>> + Send + 'a>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        bounded(self.inner.as_stream(), self.gate.clone()).boxed()
    }
}

/// The listener's side: what it has pulled and is holding back.
struct Pulling<S> {
    updates: std::pin::Pin<Box<S>>,
    gate: Arc<Gate>,
    waiting: VecDeque<Update>,
    ended: bool,
}

impl<S, E> Pulling<S>
where
    S: Stream<Item = Result<Update, E>>,
{
    /// The next update to hand over, with its slot taken: a waiting one whose chat has room
    /// (oldest first), else a new one. Listener errors and updates teloxide could not parse
    /// (which the dispatcher drops before the handlers) take no slot.
    async fn next(&mut self) -> Option<Result<Update, E>> {
        loop {
            // The semaphore is never closed: `acquire` only waits.
            let slot = self.gate.slots.acquire().await.ok()?;
            let turn = self
                .waiting
                .iter()
                .position(|update| self.gate.has_room(chat_of(update)));
            if let Some(index) = turn.or(if self.ended { Some(0) } else { None }) {
                if let Some(update) = self.waiting.remove(index) {
                    slot.forget();
                    self.gate.take(chat_of(&update));
                    return Some(Ok(update));
                }
                return None; // ended, and nothing waits
            }
            if self.waiting.len() >= self.gate.waiting {
                drop(slot);
                self.gate.given_back.notified().await;
                continue;
            }
            let pulled = if self.waiting.is_empty() {
                self.updates.next().await
            } else {
                // A reply done may give a waiting update its turn before Telegram sends
                // anything new: stop listening then (the listener keeps its request in flight).
                tokio::select! {
                    biased;
                    pulled = self.updates.next() => pulled,
                    () = self.gate.given_back.notified() => continue,
                }
            };
            match pulled {
                None => {
                    self.ended = true;
                    continue;
                }
                Some(Ok(update)) if !matches!(update.kind, UpdateKind::Error(_)) => {
                    let chat = chat_of(&update);
                    let behind = chat.is_some()
                        && self.waiting.iter().any(|waiting| chat_of(waiting) == chat);
                    if behind || !self.gate.has_room(chat) {
                        self.waiting.push_back(update);
                        continue;
                    }
                    slot.forget();
                    self.gate.take(chat);
                    return Some(Ok(update));
                }
                other => return other,
            }
        }
    }
}

/// `updates`, handed over as [`Pulling::next`] says.
fn bounded<S, E>(updates: S, gate: Arc<Gate>) -> impl Stream<Item = Result<Update, E>> + Send
where
    S: Stream<Item = Result<Update, E>> + Send,
    E: Send,
{
    let pulling = Pulling {
        updates: Box::pin(updates),
        gate,
        waiting: VecDeque::new(),
        ended: false,
    };
    futures::stream::unfold(pulling, |mut pulling| async move {
        let update = pulling.next().await?;
        Some((update, pulling))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn update_in(chat: i64, id: u32) -> Update {
        let json = serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id, "date": 0,
                "chat": {"id": chat, "type": "private", "first_name": "A"},
                "from": {"id": chat, "is_bot": false, "first_name": "A"},
                "text": "hi"
            }
        });
        let update: Update = serde_json::from_str(&json.to_string()).unwrap();
        assert!(
            !matches!(update.kind, UpdateKind::Error(_)),
            "the test's update did not parse: {:?}",
            update.kind
        );
        update
    }

    fn update(id: u32) -> Update {
        update_in(1_000 + i64::from(id), id)
    }

    fn gate(read_ahead: &ReadAhead) -> Arc<Gate> {
        read_ahead.gate.clone().unwrap()
    }

    async fn next_soon<S: Stream + Unpin>(updates: &mut S) -> Option<S::Item> {
        tokio::time::timeout(Duration::from_millis(50), updates.next())
            .await
            .ok()
            .flatten()
    }

    fn id_of(item: Option<Result<Update, ()>>) -> u32 {
        item.expect("an update").expect("not an error").id.0
    }

    #[tokio::test]
    async fn hands_over_no_more_than_the_free_slots_and_resumes_as_they_come_back() {
        let read_ahead = ReadAhead::with_limits(3, 4, 100);
        let source = futures::stream::iter((0..10).map(|i| Ok::<_, ()>(update(i))));
        let mut updates = Box::pin(bounded(source, gate(&read_ahead)));
        for _ in 0..3 {
            assert!(updates.next().await.unwrap().is_ok());
        }
        assert_eq!(read_ahead.free(), 0);
        assert!(
            next_soon(&mut updates).await.is_none(),
            "a fourth update was handed over with no slot free"
        );

        // Handling one update ends: the waiting pull takes its slot.
        drop(read_ahead.slot(&update(0)));
        let next = tokio::time::timeout(Duration::from_secs(5), updates.next()).await;
        assert_eq!(next.unwrap().unwrap().unwrap().id.0, 3);
        assert_eq!(read_ahead.free(), 0);
    }

    #[tokio::test]
    async fn errors_and_unparsed_updates_keep_no_slot() {
        let read_ahead = ReadAhead::with_limits(1, 4, 100);
        let mut unparsed = update(2);
        unparsed.kind = UpdateKind::Error(serde_json::json!({"strange": true}));
        let source = futures::stream::iter(vec![Err("network"), Ok(unparsed), Ok(update(3))]);
        let mut updates = Box::pin(bounded(source, gate(&read_ahead)));
        assert!(updates.next().await.unwrap().is_err());
        assert_eq!(read_ahead.free(), 1);
        assert!(updates.next().await.unwrap().is_ok());
        assert_eq!(
            read_ahead.free(),
            1,
            "the dispatcher drops unparsed updates"
        );
        assert!(updates.next().await.unwrap().is_ok());
        assert_eq!(read_ahead.free(), 0);
    }

    #[tokio::test]
    async fn a_chat_sending_many_holds_up_no_other_chat_and_keeps_its_order() {
        let read_ahead = ReadAhead::with_limits(8, 2, 100);
        // Chat 1 sends ten messages, then chat 2 one.
        let mut items: Vec<_> = (0..10).map(|i| Ok::<_, ()>(update_in(1, i))).collect();
        items.push(Ok(update_in(2, 10)));
        // A listener that goes on listening (one that ends hands over everything waiting).
        let source = futures::stream::iter(items).chain(futures::stream::pending());
        let mut updates = Box::pin(bounded(source, gate(&read_ahead)));
        assert_eq!(id_of(updates.next().await), 0);
        assert_eq!(id_of(updates.next().await), 1);
        assert_eq!(
            id_of(updates.next().await),
            10,
            "chat 2 goes past chat 1's queue"
        );
        assert!(
            next_soon(&mut updates).await.is_none(),
            "chat 1 has no room"
        );

        // Chat 1's first reply is done: its next update, in order.
        drop(read_ahead.slot(&update_in(1, 0)));
        assert_eq!(id_of(next_soon(&mut updates).await), 2);
        drop(read_ahead.slot(&update_in(1, 1)));
        drop(read_ahead.slot(&update_in(1, 2)));
        assert_eq!(id_of(next_soon(&mut updates).await), 3);
        assert_eq!(id_of(next_soon(&mut updates).await), 4);
    }

    #[tokio::test]
    async fn a_full_waiting_line_stops_the_pulling_until_a_turn_comes() {
        let read_ahead = ReadAhead::with_limits(8, 1, 3);
        let mut items: Vec<_> = (0..10).map(|i| Ok::<_, ()>(update_in(1, i))).collect();
        items.push(Ok(update_in(2, 10)));
        let pulled = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = pulled.clone();
        let source = futures::stream::iter(items).inspect(move |_| {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut updates = Box::pin(bounded(source, gate(&read_ahead)));
        assert_eq!(id_of(updates.next().await), 0);
        assert!(next_soon(&mut updates).await.is_none());
        // One handed over, three waiting: nothing more was pulled.
        assert_eq!(pulled.load(std::sync::atomic::Ordering::SeqCst), 4);
        drop(read_ahead.slot(&update_in(1, 0)));
        assert_eq!(id_of(next_soon(&mut updates).await), 1);
    }

    #[tokio::test]
    async fn waiting_updates_are_handed_over_when_the_listener_stops() {
        let read_ahead = ReadAhead::with_limits(8, 1, 100);
        let source = futures::stream::iter((0..4).map(|i| Ok::<_, ()>(update_in(1, i))));
        let pulled: Vec<u32> = bounded(source, gate(&read_ahead))
            .map(|item| item.unwrap().id.0)
            .collect()
            .await;
        assert_eq!(pulled, vec![0, 1, 2, 3], "in order, none lost");
    }

    #[tokio::test]
    async fn an_unbounded_slot_gives_nothing_back() {
        let read_ahead = ReadAhead::unbounded();
        drop(read_ahead.slot(&update(0)));
        assert_eq!(read_ahead.free(), usize::MAX);
    }

    #[tokio::test]
    async fn counts_come_back_to_nothing() {
        let read_ahead = ReadAhead::with_limits(4, 2, 100);
        let source = futures::stream::iter((0..3).map(|i| Ok::<_, ()>(update_in(7, i))));
        let mut updates = Box::pin(bounded(source, gate(&read_ahead)));
        let first = updates.next().await.unwrap().unwrap();
        let second = updates.next().await.unwrap().unwrap();
        drop(read_ahead.slot(&first));
        drop(read_ahead.slot(&second));
        let third = updates.next().await.unwrap().unwrap();
        drop(read_ahead.slot(&third));
        assert!(updates.next().await.is_none());
        assert_eq!(read_ahead.free(), 4);
        assert!(gate(&read_ahead).in_hand().is_empty());
    }
}
