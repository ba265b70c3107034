//! Getting a reply to the person even when Telegram misbehaves.
//!
//! teloxide's `Bot` does not retry: a `sendMessage` that meets a dropped connection, a 5xx (which
//! teloxide first waits 10 s on) or a hung server fails for good. Here every request is tried
//! under a time limit, and retried with capped exponential backoff and jitter, a bounded number
//! of times; a 429 waits the `retry_after` Telegram asks for. A reply that still cannot be
//! delivered is logged as an error, without its text. Delivery is at least once: a request that
//! timed out may have arrived, and is sent again.

use std::future::Future;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::payloads::{EditMessageTextSetters, SendMessageSetters};
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode,
};

use crate::reply::{Button, Reply, TelegramMessage};

/// How hard to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries per request, the first included.
    pub attempts: u32,
    /// Wait after the first failure; doubled after each next one…
    pub first_backoff: Duration,
    /// …up to this.
    pub max_backoff: Duration,
    /// Longest wait for one answer from Telegram.
    pub attempt_timeout: Duration,
}

impl Default for RetryPolicy {
    /// About a minute in all before a reply is given up: 6 tries, 12 s each at most, waits of
    /// 0.5, 1, 2, 4, 8 s between them.
    fn default() -> Self {
        RetryPolicy {
            attempts: 6,
            first_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            attempt_timeout: Duration::from_secs(12),
        }
    }
}

/// Why a request failed for good.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Telegram refused it (a 4xx other than 429): retrying would not help.
    #[error("Telegram refused the request: {0}")]
    Refused(RequestError),
    /// Still failing after every attempt.
    #[error("gave up after {attempts} attempts; last error: {last}")]
    GaveUp { attempts: u32, last: String },
}

impl RetryPolicy {
    /// Runs `request` until it succeeds, fails for good, or runs out of attempts.
    pub async fn run<T, F, Fut>(&self, what: &str, mut request: F) -> Result<T, DeliveryError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        let mut backoff = self.first_backoff;
        let mut last = String::new();
        for attempt in 1..=self.attempts.max(1) {
            let wait = match tokio::time::timeout(self.attempt_timeout, request()).await {
                Ok(Ok(value)) => return Ok(value),
                Ok(Err(RequestError::RetryAfter(seconds))) => {
                    last = format!("429: retry after {} s", seconds.seconds());
                    seconds.duration()
                }
                Ok(Err(error)) if is_transient(&error) => {
                    last = error.to_string();
                    jitter(backoff)
                }
                Ok(Err(error)) => return Err(DeliveryError::Refused(error)),
                Err(_) => {
                    last = format!("no answer within {} s", self.attempt_timeout.as_secs_f32());
                    jitter(backoff)
                }
            };
            if attempt < self.attempts {
                tracing::warn!(
                    request = what,
                    attempt,
                    "Telegram request failed ({last}); retrying in {wait:?}"
                );
                tokio::time::sleep(wait).await;
                backoff = (backoff * 2).min(self.max_backoff);
            }
        }
        Err(DeliveryError::GaveUp {
            attempts: self.attempts,
            last,
        })
    }
}

/// Errors worth another try: the network, a server error, an unreadable (HTML) answer.
fn is_transient(error: &RequestError) -> bool {
    match error {
        RequestError::Network(_) | RequestError::Io(_) | RequestError::InvalidJson { .. } => true,
        RequestError::Api(teloxide::ApiError::Unknown(description)) => {
            let d = description.to_ascii_lowercase();
            [
                "internal",
                "gateway",
                "unavailable",
                "timeout",
                "timed out",
                "server",
                "too many",
            ]
            .iter()
            .any(|w| d.contains(w))
        }
        _ => false,
    }
}

/// `wait` ± up to 25 %, so that many chats retrying at once do not retry in step.
fn jitter(wait: Duration) -> Duration {
    let factor = 0.75 + fastrand::f64() * 0.5;
    wait.mul_f64(factor)
}

/// The inline keyboard of a message (`None` without buttons).
pub fn keyboard(buttons: &[Vec<Button>]) -> Option<InlineKeyboardMarkup> {
    if buttons.is_empty() {
        return None;
    }
    let rows: Vec<Vec<InlineKeyboardButton>> = buttons
        .iter()
        .map(|row| {
            row.iter()
                .filter_map(|button| match button {
                    Button::Url { label, url } => url::Url::parse(url)
                        .ok()
                        .map(|u| InlineKeyboardButton::url(label.clone(), u)),
                    Button::Callback { label, callback } => Some(InlineKeyboardButton::callback(
                        label.clone(),
                        callback.encode(),
                    )),
                })
                .collect()
        })
        .filter(|row: &Vec<InlineKeyboardButton>| !row.is_empty())
        .collect();
    Some(InlineKeyboardMarkup::new(rows))
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Sends one Telegram message, with retries.
pub async fn send_message<B: Requester>(
    bot: &B,
    policy: &RetryPolicy,
    chat: ChatId,
    message: &TelegramMessage,
) -> Result<Message, DeliveryError>
where
    B::Err: Into<RequestError>,
{
    let markup = keyboard(&message.buttons);
    policy
        .run("sendMessage", || {
            let mut request = bot
                .send_message(chat, message.html.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(markup) = &markup {
                request = request.reply_markup(markup.clone());
            }
            async move { request.await.map_err(Into::into) }
        })
        .await
}

/// Sends a whole reply (one message, or several for a long answer), in order.
pub async fn send_reply<B: Requester>(
    bot: &B,
    policy: &RetryPolicy,
    chat: ChatId,
    reply: &Reply,
) -> Result<(), DeliveryError>
where
    B::Err: Into<RequestError>,
{
    for message in reply.render_telegram() {
        send_message(bot, policy, chat, &message).await?;
    }
    Ok(())
}

/// Replaces a message's text and buttons (topic pages), with retries.
pub async fn edit_message<B: Requester>(
    bot: &B,
    policy: &RetryPolicy,
    chat: ChatId,
    id: MessageId,
    message: &TelegramMessage,
) -> Result<(), DeliveryError>
where
    B::Err: Into<RequestError>,
{
    let markup = keyboard(&message.buttons);
    policy
        .run("editMessageText", || {
            let mut request = bot
                .edit_message_text(chat, id, message.html.clone())
                .parse_mode(ParseMode::Html)
                .link_preview_options(no_preview());
            if let Some(markup) = &markup {
                request = request.reply_markup(markup.clone());
            }
            async move { request.await.map(|_| ()).map_err(Into::into) }
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    fn fast() -> RetryPolicy {
        RetryPolicy {
            attempts: 4,
            first_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(4),
            attempt_timeout: Duration::from_millis(50),
        }
    }

    fn io_error() -> RequestError {
        RequestError::Io(Arc::new(std::io::Error::other("connection reset")))
    }

    #[tokio::test]
    async fn transient_errors_are_retried_until_success() {
        let calls = AtomicU32::new(0);
        let result = fast()
            .run("test", || {
                let n = calls.fetch_add(1, Ordering::SeqCst);
                async move { if n < 2 { Err(io_error()) } else { Ok(n) } }
            })
            .await;
        assert_eq!(result.unwrap(), 2);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_hung_request_times_out_and_is_retried() {
        let calls = AtomicU32::new(0);
        let result = fast()
            .run("test", || {
                let n = calls.fetch_add(1, Ordering::SeqCst);
                async move {
                    if n == 0 {
                        tokio::time::sleep(Duration::from_secs(60)).await;
                    }
                    Ok::<_, RequestError>(n)
                }
            })
            .await;
        assert_eq!(result.unwrap(), 1);
    }

    #[tokio::test]
    async fn attempts_are_bounded() {
        let calls = AtomicU32::new(0);
        let result: Result<(), _> = fast()
            .run("test", || {
                calls.fetch_add(1, Ordering::SeqCst);
                async { Err(io_error()) }
            })
            .await;
        assert!(matches!(
            result,
            Err(DeliveryError::GaveUp { attempts: 4, .. })
        ));
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn refusals_are_not_retried() {
        let calls = AtomicU32::new(0);
        let result: Result<(), _> = fast()
            .run("test", || {
                calls.fetch_add(1, Ordering::SeqCst);
                async { Err(RequestError::Api(teloxide::ApiError::MessageTextIsEmpty)) }
            })
            .await;
        assert!(matches!(result, Err(DeliveryError::Refused(_))));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn keyboards_keep_rows_and_drop_bad_urls() {
        use crate::reply::Callback;
        let markup = keyboard(&[
            vec![
                Button::Callback {
                    label: "a".into(),
                    callback: Callback::Topics(1),
                },
                Button::Url {
                    label: "b".into(),
                    url: "https://example.org/".into(),
                },
            ],
            vec![Button::Url {
                label: "bad".into(),
                url: "not a url".into(),
            }],
        ])
        .unwrap();
        assert_eq!(markup.inline_keyboard.len(), 1);
        assert_eq!(markup.inline_keyboard[0].len(), 2);
        assert!(keyboard(&[]).is_none());
    }
}
