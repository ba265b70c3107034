//! Property tests: whatever a stranger sends, and whatever staff write in an answer, the bot
//! never panics and every message it would send is one Telegram accepts: valid Telegram HTML
//! (checked with the fake Bot API's own parser), at most 4,096 characters, non-empty, with
//! callback data of at most 64 bytes.

mod support;

use std::path::PathBuf;
use std::sync::LazyLock;

use faqbot::knowledge::Knowledge;
use faqbot::matcher::Brain;
use faqbot::reply::{Button, MAX_CALLBACK_BYTES, Reply, TelegramMessage};
use proptest::prelude::*;
use support::fake_telegram::{parse_html, utf16_len};

static BRAIN: LazyLock<Brain> = LazyLock::new(|| {
    Brain::in_memory(Knowledge::load(&support::harness::shipped_knowledge()).unwrap()).unwrap()
});

fn assert_sendable(messages: &[TelegramMessage]) -> Result<(), TestCaseError> {
    prop_assert!(!messages.is_empty());
    for message in messages {
        let parsed = parse_html(&message.html);
        prop_assert!(
            parsed.is_ok(),
            "invalid HTML {:?}: {:?}",
            parsed.err(),
            message.html
        );
        let text = parsed.unwrap().text;
        prop_assert!(!text.trim().is_empty(), "empty message");
        prop_assert!(utf16_len(&text) <= 4096, "{} characters", utf16_len(&text));
        for button in message.buttons.iter().flatten() {
            prop_assert!(!button.label().trim().is_empty());
            if let Button::Callback { callback, .. } = button {
                prop_assert!(callback.encode().len() <= MAX_CALLBACK_BYTES);
            }
        }
    }
    Ok(())
}

/// What strangers send: anything, and especially the awkward.
fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        prop::collection::vec(
            prop_oneof![
                Just("ketamine".to_owned()),
                Just("ket".to_owned()),
                Just("k-hole".to_owned()),
                Just("withdrawl".to_owned()),
                Just("<b>".to_owned()),
                Just("&amp;".to_owned()),
                Just("title:x AND (".to_owned()),
                Just("\"*~2 -foo +".to_owned()),
                Just("😱🙏".to_owned()),
                Just("مرحبا".to_owned()),
                Just("\u{200b}\u{202e}\u{7}".to_owned()),
                Just("kill myself".to_owned()),
                Just("not".to_owned()),
                // A first letter of two bytes before "our" once panicked in the British
                // spelling rules.
                Just("жourney".to_owned()),
                "[жщёñéß][a-z]{2,10}",
                "[a-z]{1,12}",
            ],
            0..40
        )
        .prop_map(|words| words.join(" ")),
        "[a-z ]{2000,10000}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_message_gets_a_reply_telegram_accepts(text in message()) {
        let decision = BRAIN.answer(&text);
        let reply = Reply::for_decision(&decision, BRAIN.knowledge());
        assert_sendable(&reply.render_telegram())?;
        let _ = reply.render_plain();
    }

    #[test]
    fn any_answer_staff_write_renders_to_messages_telegram_accepts(
        body in "[\\PC\\n*_`#\\[\\]()<>&\"'-]{1,6000}",
        title in "[^\\n]{1,120}",
    ) {
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        for name in ["bot.md", "crisis.md"] {
            files.push((PathBuf::from(name), std::fs::read(support::harness::shipped_knowledge().join(name)).unwrap()));
        }
        let title = title.replace('#', "").trim().to_owned();
        prop_assume!(!title.is_empty());
        let body = body.lines().filter(|l| !l.trim_start().starts_with("## ") && !l.trim_start().starts_with("# ")).collect::<Vec<_>>().join("\n");
        prop_assume!(!body.trim().is_empty());
        files.push((PathBuf::from("faq.md"), format!("## {title}\nid: generated\n\n{body}\n").into_bytes()));
        let Ok(knowledge) = Knowledge::from_files(files) else { return Ok(()) };
        let entry = &knowledge.entries[0];
        let reply = Reply::answer(&knowledge, entry, &[]);
        assert_sendable(&reply.render_telegram())?;
    }
}

#[test]
fn every_shipped_answer_and_text_is_sendable() {
    let k = BRAIN.knowledge();
    let mut replies = vec![
        Reply::welcome(k),
        Reply::help(k),
        Reply::talk_to_someone(k),
        Reply::non_text(k),
        Reply::group_invite(k),
        Reply::unknown_command(k),
    ];
    for page in 0..5 {
        replies.push(Reply::topics(k, page));
    }
    for entry in &k.entries {
        replies.push(Reply::chosen_entry(k, &entry.id).unwrap());
    }
    for reply in replies {
        assert_sendable(&reply.render_telegram()).unwrap();
    }
}
