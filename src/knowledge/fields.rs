//! Small helpers the file kinds share: unknown keys, list items, "did you mean".

use std::path::Path;

use super::problem::Problem;
use super::source::Section;

/// Reports every field of `section` whose key is not in `known`, suggesting the closest one.
pub fn check_known_fields(
    path: &Path,
    section: &Section,
    known: &[&str],
    problems: &mut Vec<Problem>,
) {
    for field in &section.fields {
        if !known.contains(&field.key.as_str()) {
            problems.push(Problem::error(
                path,
                field.line,
                format!(
                    "unknown setting `{}:`{}",
                    field.key,
                    did_you_mean(&field.key, known)
                ),
            ));
        }
    }
}

/// ` (did you mean `x:`?)` when a known key is close to `key`, else a list of the known keys.
pub fn did_you_mean(key: &str, known: &[&str]) -> String {
    let best = known
        .iter()
        .map(|k| (strsim::osa_distance(key, k), *k))
        .min();
    match best {
        Some((distance, k)) if distance <= 1 + k.len() / 4 && distance < k.len() => {
            format!(" (did you mean `{k}:`?)")
        }
        _ if known.is_empty() => " (this section takes no settings)".to_owned(),
        _ => format!(
            " (known here: {})",
            known
                .iter()
                .map(|k| format!("`{k}:`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// What makes two items or phrases the same: case, punctuation and spacing aside. Not
/// [`crate::text::normalise`], which drops emoji and the `*` of `unalive*` (every word
/// starting so), a different phrase from `unalive`.
fn duplicate_key(item: &str) -> String {
    let kept: String = item
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| {
            if c.is_ascii_punctuation() && c != '*' {
                ' '
            } else {
                c
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where each phrase was first written, to name it when the same phrase comes again.
pub struct FirstSeen<T> {
    seen: std::collections::HashMap<String, (usize, T)>,
}

impl<T: Clone> FirstSeen<T> {
    pub fn new() -> FirstSeen<T> {
        FirstSeen {
            seen: std::collections::HashMap::new(),
        }
    }

    /// Notes `phrase` at `line` (with `tag`, e.g. its heading); returns where it was first
    /// written, when it was.
    pub fn earlier(&mut self, phrase: &str, line: usize, tag: T) -> Option<(usize, T)> {
        let key = duplicate_key(phrase);
        match self.seen.get(&key) {
            Some(first) => Some(first.clone()),
            None => {
                self.seen.insert(key, (line, tag));
                None
            }
        }
    }
}

/// The `- item` lines of a section body, with their line numbers. Any other non-blank line is
/// reported: lists are where staff put phrases, one per line. An item listed twice is
/// harmless but a sign of a list grown long: a warning points at the first.
pub fn list_items(
    path: &Path,
    section: &Section,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, String)> {
    let mut items = Vec::new();
    let mut seen = FirstSeen::new();
    for (line, text) in section.body_lines() {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            continue;
        }
        match trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
        {
            Some(item) if !item.trim().is_empty() => {
                let item = item.trim();
                if let Some((first, ())) = seen.earlier(item, line, ()) {
                    problems.push(Problem::warning(
                        path,
                        line,
                        format!("`- {item}` is already listed at line {first}"),
                    ));
                }
                items.push((line, item.to_owned()));
            }
            _ => problems.push(Problem::error(
                path,
                line,
                "in this section every line is a list item: start it with `- `",
            )),
        }
    }
    items
}
