//! # faqbot
//!
//! A Telegram FAQ bot for an addiction-treatment centre. People ask about ketamine in a private
//! chat; the bot finds the best answer in the centre's knowledge and replies with it and a way to
//! reach a human. Danger comes first: a message that signals a crisis gets emergency resources
//! before anything else.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! knowledge/*.md ──▶ knowledge ──▶ index (Tantivy, on disk in index/)
//!                                   │
//! message ──▶ text ──▶ matcher ─────┴──▶ Decision ──▶ reply ──▶ telegram (or the terminal)
//! ```
//!
//! - [`knowledge`]: staff-edited Markdown files → typed, checked data (errors carry file:line).
//! - [`index`]: the Tantivy index; built beside the live one and swapped in atomically.
//! - [`matcher`]: crisis → smalltalk → spelling and synonyms → BM25 search → confidence decision.
//! - [`reply`]: a decision → texts and buttons, rendered as Telegram HTML or plain text.
//! - [`telegram`]: the teloxide adapter (long polling or webhook), reliable delivery.
//! - [`settings`]: the environment and `.env`.
//! - [`allocator`]: how the long-running bot has glibc give memory back after a burst.
//!
//! `knowledge`, `index`, `matcher` and `reply` do no network I/O and know nothing of Telegram:
//! they are tested alone, fast.
//!
//! ```
//! use faqbot::{knowledge::Knowledge, matcher::Brain, reply::Reply};
//! let knowledge = Knowledge::load("knowledge".as_ref()).unwrap();
//! let brain = Brain::in_memory(knowledge).unwrap();
//! let decision = brain.answer("is ket addictive?");
//! assert_eq!(decision.outcome.status(), "answered");
//! println!("{}", Reply::for_decision(&decision, brain.knowledge()).render_plain());
//! ```

pub mod allocator;
pub mod check;
pub mod eval;
pub mod index;
pub mod knowledge;
pub mod live;
pub mod matcher;
pub mod redact;
pub mod reply;
pub mod report;
pub mod settings;
pub mod store;
pub mod synonyms;
pub mod telegram;
pub mod text;
pub mod watch;
