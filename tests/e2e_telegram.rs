//! End to end: the real bot (dispatcher, handlers, delivery) against the fake Telegram Bot API
//! on 127.0.0.1. The fake is strict like Telegram: it rejects malformed HTML, texts over 4,096
//! characters and callback data over 64 bytes, so every test ends by checking that nothing the
//! bot sent was rejected.

mod support;

use std::time::Duration;

use support::fake_telegram::FakeConfig;
use support::harness::{PATIENCE, Running, knowledge_copy, shipped_knowledge, test_policy};

const WEBSITE: &str = "https://www.theedgetreatment.com/";

#[tokio::test]
async fn start_help_and_topics_pages() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;
    let chat = 1001;

    fake.send_text(chat, "/start");
    let welcome = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(
        welcome.text.contains("The Edge Treatment Center"),
        "{}",
        welcome.text
    );
    assert!(
        welcome.text.contains("not medical advice"),
        "{}",
        welcome.text
    );
    assert!(
        welcome.text.contains("911"),
        "the emergency number: {}",
        welcome.text
    );
    assert!(
        welcome.button("Is Ketamine Addictive?").is_some(),
        "topic buttons: {:?}",
        welcome.buttons
    );
    assert_eq!(
        welcome
            .button("💬 Reach out to The Edge Treatment Center")
            .unwrap()
            .url
            .as_deref(),
        Some(WEBSITE)
    );

    fake.send_text(chat, "/help");
    let help = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(help.text.contains("type your question"), "{}", help.text);

    fake.send_text(chat, "/topics");
    let topics = fake.wait_for_messages(chat, 1, PATIENCE).await.remove(0);
    let more = topics
        .button("More ›")
        .expect("a second page")
        .callback_data
        .clone()
        .unwrap();
    fake.press_button(chat, topics.message_id, &more);
    let page_two = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(page_two.edited, "the page turns in place");
    assert_eq!(page_two.message_id, topics.message_id);
    assert!(page_two.button("‹ Back").is_some());

    let menu = fake.command_sets();
    let names: Vec<&str> = menu
        .last()
        .unwrap()
        .commands
        .iter()
        .map(|c| c.command.as_str())
        .collect();
    assert_eq!(names, ["start", "help", "topics"]);
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn a_question_gets_the_answer_the_help_prompt_and_buttons_that_work() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;
    let chat = 1002;

    fake.send_text(chat, "is ketamine addictive?");
    let answer = fake.wait_for_messages(chat, 1, PATIENCE).await.remove(0);
    assert_eq!(answer.parse_mode.as_deref(), Some("HTML"));
    assert!(
        answer
            .text
            .contains("not as physically addictive as opioids"),
        "{}",
        answer.text
    );
    assert!(
        answer
            .text
            .contains("Our team can guide you on your journey to recovery. Reach out today.")
    );
    assert!(
        answer.html.contains("<b>"),
        "formatted for a phone: {}",
        answer.html
    );
    assert_eq!(
        answer
            .button("💬 Reach out to The Edge Treatment Center")
            .unwrap()
            .url
            .as_deref(),
        Some(WEBSITE)
    );

    // 👍: thanked in a toast, and the vote buttons go away.
    let vote = answer
        .button("👍 Helpful")
        .unwrap()
        .callback_data
        .clone()
        .unwrap();
    let query = fake.press_button(chat, answer.message_id, &vote);
    let thanks = fake.wait_for_callback_answer(&query, PATIENCE).await;
    assert!(thanks.text.unwrap().contains("Thank you"));
    let edited = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(edited.edited && edited.button("👍 Helpful").is_none());

    // A related question, pressed.
    if let Some(related) = answer.buttons.iter().flatten().find(|b| {
        b.callback_data
            .as_deref()
            .is_some_and(|d| d.starts_with("e:"))
    }) {
        fake.press_button(
            chat,
            answer.message_id,
            related.callback_data.as_deref().unwrap(),
        );
        let next = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
        assert!(
            next.text
                .contains(&related.text.trim_end_matches('…').to_owned()),
            "{} / {}",
            related.text,
            next.text
        );
    }
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn a_crisis_gets_emergency_resources_first_and_alone() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;
    let chat = 1003;

    fake.send_text(chat, "my friend took too much ket and now she wont wake up");
    let reply = fake.wait_for_messages(chat, 1, PATIENCE).await.remove(0);
    assert!(
        reply
            .text
            .starts_with("If you or someone else is in danger right now, call 911"),
        "{}",
        reply.text
    );
    assert!(
        reply.text.contains("988") && reply.text.contains("1-800-662-4357"),
        "{}",
        reply.text
    );
    assert!(reply.buttons.is_empty(), "nothing to dismiss it with");
    fake.expect_no_messages(chat, Duration::from_millis(1500))
        .await;
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn did_you_mean_offers_buttons_that_answer() {
    let knowledge = knowledge_copy();
    std::fs::write(
        knowledge.path().join("zebras.md"),
        "## Zebra care in winter\nid: zebra_winter\n\nKeep zebras warm.\n\n## Zebra care in summer\nid: zebra_summer\n\nKeep zebras cool.\n",
    )
    .unwrap();
    let bot = Running::start(knowledge.path()).await;
    let fake = &bot.fake;
    let chat = 1004;

    fake.send_text(chat, "zebra care");
    let offer = fake.wait_for_messages(chat, 1, PATIENCE).await.remove(0);
    assert!(offer.text.contains("Did you mean"), "{}", offer.text);
    let winter = offer
        .button("Zebra care in winter")
        .expect("a suggestion")
        .callback_data
        .clone()
        .unwrap();
    assert!(offer.button("Zebra care in summer").is_some());
    let nobody = offer
        .button("None of these: talk to someone")
        .unwrap()
        .callback_data
        .clone()
        .unwrap();

    fake.press_button(chat, offer.message_id, &winter);
    let answer = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(answer.text.contains("Keep zebras warm."), "{}", answer.text);

    fake.press_button(chat, offer.message_id, &nobody);
    let human = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(human.text.contains("Reach out today."), "{}", human.text);
    assert_eq!(
        human
            .button("💬 Reach out to The Edge Treatment Center")
            .unwrap()
            .url
            .as_deref(),
        Some(WEBSITE)
    );
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn no_match_is_honest_and_offers_a_human() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;
    let chat = 1005;

    fake.send_text(chat, "what's the capital of france?");
    let reply = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(
        reply
            .text
            .starts_with("I'm sorry, I don't have an answer to that."),
        "{}",
        reply.text
    );
    assert!(reply.text.contains("Reach out today."));
    // A crisis the rules missed often lands here: the emergency numbers are in this reply too.
    assert!(
        reply.text.contains("911") && reply.text.contains("988"),
        "{}",
        reply.text
    );
    assert!(reply.button("📚 Topics").is_some());
    assert!(
        reply
            .button("💬 Reach out to The Edge Treatment Center")
            .is_some()
    );

    // A question the articles leave out on purpose: said so in its group's words, with the
    // emergency numbers, and a button to what the articles do say, which answers when pressed.
    fake.send_text(chat, "how long does ket withdrawal last??");
    let reply = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(
        reply
            .text
            .starts_with("Our articles don't say how long withdrawal or detox lasts"),
        "{}",
        reply.text
    );
    assert!(reply.text.contains("988"), "{}", reply.text);
    let withdrawal = reply
        .button("Ketamine Withdrawal and Symptoms")
        .expect("a pointer to the withdrawal article")
        .callback_data
        .clone()
        .unwrap();
    assert!(
        reply
            .button("💬 Reach out to The Edge Treatment Center")
            .is_some()
    );
    fake.press_button(chat, reply.message_id, &withdrawal);
    let article = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(
        article
            .text
            .contains("ketamine withdrawal primarily affects mental"),
        "{}",
        article.text
    );
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn stickers_photos_voice_and_files_get_a_polite_line() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;
    let chats = [1006, 1007, 1008, 1009];
    fake.send_sticker(chats[0]);
    fake.send_photo(chats[1], Some("is this ket?"));
    fake.send_voice(chats[2], 3);
    fake.send_document(chats[3], "notes.pdf");
    for chat in chats {
        let reply = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
        assert_eq!(
            reply.text,
            "I can only read text messages. Please type your question."
        );
    }
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn an_over_long_answer_is_split_between_paragraphs() {
    let knowledge = knowledge_copy();
    let paragraphs: Vec<String> = (1..=7)
        .map(|i| {
            format!(
                "Paragraph {i} about the long zebra answer. {}",
                "Zebras & <stripes> are long. ".repeat(30)
            )
        })
        .collect();
    std::fs::write(
        knowledge.path().join("long.md"),
        format!(
            "## The long zebra answer\nid: long_zebra\n\n{}\n",
            paragraphs.join("\n\n")
        ),
    )
    .unwrap();
    let bot = Running::start(knowledge.path()).await;
    let fake = &bot.fake;
    let chat = 1010;

    fake.send_text(chat, "the long zebra answer");
    let parts = fake.wait_for_messages(chat, 2, PATIENCE).await;
    fake.expect_no_messages(chat, Duration::from_millis(1500))
        .await;
    let all: Vec<_> = fake.sent_messages_to(chat);
    assert_eq!(
        all.len(),
        2,
        "one answer of ~6,500 characters: two messages"
    );
    for part in &parts {
        assert!(support::fake_telegram::utf16_len(&part.text) <= 4096);
    }
    let text: String = all
        .iter()
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    for i in 1..=7 {
        assert_eq!(
            text.matches(&format!("Paragraph {i} about")).count(),
            1,
            "paragraph {i} whole, once"
        );
    }
    assert!(
        text.contains("Zebras & <stripes>"),
        "escaped, shown as written"
    );
    assert!(
        all[0].buttons.is_empty() && !all[1].buttons.is_empty(),
        "buttons under the last part"
    );
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn in_a_group_only_commands_and_mentions_and_an_invitation_to_talk_privately() {
    let config = FakeConfig {
        privacy_mode: false,
        ..FakeConfig::default()
    };
    let bot = Running::start_with(&shipped_knowledge(), config, test_policy()).await;
    let fake = &bot.fake;
    let group = -2001;

    fake.send_text_in_group(group, 501, "is ketamine addictive?");
    fake.expect_no_messages(group, Duration::from_millis(1500))
        .await;

    fake.send_text_in_group(group, 501, "@faqbot_test_bot is ketamine addictive?");
    let invite = &fake.wait_for_messages(group, 1, PATIENCE).await[0];
    assert!(invite.text.contains("private chat"), "{}", invite.text);
    assert!(!invite.text.contains("opioids"), "no answer in public");

    fake.send_text_in_group(group, 501, "/help@faqbot_test_bot");
    let help = &fake.wait_for_messages(group, 1, PATIENCE).await[0];
    assert!(help.text.contains("type your question"));
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn odd_updates_are_handled_on_purpose() {
    let bot = Running::start(&shipped_knowledge()).await;
    let fake = &bot.fake;

    // A button this bot never issued.
    let chat = 1011;
    fake.send_text(chat, "/start");
    let welcome = fake.wait_for_messages(chat, 1, PATIENCE).await.remove(0);
    let query = fake.press_button_unchecked(chat, welcome.message_id, "x:forged-data");
    let answered = fake.wait_for_callback_answer(&query, PATIENCE).await;
    assert!(answered.text.is_some());

    // HTML and query syntax in a question: escaped nowhere, because never echoed.
    let chat = 1012;
    fake.send_text(chat, "<b>title:x AND ( \"*\" ~2 -foo +</b> &amp;");
    let reply = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(!reply.html.contains("title:x"));

    // An edited message is answered again; a forwarded one is answered.
    let chat = 1013;
    let id = fake.send_text(chat, "is ketamine adictive");
    fake.wait_for_messages(chat, 1, PATIENCE).await;
    fake.send_edited_text(chat, id, "what is ketamine bladder");
    let again = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(
        again.text.to_lowercase().contains("bladder"),
        "{}",
        again.text
    );
    let chat = 1014;
    fake.send_forwarded_text(chat, "what is a k-hole");
    let forwarded = &fake.wait_for_messages(chat, 1, PATIENCE).await[0];
    assert!(forwarded.text.contains("K-hole"), "{}", forwarded.text);

    // A channel post is ignored; emoji and whitespace get a reply, not silence.
    fake.send_channel_post(-1003, "is ketamine addictive?");
    fake.expect_no_messages(-1003, Duration::from_millis(1000))
        .await;
    let chat = 1015;
    fake.send_text(chat, "🤔🤔");
    assert!(
        !fake.wait_for_messages(chat, 1, PATIENCE).await[0]
            .text
            .is_empty()
    );
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn stopping_is_clean_and_quick() {
    let bot = Running::start(&shipped_knowledge()).await;
    let chat = 1016;
    bot.fake.send_text(chat, "hello");
    bot.fake.wait_for_messages(chat, 1, PATIENCE).await;
    let took = bot.stop().await;
    assert!(took < Duration::from_secs(5), "stopped in {took:?}");
}
