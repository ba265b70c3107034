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
//! lower (the two cores are busy long before 32 updates are in hand).
//!
//! How: [`ReadAhead::listener`] wraps the update listener and takes a slot before it pulls each
//! update; the handler tree's root ([`ReadAhead::slot`], in `handlers::tree`) puts a [`Slot`]
//! among the update's dependencies, and the slot is given back when the handling of that update
//! is over, whichever way it ends (answered, ignored, an error, a panic caught by the handler's
//! guard).
//!
//! What it costs: the bound is shared by all chats. Should one chat hold 32 updates at once
//! (32 messages sent faster than they are answered: under Telegram's limit of one message a
//! second per chat, half a minute of replies), the others wait until its replies go out.
//! teloxide alone has the same wait at 65 (its per-chat queue of 64 is full and the dispatcher
//! waits on it).

use std::sync::Arc;

use futures::{Stream, StreamExt};
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::Semaphore;

/// Updates read from Telegram and not yet answered, at most. Far more than two cores answer at
/// once (an answer is CPU for about 0.1 ms, then a wait for the Bot API), few enough that a
/// backlog costs about 2 MB of worker queues.
pub const READ_AHEAD: usize = 32;

/// The slots of one dispatcher run (none for a webhook: see [`ReadAhead::unbounded`]).
#[derive(Debug, Clone)]
pub struct ReadAhead {
    slots: Option<Arc<Semaphore>>,
}

/// One update being handled; its slot is given back when this is dropped.
#[derive(Debug)]
pub struct Slot {
    slots: Option<Arc<Semaphore>>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(slots) = &self.slots {
            slots.add_permits(1);
        }
    }
}

impl ReadAhead {
    /// At most `limit` updates pulled and not yet handled (long polling).
    pub fn new(limit: usize) -> ReadAhead {
        ReadAhead {
            slots: Some(Arc::new(Semaphore::new(limit))),
        }
    }

    /// No bound, for a webhook: Telegram pushes the updates and teloxide's webhook server
    /// queues each as it arrives, so holding them back here would only move where they wait.
    pub fn unbounded() -> ReadAhead {
        ReadAhead { slots: None }
    }

    /// Slots free now (`usize::MAX` when unbounded).
    pub fn free(&self) -> usize {
        self.slots
            .as_ref()
            .map_or(usize::MAX, |slots| slots.available_permits())
    }

    /// Wraps `listener` so that it pulls an update only when a slot is free.
    ///
    /// # Panics
    /// On an [`unbounded`](ReadAhead::unbounded) `ReadAhead`: a bug in the caller.
    pub fn listener<L: UpdateListener>(&self, listener: L) -> Bounded<L> {
        Bounded {
            inner: listener,
            slots: self
                .slots
                .clone()
                .expect("a bounded listener needs a bounded ReadAhead"),
        }
    }

    /// The slot of the update being handled (its slot was taken when it was pulled).
    pub fn slot(&self) -> Slot {
        Slot {
            slots: self.slots.clone(),
        }
    }
}

/// An update listener that waits for a free slot before pulling each update.
pub struct Bounded<L> {
    inner: L,
    slots: Arc<Semaphore>,
}

impl<L> UpdateListener for Bounded<L>
where
    L: UpdateListener + 'static,
    L::Err: 'static,
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
    L::Err: 'static,
{
    type StreamErr = L::Err;
    type Stream = std::pin::Pin<Box<dyn Stream<Item = Result<Update, L::Err>> + Send + 'a>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let slots = self.slots.clone();
        bounded(self.inner.as_stream(), slots).boxed()
    }
}

/// `updates`, each pulled only once a slot is free. A slot is kept for each update the
/// handler tree will see, and given back at once for what it will not (a listener error, or
/// an update teloxide could not parse, which the dispatcher drops before the handlers).
fn bounded<S, E>(updates: S, slots: Arc<Semaphore>) -> impl Stream<Item = Result<Update, E>> + Send
where
    S: Stream<Item = Result<Update, E>> + Send,
{
    futures::stream::unfold(
        (Box::pin(updates), slots),
        |(mut updates, slots)| async move {
            // The semaphore is never closed: `acquire` only waits.
            let slot = slots.clone().acquire_owned().await.ok()?;
            let update = updates.next().await?;
            if matches!(&update, Ok(u) if !matches!(u.kind, UpdateKind::Error(_))) {
                slot.forget();
            }
            Some((update, (updates, slots)))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn update(id: u32) -> Update {
        let json = serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id, "date": 0,
                "chat": {"id": 1, "type": "private", "first_name": "A"},
                "from": {"id": 1, "is_bot": false, "first_name": "A"},
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

    #[tokio::test]
    async fn pulls_no_more_than_the_free_slots_and_resumes_as_they_come_back() {
        let read_ahead = ReadAhead::new(3);
        let source = futures::stream::iter((0..10).map(|i| Ok::<_, ()>(update(i))));
        let mut updates = Box::pin(bounded(source, read_ahead.slots.clone().unwrap()));
        for _ in 0..3 {
            assert!(updates.next().await.unwrap().is_ok());
        }
        assert_eq!(read_ahead.free(), 0);
        let waiting = tokio::time::timeout(Duration::from_millis(50), updates.next()).await;
        assert!(
            waiting.is_err(),
            "a fourth update was pulled with no slot free"
        );

        // Handling one update ends: the waiting pull takes its slot.
        drop(read_ahead.slot());
        let next = tokio::time::timeout(Duration::from_secs(5), updates.next()).await;
        assert_eq!(next.unwrap().unwrap().unwrap().id.0, 3);
        assert_eq!(read_ahead.free(), 0);
    }

    #[tokio::test]
    async fn errors_and_unparsed_updates_keep_no_slot() {
        let read_ahead = ReadAhead::new(1);
        let mut unparsed = update(2);
        unparsed.kind = UpdateKind::Error(serde_json::json!({"strange": true}));
        let source = futures::stream::iter(vec![Err("network"), Ok(unparsed), Ok(update(3))]);
        let mut updates = Box::pin(bounded(source, read_ahead.slots.clone().unwrap()));
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
    async fn an_unbounded_slot_gives_nothing_back() {
        let read_ahead = ReadAhead::unbounded();
        drop(read_ahead.slot());
        assert_eq!(read_ahead.free(), usize::MAX);
    }

    #[tokio::test]
    async fn the_stream_ends_when_its_source_does() {
        let read_ahead = ReadAhead::new(4);
        let source = futures::stream::iter((0..2).map(|i| Ok::<_, ()>(update(i))));
        let pulled: Vec<_> = bounded(source, read_ahead.slots.clone().unwrap())
            .collect()
            .await;
        assert_eq!(pulled.len(), 2);
        assert_eq!(read_ahead.free(), 2);
    }
}
