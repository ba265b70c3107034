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
use super::read_ahead::ReadAhead;
use super::{Api, App};
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

/// The admins' commands, shown in their command menu only; anyone else gets the ordinary
/// "unknown command" reply.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum AdminCommand {
    /// Reload the knowledge now and say what changed
    Reload,
    /// Replies, top answers and votes
    Stats,
    /// The latest questions without a good answer
    Unanswered,
}

/// Messages, edited messages and button presses. Everything else (channel posts, joins…) falls
/// to the dispatcher's default handler, which ignores it without logging its content.
///
/// The root first takes the update's read-ahead slot, so that it is given back when the
/// handling ends, whichever branch (or none) handled it.
pub fn tree<B: Api>() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .map(|read_ahead: Arc<ReadAhead>, update: Update| read_ahead.slot(&update))
        .branch(Update::filter_message().endpoint(on_message::<B>))
        .branch(Update::filter_edited_message().endpoint(on_message::<B>))
        .branch(Update::filter_callback_query().endpoint(on_callback::<B>))
}

async fn on_message<B: Api>(bot: B, message: Message, me: Me, app: Arc<App>) -> HandlerResult {
    let chat = message.chat.id;
    guarded(
        &bot,
        &app,
        Some(chat),
        handle_message(&bot, &message, &me, &app),
    )
    .await
}

async fn on_callback<B: Api>(bot: B, query: CallbackQuery, app: Arc<App>) -> HandlerResult {
    let chat = query.message.as_ref().map(|m| m.chat().id);
    guarded(&bot, &app, chat, handle_callback(&bot, &query, &app)).await
}

/// Runs a handler; an error or a panic is logged (never with what the person wrote), and the
/// person gets the no-answer reply rather than silence.
async fn guarded<B: Api, F>(bot: &B, app: &App, chat: Option<ChatId>, work: F) -> HandlerResult
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

async fn handle_message<B: Api>(bot: &B, message: &Message, me: &Me, app: &App) -> HandlerResult {
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
        if app.is_admin(message.from.as_ref())
            && let Ok(command) = AdminCommand::parse(text, me.username())
        {
            return admin_command(bot, app, chat, command).await;
        }
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
    if let Some(store) = &app.store {
        record(store, &decision, text, k);
    }
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

/// Counts the reply; keeps the message when the knowledge had no good answer for it. A crisis
/// message is counted, never kept.
fn record(
    store: &crate::store::Store,
    decision: &crate::matcher::Decision,
    text: &str,
    k: &crate::knowledge::Knowledge,
) {
    let status = decision.outcome.status();
    let entry = match &decision.outcome {
        Outcome::Answered { entry, .. } => Some(k.entries[*entry].id.as_str()),
        _ => None,
    };
    if let Err(error) = store.record_reply(status, entry) {
        tracing::warn!("could not count a reply: {error:#}");
    }
    let unanswered = match &decision.outcome {
        Outcome::Suggestions { .. } => true,
        Outcome::NoMatch { reason } => *reason != crate::matcher::NoMatchReason::NothingToSearch,
        _ => false,
    };
    if unanswered {
        let candidates: Vec<(String, f32)> = decision
            .candidates
            .iter()
            .take(3)
            .map(|c| (k.entries[c.entry].id.clone(), c.score))
            .collect();
        if let Err(error) = store.record_unanswered(status, text, &candidates) {
            tracing::warn!("could not keep an unanswered question: {error:#}");
        }
    }
}

/// `/reload`, `/stats`, `/unanswered`, for admins.
async fn admin_command<B: Api>(
    bot: &B,
    app: &App,
    chat: ChatId,
    command: AdminCommand,
) -> HandlerResult {
    let text = match command {
        AdminCommand::Reload => match &app.reloader {
            Some(reloader) => {
                let result = super::reload(reloader).await;
                // Errors go to every admin (this one included); success is told here.
                if result.is_err() {
                    super::report_reload(bot, app, &result, true).await;
                    return Ok(());
                }
                super::report_reload(bot, app, &result, false).await;
                match result {
                    Ok(report) => format!("✅ {report}"),
                    Err(error) => error.to_string(),
                }
            }
            None => "Reloading is not available in this mode.".to_owned(),
        },
        AdminCommand::Stats => match &app.store {
            Some(store) => stats(store, app)?,
            None => "Nothing is kept in this mode: no statistics.".to_owned(),
        },
        AdminCommand::Unanswered => match &app.store {
            Some(store) => unanswered(store)?,
            None => "Nothing is kept in this mode.".to_owned(),
        },
    };
    let message = crate::reply::TelegramMessage {
        html: crate::reply::markdown::escape_text(&crate::reply::shorten(&text, 4000)),
        buttons: Vec::new(),
    };
    super::delivery::send_message(bot, &app.policy, chat, &message).await?;
    Ok(())
}

fn stats(store: &crate::store::Store, app: &App) -> Result<String, HandlerError> {
    let week_ago = crate::store::now().saturating_sub(7 * 86_400);
    let line = |c: crate::store::Counts| {
        format!(
            "answered {}, did-you-mean {}, no answer {}, crisis {}, smalltalk {}",
            c.answered, c.suggestions, c.no_match, c.crisis, c.smalltalk
        )
    };
    let uptime = crate::store::now().saturating_sub(app.started_at);
    let mut text = format!(
        "📊 Since start ({}h {}m ago): {}\nLast 7 days: {}",
        uptime / 3600,
        uptime % 3600 / 60,
        line(store.counts_since(app.started_at)?),
        line(store.counts_since(week_ago)?)
    );
    let top = store.top_entries(week_ago, 5)?;
    if !top.is_empty() {
        let top: Vec<String> = top.iter().map(|(id, n)| format!("{id} ({n})")).collect();
        text.push_str(&format!("\nTop answers (7 days): {}", top.join(", ")));
    }
    let votes = store.votes(week_ago)?;
    if !votes.is_empty() {
        text.push_str("\nVotes (7 days):");
        for v in votes.iter().take(10) {
            text.push_str(&format!(
                "\n• {}: 👍 {} 👎 {}",
                v.entry, v.helpful, v.not_helpful
            ));
        }
    }
    Ok(text)
}

fn unanswered(store: &crate::store::Store) -> Result<String, HandlerError> {
    let kept = store.unanswered(0, 10)?;
    if kept.is_empty() {
        return Ok("No unanswered questions kept.".to_owned());
    }
    let mut text = "The latest questions without a good answer:".to_owned();
    for u in kept {
        let best = u
            .candidates
            .first()
            .map(|(id, score)| format!(" (nearest: {id} {score:.2})"))
            .unwrap_or_default();
        text.push_str(&format!(
            "\n• [{}] {}{best}",
            u.status,
            crate::reply::shorten(&u.text, 200)
        ));
    }
    Ok(text)
}

/// Whether a group message mentions the bot by its @username.
fn mentions(text: &str, me: &Me) -> bool {
    let name = format!("@{}", me.username()).to_lowercase();
    text.to_lowercase().contains(&name)
}

async fn handle_callback<B: Api>(bot: &B, query: &CallbackQuery, app: &App) -> HandlerResult {
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
        Some(Callback::Vote { entry, helpful }) => {
            if let Some(store) = &app.store
                && k.entry(&entry).is_some()
                && let Err(error) = store.record_vote(&entry, helpful)
            {
                tracing::warn!("could not record a vote: {error:#}");
            }
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
