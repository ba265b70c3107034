//! `not-covered.md`: questions the knowledge does not answer on purpose (doses, prices, opening
//! hours, drug tests…), so that a question that merely shares words with an answer ("how long
//! does ket stay in your system") gets the honest not-covered reply instead of a wrong answer.
//!
//! Each `## ` section is one group of such questions: its `- ` phrases, and optionally the
//! words the bot says to them (`reply:`) and the entries it points to (`see:`), so that "how
//! long does ket withdrawal last" is told the articles give no timeline and is offered the
//! withdrawal article, and a question about doses is told we never advise on them.

use super::fields::{FirstSeen, check_known_fields, list_items};
use super::problem::Problem;
use super::source::SourceFile;

/// Most entries a group may point to: they are buttons under the reply, read on a phone.
pub const MAX_SEE: usize = 3;

/// One `## ` section of `not-covered.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCoveredGroup {
    /// The heading, for staff and `faqbot check`.
    pub name: String,
    /// Line of the heading.
    pub line: usize,
    /// The questions, with their lines.
    pub phrases: Vec<(usize, String)>,
    /// The reply's own words (its `reply:` lines as paragraphs), in Markdown; `None`: bot.md's
    /// `## not_covered`.
    pub reply: Option<String>,
    /// The line of each paragraph of `reply`.
    pub reply_lines: Vec<usize>,
    /// Ids of the entries offered as buttons under the reply (`see:`), with their lines.
    pub see: Vec<(usize, String)>,
    /// The reply and the entries are for messages that name the subject (`needs_subject:
    /// yes`): "how long does caffeine withdrawal last" gets bot.md's `## not_covered`, not
    /// the ketamine withdrawal articles.
    pub needs_subject: bool,
}

/// Reads `not-covered.md`: groups of phrases, each under a `## ` heading, with optional
/// `reply:`, `see:` and `needs_subject:` lines.
pub fn not_covered_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Vec<NotCoveredGroup> {
    let path = file.path.as_path();
    let mut groups = Vec::new();
    // A phrase in two groups would have two replies: where it was first listed, and where.
    let mut seen: FirstSeen<&str> = FirstSeen::new();
    for section in &file.sections {
        check_known_fields(path, section, &["reply", "see", "needs_subject"], problems);
        let mut needs_subject = false;
        for field in section.values("needs_subject") {
            match field.value.to_lowercase().as_str() {
                "yes" => needs_subject = true,
                "no" => needs_subject = false,
                _ => problems.push(Problem::error(
                    path,
                    field.line,
                    format!("`needs_subject:` is `yes` or `no`, not `{}`", field.value),
                )),
            }
        }
        let mut phrases = Vec::new();
        for (line, phrase) in list_items(path, section, problems) {
            if crate::text::words(&phrase).is_empty() {
                problems.push(Problem::error(path, line, "this phrase has no words"));
                continue;
            }
            match seen.earlier(&phrase, line, &section.heading) {
                // Twice in one group: `list_items` already warned.
                Some((_, heading)) if heading == section.heading => {}
                Some((first, heading)) => problems.push(Problem::error(
                    path,
                    line,
                    format!(
                        "`- {phrase}` is already under `## {heading}` (line {first}): \
                         one phrase can have only one reply"
                    ),
                )),
                None => {}
            }
            phrases.push((line, phrase));
        }
        if phrases.is_empty() {
            problems.push(Problem::error(
                path,
                section.line,
                "this group has no phrases: list them as `- ` lines",
            ));
        }
        let (mut paragraphs, mut reply_lines) = (Vec::new(), Vec::new());
        for field in section.values("reply") {
            if field.value.is_empty() {
                problems.push(Problem::error(
                    path,
                    field.line,
                    "this `reply:` line is empty",
                ));
            } else {
                paragraphs.push(field.value.clone());
                reply_lines.push(field.line);
            }
        }
        let see: Vec<(usize, String)> = section
            .values("see")
            .flat_map(|f| f.value.split(',').map(move |id| (f.line, id.trim())))
            .filter(|(_, id)| !id.is_empty())
            .map(|(line, id)| (line, id.to_owned()))
            .collect();
        if see.len() > MAX_SEE {
            problems.push(Problem::error(
                path,
                see[MAX_SEE].0,
                format!(
                    "`see:` names {} entries; a reply offers at most {MAX_SEE}",
                    see.len()
                ),
            ));
        }
        groups.push(NotCoveredGroup {
            name: section.heading.clone(),
            line: section.line,
            phrases,
            reply: (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n")),
            reply_lines,
            see,
            needs_subject,
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn read(text: &str) -> (Vec<NotCoveredGroup>, Vec<Problem>) {
        let mut problems = Vec::new();
        let file = super::super::source::parse(Path::new("not-covered.md"), text, &mut problems);
        let groups = not_covered_of(&file, &mut problems);
        (groups, problems)
    }

    #[test]
    fn reads_groups_with_their_reply_and_pointers() {
        let (groups, problems) = read(
            "# Not covered\n\n## Doses\nreply: We never advise on doses.\nreply: Our team is glad to talk.\n\n- safe dose\n- dosage\n\n\
             ## Withdrawal timeline\nsee: withdrawal, detox\nneeds_subject: yes\n\n- how long ... withdrawal\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].name, "Doses");
        assert_eq!(
            groups[0].reply.as_deref(),
            Some("We never advise on doses.\n\nOur team is glad to talk.")
        );
        assert_eq!(groups[0].reply_lines, [4, 5]);
        assert_eq!(
            groups[0].phrases,
            [(7, "safe dose".into()), (8, "dosage".into())]
        );
        assert!(!groups[0].needs_subject, "absent: no");
        assert!(groups[1].needs_subject);
        assert!(groups[0].see.is_empty());
        assert_eq!(groups[1].reply, None, "bot.md's not_covered text");
        assert_eq!(
            groups[1].see,
            [(11, "withdrawal".into()), (11, "detox".into())]
        );
    }

    #[test]
    fn a_phrase_in_two_groups_is_an_error_naming_both_lines() {
        let (_, problems) = read("## Costs\n- price\n\n## Buying\n- price\n");
        let errors: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains(":5"), "{}", errors[0]);
        assert!(errors[0].contains("## Costs` (line 2)"), "{}", errors[0]);
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let (_, problems) = read(
            "## Empty\nreply: Nothing here.\n\n## Odd\nrepyl: x\nsee: a, b, c, d\nreply:\nneeds_subject: maybe\n\nnot a list item\n- ?!\n- price\n",
        );
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        let has = |line: usize, words: &str| {
            text.iter()
                .any(|t| t.contains(&format!(":{line}")) && t.contains(words))
        };
        assert!(has(1, "no phrases"), "{text:?}");
        assert!(has(5, "did you mean `reply:`"), "{text:?}");
        assert!(has(6, "at most 3"), "{text:?}");
        assert!(has(7, "`reply:` line is empty"), "{text:?}");
        assert!(has(8, "`yes` or `no`, not `maybe`"), "{text:?}");
        assert!(has(10, "list item"), "{text:?}");
        assert!(has(11, "no words"), "{text:?}");
        assert!(problems.iter().all(Problem::is_error), "{text:?}");
    }
}
