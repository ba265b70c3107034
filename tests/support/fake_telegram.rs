//! A fake Telegram Bot API server for end-to-end tests, strict the way Telegram is.
//!
//! Start it, point the real bot at it (`TELOXIDE_API_URL` = [`FakeTelegram::url`], token
//! [`TOKEN`]), play the users' side with `send_*`/`press_button`, and check what the bot did with
//! [`FakeTelegram::wait_for_messages`], [`FakeTelegram::sent_messages`],
//! [`FakeTelegram::requests`] and [`FakeTelegram::rejected`]. Nothing here contacts the real
//! Telegram: the server listens on `127.0.0.1:<random port>`.
//!
//! ```ignore
//! let tg = FakeTelegram::start().await;
//! let bot = teloxide::Bot::new(fake_telegram::TOKEN).set_api_url(tg.url().parse().unwrap());
//! // … run the bot's dispatcher with `bot` in a task …
//! tg.send_text(42, "How do I book a visit?");
//! let replies = tg.wait_for_messages(42, 1, Duration::from_secs(10)).await;
//! assert!(replies[0].text.contains("visit"));
//! assert!(tg.rejected().is_empty(), "{:#?}", tg.rejected());
//! ```
//!
//! # Wire format (what teloxide 0.17 / teloxide-core 0.13 does)
//! * Every call is `POST /bot<token>/<Method>` with a JSON body; teloxide spells the method in
//!   PascalCase (`GetMe`, `GetUpdates`, `SendMessage`), Telegram's docs in camelCase. Method names
//!   are matched case-insensitively here, and recorded under Telegram's camelCase spelling.
//! * Answers are `{"ok":true,"result":…}` or `{"ok":false,"error_code":N,"description":"…"}`
//!   (plus `"parameters":{"retry_after":N}` on 429). teloxide maps the description text to its
//!   `ApiError` variants, so the descriptions below are Telegram's own strings where known.
//! * A wrong token gets 401 `Unauthorized` (teloxide: `ApiError::InvalidToken`); an unknown
//!   method or path gets 404 `Not Found` (teloxide also calls that `InvalidToken`).
//! * `multipart/form-data` is read for its text fields (teloxide sends setWebhook that way); file
//!   uploads are refused with 400; JSON, form-urlencoded
//!   and query-string parameters are accepted.
//!
//! # What teloxide 0.17 was seen doing against this fake (tests in the scratch crate)
//! * `Dispatcher::dispatch()` sends `GetWebhookInfo` (and `DeleteWebhook` only if a URL is set)
//!   *before* `GetMe`, then `GetUpdates` with `timeout` 10 and `offset` = last id + 1. On
//!   shutdown it drops its in-flight long poll (hyper then drops the handler: recorded here as
//!   [`STATUS_ABANDONED`]) and sends `GetUpdates` with `timeout` 0, `limit` 1 to confirm the last
//!   update, so nothing is delivered twice after a restart.
//! * 429: a plain `Bot` returns `RequestError::RetryAfter(Seconds)` and does not retry; the
//!   `Throttle` adaptor waits `retry_after` and sends again (and keeps within the limits above).
//! * 5xx: teloxide-core sleeps 10 s before reading the body, then returns
//!   `RequestError::InvalidJson` for an HTML page (or the `ApiError` of a JSON body). No retry.
//! * A dropped connection: `RequestError::Network` at once ("connection reset by peer"), no retry.
//!   A message may still have gone out ([`Fault::DropConnectionAfterProcessing`]).
//! * A wrong token: `ApiError::InvalidToken`; a message too long: `ApiError::MessageIsTooLong`;
//!   bad HTML: `ApiError::CantParseEntities(description)`; 65-byte `callback_data`:
//!   `ApiError::ButtonDataInvalid`; unknown chat: `ApiError::ChatNotFound`; a second
//!   `answerCallbackQuery`: `ApiError::InvalidQueryId`; an edit changing nothing:
//!   `ApiError::MessageNotModified`. Descriptions teloxide does not know (e.g.
//!   `BOT_COMMAND_INVALID`) come back as `ApiError::Unknown(description)`.
//!
//! # What is validated (answers are HTTP 400 `Bad Request: …` like Telegram's)
//! * `sendMessage`/`editMessageText`: `chat_id` must be a chat seen in an update ("chat not
//!   found"); `text` must be non-empty after entity parsing and trimming ("message text is
//!   empty"); at most 4096 UTF-16 code units after parsing ("message is too long", for edits
//!   "MESSAGE_TOO_LONG"). `parse_mode` `HTML` is parsed like Telegram ([`parse_html`]): tags b,
//!   strong, i, em, u, ins, s, strike, del, a (href required, absolute http/https/tg URL), code,
//!   pre, span class="tg-spoiler", tg-spoiler, blockquote (optionally `expandable`), tg-emoji
//!   (numeric emoji-id); tags must nest and close; attribute values must be quoted; only the
//!   entities `&lt; &gt; &amp; &quot;` and numeric `&#…;`/`&#x…;` are allowed. Errors read
//!   "Bad Request: can't parse entities: …". Two deliberate differences from Telegram, both
//!   stricter, because Telegram's documentation requires them even where its parser forgives:
//!   a bare `&` and unquoted attribute values are rejected. `MarkdownV2` and legacy `Markdown`
//!   are parsed too ([`parse_markdown_v2`], [`parse_markdown`]), reserved characters and all.
//! * `reply_markup.inline_keyboard`: each button needs non-empty text ("BUTTON_TEXT_INVALID") and
//!   exactly one action; `callback_data` 1..=64 bytes ("BUTTON_DATA_INVALID"); `url` absolute
//!   http/https/tg ("BUTTON_URL_INVALID"); a button without action is "can't parse inline
//!   keyboard button: Text buttons are unallowed in the inline keyboard"; at most 100 buttons.
//! * `reply_parameters.message_id`/`reply_to_message_id` must exist in the chat ("message to be
//!   replied not found") unless `allow_sending_without_reply`.
//! * `editMessageText`/`editMessageReplyMarkup`: the message must exist ("message to edit not
//!   found"), be the bot's ("message can't be edited"), and change ("message is not modified: …").
//!   Leaving out `reply_markup` in an edit removes the keyboard, as in Telegram.
//! * `answerCallbackQuery`: the id must have been issued by `press_button*` and not answered yet
//!   ("query is too old and response timeout expired or query id is invalid"); text ≤ 200 chars.
//! * `setMyCommands`: 1-32 chars of `[a-z0-9_]` ("BOT_COMMAND_INVALID"), description 1-256 chars
//!   ("BOT_COMMAND_DESCRIPTION_INVALID"), ≤ 100 commands, chats in a scope must be known. Command
//!   lists are kept per (scope, language_code): see [`FakeTelegram::commands_for`].
//! * `getUpdates`: long polling honoured (held up to `timeout` s until an update arrives),
//!   `offset` confirms (drops) older updates, a negative offset keeps only the last `-offset`,
//!   `limit` honoured, `allowed_updates` ignored. A second concurrent `getUpdates` ends the first
//!   with 409 "Conflict: terminated by other getUpdates request; …" and getUpdates while a webhook
//!   is set is 409 too, like Telegram.
//! * `sendChatAction`: known chat, a valid action. `deleteMessage`: the message must exist.
//! * Rate limits ([`FakeConfig::rate_limit`], on by default) on `sendMessage`: per chat a token
//!   bucket of [`FakeConfig::chat_burst`] messages refilled at 1 per second, per group
//!   [`FakeConfig::group_messages_per_minute`], overall [`FakeConfig::messages_per_second`]
//!   (forgiving [`FakeConfig::clock_tolerance`] of clock skew between sender and fake);
//!   exceeding answers 429 "Too Many Requests: retry after N" with `parameters.retry_after`.
//!   teloxide's `Throttle` adaptor stays inside these limits; a plain `Bot` bursting does not.
//! * Privacy mode ([`FakeConfig::privacy_mode`], on by default as for a new bot): group messages
//!   reach the bot only if they are commands (`/cmd` or `/cmd@<bot username>`) or replies to the
//!   bot's messages; the others get a message id but no update.
//!
//! Also supported: `getMe`, `deleteWebhook` (with `drop_pending_updates`), `setWebhook`,
//! `getWebhookInfo`, `getMyCommands`, `deleteMyCommands`, `close`, `logOut`. Anything else is
//! answered 404 and logged to stderr, so it shows in [`FakeTelegram::rejected`].
//!
//! # Faults
//! [`FakeTelegram::inject`] makes the next `times` calls of a method (or of any method, with
//! `"*"`) fail, whatever the method, `getMe` and `getUpdates` included, before the token is even
//! checked (they stand for the network and the proxies in front of Telegram):
//! * [`Fault::TooManyRequests`]: 429 with `parameters.retry_after`.
//! * [`Fault::Status`]: any status and body, e.g. [`Fault::bad_gateway`] (nginx's HTML 502 page).
//!   Note that teloxide-core sleeps 10 s before reading any 5xx answer, then fails with
//!   `InvalidJson` for an HTML body.
//! * [`Fault::DropConnection`]: the TCP connection is closed (reset) without any HTTP answer and
//!   the request is not processed; the client sees a connection error (teloxide:
//!   `RequestError::Network`), never a status. Implementation: the server runs `axum::serve` on a
//!   custom [`axum::serve::Listener`] whose connections are wrapped in an IO type with a shared
//!   kill switch; each request learns its connection's switch through `ConnectInfo`. Throwing it
//!   makes every later read/write on the socket fail (after setting `SO_LINGER` to 0 so that
//!   closing sends a RST), so hyper drops the connection without writing a byte.
//! * [`Fault::DropConnectionAfterProcessing`]: the request *is* carried out (the message is sent),
//!   then the connection is dropped: the "did my message go out?" case.
//! * [`Fault::Delay`]: the answer is held that long, then the request is processed normally.
//!
//! Injected faults are recorded in [`FakeTelegram::requests`] with `injected` set, and are not
//! listed by [`FakeTelegram::rejected`], which is for requests that the bot got wrong.
//!
//! # The users' side
//! Private chats have positive ids and the user id equals the chat id. Negative ids are groups
//! (ids ≤ -1_000_000_000_000 are supergroups); media helpers used on a group send as
//! [`GROUP_USER_ID`]. Channels are made by [`FakeTelegram::send_channel_post`]. Messages sent by
//! users carry `entities` for `/commands` (`bot_command`), `@mentions`, `#hashtags` and
//! `http(s)://` URLs with UTF-16 offsets, as Telegram adds them. Message ids grow per chat,
//! shared by both sides. Update ids start at 1.
//!
//! Every public method that takes `&self` and is not `async` only touches in-memory state and
//! can be called from anywhere; the `wait_*` methods panic with a report of what was received.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::extract::connect_info::{ConnectInfo, Connected};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::serve::{IncomingStream, Listener};
use serde_json::{Map, Value, json};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

pub use super::telegram_text::{
    Entity, ParsedText, parse_html, parse_markdown, parse_markdown_v2, valid_url,
};

/// The only token the fake accepts (well-formed like a real one).
pub const TOKEN: &str = "123456:TEST-token-abc";
/// The bot's user id (the number before the colon in [`TOKEN`]).
pub const BOT_ID: i64 = 123456;
/// The sender of media and other helper messages sent into group chats.
pub const GROUP_USER_ID: i64 = 777;
/// [`RecordedRequest::status`] of a request whose client went away before it was answered.
pub const STATUS_ABANDONED: u16 = 499;
/// Telegram's limit on a message's text, in UTF-16 code units after entity parsing.
pub const MAX_TEXT_UTF16: usize = 4096;

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
                            markup are exactly the same as a current content and reply markup \
                            of the message";
const QUERY_INVALID: &str = "query is too old and response timeout expired or query id is invalid";

/// A fault to inject into the next calls of a method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 `Too Many Requests: retry after N` with `parameters.retry_after = N`.
    TooManyRequests { retry_after: u32 },
    /// Any status with this body (`application/json` if it starts with `{`, else `text/html`).
    Status { code: u16, body: String },
    /// Close the TCP connection without an HTTP answer; the request is not processed.
    DropConnection,
    /// Process the request (e.g. really send the message), then close the connection unanswered.
    DropConnectionAfterProcessing,
    /// Hold the answer this long, then process the request normally.
    Delay(Duration),
}

impl Fault {
    /// nginx's 502 page, as Telegram's front ends send it.
    pub fn bad_gateway() -> Fault {
        Fault::Status {
            code: 502,
            body: "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center>\
                   <h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n\
                   </body>\r\n</html>\r\n"
                .to_owned(),
        }
    }

    /// A Bot API error answer, e.g. `Fault::api_error(403, "Forbidden: bot was blocked by the user")`.
    pub fn api_error(code: u16, description: &str) -> Fault {
        Fault::Status {
            code,
            body: json!({"ok": false, "error_code": code, "description": description}).to_string(),
        }
    }
}

/// How strict the fake is. `FakeConfig::default()` is Telegram as a new bot sees it.
#[derive(Clone, Debug)]
pub struct FakeConfig {
    /// Enforce Telegram-like flood limits on `sendMessage` (429 with `retry_after`).
    pub rate_limit: bool,
    /// Per chat: a bucket of this many messages, refilled at one per second (Telegram allows short
    /// bursts above its 1 message/s per chat).
    pub chat_burst: u32,
    /// Per group or supergroup: at most this many messages in any 60 s.
    pub group_messages_per_minute: u32,
    /// Overall: at most this many messages in any 1 s.
    pub messages_per_second: u32,
    /// How much the overall window forgives a sender's clock. `Throttle` counts a message when it
    /// releases it; the fake counts it when it arrives, which on a loaded machine running bot and
    /// fake on a few threads can be hundreds of milliseconds later. A message stops counting
    /// against [`FakeConfig::messages_per_second`] this much before its second is up. A burst
    /// still trips the limit: everything sent at once arrives within the shortened window.
    pub clock_tolerance: Duration,
    /// Group privacy mode (BotFather's default): the bot only gets commands and replies to it.
    pub privacy_mode: bool,
    /// The bot's username (without `@`).
    pub bot_username: String,
    /// The bot's first name.
    pub bot_first_name: String,
}

impl Default for FakeConfig {
    fn default() -> Self {
        FakeConfig {
            rate_limit: true,
            chat_burst: 3,
            group_messages_per_minute: 20,
            messages_per_second: 30,
            clock_tolerance: Duration::from_millis(400),
            privacy_mode: true,
            bot_username: "faqbot_test_bot".to_owned(),
            bot_first_name: "FAQ Test Bot".to_owned(),
        }
    }
}

/// An inline keyboard button as the bot sent it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub text: String,
    pub callback_data: Option<String>,
    pub url: Option<String>,
}

impl Entity {
    fn to_json(&self) -> Value {
        let mut v = json!({"type": self.kind, "offset": self.offset, "length": self.length});
        if let Some(url) = &self.url {
            v["url"] = json!(url);
        }
        if let Some(language) = &self.language {
            v["language"] = json!(language);
        }
        if let Some(id) = &self.custom_emoji_id {
            v["custom_emoji_id"] = json!(id);
        }
        v
    }
}

/// A message the bot sent (`sendMessage`) or changed (`editMessageText`,
/// `editMessageReplyMarkup`), as accepted by the fake.
#[derive(Clone, Debug)]
pub struct SentMessage {
    /// `sendMessage`, `editMessageText` or `editMessageReplyMarkup`.
    pub method: String,
    pub chat_id: i64,
    pub message_id: i64,
    /// The text as the person sees it: tags stripped, entities decoded, ends trimmed.
    pub text: String,
    /// The `text` parameter exactly as sent.
    pub html: String,
    pub parse_mode: Option<String>,
    pub entities: Vec<Entity>,
    /// The inline keyboard (empty if none).
    pub buttons: Vec<Vec<Button>>,
    /// `reply_markup` as sent (inline keyboard, reply keyboard, remove_keyboard, force_reply).
    pub reply_markup: Option<Value>,
    /// The message this one replies to.
    pub reply_to: Option<i64>,
    pub edited: bool,
    pub at: Instant,
}

impl SentMessage {
    /// Every button's `callback_data`, row by row.
    pub fn callback_data(&self) -> Vec<String> {
        self.buttons
            .iter()
            .flatten()
            .filter_map(|b| b.callback_data.clone())
            .collect()
    }

    /// The first button with this text.
    pub fn button(&self, text: &str) -> Option<&Button> {
        self.buttons.iter().flatten().find(|b| b.text == text)
    }

    /// The texts of entities of one kind (e.g. `"bold"`).
    pub fn entity_texts(&self, kind: &str) -> Vec<String> {
        self.entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.slice(&self.text))
            .collect()
    }
}

/// An accepted `answerCallbackQuery`.
#[derive(Clone, Debug)]
pub struct CallbackAnswer {
    pub callback_query_id: String,
    /// The chat and message whose button was pressed.
    pub chat_id: i64,
    pub message_id: i64,
    pub text: Option<String>,
    pub show_alert: bool,
    pub url: Option<String>,
    pub at: Instant,
}

/// One HTTP request the fake received and how it answered.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// Telegram's camelCase name for known methods (`sendMessage`), else as sent.
    pub method: String,
    /// The method as it appeared in the URL (teloxide: `SendMessage`).
    pub raw_method: String,
    pub chat_id: Option<i64>,
    /// The HTTP status answered; 0 when a fault dropped the connection, [`STATUS_ABANDONED`]
    /// (499) when the client went away before the answer (e.g. a long poll it gave up).
    pub status: u16,
    /// The error description, for error answers.
    pub description: Option<String>,
    /// The parameters (JSON body, form or query), `Null` if they could not be read.
    pub params: Value,
    /// The fault injected into this request, if any.
    pub injected: Option<Fault>,
    pub received: Instant,
    pub answered: Instant,
}

impl RecordedRequest {
    pub fn is_error(&self) -> bool {
        self.status != 200
    }
}

/// One command of a `setMyCommands` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisteredCommand {
    pub command: String,
    pub description: String,
}

/// The command list set for one scope and language.
#[derive(Clone, Debug)]
pub struct CommandSet {
    /// The scope as a JSON object, `{"type":"default"}` when none was given; a `chat_id` given
    /// as a numeric string is turned into a number.
    pub scope: Value,
    pub language_code: Option<String>,
    pub commands: Vec<RegisteredCommand>,
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/// A running fake Bot API server. Dropping it stops accepting connections.
pub struct FakeTelegram {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

struct Shared {
    config: FakeConfig,
    state: Mutex<St>,
    /// Woken when updates are added or long polls must re-check.
    updates_changed: Notify,
    /// Woken when anything is recorded (requests, sent messages, callback answers).
    recorded: Notify,
}

#[derive(Default)]
struct St {
    next_update_id: u32,
    updates: VecDeque<(u32, Value)>,
    poll_generation: u64,
    shutdown: bool,
    chats: HashMap<i64, ChatState>,
    sent: Vec<SentMessage>,
    consumed: HashMap<i64, usize>,
    callback_queries: HashMap<String, CallbackState>,
    next_callback_id: u64,
    answers: Vec<CallbackAnswer>,
    requests: Vec<RecordedRequest>,
    /// The method of every request received, answered or not, in order of arrival.
    started: Vec<String>,
    faults: VecDeque<(String, Fault)>,
    commands: Vec<CommandSet>,
    webhook_url: Option<String>,
    deleted: Vec<(i64, i64)>,
    chat_actions: Vec<(i64, String)>,
    blocked: HashSet<i64>,
    rate: RateState,
}

struct ChatState {
    json: Value,
    next_message_id: i64,
    messages: HashMap<i64, StoredMessage>,
}

#[derive(Clone)]
struct StoredMessage {
    json: Value,
    from_bot: bool,
    text: String,
    entities: Vec<Entity>,
    /// The inline keyboard, if any (what Telegram would echo as `reply_markup`).
    markup: Option<Value>,
}

struct CallbackState {
    answered: bool,
    chat_id: i64,
    message_id: i64,
}

#[derive(Default)]
struct RateState {
    buckets: HashMap<i64, (f64, Instant)>,
    group_minute: HashMap<i64, VecDeque<Instant>>,
    global: VecDeque<Instant>,
}

struct ApiErr {
    code: u16,
    description: String,
    retry_after: Option<u32>,
}

fn bad(description: impl AsRef<str>) -> ApiErr {
    ApiErr {
        code: 400,
        description: format!("Bad Request: {}", description.as_ref()),
        retry_after: None,
    }
}

fn too_many(retry_after: u32) -> ApiErr {
    ApiErr {
        code: 429,
        description: format!("Too Many Requests: retry after {retry_after}"),
        retry_after: Some(retry_after),
    }
}

type ApiResult = Result<Value, ApiErr>;

impl FakeTelegram {
    /// Starts with [`FakeConfig::default`] on `127.0.0.1:<free port>`.
    pub async fn start() -> FakeTelegram {
        FakeTelegram::start_with(FakeConfig::default()).await
    }

    /// Starts with the given configuration on `127.0.0.1:<free port>`.
    pub async fn start_with(config: FakeConfig) -> FakeTelegram {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("fake Telegram: bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("fake Telegram: local_addr");
        let shared = Arc::new(Shared {
            config,
            state: Mutex::new(St {
                next_update_id: 1,
                ..St::default()
            }),
            updates_changed: Notify::new(),
            recorded: Notify::new(),
        });
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let task = tokio::spawn(async move {
            let service = app.into_make_service_with_connect_info::<ConnHandle>();
            if let Err(e) = axum::serve(KillableListener(listener), service).await {
                eprintln!("fake Telegram: server stopped: {e}");
            }
        });
        FakeTelegram { addr, shared, task }
    }

    /// `http://127.0.0.1:PORT`: what `TELOXIDE_API_URL` / `Bot::set_api_url` should get.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The token the fake accepts ([`TOKEN`]).
    pub fn token(&self) -> &'static str {
        TOKEN
    }

    /// The configuration in force.
    pub fn config(&self) -> &FakeConfig {
        &self.shared.config
    }

    fn st(&self) -> MutexGuard<'_, St> {
        self.shared.lock()
    }

    // ----- users' side -------------------------------------------------------------------------

    /// A user writes `text` in a private chat (`user id = chat_id`, which must be positive).
    /// Returns the message id.
    pub fn send_text(&self, chat_id: i64, text: &str) -> i64 {
        assert!(
            chat_id > 0,
            "send_text: private chat ids are positive (got {chat_id}); use send_text_in_group"
        );
        self.user_message(chat_id, chat_id, text_fields(text), None)
    }

    /// A user writes `text` in a group (`chat_id` negative; ≤ -1e12 makes it a supergroup).
    /// With privacy mode on, the bot only gets it if it is a command for it.
    pub fn send_text_in_group(&self, chat_id: i64, user_id: i64, text: &str) -> i64 {
        assert!(
            chat_id < 0,
            "send_text_in_group: group chat ids are negative (got {chat_id})"
        );
        assert!(
            user_id > 0,
            "send_text_in_group: user ids are positive (got {user_id})"
        );
        self.user_message(chat_id, user_id, text_fields(text), None)
    }

    /// A user replies to message `reply_to` (the bot's or anyone's) in any chat. In a private
    /// chat `user_id` must equal `chat_id`. Replies to the bot pass privacy mode.
    pub fn send_reply(&self, chat_id: i64, user_id: i64, reply_to: i64, text: &str) -> i64 {
        self.user_message(chat_id, user_id, text_fields(text), Some(reply_to))
    }

    /// A sticker. Negative `chat_id`: sent into a group by [`GROUP_USER_ID`].
    pub fn send_sticker(&self, chat_id: i64) -> i64 {
        let n = self.st().next_update_id;
        let mut m = Map::new();
        m.insert(
            "sticker".into(),
            json!({
                "file_id": format!("CAACAgIAAxkBAAIFake{n}"), "file_unique_id": format!("AgADFake{n}"),
                "file_size": 12345, "width": 512, "height": 512, "type": "regular",
                "is_animated": false, "is_video": false, "emoji": "👍", "set_name": "FakeStickers"
            }),
        );
        self.user_message(chat_id, default_sender(chat_id), m, None)
    }

    /// A photo, with an optional caption.
    pub fn send_photo(&self, chat_id: i64, caption: Option<&str>) -> i64 {
        let n = self.st().next_update_id;
        let mut m = Map::new();
        m.insert(
            "photo".into(),
            json!([
                {"file_id": format!("AgACAgIAAxkBAAIPhotoS{n}"), "file_unique_id": format!("AQADS{n}"),
                 "file_size": 1500, "width": 90, "height": 68},
                {"file_id": format!("AgACAgIAAxkBAAIPhotoL{n}"), "file_unique_id": format!("AQADL{n}"),
                 "file_size": 65000, "width": 800, "height": 600}
            ]),
        );
        if let Some(c) = caption {
            m.insert("caption".into(), json!(c));
        }
        self.user_message(chat_id, default_sender(chat_id), m, None)
    }

    /// A voice message of `duration` seconds.
    pub fn send_voice(&self, chat_id: i64, duration: u32) -> i64 {
        let n = self.st().next_update_id;
        let mut m = Map::new();
        m.insert(
            "voice".into(),
            json!({"file_id": format!("AwACAgIAAxkBAAIVoice{n}"), "file_unique_id": format!("AgADV{n}"),
                   "duration": duration, "mime_type": "audio/ogg", "file_size": 4000 + n}),
        );
        self.user_message(chat_id, default_sender(chat_id), m, None)
    }

    /// A document with this file name.
    pub fn send_document(&self, chat_id: i64, file_name: &str) -> i64 {
        let n = self.st().next_update_id;
        let mime = if file_name.ends_with(".pdf") {
            "application/pdf"
        } else {
            "application/octet-stream"
        };
        let mut m = Map::new();
        m.insert(
            "document".into(),
            json!({"file_id": format!("BQACAgIAAxkBAAIDoc{n}"), "file_unique_id": format!("AgADD{n}"),
                   "file_name": file_name, "mime_type": mime, "file_size": 20000}),
        );
        self.user_message(chat_id, default_sender(chat_id), m, None)
    }

    /// A text forwarded by the user into a private chat (`forward_origin` of another user).
    pub fn send_forwarded_text(&self, chat_id: i64, text: &str) -> i64 {
        let mut m = text_fields(text);
        m.insert(
            "forward_origin".into(),
            json!({"type": "user", "date": unix_now() - 3600, "sender_user": user_json(999_001)}),
        );
        self.user_message(chat_id, default_sender(chat_id), m, None)
    }

    /// The user edits their earlier text message: an `edited_message` update.
    pub fn send_edited_text(&self, chat_id: i64, message_id: i64, text: &str) {
        let mut st = self.st();
        let chat = st
            .chats
            .get_mut(&chat_id)
            .unwrap_or_else(|| panic!("send_edited_text: chat {chat_id} has never been used"));
        let stored = chat.messages.get(&message_id).unwrap_or_else(|| {
            panic!("send_edited_text: no message {message_id} in chat {chat_id}")
        });
        assert!(
            !stored.from_bot,
            "send_edited_text: message {message_id} was sent by the bot, not a user"
        );
        let mut json = stored.json.clone();
        json["text"] = json!(text);
        json["edit_date"] = json!(unix_now());
        let entities = detect_entities(text);
        if entities.is_empty() {
            json.as_object_mut().map(|o| o.remove("entities"));
        } else {
            json["entities"] = Value::Array(entities);
        }
        let group = matches!(chat_type(&chat.json), "group" | "supergroup");
        let deliver = !group || self.shared.privacy_allows(&chat.messages, &json);
        if let Some(stored) = chat.messages.get_mut(&message_id) {
            stored.json = json.clone();
            stored.text = text.to_owned();
        }
        if deliver {
            st.push_update("edited_message", json);
            drop(st);
            self.shared.updates_changed.notify_waiters();
        }
    }

    /// A post in a channel where the bot is an administrator (`chat_id` negative).
    pub fn send_channel_post(&self, chat_id: i64, text: &str) -> i64 {
        assert!(
            chat_id < 0,
            "send_channel_post: channel ids are negative (got {chat_id})"
        );
        let mut st = self.st();
        let chat = st.ensure_chat(chat_id, "channel");
        let chat_json = chat.json.clone();
        let id = chat.next_message_id;
        chat.next_message_id += 1;
        let mut m = text_fields(text);
        m.insert("message_id".into(), json!(id));
        m.insert("date".into(), json!(unix_now()));
        m.insert("chat".into(), chat_json.clone());
        m.insert("sender_chat".into(), chat_json);
        let json = Value::Object(m);
        chat.messages.insert(
            id,
            StoredMessage {
                json: json.clone(),
                from_bot: false,
                text: text.to_owned(),
                entities: vec![],
                markup: None,
            },
        );
        st.push_update("channel_post", json);
        drop(st);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// The user presses an inline button with this `callback_data` under the bot's message.
    /// Panics unless that message exists, is the bot's and has such a button (people can only
    /// press buttons they see). Returns the callback query id to expect in `answerCallbackQuery`.
    pub fn press_button(&self, chat_id: i64, message_id: i64, data: &str) -> String {
        self.press(chat_id, default_sender(chat_id), message_id, data, true)
    }

    /// [`Self::press_button`] by a given user (for groups).
    pub fn press_button_as(
        &self,
        chat_id: i64,
        user_id: i64,
        message_id: i64,
        data: &str,
    ) -> String {
        self.press(chat_id, user_id, message_id, data, true)
    }

    /// A callback query with any data, even if no such button exists (stale keyboards, forged
    /// data). The message must still exist.
    pub fn press_button_unchecked(&self, chat_id: i64, message_id: i64, data: &str) -> String {
        self.press(chat_id, default_sender(chat_id), message_id, data, false)
    }

    fn press(
        &self,
        chat_id: i64,
        user_id: i64,
        message_id: i64,
        data: &str,
        check: bool,
    ) -> String {
        let mut st = self.st();
        let chat = st
            .chats
            .get(&chat_id)
            .unwrap_or_else(|| panic!("press_button: chat {chat_id} has never been used"));
        let stored = chat
            .messages
            .get(&message_id)
            .unwrap_or_else(|| panic!("press_button: no message {message_id} in chat {chat_id}"))
            .clone();
        if check {
            assert!(
                stored.from_bot,
                "press_button: message {message_id} in chat {chat_id} is not the bot's"
            );
            let datas: Vec<String> = stored
                .markup
                .as_ref()
                .map(|m| {
                    buttons_of(m)
                        .into_iter()
                        .flatten()
                        .filter_map(|b| b.callback_data)
                        .collect()
                })
                .unwrap_or_default();
            assert!(
                datas.iter().any(|d| d == data),
                "press_button: message {message_id} in chat {chat_id} has no button with callback_data \
                 {data:?}; its buttons carry {datas:?}"
            );
        }
        st.next_callback_id += 1;
        let id = format!("{}", 4_611_686_018_427_387_904u64 + st.next_callback_id);
        st.callback_queries.insert(
            id.clone(),
            CallbackState {
                answered: false,
                chat_id,
                message_id,
            },
        );
        let query = json!({
            "id": id,
            "from": user_json(user_id),
            "message": stored.json,
            "chat_instance": format!("{}", (chat_id as i128 * 7919 + 104_729).unsigned_abs()),
            "data": data,
        });
        st.push_update("callback_query", query);
        drop(st);
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// Queues any update as is. `update_id` is assigned if missing. Chats (`{"id":…,"type":…}`)
    /// and messages found inside are registered, so the bot may answer them.
    pub fn push_raw_update(&self, mut update: Value) {
        let mut st = self.st();
        register_chats(&mut st, &update);
        let id = match update.get("update_id").and_then(Value::as_u64) {
            Some(id) => {
                let id = u32::try_from(id).expect("push_raw_update: update_id must fit in u32");
                st.next_update_id = st.next_update_id.max(id + 1);
                id
            }
            None => {
                let id = st.next_update_id;
                st.next_update_id += 1;
                update["update_id"] = json!(id);
                id
            }
        };
        st.updates.push_back((id, update));
        drop(st);
        self.shared.updates_changed.notify_waiters();
    }

    /// The user blocks (or unblocks) the bot: `sendMessage` to the chat then gets 403
    /// `Forbidden: bot was blocked by the user`.
    pub fn set_blocked(&self, chat_id: i64, blocked: bool) {
        let mut st = self.st();
        if blocked {
            st.blocked.insert(chat_id);
        } else {
            st.blocked.remove(&chat_id);
        }
    }

    fn user_message(
        &self,
        chat_id: i64,
        user_id: i64,
        fields: Map<String, Value>,
        reply_to: Option<i64>,
    ) -> i64 {
        assert!(chat_id != 0, "chat id 0 is not a valid chat");
        if chat_id > 0 {
            assert_eq!(
                user_id, chat_id,
                "in a private chat the user id equals the chat id"
            );
        }
        let kind = if chat_id > 0 {
            "private"
        } else if chat_id <= -1_000_000_000_000 {
            "supergroup"
        } else {
            "group"
        };
        let mut st = self.st();
        let chat = st.ensure_chat(chat_id, kind);
        let id = chat.next_message_id;
        chat.next_message_id += 1;
        let mut m = Map::new();
        m.insert("message_id".into(), json!(id));
        m.insert("from".into(), user_json(user_id));
        m.insert("chat".into(), chat.json.clone());
        m.insert("date".into(), json!(unix_now()));
        if let Some(r) = reply_to {
            let replied = chat
                .messages
                .get(&r)
                .unwrap_or_else(|| panic!("send_reply: no message {r} in chat {chat_id}"));
            m.insert("reply_to_message".into(), strip_reply(&replied.json));
        }
        let text = fields
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        m.extend(fields);
        let json = Value::Object(m);
        let deliver = kind == "private" || self.shared.privacy_allows(&chat.messages, &json);
        chat.messages.insert(
            id,
            StoredMessage {
                json: json.clone(),
                from_bot: false,
                text: text.clone(),
                entities: vec![],
                markup: None,
            },
        );
        if deliver {
            st.push_update("message", json);
            drop(st);
            self.shared.updates_changed.notify_waiters();
        } else {
            eprintln!(
                "fake Telegram: privacy mode: group message {id} in chat {chat_id} not delivered to the bot: {text:?}"
            );
        }
        id
    }

    // ----- bot's side, recorded ----------------------------------------------------------------

    /// Waits until `count` messages (sends or edits) to `chat_id` arrive that no earlier
    /// `wait_for_messages` call returned, and returns exactly those `count` (in order). Panics
    /// after `timeout` with a report of what did arrive and of the rejected requests.
    pub async fn wait_for_messages(
        &self,
        chat_id: i64,
        count: usize,
        timeout: Duration,
    ) -> Vec<SentMessage> {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.recorded.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut st = self.st();
                let consumed = st.consumed.get(&chat_id).copied().unwrap_or(0);
                let fresh: Vec<SentMessage> = st
                    .sent
                    .iter()
                    .filter(|m| m.chat_id == chat_id)
                    .skip(consumed)
                    .cloned()
                    .collect();
                if fresh.len() >= count {
                    st.consumed.insert(chat_id, consumed + count);
                    return fresh[..count].to_vec();
                }
                if Instant::now() >= deadline {
                    let report = st.report(chat_id, &fresh);
                    drop(st);
                    panic!(
                        "wait_for_messages: expected {count} new message(s) to chat {chat_id} within {timeout:?}, \
                         got {}.\n{report}",
                        fresh.len()
                    );
                }
            }
            let _ = tokio::time::timeout_at(deadline.into(), notified).await;
        }
    }

    /// Waits `within`, then panics if the bot sent or edited any message to `chat_id` that no
    /// `wait_for_messages` call has returned.
    pub async fn expect_no_messages(&self, chat_id: i64, within: Duration) {
        tokio::time::sleep(within).await;
        let st = self.st();
        let consumed = st.consumed.get(&chat_id).copied().unwrap_or(0);
        let fresh: Vec<SentMessage> = st
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .skip(consumed)
            .cloned()
            .collect();
        if !fresh.is_empty() {
            let report = st.report(chat_id, &fresh);
            drop(st);
            panic!(
                "expect_no_messages: the bot sent {} message(s) to chat {chat_id}.\n{report}",
                fresh.len()
            );
        }
    }

    /// Waits for the `answerCallbackQuery` of this callback query id.
    pub async fn wait_for_callback_answer(
        &self,
        callback_query_id: &str,
        timeout: Duration,
    ) -> CallbackAnswer {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.recorded.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let st = self.st();
                if let Some(a) = st
                    .answers
                    .iter()
                    .find(|a| a.callback_query_id == callback_query_id)
                {
                    return a.clone();
                }
                if Instant::now() >= deadline {
                    let report = st.report_requests(|r| r.method == "answerCallbackQuery");
                    drop(st);
                    panic!(
                        "wait_for_callback_answer: callback query {callback_query_id} was not answered within \
                         {timeout:?}.\n{report}"
                    );
                }
            }
            let _ = tokio::time::timeout_at(deadline.into(), notified).await;
        }
    }

    /// How many requests of `method` (any case) have arrived, answered or not.
    pub fn arrivals(&self, method: &str) -> usize {
        self.st()
            .started
            .iter()
            .filter(|m| m.eq_ignore_ascii_case(method))
            .count()
    }

    /// Waits until at least `count` requests of `method` (any case) have arrived, whether or not
    /// they have been answered yet: for a test that acts while a request is in flight.
    pub async fn wait_for_arrivals(&self, method: &str, count: usize, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.recorded.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let arrived = self.arrivals(method);
            if arrived >= count {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "wait_for_arrivals: expected {count} {method} request(s) within {timeout:?}, got {arrived}"
            );
            let _ = tokio::time::timeout_at(deadline.into(), notified).await;
        }
    }

    /// Waits until at least `count` requests of `method` (any case, any outcome) were answered;
    /// returns all of them.
    pub async fn wait_for_requests(
        &self,
        method: &str,
        count: usize,
        timeout: Duration,
    ) -> Vec<RecordedRequest> {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.recorded.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let st = self.st();
                let found: Vec<RecordedRequest> = st
                    .requests
                    .iter()
                    .filter(|r| r.method.eq_ignore_ascii_case(method))
                    .cloned()
                    .collect();
                if found.len() >= count {
                    return found;
                }
                if Instant::now() >= deadline {
                    let report = st.report_requests(|_| true);
                    drop(st);
                    panic!(
                        "wait_for_requests: expected {count} {method} request(s) within {timeout:?}, got {}.\n{report}",
                        found.len()
                    );
                }
            }
            let _ = tokio::time::timeout_at(deadline.into(), notified).await;
        }
    }

    /// Every accepted `sendMessage`/`editMessageText`/`editMessageReplyMarkup`, in order.
    pub fn sent_messages(&self) -> Vec<SentMessage> {
        self.st().sent.clone()
    }

    /// How many messages the bot has sent or edited so far: [`Self::sent_messages`]`.len()`
    /// without copying them, for a load test that polls while the bot is busy (a copy of every
    /// message each poll took CPU from the bot it measures).
    pub fn sent_count(&self) -> usize {
        self.st().sent.len()
    }

    /// [`Self::sent_messages`] to one chat.
    pub fn sent_messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.st()
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .cloned()
            .collect()
    }

    /// Accepted `answerCallbackQuery` calls, in order.
    pub fn callback_answers(&self) -> Vec<CallbackAnswer> {
        self.st().answers.clone()
    }

    /// Every request answered so far (including injected faults), in the order answered.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.st().requests.clone()
    }

    /// Requests answered with an error that was not injected: what the bot got wrong (invalid
    /// HTML, unknown chat, rate limits, unknown methods, wrong token, …). Requests the client
    /// abandoned (499) are not listed.
    pub fn rejected(&self) -> Vec<RecordedRequest> {
        self.st()
            .requests
            .iter()
            .filter(|r| r.is_error() && r.injected.is_none() && r.status != STATUS_ABANDONED)
            .cloned()
            .collect()
    }

    /// Panics with a readable list if any request was rejected.
    pub fn assert_no_rejections(&self) {
        let rejected = self.rejected();
        assert!(
            rejected.is_empty(),
            "the fake Telegram rejected {} request(s):\n{}",
            rejected.len(),
            rejected
                .iter()
                .map(describe_request)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// `(chat_id, message_id)` of every accepted `deleteMessage`.
    pub fn deleted_messages(&self) -> Vec<(i64, i64)> {
        self.st().deleted.clone()
    }

    /// `(chat_id, action)` of every accepted `sendChatAction`.
    pub fn chat_actions(&self) -> Vec<(i64, String)> {
        self.st().chat_actions.clone()
    }

    /// Every command list currently set with `setMyCommands`.
    pub fn command_sets(&self) -> Vec<CommandSet> {
        self.st().commands.clone()
    }

    /// The commands set for exactly this scope (e.g. `json!({"type":"chat","chat_id":42})`) with
    /// no language code; `None` if none were set. Telegram does not fall back between scopes here.
    pub fn commands_for(&self, scope: &Value) -> Option<Vec<RegisteredCommand>> {
        let scope = normalize_scope(Some(scope));
        self.st()
            .commands
            .iter()
            .find(|c| c.scope == scope && c.language_code.is_none())
            .map(|c| c.commands.clone())
    }

    /// The webhook URL set with `setWebhook`, if any.
    pub fn webhook_url(&self) -> Option<String> {
        self.st().webhook_url.clone()
    }

    /// Updates queued and not yet confirmed by the bot (through `getUpdates`' `offset`).
    pub fn pending_updates(&self) -> usize {
        self.st().updates.len()
    }

    // ----- faults ------------------------------------------------------------------------------

    /// The next `times` calls of `method` (any case, `"*"` for any method) get `fault`. Faults
    /// queued for the same method apply in the order injected.
    pub fn inject(&self, method: &str, fault: Fault, times: usize) {
        let key = method.to_ascii_lowercase();
        let mut st = self.st();
        for _ in 0..times {
            st.faults.push_back((key.clone(), fault.clone()));
        }
    }

    /// Removes every fault not yet used.
    pub fn clear_faults(&self) {
        self.st().faults.clear();
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.shared.lock().shutdown = true;
        self.shared.updates_changed.notify_waiters();
        self.task.abort();
    }
}

fn default_sender(chat_id: i64) -> i64 {
    if chat_id > 0 { chat_id } else { GROUP_USER_ID }
}

fn text_fields(text: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("text".into(), json!(text));
    let entities = detect_entities(text);
    if !entities.is_empty() {
        m.insert("entities".into(), Value::Array(entities));
    }
    m
}

fn user_json(user_id: i64) -> Value {
    json!({
        "id": user_id, "is_bot": false, "first_name": format!("User{user_id}"),
        "username": format!("user{user_id}"), "language_code": "en"
    })
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(1)
}

fn chat_type(chat: &Value) -> &str {
    chat.get("type").and_then(Value::as_str).unwrap_or("")
}

/// A replied-to message as Telegram embeds it (without its own `reply_to_message`).
fn strip_reply(json: &Value) -> Value {
    let mut v = json.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("reply_to_message");
    }
    v
}

fn register_chats(st: &mut St, v: &Value) {
    match v {
        Value::Object(o) => {
            if let (Some(chat), Some(mid)) =
                (o.get("chat"), o.get("message_id").and_then(Value::as_i64))
                && let Some(cid) = chat.get("id").and_then(Value::as_i64)
            {
                let from_bot = o
                    .get("from")
                    .and_then(|f| f.get("id"))
                    .and_then(Value::as_i64)
                    == Some(BOT_ID);
                let chat_json = chat.clone();
                let entry = st.chats.entry(cid).or_insert_with(|| ChatState {
                    json: chat_json,
                    next_message_id: 1,
                    messages: HashMap::new(),
                });
                entry.next_message_id = entry.next_message_id.max(mid + 1);
                entry.messages.entry(mid).or_insert_with(|| StoredMessage {
                    json: v.clone(),
                    from_bot,
                    text: o
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    entities: vec![],
                    markup: o.get("reply_markup").cloned(),
                });
            }
            if let (Some(cid), Some(kind)) = (
                o.get("id").and_then(Value::as_i64),
                o.get("type").and_then(Value::as_str),
            ) && matches!(kind, "private" | "group" | "supergroup" | "channel")
            {
                st.chats.entry(cid).or_insert_with(|| ChatState {
                    json: v.clone(),
                    next_message_id: 1,
                    messages: HashMap::new(),
                });
            }
            for child in o.values() {
                register_chats(st, child);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| register_chats(st, c)),
        _ => {}
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, St> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bot_user(&self) -> Value {
        json!({
            "id": BOT_ID, "is_bot": true, "first_name": self.config.bot_first_name,
            "username": self.config.bot_username
        })
    }

    /// Whether a group message passes privacy mode.
    fn privacy_allows(&self, messages: &HashMap<i64, StoredMessage>, msg: &Value) -> bool {
        if !self.config.privacy_mode {
            return true;
        }
        let reply_to_bot = msg
            .get("reply_to_message")
            .and_then(|r| r.get("message_id"))
            .and_then(Value::as_i64)
            .and_then(|id| messages.get(&id))
            .is_some_and(|m| m.from_bot);
        if reply_to_bot {
            return true;
        }
        let text = msg.get("text").and_then(Value::as_str).unwrap_or_default();
        match text.strip_prefix('/') {
            Some(rest) => {
                let word = rest.split_whitespace().next().unwrap_or_default();
                match word.split_once('@') {
                    Some((_, target)) => target.eq_ignore_ascii_case(&self.config.bot_username),
                    None => !word.is_empty(),
                }
            }
            None => false,
        }
    }
}

impl St {
    fn ensure_chat(&mut self, chat_id: i64, kind: &str) -> &mut ChatState {
        let chat = self.chats.entry(chat_id).or_insert_with(|| {
            let json = match kind {
                "private" => {
                    json!({"id": chat_id, "type": "private", "first_name": format!("User{chat_id}"),
                                    "username": format!("user{chat_id}")})
                }
                "channel" => {
                    json!({"id": chat_id, "type": "channel", "title": format!("Channel {chat_id}")})
                }
                other => json!({"id": chat_id, "type": other, "title": format!("Group {chat_id}")}),
            };
            ChatState {
                json,
                next_message_id: 1,
                messages: HashMap::new(),
            }
        });
        let existing = chat_type(&chat.json);
        assert_eq!(
            existing, kind,
            "chat {chat_id} is already a {existing} chat, not a {kind} chat"
        );
        chat
    }

    fn push_update(&mut self, kind: &str, payload: Value) {
        let id = self.next_update_id;
        self.next_update_id += 1;
        let mut update = Map::new();
        update.insert("update_id".into(), json!(id));
        update.insert(kind.into(), payload);
        self.updates.push_back((id, Value::Object(update)));
    }

    fn report(&self, chat_id: i64, fresh: &[SentMessage]) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "New messages to chat {chat_id} ({}):\n",
            fresh.len()
        ));
        for m in fresh {
            out.push_str(&format!(
                "  [{} #{}] {:?}\n",
                m.method, m.message_id, m.text
            ));
        }
        let total = self.sent.iter().filter(|m| m.chat_id == chat_id).count();
        out.push_str(&format!("All messages to chat {chat_id} so far: {total}\n"));
        out.push_str(&self.report_requests(|r| r.chat_id == Some(chat_id) || r.is_error()));
        let polls = self
            .requests
            .iter()
            .filter(|r| r.method == "getUpdates")
            .count();
        out.push_str(&format!(
            "getUpdates calls answered: {polls}; updates not yet confirmed by the bot: {}\n",
            self.updates.len()
        ));
        out
    }

    fn report_requests(&self, keep: impl Fn(&RecordedRequest) -> bool) -> String {
        let lines: Vec<String> = self
            .requests
            .iter()
            .filter(|r| keep(r))
            .map(describe_request)
            .collect();
        if lines.is_empty() {
            "Relevant requests: none\n".to_owned()
        } else {
            format!(
                "Relevant requests ({}):\n{}\n",
                lines.len(),
                lines.join("\n")
            )
        }
    }
}

fn describe_request(r: &RecordedRequest) -> String {
    let mut params = r.params.to_string();
    if params.len() > 300 {
        let mut cut = 300;
        while !params.is_char_boundary(cut) {
            cut -= 1;
        }
        params.truncate(cut);
        params.push('…');
    }
    format!(
        "  {} chat={:?} -> {}{}{} params={}",
        r.method,
        r.chat_id,
        r.status,
        r.description
            .as_ref()
            .map(|d| format!(" {d:?}"))
            .unwrap_or_default(),
        r.injected
            .as_ref()
            .map(|f| format!(" (injected {f:?})"))
            .unwrap_or_default(),
        params
    )
}

// ---------------------------------------------------------------------------------------------
// HTTP handling
// ---------------------------------------------------------------------------------------------

const METHODS: &[&str] = &[
    "getMe",
    "getUpdates",
    "deleteWebhook",
    "setWebhook",
    "getWebhookInfo",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "answerCallbackQuery",
    "sendChatAction",
    "close",
    "logOut",
];

async fn handle(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Instant::now();
    let path = uri.path().trim_start_matches('/');
    let parsed_path = path
        .strip_prefix("bot")
        .and_then(|rest| rest.split_once('/'));
    let Some((token, raw_method)) = parsed_path.filter(|(_, m)| !m.is_empty() && !m.contains('/'))
    else {
        let path = format!("<{}>", uri.path());
        let rec = Recorder::new(&shared, path.clone(), path, None, Value::Null, received);
        return rec.answer(Err(ApiErr {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
        }));
    };
    let method = METHODS
        .iter()
        .find(|m| m.eq_ignore_ascii_case(raw_method))
        .map(|m| (*m).to_owned())
        .unwrap_or_else(|| raw_method.to_owned());
    let params = read_params(&headers, uri.query(), &body);
    let params_json = params
        .as_ref()
        .map(|p| Value::Object(p.clone()))
        .unwrap_or(Value::Null);
    let chat_id = params
        .as_ref()
        .ok()
        .and_then(|p| p.get("chat_id"))
        .and_then(as_i64);
    let mut rec = Recorder::new(
        &shared,
        method.clone(),
        raw_method.to_owned(),
        chat_id,
        params_json,
        received,
    );

    rec.injected = {
        let mut st = shared.lock();
        let key = method.to_ascii_lowercase();
        let pos = st.faults.iter().position(|(m, _)| *m == key || m == "*");
        pos.and_then(|i| st.faults.remove(i)).map(|(_, f)| f)
    };
    let mut drop_after = false;
    match rec.injected.clone() {
        None => {}
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        Some(Fault::TooManyRequests { retry_after }) => {
            return rec.answer(Err(too_many(retry_after)));
        }
        Some(Fault::Status { code, body }) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let content_type = if body.trim_start().starts_with('{') {
                "application/json"
            } else {
                "text/html"
            };
            rec.finish(code, Some(format!("injected {code}")));
            let mut resp = (status, body).into_response();
            resp.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            return resp;
        }
        Some(Fault::DropConnection) => {
            conn.0.kill();
            rec.finish(0, Some("connection dropped".into()));
            return StatusCode::OK.into_response();
        }
        Some(Fault::DropConnectionAfterProcessing) => drop_after = true,
    }

    let result = if token != TOKEN {
        Err(ApiErr {
            code: 401,
            description: "Unauthorized".into(),
            retry_after: None,
        })
    } else {
        match &params {
            Err(e) => Err(err_clone(e)),
            Ok(p) => dispatch(&shared, &method, p).await,
        }
    };
    if drop_after {
        conn.0.kill();
        let description = match &result {
            Ok(_) => "processed, then connection dropped".to_owned(),
            Err(e) => format!("{} (then connection dropped)", e.description),
        };
        rec.finish(0, Some(description));
        return StatusCode::OK.into_response();
    }
    rec.answer(result)
}

/// Records a request once answered, or as abandoned (499) if the client goes away first and
/// hyper drops the handler.
struct Recorder {
    shared: Arc<Shared>,
    method: String,
    raw_method: String,
    chat_id: Option<i64>,
    params: Value,
    received: Instant,
    injected: Option<Fault>,
    done: bool,
}

impl Recorder {
    fn new(
        shared: &Arc<Shared>,
        method: String,
        raw_method: String,
        chat_id: Option<i64>,
        params: Value,
        received: Instant,
    ) -> Recorder {
        shared.lock().started.push(method.clone());
        shared.recorded.notify_waiters();
        Recorder {
            shared: shared.clone(),
            method,
            raw_method,
            chat_id,
            params,
            received,
            injected: None,
            done: false,
        }
    }

    fn answer(mut self, result: ApiResult) -> Response {
        match &result {
            Ok(v) => {
                self.finish(200, None);
                ok_response(v)
            }
            Err(e) => {
                self.finish(e.code, Some(e.description.clone()));
                error_response(e)
            }
        }
    }

    fn finish(&mut self, status: u16, description: Option<String>) {
        self.done = true;
        if status == 404 && self.injected.is_none() {
            eprintln!(
                "fake Telegram: unsupported method or path {:?} answered 404",
                self.raw_method
            );
        }
        self.shared.lock().requests.push(RecordedRequest {
            method: self.method.clone(),
            raw_method: self.raw_method.clone(),
            chat_id: self.chat_id,
            status,
            description,
            params: std::mem::take(&mut self.params),
            injected: self.injected.clone(),
            received: self.received,
            answered: Instant::now(),
        });
        self.shared.recorded.notify_waiters();
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        if !self.done {
            self.finish(
                STATUS_ABANDONED,
                Some("the client closed the connection before the answer".into()),
            );
        }
    }
}

fn err_clone(e: &ApiErr) -> ApiErr {
    ApiErr {
        code: e.code,
        description: e.description.clone(),
        retry_after: e.retry_after,
    }
}

fn ok_response(result: &Value) -> Response {
    json_response(StatusCode::OK, json!({"ok": true, "result": result}))
}

fn error_response(e: &ApiErr) -> Response {
    let mut body = json!({"ok": false, "error_code": e.code, "description": e.description});
    if let Some(r) = e.retry_after {
        body["parameters"] = json!({"retry_after": r});
    }
    json_response(
        StatusCode::from_u16(e.code).unwrap_or(StatusCode::BAD_REQUEST),
        body,
    )
}

fn json_response(status: StatusCode, body: Value) -> Response {
    let mut resp = (status, body.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

fn read_params(
    headers: &HeaderMap,
    query: Option<&str>,
    body: &[u8],
) -> Result<Map<String, Value>, ApiErr> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mut params = Map::new();
    if let Some(q) = query {
        params.extend(parse_urlencoded(q));
    }
    if content_type.starts_with("multipart/") {
        // teloxide sends setWebhook (which may carry a certificate) as multipart: text fields only.
        let boundary = content_type
            .split(';')
            .find_map(|p| p.trim().strip_prefix("boundary="))
            .map(|b| b.trim_matches('"').to_owned())
            .ok_or_else(|| bad("multipart request without a boundary"))?;
        params.extend(parse_multipart_text(body, &boundary)?);
        return Ok(params);
    }
    let trimmed = body.iter().position(|b| !b.is_ascii_whitespace());
    if trimmed.is_none() {
        return Ok(params);
    }
    if content_type.starts_with("application/x-www-form-urlencoded") {
        let text = std::str::from_utf8(body).map_err(|_| bad("request body is not UTF-8"))?;
        params.extend(parse_urlencoded(text));
        return Ok(params);
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(o)) => {
            params.extend(o);
            Ok(params)
        }
        Ok(_) => Err(bad("the request body must be a JSON object")),
        Err(e) => Err(bad(format!("can't parse JSON request body: {e}"))),
    }
}

/// The text fields of a `multipart/form-data` body (files are refused: the fake takes none).
fn parse_multipart_text(body: &[u8], boundary: &str) -> Result<Map<String, Value>, ApiErr> {
    let text = String::from_utf8_lossy(body);
    let delimiter = format!("--{boundary}");
    let mut fields = Map::new();
    for part in text.split(delimiter.as_str()) {
        let part = part.trim_start_matches("\r\n");
        if part.is_empty() || part.starts_with("--") {
            continue;
        }
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        if head.to_ascii_lowercase().contains("filename=") {
            return Err(bad("the fake Telegram API does not accept file uploads"));
        }
        let name = head
            .split(';')
            .find_map(|p| p.trim().strip_prefix("name="))
            .map(|n| n.trim_matches('"').to_owned())
            .ok_or_else(|| bad("multipart field without a name"))?;
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        fields.insert(name, Value::String(value.to_owned()));
    }
    Ok(fields)
}

fn parse_urlencoded(s: &str) -> Map<String, Value> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => {
                    let hex = bytes
                        .get(i + 1..i + 3)
                        .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u8::from_str_radix(h, 16).ok());
                    match hex {
                        Some(b) => {
                            out.push(b);
                            i += 2;
                        }
                        None => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    s.split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), Value::String(decode(v)))
        })
        .collect()
}

fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn as_bool(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true" || s == "1",
        Some(Value::Number(n)) => n.as_i64() == Some(1),
        _ => false,
    }
}

/// An object parameter, given as JSON or as a string containing JSON (form-encoded requests).
fn as_object(v: Option<&Value>) -> Option<Value> {
    match v {
        Some(Value::String(s)) => serde_json::from_str(s).ok(),
        Some(v @ Value::Object(_)) | Some(v @ Value::Array(_)) => Some(v.clone()),
        _ => None,
    }
}

fn param_str<'a>(p: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    p.get(key).and_then(Value::as_str)
}

async fn dispatch(shared: &Shared, method: &str, p: &Map<String, Value>) -> ApiResult {
    match method {
        "getUpdates" => get_updates(shared, p).await,
        "getMe" => {
            let mut me = shared.bot_user();
            me["can_join_groups"] = json!(true);
            me["can_read_all_group_messages"] = json!(!shared.config.privacy_mode);
            me["supports_inline_queries"] = json!(false);
            me["can_connect_to_business"] = json!(false);
            me["has_main_web_app"] = json!(false);
            Ok(me)
        }
        "sendMessage" => send_message(shared, p),
        "editMessageText" => edit_message(shared, p, true),
        "editMessageReplyMarkup" => edit_message(shared, p, false),
        "deleteMessage" => delete_message(shared, p),
        "answerCallbackQuery" => answer_callback_query(shared, p),
        "sendChatAction" => send_chat_action(shared, p),
        "setMyCommands" => set_my_commands(shared, p),
        "getMyCommands" => {
            let (scope, lang) = command_key(shared, p)?;
            let st = shared.lock();
            let list = st
                .commands
                .iter()
                .find(|c| c.scope == scope && c.language_code == lang);
            Ok(Value::Array(
                list.map(|c| {
                    c.commands
                        .iter()
                        .map(|c| json!({"command": c.command, "description": c.description}))
                        .collect()
                })
                .unwrap_or_default(),
            ))
        }
        "deleteMyCommands" => {
            let (scope, lang) = command_key(shared, p)?;
            shared
                .lock()
                .commands
                .retain(|c| !(c.scope == scope && c.language_code == lang));
            Ok(json!(true))
        }
        "setWebhook" => {
            let url = param_str(p, "url").unwrap_or_default();
            if url.is_empty() {
                shared.lock().webhook_url = None;
                return Ok(json!(true));
            }
            if !url.to_ascii_lowercase().starts_with("https://") || !valid_url(url) {
                return Err(bad("bad webhook: HTTPS url must be provided for webhook"));
            }
            let mut st = shared.lock();
            st.webhook_url = Some(url.to_owned());
            if as_bool(p.get("drop_pending_updates")) {
                st.updates.clear();
            }
            drop(st);
            shared.updates_changed.notify_waiters();
            Ok(json!(true))
        }
        "deleteWebhook" => {
            let mut st = shared.lock();
            st.webhook_url = None;
            if as_bool(p.get("drop_pending_updates")) {
                st.updates.clear();
            }
            Ok(json!(true))
        }
        "getWebhookInfo" => {
            let st = shared.lock();
            Ok(json!({
                "url": st.webhook_url.clone().unwrap_or_default(),
                "has_custom_certificate": false,
                "pending_update_count": st.updates.len(),
            }))
        }
        "close" | "logOut" => Ok(json!(true)),
        _ => Err(ApiErr {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
        }),
    }
}

async fn get_updates(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let offset = p.get("offset").and_then(as_i64).unwrap_or(0);
    let limit = p.get("limit").and_then(as_i64).unwrap_or(100).clamp(1, 100) as usize;
    let timeout = p.get("timeout").and_then(as_i64).unwrap_or(0).max(0) as u64;
    let deadline = Instant::now() + Duration::from_secs(timeout);
    let generation = {
        let mut st = shared.lock();
        if st.webhook_url.is_some() {
            return Err(ApiErr {
                code: 409,
                description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook \
                              to delete the webhook first"
                    .into(),
                retry_after: None,
            });
        }
        if offset > 0 {
            st.updates.retain(|(id, _)| i64::from(*id) >= offset);
        } else if offset < 0 {
            let keep = offset.unsigned_abs() as usize;
            while st.updates.len() > keep {
                st.updates.pop_front();
            }
        }
        st.poll_generation += 1;
        st.poll_generation
    };
    // End any long poll still waiting: Telegram answers it 409.
    shared.updates_changed.notify_waiters();
    loop {
        let notified = shared.updates_changed.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let st = shared.lock();
            if st.poll_generation != generation {
                return Err(ApiErr {
                    code: 409,
                    description: "Conflict: terminated by other getUpdates request; make sure that only one bot \
                                  instance is running"
                        .into(),
                    retry_after: None,
                });
            }
            if st.shutdown {
                return Ok(json!([]));
            }
            if !st.updates.is_empty() {
                return Ok(Value::Array(
                    st.updates
                        .iter()
                        .take(limit)
                        .map(|(_, u)| u.clone())
                        .collect(),
                ));
            }
        }
        if Instant::now() >= deadline {
            return Ok(json!([]));
        }
        let _ = tokio::time::timeout_at(deadline.into(), notified).await;
    }
}

/// Reads and checks `chat_id`; the chat must be known.
fn known_chat(st: &St, p: &Map<String, Value>) -> Result<i64, ApiErr> {
    let Some(raw) = p.get("chat_id") else {
        return Err(bad("chat_id is empty"));
    };
    if let Some(id) = as_i64(raw) {
        return if st.chats.contains_key(&id) {
            Ok(id)
        } else {
            Err(bad("chat not found"))
        };
    }
    if let Some(name) = raw.as_str().and_then(|s| s.strip_prefix('@')) {
        let found = st.chats.iter().find(|(_, c)| {
            c.json
                .get("username")
                .and_then(Value::as_str)
                .is_some_and(|u| u.eq_ignore_ascii_case(name))
        });
        if let Some((id, _)) = found {
            return Ok(*id);
        }
    }
    Err(bad("chat not found"))
}

struct PreparedText {
    raw: String,
    parse_mode: Option<String>,
    parsed: ParsedText,
}

fn prepare_text(p: &Map<String, Value>, edit: bool) -> Result<PreparedText, ApiErr> {
    let raw = match p.get("text") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(bad("message text is empty")),
    };
    let parse_mode = param_str(p, "parse_mode")
        .filter(|m| !m.is_empty())
        .map(str::to_owned);
    let parsed = match parse_mode
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None => ParsedText {
            text: raw.clone(),
            entities: explicit_entities(p.get("entities")),
        },
        Some("html") => parse_html(&raw).map_err(|e| bad(format!("can't parse entities: {e}")))?,
        Some("markdownv2") => {
            parse_markdown_v2(&raw).map_err(|e| bad(format!("can't parse entities: {e}")))?
        }
        Some("markdown") => {
            parse_markdown(&raw).map_err(|e| bad(format!("can't parse entities: {e}")))?
        }
        Some(_) => return Err(bad("unsupported parse_mode")),
    };
    let parsed = trim_parsed(parsed);
    if parsed.text.is_empty() {
        return Err(bad("message text is empty"));
    }
    if utf16_len(&parsed.text) > MAX_TEXT_UTF16 {
        return Err(bad(if edit {
            "MESSAGE_TOO_LONG"
        } else {
            "message is too long"
        }));
    }
    Ok(PreparedText {
        raw,
        parse_mode,
        parsed,
    })
}

fn explicit_entities(v: Option<&Value>) -> Vec<Entity> {
    let Some(Value::Array(list)) = as_object(v) else {
        return vec![];
    };
    list.iter()
        .filter_map(|e| {
            Some(Entity {
                kind: e.get("type")?.as_str()?.to_owned(),
                offset: e.get("offset")?.as_u64()? as usize,
                length: e.get("length")?.as_u64()? as usize,
                url: e.get("url").and_then(Value::as_str).map(str::to_owned),
                language: e.get("language").and_then(Value::as_str).map(str::to_owned),
                custom_emoji_id: e
                    .get("custom_emoji_id")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            })
        })
        .collect()
}

/// Telegram trims whitespace around a message; entities are moved and cut to match.
fn trim_parsed(p: ParsedText) -> ParsedText {
    let start = p.text.len() - p.text.trim_start().len();
    let lead = utf16_len(&p.text[..start]);
    let text = p.text.trim().to_owned();
    let len = utf16_len(&text);
    let entities = p
        .entities
        .into_iter()
        .filter_map(|mut e| {
            let s = e.offset.saturating_sub(lead).min(len);
            let end = (e.offset + e.length).saturating_sub(lead).min(len);
            (end > s).then(|| {
                e.offset = s;
                e.length = end - s;
                e
            })
        })
        .collect();
    ParsedText { text, entities }
}

/// UTF-16 code units in `s`, the unit of Telegram's lengths and offsets.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `(inline keyboard markup to echo, buttons, reply_markup as sent)`.
type Markup = (Option<Value>, Vec<Vec<Button>>, Option<Value>);

fn prepare_markup(p: &Map<String, Value>) -> Result<Markup, ApiErr> {
    let Some(raw) = p.get("reply_markup") else {
        return Ok((None, vec![], None));
    };
    let Some(markup) = as_object(Some(raw)).filter(Value::is_object) else {
        return Err(bad("can't parse reply keyboard markup JSON object"));
    };
    if let Some(kb) = markup.get("inline_keyboard") {
        let Some(rows) = kb
            .as_array()
            .filter(|rows| rows.iter().all(Value::is_array))
        else {
            return Err(bad(
                "field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays",
            ));
        };
        let total: usize = rows.iter().map(|r| r.as_array().map_or(0, Vec::len)).sum();
        if total > 100 {
            return Err(bad("reply markup is too long"));
        }
        for button in rows.iter().flat_map(|r| r.as_array().into_iter().flatten()) {
            validate_button(button)?;
        }
        let buttons = buttons_of(&markup);
        let echo = (total > 0).then(|| markup.clone());
        return Ok((echo, buttons, Some(markup)));
    }
    if let Some(kb) = markup.get("keyboard") {
        let Some(rows) = kb
            .as_array()
            .filter(|rows| rows.iter().all(Value::is_array))
        else {
            return Err(bad(
                "field \"keyboard\" of the ReplyKeyboardMarkup must be an Array of Arrays",
            ));
        };
        for b in rows.iter().flat_map(|r| r.as_array().into_iter().flatten()) {
            let text = b
                .as_str()
                .or_else(|| b.get("text").and_then(Value::as_str))
                .unwrap_or_default();
            if text.trim().is_empty() {
                return Err(bad("BUTTON_TEXT_INVALID"));
            }
        }
        return Ok((None, vec![], Some(markup)));
    }
    if markup.get("remove_keyboard").is_some() || markup.get("force_reply").is_some() {
        return Ok((None, vec![], Some(markup)));
    }
    Err(bad("can't parse reply keyboard markup JSON object"))
}

const BUTTON_ACTIONS: &[&str] = &[
    "url",
    "callback_data",
    "login_url",
    "web_app",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
];

fn validate_button(b: &Value) -> Result<(), ApiErr> {
    let Some(o) = b.as_object() else {
        return Err(bad(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object",
        ));
    };
    let text = o.get("text").and_then(Value::as_str).unwrap_or_default();
    if text.trim().is_empty() {
        return Err(bad("BUTTON_TEXT_INVALID"));
    }
    let actions: Vec<&str> = BUTTON_ACTIONS
        .iter()
        .copied()
        .filter(|a| o.contains_key(*a))
        .collect();
    match actions.len() {
        0 => {
            return Err(bad(
                "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
            ));
        }
        1 => {}
        _ => {
            return Err(bad(format!(
                "can't parse inline keyboard button: exactly one of the optional fields must be used, found {}",
                actions.join(", ")
            )));
        }
    }
    if let Some(data) = o.get("callback_data") {
        let ok = data.as_str().is_some_and(|d| (1..=64).contains(&d.len()));
        if !ok {
            return Err(bad("BUTTON_DATA_INVALID"));
        }
    }
    if let Some(url) = o.get("url")
        && !url.as_str().is_some_and(valid_url)
    {
        return Err(bad("BUTTON_URL_INVALID"));
    }
    Ok(())
}

fn buttons_of(markup: &Value) -> Vec<Vec<Button>> {
    let rows = markup
        .get("inline_keyboard")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    rows.iter()
        .map(|row| {
            row.as_array()
                .into_iter()
                .flatten()
                .map(|b| Button {
                    text: b
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                    callback_data: b
                        .get("callback_data")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    url: b.get("url").and_then(Value::as_str).map(str::to_owned),
                })
                .collect()
        })
        .collect()
}

fn rate_check(st: &mut St, cfg: &FakeConfig, chat_id: i64, now: Instant) -> Result<(), ApiErr> {
    fn secs(d: Duration) -> u32 {
        (d.as_secs_f64().ceil() as u32).max(1)
    }
    let rate = &mut st.rate;
    let window = Duration::from_secs(1).saturating_sub(cfg.clock_tolerance);
    while rate
        .global
        .front()
        .is_some_and(|t| now.duration_since(*t) >= window)
    {
        rate.global.pop_front();
    }
    if rate.global.len() as u32 >= cfg.messages_per_second {
        let oldest = *rate.global.front().expect("non-empty");
        return Err(too_many(secs(
            window.saturating_sub(now.duration_since(oldest)),
        )));
    }
    let burst = f64::from(cfg.chat_burst.max(1));
    let (tokens, last) = rate.buckets.get(&chat_id).copied().unwrap_or((burst, now));
    let tokens = (tokens + now.duration_since(last).as_secs_f64()).min(burst);
    if tokens < 1.0 {
        return Err(too_many(secs(Duration::from_secs_f64(1.0 - tokens))));
    }
    if chat_id < 0 {
        let window = rate.group_minute.entry(chat_id).or_default();
        while window
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(60))
        {
            window.pop_front();
        }
        if window.len() as u32 >= cfg.group_messages_per_minute {
            let oldest = *window.front().expect("non-empty");
            return Err(too_many(secs(
                Duration::from_secs(60).saturating_sub(now.duration_since(oldest)),
            )));
        }
        window.push_back(now);
    }
    rate.buckets.insert(chat_id, (tokens - 1.0, now));
    rate.global.push_back(now);
    Ok(())
}

fn send_message(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let text = prepare_text(p, false)?;
    let (echo_markup, buttons, raw_markup) = prepare_markup(p)?;
    let reply_id = as_object(p.get("reply_parameters"))
        .and_then(|r| r.get("message_id").and_then(as_i64))
        .or_else(|| p.get("reply_to_message_id").and_then(as_i64));
    let allow_without_reply = as_bool(p.get("allow_sending_without_reply"))
        || as_object(p.get("reply_parameters"))
            .is_some_and(|r| as_bool(r.get("allow_sending_without_reply")));
    let bot_user = shared.bot_user();
    let now = Instant::now();
    let mut st = shared.lock();
    let chat_id = known_chat(&st, p)?;
    if st.blocked.contains(&chat_id) {
        return Err(ApiErr {
            code: 403,
            description: "Forbidden: bot was blocked by the user".into(),
            retry_after: None,
        });
    }
    let chat = &st.chats[&chat_id];
    let replied = match reply_id {
        Some(r) => match chat.messages.get(&r) {
            Some(m) => Some(strip_reply(&m.json)),
            None if allow_without_reply => None,
            None => return Err(bad("message to be replied not found")),
        },
        None => None,
    };
    if shared.config.rate_limit {
        rate_check(&mut st, &shared.config, chat_id, now)?;
    }
    let chat = st.chats.get_mut(&chat_id).expect("known chat");
    let message_id = chat.next_message_id;
    chat.next_message_id += 1;
    let mut m = Map::new();
    m.insert("message_id".into(), json!(message_id));
    if chat_type(&chat.json) == "channel" {
        m.insert("sender_chat".into(), chat.json.clone());
    } else {
        m.insert("from".into(), bot_user);
    }
    m.insert("chat".into(), chat.json.clone());
    m.insert("date".into(), json!(unix_now()));
    if let Some(r) = &replied {
        m.insert("reply_to_message".into(), r.clone());
    }
    m.insert("text".into(), json!(text.parsed.text));
    if !text.parsed.entities.is_empty() {
        m.insert(
            "entities".into(),
            Value::Array(text.parsed.entities.iter().map(Entity::to_json).collect()),
        );
    }
    if let Some(mk) = &echo_markup {
        m.insert("reply_markup".into(), mk.clone());
    }
    let json = Value::Object(m);
    chat.messages.insert(
        message_id,
        StoredMessage {
            json: json.clone(),
            from_bot: true,
            text: text.parsed.text.clone(),
            entities: text.parsed.entities.clone(),
            markup: echo_markup,
        },
    );
    st.sent.push(SentMessage {
        method: "sendMessage".into(),
        chat_id,
        message_id,
        text: text.parsed.text,
        html: text.raw,
        parse_mode: text.parse_mode,
        entities: text.parsed.entities,
        buttons,
        reply_markup: raw_markup,
        reply_to: reply_id.filter(|_| replied.is_some()),
        edited: false,
        at: now,
    });
    Ok(json)
}

fn edit_message(shared: &Shared, p: &Map<String, Value>, with_text: bool) -> ApiResult {
    let method = if with_text {
        "editMessageText"
    } else {
        "editMessageReplyMarkup"
    };
    if p.get("chat_id").is_none() && p.get("inline_message_id").is_some() {
        return Err(bad("MESSAGE_ID_INVALID"));
    }
    let text = if with_text {
        Some(prepare_text(p, true)?)
    } else {
        None
    };
    let (echo_markup, buttons, raw_markup) = prepare_markup(p)?;
    let now = Instant::now();
    let mut st = shared.lock();
    let chat_id = known_chat(&st, p)?;
    let Some(message_id) = p.get("message_id").and_then(as_i64) else {
        return Err(bad("message identifier is not specified"));
    };
    let chat = st.chats.get_mut(&chat_id).expect("known chat");
    let Some(stored) = chat.messages.get_mut(&message_id) else {
        return Err(bad("message to edit not found"));
    };
    if !stored.from_bot {
        return Err(bad("message can't be edited"));
    }
    let (new_text, new_entities) = match &text {
        Some(t) => (t.parsed.text.clone(), t.parsed.entities.clone()),
        None => (stored.text.clone(), stored.entities.clone()),
    };
    if new_text == stored.text && new_entities == stored.entities && echo_markup == stored.markup {
        return Err(bad(NOT_MODIFIED));
    }
    let mut json = stored.json.clone();
    json["text"] = json!(new_text);
    json["edit_date"] = json!(unix_now());
    let obj = json.as_object_mut().expect("message object");
    if new_entities.is_empty() {
        obj.remove("entities");
    } else {
        obj.insert(
            "entities".into(),
            Value::Array(new_entities.iter().map(Entity::to_json).collect()),
        );
    }
    match &echo_markup {
        Some(mk) => obj.insert("reply_markup".into(), mk.clone()),
        None => obj.remove("reply_markup"),
    };
    stored.json = json.clone();
    stored.text = new_text.clone();
    stored.entities = new_entities.clone();
    stored.markup = echo_markup;
    let reply_to = json
        .get("reply_to_message")
        .and_then(|r| r.get("message_id"))
        .and_then(Value::as_i64);
    let (html, parse_mode) = match text {
        Some(t) => (t.raw, t.parse_mode),
        None => (new_text.clone(), None),
    };
    st.sent.push(SentMessage {
        method: method.into(),
        chat_id,
        message_id,
        text: new_text,
        html,
        parse_mode,
        entities: new_entities,
        buttons,
        reply_markup: raw_markup,
        reply_to,
        edited: true,
        at: now,
    });
    Ok(json)
}

fn delete_message(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let mut st = shared.lock();
    let chat_id = known_chat(&st, p)?;
    let Some(message_id) = p.get("message_id").and_then(as_i64) else {
        return Err(bad("message identifier is not specified"));
    };
    let chat = st.chats.get_mut(&chat_id).expect("known chat");
    if chat.messages.remove(&message_id).is_none() {
        return Err(bad("message to delete not found"));
    }
    st.deleted.push((chat_id, message_id));
    Ok(json!(true))
}

fn answer_callback_query(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let id = match p.get("callback_query_id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(bad(QUERY_INVALID)),
    };
    let text = param_str(p, "text").map(str::to_owned);
    if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
        return Err(bad("MESSAGE_TOO_LONG"));
    }
    let url = param_str(p, "url").map(str::to_owned);
    let mut st = shared.lock();
    let Some(q) = st.callback_queries.get_mut(&id).filter(|q| !q.answered) else {
        return Err(bad(QUERY_INVALID));
    };
    q.answered = true;
    let (chat_id, message_id) = (q.chat_id, q.message_id);
    st.answers.push(CallbackAnswer {
        callback_query_id: id,
        chat_id,
        message_id,
        text,
        show_alert: as_bool(p.get("show_alert")),
        url,
        at: Instant::now(),
    });
    Ok(json!(true))
}

const CHAT_ACTIONS: &[&str] = &[
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
];

fn send_chat_action(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let mut st = shared.lock();
    let chat_id = known_chat(&st, p)?;
    let action = param_str(p, "action").unwrap_or_default();
    if !CHAT_ACTIONS.contains(&action) {
        return Err(bad("wrong parameter action in request"));
    }
    st.chat_actions.push((chat_id, action.to_owned()));
    Ok(json!(true))
}

fn normalize_scope(scope: Option<&Value>) -> Value {
    let mut scope = match scope {
        Some(Value::Object(o)) => Value::Object(o.clone()),
        _ => json!({"type": "default"}),
    };
    for key in ["chat_id", "user_id"] {
        if let Some(n) = scope
            .get(key)
            .and_then(|v| v.as_str())
            .and_then(|s| s.parse::<i64>().ok())
        {
            scope[key] = json!(n);
        }
    }
    scope
}

fn command_key(shared: &Shared, p: &Map<String, Value>) -> Result<(Value, Option<String>), ApiErr> {
    let scope = normalize_scope(as_object(p.get("scope")).as_ref());
    let kind = scope
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    match kind.as_str() {
        "default" | "all_private_chats" | "all_group_chats" | "all_chat_administrators" => {}
        "chat" | "chat_administrators" | "chat_member" => {
            let st = shared.lock();
            let mut scope_params = Map::new();
            if let Some(c) = scope.get("chat_id") {
                scope_params.insert("chat_id".into(), c.clone());
            }
            known_chat(&st, &scope_params)?;
            if kind == "chat_member" && scope.get("user_id").and_then(as_i64).is_none() {
                return Err(bad("user not found"));
            }
        }
        _ => return Err(bad("wrong parameter scope in request")),
    }
    let lang = param_str(p, "language_code")
        .filter(|l| !l.is_empty())
        .map(str::to_owned);
    if let Some(l) = &lang
        && !(l.len() == 2 && l.chars().all(|c| c.is_ascii_lowercase()))
    {
        return Err(bad("invalid language code specified"));
    }
    Ok((scope, lang))
}

fn set_my_commands(shared: &Shared, p: &Map<String, Value>) -> ApiResult {
    let Some(Value::Array(list)) = as_object(p.get("commands")) else {
        return Err(bad("parameter \"commands\" must be an Array"));
    };
    if list.len() > 100 {
        return Err(bad("BOT_COMMANDS_TOO_MUCH"));
    }
    let mut commands = Vec::new();
    for c in &list {
        let command = c.get("command").and_then(Value::as_str).unwrap_or_default();
        let description = c
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let command_ok = (1..=32).contains(&command.chars().count())
            && command
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !command_ok {
            return Err(bad("BOT_COMMAND_INVALID"));
        }
        if !(1..=256).contains(&description.trim().chars().count()) {
            return Err(bad("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
        commands.push(RegisteredCommand {
            command: command.to_owned(),
            description: description.to_owned(),
        });
    }
    let (scope, language_code) = command_key(shared, p)?;
    let mut st = shared.lock();
    st.commands
        .retain(|c| !(c.scope == scope && c.language_code == language_code));
    if !commands.is_empty() {
        st.commands.push(CommandSet {
            scope,
            language_code,
            commands,
        });
    }
    Ok(json!(true))
}

// ---------------------------------------------------------------------------------------------
// Entities in users' messages
// ---------------------------------------------------------------------------------------------

fn detect_entities(text: &str) -> Vec<Value> {
    let chars: Vec<char> = text.chars().collect();
    let mut offsets = Vec::with_capacity(chars.len() + 1);
    let mut acc = 0;
    for c in &chars {
        offsets.push(acc);
        acc += c.len_utf16();
    }
    offsets.push(acc);
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let after_space = i == 0 || chars[i - 1].is_whitespace();
        let after_non_word = i == 0 || !word(chars[i - 1]);
        let run = |from: usize, f: &dyn Fn(char) -> bool| {
            let mut j = from;
            while j < chars.len() && f(chars[j]) {
                j += 1;
            }
            j
        };
        let mut entity = |kind: &str, end: usize| {
            out.push(
                json!({"type": kind, "offset": offsets[i], "length": offsets[end] - offsets[i]}),
            );
            end
        };
        let ascii_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        let c = chars[i];
        let next = if c == '/' && after_space {
            let end = run(i + 1, &ascii_word);
            if end > i + 1 && end - i - 1 <= 64 {
                let mut end = end;
                if end < chars.len() && chars[end] == '@' {
                    let e2 = run(end + 1, &ascii_word);
                    if e2 > end + 1 {
                        end = e2;
                    }
                }
                Some(entity("bot_command", end))
            } else {
                None
            }
        } else if c == '@' && after_non_word {
            let end = run(i + 1, &ascii_word);
            (5..=32)
                .contains(&(end - i - 1))
                .then(|| entity("mention", end))
        } else if c == '#' && after_non_word {
            let end = run(i + 1, &word);
            let tag: String = chars[i + 1..end].iter().collect();
            (!tag.is_empty() && !tag.chars().all(|c| c.is_ascii_digit()))
                .then(|| entity("hashtag", end))
        } else if after_non_word
            && (starts_with_at(&chars, i, "http://") || starts_with_at(&chars, i, "https://"))
        {
            let mut end = run(i, &|c: char| !c.is_whitespace());
            while end > i && matches!(chars[end - 1], '.' | ',' | '!' | '?' | ')' | ';' | ':') {
                end -= 1;
            }
            Some(entity("url", end))
        } else {
            None
        };
        i = next.unwrap_or(i + 1).max(i + 1);
    }
    out
}

fn starts_with_at(chars: &[char], i: usize, prefix: &str) -> bool {
    let n = prefix.chars().count();
    chars.len() >= i + n
        && chars[i..i + n]
            .iter()
            .zip(prefix.chars())
            .all(|(c, p)| c.to_ascii_lowercase() == p)
}

// ---------------------------------------------------------------------------------------------
// Connections that a fault can drop
// ---------------------------------------------------------------------------------------------

/// A shared kill switch for one TCP connection.
#[derive(Default)]
struct ConnControl {
    killed: AtomicBool,
    read_waker: Mutex<Option<Waker>>,
}

impl ConnControl {
    fn kill(&self) {
        self.killed.store(true, Ordering::SeqCst);
        let waker = self
            .read_waker
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(w) = waker {
            w.wake();
        }
    }
}

/// What each request learns about its connection (through `ConnectInfo`).
#[derive(Clone)]
struct ConnHandle(Arc<ConnControl>);

impl Connected<IncomingStream<'_, KillableListener>> for ConnHandle {
    fn connect_info(stream: IncomingStream<'_, KillableListener>) -> Self {
        ConnHandle(stream.io().ctl.clone())
    }
}

struct KillableListener(TcpListener);

impl Listener for KillableListener {
    type Io = KillableIo;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.0.accept().await {
                Ok((stream, addr)) => {
                    let _ = stream.set_nodelay(true);
                    let io = KillableIo {
                        inner: stream,
                        ctl: Arc::default(),
                        reset: false,
                    };
                    return (io, addr);
                }
                Err(e) => {
                    eprintln!("fake Telegram: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

/// A TCP stream whose reads and writes fail once its connection is killed, so that hyper drops
/// it without answering; closing then sends a RST (`SO_LINGER` 0).
struct KillableIo {
    inner: TcpStream,
    ctl: Arc<ConnControl>,
    reset: bool,
}

impl KillableIo {
    fn killed(&mut self) -> Option<io::Error> {
        if !self.ctl.killed.load(Ordering::SeqCst) {
            return None;
        }
        if !self.reset {
            self.reset = true;
            let _ = self.inner.set_zero_linger();
        }
        Some(io::Error::new(
            io::ErrorKind::ConnectionAborted,
            "fake Telegram: connection dropped by an injected fault",
        ))
    }
}

impl AsyncRead for KillableIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        *self
            .ctl
            .read_waker
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(cx.waker().clone());
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for KillableIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
