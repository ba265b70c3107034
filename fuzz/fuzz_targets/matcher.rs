//! Arbitrary bytes as a message to the bot (lossy UTF-8, as Telegram only sends UTF-8 text).
//! Answering and rendering the reply must never panic.
//!
//! The brain is built once, over the shipped knowledge compiled into the fuzzer (so the run does
//! not depend on the working directory), with its index in memory.
//!
//! Also fuzzed with the same text, since a Telegram client can send any `callback_data`:
//! `Callback::decode` and `Reply::chosen_entry`. Every reply is checked against what Telegram
//! accepts (see `common/mod.rs`; `FUZZ_PANICS_ONLY=1` skips those checks).

#![no_main]

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use faqbot::knowledge::Knowledge;
use faqbot::matcher::Brain;
use faqbot::reply::{Callback, Reply};
use libfuzzer_sys::fuzz_target;

fn brain() -> &'static Brain {
    static BRAIN: OnceLock<Brain> = OnceLock::new();
    BRAIN.get_or_init(|| {
        let files: Vec<(PathBuf, Vec<u8>)> = common::SHIPPED
            .iter()
            .map(|(name, bytes)| (PathBuf::from(name), bytes.to_vec()))
            .collect();
        let knowledge = Knowledge::from_files(files).expect("the shipped knowledge loads");
        Brain::in_memory(knowledge).expect("the brain builds over the shipped knowledge")
    })
}

fuzz_target!(|data: &[u8]| {
    let brain = brain();
    let message = String::from_utf8_lossy(data);
    let decision = brain.answer(&message);
    let reply = Reply::for_decision(&decision, brain.knowledge());
    common::check_reply("answer", &reply);

    // The same text as a button's callback data, and as an entry id.
    if let Some(callback) = Callback::decode(&message) {
        assert_eq!(
            Callback::decode(&callback.encode()).as_ref(),
            Some(&callback),
            "INVARIANT: decoded callback data does not encode back to itself"
        );
    }
    if let Some(reply) = Reply::chosen_entry(brain.knowledge(), &message) {
        common::check_reply("chosen entry", &reply);
    }
});
