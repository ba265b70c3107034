//! Arbitrary bytes as one knowledge file. Loading must never panic (Ok or Err both fine).
//!
//! First, as the brief of this target says: the bytes are `faq.md`, beside the minimal required
//! `bot.md` and `crisis.md` from the shipped knowledge. Then the same bytes take the place of each
//! other kind of file in turn (`bot.md`, `crisis.md`, `synonyms.md`, `smalltalk.md`,
//! `not-covered.md`, `crisis-model.md`), the rest being the shipped files, so every parser is fuzzed.
//!
//! When the knowledge loads, every reply built from it (answers, topics, welcome, help, the crisis
//! reply, smalltalk, suggestions, no-answer…) is rendered and checked against what Telegram accepts
//! (see `common/mod.rs`; `FUZZ_PANICS_ONLY=1` skips those checks).

#![no_main]

mod common;

use std::path::PathBuf;

use faqbot::knowledge::Knowledge;
use faqbot::matcher::{Decision, NoMatchReason, Outcome};
use faqbot::reply::{Reply, TOPICS_PER_PAGE};
use libfuzzer_sys::fuzz_target;

/// (the file the bytes become, the shipped files beside it).
const ROLES: &[(&str, &[&str])] = &[
    ("faq.md", &["bot.md", "crisis.md"]),
    ("bot.md", &["crisis.md", "faq.md"]),
    ("crisis.md", &["bot.md", "faq.md"]),
    ("synonyms.md", &["bot.md", "crisis.md", "faq.md"]),
    ("smalltalk.md", &["bot.md", "crisis.md", "faq.md"]),
    ("not-covered.md", &["bot.md", "crisis.md", "faq.md"]),
    ("crisis-model.md", &["bot.md", "crisis.md", "faq.md"]),
];

fuzz_target!(|data: &[u8]| {
    for (role, beside) in ROLES {
        let mut files = common::shipped(beside);
        files.push((PathBuf::from(role), data.to_vec()));
        if let Ok(knowledge) = Knowledge::from_files(files) {
            check_replies(role, &knowledge);
        }
    }
});

fn decision(outcome: Outcome) -> Decision {
    Decision::of(outcome)
}

fn check_replies(role: &str, k: &Knowledge) {
    let check = |what: &str, reply: Reply| common::check_reply(&format!("{role}: {what}"), &reply);
    check("welcome", Reply::welcome(k));
    check("help", Reply::help(k));
    check("talk_to_someone", Reply::talk_to_someone(k));
    check("non_text", Reply::non_text(k));
    check("group_invite", Reply::group_invite(k));
    check("unknown_command", Reply::unknown_command(k));
    let pages = k.entries.len().div_ceil(TOPICS_PER_PAGE).max(1);
    for page in 0..=pages {
        check(&format!("topics page {page}"), Reply::topics(k, page));
    }
    for (i, entry) in k.entries.iter().enumerate() {
        match Reply::chosen_entry(k, &entry.id) {
            Some(reply) => check(&format!("entry {}", entry.id), reply),
            None => panic!(
                "INVARIANT: {role}: entry {} cannot be found by its own id",
                entry.id
            ),
        }
        let related: Vec<usize> = (0..k.entries.len()).filter(|&j| j != i).take(3).collect();
        let answered = Outcome::Answered {
            entry: i,
            score: 1.0,
            related,
        };
        check(
            &format!("answered {}", entry.id),
            Reply::for_decision(&decision(answered), k),
        );
    }
    let some: Vec<usize> = (0..k.entries.len()).take(4).collect();
    let outcomes = [
        ("crisis", Outcome::Crisis { phrase: "x".into() }),
        ("suggestions", Outcome::Suggestions { entries: some }),
        (
            "no_match",
            Outcome::NoMatch {
                reason: NoMatchReason::Unsure,
            },
        ),
    ];
    for (what, outcome) in outcomes {
        check(what, Reply::for_decision(&decision(outcome), k));
    }
    for intent in 0..k.smalltalk.len() {
        let outcome = Outcome::Smalltalk { intent };
        check(
            &format!("smalltalk {intent}"),
            Reply::for_decision(&decision(outcome), k),
        );
    }
}
