//! The one layout every knowledge file shares: `## ` headings, each followed by optional
//! `key: value` lines and then free Markdown.
//!
//! ```markdown
//! # File title (optional)
//!
//! ## Heading of the first section
//! id: first_section
//! ask: A way people ask this
//!
//! The answer, in Markdown.
//! ```
//!
//! This layer knows nothing about what a section means (an answer, a bot text, crisis phrases):
//! it only cuts a file into [`Section`]s and remembers the line of everything, so each kind of
//! file reports mistakes with file and line. It is a line scanner rather than a Markdown parser
//! on purpose: the structure staff write is line-based, and line numbers must be exact. The
//! Markdown inside a body is rendered later by `reply::markdown` with pulldown-cmark.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::problem::Problem;

/// One `## ` section of a knowledge file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading text, trimmed, without the `## `.
    pub heading: String,
    /// Line of the heading (1-based).
    pub line: usize,
    /// The `key: value` lines right under the heading, in order.
    pub fields: Vec<Field>,
    /// The Markdown after the fields, without leading or trailing blank lines.
    pub body: String,
    /// The file's line of each line of `body`: comments taken out of the body leave gaps.
    pub body_line_numbers: Vec<usize>,
}

/// A `key: value` line under a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub value: String,
    pub line: usize,
}

impl Section {
    /// Values of every field named `key`.
    pub fn values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.fields.iter().filter(move |f| f.key == key)
    }

    /// Line of the first body line (the one after the heading when the body is empty).
    pub fn body_line(&self) -> usize {
        self.body_line_numbers
            .first()
            .copied()
            .unwrap_or(self.line + 1)
    }

    /// The body's lines with their line numbers.
    pub fn body_lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.body_line_numbers
            .iter()
            .copied()
            .zip(self.body.lines())
    }
}

/// A knowledge file cut into sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the knowledge folder.
    pub path: PathBuf,
    /// The `# ` title, when there is one.
    pub title: Option<String>,
    pub sections: Vec<Section>,
}

/// The section being read: the section, its body lines so far, and whether `key: value` lines
/// may still come.
type Open<'a> = (Section, Vec<(usize, &'a str)>, bool);

/// Cuts `text` (the content of `path`) into sections; mistakes go to `problems`.
pub fn parse(path: &Path, text: &str, problems: &mut Vec<Problem>) -> SourceFile {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = strip_comments(path, text, problems);
    let mut file = SourceFile {
        path: path.to_path_buf(),
        title: None,
        sections: Vec::new(),
    };
    let mut in_fence = false;
    let mut current: Option<Open> = None;

    for (index, line) in lines.iter().enumerate() {
        let Some(line) = line else { continue };
        let number = index + 1;
        let trimmed = line.trim_end();
        let fence = is_fence(trimmed);

        if !in_fence && let Some(heading) = trimmed.strip_prefix("## ") {
            if let Some(done) = current.take() {
                file.sections.push(finish(done));
            }
            let heading = heading.trim().trim_end_matches('#').trim().to_owned();
            if heading.is_empty() {
                problems.push(Problem::error(path, number, "this heading is empty"));
            }
            current = Some((
                Section {
                    heading,
                    line: number,
                    fields: Vec::new(),
                    body: String::new(),
                    body_line_numbers: Vec::new(),
                },
                Vec::new(),
                true,
            ));
            continue;
        }
        if !in_fence && trimmed == "##" {
            problems.push(Problem::error(path, number, "this heading is empty"));
            continue;
        }
        if !in_fence && let Some(title) = trimmed.strip_prefix("# ") {
            if current.is_none() && file.title.is_none() {
                file.title = Some(title.trim().to_owned());
            } else {
                problems.push(Problem::error(
                    path,
                    number,
                    "a `# ` title may only open the file; start a new section with `## `",
                ));
            }
            continue;
        }

        match current.as_mut() {
            Some((section, body, reading_fields)) => {
                if *reading_fields && !in_fence {
                    if let Some((key, value)) = field(trimmed) {
                        section.fields.push(Field {
                            key: key.to_owned(),
                            value: value.trim().to_owned(),
                            line: number,
                        });
                        continue;
                    }
                    *reading_fields = false;
                }
                body.push((number, trimmed));
            }
            None if trimmed.trim().is_empty() => {}
            None => problems.push(Problem::error(
                path,
                number,
                "text before the first `## ` heading belongs to no section; add a heading above it",
            )),
        }
        if fence {
            in_fence = !in_fence;
        }
    }
    if let Some(done) = current.take() {
        file.sections.push(finish(done));
    }
    file
}

fn finish((mut section, body, _): Open) -> Section {
    let first = body.iter().position(|(_, l)| !l.trim().is_empty());
    let last = body.iter().rposition(|(_, l)| !l.trim().is_empty());
    if let (Some(first), Some(last)) = (first, last) {
        let kept = &body[first..=last];
        section.body_line_numbers = kept.iter().map(|(n, _)| *n).collect();
        let mut text = String::with_capacity(kept.iter().map(|(_, l)| l.len() + 1).sum());
        for (i, (_, line)) in kept.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(line);
        }
        section.body = text;
    }
    section
}

fn is_fence(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with("```") || l.starts_with("~~~")
}

/// `key: value` where key is a lowercase word (`id`, `ask`, `emergency_number`).
fn field(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let valid = !key.is_empty()
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit());
    // "https://…" is a value, never a key.
    (valid && !value.starts_with("//")).then_some((key, value))
}

/// Removes HTML comments (`<!-- … -->`, possibly over several lines), keeping line numbers:
/// comments are where staff leave notes for each other. A line that held nothing but a comment
/// becomes `None`: it is skipped, so it neither adds text nor ends a run of `key: value` lines.
fn strip_comments<'a>(
    path: &Path,
    text: &'a str,
    problems: &mut Vec<Problem>,
) -> Vec<Option<Cow<'a, str>>> {
    let mut out = Vec::new();
    let mut open_since: Option<usize> = None;
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let had_comment = open_since.is_some() || raw.contains("<!--");
        // Most lines hold no comment: kept as they are, not copied.
        if !had_comment {
            out.push(Some(Cow::Borrowed(raw)));
            continue;
        }
        let mut kept = String::new();
        let mut rest = raw;
        loop {
            if open_since.is_some() {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        open_since = None;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) => {
                        kept.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        open_since = Some(index + 1);
                    }
                    None => {
                        kept.push_str(rest);
                        break;
                    }
                }
            }
        }
        out.push((!kept.trim().is_empty()).then_some(Cow::Owned(kept)));
    }
    if let Some(line) = open_since {
        problems.push(Problem::error(
            path,
            line,
            "this comment is never closed: add `-->` where it ends",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> SourceFile {
        let mut problems = Vec::new();
        let file = parse(Path::new("t.md"), text, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        file
    }

    #[test]
    fn sections_fields_and_body_with_lines() {
        let file = parse_ok(
            "# Title\n\n## First\nid: one\nask: How?\nask: Why?\n\nBody line 1\n\n- bullet\n\n## Second\nText\n",
        );
        assert_eq!(file.title.as_deref(), Some("Title"));
        assert_eq!(file.sections.len(), 2);
        let first = &file.sections[0];
        assert_eq!(first.heading, "First");
        assert_eq!(first.line, 3);
        assert_eq!(
            first
                .values("ask")
                .map(|f| f.value.as_str())
                .collect::<Vec<_>>(),
            ["How?", "Why?"]
        );
        assert_eq!(first.values("ask").next().unwrap().line, 5);
        assert_eq!(first.body, "Body line 1\n\n- bullet");
        assert_eq!(first.body_line(), 8);
        assert_eq!(file.sections[1].body, "Text");
        assert_eq!(file.sections[1].body_line(), 13);
    }

    #[test]
    fn crlf_bom_and_comments() {
        let file = parse_ok(
            "\u{feff}<!-- note\nstill note -->\r\n## A\r\nid: a <!-- inline -->\r\n\r\nText <!-- x --> more\r\n",
        );
        assert_eq!(file.sections[0].values("id").next().unwrap().value, "a");
        assert_eq!(file.sections[0].body, "Text  more");
    }

    #[test]
    fn a_comment_line_between_fields_does_not_end_them() {
        let file = parse_ok("## A\nid: a\n<!-- note -->\nask: x\n\nBody\n");
        assert_eq!(file.sections[0].fields.len(), 2);
        assert_eq!(file.sections[0].body, "Body");
    }

    #[test]
    fn body_lines_after_a_comment_keep_their_own_line_numbers() {
        let file = parse_ok("## phrases\n- one\n<!-- a note\nover two lines -->\n- two\n");
        let lines: Vec<(usize, &str)> = file.sections[0].body_lines().collect();
        assert_eq!(lines, [(2, "- one"), (5, "- two")]);
    }

    #[test]
    fn headings_inside_code_fences_are_body() {
        let file = parse_ok("## A\n\n```\n## not a heading\n```\n");
        assert_eq!(file.sections.len(), 1);
        assert!(file.sections[0].body.contains("## not a heading"));
    }

    #[test]
    fn urls_and_capitalised_labels_are_not_fields() {
        let file = parse_ok("## A\nhttps://example.org\nPhysical Symptoms: x\n");
        assert!(file.sections[0].fields.is_empty());
        assert_eq!(file.sections[0].body_line(), 2);
    }

    #[test]
    fn mistakes_are_reported_with_lines() {
        let mut problems = Vec::new();
        parse(
            Path::new("t.md"),
            "stray text\n## A\n# late title\n## \n<!-- open",
            &mut problems,
        );
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![5, 1, 3, 4]);
    }
}
