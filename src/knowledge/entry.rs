//! Answer files: every `## ` section is one [`Entry`] a person can get as an answer.

use std::path::{Path, PathBuf};

use super::fields::check_known_fields;
use super::problem::Problem;
use super::source::SourceFile;

/// Longest entry id: ids travel in Telegram callback data, which is capped at 64 bytes.
pub const MAX_ID_LEN: usize = 40;

/// One answer of the knowledge: a section of an article or a FAQ answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable name, used in buttons, feedback and statistics (`withdrawal`, `faq4`).
    pub id: String,
    /// The heading: a section title, or the FAQ question.
    pub title: String,
    /// Other ways people ask for this entry (the `ask:` lines).
    pub asks: Vec<Phrasing>,
    /// The answer, in Markdown, exactly as stored.
    pub body: String,
    /// Entries offered after this one, by id (the `related:` line); empty means "choose for me".
    pub related: Vec<String>,
    /// Where the entry is written, for error messages and `faqbot check`.
    pub file: PathBuf,
    pub line: usize,
    /// The file's line of each line of `body` (see [`Entry::file_line`]).
    pub body_line_numbers: Vec<usize>,
}

/// An alternative phrasing with the line it is written on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrasing {
    pub text: String,
    pub line: usize,
}

impl Entry {
    /// The phrasings matched as questions: the heading first, then every `ask:` line.
    pub fn variants(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str()).chain(self.asks.iter().map(|a| a.text.as_str()))
    }

    /// Line of the answer's first line.
    pub fn body_line(&self) -> usize {
        self.file_line(0)
    }

    /// The file's line of line `index` (0-based) of the answer text.
    pub fn file_line(&self, index: usize) -> usize {
        match self.body_line_numbers.get(index) {
            Some(line) => *line,
            None => self.line + 1 + index,
        }
    }
}

const KNOWN_FIELDS: &[&str] = &["id", "ask", "related"];

/// The entries of one answer file.
pub fn entries_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let path = file.path.as_path();
    let mut entries = Vec::new();
    for section in &file.sections {
        check_known_fields(path, section, KNOWN_FIELDS, problems);
        let id = match section.values("id").collect::<Vec<_>>().as_slice() {
            [] => {
                let derived = slug(&section.heading);
                problems.push(Problem::warning(
                    path,
                    section.line,
                    format!(
                        "this entry has no `id:`; it is called `{derived}` for now. Add `id: {derived}` under the heading so votes and statistics survive a change of heading"
                    ),
                ));
                derived
            }
            [one] => {
                check_id(path, one.line, &one.value, problems);
                one.value.clone()
            }
            [_, second, ..] => {
                problems.push(Problem::error(
                    path,
                    second.line,
                    "an entry has one `id:` line only",
                ));
                continue;
            }
        };
        if section.body.trim().is_empty() {
            problems.push(Problem::error(
                path,
                section.line,
                format!("the entry `{}` has no answer text: write it under the heading, after a blank line", section.heading),
            ));
        }
        let mut asks = Vec::new();
        for ask in section.values("ask") {
            if ask.value.is_empty() {
                problems.push(Problem::error(path, ask.line, "this `ask:` line is empty"));
            } else {
                asks.push(Phrasing {
                    text: ask.value.clone(),
                    line: ask.line,
                });
            }
        }
        let related = section
            .values("related")
            .flat_map(|f| f.value.split(','))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        entries.push(Entry {
            id,
            title: section.heading.clone(),
            asks,
            body: section.body.clone(),
            related,
            file: file.path.clone(),
            line: section.line,
            body_line_numbers: section.body_line_numbers.clone(),
        });
    }
    entries
}

fn check_id(path: &Path, line: usize, id: &str, problems: &mut Vec<Problem>) {
    let valid_chars = id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if id.is_empty() || id.len() > MAX_ID_LEN || !valid_chars {
        problems.push(Problem::error(
            path,
            line,
            format!("the id `{id}` must be 1 to {MAX_ID_LEN} characters of a-z, 0-9, `_` or `-`"),
        ));
    }
}

/// `Is Ketamine Addictive?` → `is_ketamine_addictive`.
pub fn slug(heading: &str) -> String {
    let words = crate::text::words(heading);
    let mut slug = String::new();
    for word in words {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() {
            continue;
        }
        if slug.len() + word.len() + 1 > MAX_ID_LEN {
            break;
        }
        if !slug.is_empty() {
            slug.push('_');
        }
        slug.push_str(&word);
    }
    if slug.is_empty() {
        "entry".to_owned()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::source::parse;

    fn load(text: &str) -> (Vec<Entry>, Vec<Problem>) {
        let mut problems = Vec::new();
        let file = parse(Path::new("faq.md"), text, &mut problems);
        let entries = entries_of(&file, &mut problems);
        (entries, problems)
    }

    #[test]
    fn reads_id_asks_related_and_body() {
        let (entries, problems) =
            load("## What is K?\nid: what_is_k\nask: what's ket\nrelated: a, b\n\nAn answer.\n");
        assert!(problems.is_empty(), "{problems:?}");
        let e = &entries[0];
        assert_eq!(e.id, "what_is_k");
        assert_eq!(
            e.variants().collect::<Vec<_>>(),
            ["What is K?", "what's ket"]
        );
        assert_eq!(e.related, ["a", "b"]);
        assert_eq!((e.line, e.body_line(), e.asks[0].line), (1, 6, 3));
    }

    #[test]
    fn missing_body_and_bad_fields_are_errors_with_lines() {
        let (_, problems) = load("## Q\nid: Bad Id!\naks: typo\n\n## R\nid: r\n");
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(
            text.iter()
                .any(|t| t.starts_with("faq.md:2: error: the id `Bad Id!`")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.contains("faq.md:3:") && t.contains("did you mean `ask:`")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("faq.md:1: error:") && t.contains("no answer text")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|t| t.starts_with("faq.md:5: error:") && t.contains("no answer text")),
            "{text:?}"
        );
    }

    #[test]
    fn missing_id_is_derived_with_a_warning() {
        let (entries, problems) = load("## Is Ketamine Addictive?\n\nYes.\n");
        assert_eq!(entries[0].id, "is_ketamine_addictive");
        assert_eq!(problems.len(), 1);
        assert!(!problems[0].is_error());
    }
}
