//! Staff workflow, end to end through the fake Bot API: knowledge edited while the bot runs,
//! a broken edit, the admin commands, votes, and the store surviving a restart.

mod support;

use std::time::Duration;

use support::fake_telegram::{FakeConfig, FakeTelegram};
use support::harness::{Options, PATIENCE, Running, knowledge_copy};

const ADMIN: i64 = 4242;
const PERSON: i64 = 5151;

async fn start(options: Options) -> Running {
    let fake = FakeTelegram::start_with(FakeConfig::default()).await;
    // The admin has written to the bot before (Telegram only lets a bot write to people who did).
    fake.send_text(ADMIN, "hello");
    let bot = Running::start_full(fake, options);
    bot.fake.wait_for_messages(ADMIN, 1, PATIENCE).await;
    bot
}

#[tokio::test]
async fn an_edit_goes_live_without_a_restart_and_a_broken_one_changes_nothing() {
    let knowledge = knowledge_copy();
    let bot = start(Options {
        knowledge: knowledge.path().to_path_buf(),
        admins: vec![ADMIN as u64],
        watch: true,
        ..Options::default()
    })
    .await;
    let fake = &bot.fake;

    // Staff add an answer and save the file.
    let faq = knowledge.path().join("faq.md");
    let original = std::fs::read_to_string(&faq).unwrap();
    std::fs::write(
        &faq,
        format!(
            "{original}\n## Do zebras use ketamine?\nid: zebras\n\nZebras never use ketamine.\n"
        ),
    )
    .unwrap();
    let mut answered = false;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(250)).await;
        if bot.app.brain.get().knowledge().entry("zebras").is_some() {
            answered = true;
            break;
        }
    }
    assert!(answered, "the watcher reloaded the knowledge");
    fake.send_text(PERSON, "do zebras use ketamine?");
    let reply = &fake.wait_for_messages(PERSON, 1, PATIENCE).await[0];
    assert!(
        reply.text.contains("Zebras never use ketamine."),
        "{}",
        reply.text
    );

    // A broken edit: the bot keeps answering from the last good knowledge, and the admin is told.
    std::fs::write(&faq, original.replacen("id: faq2", "id: Faq 2!", 1)).unwrap();
    let told = &fake.wait_for_messages(ADMIN, 1, PATIENCE).await[0];
    assert!(
        told.text.contains("not applied") && told.text.contains("faq.md:"),
        "{}",
        told.text
    );
    fake.send_text(PERSON, "do zebras use ketamine?");
    let reply = &fake.wait_for_messages(PERSON, 1, PATIENCE).await[0];
    assert!(
        reply.text.contains("Zebras never use ketamine."),
        "still the last good knowledge: {}",
        reply.text
    );
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn reload_is_for_admins_only() {
    let knowledge = knowledge_copy();
    let bot = start(Options {
        knowledge: knowledge.path().to_path_buf(),
        admins: vec![ADMIN as u64],
        ..Options::default()
    })
    .await;
    let fake = &bot.fake;

    fake.send_text(PERSON, "/reload");
    let refused = &fake.wait_for_messages(PERSON, 1, PATIENCE).await[0];
    assert!(
        refused.text.contains("I don't know that command"),
        "{}",
        refused.text
    );

    let faq = knowledge.path().join("faq.md");
    let text = std::fs::read_to_string(&faq).unwrap();
    std::fs::write(
        &faq,
        text + "\n## What is a test answer?\nid: test_answer\n\nA test.\n",
    )
    .unwrap();
    fake.send_text(ADMIN, "/reload");
    let report = &fake.wait_for_messages(ADMIN, 1, PATIENCE).await[0];
    assert!(
        report
            .text
            .contains("knowledge reloaded: 24 entries; added: test_answer"),
        "{}",
        report.text
    );

    // The admin menu is set for the admin's chat only.
    let admin_menu = fake
        .commands_for(&serde_json::json!({"type": "chat", "chat_id": ADMIN}))
        .expect("an admin menu");
    assert!(admin_menu.iter().any(|c| c.command == "reload"));
    let everyone = fake
        .commands_for(&serde_json::json!({"type": "default"}))
        .unwrap();
    assert!(!everyone.iter().any(|c| c.command == "reload"));
    fake.assert_no_rejections();
    bot.stop().await;
}

#[tokio::test]
async fn votes_and_unanswered_questions_are_kept_across_a_restart_without_who_asked() {
    let data = tempfile::tempdir().unwrap();
    let options = || Options {
        admins: vec![ADMIN as u64],
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    let bot = start(options()).await;
    let fake = &bot.fake;

    fake.send_text(PERSON, "is ketamine addictive?");
    let answer = fake.wait_for_messages(PERSON, 1, PATIENCE).await.remove(0);
    let vote = answer
        .button("👍 Helpful")
        .unwrap()
        .callback_data
        .clone()
        .unwrap();
    let query = fake.press_button(PERSON, answer.message_id, &vote);
    fake.wait_for_callback_answer(&query, PATIENCE).await;
    fake.send_text(
        PERSON,
        // Not "… come to group therapy with me": the learned reader for answers answers that
        // with the support groups.
        "is my pet iguana allowed to visit me in rehab",
    );
    fake.wait_for_messages(PERSON, 2, PATIENCE).await;
    fake.send_text(PERSON, "i want to kill myself");
    fake.wait_for_messages(PERSON, 1, PATIENCE).await;
    bot.stop().await;

    // The store on disk: the vote and the unanswered question, no crisis text, no ids.
    let store = faqbot::store::Store::open(data.path(), Duration::from_secs(86_400), true).unwrap();
    let votes = store.votes(0).unwrap();
    assert!(votes.iter().any(|v| v.helpful == 1), "{votes:?}");
    let kept = store.unanswered(0, 10).unwrap();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].text.contains("iguana"));
    assert_eq!(store.counts_since(0).unwrap().crisis, 1);
    let bytes = std::fs::read(data.path().join("faqbot.sqlite3")).unwrap();
    let haystack = String::from_utf8_lossy(&bytes);
    assert!(
        !haystack.contains("kill myself"),
        "a crisis message is never stored"
    );
    assert!(
        !haystack.contains(&PERSON.to_string()),
        "no chat or user id is stored"
    );
    drop(store);

    // A restart keeps the log: the admin sees it.
    let bot = start(options()).await;
    bot.fake.send_text(ADMIN, "/unanswered");
    let listed = &bot.fake.wait_for_messages(ADMIN, 1, PATIENCE).await[0];
    assert!(listed.text.contains("iguana"), "{}", listed.text);
    bot.fake.send_text(ADMIN, "/stats");
    let stats = &bot.fake.wait_for_messages(ADMIN, 1, PATIENCE).await[0];
    assert!(
        stats.text.contains("Last 7 days: answered 1") && stats.text.contains("crisis 1"),
        "{}",
        stats.text
    );
    bot.fake.assert_no_rejections();
    bot.stop().await;
}
