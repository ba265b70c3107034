//! `smalltalk.md`: greetings, thanks, "who are you": what people say to a bot that is not a
//! question, and the short reply each gets.

use super::fields::{FirstSeen, check_known_fields};
use super::problem::Problem;
use super::source::SourceFile;

/// One kind of smalltalk (a greeting, thanks…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmalltalkIntent {
    pub name: String,
    /// What people say (`say:` lines).
    pub phrases: Vec<(usize, String)>,
    /// The reply, in Markdown.
    pub reply: String,
    /// Up to how many words a longer message that asks nothing the bot can answer, but says
    /// one of these phrases somewhere, gets this reply (`in_story: yes`: any length;
    /// `in_story: up to 30 words`; `no` or nothing: 0): right for thanks at the end of a
    /// story, wrong for "… im fine" or "… ok", which may close a message hiding danger.
    pub in_story: usize,
    /// Up to how many words such a message gets this reply when it opens with one of these
    /// phrases (`opening: up to 90 words`; absent: no longer than `in_story`): a greeting that
    /// opens a long introduction ("Hello, I'm 71 and my granddaughter set this up…").
    pub opening: usize,
}

/// The longest story an `in_story:` (or `opening:`) value lets the reply answer, in words.
fn story_length(value: &str) -> Option<usize> {
    let value = value.trim().to_lowercase();
    match value.as_str() {
        "yes" => Some(usize::MAX),
        "no" => Some(0),
        _ => value
            .strip_prefix("up to ")?
            .trim_end_matches("words")
            .trim()
            .parse()
            .ok(),
    }
}

/// Reads `smalltalk.md`: one `## ` section per intent, `say:` lines, then the reply.
pub fn smalltalk_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<SmalltalkIntent> {
    let path = file.path.as_path();
    let mut intents = Vec::new();
    // Where each phrase was first written, and under which heading.
    let mut seen: FirstSeen<&str> = FirstSeen::new();
    for section in &file.sections {
        check_known_fields(path, section, &["say", "in_story", "opening"], problems);
        let mut length_of = |key: &str| {
            let mut words = 0;
            for field in section.values(key) {
                match story_length(&field.value) {
                    Some(length) => words = length,
                    None => problems.push(Problem::error(
                        path,
                        field.line,
                        format!(
                            "`{key}:` is `yes`, `no` or `up to N words`, not `{}`",
                            field.value
                        ),
                    )),
                }
            }
            words
        };
        let in_story = length_of("in_story");
        let opening = length_of("opening").max(in_story);
        let phrases: Vec<(usize, String)> = section
            .values("say")
            .filter(|f| !f.value.is_empty())
            .map(|f| (f.line, f.value.clone()))
            .collect();
        for (line, phrase) in &phrases {
            match seen.earlier(phrase, *line, &section.heading) {
                Some((first, heading)) if heading == section.heading => {
                    problems.push(Problem::warning(
                        path,
                        *line,
                        format!("`say: {phrase}` is already written at line {first}"),
                    ));
                }
                Some((first, heading)) => problems.push(Problem::error(
                    path,
                    *line,
                    format!(
                        "`say: {phrase}` is already under `## {heading}` (line {first}): \
                         one phrase can have only one reply"
                    ),
                )),
                None => {}
            }
        }
        if phrases.is_empty() {
            problems.push(Problem::error(
                path,
                section.line,
                "this smalltalk has no `say:` line",
            ));
        }
        if section.body.trim().is_empty() {
            problems.push(Problem::error(
                path,
                section.line,
                "this smalltalk has no reply",
            ));
        }
        intents.push(SmalltalkIntent {
            name: section.heading.clone(),
            phrases,
            reply: section.body.clone(),
            in_story,
            opening,
        });
    }
    intents
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::knowledge::source::parse;

    fn problems_of(text: &str) -> Vec<String> {
        let mut problems = Vec::new();
        let file = parse(Path::new("smalltalk.md"), text, &mut problems);
        smalltalk_of(&file, &mut problems);
        problems.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_phrase_written_twice_is_named_with_both_lines() {
        let same_reply = problems_of("## Thanks\nsay: thanks\nsay: Thanks!\n\nWelcome.\n");
        assert_eq!(
            same_reply,
            ["smalltalk.md:3: warning: `say: Thanks!` is already written at line 2"]
        );
        let two_replies = problems_of("## Hi\nsay: hey\n\nHello.\n\n## Bye\nsay: hey\n\nBye.\n");
        assert_eq!(two_replies.len(), 1);
        assert!(
            two_replies[0]
                .starts_with("smalltalk.md:7: error: `say: hey` is already under `## Hi` (line 2)"),
            "{two_replies:?}"
        );
    }

    #[test]
    fn in_story_is_yes_no_or_a_length_and_off_unless_written() {
        assert_eq!(
            problems_of("## Thanks\nin_story: maybe\nsay: thanks\n\nWelcome.\n"),
            ["smalltalk.md:2: error: `in_story:` is `yes`, `no` or `up to N words`, not `maybe`"]
        );
        let intents = |text: &str| {
            let mut problems = Vec::new();
            let file = parse(Path::new("smalltalk.md"), text, &mut problems);
            smalltalk_of(&file, &mut problems)
        };
        let written = intents(
            "## Thanks\nin_story: yes\nsay: thanks\n\nWelcome.\n\n## Ok\nsay: ok\n\nOk.\n\n## Hi\nin_story: up to 30 words\nsay: hi\n\nHello.\n",
        );
        assert_eq!(
            written.iter().map(|i| i.in_story).collect::<Vec<_>>(),
            [usize::MAX, 0, 30]
        );
    }

    #[test]
    fn opening_is_a_length_never_shorter_than_in_story() {
        assert_eq!(
            problems_of("## Hi\nopening: long\nsay: hi\n\nHello.\n"),
            ["smalltalk.md:2: error: `opening:` is `yes`, `no` or `up to N words`, not `long`"]
        );
        let mut problems = Vec::new();
        let text = "## Hi\nin_story: up to 30 words\nopening: up to 90 words\nsay: hi\n\nHello.\n\n\
                    ## Thanks\nin_story: yes\nsay: thanks\n\nWelcome.\n";
        let file = parse(Path::new("smalltalk.md"), text, &mut problems);
        let written = smalltalk_of(&file, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            written.iter().map(|i| i.opening).collect::<Vec<_>>(),
            [90, usize::MAX],
            "unwritten, `opening:` is `in_story:`"
        );
    }

    #[test]
    fn emoji_phrases_are_told_apart() {
        assert!(problems_of("## Thanks\nsay: 🙏\nsay: 👍\n\nWelcome.\n").is_empty());
    }
}
