//! `crisis.md`: the phrases that mean someone may be in danger, and the reply they get first.

use super::fields::{check_known_fields, list_items};
use super::problem::Problem;
use super::source::SourceFile;

/// The crisis rules as staff wrote them; `matcher::crisis` compiles them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrisisRules {
    /// Emergency numbers and lines, in Markdown. Sent first and alone.
    pub reply: String,
    /// The file line of each line of the reply (for error messages).
    pub reply_lines: Vec<usize>,
    /// Phrases that signal danger (`kill myself`, `not breathing`, `suicid*`).
    pub phrases: Vec<(usize, String)>,
    /// Words that, right before a phrase, turn it around (`not`, `never`).
    pub negations: Vec<(usize, String)>,
    /// Groups of danger words (`ending: die, dying, goodbye…`), by name, with their line.
    pub signals: Vec<Signal>,
    /// Groups that together make a crisis (`ending + means`), with their line.
    pub combinations: Vec<(usize, Vec<String>)>,
    /// Everyday phrases that contain a signal word without its danger (`cut down`,
    /// `burn through`): a phrase or signal word that touches one of them and goes on after it
    /// with nothing but little words does not count.
    pub everyday: Vec<(usize, String)>,
    /// Phrases that tell danger as over or not real (`years ago`, `fine now`, `just asking`):
    /// in a message that asks something, they let the learned reader weigh a crisis phrase.
    pub reassurances: Vec<(usize, String)>,
    /// Phrases of `## phrases` and combinations of `## combinations` (written `a + b`) that
    /// are everyday talk as often as danger ("heart attack", "ending + places"): alone in a
    /// message, they give way when the learned reader finds danger unlikely
    /// (`threshold_ambiguous` of crisis-model.md).
    pub ambiguous: Vec<(usize, String)>,
}

/// A group of danger words: alone they mean little, together with another group a lot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signal {
    pub line: usize,
    pub name: String,
    pub words: Vec<String>,
}

/// Reads `crisis.md`: `## reply`, `## phrases`, and optionally `## negations`, `## signals`,
/// `## combinations`, `## everyday`, `## reassurances` and `## ambiguous`.
pub fn crisis_rules_of(file: &SourceFile, problems: &mut Vec<Problem>) -> Option<CrisisRules> {
    let path = file.path.as_path();
    let mut reply = None;
    let mut reply_lines = Vec::new();
    let mut phrases = None;
    let mut negations = Vec::new();
    let mut signals: Vec<Signal> = Vec::new();
    let mut combinations: Vec<(usize, Vec<String>)> = Vec::new();
    let mut everyday = Vec::new();
    let mut reassurances = Vec::new();
    let mut ambiguous = Vec::new();
    let errors_before = problems.iter().filter(|p| p.is_error()).count();
    for section in &file.sections {
        check_known_fields(path, section, &[], problems);
        match section.heading.to_lowercase().as_str() {
            "reply" => {
                if section.body.trim().is_empty() {
                    problems.push(Problem::error(path, section.line, "the crisis reply is empty"));
                }
                reply = Some(section.body.clone());
                reply_lines = section.body_line_numbers.clone();
            }
            "phrases" => phrases = Some(list_items(path, section, problems)),
            "negations" => negations = list_items(path, section, problems),
            "everyday" => everyday = list_items(path, section, problems),
            "reassurances" => reassurances = list_items(path, section, problems),
            "ambiguous" => ambiguous = list_items(path, section, problems),
            "signals" => {
                for (line, item) in list_items(path, section, problems) {
                    match item.split_once(':') {
                        Some((name, words)) if !name.trim().is_empty() && !name.contains(' ') => {
                            let words: Vec<String> =
                                words.split(',').map(|w| w.trim().to_owned()).filter(|w| !w.is_empty()).collect();
                            if words.is_empty() {
                                problems.push(Problem::error(path, line, "this signal lists no words after the `:`"));
                            }
                            signals.push(Signal { line, name: name.trim().to_lowercase(), words });
                        }
                        _ => problems.push(Problem::error(
                            path,
                            line,
                            "write a signal as `- name: word, word, phrase` (the name is one word)",
                        )),
                    }
                }
            }
            "combinations" => {
                for (line, item) in list_items(path, section, problems) {
                    let names: Vec<String> = item.split('+').map(|n| n.trim().to_lowercase()).collect();
                    if names.iter().any(String::is_empty) {
                        problems.push(Problem::error(path, line, "write a combination as `- signal + signal`"));
                    } else {
                        combinations.push((line, names));
                    }
                }
            }
            other => problems.push(Problem::error(
                path,
                section.line,
                format!("unknown section `## {other}` (crisis.md has `## reply`, `## phrases`, `## negations`, `## signals`, `## combinations`, `## everyday`, `## reassurances` and `## ambiguous`)"),
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
    for (line, names) in &combinations {
        for name in names {
            if !signals.iter().any(|s| &s.name == name) {
                problems.push(Problem::error(
                    path,
                    *line,
                    format!("no signal is called `{name}` in `## signals`"),
                ));
            }
        }
    }
    // As the detector names what it found: a phrase as written, a combination as `a + b`.
    let phrase_list = phrases.as_deref().unwrap_or_default();
    for (line, item) in &mut ambiguous {
        let as_combination = item
            .split('+')
            .map(|n| n.trim().to_lowercase())
            .collect::<Vec<_>>();
        if phrase_list.iter().any(|(_, p)| p == item) {
            continue;
        }
        if combinations
            .iter()
            .any(|(_, names)| *names == as_combination)
        {
            *item = as_combination.join(" + ");
            continue;
        }
        problems.push(Problem::error(
            path,
            *line,
            format!("`{item}` is neither a line of `## phrases` nor of `## combinations`: copy it from there as it is written"),
        ));
    }
    if problems.iter().filter(|p| p.is_error()).count() > errors_before {
        return None;
    }
    Some(CrisisRules {
        reply: reply.unwrap_or_default(),
        reply_lines,
        phrases: phrases.unwrap_or_default(),
        negations,
        signals,
        combinations,
        everyday,
        reassurances,
        ambiguous,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn rules(ambiguous: &str) -> (Option<CrisisRules>, Vec<String>) {
        let text = format!(
            "## reply\nCall 911.\n\n## phrases\n- kill myself\n- heart attack\n\n## signals\n- ending: die\n- now: tonight\n\n## combinations\n- ending + now\n\n## ambiguous\n{ambiguous}"
        );
        let mut problems = Vec::new();
        let file = super::super::source::parse(Path::new("crisis.md"), &text, &mut problems);
        let rules = crisis_rules_of(&file, &mut problems);
        (rules, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn ambiguous_lines_are_phrases_or_combinations_named_as_the_detector_names_them() {
        let (read, problems) = rules("- heart attack\n- Ending+NOW\n");
        assert!(problems.is_empty(), "{problems:?}");
        let ambiguous: Vec<String> = read
            .unwrap()
            .ambiguous
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        assert_eq!(ambiguous, ["heart attack", "ending + now"]);
    }

    #[test]
    fn an_ambiguous_line_that_is_no_phrase_is_an_error_with_its_line() {
        let (read, problems) = rules("- heart attack\n- heart atack\n");
        assert!(read.is_none());
        assert_eq!(
            problems,
            [
                "crisis.md:17: error: `heart atack` is neither a line of `## phrases` nor of `## combinations`: copy it from there as it is written"
            ]
        );
    }
}
