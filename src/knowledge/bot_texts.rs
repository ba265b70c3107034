//! `bot.md`: everything the bot says that is not an answer (welcome, help prompt, no-answer
//! reply, button labels) and how to reach the centre, so staff change them without code.

use std::collections::HashMap;
use std::path::Path;

use super::fields::{check_known_fields, did_you_mean};
use super::problem::Problem;
use super::source::SourceFile;

/// How people reach the centre. A setting left empty is simply not shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    /// Target of the "reach out" button.
    pub website: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Labels of the buttons the bot shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ButtonLabels {
    pub reach_out: String,
    pub topics: String,
    pub none_of_these: String,
    pub helpful: String,
    pub not_helpful: String,
    pub next_page: String,
    pub previous_page: String,
}

/// The bot's own texts, in Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotTexts {
    /// `/start`: who the bot is and what it answers.
    pub welcome: String,
    /// Not medical advice, not an emergency service, the emergency number.
    pub disclaimer: String,
    /// `/help`: how to ask.
    pub help: String,
    /// The centre's "reach out" line, after every answer.
    pub help_prompt: String,
    /// When nothing in the knowledge answers the message.
    pub no_answer: String,
    /// Above the "did you mean" buttons.
    pub suggestions: String,
    /// Above the related-entry buttons.
    pub related: String,
    /// Above the list of topics.
    pub topics: String,
    /// Stickers, photos, voice messages, files.
    pub non_text: String,
    /// In a group: please write to me privately.
    pub group_invite: String,
    /// A command the bot does not know.
    pub unknown_command: String,
    /// After a 👍 or 👎.
    pub feedback_thanks: String,
    /// After an answer to a message that holds words of danger but is no crisis ("what does
    /// an overdose look like"): the emergency numbers, in a line.
    pub danger_note: String,
    /// When the message asks what the knowledge does not answer on purpose (a phrase of
    /// `not-covered.md`: doses, how long withdrawal lasts, costs): say so, and point to the
    /// team and the topics instead of asking for other words, which cannot help.
    pub not_covered: String,
    /// When the message asks about another substance the knowledge does not cover ("is coke
    /// addictive"): the articles are about ketamine, so other words cannot help either.
    pub other_substance: String,
    pub contact: Contact,
    pub buttons: ButtonLabels,
    /// For each text, by section name, the file line of each of its lines (for error messages).
    pub body_lines: HashMap<&'static str, Vec<usize>>,
}

impl BotTexts {
    /// The line of `bot.md` that holds line `index` (0-based) of the text `section`; 0 when
    /// unknown (a text built in code).
    pub fn file_line(&self, section: &str, index: usize) -> usize {
        self.body_lines
            .get(section)
            .and_then(|lines| lines.get(index))
            .copied()
            .unwrap_or(0)
    }
}

/// The required text sections of `bot.md`, in the order [`BotTexts`] takes them.
pub(crate) const TEXT_SECTIONS: &[&str] = &[
    "welcome",
    "disclaimer",
    "help",
    "help_prompt",
    "no_answer",
    "suggestions",
    "related",
    "topics",
    "non_text",
    "group_invite",
    "unknown_command",
    "feedback_thanks",
    "danger_note",
    "not_covered",
    "other_substance",
];
const CONTACT_FIELDS: &[&str] = &["website", "phone", "email"];
/// The `## buttons` labels of `bot.md`, in the order [`ButtonLabels`] takes them.
pub(crate) const BUTTON_FIELDS: &[&str] = &[
    "reach_out",
    "topics",
    "none_of_these",
    "helpful",
    "not_helpful",
    "next_page",
    "previous_page",
];

/// Reads `bot.md`. Every text and every button label must be there (an empty welcome is a
/// mistake, not a choice); contact details may be left empty.
pub fn bot_texts_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<BotTexts> {
    let path = file.path.as_path();
    let all_sections: Vec<&str> = TEXT_SECTIONS
        .iter()
        .copied()
        .chain(["contact", "buttons"])
        .collect();
    let mut texts: Vec<Option<String>> = vec![None; TEXT_SECTIONS.len()];
    let mut contact = Contact::default();
    let mut labels: Vec<Option<String>> = vec![None; BUTTON_FIELDS.len()];
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut body_lines = HashMap::new();
    let errors_before = problems.iter().filter(|p| p.is_error()).count();

    for section in &file.sections {
        let name = section.heading.as_str();
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            problems.push(Problem::error(
                path,
                section.line,
                format!("`## {name}` is already written at line {first}"),
            ));
            continue;
        }
        seen.push((name, section.line));
        match name {
            "contact" => {
                check_known_fields(path, section, CONTACT_FIELDS, problems);
                for field in &section.fields {
                    let value = (!field.value.is_empty()).then(|| field.value.clone());
                    match field.key.as_str() {
                        "website" => {
                            if let Some(url) = &value {
                                check_url(path, field.line, url, problems);
                            }
                            contact.website = value;
                        }
                        "phone" => contact.phone = value,
                        "email" => contact.email = value,
                        _ => {}
                    }
                }
                forbid_body(path, section, problems);
            }
            "buttons" => {
                check_known_fields(path, section, BUTTON_FIELDS, problems);
                for field in &section.fields {
                    if let Some(i) = BUTTON_FIELDS.iter().position(|k| *k == field.key) {
                        if field.value.is_empty() {
                            problems.push(Problem::error(
                                path,
                                field.line,
                                "this button needs a label",
                            ));
                        }
                        labels[i] = Some(field.value.clone());
                    }
                }
                forbid_body(path, section, problems);
            }
            _ => match TEXT_SECTIONS.iter().position(|k| *k == name) {
                Some(i) => {
                    check_known_fields(path, section, &[], problems);
                    if section.body.trim().is_empty() {
                        problems.push(Problem::error(
                            path,
                            section.line,
                            format!("`## {name}` has no text"),
                        ));
                    }
                    texts[i] = Some(section.body.clone());
                    body_lines.insert(TEXT_SECTIONS[i], section.body_line_numbers.clone());
                }
                None => problems.push(Problem::error(
                    path,
                    section.line,
                    format!(
                        "unknown section `## {name}`{}",
                        did_you_mean(name, &all_sections).replace(':', "")
                    ),
                )),
            },
        }
    }
    for (name, text) in TEXT_SECTIONS.iter().zip(&texts) {
        if text.is_none() {
            problems.push(Problem::error(
                path,
                0,
                format!("the section `## {name}` is missing"),
            ));
        }
    }
    for (name, label) in BUTTON_FIELDS.iter().zip(&labels) {
        if label.is_none() {
            problems.push(Problem::error(
                path,
                0,
                format!("the button label `{name}:` is missing from `## buttons`"),
            ));
        }
    }
    if problems.iter().filter(|p| p.is_error()).count() > errors_before {
        return None;
    }
    let mut texts = texts.into_iter().map(Option::unwrap_or_default);
    let mut labels = labels.into_iter().map(Option::unwrap_or_default);
    let mut next = || texts.next().unwrap_or_default();
    let (welcome, disclaimer, help, help_prompt, no_answer, suggestions) =
        (next(), next(), next(), next(), next(), next());
    let (related, topics, non_text, group_invite, unknown_command, feedback_thanks) =
        (next(), next(), next(), next(), next(), next());
    let (danger_note, not_covered, other_substance) = (next(), next(), next());
    let mut label = || labels.next().unwrap_or_default();
    let buttons = ButtonLabels {
        reach_out: label(),
        topics: label(),
        none_of_these: label(),
        helpful: label(),
        not_helpful: label(),
        next_page: label(),
        previous_page: label(),
    };
    Some(BotTexts {
        welcome,
        disclaimer,
        help,
        help_prompt,
        no_answer,
        suggestions,
        related,
        topics,
        non_text,
        group_invite,
        unknown_command,
        feedback_thanks,
        danger_note,
        not_covered,
        other_substance,
        contact,
        buttons,
        body_lines,
    })
}

fn forbid_body(path: &Path, section: &super::source::Section, problems: &mut Vec<Problem>) {
    if !section.body.trim().is_empty() {
        problems.push(Problem::error(
            path,
            section.body_line(),
            format!(
                "`## {}` takes only `key: value` lines right under the heading, with no blank line between them",
                section.heading
            ),
        ));
    }
}

/// Only `https://` (or `http://`) links with no spaces or quotes: they become button targets
/// and HTML attributes.
pub fn check_url(path: &Path, line: usize, url: &str, problems: &mut Vec<Problem>) {
    if !is_safe_url(url) {
        problems.push(Problem::error(
            path,
            line,
            format!(
                "`{url}` is not a web address: write it in full, like https://www.example.org/"
            ),
        ));
    }
}

/// Whether `url` is a plain absolute web address safe to put in a button or an `href`: it
/// parses as a URL (as teloxide will parse it for a button), its host is a domain name of
/// letters, digits, dots and dashes (Telegram refuses the rest), and it holds no space, quote or
/// angle bracket.
pub fn is_safe_url(url: &str) -> bool {
    if url.len() > 2048
        || !(url.starts_with("https://") || url.starts_with("http://"))
        || url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
        })
    {
        return false;
    }
    let Ok(parsed) = url::Url::parse(url) else {
        return false;
    };
    let Some(host) = parsed.host_str() else {
        return false;
    };
    // The written host, as the person wrote it (the parser may have decoded it).
    let written = url
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    let written_host = written.rsplit_once('@').map_or(written, |(_, h)| h);
    let written_host = written_host.split(':').next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && written_host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !written.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::source::parse;

    pub(crate) fn complete_bot_md() -> String {
        let mut text = String::from("## contact\nwebsite: https://www.example.org/\nphone:\n\n");
        text.push_str("## buttons\n");
        for key in BUTTON_FIELDS {
            text.push_str(&format!("{key}: {key} label\n"));
        }
        for key in TEXT_SECTIONS {
            text.push_str(&format!("\n## {key}\n\nText of {key}.\n"));
        }
        text
    }

    fn load(text: &str) -> (Option<BotTexts>, Vec<Problem>) {
        let mut problems = Vec::new();
        let file = parse(Path::new("bot.md"), text, &mut problems);
        (bot_texts_of(&file, &mut problems), problems)
    }

    #[test]
    fn a_complete_file_loads_and_empty_phone_is_none() {
        let (texts, problems) = load(&complete_bot_md());
        assert!(problems.is_empty(), "{problems:?}");
        let texts = texts.unwrap();
        assert_eq!(
            texts.contact.website.as_deref(),
            Some("https://www.example.org/")
        );
        assert_eq!(texts.contact.phone, None);
        assert_eq!(texts.welcome, "Text of welcome.");
        assert_eq!(texts.feedback_thanks, "Text of feedback_thanks.");
        assert_eq!(texts.buttons.previous_page, "previous_page label");
    }

    #[test]
    fn unknown_settings_missing_texts_and_bad_urls_are_errors() {
        let text = complete_bot_md()
            .replace("phone:", "phone:\nfax: 123")
            .replace("https://www.example.org/", "www.example.org")
            .replace("## welcome", "## welcom");
        let (texts, problems) = load(&text);
        assert!(texts.is_none());
        let all: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(
            all.iter()
                .any(|p| p.contains("bot.md:4:") && p.contains("unknown setting `fax:`")),
            "{all:?}"
        );
        assert!(
            all.iter()
                .any(|p| p.contains("bot.md:2:") && p.contains("not a web address")),
            "{all:?}"
        );
        assert!(
            all.iter()
                .any(|p| p.contains("unknown section `## welcom` (did you mean `welcome`?)")),
            "{all:?}"
        );
        assert!(
            all.iter().any(|p| p.contains("`## welcome` is missing")),
            "{all:?}"
        );
    }

    #[test]
    fn urls_are_checked() {
        assert!(is_safe_url("https://www.theedgetreatment.com/"));
        assert!(is_safe_url("http://example.org/a?b=c#d"));
        assert!(!is_safe_url("javascript:alert(1)"));
        assert!(!is_safe_url("https://exa mple.org"));
        assert!(!is_safe_url("https://example.org/\"onclick"));
        assert!(!is_safe_url("https://localhost"));
        assert!(!is_safe_url("tel:+1555"));
        // Found by fuzzing: addresses the URL parser or Telegram refuse.
        assert!(!is_safe_url("https://www.theedge%reatment.com/"));
        assert!(!is_safe_url("https://www.example.com:99999/x"));
        assert!(!is_safe_url("https://user@example.com/"));
        assert!(is_safe_url("https://www.example.com:8443/x"));
    }
}
