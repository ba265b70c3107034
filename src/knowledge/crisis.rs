//! `crisis.md`: the phrases that mean someone may be in danger, and the reply they get first.

use super::fields::{check_known_fields, list_items};
use super::problem::Problem;
use super::source::SourceFile;

/// The crisis rules as staff wrote them; `matcher::crisis` compiles them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrisisRules {
    /// Emergency numbers and lines, in Markdown. Sent first and alone.
    pub reply: String,
    /// Phrases that signal danger (`kill myself`, `not breathing`, `suicid*`).
    pub phrases: Vec<(usize, String)>,
    /// Words that, right before a phrase, turn it around (`not`, `never`).
    pub negations: Vec<(usize, String)>,
}

/// Reads `crisis.md`: `## reply`, `## phrases`, and optionally `## negations`.
pub fn crisis_rules_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<CrisisRules> {
    let path = file.path.as_path();
    let mut reply = None;
    let mut phrases = None;
    let mut negations = Vec::new();
    let errors_before = problems.iter().filter(|p| p.is_error()).count();
    for section in &file.sections {
        check_known_fields(path, section, &[], problems);
        match section.heading.to_lowercase().as_str() {
            "reply" => {
                if section.body.trim().is_empty() {
                    problems.push(Problem::error(path, section.line, "the crisis reply is empty"));
                }
                reply = Some(section.body.clone());
            }
            "phrases" => phrases = Some(list_items(path, section, problems)),
            "negations" => negations = list_items(path, section, problems),
            other => problems.push(Problem::error(
                path,
                section.line,
                format!("unknown section `## {other}` (crisis.md has `## reply`, `## phrases` and `## negations`)"),
            )),
        }
    }
    if reply.is_none() {
        problems.push(Problem::error(path, 0, "the section `## reply` is missing"));
    }
    match &phrases {
        None => problems.push(Problem::error(
            path,
            0,
            "the section `## phrases` is missing",
        )),
        Some(list) if list.is_empty() => {
            problems.push(Problem::error(path, 0, "`## phrases` lists no phrase"))
        }
        Some(list) => {
            for (line, phrase) in list {
                if crate::text::words(phrase).is_empty() {
                    problems.push(Problem::error(path, *line, "this phrase has no words"));
                }
            }
        }
    }
    if problems.iter().filter(|p| p.is_error()).count() > errors_before {
        return None;
    }
    Some(CrisisRules {
        reply: reply.unwrap_or_default(),
        phrases: phrases.unwrap_or_default(),
        negations,
    })
}
