//! `smalltalk.md`: greetings, thanks, "who are you": what people say to a bot that is not a
//! question, and the short reply each gets.

use super::fields::check_known_fields;
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
}

/// Reads `smalltalk.md`: one `## ` section per intent, `say:` lines, then the reply.
pub fn smalltalk_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<SmalltalkIntent> {
    let path = file.path.as_path();
    let mut intents = Vec::new();
    for section in &file.sections {
        check_known_fields(path, section, &["say"], problems);
        let phrases: Vec<(usize, String)> = section
            .values("say")
            .filter(|f| !f.value.is_empty())
            .map(|f| (f.line, f.value.clone()))
            .collect();
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
        });
    }
    intents
}
