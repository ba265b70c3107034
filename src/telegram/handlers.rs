//! The handler tree: what each kind of update gets. Every handler runs inside a panic guard,
//! because a panic in a teloxide handler kills that chat's worker and, with the next update from
//! the chat, the whole dispatcher.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Instant;

use futures::FutureExt;
use teloxide::dispatching::UpdateHandler;
use teloxide::payloads::{AnswerCallbackQuerySetters, EditMessageReplyMarkupSetters};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButtonKind, InlineKeyboardMarkup, Me};
use teloxide::utils::command::BotCommands;

use super::delivery::{edit_message, send_reply};
use super::{App, TelegramBot};
use crate::matcher::Outcome;
use crate::reply::{Callback, Reply};

type HandlerError = Box<dyn std::error::Error + Send + Sync>;
type HandlerResult = Result<(), HandlerError>;

/// The commands everyone sees in the menu.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum PublicCommand {
    /// Start: what I can answer
    Start,
    /// How to ask a question
    Help,
    /// Browse everything I can answer
    Topics,
}

/// Messages, edited messages and button presses. Everything else (channel posts, joins…) falls
/// to the dispatcher's default handler, which ignores it without logging its content.
pub fn tree() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
}

async fn on_message(bot: TelegramBot, message: Message, me: Me, app: Arc<App>) -> HandlerResult {
    let chat = message.chat.id;
    guarded(
        &bot,
        &app,
        Some(chat),
        handle_message(&bot, &message, &me, &app),
    )
    .await
}

async fn on_callback(bot: TelegramBot, query: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let chat = query.message.as_ref().map(|m| m.chat().id);
    guarded(&bot, &app, chat, handle_callback(&bot, &query, &app)).await
}

/// Runs a handler; an error or a panic is logged (never with what the person wrote), and the
/// person gets the no-answer reply rather than silence.
async fn guarded<F>(bot: &TelegramBot, app: &App, chat: Option<ChatId>, work: F) -> HandlerResult
where
    F: std::future::Future<Output = HandlerResult>,
{
    let failure = match AssertUnwindSafe(work).catch_unwind().await {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(error)) => format!("handler failed: {error}"),
        Err(_) => "handler panicked".to_owned(),
    };
    tracing::error!(conversation = %app.conversation(chat), "{failure}");
    if let Some(chat) = chat {
        let brain = app.brain.get();
        let reply = Reply::talk_to_someone(brain.knowledge());
        let _ = send_reply(bot, &app.policy, chat, &reply).await;
    }
    Ok(())
}

async fn handle_message(bot: &TelegramBot, message: &Message, me: &Me, app: &App) -> HandlerResult {
    let brain = app.brain.get();
    let k = brain.knowledge();
    let chat = message.chat.id;
    let text = message.text();

    if !message.chat.is_private() {
        if !(message.chat.is_group() || message.chat.is_supergroup()) {
            return Ok(()); // channels: nothing to answer
        }
        // In a group: only commands and mentions, and questions are invited to a private chat.
        let Some(text) = text else { return Ok(()) };
        let reply = match PublicCommand::parse(text, me.username()) {
            Ok(PublicCommand::Help) => Reply::help(k),
            Ok(PublicCommand::Topics) => Reply::topics(k, 0),
            Ok(PublicCommand::Start) => Reply::group_invite(k),
            Err(_) if mentions(text, me) => Reply::group_invite(k),
            Err(_) => return Ok(()),
        };
        send_reply(bot, &app.policy, chat, &reply).await?;
        return Ok(());
    }

    let Some(text) = text else {
        send_reply(bot, &app.policy, chat, &Reply::non_text(k)).await?;
        return Ok(());
    };
    if text.trim_start().starts_with('/') {
        let reply = match PublicCommand::parse(text, me.username()) {
            Ok(PublicCommand::Start) => Reply::welcome(k),
            Ok(PublicCommand::Help) => Reply::help(k),
            Ok(PublicCommand::Topics) => Reply::topics(k, 0),
            Err(_) => Reply::unknown_command(k),
        };
        send_reply(bot, &app.policy, chat, &reply).await?;
        return Ok(());
    }

    let started = Instant::now();
    let decision = brain.answer(text);
    let thinking = started.elapsed();
    let reply = Reply::for_decision(&decision, k);
    send_reply(bot, &app.policy, chat, &reply).await?;
    let entry = match &decision.outcome {
        Outcome::Answered { entry, .. } => k.entries[*entry].id.as_str(),
        _ => "-",
    };
    tracing::info!(
        conversation = %app.conversation(Some(chat)),
        status = decision.outcome.status(),
        entry,
        matching_us = thinking.as_micros() as u64,
        total_ms = started.elapsed().as_millis() as u64,
        "replied"
    );
    if app.log_message_text {
        tracing::debug!(conversation = %app.conversation(Some(chat)), text, "message text (FAQBOT_LOG_MESSAGE_TEXT)");
    }
    Ok(())
}

/// Whether a group message mentions the bot by its @username.
fn mentions(text: &str, me: &Me) -> bool {
    let name = format!("@{}", me.username()).to_lowercase();
    text.to_lowercase().contains(&name)
}

async fn handle_callback(bot: &TelegramBot, query: &CallbackQuery, app: &App) -> HandlerResult {
    let brain = app.brain.get();
    let k = brain.knowledge();
    let callback = query.data.as_deref().and_then(Callback::decode);
    let place = query.message.as_ref().map(|m| (m.chat().id, m.id()));

    // Answer the query first: it stops the spinner on the person's button.
    let toast = match &callback {
        Some(Callback::Vote { .. }) => Some(k.texts.feedback_thanks.clone()),
        None => Some(crate::reply::shorten(k.texts.unknown_command.trim(), 200)),
        _ => None,
    };
    let answer = app.policy.run("answerCallbackQuery", || {
        let mut request = bot.answer_callback_query(query.id.clone());
        if let Some(text) = &toast {
            request = request.text(crate::reply::shorten(text, 200));
        }
        async move { request.await.map(|_| ()) }
    });
    if let Err(error) = answer.await {
        tracing::warn!("could not answer a button press: {error}");
    }

    let Some((chat, message_id)) = place else {
        return Ok(());
    };
    match callback {
        Some(Callback::Entry(id)) => match Reply::chosen_entry(k, &id) {
            Some(reply) => send_reply(bot, &app.policy, chat, &reply).await?,
            // An entry that was removed since the button was sent.
            None => send_reply(bot, &app.policy, chat, &Reply::topics(k, 0)).await?,
        },
        Some(Callback::Topics(page)) => {
            let reply = Reply::topics(k, page);
            let messages = reply.render_telegram();
            let edited = match messages.as_slice() {
                [only] => edit_message(bot, &app.policy, chat, message_id, only)
                    .await
                    .is_ok(),
                _ => false,
            };
            if !edited {
                send_reply(bot, &app.policy, chat, &reply).await?;
            }
        }
        Some(Callback::TalkToSomeone) => {
            send_reply(bot, &app.policy, chat, &Reply::talk_to_someone(k)).await?
        }
        Some(Callback::Vote { .. }) => {
            // One vote per answer: the 👍/👎 row goes once used.
            if let Some(markup) = query.regular_message().and_then(Message::reply_markup) {
                let remaining = without_votes(markup);
                let _ = app
                    .policy
                    .run("editMessageReplyMarkup", || {
                        let request = bot
                            .edit_message_reply_markup(chat, message_id)
                            .reply_markup(remaining.clone());
                        async move { request.await.map(|_| ()) }
                    })
                    .await;
            }
        }
        None => {}
    }
    Ok(())
}

/// `markup` without its rows of vote buttons.
fn without_votes(markup: &InlineKeyboardMarkup) -> InlineKeyboardMarkup {
    let rows = markup
        .inline_keyboard
        .iter()
        .filter(|row| {
            !row.iter().any(|b| {
                matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(data)
                    if matches!(Callback::decode(data), Some(Callback::Vote { .. })))
            })
        })
        .cloned()
        .collect::<Vec<_>>();
    InlineKeyboardMarkup::new(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::InlineKeyboardButton;

    #[test]
    fn the_vote_row_is_removed_and_the_rest_kept() {
        let vote = Callback::Vote {
            entry: "faq1".into(),
            helpful: true,
        }
        .encode();
        let markup = InlineKeyboardMarkup::new(vec![
            vec![InlineKeyboardButton::callback("👍", vote)],
            vec![InlineKeyboardButton::callback("Topic", "e:faq2")],
        ]);
        let left = without_votes(&markup);
        assert_eq!(left.inline_keyboard.len(), 1);
        assert_eq!(left.inline_keyboard[0][0].text, "Topic");
    }

    #[test]
    fn commands_parse_with_and_without_the_bot_name() {
        assert_eq!(
            PublicCommand::parse("/help", "faq_bot").ok(),
            Some(PublicCommand::Help)
        );
        assert_eq!(
            PublicCommand::parse("/topics@faq_bot", "faq_bot").ok(),
            Some(PublicCommand::Topics)
        );
        assert!(PublicCommand::parse("/topics@other_bot", "faq_bot").is_err());
        assert!(PublicCommand::parse("/nonsense", "faq_bot").is_err());
    }
}
