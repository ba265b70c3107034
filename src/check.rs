//! `faqbot check`: the staff's safety net, beyond what loading already refuses.
//!
//! - **Static checks**: duplicate and near-duplicate questions across entries, an answer too
//!   long for one Telegram message with no place to cut it, links that are not plain web
//!   addresses, `ask:` lines lost in an answer's text.
//! - **The regression check**: every FAQ question and `ask:` line, asked as a message, must
//!   bring back its own entry; every line of `crisis.md` must bring the crisis reply. Each one that
//!   does not is listed with what came back instead.
//! - **Reach** (warnings): entries that no question of the project's question sets reaches.
//!
//! Everything is a [`Problem`] with file and line.

use std::collections::HashSet;
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag};

use crate::knowledge::{Entry, Knowledge, Problem, is_safe_url};
use crate::matcher::{Brain, Outcome};
use crate::reply::MAX_MESSAGE_CHARS;
use crate::reply::markdown::{Flavour, render_blocks};
use crate::reply::split::telegram_len;

/// How alike two questions of different entries may be, letter for letter, before they are
/// near-duplicates (strsim's normalised Levenshtein on their normalised words). High on purpose:
/// "long-term effects" and "short-term effects" are different questions.
const NEAR_DUPLICATE: f64 = 0.95;

/// Every check; problems sorted errors first, then by file and line.
pub fn check_all(brain: &Brain, question_sets: &[crate::eval::Question]) -> Vec<Problem> {
    let k = brain.knowledge();
    let mut problems = k.warnings.clone();
    problems.extend(duplicate_questions(k));
    problems.extend(answers_that_cannot_be_sent(k));
    problems.extend(links(k));
    problems.extend(lost_settings(k));
    problems.extend(regressions(brain));
    if !question_sets.is_empty() {
        problems.extend(unreached(brain, question_sets));
    }
    problems.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.file.cmp(&b.file))
            .then(a.line.cmp(&b.line))
    });
    problems
}

/// The questions of an entry: its `ask:` lines, and its heading when it is a question (a FAQ's;
/// an article's section titles are descriptions, not questions people ask).
fn phrasings(entry: &Entry) -> impl Iterator<Item = (usize, &str)> {
    let heading = entry
        .title
        .trim_end()
        .ends_with('?')
        .then_some((entry.line, entry.title.as_str()));
    heading
        .into_iter()
        .chain(entry.asks.iter().map(|a| (a.line, a.text.as_str())))
}

/// The same question, or nearly, under two entries: one of them can never be reached by it.
pub fn duplicate_questions(k: &Knowledge) -> Vec<Problem> {
    let mut problems = Vec::new();
    let content = crate::text::content_stems;
    let all: Vec<(&Entry, usize, &str, String, Vec<String>)> = k
        .entries
        .iter()
        .flat_map(|e| {
            phrasings(e).map(move |(line, text)| {
                (
                    e,
                    line,
                    text,
                    crate::text::words(text).join(" "),
                    content(text),
                )
            })
        })
        .collect();
    for (i, (entry, line, text, norm, stems)) in all.iter().enumerate() {
        for (other, other_line, _, other_norm, other_stems) in &all[..i] {
            if other.id == entry.id || norm.is_empty() {
                continue;
            }
            let same = norm == other_norm;
            let near = stems == other_stems
                || strsim::normalized_levenshtein(norm, other_norm) >= NEAR_DUPLICATE;
            if same || near {
                let how = if same {
                    "the same question as"
                } else {
                    "nearly the same question as"
                };
                problems.push(Problem::error(
                    &entry.file,
                    *line,
                    format!(
                        "“{text}” (entry `{}`) is {how} {}:{} (entry `{}`): a person asking it can only get one of them; reword one or remove it",
                        entry.id,
                        other.file.display(),
                        other_line,
                        other.id
                    ),
                ));
            }
        }
    }
    problems
}

/// An answer whose single paragraph is longer than one Telegram message: it could only be cut
/// mid-paragraph, losing its formatting.
pub fn answers_that_cannot_be_sent(k: &Knowledge) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in &k.entries {
        for block in render_blocks(&entry.body, Flavour::TelegramHtml) {
            if telegram_len(&block) > MAX_MESSAGE_CHARS {
                problems.push(Problem::error(
                    &entry.file,
                    entry.body_line(),
                    format!(
                        "the entry `{}` has a paragraph of {} characters, more than one Telegram message ({MAX_MESSAGE_CHARS}): split it with a blank line",
                        entry.id,
                        telegram_len(&block)
                    ),
                ));
            }
        }
    }
    problems
}

/// Links in answers and bot texts that are not plain web addresses.
pub fn links(k: &Knowledge) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = |file: &Path, line_of: &dyn Fn(usize) -> usize, markdown: &str| {
        for (event, range) in Parser::new(markdown).into_offset_iter() {
            if let Event::Start(Tag::Link { dest_url, .. }) = event
                && !is_safe_url(&dest_url)
            {
                let line = line_of(markdown[..range.start].matches('\n').count());
                problems.push(Problem::error(
                    file,
                    line,
                    format!("the link `{dest_url}` is broken: write a full web address, like https://www.example.org/page"),
                ));
            }
        }
    };
    for entry in &k.entries {
        check(&entry.file, &|i| entry.file_line(i), &entry.body);
    }
    let texts = &k.texts;
    for (section, text) in [
        ("welcome", &texts.welcome),
        ("disclaimer", &texts.disclaimer),
        ("help", &texts.help),
        ("help_prompt", &texts.help_prompt),
        ("no_answer", &texts.no_answer),
        ("not_covered", &texts.not_covered),
        ("other_substance", &texts.other_substance),
    ] {
        check(
            Path::new(crate::knowledge::BOT_FILE),
            &|i| texts.file_line(section, i),
            text,
        );
    }
    for group in &k.not_covered {
        if let Some(reply) = &group.reply {
            // Paragraphs are joined by one blank line: text line `i` is paragraph `i / 2`.
            let line_of = |i: usize| group.reply_lines.get(i / 2).copied().unwrap_or(group.line);
            check(
                Path::new(crate::knowledge::NOT_COVERED_FILE),
                &line_of,
                reply,
            );
        }
    }
    let crisis_line = |i: usize| k.crisis.reply_lines.get(i).copied().unwrap_or(0);
    check(
        Path::new(crate::knowledge::CRISIS_FILE),
        &crisis_line,
        &k.crisis.reply,
    );
    problems
}

/// `ask:`-like lines inside an answer's text: written after the blank line, they are shown to
/// people instead of being used.
pub fn lost_settings(k: &Knowledge) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in &k.entries {
        for (i, line) in entry.body.lines().enumerate() {
            let key = ["ask:", "id:", "related:"]
                .into_iter()
                .find(|key| line.trim_start().starts_with(key));
            if let Some(key) = key {
                problems.push(Problem::error(
                    &entry.file,
                    entry.file_line(i),
                    format!("this `{key}` line is part of the answer text: move it right under the heading, before the blank line"),
                ));
            }
        }
    }
    problems
}

/// Every phrasing must bring back its own entry; every crisis phrase, the crisis reply.
pub fn regressions(brain: &Brain) -> Vec<Problem> {
    let k = brain.knowledge();
    let mut problems = Vec::new();
    for entry in &k.entries {
        for (line, text) in phrasings(entry) {
            let decision = brain.answer(text);
            let got = match &decision.outcome {
                Outcome::Answered { entry: e, .. } if k.entries[*e].id == entry.id => continue,
                Outcome::Answered {
                    entry: e, score, ..
                } => {
                    format!("brings `{}` (confidence {score:.2})", k.entries[*e].id)
                }
                Outcome::Suggestions { entries } => format!(
                    "only brings “did you mean” {}",
                    entries
                        .iter()
                        .map(|&e| format!("`{}`", k.entries[e].id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Outcome::NoMatch { reason } => format!("brings no answer ({reason:?})"),
                Outcome::Crisis { phrase } => {
                    format!("brings the crisis reply (phrase “{phrase}”)")
                }
                Outcome::Smalltalk { .. } => "is taken for smalltalk".to_owned(),
            };
            let runner_up = decision
                .candidates
                .iter()
                .find(|c| k.entries[c.entry].id == entry.id)
                .map(|c| format!("; `{}` scores {:.2}", entry.id, c.score))
                .unwrap_or_default();
            problems.push(Problem::error(
                &entry.file,
                line,
                format!("asked as a message, “{text}” {got} instead of `{}`{runner_up}: make it more specific, or move it", entry.id),
            ));
        }
    }
    for (line, phrase) in &k.crisis.phrases {
        let bare: String = phrase.replace(['*', '='], "").replace("...", " ");
        // As written, and inside a sentence, as people write it: a word added to
        // `## negations` by mistake would silence it there.
        for message in [bare.clone(), format!("i think {bare}")] {
            if !matches!(brain.answer(&message).outcome, Outcome::Crisis { .. }) {
                problems.push(Problem::error(
                    crate::knowledge::CRISIS_FILE,
                    *line,
                    format!("“{message}”, sent as a message, does not bring the crisis reply (is a word of `## negations` in front of it?)"),
                ));
                break;
            }
        }
    }
    problems
}

/// Entries no question of the question sets reaches, as answer or suggestion (warnings).
pub fn unreached(brain: &Brain, questions: &[crate::eval::Question]) -> Vec<Problem> {
    let k = brain.knowledge();
    let mut reached = HashSet::new();
    for question in questions {
        match brain.answer(&question.q).outcome {
            Outcome::Answered { entry, .. } => {
                reached.insert(entry);
            }
            Outcome::Suggestions { entries } => reached.extend(entries),
            _ => {}
        }
    }
    k.entries
        .iter()
        .enumerate()
        .filter(|(i, _)| !reached.contains(i))
        .map(|(_, e)| {
            Problem::warning(
                &e.file,
                e.line,
                format!("no question of the question sets reaches `{}`: people may not find it; add `ask:` lines in their words", e.id),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::tests::sample_files;
    use std::path::PathBuf;

    fn brain_with(extra: &str) -> Brain {
        let mut files = sample_files();
        files.push((PathBuf::from("more.md"), extra.as_bytes().to_vec()));
        Brain::in_memory(Knowledge::from_files(files).unwrap()).unwrap()
    }

    fn messages(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn near_duplicate_questions_across_entries() {
        let brain = brain_with(
            "## Is ketamine addictive??\nid: again\n\nText.\n\n## Other\nid: other\nask: Can you get hooked on ketamine!\n\nText.\n",
        );
        let found = messages(&duplicate_questions(brain.knowledge()));
        assert!(
            found.iter().any(|p| p.starts_with("more.md:1: error:")
                && p.contains("the same question as faq.md:1")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.starts_with("more.md:8: error:")),
            "{found:?}"
        );
    }

    #[test]
    fn a_paragraph_longer_than_a_message() {
        let long = "word ".repeat(1000);
        let brain = brain_with(&format!("## Long\nid: long\n\n{long}\n"));
        let found = messages(&answers_that_cannot_be_sent(brain.knowledge()));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("more.md:4: error: the entry `long` has a paragraph of"),
            "{found:?}"
        );
    }

    #[test]
    fn broken_links_in_bot_texts_and_the_crisis_reply_name_their_line() {
        let mut files = sample_files();
        for (path, bytes) in &mut files {
            let text = String::from_utf8(bytes.clone()).unwrap();
            let text = match path.to_str() {
                Some("bot.md") => text.replace(
                    "help_prompt text.\n",
                    "help_prompt text.\n<!-- a note -->\nCall [us](tel:123).\n",
                ),
                Some("crisis.md") => {
                    text.replace("Call 911.\n", "Call 911.\n\n[Chat](chat.example)\n")
                }
                _ => text,
            };
            *bytes = text.into_bytes();
        }
        let knowledge = Knowledge::from_files(files).unwrap();
        let bot = String::from_utf8(
            sample_files()
                .into_iter()
                .find(|(p, _)| p.to_str() == Some("bot.md"))
                .unwrap()
                .1,
        )
        .unwrap();
        let help_prompt_line = bot.lines().position(|l| l == "help_prompt text.").unwrap() + 1;
        let found = messages(&links(&knowledge));
        assert_eq!(
            found,
            [
                format!(
                    "bot.md:{}: error: the link `tel:123` is broken: write a full web address, like https://www.example.org/page",
                    help_prompt_line + 2
                ),
                "crisis.md:5: error: the link `chat.example` is broken: write a full web address, like https://www.example.org/page".to_owned(),
            ]
        );
    }

    #[test]
    fn a_broken_link_in_a_not_covered_reply_names_its_line() {
        let knowledge = crate::knowledge::tests::sample_with(
            crate::knowledge::NOT_COVERED_FILE,
            "## Costs\nreply: We can't quote prices.\nreply: Ask [us](www.example.org).\n\n- price\n",
        )
        .unwrap();
        assert_eq!(
            messages(&links(&knowledge)),
            [
                "not-covered.md:3: error: the link `www.example.org` is broken: write a full web address, like https://www.example.org/page"
            ]
        );
    }

    #[test]
    fn broken_links_and_lost_ask_lines() {
        let brain = brain_with(
            "## Linked\nid: linked\n\nSee [this](www.example.org).\n\nask: a lost question\n",
        );
        let found = messages(&links(brain.knowledge()));
        assert_eq!(
            found,
            [
                "more.md:4: error: the link `www.example.org` is broken: write a full web address, like https://www.example.org/page"
            ]
        );
        let found = messages(&lost_settings(brain.knowledge()));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].starts_with("more.md:6: error: this `ask:` line"),
            "{found:?}"
        );
    }

    #[test]
    fn the_regression_check_names_what_came_back() {
        let brain = brain_with(
            "## Zebras\nid: zebras\nask: hello\nask: is ketamine addictive\n\nStriped.\n\n## Crisis words\nid: words\nask: I want to kill myself\n\nText.\n",
        );
        let found = messages(&regressions(&brain));
        for expected in [
            "more.md:3: error: asked as a message, “hello” is taken for smalltalk instead of `zebras`",
            "more.md:4: error: asked as a message, “is ketamine addictive” brings `addictive`",
            "more.md:10: error: asked as a message, “I want to kill myself” brings the crisis reply",
        ] {
            assert!(
                found.iter().any(|p| p.starts_with(expected)),
                "{expected}\n{found:?}"
            );
        }
        assert!(
            !found.iter().any(|p| p.contains("faq.md")),
            "the sample's own phrasings pass: {found:?}"
        );
    }

    #[test]
    fn unreached_entries_are_warnings() {
        let brain = brain_with("## Zebras\nid: zebras\n\nStriped.\n");
        let questions = vec![crate::eval::Question {
            q: "is ketamine addictive".into(),
            kind: crate::eval::Kind::Answer,
            accept: vec!["addictive".into()],
            style: "direct".into(),
        }];
        let found = unreached(&brain, &questions);
        assert!(found.iter().all(|p| !p.is_error()));
        assert!(found.iter().any(|p| p.message.contains("`zebras`")));
    }
}
