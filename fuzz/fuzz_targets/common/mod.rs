//! What the fuzz targets check besides "never panics": that every rendered reply would be
//! accepted by Telegram. The rules mirror the strict fake Telegram of the tests
//! (`tests/support/telegram_text.rs`, included: `parse_html`, `valid_url`; and
//! `tests/support/fake_telegram.rs`: `validate_button`,
//! `prepare_text`), reduced to what `sendMessage` with `parse_mode = HTML` and an inline keyboard
//! needs, and what `src/telegram/delivery.rs` does before sending (URL buttons that
//! `url::Url::parse` refuses are dropped; the others are sent in their parsed, serialised form).
//!
//! A broken rule panics with a message starting `INVARIANT: <what>: [<check>]` (so libFuzzer
//! saves the input): a bug in what the bot would send, not a panic inside faqbot.
//! `FUZZ_PANICS_ONLY=1` skips all these checks (panics only); `FUZZ_SKIP=check,check` skips
//! some of them, by name: html, empty, too_long, too_many_buttons, button_label, button_url,
//! button_dropped, callback.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use faqbot::reply::{Button, Callback, MAX_CALLBACK_BYTES, MAX_MESSAGE_CHARS, Reply};

// The fake Telegram's own rules for formatted text and URLs, shared rather than copied.
#[path = "../../../tests/support/telegram_text.rs"]
mod telegram_text;
use telegram_text::{parse_html, valid_url};

/// Every file of the shipped knowledge folder (except the staff guide, which the bot skips),
/// compiled into the fuzzer so it does not depend on the working directory.
pub const SHIPPED: &[(&str, &[u8])] = &[
    ("bot.md", include_bytes!("../../../knowledge/bot.md")),
    ("crisis.md", include_bytes!("../../../knowledge/crisis.md")),
    (
        "crisis-model.md",
        include_bytes!("../../../knowledge/crisis-model.md"),
    ),
    (
        "synonyms.md",
        include_bytes!("../../../knowledge/synonyms.md"),
    ),
    (
        "smalltalk.md",
        include_bytes!("../../../knowledge/smalltalk.md"),
    ),
    (
        "not-covered.md",
        include_bytes!("../../../knowledge/not-covered.md"),
    ),
    ("faq.md", include_bytes!("../../../knowledge/faq.md")),
    (
        "articles/is-ketamine-addictive.md",
        include_bytes!("../../../knowledge/articles/is-ketamine-addictive.md"),
    ),
];

/// The shipped files named `names`, as `Knowledge::from_files` takes them.
pub fn shipped(names: &[&str]) -> Vec<(PathBuf, Vec<u8>)> {
    SHIPPED
        .iter()
        .filter(|(name, _)| names.contains(name))
        .map(|(name, bytes)| (PathBuf::from(name), bytes.to_vec()))
        .collect()
}

fn checks_enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("FUZZ_PANICS_ONLY").is_none_or(|v| v == "0"))
}

fn skipped(check: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    })
    .iter()
    .any(|s| s == check)
}

/// Renders `reply` both ways and checks what Telegram would reject. `what` names the reply in a
/// failure message.
pub fn check_reply(what: &str, reply: &Reply) {
    let _ = reply.render_plain();
    let messages = reply.render_telegram();
    if !checks_enabled() {
        return;
    }
    if messages.is_empty() {
        fail(what, "empty", "render_telegram gave no message at all", "");
    }
    let mut buttons = 0;
    for message in &messages {
        let visible = match parse_html(&message.html) {
            Ok(parsed) => parsed.text,
            Err(error) => {
                fail(
                    what,
                    "html",
                    &format!("Telegram would reject the HTML: {error}"),
                    &message.html,
                );
                continue;
            }
        };
        let visible = visible.trim();
        if visible.is_empty() {
            fail(
                what,
                "empty",
                "message text is empty (after parsing and trimming)",
                &message.html,
            );
        }
        let units: usize = visible.chars().map(char::len_utf16).sum();
        if units > MAX_MESSAGE_CHARS {
            fail(
                what,
                "too_long",
                &format!("message is too long: {units} UTF-16 units > {MAX_MESSAGE_CHARS}"),
                &message.html,
            );
        }
        for button in message.buttons.iter().flatten() {
            buttons += 1;
            check_button(what, button);
        }
    }
    if buttons > 100 {
        fail(
            what,
            "too_many_buttons",
            &format!("{buttons} buttons, Telegram allows 100"),
            "",
        );
    }
}

fn check_button(what: &str, button: &Button) {
    if button.label().trim().is_empty() {
        fail(
            what,
            "button_label",
            "BUTTON_TEXT_INVALID: empty button label",
            &format!("{button:?}"),
        );
    }
    match button {
        Button::Url { url, .. } => match url::Url::parse(url) {
            // delivery::keyboard drops the button: the message goes out without it.
            Err(error) => fail(
                what,
                "button_dropped",
                &format!("URL button silently dropped before sending (url::Url::parse: {error})"),
                url,
            ),
            Ok(parsed) => {
                if !valid_url(parsed.as_str()) {
                    fail(what, "button_url", "BUTTON_URL_INVALID", parsed.as_str());
                }
            }
        },
        Button::Callback { callback, .. } => {
            let data = callback.encode();
            if data.is_empty() || data.len() > MAX_CALLBACK_BYTES {
                fail(
                    what,
                    "callback",
                    &format!("BUTTON_DATA_INVALID: {} bytes", data.len()),
                    &data,
                );
            }
            if Callback::decode(&data).as_ref() != Some(callback) {
                fail(
                    what,
                    "callback",
                    "callback data does not decode back to itself",
                    &data,
                );
            }
        }
    }
}

/// Panics with `INVARIANT: …` unless `check` is in `FUZZ_SKIP`.
fn fail(what: &str, check: &str, problem: &str, text: &str) {
    if skipped(check) {
        return;
    }
    panic!("INVARIANT: {what}: [{check}] {problem}\n--- offending text ---\n{text}\n--- end ---");
}

