//! What the fuzz targets check besides "never panics": that every rendered reply would be
//! accepted by Telegram. The rules mirror the strict fake Telegram of the tests
//! (`tests/support/fake_telegram.rs`: `parse_html`, `valid_url`, `validate_button`,
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

/// Every file of the shipped knowledge folder (except the staff guide, which the bot skips),
/// compiled into the fuzzer so it does not depend on the working directory.
pub const SHIPPED: &[(&str, &[u8])] = &[
    ("bot.md", include_bytes!("../../../knowledge/bot.md")),
    ("crisis.md", include_bytes!("../../../knowledge/crisis.md")),
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
            Ok(visible) => visible,
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

/// Telegram's absolute http/https/tg URL check, as the fake Telegram models it.
pub fn valid_url(url: &str) -> bool {
    if url.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("tg://") {
        return !rest.is_empty();
    }
    let Some(rest) = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || h.starts_with('[') => (h, Some(p)),
        _ => (host_port, None),
    };
    if let Some(port) = port
        && (port.is_empty()
            || !port.chars().all(|c| c.is_ascii_digit())
            || port.parse::<u32>().map_or(true, |p| p > 65535))
    {
        return false;
    }
    !host.is_empty()
        && !host.starts_with('.')
        && !host.ends_with("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '[' | ']' | ':'))
}

/// Parses Telegram HTML like the fake Telegram: allowed tags only, properly nested and closed,
/// quoted attributes, `<a href>` with a valid URL, only `&lt; &gt; &amp; &quot;` and numeric
/// entities. Returns the visible text.
pub fn parse_html(html: &str) -> Result<String, String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "span",
        "tg-spoiler",
        "blockquote",
        "tg-emoji",
    ];
    let bytes = html.as_bytes();
    let mut text = String::new();
    let mut stack: Vec<String> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'&' => {
                let (c, next) = decode_entity(html, i)?;
                text.push(c);
                i = next;
            }
            b'<' if bytes.get(i + 1) == Some(&b'/') => {
                let begin = i;
                let mut j = i + 2;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let name = html[i + 2..j].to_ascii_lowercase();
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if j >= bytes.len() || bytes[j] != b'>' {
                    return Err(format!("Unclosed end tag at byte offset {begin}"));
                }
                match stack.pop() {
                    None => return Err(format!("Unexpected end tag at byte offset {begin}")),
                    Some(open) if open != name => {
                        return Err(format!(
                            "Unmatched end tag at byte offset {begin}, expected </{open}>, found </{name}>"
                        ));
                    }
                    Some(_) => {}
                }
                i = j + 1;
            }
            b'<' => {
                let begin = i;
                let mut j = i + 1;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                let tag = html[i + 1..j].to_ascii_lowercase();
                if !TAGS.contains(&tag.as_str()) {
                    return Err(format!(
                        "Unsupported start tag \"{tag}\" at byte offset {begin}"
                    ));
                }
                let mut attrs: Vec<(String, String)> = Vec::new();
                loop {
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j >= bytes.len() {
                        return Err(format!("Unclosed start tag at byte offset {begin}"));
                    }
                    if bytes[j] == b'>' {
                        j += 1;
                        break;
                    }
                    let name_start = j;
                    while j < bytes.len()
                        && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b'_'))
                    {
                        j += 1;
                    }
                    if j == name_start {
                        return Err(format!("Empty attribute name at byte offset {begin}"));
                    }
                    let attr = html[name_start..j].to_ascii_lowercase();
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    if j >= bytes.len() {
                        return Err(format!("Unclosed start tag at byte offset {begin}"));
                    }
                    if bytes[j] != b'=' {
                        attrs.push((attr, String::new()));
                        continue;
                    }
                    j += 1;
                    while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                        j += 1;
                    }
                    let Some(&quote) = bytes.get(j).filter(|q| matches!(q, b'"' | b'\'')) else {
                        return Err(format!(
                            "Unquoted attribute \"{attr}\" at byte offset {begin}"
                        ));
                    };
                    j += 1;
                    let mut value = String::new();
                    loop {
                        match bytes.get(j) {
                            None => {
                                return Err(format!("Unclosed start tag at byte offset {begin}"));
                            }
                            Some(&q) if q == quote => {
                                j += 1;
                                break;
                            }
                            Some(b'&') => {
                                let (c, next) = decode_entity(html, j)?;
                                value.push(c);
                                j = next;
                            }
                            Some(_) => {
                                let c = html[j..].chars().next().expect("char boundary");
                                value.push(c);
                                j += c.len_utf8();
                            }
                        }
                    }
                    attrs.push((attr, value));
                }
                let attr = |name: &str| attrs.iter().find(|(a, _)| a == name).map(|(_, v)| v);
                match tag.as_str() {
                    "a" => match attr("href") {
                        None => {
                            return Err(format!("Tag \"a\" without href at byte offset {begin}"));
                        }
                        Some(href) if !valid_url(href) => {
                            return Err(format!(
                                "Wrong URL \"{href}\" in the tag \"a\" at byte offset {begin}"
                            ));
                        }
                        Some(_) => {}
                    },
                    "span" if attr("class").map(String::as_str) != Some("tg-spoiler") => {
                        return Err(format!(
                            "Tag \"span\" without class tg-spoiler at byte offset {begin}"
                        ));
                    }
                    "tg-emoji"
                        if !attr("emoji-id").is_some_and(|id| {
                            !id.is_empty() && id.chars().all(|c| c.is_ascii_digit())
                        }) =>
                    {
                        return Err(format!(
                            "Tag \"tg-emoji\" without a numeric emoji-id at byte offset {begin}"
                        ));
                    }
                    _ => {}
                }
                stack.push(tag);
                i = j;
            }
            _ => {
                let c = html[i..].chars().next().expect("char boundary");
                text.push(c);
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{open}\""
        ));
    }
    Ok(text)
}

/// The HTML entity at `html[i]` (an `&`).
fn decode_entity(html: &str, i: usize) -> Result<(char, usize), String> {
    let rest = &html[i..];
    let err = || {
        Err(format!(
            "Character '&' at byte offset {i} does not begin an HTML entity"
        ))
    };
    let Some(semi) = rest.find(';').filter(|s| *s <= 12) else {
        return err();
    };
    let name = &rest[1..semi];
    let c = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        _ => {
            let num = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
            {
                (!hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()))
                    .then(|| u32::from_str_radix(hex, 16).ok())
                    .flatten()
            } else if let Some(dec) = name.strip_prefix('#') {
                (!dec.is_empty() && dec.chars().all(|c| c.is_ascii_digit()))
                    .then(|| dec.parse().ok())
                    .flatten()
            } else {
                None
            };
            num.filter(|n| *n != 0).and_then(char::from_u32)
        }
    };
    match c {
        Some(c) => Ok((c, i + semi + 1)),
        None => err(),
    }
}
