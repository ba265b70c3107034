//! `faqbot chat`: the bot in the terminal. Same brain, same replies as on Telegram, rendered as
//! plain text; buttons become numbered choices (type the number to press one).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use faqbot::matcher::Brain;
use faqbot::reply::{Button, Callback, Reply};

use super::Context;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(context: &Context, _args: Args) -> anyhow::Result<ExitCode> {
    let brain = super::open_brain(context)?;
    let stdin = std::io::stdin();
    let mut out = std::io::stdout();
    let mut buttons = show(&mut out, &Reply::welcome(brain.knowledge()))?;
    writeln!(
        out,
        "(Type a question, a number to press a button, /topics, /help, or /quit.)"
    )?;
    loop {
        write!(out, "\n> ")?;
        out.flush()?;
        let mut line = String::new();
        if stdin.lock().read_line(&mut line)? == 0 {
            writeln!(out)?;
            break;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let reply = match line {
            "/quit" | "/exit" => break,
            "/start" => Reply::welcome(brain.knowledge()),
            "/help" => Reply::help(brain.knowledge()),
            "/topics" => Reply::topics(brain.knowledge(), 0),
            _ => match line
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| buttons.get(i))
            {
                Some(button) => match press(&brain, button) {
                    Some(reply) => reply,
                    None => continue,
                },
                None => Reply::for_decision(&brain.answer(line), brain.knowledge()),
            },
        };
        buttons = show(&mut out, &reply)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints a reply and returns its buttons, numbered from 1.
fn show(out: &mut impl Write, reply: &Reply) -> std::io::Result<Vec<Button>> {
    writeln!(out, "\n{}", reply.render_plain())?;
    let buttons: Vec<Button> = reply.buttons.iter().flatten().cloned().collect();
    for (i, button) in buttons.iter().enumerate() {
        match button {
            Button::Url { label, url } => writeln!(out, "  [{}] {label} → {url}", i + 1)?,
            Button::Callback { label, .. } => writeln!(out, "  [{}] {label}", i + 1)?,
        }
    }
    Ok(buttons)
}

/// What pressing a button shows (`None`: a link, already shown, or a vote, thanked in place).
fn press(brain: &Brain, button: &Button) -> Option<Reply> {
    let k = brain.knowledge();
    match button {
        Button::Url { url, .. } => {
            println!("Open {url} in your browser.");
            None
        }
        Button::Callback { callback, .. } => match callback {
            Callback::Entry(id) => Reply::chosen_entry(k, id),
            Callback::Topics(page) => Some(Reply::topics(k, *page)),
            Callback::TalkToSomeone => Some(Reply::talk_to_someone(k)),
            Callback::Vote { .. } => {
                println!("{}", k.texts.feedback_thanks);
                None
            }
        },
    }
}
