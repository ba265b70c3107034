//! From a decision (or a command) to what the person sees: texts and buttons, independent of
//! Telegram, then rendered as Telegram HTML (cut into messages that fit) or as plain text.
//!
//! Every reply that could leave someone without an answer carries a way to a human: the
//! centre's help prompt and its "reach out" button. The crisis reply goes alone.

pub mod callback;
pub mod markdown;
pub mod split;

use crate::knowledge::{Entry, Knowledge};
use crate::matcher::{Decision, NoMatchReason, Outcome};
pub use callback::{Callback, MAX_CALLBACK_BYTES};
use markdown::{Flavour, render_knowledge_text};

/// Telegram's limit on a message's text.
pub const MAX_MESSAGE_CHARS: usize = 4096;
/// Topics shown per page of `/topics`.
pub const TOPICS_PER_PAGE: usize = 8;
/// Longest button label (Telegram shows about this much on a phone).
const MAX_LABEL_CHARS: usize = 60;

/// A button under a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Button {
    /// Opens a web page.
    Url { label: String, url: String },
    /// Sends [`Callback`] data back to the bot.
    Callback { label: String, callback: Callback },
}

impl Button {
    pub fn label(&self) -> &str {
        match self {
            Button::Url { label, .. } | Button::Callback { label, .. } => label,
        }
    }
}

/// What the bot says: Markdown parts (joined by blank lines) and rows of buttons. The parts
/// are the knowledge's own texts, never what someone wrote (their renderings are remembered).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    pub parts: Vec<String>,
    pub buttons: Vec<Vec<Button>>,
}

/// One Telegram message: HTML text and its buttons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TelegramMessage {
    pub html: String,
    pub buttons: Vec<Vec<Button>>,
}

impl Reply {
    /// The reply to a message, from the matcher's decision.
    pub fn for_decision(decision: &Decision, k: &Knowledge) -> Reply {
        match &decision.outcome {
            Outcome::Crisis { .. } => Reply {
                parts: vec![k.crisis.reply.clone()],
                buttons: Vec::new(),
            },
            Outcome::Smalltalk { intent } => {
                let mut reply = Reply::default();
                if let Some(intent) = k.smalltalk.get(*intent) {
                    reply.parts.push(intent.reply.clone());
                }
                // A longer message thanked or said goodbye, with words of danger in it or
                // danger the crisis reader finds possible: it may be a farewell no rule knew,
                // so the emergency numbers come with the smalltalk.
                if decision.ends_with_emergency_numbers() {
                    reply.parts.push(k.texts.danger_note.clone());
                }
                reply
                    .with_help_prompt(k)
                    .with_topics_button(k)
                    .with_reach_out(k)
            }
            Outcome::Answered { entry, related, .. } => {
                let note = decision
                    .ends_with_emergency_numbers()
                    .then_some(k.texts.danger_note.as_str());
                Reply::answer_with_note(k, &k.entries[*entry], related, note)
            }
            Outcome::Suggestions { entries } => {
                let mut reply = Reply {
                    parts: vec![k.texts.suggestions.clone()],
                    buttons: Vec::new(),
                };
                for &position in entries {
                    reply.buttons.push(vec![entry_button(&k.entries[position])]);
                }
                reply.buttons.push(vec![Button::Callback {
                    label: k.texts.buttons.none_of_these.clone(),
                    callback: Callback::TalkToSomeone,
                }]);
                reply
            }
            Outcome::NoMatch {
                reason: NoMatchReason::NotCovered(found),
            } => Reply::not_covered(k, &found.groups),
            Outcome::NoMatch { reason } => {
                // "Try other words" cannot help with a question about another drug either.
                let text = match reason {
                    NoMatchReason::OtherSubstance(_) => &k.texts.other_substance,
                    _ => &k.texts.no_answer,
                };
                let mut parts = vec![text.clone()];
                // A message that asks nothing ("help", "hmm", "what is it?") also learns how
                // to ask.
                if *reason == NoMatchReason::NothingToSearch {
                    parts.push(k.texts.help.clone());
                }
                Reply {
                    parts,
                    buttons: Vec::new(),
                }
                .with_help_prompt(k)
                .with_topics_button(k)
                .with_reach_out(k)
            }
        }
    }

    /// A question the articles leave out on purpose ("how long does ket withdrawal last",
    /// doses, costs) says so, in the words of its `not-covered.md` group when it has some, and
    /// offers the entries that group points to: "try other words" would send the person round
    /// in circles.
    fn not_covered(k: &Knowledge, found_groups: &[usize]) -> Reply {
        let group = k.speaking_group(found_groups);
        let parts = match group.and_then(|g| g.reply.as_ref()) {
            // A group's own words are about its questions; the emergency numbers always come.
            Some(reply) => vec![reply.clone(), k.texts.danger_note.clone()],
            None => vec![k.texts.not_covered.clone()],
        };
        let see = group.map(|g| k.pointers_of(g)).unwrap_or_default();
        Reply {
            parts,
            buttons: Vec::new(),
        }
        .with_help_prompt(k)
        .with_related(k, &see)
        .with_topics_button(k)
        .with_reach_out(k)
    }

    /// An entry as an answer: heading, text, help prompt, 👍/👎, related entries, reach out.
    pub fn answer(k: &Knowledge, entry: &Entry, related: &[usize]) -> Reply {
        Reply::answer_with_note(k, entry, related, None)
    }

    /// [`Reply::answer`], with `note` (the emergency numbers) right after the entry's text.
    fn answer_with_note(
        k: &Knowledge,
        entry: &Entry,
        related: &[usize],
        note: Option<&str>,
    ) -> Reply {
        let mut parts = vec![
            format!("**{}**", escape_markdown(&entry.title)),
            entry.body.clone(),
        ];
        parts.extend(note.map(str::to_owned));
        Reply {
            parts,
            buttons: vec![vec![
                Button::Callback {
                    label: k.texts.buttons.helpful.clone(),
                    callback: Callback::Vote {
                        entry: entry.id.clone(),
                        helpful: true,
                    },
                },
                Button::Callback {
                    label: k.texts.buttons.not_helpful.clone(),
                    callback: Callback::Vote {
                        entry: entry.id.clone(),
                        helpful: false,
                    },
                },
            ]],
        }
        .with_help_prompt(k)
        .with_related(k, related)
        .with_reach_out(k)
    }

    /// An entry chosen with a button (a topic, a suggestion): related entries are the ones staff
    /// listed, or else the next ones in the same file.
    pub fn chosen_entry(k: &Knowledge, id: &str) -> Option<Reply> {
        let position = k.position(id)?;
        let entry = &k.entries[position];
        let related: Vec<usize> = if entry.related.is_empty() {
            k.entries
                .iter()
                .enumerate()
                .skip(position + 1)
                .filter(|(_, e)| e.file == entry.file)
                .map(|(i, _)| i)
                .take(2)
                .collect()
        } else {
            entry
                .related
                .iter()
                .filter_map(|id| k.position(id))
                .collect()
        };
        Some(Reply::answer(k, entry, &related))
    }

    /// `/start`: welcome, disclaimer, the first topics.
    pub fn welcome(k: &Knowledge) -> Reply {
        let mut reply = Reply {
            parts: vec![k.texts.welcome.clone(), k.texts.disclaimer.clone()],
            buttons: Vec::new(),
        };
        reply.buttons.extend(Reply::topics(k, 0).buttons);
        reply.with_reach_out(k)
    }

    /// `/help`: how to ask.
    pub fn help(k: &Knowledge) -> Reply {
        Reply {
            parts: vec![k.texts.help.clone(), k.texts.disclaimer.clone()],
            buttons: Vec::new(),
        }
        .with_topics_button(k)
        .with_reach_out(k)
    }

    /// `/topics`, page `page` (clamped to the last page).
    pub fn topics(k: &Knowledge, page: usize) -> Reply {
        let pages = k.entries.len().div_ceil(TOPICS_PER_PAGE).max(1);
        let page = page.min(pages - 1);
        let mut buttons: Vec<Vec<Button>> = k
            .entries
            .iter()
            .skip(page * TOPICS_PER_PAGE)
            .take(TOPICS_PER_PAGE)
            .map(|e| vec![entry_button(e)])
            .collect();
        let mut navigation = Vec::new();
        if page > 0 {
            navigation.push(Button::Callback {
                label: k.texts.buttons.previous_page.clone(),
                callback: Callback::Topics(page - 1),
            });
        }
        if page + 1 < pages {
            navigation.push(Button::Callback {
                label: k.texts.buttons.next_page.clone(),
                callback: Callback::Topics(page + 1),
            });
        }
        if !navigation.is_empty() {
            buttons.push(navigation);
        }
        Reply {
            parts: vec![k.texts.topics.clone()],
            buttons,
        }
    }

    /// "None of these: talk to someone".
    pub fn talk_to_someone(k: &Knowledge) -> Reply {
        Reply::default().with_help_prompt(k).with_reach_out(k)
    }

    /// A sticker, photo, voice message or file.
    pub fn non_text(k: &Knowledge) -> Reply {
        Reply {
            parts: vec![k.texts.non_text.clone()],
            buttons: Vec::new(),
        }
    }

    /// In a group chat: please write privately.
    pub fn group_invite(k: &Knowledge) -> Reply {
        Reply {
            parts: vec![k.texts.group_invite.clone()],
            buttons: Vec::new(),
        }
    }

    /// A command the bot does not know.
    pub fn unknown_command(k: &Knowledge) -> Reply {
        Reply {
            parts: vec![k.texts.unknown_command.clone()],
            buttons: Vec::new(),
        }
    }

    /// Appends the help prompt and whatever contact details staff filled in.
    fn with_help_prompt(mut self, k: &Knowledge) -> Reply {
        self.parts.push(k.texts.help_prompt.clone());
        let contact = &k.texts.contact;
        let mut lines = Vec::new();
        if let Some(phone) = &contact.phone {
            lines.push(format!("📞 {}", escape_markdown(phone)));
        }
        if let Some(email) = &contact.email {
            lines.push(format!("✉️ {}", escape_markdown(email)));
        }
        if !lines.is_empty() {
            self.parts.push(lines.join("  \n"));
        }
        self
    }

    /// "Related questions:" last in the text, right above a button for each of `entries`.
    fn with_related(mut self, k: &Knowledge, entries: &[usize]) -> Reply {
        if !entries.is_empty() {
            self.parts.push(format!("_{}_", k.texts.related.trim()));
            for &position in entries {
                self.buttons.push(vec![entry_button(&k.entries[position])]);
            }
        }
        self
    }

    fn with_topics_button(mut self, k: &Knowledge) -> Reply {
        self.buttons.push(vec![Button::Callback {
            label: k.texts.buttons.topics.clone(),
            callback: Callback::Topics(0),
        }]);
        self
    }

    /// Appends the "reach out" button, when staff set the centre's website.
    fn with_reach_out(mut self, k: &Knowledge) -> Reply {
        if let Some(url) = &k.texts.contact.website {
            self.buttons.push(vec![Button::Url {
                label: k.texts.buttons.reach_out.clone(),
                url: url.clone(),
            }]);
        }
        self
    }

    /// The reply as Telegram messages: HTML, cut between paragraphs into messages of at most
    /// [`MAX_MESSAGE_CHARS`]; the buttons go under the last one.
    pub fn render_telegram(&self) -> Vec<TelegramMessage> {
        let blocks: Vec<String> = self
            .parts
            .iter()
            .flat_map(|p| render_knowledge_text(p, Flavour::TelegramHtml).to_vec())
            .collect();
        let texts = split::pack(&blocks, MAX_MESSAGE_CHARS);
        let count = texts.len();
        texts
            .into_iter()
            .enumerate()
            .map(|(i, html)| TelegramMessage {
                html,
                buttons: if i + 1 == count {
                    self.buttons.clone()
                } else {
                    Vec::new()
                },
            })
            .collect()
    }

    /// The reply as plain text (no buttons).
    pub fn render_plain(&self) -> String {
        self.parts
            .iter()
            .flat_map(|p| render_knowledge_text(p, Flavour::Plain).to_vec())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

fn entry_button(entry: &Entry) -> Button {
    Button::Callback {
        label: shorten(&entry.title, MAX_LABEL_CHARS),
        callback: Callback::Entry(entry.id.clone()),
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// Backslash-escapes Markdown punctuation in text that is not Markdown (a heading in bold, a
/// phone number).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '#' | '~' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample;
    use crate::matcher::Decision;

    fn decision(outcome: Outcome) -> Decision {
        Decision::of(outcome)
    }

    #[test]
    fn an_answer_carries_text_help_prompt_votes_related_and_reach_out() {
        let k = sample();
        let reply = Reply::for_decision(
            &decision(Outcome::Answered {
                entry: 0,
                score: 0.9,
                related: vec![1],
            }),
            &k,
        );
        let plain = reply.render_plain();
        assert!(
            plain.starts_with("Is ketamine addictive?\n\nYes, it can be.\n\nhelp_prompt text."),
            "{plain}"
        );
        assert!(plain.ends_with("related text."));
        let labels: Vec<Vec<&str>> = reply
            .buttons
            .iter()
            .map(|r| r.iter().map(Button::label).collect())
            .collect();
        assert_eq!(
            labels,
            vec![
                vec!["helpful", "not_helpful"],
                vec!["What is ketamine withdrawal like?"],
                vec!["reach_out"]
            ]
        );
        let html = &reply.render_telegram()[0].html;
        assert!(
            html.starts_with("<b>Is ketamine addictive?</b>\n\nYes, it can be."),
            "{html}"
        );
    }

    #[test]
    fn an_answer_or_smalltalk_ends_with_the_emergency_numbers_when_danger_is_possible() {
        let k = sample();
        let answered = Outcome::Answered {
            entry: 0,
            score: 0.9,
            related: Vec::new(),
        };
        let smalltalk = Outcome::Smalltalk { intent: 0 };
        for outcome in [answered, smalltalk] {
            let mut possible = decision(outcome.clone());
            possible.danger_possible = true;
            let with_note = Reply::for_decision(&possible, &k).render_plain();
            assert!(with_note.contains(&k.texts.danger_note), "{with_note}");
            let without = Reply::for_decision(&decision(outcome), &k).render_plain();
            assert!(!without.contains(&k.texts.danger_note), "{without}");
        }
    }

    #[test]
    fn crisis_goes_alone() {
        let k = sample();
        let reply = Reply::for_decision(&decision(Outcome::Crisis { phrase: "x".into() }), &k);
        assert_eq!(reply.render_plain(), "Call 911.");
        assert!(reply.buttons.is_empty());
    }

    #[test]
    fn no_match_is_honest_and_offers_a_human() {
        let k = sample();
        let reply = Reply::for_decision(
            &decision(Outcome::NoMatch {
                reason: NoMatchReason::Unsure,
            }),
            &k,
        );
        assert_eq!(reply.render_plain(), "no_answer text.\n\nhelp_prompt text.");
        assert!(
            reply
                .buttons
                .iter()
                .flatten()
                .any(|b| matches!(b, Button::Url { url, .. } if url == "https://www.example.org/"))
        );
    }

    #[test]
    fn a_question_left_out_on_purpose_says_so_and_offers_a_human() {
        let mut k = sample();
        k.not_covered = vec![group("Costs", None, &[])];
        let reply = Reply::for_decision(&not_covered(&[0]), &k);
        assert_eq!(
            reply.render_plain(),
            "not_covered text.\n\nhelp_prompt text."
        );
        assert_eq!(labels(&reply), vec![vec!["topics"], vec!["reach_out"]]);
    }

    #[test]
    fn a_question_about_another_substance_is_not_asked_for_other_words() {
        let reply = Reply::for_decision(
            &decision(Outcome::NoMatch {
                reason: NoMatchReason::OtherSubstance("cocaine".into()),
            }),
            &sample(),
        );
        assert_eq!(
            reply.render_plain(),
            "other_substance text.\n\nhelp_prompt text."
        );
        assert_eq!(labels(&reply), vec![vec!["topics"], vec!["reach_out"]]);
    }

    #[test]
    fn a_group_of_questions_left_out_has_its_own_words_and_pointers() {
        let mut k = sample();
        k.not_covered = vec![
            group("How long it lasts", None, &["addictive"]),
            group(
                "Withdrawal timeline",
                Some("Our articles give no timeline for withdrawal."),
                &["withdrawal", "addictive", "withdrawal"],
            ),
            group("Doses", Some("We never advise on doses."), &[]),
        ];
        // "how long does ket withdrawal last": the first group with words or entries speaks
        // alone, its entries each once.
        let reply = Reply::for_decision(&not_covered(&[1, 2]), &k);
        assert_eq!(
            reply.render_plain(),
            "Our articles give no timeline for withdrawal.\n\ndanger_note text.\n\n\
             help_prompt text.\n\nrelated text."
        );
        assert_eq!(
            labels(&reply),
            vec![
                vec!["What is ketamine withdrawal like?"],
                vec!["Is ketamine addictive?"],
                vec!["topics"],
                vec!["reach_out"]
            ]
        );
        let Button::Callback { callback, .. } = &reply.buttons[0][0] else {
            panic!("an entry button");
        };
        assert_eq!(*callback, Callback::Entry("withdrawal".into()));
        // A group with entries and no words of its own speaks in bot.md's `not_covered`.
        let reply = Reply::for_decision(&not_covered(&[0, 1]), &k);
        assert!(reply.render_plain().starts_with("not_covered text."));
        assert_eq!(labels(&reply)[0], ["Is ketamine addictive?"]);
        assert_eq!(labels(&reply).len(), 3);
    }

    fn group(name: &str, reply: Option<&str>, see: &[&str]) -> crate::knowledge::NotCoveredGroup {
        crate::knowledge::NotCoveredGroup {
            name: name.to_owned(),
            line: 1,
            phrases: vec![(2, "how long".to_owned())],
            reply: reply.map(str::to_owned),
            reply_lines: vec![1],
            see: see.iter().map(|id| (1, (*id).to_owned())).collect(),
            needs_subject: false,
        }
    }

    fn not_covered(groups: &[usize]) -> Decision {
        decision(Outcome::NoMatch {
            reason: NoMatchReason::NotCovered(crate::matcher::NotCoveredMatch {
                phrase: "how long".into(),
                groups: groups.to_vec(),
            }),
        })
    }

    fn labels(reply: &Reply) -> Vec<Vec<&str>> {
        reply
            .buttons
            .iter()
            .map(|r| r.iter().map(Button::label).collect())
            .collect()
    }

    #[test]
    fn a_message_that_asks_nothing_also_learns_how_to_ask() {
        let k = sample();
        let reply = Reply::for_decision(
            &decision(Outcome::NoMatch {
                reason: NoMatchReason::NothingToSearch,
            }),
            &k,
        );
        assert_eq!(
            reply.render_plain(),
            "no_answer text.\n\nhelp text.\n\nhelp_prompt text."
        );
    }

    #[test]
    fn suggestions_offer_entries_and_someone_to_talk_to() {
        let k = sample();
        let reply = Reply::for_decision(
            &decision(Outcome::Suggestions {
                entries: vec![1, 0],
            }),
            &k,
        );
        let callbacks: Vec<&Callback> = reply
            .buttons
            .iter()
            .flatten()
            .filter_map(|b| match b {
                Button::Callback { callback, .. } => Some(callback),
                Button::Url { .. } => None,
            })
            .collect();
        assert_eq!(
            callbacks,
            vec![
                &Callback::Entry("withdrawal".into()),
                &Callback::Entry("addictive".into()),
                &Callback::TalkToSomeone
            ]
        );
    }

    #[test]
    fn topics_are_paginated() {
        let mut files = crate::knowledge::tests::sample_files();
        let mut many = String::new();
        for i in 0..20 {
            many.push_str(&format!("## Topic {i}\nid: topic{i}\n\nText {i}.\n\n"));
        }
        files.push(("many.md".into(), many.into_bytes()));
        let k = Knowledge::from_files(files).unwrap();
        let first = Reply::topics(&k, 0);
        assert_eq!(first.buttons.len(), TOPICS_PER_PAGE + 1);
        assert_eq!(first.buttons.last().unwrap()[0].label(), "next_page");
        let last = Reply::topics(&k, 99);
        assert_eq!(last.buttons.last().unwrap().len(), 1);
        assert_eq!(last.buttons.last().unwrap()[0].label(), "previous_page");
    }

    #[test]
    fn labels_are_shortened() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
    }
}
